import type { Op } from "./operators";

/**
 * Comparison operators a criterion may use (catalogue §3), declared in `operators.ts`. On a date
 * field (转正日期, 证书有效期...) `<=` / `>=` compare with the review date (value {@link AS_OF}),
 * and `not_within` (value N months) holds when the date is empty or at least N months before the
 * review date (review date >= EDATE(date, N)).
 */
export type { Op };

/** Criteria one path may hold, the blockers that apply to its step included (one bit each in a review's result masks). */
export const MAX_PATH_CRITERIA = 32;

/** The value of a date criterion that stands for the review date (sheet 值 `评审日`). */
export const AS_OF = "as_of";

/** A criterion's threshold: a number, an education name, a boolean, a list for `in`, or two bounds for `between`. */
export type CriterionValue = number | string | boolean | ReadonlyArray<string | number>;

/**
 * One condition of a path: `field op value`.
 * `field` is a canonical field key (see `FIELDS`), a derived field (`tenure`, `years_in_level`,
 * `score`) or, for a custom column, its header text.
 */
export interface Criterion {
  readonly field: string;
  readonly op: Op;
  readonly value: CriterionValue;
  /** Judge an aggregate of the field's monthly columns instead of its single column. */
  readonly window?: WindowSpec;
}

/** How monthly values are aggregated: average, minimum, or the number of months at or above `floor`. */
export type WindowAgg = "avg" | "min" | "count_at_least";

/**
 * A rolling window over a field's monthly columns (`满意度 2026-06`, `2026年6月满意度`...): the
 * `months` latest month columns not after the review month. The criterion's value is compared
 * with their average, minimum, or (count_at_least) the number of months with a value >= `floor`.
 * An empty month cell makes the criterion missing; no ready date is projected.
 */
export interface WindowSpec {
  /** Number of months, a whole number from 1 to 36. */
  readonly months: number;
  readonly agg: WindowAgg;
  /** For count_at_least: the monthly floor, in the field's unit (a fraction for percents). */
  readonly floor?: number;
}

/**
 * A criterion that blocks a promotion whatever the scores (否决): added to every path of the
 * steps it covers, so no path (破格 included) passes while it fails.
 */
export interface BlockerRule {
  readonly criterion: Criterion;
  /** Level (name or alias) the steps start from; absent = every level. */
  readonly from?: string;
  /** Level (name or alias) the steps lead to; absent = every level. */
  readonly to?: string;
  /** The reason shown in gaps (`试用期未结束`); absent = a wording derived from the criterion. */
  readonly label?: string;
}

/** A list of criteria that must all hold. The first path of a step is the standard one. */
export interface Path {
  /** Stable id reported in results (`standard`, `fast_track`...). */
  readonly id: string;
  /** Human label (`标准`, `破格`). */
  readonly label: string;
  readonly criteria: readonly Criterion[];
}

/** A weighted sum of score fields; weights sum to 1. Its minimum is a `score` criterion. */
export interface CompositeScore {
  readonly weights: Readonly<Record<string, number>>;
}

/** A promotion step from one level to the next. */
export interface Step {
  readonly from: string;
  readonly to: string;
  /** The step fills a vacancy: a reserve who meets it waits for one (待空缺). */
  readonly vacancy?: boolean;
  readonly score?: CompositeScore;
  readonly paths: readonly Path[];
}

/** A level of the ladder. */
export interface Level {
  readonly name: string;
  readonly aliases?: readonly string[];
  /** Track name for a dual ladder (管理通道 / 专业通道). */
  readonly track?: string;
  /** Reserve (储备) level: its members wait for a vacancy and earn `allowance` yuan a month. */
  readonly reserve?: boolean;
  /** Monthly allowance in yuan, for reserve levels. */
  readonly allowance?: number;
  /** Pay of the level (月薪, or a band 最低/中位/最高), yuan a month; absent = not set (issue #21). */
  readonly pay?: LevelPay;
}

/**
 * A level's monthly pay (职级 sheet 月薪 / 薪资最低 / 薪资中位 / 薪资最高, yuan): a single 月薪, or
 * a band. Promoting into the level costs `monthly` when set, else the band's `min`.
 */
export interface LevelPay {
  readonly monthly?: number;
  readonly min?: number;
  readonly mid?: number;
  readonly max?: number;
}

