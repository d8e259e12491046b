/**
 * A raw cell value as a front end hands it to the core.
 *
 * - `string`, `number`, `boolean`: the cell's value as the host gives it (numbers in date
 *   columns are 1900-system serials).
 * - `Date`: a date value (exceljs gives midnight UTC; only UTC getters are used).
 * - `null` / `undefined`: an empty cell.
 * - {@link CellErrorValue}: an Excel error such as `#N/A`.
 * - {@link PercentCell}: a number whose cell is formatted as a percentage (it holds a fraction).
 */
export type Cell = string | number | boolean | Date | null | undefined | CellErrorValue | PercentCell;

/** An Excel error value (`#N/A`, `#REF!`, `#VALUE!`...). */
export interface CellErrorValue {
  readonly kind: "error";
  readonly code: string;
}

/** A number from a cell formatted as a percentage: `value` is the fraction (1.05 = 105%). */
export interface PercentCell {
  readonly kind: "percent";
  readonly value: number;
}

/** Builds an Excel error cell value. */
export function errorCell(code: string): CellErrorValue {
  return { kind: "error", code };
}

/**
 * The error code given to a formula cell saved without its result (openpyxl and other generators
 * write none; Excel computes and stores it when the file is opened and saved): reading it as
 * empty turned eligible employees into 缺少数据 in silence (issue 19).
 */
export const UNCALCULATED = "#UNCALCULATED";

/** Builds a percent-formatted cell value. */
export function percentCell(value: number): PercentCell {
  return { kind: "percent", value };
}

/** True for Excel error cell values. */
export function isErrorCell(cell: Cell): cell is CellErrorValue {
  return typeof cell === "object" && cell !== null && !(cell instanceof Date) && cell.kind === "error";
}

/** True for percent-formatted cell values. */
export function isPercentCell(cell: Cell): cell is PercentCell {
  return typeof cell === "object" && cell !== null && !(cell instanceof Date) && cell.kind === "percent";
}

/** True for an empty cell: null, undefined, or text of only white space. */
export function isEmptyCell(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * Excel's error values by the `errorType` name of its data types JSON: the one list of them.
 * Excel saves an error in a CSV as its literal and `Range.values` gives it as text; both read
 * back as the error.
 * @example EXCEL_ERROR_TYPES.Div0 //=> "#DIV/0!"
 */
export const EXCEL_ERROR_TYPES: Readonly<Record<string, string>> = {
  NotAvailable: "#N/A",
  Value: "#VALUE!",
  Ref: "#REF!",
  Div0: "#DIV/0!",
  Num: "#NUM!",
  Name: "#NAME?",
  Null: "#NULL!",
  Spill: "#SPILL!",
  Calc: "#CALC!",
  Field: "#FIELD!",
  Busy: "#BUSY!",
  Blocked: "#BLOCKED!",
  Connect: "#CONNECT!",
  GettingData: "#GETTING_DATA",
};

/** Excel's error literals (`#N/A`, `#DIV/0!`...): a cell whose text is exactly one of these is that error. */
export const EXCEL_ERROR_LITERALS: ReadonlySet<string> = new Set([...Object.values(EXCEL_ERROR_TYPES), "#UNKNOWN!"]);

/**
 * True for a number format that shows a percentage: a `%` outside quoted text and `\` escapes.
 * @example isPercentFormat("0.0%") //=> true; isPercentFormat('0 "%"') //=> false; isPercentFormat("0\\%") //=> false
 */
export function isPercentFormat(format: unknown): boolean {
  return typeof format === "string" && format.replace(/"[^"]*"|\\./g, "").includes("%");
}
