/** Conversions between Office.js range values and the core's cells. */
import { dayFromIso, errorCell, EXCEL_ERROR_LITERALS as ERROR_TEXTS, isPercentFormat, percentCell, serialFromDay, type Cell } from "../core";
import type { ColumnFormat, ReportValue } from "../report";
import type { WireValue } from "./payload";


/** Days from 1900-system serials to 1904-system serials (DATE(2000,1,1): 36526 and 35064). */
const DAYS_1904 = 1462;

/** The open workbook counts dates from 1904 (set from the policy watcher's read, see office-port.ts). */
let workbookDate1904 = false;

/**
 * Tells the adapter the open workbook's date system: in a 1904-system workbook, date-formatted
 * numbers are read as 1904 serials and dates are written as 1904 serials.
 * @example
 * setWorkbookDateSystem(watcher.uses1904());
 */
export function setWorkbookDateSystem(date1904: boolean): void {
  workbookDate1904 = date1904;
}

/**
 * True for a number format that shows a date: a year or day code outside quoted text, escapes
 * and bracketed parts (`yyyy-mm-dd`, `yyyy"年"m"月"d"日"`, `m/d/yy`); `General` is not one.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || /^(general|standard)$/i.test(format.trim())) return false;
  return /[yd]/i.test(format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ""));
}

/** The date a 1904-system serial shows (the core reads Dates as they are). */
function dateOf1904(serial: number): Date | number {
  return serial >= 0 ? new Date(Date.UTC(1904, 0, 1) + Math.floor(serial) * 86_400_000) : serial;
}

/**
 * A core cell from a `Range.values` value and its number format: `""` is empty, an error text
 * (`#N/A`) is an error cell, a number formatted as a percentage is a percent cell (it holds the
 * fraction); other numbers (date serials included), texts and booleans pass through. The pane's
 * read of a sheet; a PROMO formula's argument is read by `cellFromArgument` (src/functions).
 * @example
 * cellFromRange(0.95, "0.0%") //=> { kind: "percent", value: 0.95 }
 */
export function cellFromRange(value: unknown, format: unknown): Cell {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string") return ERROR_TEXTS.has(value) ? errorCell(value) : value;
  if (typeof value === "number") {
    if (isPercentFormat(format)) return percentCell(value);
    return workbookDate1904 && isDateFormat(format) ? dateOf1904(value) : value;
  }
  if (typeof value === "boolean") return value;
  return String(value);
}

/** Excel's serial number of a `YYYY-MM-DD` date in the workbook's date system, or null. */
export function serialFromIso(iso: string): number | null {
  const day = dayFromIso(iso);
  return day === null ? null : serialFromDay(day) - (workbookDate1904 ? DAYS_1904 : 0);
}

/** Strings Excel would read as a formula when written through `Range.values`. */
const FORMULA_START = /^[=+\-@]/;

/**
 * A report value as written through `Range.values`: empty as `""`, dates as serial numbers; a
 * text that would start a formula gets a leading `'` unless its column is text-formatted (`@`,
 * where Excel keeps it as typed). The CLI's counterpart for exceljs is `exceljsValue` (src/cli/io/write-review.ts).
 * @example
 * rangeValue("=1+1", "general") //=> "'=1+1"
 */
export function rangeValue(v: ReportValue, format: ColumnFormat): WireValue {
  if (v === null) return "";
  if (typeof v === "string") {
    if (format === "date") return serialFromIso(v) ?? v;
    if (format !== "text" && FORMULA_START.test(v)) return `'${v}`;
  }
  return v;
}
