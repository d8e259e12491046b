/**
 * Data validations (dropdowns) in exceljs worksheets, kept as whole ranges.
 *
 * exceljs reads a validation range as one entry per cell and, on writing, merges the cells back
 * in text order of their addresses (E10 before E2), which writes overlapping ranges (E10:E105
 * and E2:E105) that spreadsheet programs reject or half-apply (exceljs issue #2820). Writing
 * range entries avoids the merge.
 */
import type ExcelJS from "exceljs";
import { must } from "../../core/util/must";

/** The worksheet's validation model: an address or range -> validation (exceljs keeps it untyped). */
type ValidationModel = Record<string, ExcelJS.DataValidation | undefined>;

function modelOf(ws: ExcelJS.Worksheet): { model: ValidationModel } {
  return (ws as unknown as { dataValidations: { model: ValidationModel } }).dataValidations;
}

/** Puts one validation on a column range, e.g. `addValidation(ws, "E", 2, 105, v)`. */
export function addValidation(ws: ExcelJS.Worksheet, column: string, fromRow: number, toRow: number, validation: ExcelJS.DataValidation): void {
  modelOf(ws).model[fromRow === toRow ? `${column}${fromRow}` : `${column}${fromRow}:${column}${toRow}`] = validation;
}

/**
 * Rewrites per-cell validations as column ranges (runs of consecutive rows with the same
 * validation), so exceljs writes each range once. Range entries are kept as they are.
 */
export function coalesceValidations(ws: ExcelJS.Worksheet): void {
  const holder = modelOf(ws);
  const out: ValidationModel = {};
  const runs = new Map<string, { column: string; validation: ExcelJS.DataValidation; rows: number[] }>();
  for (const [address, validation] of Object.entries(holder.model)) {
    if (!validation) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) {
      out[address] = validation;
      continue;
    }
    const key = `${m[1]}\u0000${JSON.stringify(validation)}`;
    const run = runs.get(key) ?? { column: must(m[1], "column letters"), validation, rows: [] };
    run.rows.push(Number(m[2]));
    runs.set(key, run);
  }
  for (const { column, validation, rows } of runs.values()) {
    rows.sort((a, b) => a - b);
    for (let i = 0; i < rows.length; ) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === must(rows[j], `row ${j}`) + 1) j++;
      out[rows[i] === rows[j] ? `${column}${rows[i]}` : `${column}${rows[i]}:${column}${rows[j]}`] = validation;
      i = j + 1;
    }
  }
  holder.model = out;
}
