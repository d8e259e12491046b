/**
 * The talent pipeline: readiness bands, the ready-by-month forecast, succession cover for key
 * positions and development plans, all computed from a finished review and the policy's talent
 * settings.
 */
export { DEFAULT_ACTIONS, DEFAULT_BANDS, DEFAULT_FORECAST_MONTHS, KEY_LEVEL_WORDS, talentSettings, dropTalentDefaults, defaultActions, defaultKeyLevels } from "./defaults";
export type { ResolvedTalent } from "./defaults";
export { READINESS_BANDS, bandLabel, bestBand, readiness, rowReadiness, targetBand } from "./readiness";
export type { ReadinessBand, Readiness, TargetReadiness } from "./readiness";
export { forecast } from "./forecast";
export type { Forecast, ForecastLevel, ForecastMonth } from "./forecast";
export { succession } from "./succession";
export type { Succession, SuccessionEntry, Successor } from "./succession";
export { developmentPlans, planSentence, planTarget, criterionName } from "./plan";
export type { DevelopmentPlan, PlanStep, PlanTarget } from "./plan";
export { isTimeCriterion, timeDates, timeOnlyPolicy } from "./time-only";
export type { TimeDate, TimeDates } from "./time-only";
export { talentReport } from "./report";
export type { TalentReport, TalentReportOptions } from "./report";
