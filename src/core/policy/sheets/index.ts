/**
 * Policies in the workbook: the 晋升方案 / 职级 / 规则 sheets HR edits, and the same model as
 * JSON for versioning.
 */
export type { SheetData, PolicySheetIssue, PolicySheetResult, SheetsPolicyState, PolicyJsonIssue, PolicyJsonResult } from "./types";
export {
  POLICY_SHEETS,
  POLICY_SHEETS_EN,
  POLICY_SHEET_KINDS,
  LEVEL_COLUMNS,
  RULE_COLUMNS,
  HEADER_KEYS,
  hasPolicySheets,
  policySheetKind,
  policySheetNames,
} from "./names";
export type { PolicySheetKind, LevelColumn, RuleColumn, HeaderKey } from "./names";
export { OP_CHOICES } from "./vocabulary";
export { SHEET_WORDS, type SheetWords } from "./notes";
export { OPTIONAL_POLICY_SHEET_KINDS, BONUS_COLUMNS, NINE_BOX_KEYS } from "./names";
export type { BonusColumn, NineBoxKey } from "./names";
export { policyToSheets } from "./to-sheets";
export { policyFromSheets } from "./from-sheets";
export { policyToJson, policyFromJson } from "./json";
