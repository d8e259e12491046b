/**
 * Calibration check (校准, issue #21): before decisions are final, the scores a promotion rests on
 * (绩效, 技能考核, 综合得分, any score column), compared across the groups of a roster column (部门,
 * 门店, a manager column): each group's mean, median and share at or above the policy's threshold
 * against the rest of the company, flagged when out of line. A report for the calibration meeting,
 * never a criterion.
 */
import type { Policy, TargetBand } from "../model/policy";
import type { Review, RowResult } from "../model/review";
import type { RosterInput } from "../model/roster";
import { cellGroupText, columnFinder, type ColumnFinder, type RosterColumn } from "../insight/roster-column";
import { rankTest, type RankTestMethod } from "./rank-test";
import { bandCounts, type BandShare } from "./distribution";
import { scoreField, type ScoreField } from "./score-field";
import { must } from "../util/must";

/** Default 校准容差: a group's mean must differ from the rest's by more than 5 points to be flagged. */
export const DEFAULT_TOLERANCE = 5;
/** Significance level of the rank test. */
export const ALPHA = 0.05;
/** Default 分布容差: a band's share may differ from its target by 5 percentage points. */
export const DEFAULT_BAND_TOLERANCE = 0.05;

/** Mean, median and share at or above the threshold of some scores. */
export interface ScoreStats {
  readonly n: number;
  readonly mean: number | null;
  readonly median: number | null;
  /** Share of scores >= the threshold; null without a threshold or scores. */
  readonly shareAbove: number | null;
}

/** One group against the rest of the company. */
export interface CalibrationGroup extends ScoreStats {
  readonly group: string;
  /** Rows of the group without a readable score (not counted). */
  readonly missing: number;
  readonly rest: ScoreStats;
  /** mean - rest mean; null when either has no score. */
  readonly diff: number | null;
  /** Two-sided p-value of the rank test; null when either side is empty. */
  readonly p: number | null;
  readonly method: RankTestMethod | null;
  /** |diff| > tolerance and p < 0.05. */
  readonly outOfLine: boolean;
  /** Shares per target band, when the policy sets a target distribution. */
  readonly bands: readonly BandShare[] | null;
}

/** The company's shares per target band against the target. */
export interface DistributionCheck {
  readonly tolerance: number;
  readonly bands: ReadonlyArray<BandShare & { readonly target: number; readonly diff: number; readonly flagged: boolean }>;
}

/** The calibration report of one score field by one grouping column. */
export interface CalibrationReport {
  readonly column: string;
  readonly columnLetters: string;
  readonly field: ScoreField["info"];
  /** The threshold of `shareAbove`, and where it came from. */
  readonly threshold: number | null;
  readonly thresholdSource: "argument" | "policy" | null;
  readonly tolerance: number;
  readonly toleranceSource: "argument" | "policy" | "default";
  readonly alpha: number;
  readonly overall: ScoreStats;
  /** Rows without a readable score. */
  readonly missing: number;
  readonly groups: readonly CalibrationGroup[];
  readonly distribution: DistributionCheck | null;
}

/** Options of {@link calibrate}. */
export interface CalibrateOptions {
  /** Score field: a field name or key (绩效, perf), 综合得分, or a roster header. Default 绩效. */
  readonly field?: string;
  /** Threshold of the share above; default the policy's lowest `>=` on the field. */
  readonly threshold?: number;
  /** Mean difference in points; default the policy's 校准容差, else 5. */
  readonly tolerance?: number;
}

/** Thrown when the grouping column or the score field is not in the roster. */
export class CalibrationColumnError extends Error {
  constructor(
    readonly column: string,
    readonly kind: "by" | "field",
    readonly headers: readonly string[],
  ) {
    super(`the roster has no column "${column}"; its columns: ${headers.join(", ")}`);
    this.name = "CalibrationColumnError";
  }
}

/**
 * Mean, median and share >= threshold.
 * @example scoreStats([70, 80, 90, 100], 80) //=> { n: 4, mean: 85, median: 85, shareAbove: 0.75 }
 */
export function scoreStats(values: readonly number[], threshold: number | null): ScoreStats {
  const n = values.length;
  if (n === 0) return { n, mean: null, median: null, shareAbove: null };
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = Math.floor(n / 2);
  const upper = must(sorted[mid], "middle score");
  const median = n % 2 === 1 ? upper : (must(sorted[mid - 1], "lower middle score") + upper) / 2;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  return { n, mean, median, shareAbove: threshold === null ? null : values.filter((v) => v >= threshold).length / n };
}

/**
 * The policy's threshold for a field: the lowest `>=` value of any criterion on it (no window).
 * @example policyThreshold(getTemplate("store-ops")!, "perf") //=> 80
 */
export function policyThreshold(policy: Policy, key: string): number | null {
  const values = policy.steps.flatMap((s) => s.paths.flatMap((p) => p.criteria.filter((c) => c.field === key && c.op === ">=" && !c.window && typeof c.value === "number").map((c) => c.value as number)));
  return values.length > 0 ? Math.min(...values) : null;
}

