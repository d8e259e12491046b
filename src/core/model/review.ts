import type { Op, WindowSpec } from "./policy";

/** Why a criterion is unmet (catalogue §3). */
export type UnmetReason = "below" | "missing" | "error";

/** Employee status (catalogue §3). */
export type Status = "eligible" | "awaiting_vacancy" | "not_eligible" | "top" | "error";

/** All statuses in precedence order (catalogue §6). */
export const STATUSES: readonly Status[] = ["error", "top", "eligible", "awaiting_vacancy", "not_eligible"];

/** A criterion that does not hold. */
export interface Unmet {
  readonly field: string;
  readonly op: Op;
  readonly required: number | string | boolean | ReadonlyArray<string | number>;
  /** The employee's value: years, a fraction for percents, an education name, or null. */
  readonly actual: number | string | boolean | null;
  readonly reason: UnmetReason;
  /** A blocker (否决): a criterion of the policy's `blockers`, not of the path itself. */
  readonly blocker?: true;
  /** The blocker's reason as the policy words it (`试用期未结束`), when it has one. */
  readonly label?: string;
  /** The rolling window the criterion judges (`actual` is the aggregate: months for count_at_least). */
  readonly window?: WindowSpec;
}

/** The evaluation of one next level. */
export interface TargetResult {
  readonly level: string;
  readonly met: boolean;
  /** Id of the path that met the step, or null. */
  readonly path: string | null;
  /** Composite score where the step has one (null when not computable). */
  readonly score: number | null;
  readonly unmet: readonly Unmet[];
  /** YYYY-MM-DD or null. */
  readonly readyDate: string | null;
  /** The step fills a vacancy. */
  readonly vacancy: boolean;
}

/** A row-level problem, naming the cell. */
export interface RowError {
  /** `Sheet1!F7`. */
  readonly cell: string;
  readonly message: string;
  /** Machine code for the kind of problem. */
  readonly code: RowErrorCode;
}

/** Kinds of row errors. */
export type RowErrorCode = "unreadable" | "empty_id" | "empty_level" | "duplicate_id" | "unknown_level";

/**
 * Who a per-person result is about: the sheet row, and the 工号, 姓名, 部门 and 职级 as the review
 * read them. Every per-person result (review rows, the pool, shortlists, near misses, readiness,
 * plans, cost lines, cycle entries) extends it.
 */
export interface PersonRef {
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly dept: string;
  readonly level: string;
}

/** The review of one data row: the JSON contract of catalogue §7. */
export interface RowResult extends PersonRef {
  readonly status: Status;
  readonly targets: readonly TargetResult[];
  readonly allowance: number;
  readonly errors: readonly RowError[];
  /** Years in level as of the review date (months completed / 12), or null. */
  readonly yearsInLevel: number | null;
  /** Years since hire, or null. */
  readonly tenure: number | null;
  /** Performance score where readable, for rankings. */
  readonly perf: number | null;
  /** Skill score where readable, for rankings. */
  readonly skill: number | null;
  /** The monthly performance bonus; present only when the policy has bonus tiers. */
  readonly bonus?: BonusResult;
}

/** The next bonus tier up and what the employee still lacks for it. */
export interface BonusGap {
  readonly tier: string;
  /** Yuan a month of that tier. */
  readonly amount: number;
  /** Its criteria that do not hold (reason `below`, `missing` or `error`). */
  readonly unmet: readonly Unmet[];
}

/**
 * An employee's monthly performance bonus (绩效奖金): the highest-amount tier whose level scope
 * and criteria hold, else none (amount 0). Paid whatever the promotion status, except on a
 * 数据错误 row (`error` true, amount 0, no next tier: fix the row's cells first).
 */
export interface BonusResult {
  /** The tier paid, or null. */
  readonly tier: string | null;
  /** Yuan a month (0 without a tier). */
  readonly amount: number;
  /** The lowest-amount tier above the one paid that applies to the employee's level, or null. */
  readonly next: BonusGap | null;
  /** True on a 数据错误 row: no bonus until its errors are fixed. */
  readonly error: boolean;
}

