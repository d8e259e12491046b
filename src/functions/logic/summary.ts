/**
 * One employee's review in the few values a sheet shows: next level, score, gaps, ready date.
 * The same rules as the CLI's 晋升评审 sheet, so a formula and the review workbook agree.
 */
import type { Locale, RowResult } from "../../core";
import { gapsOf } from "../../report";
import { formulaMessages } from "./messages";

// One home for these rules: the results sheet's (src/report/review-columns.ts).
export { nextLevels, readyDateOf as readyDate, scoreTargetOf as scoreTarget } from "../../report";

/** Separator between the gaps of several next levels (a dual ladder) in one cell. */
export const TARGET_SEPARATOR = " | ";

/**
 * What is missing while no next level is met, as {@link gapsOf} words it for the results sheet,
 * the gaps of several next levels separated by {@link TARGET_SEPARATOR} in one cell.
 * @example
 * gapsText(row, "zh-CN") // "任现职 0.75年 < 1年；客户满意度 93% < 95%"
 */
export function gapsText(row: RowResult, locale: Locale): string {
  return gapsOf(row, locale, TARGET_SEPARATOR);
}

/** A row's errors as one text (each message names the header and the value). */
export function errorsText(row: RowResult, locale: Locale): string {
  return row.errors.map((e) => e.message).join(formulaMessages(locale).clauseSep);
}
