import * as path from "node:path";
import type ExcelJS from "exceljs";
import { columnMessages, explainHeaderless, fieldLabel, findHeaderRow, type Locale, type MappingOverride, type RosterInput } from "../core";
import { readCsvRoster } from "./io/read-csv";
import { loadWorkbook, pickRosterSheet, rosterFromWorksheet } from "./io/read-xlsx";
import { CliError } from "./io/errors";
import { isProductSheetName } from "./io/ownership";
import { withTightHeap } from "./io/stream/heap";
import { streamRoster } from "./io/stream/read-roster-stream";
import { cliMessages } from "./messages";

/** Rows searched for the header row. */
const HEADER_SEARCH_ROWS = 20;

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

/** How a roster is read: the user's column mapping and the language of the messages. */
export interface LoadOptions {
  readonly mapping?: MappingOverride;
  readonly locale?: Locale;
}

/**
 * The error for rows without a header row: `lead` (naming the file), the headers seen, what they
 * lack, and how to map a column; one line.
 */
function headerlessError(lead: string | CliError, input: RosterInput, o: LoadOptions): CliError {
  const why = explainHeaderless(input.rows, HEADER_SEARCH_ROWS, o.mapping, input.firstColumn ?? 0);
  const likely = why.missing.find((f) => f.suggestion !== null);
  return new CliError(
    (m) => {
      const map = likely?.suggestion ? `${fieldLabel(likely.field, m.locale)}=${likely.suggestion.header}` : null;
      const head = typeof lead === "string" ? lead : lead.text(m.locale);
      return `${head}${m.then}${columnMessages(m.locale).headerless(input.sheet, why, input.firstRow ?? 1)}${m.headerlessHint(map)}`;
    },
    2,
    "noRoster",
  );
}

/**
 * Reads a CSV roster and checks that it has a header row (with the user's mapping applied).
 * @throws {@link CliError} for `--sheet` (CSV has no sheets), an unreadable file or no header row (naming the headers seen)
 */
export async function loadCsv(file: string, sheet?: string, o: LoadOptions = {}): Promise<RosterInput> {
  if (sheet !== undefined) throw new CliError(cliMessages(o.locale ?? "zh-CN").csvSheet(file));
  const input = await readCsvRoster(file);
  if (!findHeaderRow(input.rows, HEADER_SEARCH_ROWS, o.mapping)) throw headerlessError(file, input, o);
  return input;
}

/**
 * The roster's worksheet: `--sheet`, else the first sheet (visible first, product sheets skipped)
 * with a header row once the user's mapping is applied; when none has one, the error names the
 * headers of the sheet most like a roster.
 */
function chooseSheet(workbook: ExcelJS.Workbook, sheet: string | undefined, o: LoadOptions): ExcelJS.Worksheet {
  let refused: unknown = null;
  try {
    return pickRosterSheet(workbook, sheet);
  } catch (error) {
    if (sheet !== undefined || !(error instanceof CliError)) throw error;
    refused = error;
  }
  const candidates = workbook.worksheets.filter((s) => !isProductSheetName(s.name));
  const ordered = [...candidates.filter((s) => s.state === "visible" || s.state === undefined), ...candidates.filter((s) => s.state !== "visible" && s.state !== undefined)];
  const inputs = ordered.map((ws) => ({ ws, input: rosterFromWorksheet(ws, HEADER_SEARCH_ROWS) }));
  const found = inputs.find((c) => findHeaderRow(c.input.rows, HEADER_SEARCH_ROWS, o.mapping) !== null);
  if (found) return found.ws;
  const first = inputs.find((c) => c.input.rows.length > 0);
  if (!first) throw refused; // no worksheets, or all empty: the reader's own message says so
  throw headerlessError(refused as CliError, first.input, o);
}

/**
 * Reads a roster from .xlsx (one sheet, by name or the first with a header row) or .csv.
 * @param stream - read an .xlsx with the streaming reader (bounded memory, no workbook kept)
 */
export async function loadRoster(file: string, sheet?: string, stream = false, o: LoadOptions = {}): Promise<LoadedRoster> {
  if (path.extname(file).toLowerCase() === ".csv") return { file, input: await loadCsv(file, sheet, o), workbook: null, streamed: false };
  assertRosterType(file);
  if (stream) {
    const streamed = await withTightHeap(() => streamRoster(file, sheet !== undefined ? { sheet } : {}));
    return { file, input: streamed.input, workbook: streamed.policyBook, streamed: true };
  }
  const workbook = await loadWorkbook(file);
  const ws = chooseSheet(workbook, sheet, o);
  return { file, input: rosterFromWorksheet(ws), workbook, streamed: false };
}

/** The file type check of {@link loadRoster}, for callers that read the file another way. */
export function assertRosterType(file: string): void {
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".csv" && ext !== ".xlsx" && ext !== ".xlsm") {
    throw new CliError((m) => m.unsupportedType(file, ext));
  }
}
