/**
 * The decision-support views a review carries into its summary sheet and the task pane (issue
 * 8): near misses, the fairness check of the roster's grouping columns and the 9-box, computed
 * once from the review, the roster it read and the policy it used.
 */
import {
  columnReport,
  DEFAULT_NINE_BOX,
  fairness,
  findRosterColumn,
  nearMisses,
  nineBox,
  NineBoxThresholdError,
  type ColumnReport,
  type CompiledPolicy,
  type FairnessReport,
  type NearMiss,
  type NineBox,
  type NineBoxThresholds,
  type Review,
  type RosterInput,
  addScore,
  budgetWhatIf,
  calibrationColumns,
  calibrationReport,
  CalibrationColumnError,
  columnFinder,
  costReport,
  costRow,
  currentPayColumn,
  CycleComparer,
  type CalibrationColumns,
  type ColumnFinder,
  type CostRow,
  type GroupScores,
  type RowResult,
  type BudgetResult,
  type CalibrationReport,
  type CostReport,
  type CycleReport,
  type PastCycle,
  type TalentReport,
  type MappingOverride,
  talentReport,
} from "../core";

/** Grouping columns the summary checks for fairness, when the roster has them (header text or field key). */
export const FAIRNESS_COLUMNS: readonly string[] = ["部门", "门店", "性别", "年龄段"];

/** What the summary sheet shows beyond the counts. */
export interface SummaryInsights {
  /** `promo near-miss` (margin 0): the not-yet-eligible who fail exactly one criterion on some path, closest first. */
  readonly nearMisses: readonly NearMiss[];
  /** `promo fairness --by COLUMN` (defaults) for each of {@link FAIRNESS_COLUMNS} the roster has. */
  readonly fairness: readonly FairnessReport[];
  /**
   * `promo ninebox` with the policy's thresholds; its `potentialColumn` is null when the roster
   * has no potential (发展潜力) column. Null when the policy's thresholds are unusable.
   */
  readonly nineBox: NineBox | null;
  /** Which columns fed which fields, which were ignored, and the fields the policy needs but the roster lacks. */
  readonly columns?: ColumnReport;
  /** Readiness, forecast, succession and plans (issue #20); the forecast goes on the summary, the rest on 继任梯队 and 发展计划. */
  readonly talent?: TalentReport;
  /** `promo cost` (issue #21): when some level of the policy has pay. */
  readonly cost?: CostReport | null;
  /** `promo cost --budget N`: when a budget was given. */
  readonly budget?: BudgetResult | null;
  /** `promo calibrate --by 部门 --field 绩效`: when the roster has both columns. */
  readonly calibration?: CalibrationReport | null;
  /** `promo history --previous FILE`: when earlier cycles were given. */
  readonly history?: CycleReport | null;
}

/** Per-run inputs of issue #21's summary blocks: a monthly budget, the earlier cycles. */
export interface RoundInputs {
  readonly budget?: number;
  readonly cycles?: readonly PastCycle[];
}

/** Per-run options of {@link summaryInsights}: issue #21's inputs, the roster's column mapping (issue #20's readiness reads the same columns). */
export interface SummaryOptions {
  readonly round?: RoundInputs;
  readonly mapping?: MappingOverride;
}

/** Grouping column (the 部门 field: 部门, 门店, 店铺...) and score field of the summary's calibration block. */
export const CALIBRATION_DEFAULTS = { by: "dept", field: "绩效" } as const;

/** Issue #21's views of the summary, as {@link roundInsights} computes them. */
export type RoundViews = Pick<SummaryInsights, "cost" | "budget" | "calibration" | "history">;

/** {@link roundInsights} fed one review row at a time, in review order. */
export interface RoundViewBuilder {
  add(row: RowResult): void;
  result(): RoundViews;
}

/**
 * Issue #21's views built row by row: the streaming review adds each row as it writes it, keeping
 * only the 可晋升 and 待空缺 (cost), a score per row (calibration) and an entry per 工号 (history).
 * @param find - the roster's columns ({@link columnFinder}, or the cells a streaming review kept)
 * @example
 * const b = roundViewBuilder(review, columnFinder(review, input), compiled, { budget: 20000 });
 * for (const r of review.rows) b.add(r);
 * b.result().budget?.selected.length //=> 3
 * @throws `CycleOrderError` when no earlier cycle is before the review date
 */
