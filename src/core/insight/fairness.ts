/**
 * Fairness check (adverse impact): selection rates per group of a roster column and the
 * four-fifths ratio. A report for HR to look at, never a promotion criterion.
 */
import type { Review } from "../model/review";
import type { RosterInput } from "../model/roster";
import type { Locale } from "../i18n/locale";
import { coreMessages } from "../i18n/messages";
import { cellGroupText, findRosterColumn } from "./roster-column";
import { must } from "../util/must";

/** Options of {@link fairness}. */
export interface FairnessOptions {
  /** Groups with fewer evaluated employees than this get a small-group warning. Default 5. */
  readonly minGroup?: number;
  /** Ratios below this get an adverse-impact warning. Default 0.8 (the four-fifths rule). */
  readonly threshold?: number;
  /** Count 待空缺 reserves (who passed and wait for a vacancy) as selected. Default false. */
  readonly countAwaiting?: boolean;
}

/** Selection in one group. */
export interface GroupRate {
  /** The cell text (trimmed); `""` for empty cells. */
  readonly group: string;
  /** Employees evaluated: 可晋升, 待空缺 and 未达标 rows. */
  readonly evaluated: number;
  /** Evaluated employees who are 可晋升 (and 待空缺 with `countAwaiting`). */
  readonly selected: number;
  /** selected / evaluated (0 when none were evaluated). */
  readonly rate: number;
  /** rate / the reference group's rate; null when the reference rate is 0 or nobody was evaluated. */
  readonly ratio: number | null;
  /** Rows of the group left out: 数据错误 and 已最高. */
  readonly excluded: number;
  /** evaluated < minGroup: the ratio says little. */
  readonly small: boolean;
  /** ratio < threshold. */
  readonly adverse: boolean;
}

/** A warning of the fairness check. */
export interface FairnessWarning {
  readonly kind: "small_group" | "adverse_impact" | "no_selection";
  /** The group concerned; null for `no_selection`. */
  readonly group: string | null;
}

/** The fairness check of one roster column. */
export interface FairnessReport {
  /** Header text of the grouping column as written. */
  readonly column: string;
  /** Column letters. */
  readonly columnLetters: string;
  /** Groups in order of first appearance in the roster. */
  readonly groups: readonly GroupRate[];
  /** The group with the highest rate among groups of at least `minGroup` (among all when none is that big). */
  readonly reference: string | null;
  readonly minGroup: number;
  readonly threshold: number;
  readonly countAwaiting: boolean;
  /** Totals over all groups. */
  readonly evaluated: number;
  readonly selected: number;
  readonly excluded: number;
  readonly warnings: readonly FairnessWarning[];
}

/** Thrown when the roster has no column with the asked header. */
export class FairnessColumnError extends Error {
  constructor(
    readonly column: string,
    readonly headers: readonly string[],
  ) {
    super(`the roster has no column "${column}"; its columns: ${headers.join(", ")}`);
    this.name = "FairnessColumnError";
  }
}

const EPS = 1e-9;

/**
 * Selection rates of eligible staff per group of the roster column `column` (header text as
 * written in the roster, e.g. 部门, 门店, 性别, 年龄段; or a field key such as `dept`), and each
 * group's four-fifths ratio to the reference group.
 *
 * Who counts: the evaluated employees, i.e. rows whose status is 可晋升, 待空缺 or 未达标. Rows
 * with 数据错误 (their outcome is unknown) and 已最高 (no next level: not a candidate) are left
 * out of both numerator and denominator and reported as `excluded`. Selected means 可晋升;
 * with `countAwaiting`, 待空缺 reserves too.
 *
 * The reference is the highest-rate group among groups of at least `minGroup` evaluated
 * employees, so that a group of one does not set the bar for everyone; when no group is that
 * big, the highest-rate group overall.
 * @throws {@link FairnessColumnError} when the roster has no such column
 */
export function fairness(review: Pick<Review, "rows" | "columns">, input: RosterInput, column: string, options: FairnessOptions = {}): FairnessReport {
  const minGroup = options.minGroup ?? 5;
  const threshold = options.threshold ?? 0.8;
  const countAwaiting = options.countAwaiting ?? false;
  const col = findRosterColumn(review, input, column);
  if (!col) throw new FairnessColumnError(column, review.columns.map((c) => c.header.trim()));
  const tally = new Map<string, { evaluated: number; selected: number; excluded: number }>();
  for (const r of review.rows) {
    const group = cellGroupText(col.cell(r.row));
    let t = tally.get(group);
    if (!t) tally.set(group, (t = { evaluated: 0, selected: 0, excluded: 0 }));
    if (r.status === "error" || r.status === "top") {
      t.excluded++;
      continue;
    }
    t.evaluated++;
    if (r.status === "eligible" || (countAwaiting && r.status === "awaiting_vacancy")) t.selected++;
  }
  const rated = [...tally].map(([group, t]) => ({ group, ...t, rate: t.evaluated > 0 ? t.selected / t.evaluated : 0 }));
  const pool = rated.filter((g) => g.evaluated >= minGroup).length > 0 ? rated.filter((g) => g.evaluated >= minGroup) : rated.filter((g) => g.evaluated > 0);
  const ref = pool.reduce<(typeof rated)[number] | null>((best, g) => (best === null || g.rate > best.rate ? g : best), null);
  const groups: GroupRate[] = rated.map((g) => {
    const ratio = ref && ref.rate > 0 && g.evaluated > 0 ? g.rate / ref.rate : null;
    return { ...g, ratio, small: g.evaluated < minGroup, adverse: ratio !== null && ratio < threshold - EPS };
  });
  const warnings: FairnessWarning[] = [];
  const selected = groups.reduce((s, g) => s + g.selected, 0);
  if (selected === 0) warnings.push({ kind: "no_selection", group: null });
  for (const g of groups) {
    if (g.adverse) warnings.push({ kind: "adverse_impact", group: g.group });
    if (g.small) warnings.push({ kind: "small_group", group: g.group });
  }
  return {
    column: col.mapping.header.trim(),
    columnLetters: col.mapping.column,
    groups,
    reference: ref?.group ?? null,
    minGroup,
    threshold,
    countAwaiting,
    evaluated: groups.reduce((s, g) => s + g.evaluated, 0),
    selected,
    excluded: groups.reduce((s, g) => s + g.excluded, 0),
    warnings,
  };
}

/** A warning in words, naming the group and its numbers. */
export function fairnessWarningText(w: FairnessWarning, report: FairnessReport, locale: Locale): string {
  const g = (): GroupRate => must(report.groups.find((x) => x.group === w.group), `fairness group ${w.group ?? ""}`);
  const m = coreMessages(locale);
  const name = w.group === "" ? m.emptyGroup : (w.group ?? "");
  const pct = (n: number): string => `${Math.round(n * 1000) / 10}%`;
  switch (w.kind) {
    case "no_selection":
      return m.noSelection;
    case "small_group":
      return m.smallGroup(name, g().evaluated, report.minGroup);
    case "adverse_impact":
      return m.adverseImpact(name, pct(g().rate), report.reference ?? "", (g().ratio ?? 0).toFixed(2), report.threshold);
  }
}
