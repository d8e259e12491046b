/**
 * Names of the policy sheets, their columns and the header block's rows, in Chinese (written by
 * default) and English (also accepted on read).
 */
import { inLocale, type Locale } from "../../i18n/locale";
import { foldText } from "../../read/text";

/** The policy sheets' names as PromoLadder writes them (Chinese, the default). */
export const POLICY_SHEETS = { policy: "晋升方案", levels: "职级", rules: "规则", bonus: "奖金档位", development: "发展措施" } as const;

/** The policy sheets' English names, written with the `en-US` locale and accepted on read. */
export const POLICY_SHEETS_EN = { policy: "Policy", levels: "Levels", rules: "Rules", bonus: "Bonus tiers", development: "Development actions" } as const;

/** The policy sheets: header block, levels, rules (required) and bonus tiers (optional). */
export type PolicySheetKind = keyof typeof POLICY_SHEETS;

/** The required sheet kinds in workbook order. */
export const POLICY_SHEET_KINDS: readonly PolicySheetKind[] = ["policy", "levels", "rules"];

/** Sheet kinds a policy may lack (奖金档位 for bonus tiers; 发展措施, defaults when absent), after the required ones. */
export const OPTIONAL_POLICY_SHEET_KINDS: readonly PolicySheetKind[] = ["bonus", "development"];

/** Sheet names written for a locale. */
export function policySheetNames(locale: Locale = "zh-CN"): Readonly<Record<PolicySheetKind, string>> {
  return inLocale<Readonly<Record<PolicySheetKind, string>>>({ zh: POLICY_SHEETS, en: POLICY_SHEETS_EN }, locale);
}

/** The policy sheet kind a sheet name stands for (either language, case and width folded), or null. */
export function policySheetKind(name: string): PolicySheetKind | null {
  const k = foldText(name);
  for (const kind of [...POLICY_SHEET_KINDS, ...OPTIONAL_POLICY_SHEET_KINDS]) {
    if (k === foldText(POLICY_SHEETS[kind]) || k === foldText(POLICY_SHEETS_EN[kind])) return kind;
  }
  return null;
}

/**
 * True when a workbook holds policy sheets: at least two of 晋升方案 / 职级 / 规则 (or Policy /
 * Levels / Rules). One sheet alone may be an unrelated sheet that happens to share the name.
 */
export function hasPolicySheets(sheetNames: readonly string[]): boolean {
  const kinds = new Set(sheetNames.map(policySheetKind).filter((k) => k !== null && POLICY_SHEET_KINDS.includes(k)));
  return kinds.size >= 2;
}

