/**
 * Every talent view of one review at once: what `promo pipeline / succession / plan`, the summary
 * sheet, the 继任梯队 and 发展计划 sheets and the task pane show.
 */
import type { Policy } from "../model/policy";
import type { Review, RowResult } from "../model/review";
import type { MappingOverride, RosterInput } from "../model/roster";
import { talentSettings, type ResolvedTalent } from "./defaults";
import { forecast, type Forecast } from "./forecast";
import { developmentPlans, type DevelopmentPlan } from "./plan";
import { readiness, type Readiness } from "./readiness";
import { succession, type Succession } from "./succession";
import { timeDates } from "./time-only";

/** The talent views of a review. */
export interface TalentReport {
  readonly settings: ResolvedTalent;
  readonly readiness: readonly Readiness[];
  readonly forecast: Forecast;
  readonly succession: Succession;
  readonly plans: readonly DevelopmentPlan[];
}

/** Options of {@link talentReport}. */
export interface TalentReportOptions {
  /** Forecast months (default: the policy's, 12 unless set). */
  readonly months?: number;
  /** The group of a row for succession (default: its 部门). */
  readonly groupOf?: (row: RowResult) => string;
  /** The column mapping the review used (to read the time dates the same way). */
  readonly mapping?: MappingOverride;
}

/**
 * Readiness, forecast, succession and plans of a finished review, from the roster it read and
 * the policy it used (the policy's talent settings, defaults filled in).
 * @example talentReport(review, input, policy).forecast.levels
 */
export function talentReport(review: Review, input: RosterInput, policy: Policy, options: TalentReportOptions = {}): TalentReport {
  const settings = talentSettings(policy);
  const ready = readiness(review, settings.bands);
  const times = timeDates(input, policy, { asOf: review.asOf, ...(options.mapping ? { mapping: options.mapping } : {}) });
  return {
    settings,
    readiness: ready,
    forecast: forecast(ready, policy, review.asOf, options.months ?? settings.forecastMonths),
    succession: succession(review, ready, settings.keyLevels, options.groupOf),
    plans: developmentPlans(review, ready, settings.actions, times),
  };
}
