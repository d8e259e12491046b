/**
 * Excel argument values -> core {@link Cell}s.
 *
 * Excel hands a custom function its ranges as `any[][]`: numbers (dates are serial numbers),
 * strings, booleans, `""` or `null` (or `0` on old desktop builds) for empty cells, and, with
 * `allowErrorForDataTypeAny`, error values as objects. An omitted optional argument is `null`.
 */
import { errorCell, fieldDef, EXCEL_ERROR_LITERALS as ERROR_LITERALS, EXCEL_ERROR_TYPES as ERROR_TYPES, isPercentFormat, percentCell, type Cell } from "../../core";

function errorCodeOf(value: object): string | null {
  const v = value as Record<string, unknown>;
  if (typeof v.code === "string" && v.code.startsWith("#")) return v.code; // CustomFunctions.Error
  if (v.type === "Error" || v.basicType === "Error") {
    if (typeof v.basicValue === "string" && v.basicValue.startsWith("#")) return v.basicValue;
    if (typeof v.errorType === "string") return ERROR_TYPES[v.errorType] ?? "#VALUE!";
    return "#VALUE!";
  }
  if (typeof v.errorType === "string") return ERROR_TYPES[v.errorType] ?? "#VALUE!";
  return null;
}

/**
 * One Excel argument value as a core cell:
 * - `null`, `undefined`, `""` -> empty; numbers, booleans and text as they are
 * - an error value (a `CustomFunctions.Error`-like `{code: "#N/A"}`, a data-types error
 *   `{type: "Error", basicValue: "#N/A"}`) or the exact text of an error literal -> error cell
 * - a formatted number data type whose format shows a percentage -> percent cell (a fraction)
 * - other data types -> their `basicValue`
 *
 * (A sheet read by the pane, value and number format apart, goes through `cellFromRange` in src/excel.)
 * @example
 * cellFromArgument({ type: "Double", basicValue: 0.95, numberFormat: "0.0%" }) //=> { kind: "percent", value: 0.95 }
 */
export function cellFromArgument(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return ERROR_LITERALS.has(value) ? errorCell(value) : value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    const code = errorCodeOf(value);
    if (code !== null) return errorCell(code);
    const v = value as Record<string, unknown>;
    if (typeof v.basicValue === "number") {
      const format = typeof v.numberFormat === "string" ? v.numberFormat : "";
      return isPercentFormat(format) ? percentCell(v.basicValue) : v.basicValue;
    }
    if (typeof v.basicValue === "string" || typeof v.basicValue === "boolean") return v.basicValue;
  }
  return null;
}

/** True for an omitted optional argument or an empty cell passed for one. */
export function isOmitted(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  if (Array.isArray(value)) {
    if (value.length === 0) return true;
    if (value.length === 1 && Array.isArray(value[0])) {
      const row = value[0] as unknown[];
      return row.length === 0 || (row.length === 1 && isOmitted(row[0]));
    }
  }
  return false;
}

/** A scalar argument: a 1x1 matrix's value, or the value itself. */
export function scalarOf(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && (value[0] as unknown[]).length === 1) {
    return (value[0] as unknown[])[0];
  }
  return value;
}

/** True when a matrix argument is a range of more than one cell. */
export function isMultiCell(value: unknown): value is unknown[][] {
  return Array.isArray(value) && (value.length > 1 || (Array.isArray(value[0]) && (value[0] as unknown[]).length > 1));
}

/**
 * Fields whose percentages are often above 100% (sales attainment, 销售达成率).
 *
 * Excel does not tell a custom function a cell's number format: a percent-formatted 105%
 * arrives as the number 1.05, which the catalogue's rule for plain numbers (> 1 is in percent
 * points) would read as 1.05%. In these columns a number above 1 and up to
 * {@link ATTAINMENT_FRACTION_MAX} is therefore read as a fraction (1.05 = 105%, as the CLI reads
 * the same percent-formatted cell); larger numbers stay percent points (105 = 105%).
 */
export const ATTAINMENT_FIELDS: ReadonlySet<string> = new Set(["sales"]);

/** The largest number read as a fraction in an attainment column (10 = 1000%). */
export const ATTAINMENT_FRACTION_MAX = 10;

/** {@link cellFromArgument} for a cell of an attainment column (see {@link ATTAINMENT_FIELDS}). */
export function attainmentCell(value: unknown): Cell {
  const cell = cellFromArgument(value);
  return typeof cell === "number" && cell > 1 && cell <= ATTAINMENT_FRACTION_MAX ? percentCell(cell) : cell;
}

/**
 * A date cell's value from a 1904-system workbook as the date it shows (the core reads numbers as
 * 1900-system serials, and dates as they are). Other values pass through.
 * @example
 * cellFrom1904(44968); // Date 2027-02-12 (46430 in a 1900-system workbook)
 */
export function cellFrom1904(cell: unknown): unknown {
  if (typeof cell !== "number" || !Number.isFinite(cell) || cell < 0) return cell;
  return new Date(Date.UTC(1904, 0, 1) + Math.floor(cell) * 86_400_000);
}

/** {@link cellFromArgument} for a date column of a 1904-system workbook: numbers become the dates they show. */
function date1904Cell(value: unknown): Cell {
  return cellFromArgument(cellFrom1904(value));
}

/**
 * How each column of a header row's fields is read from Excel values; in a 1904-system workbook
 * the serials of date columns are read as 1904 serials.
 */
export function columnReaders(fields: ReadonlyArray<string | null>, date1904 = false): ((value: unknown) => Cell)[] {
  return fields.map((f) => {
    if (f !== null && ATTAINMENT_FIELDS.has(f)) return attainmentCell;
    if (date1904 && f !== null && fieldDef(f)?.type === "date") return date1904Cell;
    return cellFromArgument;
  });
}
