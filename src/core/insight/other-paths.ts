/**
 * How each not-yet-eligible row fares on the paths a review does not report. A review reports,
 * for a step no path meets, the standard (first) path's unmet criteria (catalogue §3); a near
 * miss on a fast track (破格) needs the others. Each further path is judged by reviewing the same
 * roster once under a copy of the policy in which that path is every step's only path.
 */
import { resolveLevel, stepTo, type CompiledPolicy } from "../evaluate/compile";
import type { Policy } from "../model/policy";
import type { ColumnMapping, Review, TargetResult } from "../model/review";
import type { MappingOverride, RosterInput } from "../model/roster";
import { reviewRoster } from "../review/start-review";
import { must } from "../util/must";

/** A target as one further path judges it. */
export interface PathOutcome {
  /** The path's id and label. */
  readonly path: string;
  readonly label: string;
  readonly target: TargetResult;
}

/** Sheet row -> next level -> the outcomes of the paths after the first. */
export type OtherPaths = ReadonlyMap<number, ReadonlyMap<string, readonly PathOutcome[]>>;

/** The header mapping a review used, as an override that gives it again. */
function mappingOf(columns: readonly ColumnMapping[]): MappingOverride {
  const out: Record<string, string | null> = {};
  for (const c of columns) if (c.header.trim() !== "" && !(c.header in out)) out[c.header] = c.field;
  return out;
}

/**
 * The outcomes of every path after the first, for the rows a review found `not_eligible`;
 * empty when no step has more than one path.
 * @param review - a finished review of `input` under `compiled`
 */
export function otherPathOutcomes(review: Pick<Review, "rows" | "asOf" | "columns">, input: RosterInput, compiled: CompiledPolicy): OtherPaths {
  const out = new Map<number, Map<string, PathOutcome[]>>();
  const policy = compiled.policy;
  const most = Math.max(0, ...policy.steps.map((s) => s.paths.length));
  if (most < 2) return out;
  const waiting = new Set(review.rows.filter((r) => r.status === "not_eligible").map((r) => r.row));
  if (waiting.size === 0) return out;
  const mapping = mappingOf(review.columns);
  for (let k = 1; k < most; k++) {
    const only: Policy = { ...policy, steps: policy.steps.map((s) => ({ ...s, paths: [s.paths[k] ?? must(s.paths[0], `first path of ${s.from}→${s.to}`)] })) };
    for (const row of reviewRoster(input, only, { asOf: review.asOf, mapping }).rows) {
      if (!waiting.has(row.row)) continue;
      const lv = resolveLevel(compiled, row.level);
      for (const t of row.targets) {
        const step = stepTo(compiled, lv, t.level);
        const path = step?.paths[k];
        if (!path) continue;
        let byTarget = out.get(row.row);
        if (!byTarget) out.set(row.row, (byTarget = new Map()));
        const list = byTarget.get(t.level) ?? [];
        list.push({ path: path.id, label: path.label ?? path.id, target: t });
        byTarget.set(t.level, list);
      }
    }
  }
  return out;
}
