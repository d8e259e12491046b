/**
 * The results sheet's columns (晋升评审), one descriptor each: header in both languages, number
 * format, widest width, wrapping and how the value is taken from a reviewed row. Headers, formats,
 * widths and cells are all derived from this list (issue 17 item 4), so a column is added or moved
 * in one place.
 */
import { formatBonus, formatGaps, statusLabel, type Locale, type RowResult, type TargetResult } from "../core";
import { reportMessages } from "./messages";
import type { ColumnFormat, ReportValue } from "./model";
import { round2 } from "./text-width";
import { signOffFor } from "./sign-offs";
import { must } from "../core/util/must";

/** What a column's value is computed from. */
export interface RowContext {
  readonly locale: Locale;
  /** Sign-offs by employee id, from the previous results sheet (a `SignOffs` ties each to the decision it was given for). */
  readonly signOffs: ReadonlyMap<string, string>;
}

/** One column of a sheet. */
export interface ColumnSpec<R, C> {
  /** Stable name of the column (for lookups such as the status column's index). */
  readonly key: string;
  readonly header: Readonly<Record<Locale, string>>;
  readonly format: ColumnFormat;
  /** Widest width in characters (the fitted width never exceeds it). */
  readonly maxWidth: number;
  /** Text that may be longer than the width wraps instead of being cut. */
  readonly wrap?: boolean;
  /** Numbers in a General column, aligned right with the header. */
  readonly numeric?: true;
  readonly value: (row: R, context: C) => ReportValue;
}

/** A results sheet column. */
export type ReviewColumnSpec = ColumnSpec<RowResult, RowContext>;

function textOrNull(s: string): string | null {
  return s === "" ? null : s;
}

/** Next level(s): the met targets' levels, else every target's level, joined with "/". */
export function nextLevels(r: RowResult): string {
  const met = r.targets.filter((t) => t.met);
  return (met.length > 0 ? met : r.targets).map((t) => t.level).join("/");
}

/**
 * The target whose composite score is shown: the first met one with a score, else the first with one.
 * @example
 * scoreTargetOf(row)?.score // 86.5
 */
export function scoreTargetOf(r: RowResult): TargetResult | undefined {
  return r.targets.find((x) => x.met && x.score !== null) ?? r.targets.find((x) => x.score !== null);
}

/** The composite score of the first met target that has one, else of the first target that has one. */
export function scoreOf(r: RowResult): number | null {
  const t = scoreTargetOf(r);
  return t ? round2(t.score) : null;
}

/**
 * What is missing, when no target is met: one target's gaps, or each target's prefixed by its
 * level, one a line (a formula's cell joins them with `separator` " | " instead).
 * @example
 * gapsOf(row, "zh-CN") // "任现职 0.75年 < 1年；客户满意度 93% < 95%"
 */
export function gapsOf(r: RowResult, locale: Locale, separator = "\n"): string {
  if (r.targets.some((t) => t.met)) return "";
  const unmet = r.targets.filter((t) => t.unmet.length > 0);
  if (unmet.length === 0) return "";
  const [only] = unmet;
  if (r.targets.length === 1 && only) return formatGaps(only.unmet, locale);
  const sep = reportMessages(locale).labelSep;
  return unmet.map((t) => `${t.level}${sep}${formatGaps(t.unmet, locale)}`).join(separator);
}

/** Row errors as `F7: message`, joined with "; ". */
export function issuesOf(r: RowResult): string {
  return r.errors.map((e) => `${e.cell.slice(e.cell.lastIndexOf("!") + 1)}: ${e.message}`).join("; ");
}

/** The earliest ready date among the targets, or null. */
export function readyDateOf(r: RowResult): string | null {
  return r.targets.find((t) => t.readyDate !== null)?.readyDate ?? null;
}

