/**
 * Dates in formulas: Excel serial numbers in and out, day numbers inside.
 */
import { dayFromIso, dayFromSerial, isoFromDay, localDay, serialFromDay, type Locale } from "../../core";
import { scalarOf } from "./cells";
import { valueError } from "./errors";

/** Today in the computer's time zone, as a day number (Excel's TODAY() is local too). */
export function localToday(now: Date = new Date()): number {
  return localDay(now);
}

function describe(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

/**
 * The day number of a date argument: an Excel date (serial number), or ISO text
 * `YYYY-MM-DD`. Null for an omitted argument (`null`, `""`, or `0`, which old desktop builds pass
 * for an empty cell).
 * @throws {@link FormulaError} `#VALUE!` naming the argument and value when it is not a date.
 */
export function dayArg(value: unknown, name: string, locale: Locale): number | null {
  const v = scalarOf(value);
  if (v === null || v === undefined || v === "" || v === 0) return null;
  let day: number | null = null;
  if (typeof v === "number") day = dayFromSerial(v);
  else if (typeof v === "string") day = dayFromIso(v.trim());
  if (day !== null) return day;
  throw valueError(
    locale === "zh-CN"
      ? `${name}“${describe(v)}”不是日期：请输入 Excel 日期，如 DATE(2026,11,23) 或 TODAY()`
      : `${name} ${describe(v)} is not a date: give an Excel date such as DATE(2026,11,23) or TODAY()`,
  );
}

/** The as-of date of a call: the argument, or today when it is omitted. */
export function asOfDay(value: unknown, today: () => number, locale: Locale): number {
  return dayArg(value, locale === "zh-CN" ? "评审日期" : "as-of date", locale) ?? today();
}

/** ISO text of a day number (the core's as-of format). */
export function isoOf(day: number): string {
  return isoFromDay(day);
}

/** Excel serial number of an ISO date (YYYY-MM-DD). */
export function serialOfIso(iso: string): number {
  const day = dayFromIso(iso);
  if (day === null) throw new Error(`not an ISO date: ${iso}`);
  return serialFromDay(day);
}