/** The scores of one group: readable values, and rows without one. */
export interface GroupScores {
  readonly values: number[];
  missing: number;
}

/** The columns a calibration reads: the grouping column and the score field. */
export interface CalibrationColumns {
  readonly by: RosterColumn;
  readonly field: ScoreField;
}

/**
 * Finds the grouping column `by` and the score field (default 绩效).
 * @example calibrationColumns(columnFinder(review, input), review.columns, "部门").field.info.key //=> "perf"
 * @throws {@link CalibrationColumnError} when either is not a roster column
 */
export function calibrationColumns(find: ColumnFinder, columns: Review["columns"], by: string, field = "绩效"): CalibrationColumns {
  const headers = columns.map((c) => c.header.trim());
  const col = find(by);
  if (!col) throw new CalibrationColumnError(by, "by", headers);
  const score = scoreField(find, field);
  if (!score) throw new CalibrationColumnError(field, "field", headers);
  return { by: col, field: score };
}

/**
 * Adds a review row's score to its group (rows are added in review order).
 * @example addScore(groups, calibrationColumns(find, review.columns, "部门"), review.rows[0])
 */
export function addScore(groups: Map<string, GroupScores>, columns: CalibrationColumns, r: RowResult): void {
  const key = cellGroupText(columns.by.cell(r.row));
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { values: [], missing: 0 }));
  const v = columns.field.valueOf(r);
  if (v === null) g.missing++;
  else g.values.push(v);
}

function distribution(values: readonly number[], bands: readonly TargetBand[] | undefined, tolerance: number): DistributionCheck | null {
  if (!bands || bands.length === 0) return null;
  const shares = bandCounts(values, bands);
  return {
    tolerance,
    bands: shares.map((b, i) => {
      const target = bands[i]?.share ?? 0;
      const diff = b.share - target;
      return { ...b, target, diff, flagged: values.length > 0 && Math.abs(diff) > tolerance + 1e-9 };
    }),
  };
}

/**
 * Compares the distribution of a score across the groups of roster column `by`: every row with a
 * readable score counts (whatever its status); each group's mean, median and share >= threshold
 * against the rest of the company, the mean difference, and the two-sided Mann-Whitney U test
 * (exact for small groups, see `rank-test.ts`). A group is out of line when |difference| >
 * tolerance and p < 0.05. With a target distribution (目标分布), the company's share per band
 * against the target, flagged beyond the 分布容差.
 * @example calibrate(review, input, policy, "部门", { field: "绩效" }).groups[0].outOfLine
 * @throws {@link CalibrationColumnError} when `by` or the field is not a roster column
 */
export function calibrate(review: Pick<Review, "rows" | "columns">, input: RosterInput, policy: Policy, by: string, options: CalibrateOptions = {}): CalibrationReport {
  const columns = calibrationColumns(columnFinder(review, input), review.columns, by, options.field);
  const groups = new Map<string, GroupScores>();
  for (const r of review.rows) addScore(groups, columns, r);
  return calibrationReport(columns, groups, policy, options);
}

/**
 * The {@link calibrate} report of scores grouped by {@link addScore}.
 * @example calibrationReport(columns, groups, policy).groups[0].outOfLine //=> false
 */
export function calibrationReport(columns: CalibrationColumns, groups: ReadonlyMap<string, GroupScores>, policy: Policy, options: Omit<CalibrateOptions, "field"> = {}): CalibrationReport {
  const { by: col, field } = columns;
  const threshold = options.threshold ?? policyThreshold(policy, field.info.key);
  const setting = policy.calibration;
  const tolerance = options.tolerance ?? setting?.tolerance ?? DEFAULT_TOLERANCE;
  const all = [...groups.values()].flatMap((g) => g.values);
  const rows: CalibrationGroup[] = [...groups].map(([group, g]) => {
    const rest = [...groups].filter(([k]) => k !== group).flatMap(([, x]) => x.values);
    const stats = scoreStats(g.values, threshold);
    const restStats = scoreStats(rest, threshold);
    const diff = stats.mean !== null && restStats.mean !== null ? stats.mean - restStats.mean : null;
    const test = rankTest(g.values, rest);
    const outOfLine = diff !== null && test !== null && Math.abs(diff) > tolerance + 1e-9 && test.p < ALPHA;
    return { group, ...stats, missing: g.missing, rest: restStats, diff, p: test?.p ?? null, method: test?.method ?? null, outOfLine, bands: setting?.bands ? bandCounts(g.values, setting.bands) : null };
  });
  return {
    column: col.mapping.header.trim(),
    columnLetters: col.mapping.column,
    field: field.info,
    threshold,
    thresholdSource: options.threshold !== undefined ? "argument" : threshold !== null ? "policy" : null,
    tolerance,
    toleranceSource: options.tolerance !== undefined ? "argument" : setting?.tolerance !== undefined ? "policy" : "default",
    alpha: ALPHA,
    overall: scoreStats(all, threshold),
    missing: rows.reduce((s, g) => s + g.missing, 0),
    groups: rows,
    distribution: distribution(all, setting?.bands, setting?.bandTolerance ?? DEFAULT_BAND_TOLERANCE),
  };
}
