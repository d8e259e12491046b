/**
 * The PROMO functions as pure logic (no Office.js): the Excel wrappers in `../functions.ts`,
 * the tests and the HyperFormula harness all call these.
 */
export { FormulaError, valueError, notAvailable, toFormulaError, type FormulaErrorCode } from "./errors";
export { NO_WORKBOOK_POLICY, type FormulaEnv, type WorkbookPolicy, type SheetsPolicyState, type PolicySheetIssue } from "./env";
export { cellFromArgument, isOmitted, isMultiCell } from "./cells";
export { localToday } from "./dates";
export { eligible, status, next, gaps, score, readyDateSerial, allowance, type RowArgs } from "./row-functions";
export { reviewTable, reviewToArray, REVIEW_COLUMNS, type SpillCell } from "./review";
export { tenureYears } from "./tenure";
export { bonus } from "./bonus";
export { cost } from "./cost";
export { clearRecordCaches, prefetchRecords, type RecordCall } from "./record";
export { findTemplate } from "./policy-source";
export { readinessBand, plan } from "./talent";