/** One band of a target distribution (目标分布): scores at or above `min` (null = the rest) and its target share. */
export interface TargetBand {
  readonly label: string;
  /** Lowest score of the band; null for the catch-all lowest band. */
  readonly min: number | null;
  /** Target share, a fraction (0.2 = 20%). */
  readonly share: number;
}

/**
 * Calibration settings (校准, 晋升方案 rows 校准容差 / 目标分布 / 分布容差): a report for the
 * calibration meeting, never a criterion.
 */
export interface CalibrationSetting {
  /** A group is out of line when its mean differs from the rest by more than this many points (and the test is significant). Default 5. */
  readonly tolerance?: number;
  /** The target distribution, highest band first (e.g. 优秀 >= 90 20%, 合格 >= 60 70%, 待改进 10%). */
  readonly bands?: readonly TargetBand[];
  /** A band's actual share is flagged when it differs from the target by more than this fraction. Default 0.05. */
  readonly bandTolerance?: number;
}

/** A promotion scheme (晋升方案): ladder, steps and metadata. */
export interface Policy {
  readonly id: string;
  /** Chinese name. */
  readonly name: string;
  /** English name. */
  readonly nameEn: string;
  readonly version: string;
  /** Revision date, YYYY-MM-DD. */
  readonly revised?: string;
  /** Seed documents the template was derived from. */
  readonly sources?: readonly string[];
  /** Levels in ladder order. */
  readonly levels: readonly Level[];
  readonly steps: readonly Step[];
  /** Criteria that block promotions whatever the path (否决); absent = none. */
  readonly blockers?: readonly BlockerRule[];
  /** 9-box (九宫格) cut points `[mid, high]` per axis; absent = 70 and 85 on both axes. */
  readonly nineBox?: NineBoxSetting;
  /** Monthly performance bonus tiers (绩效奖金, the 奖金档位 sheet); absent = no bonus. */
  readonly bonus?: BonusTable;
  /** Calibration tolerance and target distribution (校准); absent = defaults, no target distribution. */
  readonly calibration?: CalibrationSetting;
  /**
   * Talent-review settings (readiness bands, forecast months, key levels, development actions);
   * each part absent = its default, derived from the policy (`core/talent/defaults.ts`).
   */
  readonly talent?: TalentSetting;
}

/**
 * What HR does about one unmet criterion (发展措施): a training module or assignment, who owns it
 * and how many weeks it takes.
 */
export interface DevelopmentAction {
  /** The criterion field it develops: a field key (`csat`), `score`, or a custom column's header. */
  readonly field: string;
  /** The action, e.g. `客户服务与满意度管理（第六周）`. */
  readonly action: string;
  /** Who owns it: 直属主管, 培训部, 本人 or any text. */
  readonly owner: string;
  /** Weeks from its start until it is done, 0 or more. */
  readonly weeks: number;
  readonly note?: string;
}

/** The talent-review settings a policy may override (see {@link Policy.talent}). */
export interface TalentSetting {
  /** Readiness band limits in months after the review date: `[12, 24]` = 1 年内 / 1-2 年. */
  readonly bands?: readonly [number, number];
  /** Months the pipeline forecast looks ahead. */
  readonly forecastMonths?: number;
  /** Key positions (关键岗位), canonical level names. */
  readonly keyLevels?: readonly string[];
  /** Development actions (the 发展措施 sheet), one per field. */
  readonly actions?: readonly DevelopmentAction[];
}

/**
 * A monthly performance bonus tier (奖金档位), e.g. B档: 工单量 >= 1800 and 客户满意度 >= 95%,
 * 500 yuan a month. A person gets the highest-amount tier whose level scope and criteria all
 * hold; the bonus is an incentive, paid whatever the promotion status (已最高 included) except
 * on 数据错误 rows.
 */
export interface BonusTier {
  /** The tier's name (A档), unique in the table. */
  readonly name: string;
  /** Levels (names or aliases) the tier applies to; absent or empty = every level. */
  readonly levels?: readonly string[];
  /** Criteria that must all hold (none: the tier applies to everyone in scope). */
  readonly criteria: readonly Criterion[];
  /** Yuan a month, 0 or more. */
  readonly amount: number;
  /** Free text shown in the sheet's 说明 column. */
  readonly note?: string;
}

/** The bonus tiers of a policy, in the order HR lists them. */
export interface BonusTable {
  readonly tiers: readonly BonusTier[];
}

/** 9-box cut points: a score below `mid` is low, at or above `high` is high. */
export interface NineBoxSetting {
  readonly perf: readonly [number, number];
  readonly potential: readonly [number, number];
}
