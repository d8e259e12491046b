/**
 * The words of the policy sheets: field names, operators, 是/否 flags and path labels, read
 * leniently and written in one canonical form.
 */
import type { Cell } from "../../model/cell";
import { FIELDS, fieldDef } from "../../model/fields";
import { OP_NAMES, OPERATORS, type Op } from "../../model/operators";
import { inLocale, type Locale } from "../../i18n/locale";
import { readBoolean } from "../../read/boolean";
import { isFailure } from "../../read/failure";
import { matchHeader } from "../../read/headers";
import { foldText } from "../../read/text";
import { editDistance } from "../../util/closest";
import { must } from "../../util/must";
import { SHEET_WORDS } from "./notes";

/** Names of the derived fields in the sheets; the first of each list is written. */
const DERIVED_NAMES: Readonly<Record<string, { zh: readonly [string, ...string[]]; en: readonly [string, ...string[]] }>> = {
  years_in_level: { zh: ["任现职年限", "任现职", "现职年限", "任职年限"], en: ["Years in level"] },
  tenure: { zh: ["司龄", "入职年限"], en: ["Tenure"] },
  score: { zh: ["综合得分", "综合分"], en: ["Score", "Composite score"] },
};

/** Prefixes that mark a roster column of the user's own (`列:考勤天数`). */
const CUSTOM_PREFIX = /^(?:列|自定义列|自定义|column|custom)\s*:\s*(.+)$/i;

/** Prefix written before a custom column's header text. */
function customPrefix(locale: Locale): string {
  return SHEET_WORDS[locale].customPrefix;
}

const DERIVED_INDEX: ReadonlyMap<string, string> = new Map(
  Object.entries(DERIVED_NAMES).flatMap(([key, n]) => [...n.zh, ...n.en].map((t): [string, string] => [foldText(t), key])),
);

/** Every name a field can be written as, for suggestions. */
const ALL_FIELD_NAMES: readonly string[] = [
  ...FIELDS.flatMap((f) => [...f.zh, ...f.en]),
  ...Object.values(DERIVED_NAMES).flatMap((n) => [...n.zh, ...n.en]),
];

/** What a 字段 cell names. */
export type FieldRef =
  | { readonly kind: "known"; readonly key: string }
  | { readonly kind: "custom"; readonly header: string }
  | { readonly kind: "unknown"; readonly text: string; readonly closest: string | null };

/** A known field key for text (a key, a roster header synonym, a derived field's name), or null. */
function knownField(text: string): string | null {
  const t = text.trim();
  if (fieldDef(t)) return t;
  return matchHeader(t) ?? DERIVED_INDEX.get(foldText(t)) ?? null;
}