export function roundViewBuilder(review: Pick<Review, "columns" | "asOf">, find: ColumnFinder, compiled: CompiledPolicy, round: RoundInputs = {}): RoundViewBuilder {
  const policy = compiled.policy;
  const cost = policy.levels.some((l) => l.pay !== undefined) ? { pay: currentPayColumn(find), rows: [] as CostRow[] } : null;
  let calibration: CalibrationColumns | null = null;
  try {
    calibration = calibrationColumns(find, review.columns, CALIBRATION_DEFAULTS.by, CALIBRATION_DEFAULTS.field);
  } catch (e) {
    if (!(e instanceof CalibrationColumnError)) throw e;
  }
  const groups = new Map<string, GroupScores>();
  const cycles = round.cycles ?? [];
  const history = cycles.length > 0 ? new CycleComparer(review.asOf, policy, cycles, find("level_date")) : null;
  return {
    add(row) {
      const line = cost ? costRow(row, cost.pay) : null;
      if (line) cost?.rows.push(line);
      if (calibration) addScore(groups, calibration, row);
      history?.add(row);
    },
    result() {
      const report = cost ? costReport(cost.rows, policy, cost.pay) : null;
      return {
        cost: report,
        budget: report && round.budget !== undefined ? budgetWhatIf(report, round.budget) : null,
        calibration: calibration ? calibrationReport(calibration, groups, policy) : null,
        history: history ? history.report() : null,
      };
    },
  };
}

/** Issue #21's views for the summary: cost (when the policy has pay), budget, calibration by 部门 on 绩效, history. */
export function roundInsights(review: Review, input: RosterInput, compiled: CompiledPolicy, round: RoundInputs = {}): RoundViews {
  const builder = roundViewBuilder(review, columnFinder(review, input), compiled, round);
  for (const row of review.rows) builder.add(row);
  return builder.result();
}

/** The 9-box thresholds of a policy: its `nineBox` setting, else 70 / 85 on both axes. */
export function nineBoxThresholds(compiled: Pick<CompiledPolicy, "policy">): NineBoxThresholds {
  const setting = compiled.policy.nineBox;
  return setting ? { perf: [setting.perf[0], setting.perf[1]], potential: [setting.potential[0], setting.potential[1]] } : DEFAULT_NINE_BOX;
}

/** The 9-box of a review with its policy's thresholds; null when they are unusable. */
export function policyNineBox(review: Pick<Review, "rows" | "columns">, input: RosterInput, compiled: Pick<CompiledPolicy, "policy">): NineBox | null {
  try {
    return nineBox(review, input, nineBoxThresholds(compiled));
  } catch (error) {
    if (error instanceof NineBoxThresholdError) return null;
    throw error;
  }
}

/**
 * The grouping columns of the roster present in the review, by header as written: the
 * {@link FAIRNESS_COLUMNS} first (in that order), then every other column.
 */
export function groupingColumns(review: Pick<Review, "columns">): string[] {
  const headers = review.columns.map((c) => c.header.trim()).filter((h) => h !== "");
  const known = FAIRNESS_COLUMNS.filter((name) => headers.includes(name));
  return [...known, ...headers.filter((h) => !known.includes(h))];
}

/**
 * Computes the summary's insights: exactly what `promo near-miss`, `promo fairness --by` (for
 * each grouping column present) and `promo ninebox` print for the same review.
 * @param input - the roster the review read (grouping and potential columns are read from it)
 * @param compiled - the policy the review used
 */
export function summaryInsights(review: Review, input: RosterInput, compiled: CompiledPolicy, options: SummaryOptions = {}): SummaryInsights {
  const reports: FairnessReport[] = [];
  const seen = new Set<number>();
  for (const name of FAIRNESS_COLUMNS) {
    const col = findRosterColumn(review, input, name);
    if (!col || seen.has(col.mapping.index)) continue;
    seen.add(col.mapping.index);
    reports.push(fairness(review, input, name));
  }
  return {
    nearMisses: nearMisses(review, compiled, { roster: input }),
    fairness: reports,
    nineBox: policyNineBox(review, input, compiled),
    columns: columnReport(review.columns, compiled),
    ...roundInsights(review, input, compiled, options.round),
    talent: talentReport(review, input, compiled.policy, options.mapping ? { mapping: options.mapping } : {}),
  };
}
