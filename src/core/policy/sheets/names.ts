/**
 * Names of the policy sheets, their columns and the header block's rows, in Chinese (written by
 * default) and English (also accepted on read).
 */
import type { Locale } from "../../i18n/locale";
import { foldText } from "../../read/text";

/** The policy sheets' names as PromoLadder writes them (Chinese, the default). */
export const POLICY_SHEETS = { policy: "晋升方案", levels: "职级", rules: "规则" } as const;

/** The policy sheets' English names, written with the `en-US` locale and accepted on read. */
export const POLICY_SHEETS_EN = { policy: "Policy", levels: "Levels", rules: "Rules" } as const;

/** The three policy sheets: header block, levels, rules. */
export type PolicySheetKind = keyof typeof POLICY_SHEETS;

/** The sheet kinds in workbook order. */
export const POLICY_SHEET_KINDS: readonly PolicySheetKind[] = ["policy", "levels", "rules"];

/** Sheet names written for a locale. */
export function policySheetNames(locale: Locale = "zh-CN"): Readonly<Record<PolicySheetKind, string>> {
  return locale === "en-US" ? POLICY_SHEETS_EN : POLICY_SHEETS;
}

/** The policy sheet kind a sheet name stands for (either language, case and width folded), or null. */
export function policySheetKind(name: string): PolicySheetKind | null {
  const k = foldText(name);
  for (const kind of POLICY_SHEET_KINDS) {
    if (k === foldText(POLICY_SHEETS[kind]) || k === foldText(POLICY_SHEETS_EN[kind])) return kind;
  }
  return null;
}

/**
 * True when a workbook holds policy sheets: at least two of 晋升方案 / 职级 / 规则 (or Policy /
 * Levels / Rules). One sheet alone may be an unrelated sheet that happens to share the name.
 */
export function hasPolicySheets(sheetNames: readonly string[]): boolean {
  const kinds = new Set(sheetNames.map(policySheetKind).filter((k) => k !== null));
  return kinds.size >= 2;
}

/** A header label in both languages; the first of each list is written. */
interface Label {
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

/** Columns of the 职级 (Levels) sheet, in the order written. */
export const LEVEL_COLUMNS = ["track", "order", "level", "aliases", "reserve", "allowance", "next"] as const;
/** A column of the 职级 sheet. */
export type LevelColumn = (typeof LEVEL_COLUMNS)[number];

/** Columns of the 规则 (Rules) sheet, in the order written. */
export const RULE_COLUMNS = ["from", "to", "path", "field", "op", "value", "weight", "vacancy", "note"] as const;
/** A column of the 规则 sheet. */
export type RuleColumn = (typeof RULE_COLUMNS)[number];

/** Rows of the 晋升方案 header block (column A label, column B value), in the order written. */
export const HEADER_KEYS = ["id", "name", "nameEn", "version", "revised", "sources"] as const;
/** A row of the header block. */
export type HeaderKey = (typeof HEADER_KEYS)[number];

const LEVEL_LABELS: Readonly<Record<LevelColumn, Label>> = {
  track: { zh: ["通道"], en: ["Track"] },
  order: { zh: ["顺序", "序号"], en: ["Order", "No."] },
  level: { zh: ["职级", "岗位"], en: ["Level"] },
  aliases: { zh: ["别名"], en: ["Aliases", "Alias"] },
  reserve: { zh: ["储备"], en: ["Reserve"] },
  allowance: { zh: ["月津贴（元）", "月津贴", "津贴", "补贴"], en: ["Monthly allowance (yuan)", "Monthly allowance", "Allowance"] },
  next: { zh: ["下一职级"], en: ["Next levels", "Next level"] },
};

const RULE_LABELS: Readonly<Record<RuleColumn, Label>> = {
  from: { zh: ["从", "从职级"], en: ["From"] },
  to: { zh: ["到", "晋升到"], en: ["To"] },
  path: { zh: ["路径"], en: ["Path"] },
  field: { zh: ["字段", "条件"], en: ["Field"] },
  op: { zh: ["运算", "运算符"], en: ["Operator", "Op"] },
  value: { zh: ["值", "门槛"], en: ["Value", "Threshold"] },
  weight: { zh: ["权重"], en: ["Weight"] },
  vacancy: { zh: ["空缺"], en: ["Vacancy"] },
  note: { zh: ["说明"], en: ["Note", "Label"] },
};

const HEADER_LABELS: Readonly<Record<HeaderKey, Label>> = {
  id: { zh: ["方案编号", "编号"], en: ["Policy ID", "ID"] },
  name: { zh: ["方案名称", "名称"], en: ["Name", "Policy name"] },
  nameEn: { zh: ["英文名称"], en: ["English name"] },
  version: { zh: ["版本"], en: ["Version"] },
  revised: { zh: ["修订日期"], en: ["Revised", "Revision date"] },
  sources: { zh: ["依据", "来源"], en: ["Sources", "Source"] },
};

/** Header text folded for matching: {@link foldText}, then a trailing `(...)` (a unit) dropped. */
function foldHeader(text: string): string {
  return foldText(text).replace(/\s*\([^)]*\)$/, "");
}

function labelOf(label: Label, locale: Locale): string {
  return (locale === "en-US" ? label.en[0] : label.zh[0]) ?? "";
}

function indexLabels<K extends string>(labels: Readonly<Record<K, Label>>): ReadonlyMap<string, K> {
  const map = new Map<string, K>();
  for (const key of Object.keys(labels) as K[]) {
    for (const text of [...labels[key].zh, ...labels[key].en]) map.set(foldHeader(text), key);
  }
  return map;
}

const LEVEL_INDEX = indexLabels(LEVEL_LABELS);
const RULE_INDEX = indexLabels(RULE_LABELS);
const HEADER_INDEX = indexLabels(HEADER_LABELS);

/** The 职级 column a header text names, or null. */
export function levelColumnOf(text: string): LevelColumn | null {
  return LEVEL_INDEX.get(foldHeader(text)) ?? null;
}

/** The 规则 column a header text names, or null. */
export function ruleColumnOf(text: string): RuleColumn | null {
  return RULE_INDEX.get(foldHeader(text)) ?? null;
}

/** The header-block row a column-A label names, or null. */
export function headerKeyOf(text: string): HeaderKey | null {
  return HEADER_INDEX.get(foldHeader(text)) ?? null;
}

/** Header text of a 职级 column in a locale. */
export function levelColumnLabel(column: LevelColumn, locale: Locale): string {
  return labelOf(LEVEL_LABELS[column], locale);
}

/** Header text of a 规则 column in a locale. */
export function ruleColumnLabel(column: RuleColumn, locale: Locale): string {
  return labelOf(RULE_LABELS[column], locale);
}

/** Column-A label of a header-block row in a locale. */
export function headerKeyLabel(key: HeaderKey, locale: Locale): string {
  return labelOf(HEADER_LABELS[key], locale);
}

/** True for the column-A label that starts the notes below the header block (说明 / Notes). */
export function isNotesLabel(text: string): boolean {
  const k = foldHeader(text);
  return k === "说明" || k === "notes" || k === "note";
}
