/**
 * One roster (core cells, as test/oracle/roster-gen.ts makes them) in the shape each front end
 * receives it:
 * - an .xlsx file for the CLI (exceljs: dates as dates, percent cells as percent-formatted
 *   fractions, Excel error values);
 * - `Range.values` and `Range.numberFormat` for the task pane's adapter (office-addin-mock):
 *   dates as serial numbers with a date format, errors as their text (`#N/A`), empty as "";
 * - custom-function arguments (`any[][]`): serial numbers, "" for empty cells, error objects,
 *   and no number formats at all.
 */
import ExcelJS from "exceljs";
import type { Cell } from "../../src/core";
import { FIELD_TYPE } from "../oracle/reference";

/** A value of `Range.values`. */
export type ExcelValue = string | number | boolean;

/** Excel's serial number (1900 system) of a date exceljs or roster-gen made (UTC). */
export function serialOfDate(d: Date): number {
  return (d.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
}

/** Excel's serial number of a `YYYY-MM-DD` date. */
export function serialOfIso(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}

/** The width of a roster: its widest row. */
export function widthOf(rows: readonly (readonly Cell[])[]): number {
  let width = 1;
  for (const r of rows) width = Math.max(width, r.length); // no spread: a roster can have 1,048,576 rows
  return width;
}

/**
 * Percent cells a custom function can read as the other front ends do. A function is not told a
 * cell's number format: a percent-formatted 105% arrives as 1.05 and is read as 1.05% (except
 * in 销售达成率 columns, where a number in (1, 10] is a fraction). Such cells become the text
 * Excel shows (`105%`), which every front end reads the same; so does a plain number in (1, 10]
 * in a 销售达成率 column. Percent-formatted fractions <= 1 stay as they are.
 * @param columns - the roster's columns (roster-gen's `settings.columns`), by sheet column
 * @param headerIndex - index of the header row (the rows above are title rows)
 */
export function percentsAsFunctionsSeeThem(rows: readonly (readonly Cell[])[], columns: readonly string[], headerIndex: number): Cell[][] {
  return rows.map((row, i) =>
    i <= headerIndex
      ? row.slice()
      : row.map((c, j) => {
          const field = columns[j];
          if (field === undefined || FIELD_TYPE[field] !== "percent") return c;
          if (typeof c === "object" && c !== null && !(c instanceof Date) && c.kind === "percent" && c.value > 1) return `${Number((c.value * 100).toPrecision(12))}%`;
          if (field === "sales" && typeof c === "number" && c > 1 && c <= 10) return `${c}%`;
          return c;
        }),
  );
}

/** Writes the roster to an .xlsx (sheet Sheet1) as Excel would hold it. */
export async function writeXlsx(file: string, rows: readonly (readonly Cell[])[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  rows.forEach((cells, i) =>
    cells.forEach((c, j) => {
      if (c === null || c === undefined) return;
      const cell = ws.getCell(i + 1, j + 1);
      if (c instanceof Date) {
        cell.value = c;
        cell.numFmt = "yyyy-mm-dd hh:mm";
      } else if (typeof c !== "object") {
        cell.value = c;
      } else if (c.kind === "error") {
        cell.value = { error: c.code } as ExcelJS.CellErrorValue;
      } else {
        cell.value = c.value;
        cell.numFmt = "0.0%";
      }
    }),
  );
  await wb.xlsx.writeFile(file);
}

/** The roster as `Range.values` and `Range.numberFormat` of A1:<width x rows> give it. */
export function asRangeValues(rows: readonly (readonly Cell[])[]): { values: ExcelValue[][]; formats: string[][] } {
  const width = widthOf(rows);
  const values: ExcelValue[][] = [];
  const formats: string[][] = [];
  for (const row of rows) {
    const v: ExcelValue[] = [];
    const f: string[] = [];
    for (let j = 0; j < width; j++) {
      const c = row[j];
      if (c === null || c === undefined) {
        v.push("");
        f.push("General");
      } else if (c instanceof Date) {
        v.push(serialOfDate(c));
        f.push("yyyy-mm-dd hh:mm");
      } else if (typeof c !== "object") {
        v.push(c);
        f.push("General");
      } else if (c.kind === "error") {
        v.push(c.code);
        f.push("General");
      } else {
        v.push(c.value);
        f.push("0.0%");
      }
    }
    values.push(v);
    formats.push(f);
  }
  return { values, formats };
}

/**
 * The roster as a custom function receives a range of it: numbers (dates as serials, percents
 * as fractions), text, booleans, "" for empty cells and error objects (`errorValue(code)`).
 */
export function asFunctionArgument(rows: readonly (readonly Cell[])[], errorValue: (code: string) => unknown): unknown[][] {
  const width = widthOf(rows);
  return rows.map((row) =>
    Array.from({ length: width }, (_, j) => {
      const c = row[j];
      if (c === null || c === undefined) return "";
      if (c instanceof Date) return serialOfDate(c);
      if (typeof c !== "object") return c;
      return c.kind === "error" ? errorValue(c.code) : c.value;
    }),
  );
}
