import * as path from "node:path";
import type ExcelJS from "exceljs";
import { findHeaderRow, type RosterInput } from "../core";
import { readCsvRoster } from "./io/read-csv";
import { loadWorkbook, pickRosterSheet, rosterFromWorksheet } from "./io/read-xlsx";
import { CliError } from "./io/errors";
import { withTightHeap } from "./io/stream/heap";
import { streamRoster } from "./io/stream/read-roster-stream";

/** A roster read from disk. */
export interface LoadedRoster {
  readonly file: string;
  readonly input: RosterInput;
  /**
   * For .xlsx input, the workbook: the whole of it (its sheets are copied into the output), or
   * when the roster was streamed a stand-in with every sheet's name and only the policy sheets'
   * cells (for `resolvePolicy`). Null for CSV.
   */
  readonly workbook: ExcelJS.Workbook | null;
  /** True when the roster was streamed (`workbook` is then the stand-in). */
  readonly streamed: boolean;
}

/**
 * Reads a CSV roster and checks that it has a header row.
 * @throws {@link CliError} for `--sheet` (CSV has no sheets), an unreadable file or no header row
 */
export async function loadCsv(file: string, sheet?: string): Promise<RosterInput> {
  if (sheet !== undefined) throw new CliError(`--sheet does not apply to a CSV file (${file})`);
  const input = await readCsvRoster(file);
  if (!findHeaderRow(input.rows)) {
    throw new CliError(`no roster found in ${file}: no header row in its first 20 lines with 工号/ID, 职级/Level and three other known columns; fix the headers`);
  }
  return input;
}

/**
 * Reads a roster from .xlsx (one sheet, by name or the first with a header row) or .csv.
 * @param stream - read an .xlsx with the streaming reader (bounded memory, no workbook kept)
 */
export async function loadRoster(file: string, sheet?: string, stream = false): Promise<LoadedRoster> {
  if (path.extname(file).toLowerCase() === ".csv") return { file, input: await loadCsv(file, sheet), workbook: null, streamed: false };
  assertRosterType(file);
  if (stream) {
    const streamed = await withTightHeap(() => streamRoster(file, sheet !== undefined ? { sheet } : {}));
    return { file, input: streamed.input, workbook: streamed.policyBook, streamed: true };
  }
  const workbook = await loadWorkbook(file);
  const ws = pickRosterSheet(workbook, sheet);
  return { file, input: rosterFromWorksheet(ws), workbook, streamed: false };
}

/** The file type check of {@link loadRoster}, for callers that read the file another way. */
export function assertRosterType(file: string): void {
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".csv" && ext !== ".xlsx" && ext !== ".xlsm") {
    throw new CliError(`${file}: unsupported file type "${ext || "(none)"}"; use .xlsx or .csv (save .xls as .xlsx in Excel first)`);
  }
}
