/**
 * PromoLadder's output sheets as data (pure: no Office, DOM or Node imports): 晋升评审, 人才库,
 * 晋升汇总, 晋升档案 and 空缺候选 (with the vacancy cascade) as typed tables, laid out the same for every renderer.
 */
export type { ReportValue, ColumnFormat, StyleKey, StyleSpec, ReportColumn, ColourRule, ReportTable, ReportBlock, ReportGrid, ChartSpec, ReportKind, ReportSheet } from "./model";
export { NUMBER_FORMATS, STYLES } from "./model";
export { PRODUCT_SHEETS, REVIEW_HEADERS, POOL_HEADERS, ID_HEADERS, SIGN_OFF_HEADERS, DISPLAY_ORDER, policyTitle } from "./labels";
export { reviewSheet, reviewSheetFrame, reviewRow, reviewRowStyle, reviewTitle, nextLevels, scoreOf, scoreTargetOf, gapsOf, issuesOf, readyDateOf, STATUS_COLUMN } from "./review-sheet";
export { poolSheet } from "./pool-sheet";
export { summarySheet } from "./summary-sheet";
export { hasBonus, bonusSummaryBlocks } from "./bonus-columns";
export { REVIEW_COLUMNS, BONUS_COLUMNS, reviewColumns, STATUS_HEADERS, LEVEL_HEADERS, NEXT_HEADERS } from "./review-columns";
export { SignOffs, signOffFor, STALE_SIGN_OFF_PREFIXES } from "./sign-offs";
export type { SignedDecision, PreviousOutput } from "./sign-offs";
export type { ColumnSpec, ReviewColumnSpec, RowContext } from "./review-columns";
export { summaryInsights, nineBoxThresholds, policyNineBox, groupingColumns, FAIRNESS_COLUMNS } from "./insights";
export type { SummaryInsights } from "./insights";
export { insightBlocks, nearMissTable, nearMissTarget, nearMissLacks, nearMissGap, gapWords, fairnessTable, fairnessHeading, fourFifthsFlag, smallGroupFlag, groupLabel, nineBoxGrid, nineBoxHeading, boxText, boxStyle, MAX_NEAR_MISS_ROWS, MAX_BOX_NAMES } from "./insight-blocks";
export { changeReason, changeKindLabel, diffSummaryText } from "./diff-text";
export { logSheet, logTable, carriedLogRows, LOG_AS_OF_HEADERS } from "./log-sheet";
export { shortlistSheet, shortlistTitle } from "./shortlist-sheet";
export { shortlistTable, rankReasons, SHORTLIST_HEADERS } from "./shortlist-table";
export { cascadeBlocks, cascadeStepText, cascadeHeading, cascadeChain, cascadeAppointees, cascadeSummary, cascadeTableName } from "./cascade-sheet";
export { layoutSheet, tableHeight, columnName } from "./layout";
export type { PlacedBlock } from "./layout";
export { chooseSheetName } from "./sheet-names";
export { textWidth, fitWidths, round2, WIDTH_SAMPLE_ROWS } from "./text-width";
export * from "./round-blocks";
export { roundInsights, roundViewBuilder, CALIBRATION_DEFAULTS } from "./insights";
export type { RoundInputs, RoundViews, RoundViewBuilder } from "./insights";
export { TALENT_SHEETS, forecastTable, forecastBlocks, bandTable, forecastMonthHeader, successorText, riskText, benchText, successionTable, successionSheet, planStepHeaders, planRows, planSheet, talentSheets, FORECAST_WIDTHS, MAX_PLAN_BLOCKS } from "./talent-sheets";
export { columnAlign, wrappedLines, rowHeight, factFit, LINE_POINTS } from "./fit";
export type { FactFit } from "./fit";
