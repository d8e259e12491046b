import * as path from "node:path";
import type ExcelJS from "exceljs";
import { findHeaderRow, type RosterInput } from "../core";
import { readCsvRoster } from "./io/read-csv";
import { loadWorkbook, pickRosterSheet, rosterFromWorksheet } from "./io/read-xlsx";
import { CliError } from "./io/errors";

/** A roster read from disk. */
export interface LoadedRoster {
  readonly file: string;
  readonly input: RosterInput;
  /** The whole workbook for .xlsx input (its sheets are copied into the output), null for CSV. */
  readonly workbook: ExcelJS.Workbook | null;
}

/** Reads a roster from .xlsx (one sheet, by name or the first with a header row) or .csv. */
export async function loadRoster(file: string, sheet?: string): Promise<LoadedRoster> {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".csv") {
    if (sheet !== undefined) throw new CliError(`--sheet does not apply to a CSV file (${file})`);
    const input = await readCsvRoster(file);
    if (!findHeaderRow(input.rows)) {
      throw new CliError(`no roster found in ${file}: no header row in its first 20 lines with 工号/ID, 职级/Level and three other known columns; fix the headers`);
    }
    return { file, input, workbook: null };
  }
  if (ext !== ".xlsx" && ext !== ".xlsm") {
    throw new CliError(`${file}: unsupported file type "${ext || "(none)"}"; use .xlsx or .csv (save .xls as .xlsx in Excel first)`);
  }
  const workbook = await loadWorkbook(file);
  const ws = pickRosterSheet(workbook, sheet);
  return { file, input: rosterFromWorksheet(ws), workbook };
}
