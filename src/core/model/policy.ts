/** Comparison operators a criterion may use (catalogue §3). */
export type Op = ">=" | "<=" | "=" | "in";

/** A criterion's threshold: a number, an education name, a boolean, or a list for `in`. */
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
}
