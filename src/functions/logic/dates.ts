/**
 * Dates in formulas: Excel serial numbers in and out, day numbers inside.
 */
import { dayFromIso, dayFromSerial, isoFromDay, localDay, serialFromDay, type Locale } from "../../core";
import { scalarOf } from "./cells";
import { valueError } from "./errors";
import { formulaMessages } from "./messages";

/** Days from 1900-system serials to 1904-system serials: DATE(2000,1,1) is 36526 in one, 35064 in the other. */
export const DAYS_1904 = 1462;

/** A serial of the workbook's date system as a 1900-system serial. */
function to1900(serial: number, date1904: boolean): number {
  return date1904 ? serial + DAYS_1904 : serial;
}

/** Today in the computer's time zone, as a day number (Excel's TODAY() is local too). */
export function localToday(now: Date = new Date()): number {
  return localDay(now);
}

function describe(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

/**
 * The day number of a date argument: an Excel date (serial number of the workbook's date
 * system, see {@link DAYS_1904}), or ISO text
 * `YYYY-MM-DD`. Null for an omitted argument (`null`, `""`, or `0`, which old desktop builds pass
 * for an empty cell).
 * @throws {@link FormulaError} `#VALUE!` naming the argument and value when it is not a date.
 */
export function dayArg(value: unknown, name: string, locale: Locale, date1904 = false): number | null {
  const v = scalarOf(value);
  if (v === null || v === undefined || v === "" || v === 0) return null;
  let day: number | null = null;
  if (typeof v === "number") day = dayFromSerial(to1900(v, date1904));
  else if (typeof v === "string") day = dayFromIso(v.trim());
  if (day !== null) return day;
  throw valueError(formulaMessages(locale).notADate(name, describe(v)));
}

/** The as-of date of a call: the argument, or today when it is omitted. */
export function asOfDay(value: unknown, today: () => number, locale: Locale, date1904 = false): number {
  return dayArg(value, formulaMessages(locale).asOfName, locale, date1904) ?? today();
}

/** ISO text of a day number (the core's as-of format). */
export function isoOf(day: number): string {
  return isoFromDay(day);
}

/**
 * Excel serial number of an ISO date (YYYY-MM-DD), in the workbook's date system.
 * @example
 * serialOfIso("2027-02-12"); // 46430
 * serialOfIso("2027-02-12", true); // 44968 in a 1904-system workbook
 */
export function serialOfIso(iso: string, date1904 = false): number {
  const day = dayFromIso(iso);
  if (day === null) throw new Error(`not an ISO date: ${iso}`);
  return serialFromDay(day) - (date1904 ? DAYS_1904 : 0);
}

