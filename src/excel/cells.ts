/** Conversions between Office.js range values and the core's cells. */
import { dayFromIso, errorCell, EXCEL_ERROR_LITERALS as ERROR_TEXTS, isPercentFormat, percentCell, serialFromDay, type Cell } from "../core";
import type { ColumnFormat, ReportValue } from "../report";
import type { WireValue } from "./payload";

/**
 * A core cell from a `Range.values` value and its number format: `""` is empty, an error text
 * (`#N/A`) is an error cell, a number formatted as a percentage is a percent cell (it holds the
 * fraction); other numbers (date serials included), texts and booleans pass through.
 */
export function cellFromExcel(value: unknown, format: unknown): Cell {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string") return ERROR_TEXTS.has(value) ? errorCell(value) : value;
  if (typeof value === "number") return isPercentFormat(format) ? percentCell(value) : value;
  if (typeof value === "boolean") return value;
  return String(value);
}

/** Excel's serial number of a `YYYY-MM-DD` date (1900 system), or null. */
export function serialFromIso(iso: string): number | null {
  const day = dayFromIso(iso);
  return day === null ? null : serialFromDay(day);
}

/** Strings Excel would read as a formula when written through `Range.values`. */
const FORMULA_START = /^[=+\-@]/;

/**
 * A report value as written through `Range.values`: empty as `""`, dates as serial numbers; a
 * text that would start a formula gets a leading `'` unless its column is text-formatted (`@`,
 * where Excel keeps it as typed).
 */
export function excelValue(v: ReportValue, format: ColumnFormat): WireValue {
  if (v === null) return "";
  if (typeof v === "string") {
    if (format === "date") return serialFromIso(v) ?? v;
    if (format !== "text" && FORMULA_START.test(v)) return `'${v}`;
  }
  return v;
}
