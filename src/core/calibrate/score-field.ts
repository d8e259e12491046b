/** The score a calibration compares (issue #21): a roster score column, or the composite score. */
import { fieldDef } from "../model/fields";
import type { Review, RowResult } from "../model/review";
import type { RosterInput } from "../model/roster";
import { findRosterColumn } from "../insight/roster-column";
import { matchHeader } from "../read/headers";
import { readNumber } from "../read/number";
import { foldText } from "../read/text";
import { must } from "../util/must";

/** Names of the composite score (综合得分). */
const SCORE_NAMES: ReadonlySet<string> = new Set(["score", "综合得分", "综合分", "composite score"].map(foldText));

/** A score field found: what it is, and each review row's value. */
export interface ScoreField {
  readonly info: {
    /** Field key (`perf`, `score`) or the header of a column of the user's own. */
    readonly key: string;
    /** The roster header read, or `综合得分` for the composite score. */
    readonly header: string;
    /** Column letters; null for the composite score. */
    readonly column: string | null;
  };
  /** The value of review row `i` (index into `review.rows`), or null when empty or unreadable. */
  readonly valueOf: (i: number) => number | null;
}

/** The composite score of a row: of its first met target that has one, else of its first target that has one. */
function compositeOf(r: RowResult): number | null {
  return (r.targets.find((t) => t.met && t.score !== null) ?? r.targets.find((t) => t.score !== null))?.score ?? null;
}

/**
 * Finds the score field `name`: 综合得分 (the review's composite score), a canonical field by name or
 * key (绩效, 技能考核, perf), or a roster column by header. Null when the roster has no such column.
 * @example scoreField(review, input, "绩效")?.info.key //=> "perf"
 */
export function scoreField(review: Pick<Review, "rows" | "columns">, input: RosterInput, name: string): ScoreField | null {
  if (SCORE_NAMES.has(foldText(name))) {
    return { info: { key: "score", header: "综合得分", column: null }, valueOf: (i) => compositeOf(must(review.rows[i], `row ${i}`)) };
  }
  const key = fieldDef(name.trim()) ? name.trim() : matchHeader(name);
  const col = (key !== null ? findRosterColumn(review, input, key) : null) ?? findRosterColumn(review, input, name);
  if (!col) return null;
  return {
    info: { key: col.mapping.field ?? col.mapping.header.trim(), header: col.mapping.header.trim(), column: col.mapping.column },
    valueOf: (i) => {
      const n = readNumber(col.cell(must(review.rows[i], `row ${i}`).row));
      return typeof n === "number" ? n : null;
    },
  };
}