/** The closest field name to a misspelt one, when it is close enough to be a likely typo. */
function suggestField(text: string): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(text.length / 2)) + 1;
  for (const name of ALL_FIELD_NAMES) {
    const d = editDistance(foldText(text), foldText(name));
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Resolves a 字段 cell's text: a canonical key (`perf`), a roster header (`绩效`, `Performance`),
 * a derived field's name (`任现职年限`, `综合得分`), or a custom column written `列:header`.
 */
export function resolveField(text: string): FieldRef {
  const m = CUSTOM_PREFIX.exec(text.normalize("NFKC").trim());
  if (m) {
    const header = must(m[1], "custom field header").trim();
    const key = matchHeader(header);
    return key ? { kind: "known", key } : { kind: "custom", header };
  }
  const key = knownField(text);
  return key ? { kind: "known", key } : { kind: "unknown", text: text.trim(), closest: suggestField(text) };
}

/** The name a field is written as in the 字段 column (custom fields as `列:header`). */
export function fieldSheetName(field: string, locale: Locale): string {
  const derived = DERIVED_NAMES[field];
  if (derived) return inLocale(derived, locale)[0] ?? field;
  const def = fieldDef(field);
  if (def) return inLocale(def, locale)[0] ?? field;
  return customPrefix(locale) + field;
}

/** A 运算 cell's text as looked up: folded, spaces removed. */
const opKey = (text: string): string => foldText(text).replace(/\s+/g, "");

const OP_WORDS: ReadonlyMap<string, Op> = new Map<string, Op>(
  OP_NAMES.flatMap((op) => [op, ...OPERATORS[op].words].map((w): [string, Op] => [opKey(w), op])),
);

/** The operator written in a 运算 cell (`>=`, `≥`, `<=`, `≤`, `=`, `in`, `not_within`, 大于等于...), or null. */
export function parseOp(text: string): Op | null {
  return OP_WORDS.get(opKey(text)) ?? null;
}

/** The operators offered in the 运算 dropdown: every operator, in table order. */
export const OP_CHOICES: readonly Op[] = OP_NAMES;

const BLOCKER_WORDS: ReadonlySet<string> = new Set(["否决", "一票否决", "否决项", "blocker", "blockers", "veto"].map(foldText));
const ALL_LEVEL_WORDS: ReadonlySet<string> = new Set(["*", "全部", "所有", "任意", "全部职级", "所有职级", "all", "any", "all levels"].map(foldText));
const AS_OF_WORDS: ReadonlySet<string> = new Set(["评审日", "评审日期", "评审当日", "as_of", "as of", "asof", "review date"].map(foldText));

/** True for a 路径 cell that makes the row a blocker (否决, Blocker). */
export function isBlockerPath(text: string | null): boolean {
  return text !== null && BLOCKER_WORDS.has(foldText(text));
}

/** The 路径 cell of a blocker row. */
export function blockerPathText(locale: Locale): string {
  return SHEET_WORDS[locale].blocker;
}

/** True for a 从/到 cell of a blocker row meaning every level (`*`, 全部, All). */
export function isAllLevels(text: string): boolean {
  return ALL_LEVEL_WORDS.has(foldText(text));
}

/** The 从/到 cell of a blocker row that covers every level. */
export function allLevelsText(locale: Locale): string {
  return SHEET_WORDS[locale].allLevels;
}

/** True for a 值 cell naming the review date (评审日, as_of, Review date). */
export function isAsOfWord(text: string): boolean {
  return AS_OF_WORDS.has(foldText(text));
}

/** The 值 cell of a date criterion compared with the review date. */
export function asOfText(locale: Locale): string {
  return SHEET_WORDS[locale].asOf;
}

/**
 * A 是/否 cell (储备, 空缺): true, false, null when empty, or undefined when it is neither.
 * Accepts what the roster reader accepts (是 否 Y N Yes No TRUE FALSE 1 0 ✓ ✗...).
 */
export function parseFlag(cell: Cell): boolean | null | undefined {
  if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) return null;
  const v = readBoolean(cell);
  return isFailure(v) ? undefined : v;
}

/** 是 / 否 (Yes / No). */
export function flagText(value: boolean, locale: Locale): string {
  return value ? SHEET_WORDS[locale].yes : SHEET_WORDS[locale].no;
}

/** The path ids of the labels HR writes, in both languages. */
const KNOWN_PATHS: ReadonlyMap<string, string> = new Map([
  [foldText("标准"), "standard"],
  [foldText("Standard"), "standard"],
  [foldText("破格"), "fast_track"],
  [foldText("Fast track"), "fast_track"],
]);

/** A label then an explicit id in parentheses: `特批 (special)`. */
const LABEL_WITH_ID = /^(.*?)\s*\(([A-Za-z0-9_.-]+)\)$/;

/** The id a path label stands for: `standard` for 标准, `fast_track` for 破格, else the label. */
function pathIdOf(label: string): string {
  return KNOWN_PATHS.get(foldText(label)) ?? label;
}

/**
 * A 路径 cell's path: an empty cell is the standard path (标准); 标准 and 破格 (Standard, Fast
 * track) get the ids `standard` and `fast_track`; other labels are their own id unless the
 * cell ends with an explicit one, `label (id)`.
 */
export function parsePath(text: string | null, locale: Locale): { id: string; label: string } {
  const t = (text ?? "").trim();
  if (t === "") return { id: "standard", label: SHEET_WORDS[locale].standard };
  const m = LABEL_WITH_ID.exec(t);
  if (m) return { id: must(m[2], "path id"), label: must(m[1], "path label").trim() };
  return { id: pathIdOf(t), label: t };
}

/** The 路径 cell text of a path: its label, with `(id)` when the label alone would give another id. */
export function pathText(path: { readonly id: string; readonly label: string }): string {
  return pathIdOf(path.label) === path.id && !LABEL_WITH_ID.test(path.label) ? path.label : `${path.label} (${path.id})`;
}
