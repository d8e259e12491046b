/** Cycle over cycle (issue #21): this review against the earlier ones. */
export { compareCycles, CycleComparer, passed, CycleOrderError, CYCLE_CATEGORIES } from "./compare";
export type { CycleCategory, CycleEntry, CycleReport } from "./compare";
export { pastCycles, cyclesFromLog, cycleFromReviewSheet, statusFromText, LOG_SHEET_NAMES, REVIEW_SHEET_NAMES } from "./past-cycles";
export type { CycleRecord, PastCycle, CycleSheet, PastCyclesProblem } from "./past-cycles";
