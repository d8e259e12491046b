/**
 * PromoLadder evaluation core: pure TypeScript, no Office, DOM or Node imports.
 * Every front end (custom functions, task pane, CLI) goes through this facade.
 */
export type { Cell, CellErrorValue, PercentCell } from "./model/cell";
export { errorCell, percentCell, isErrorCell, isPercentCell, isEmptyCell, UNCALCULATED, isPercentFormat, EXCEL_ERROR_LITERALS, EXCEL_ERROR_TYPES } from "./model/cell";
export type { Policy, Level, Step, Path, Criterion, CriterionValue, CompositeScore, Op } from "./model/policy";
export type { BonusTable, BonusTier, NineBoxSetting } from "./model/policy";
export type { BonusResult, BonusGap } from "./model/review";
export { formatBonus, formatBonusGap, formatShortfall } from "./i18n/format-bonus";
export { OPTIONAL_POLICY_SHEET_KINDS, BONUS_COLUMNS, NINE_BOX_KEYS } from "./policy/sheets";
export type { BonusColumn, NineBoxKey } from "./policy/sheets";
export type { BlockerRule, WindowSpec, WindowAgg } from "./model/policy";
export { AS_OF } from "./model/policy";
export type { ReviewWarning } from "./model/review";
export { parseMonthHeader } from "./read/month-headers";
export type { MonthHeader } from "./read/month-headers";
export { windowLabel } from "./i18n/window-label";
export type { FieldDef, FieldType } from "./model/fields";
export { FIELDS, DERIVED_FIELDS, fieldDef } from "./model/fields";
export type {
  Review,
  PersonRef,
  RowResult,
  TargetResult,
  Unmet,
  UnmetReason,
  RowError,
  RowErrorCode,
  Status,
  Summary,
  StatusCounts,
  TalentPool,
  PoolEntry,
  ShortlistEntry,
  ColumnMapping,
  PolicyStamp,
} from "./model/review";
export { STATUSES } from "./model/review";
export type { RosterInput, MappingOverride } from "./model/roster";
export type { Locale } from "./i18n/locale";
export { pickLocale, inLocale, policyName, plural, pluralWord } from "./i18n/locale";
export { statusLabel, fieldLabel } from "./i18n/labels";
export { formatUnmet, formatGaps, formatFieldValue } from "./i18n/format-unmet";
export { compilePolicy, resolveLevel, PolicyCompileError } from "./evaluate/compile";
export type { CompiledPolicy } from "./evaluate/compile";
export {
  dayFromIso,
  isoFromDay,
  localDay,
  dayFromSerial,
  serialFromDay,
  dayFromDate,
  edate,
  monthsCompleted,
} from "./evaluate/calendar";
export { startReview, reviewRoster } from "./review/start-review";
export { allowGeneratedCode } from "./review/row-program";
export type { ReviewOptions, ReviewRun } from "./review/start-review";
export { RosterError, AsOfError } from "./review/errors";
export { shortlist, compareCandidates } from "./review/shortlist";
export { buildTalentPool } from "./review/talent-pool";
export { summarize } from "./review/summary";
export { pickTemplate, rosterLevelTexts } from "./review/pick-template";
export type { TemplateMatch } from "./review/pick-template";
export { TEMPLATES, getTemplate, templateIds } from "./templates";
export { validatePolicy } from "./policy/validate";
export type { PolicyIssue } from "./policy/validate";
export { policyFingerprint, canonicalJson } from "./policy/fingerprint";
export {
  POLICY_SHEETS,
  POLICY_SHEETS_EN,
  POLICY_SHEET_KINDS,
  LEVEL_COLUMNS,
  RULE_COLUMNS,
  HEADER_KEYS,
  OP_CHOICES,
  SHEET_WORDS,
  hasPolicySheets,
  policySheetKind,
  policySheetNames,
  policyToSheets,
  policyFromSheets,
  policyToJson,
  policyFromJson,
} from "./policy/sheets";
export type {
  SheetData,
  PolicySheetIssue,
  PolicySheetResult,
  SheetsPolicyState,
  PolicyJsonIssue,
  PolicyJsonResult,
  PolicySheetKind,
  LevelColumn,
  RuleColumn,
  HeaderKey,
} from "./policy/sheets";
export { findHeaderRow, matchHeader, applyOverride } from "./read/headers";
export type { HeaderMatch } from "./read/headers";
export { cellAddress, columnLetters } from "./read/columns";
export * from "./insight";
// Issue #21: promotion cost and budget, calibration check, cycle over cycle.
export * from "./cost";
export * from "./calibrate";
export * from "./cycle";
export type { LevelPay, TargetBand, CalibrationSetting } from "./model/policy";
export { parseBands, bandsText } from "./policy/sheets/calibration-syntax";
export { parseNumberText } from "./read/number";
export * from "./talent";
export type { DevelopmentAction, TalentSetting } from "./model/policy";