/** How one roster column was understood. */
export interface ColumnMapping {
  /** 0-based column index in the sheet. */
  readonly index: number;
  /** Column letters (`F`). */
  readonly column: string;
  /** The header text as written. */
  readonly header: string;
  /** Canonical field key, or null when the header is kept as a custom field. */
  readonly field: string | null;
}

/** Counts of rows per status. */
export type StatusCounts = Record<Status, number>;

/** Summary counts of a review. */
export interface Summary {
  readonly total: number;
  readonly byStatus: StatusCounts;
  /** Per canonical level (ladder order; unknown levels last), counts per status. */
  readonly byLevel: ReadonlyArray<{ readonly level: string; readonly counts: StatusCounts; readonly total: number }>;
  /** Per department (first-seen order; empty department as ""), counts per status. */
  readonly byDept: ReadonlyArray<{ readonly dept: string; readonly counts: StatusCounts; readonly total: number }>;
  /** Sum of monthly allowances earned. */
  readonly allowanceTotal: number;
  /** Sum of monthly performance bonuses; present only when the policy has bonus tiers. */
  readonly bonusTotal?: number;
  /** People and yuan per bonus tier (policy order); present only when the policy has bonus tiers. */
  readonly bonusByTier?: ReadonlyArray<{ readonly tier: string; readonly amount: number; readonly count: number; readonly total: number }>;
}

/** A reserve awaiting a vacancy (储备人才库). */
export interface PoolEntry extends PersonRef {
  /** The full level whose vacancy they wait for. */
  readonly target: string;
  readonly allowance: number;
  readonly perf: number | null;
  readonly skill: number | null;
  readonly yearsInLevel: number | null;
  /** Date the vacancy step was met, where time-based. */
  readonly readySince: string | null;
}

/** The talent pool: reserves awaiting a vacancy, with allowance totals. */
export interface TalentPool {
  readonly entries: readonly PoolEntry[];
  readonly allowanceTotal: number;
  readonly byLevel: ReadonlyArray<{ readonly level: string; readonly count: number; readonly allowance: number }>;
}

/** A ranked candidate for a vacancy. */
export interface ShortlistEntry extends PersonRef {
  readonly rank: number;
  readonly perf: number;
  readonly skill: number;
  /** perf + skill, empty counting as 0 (catalogue §6). */
  readonly total: number;
  readonly yearsInLevel: number | null;
  /** Whether the candidate is inside the first `count` places. */
  readonly shortlisted: boolean;
}

/** Policy identity printed on every review. */
export interface PolicyStamp {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly version: string;
  /** `id@version#hash8`. */
  readonly fingerprint: string;
}

/** A whole-roster review: the JSON that `promo review --json` prints. */
export interface Review {
  readonly policy: PolicyStamp;
  readonly asOf: string;
  readonly sheet: string;
  /** 1-based sheet row number of the header row. */
  readonly headerRow: number;
  readonly columns: readonly ColumnMapping[];
  readonly rows: readonly RowResult[];
  readonly summary: Summary;
  readonly talentPool: TalentPool;
  /**
   * Problems of the roster as a whole that leave criteria missing on every row, e.g. fewer
   * monthly columns than a rolling window needs; absent when there are none.
   */
  readonly warnings?: readonly ReviewWarning[];
}

/** A review-level problem (see {@link Review.warnings}). */
export interface ReviewWarning {
  /** `window_months`: a month of a rolling window has no column in the roster. */
  readonly code: "window_months";
  /** The criterion's field (the window's base field). */
  readonly field: string;
  readonly window: WindowSpec;
  /** The months found for the field, YYYY-MM, oldest first. */
  readonly found: readonly string[];
  /**
   * The window's months without a column, YYYY-MM, oldest first: the window is the `months`
   * consecutive months ending at the latest month found (at the review month when none is).
   */
  readonly missing: readonly string[];
  /** In the review's language, naming the field, the months found and the months missing. */
  readonly message: string;
}