/** A header label in both languages; the first of each list is written. */
interface Label {
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

/** Columns of the 职级 (Levels) sheet, in the order written. */
export const LEVEL_COLUMNS = ["track", "order", "level", "aliases", "reserve", "allowance", "next", "key"] as const;

/**
 * Pay columns of the 职级 sheet (issue #21): 月薪 and the band 薪资最低 / 薪资中位 / 薪资最高, yuan a
 * month, each optional; written after 月津贴 only when some level has pay.
 */
export const PAY_COLUMNS = ["pay", "payMin", "payMid", "payMax"] as const;
/** A pay column of the 职级 sheet. */
export type PayColumn = (typeof PAY_COLUMNS)[number];

/** A column of the 职级 sheet. */
export type LevelColumn = (typeof LEVEL_COLUMNS)[number] | PayColumn;

/** Columns of the 规则 (Rules) sheet, in the order written. */
export const RULE_COLUMNS = ["from", "to", "path", "field", "op", "value", "weight", "vacancy", "note"] as const;
/** A column of the 规则 sheet. */
export type RuleColumn = (typeof RULE_COLUMNS)[number];

/** Fixed columns of the 奖金档位 (Bonus tiers) sheet; criterion columns (`工单量 >=`) sit between 适用职级 and 月奖金. */
export const BONUS_COLUMNS = ["tier", "levels", "amount", "note"] as const;
/** A fixed column of the 奖金档位 sheet. */
export type BonusColumn = (typeof BONUS_COLUMNS)[number];

/** Optional rows of the 晋升方案 header block, written below 依据 only when the policy sets them. */
export const NINE_BOX_KEYS = ["perf", "potential"] as const;
/** An axis of the 9-box setting. */
export type NineBoxKey = (typeof NINE_BOX_KEYS)[number];

/**
 * Optional calibration rows of the 晋升方案 header block (issue #21), written after the 9-box rows
 * only when the policy sets them: 校准容差 (points), 目标分布 (`优秀 >=90 20%；合格 >=60 70%；待改进 10%`),
 * 分布容差 (a percentage).
 */
export const CALIBRATION_KEYS = ["tolerance", "bands", "bandTolerance"] as const;
/** A calibration row of the header block. */
export type CalibrationKey = (typeof CALIBRATION_KEYS)[number];

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
  pay: { zh: ["月薪（元）", "月薪", "薪资"], en: ["Monthly pay (yuan)", "Monthly pay", "Pay"] },
  payMin: { zh: ["薪资最低（元）", "薪资最低", "最低"], en: ["Pay band min (yuan)", "Pay band min", "Band min"] },
  payMid: { zh: ["薪资中位（元）", "薪资中位", "中位"], en: ["Pay band mid (yuan)", "Pay band mid", "Band mid"] },
  payMax: { zh: ["薪资最高（元）", "薪资最高", "最高"], en: ["Pay band max (yuan)", "Pay band max", "Band max"] },
  key: { zh: ["关键岗位"], en: ["Key position"] },
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

const BONUS_LABELS: Readonly<Record<BonusColumn, Label>> = {
  tier: { zh: ["档位", "奖金档位"], en: ["Tier"] },
  levels: { zh: ["适用职级", "职级"], en: ["Levels", "Applies to"] },
  amount: { zh: ["月奖金(元)", "月奖金", "奖金", "金额"], en: ["Monthly bonus (yuan)", "Monthly bonus", "Bonus", "Amount"] },
  note: { zh: ["说明", "备注"], en: ["Note", "Notes"] },
};

const CALIBRATION_LABELS: Readonly<Record<CalibrationKey, Label>> = {
  tolerance: { zh: ["校准容差"], en: ["Calibration tolerance"] },
  bands: { zh: ["目标分布"], en: ["Target distribution"] },
  bandTolerance: { zh: ["分布容差"], en: ["Distribution tolerance"] },
};

const NINE_BOX_LABELS: Readonly<Record<NineBoxKey, Label>> = {
  perf: { zh: ["九宫格绩效分界"], en: ["9-box performance cuts"] },
  potential: { zh: ["九宫格潜力分界"], en: ["9-box potential cuts"] },
};

/** Header text folded for matching: {@link foldText}, then a trailing `(...)` (a unit) dropped. */
function foldHeader(text: string): string {
  return foldText(text).replace(/\s*\([^)]*\)$/, "");
}

function labelOf(label: Label, locale: Locale): string {
  return inLocale(label, locale)[0] ?? "";
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
const BONUS_INDEX = indexLabels(BONUS_LABELS);
const NINE_BOX_INDEX = indexLabels(NINE_BOX_LABELS);
const CALIBRATION_INDEX = indexLabels(CALIBRATION_LABELS);

/** The calibration row a column-A label of the header block names (校准容差...), or null. */
export function calibrationKeyOf(text: string): CalibrationKey | null {
  return CALIBRATION_INDEX.get(foldHeader(text)) ?? null;
}

/** Column-A label of a calibration row in a locale. */
export function calibrationKeyLabel(key: CalibrationKey, locale: Locale): string {
  return labelOf(CALIBRATION_LABELS[key], locale);
}

/** The fixed 奖金档位 column a header text names, or null. */
export function bonusColumnOf(text: string): BonusColumn | null {
  return BONUS_INDEX.get(foldHeader(text)) ?? null;
}

/** Header text of a fixed 奖金档位 column in a locale. */
export function bonusColumnLabel(column: BonusColumn, locale: Locale): string {
  return labelOf(BONUS_LABELS[column], locale);
}

/** The 9-box axis a column-A label of the header block names (九宫格绩效分界...), or null. */
export function nineBoxKeyOf(text: string): NineBoxKey | null {
  return NINE_BOX_INDEX.get(foldHeader(text)) ?? null;
}

/** Column-A label of a 9-box row in a locale. */
export function nineBoxKeyLabel(key: NineBoxKey, locale: Locale): string {
  return labelOf(NINE_BOX_LABELS[key], locale);
}

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
