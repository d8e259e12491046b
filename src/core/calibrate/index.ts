/** Calibration check (校准, issue #21): score distributions across groups, for the calibration meeting. */
export { calibrate, calibrationColumns, addScore, calibrationReport, scoreStats, policyThreshold, CalibrationColumnError, DEFAULT_TOLERANCE, DEFAULT_BAND_TOLERANCE, ALPHA } from "./calibrate";
export type { CalibrationReport, CalibrationColumns, GroupScores, CalibrationGroup, CalibrateOptions, DistributionCheck, ScoreStats } from "./calibrate";
export { rankTest, doubledMidRanks, EXACT_WORK_LIMIT } from "./rank-test";
export type { RankTest, RankTestMethod } from "./rank-test";
export { bandCounts } from "./distribution";
export type { BandShare } from "./distribution";
export { scoreField } from "./score-field";
export type { ScoreField } from "./score-field";
