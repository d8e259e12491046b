/**
 * One employee's review in the few values a sheet shows: next level, score, gaps, ready date.
 * The same rules as the CLI's 晋升评审 sheet, so a formula and the review workbook agree.
 */
import { formatGaps, type Locale, type RowResult, type TargetResult } from "../../core";

/** Separator between the gaps of several next levels (a dual ladder) in one cell. */
export const TARGET_SEPARATOR = " | ";

/** Next level(s): the met targets' levels, else every target's level, joined with "/"; "" at the top. */
export function nextLevels(row: RowResult): string {
  const met = row.targets.filter((t) => t.met);
  return (met.length > 0 ? met : row.targets).map((t) => t.level).join("/");
}

/** The target whose composite score is shown: the first met one with a score, else the first with one. */
export function scoreTarget(row: RowResult): TargetResult | undefined {
  return row.targets.find((t) => t.met && t.score !== null) ?? row.targets.find((t) => t.score !== null);
}

/**
 * What is missing while no next level is met: one target's unmet criteria
 * (`任现职 0.75年 < 1年; 客户满意度 93% < 95%`), or each target's prefixed by its level and
 * separated by {@link TARGET_SEPARATOR}; "" when a next level is met or at the top.
 */
export function gapsText(row: RowResult, locale: Locale): string {
  if (row.targets.some((t) => t.met)) return "";
  const unmet = row.targets.filter((t) => t.unmet.length > 0);
  if (unmet.length === 0) return "";
  const [only] = unmet;
  if (row.targets.length === 1 && only) return formatGaps(only.unmet, locale);
  const sep = locale === "zh-CN" ? "：" : ": ";
  return unmet.map((t) => `${t.level}${sep}${formatGaps(t.unmet, locale)}`).join(TARGET_SEPARATOR);
}

/** The ready date shown for a row: the first target that has one (YYYY-MM-DD), or null. */
export function readyDate(row: RowResult): string | null {
  return row.targets.find((t) => t.readyDate !== null)?.readyDate ?? null;
}

/** A row's errors as one text (each message names the header and the value). */
export function errorsText(row: RowResult, locale: Locale): string {
  return row.errors.map((e) => e.message).join(locale === "zh-CN" ? "；" : "; ");
}