/** The results sheet's columns without bonus tiers; the sign-off column is last. */
export const REVIEW_COLUMNS: readonly ReviewColumnSpec[] = [
  { key: "row", header: { "zh-CN": "行号", "en-US": "Row" }, format: "general", numeric: true, maxWidth: 8, value: (r) => r.row },
  { key: "id", header: { "zh-CN": "工号", "en-US": "ID" }, format: "text", maxWidth: 14, wrap: true, value: (r) => textOrNull(r.id) },
  { key: "name", header: { "zh-CN": "姓名", "en-US": "Name" }, format: "text", maxWidth: 12, wrap: true, value: (r) => textOrNull(r.name) },
  { key: "dept", header: { "zh-CN": "部门", "en-US": "Department" }, format: "text", maxWidth: 16, wrap: true, value: (r) => textOrNull(r.dept) },
  { key: "level", header: { "zh-CN": "当前职级", "en-US": "Level" }, format: "text", maxWidth: 14, wrap: true, value: (r) => textOrNull(r.level) },
  { key: "status", header: { "zh-CN": "状态", "en-US": "Status" }, format: "text", maxWidth: 18, value: (r, c) => statusLabel(r.status, c.locale) },
  { key: "next", header: { "zh-CN": "下一职级", "en-US": "Next level" }, format: "text", maxWidth: 16, wrap: true, value: (r) => textOrNull(nextLevels(r)) },
  { key: "score", header: { "zh-CN": "综合得分", "en-US": "Score" }, format: "score", maxWidth: 10, value: (r) => scoreOf(r) },
  { key: "gaps", header: { "zh-CN": "未达标项", "en-US": "Gaps" }, format: "text", maxWidth: 50, wrap: true, value: (r, c) => textOrNull(gapsOf(r, c.locale)) },
  { key: "ready", header: { "zh-CN": "预计达标日期", "en-US": "Ready date" }, format: "date", maxWidth: 14, value: (r) => readyDateOf(r) },
  { key: "years", header: { "zh-CN": "任现职(年)", "en-US": "Years in level" }, format: "years", maxWidth: 12, value: (r) => round2(r.yearsInLevel) },
  { key: "allowance", header: { "zh-CN": "储备津贴(元/月)", "en-US": "Allowance (yuan/month)" }, format: "money", maxWidth: 14, value: (r) => r.allowance },
  { key: "issues", header: { "zh-CN": "数据问题", "en-US": "Data issues" }, format: "text", maxWidth: 50, wrap: true, value: (r) => textOrNull(issuesOf(r)) },
  { key: "signOff", header: { "zh-CN": "主管确认", "en-US": "Manager sign-off" }, format: "text", maxWidth: 16, wrap: true, value: (r, c) => signOffFor(r, c.signOffs, c.locale, nextLevels(r)) },
];

/** The bonus columns (奖金档位, 绩效奖金, 距下一档), before the sign-off column when the policy has bonus tiers. */
export const BONUS_COLUMNS: readonly ReviewColumnSpec[] = [
  { key: "bonusTier", header: { "zh-CN": "奖金档位", "en-US": "Bonus tier" }, format: "text", maxWidth: 10, wrap: true, value: (r) => r.bonus?.tier ?? null },
  { key: "bonus", header: { "zh-CN": "绩效奖金(元/月)", "en-US": "Bonus (yuan/month)" }, format: "money", maxWidth: 14, value: (r) => r.bonus?.amount ?? null },
  {
    key: "bonusNext",
    header: { "zh-CN": "距下一档", "en-US": "Next bonus tier" },
    format: "text",
    maxWidth: 44,
    wrap: true,
    value: (r, c) => (r.bonus ? textOrNull(formatBonus(r.bonus, c.locale)) : null),
  },
];

/**
 * The results sheet's columns for a review with or without bonus tiers (the sign-off column stays last).
 * @example reviewColumns(true).map((c) => c.key).slice(-4) //=> ["bonusTier", "bonus", "bonusNext", "signOff"]
 */
export function reviewColumns(bonus: boolean): readonly ReviewColumnSpec[] {
  return bonus ? [...REVIEW_COLUMNS.slice(0, -1), ...BONUS_COLUMNS, ...REVIEW_COLUMNS.slice(-1)] : REVIEW_COLUMNS;
}

/** The header of the column `key` in both languages. */
function headersOf(key: string): string[] {
  const c = must(REVIEW_COLUMNS.find((x) => x.key === key), `review column ${key}`);
  return [c.header["zh-CN"], c.header["en-US"]];
}

/** Id column headers of the results sheet in any locale. */
export const ID_HEADERS: readonly string[] = headersOf("id");

/** Status column headers of the results sheet in any locale. */
export const STATUS_HEADERS: readonly string[] = headersOf("status");

/** Current-level column headers of the results sheet in any locale. */
export const LEVEL_HEADERS: readonly string[] = headersOf("level");

/** Next-level column headers of the results sheet in any locale. */
export const NEXT_HEADERS: readonly string[] = headersOf("next");

/** Sign-off column headers of the results sheet in any locale. */
export const SIGN_OFF_HEADERS: readonly string[] = headersOf("signOff");

/** Index of the status column (the same with or without bonus columns, which come later). */
export const STATUS_COLUMN = REVIEW_COLUMNS.findIndex((c) => c.key === "status");
