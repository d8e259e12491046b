/**
 * A streamed cell's value two ways: as `workbook.xlsx.readFile` would have loaded it (so the
 * roster reader converts it with the same `cellFromValue` in both modes), and as the streaming
 * copy writes it back (numbers stay numbers under their date format, formulas keep their text
 * and cached result).
 */
import type ExcelJS from "exceljs";
import { excelToDate, isDateFormat, xmlDecode } from "./exceljs-internals";
import { isoDateValue } from "./iso-date";
import { decodeEscapes } from "./xml-text";
import type { ParsedCell, SheetContext } from "./sheet-parser";

/** A cell exceljs would load as present but empty (an unstyled `<c/>`, or a merged cell). */
export const PRESENT_EMPTY: unique symbol = Symbol("present-empty");

/** What a cell loads as: a value, {@link PRESENT_EMPTY}, or undefined for a styled empty cell (exceljs skips it). */
export type LoadedValue = ExcelJS.CellValue | typeof PRESENT_EMPTY | undefined;

/** The cell's style as exceljs attaches it (none for index 0, as exceljs reads `s="0"`). */
export function styleOfCell(cell: ParsedCell, ctx: SheetContext): Partial<ExcelJS.Style> | null {
  return cell.styleId > 0 ? ctx.styleOf(cell.styleId) : null;
}

/** A stored text as the value of its cell type: what formula results and plain cells share. */
function scalarValue(type: ParsedCell["type"], t: string): ExcelJS.CellValue {
  switch (type) {
    case "str":
      return xmlDecode(t);
    case "b":
      return parseInt(t, 10) !== 0;
    case "e":
      return { error: t } as ExcelJS.CellErrorValue;
    case "d":
      return isoDateValue(t);
    default:
      return parseFloat(t);
  }
}

/** A formula's cached result in its stored type (no date conversion), undefined when there is none. */
function rawResult(cell: ParsedCell): ExcelJS.CellValue | undefined {
  const t = cell.text;
  return t === null || t === "" ? undefined : scalarValue(cell.type, t);
}

/** A non-formula cell's value in its stored type, undefined when it has none. */
function rawValue(cell: ParsedCell, ctx: SheetContext): ExcelJS.CellValue | undefined {
  if (cell.runs) return { richText: cell.runs.map((text) => ({ text })) };
  const t = cell.text;
  if (t === null) return undefined;
  if (cell.type === "s") return ctx.sharedStrings[parseInt(t, 10)];
  if (cell.type === "inlineStr") return decodeEscapes(t);
  return scalarValue(cell.type, t);
}

/**
 * The value exceljs's workbook API gives this cell when it loads the file (cell-xform's
 * rules, including its date conversion of any cached result under a date format).
 */
export function loadedValue(cell: ParsedCell, ctx: SheetContext): LoadedValue {
  const style = styleOfCell(cell, ctx);
  const dated = style !== null && isDateFormat(style.numFmt);
  if (cell.hasFormula) {
    let result = rawResult(cell);
    // A text formula's empty cached result is "" (as the workbook reader reads it), not "no result".
    if (result === undefined && cell.type === "str") result = "";
    if (typeof result === "number" && dated) result = excelToDate(result as number, ctx.date1904);
    return { formula: cell.formula ?? "", result } as ExcelJS.CellFormulaValue;
  }
  const value = rawValue(cell, ctx);
  if (value === undefined) return cell.styleId > 0 ? undefined : PRESENT_EMPTY;
  if (typeof value === "number" && dated) return excelToDate(value, ctx.date1904);
  return value;
}

/** Days from the 1900 date system's day 0 to the 1904 system's: a 1904 serial + 1462 is the 1900 serial of the same day. */
const DAYS_1904 = 1462;

/** A number moved from the 1904 date system to the 1900 one, anything else as it is. */
function to1900(value: ExcelJS.CellValue | undefined): ExcelJS.CellValue | undefined {
  return typeof value === "number" ? value + DAYS_1904 : value;
}

/**
 * The value the streaming copy writes: the stored value (a date stays its serial number under
 * its date format), a formula with its cached result (an array formula as an array formula),
 * or only the result of a shared formula whose master was not seen. Null when the cell is empty.
 * The copy is written in the 1900 date system (exceljs's streaming writer has no other), so in a
 * 1904-system workbook a serial under a date format is moved by 1462 days: the same day.
 */
export function copyValue(cell: ParsedCell, ctx: SheetContext): ExcelJS.CellValue {
  const shift = ctx.date1904 && isDateFormat(styleOfCell(cell, ctx)?.numFmt) ? to1900 : (v: ExcelJS.CellValue | undefined) => v;
  if (cell.hasFormula) {
    const result = shift(rawResult(cell));
    if (cell.formula === null) return result ?? null;
    const value: Record<string, unknown> = { formula: cell.formula };
    if (result !== undefined) value.result = result;
    if (cell.arrayRef !== null) {
      value.shareType = "array";
      value.ref = cell.arrayRef;
    }
    return value as unknown as ExcelJS.CellFormulaValue;
  }
  return shift(rawValue(cell, ctx)) ?? null;
}
