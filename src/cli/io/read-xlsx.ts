/**
 * Reading .xlsx rosters with the exceljs workbook API (fine up to ~100k rows).
 */
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { errorCell, findHeaderRow, isPercentFormat, percentCell, UNCALCULATED, type Cell, type RosterInput } from "../../core";
export { isPercentFormat } from "../../core";
import { CliError, hasErrorCode } from "./errors";
import type { CliMessages } from "../messages";
import { isProductSheetName } from "./ownership";
import { CraftedFileError } from "./messages";
import { EXCEL_MAX_ROW } from "./stream/sheet-parser";
import { assertSharedStringBudget } from "./stream/workbook-stream";
import { decodeInlineStrings, fixSheetNamesOnRead, readIsoDateCells, tolerateUnknownDrawings } from "./stream/exceljs-internals";
import { excelSheetNames } from "./excel-text";
import { estimateCells } from "./stream/mode";
import { isoDateValue } from "./stream/iso-date";

// exceljs reads ISO date cells (t="d") through parseFloat: read them as dates (issue 19).
readIsoDateCells(isoDateValue);
// Inline strings decode `_xHHHH_` as shared strings do (a literal `_x0041_` is written `_x005F_x0041_`; issue 19).
decodeInlineStrings();
// Sheet names over 31 characters (crafted files) are cut here, whole characters, before exceljs sees them (issue 19).
fixSheetNamesOnRead(excelSheetNames);
// A drawing exceljs cannot parse (a chart sheet's, in a default namespace) must not make the roster unreadable (issue 19).
tolerateUnknownDrawings();

/**
 * The most cells (estimated from the declared sheet sizes, see `estimateCells`) loaded whole: at
 * ~2.5 KB a cell (docs/streaming.md) 2 million cells need about 5 GB. A 1.6 MB zip bomb of 10
 * million rows ran for over 400 s at 2.6 GB and rising; past this it is refused at once.
 */
export const WORKBOOK_MAX_CELLS = 2_000_000;

/** OLE/CFB signature: encrypted (password-protected) .xlsx files and legacy .xls files. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Zip local-file header and empty-archive signatures. */
const ZIP_SIGNATURES = [Buffer.from("PK\x03\x04", "latin1"), Buffer.from("PK\x05\x06", "latin1")];

/** Rows the header-row search looks at (catalogue §6). */
const HEADER_SEARCH_ROWS = 20;

/** The file each workbook loaded by {@link loadWorkbook} came from, for messages naming it. */
const SOURCE_FILE = new WeakMap<ExcelJS.Workbook, string>();

function damaged(path: string, detail: string): CliError {
  return new CliError((m) => m.cannotOpen(path, detail));
}

/** Reads the first bytes of a file, turning file-system errors into {@link CliError}s. */
async function readHead(path: string, length: number): Promise<Buffer> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, "r");
  } catch (error) {
    if (hasErrorCode(error, "ENOENT", "ENOTDIR")) throw new CliError((m) => m.fileNotFound(path));
    if (hasErrorCode(error, "EACCES", "EPERM")) throw new CliError((m) => m.cannotRead(path));
    throw error;
  }
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    if (hasErrorCode(error, "EISDIR")) throw new CliError((m) => m.isFolder(path));
    throw error;
  } finally {
    await handle.close();
  }
}

/**
 * Loads a whole .xlsx workbook.
 * @throws {@link CliError} `file not found: <path>` when it does not exist; a message naming the
 *   file and saying it may be password-protected or damaged when it is not a readable .xlsx
 *   (encrypted workbooks and old .xls files are OLE files starting with D0 CF 11 E0).
 */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  await assertXlsxFile(path);
  const cells = await estimateCells(path);
  if (cells > WORKBOOK_MAX_CELLS) throw new CliError((m) => m.input("tooLargeForWorkbook", { file: path, cells: cells.toLocaleString("en-US") }));
  const workbook = new ExcelJS.Workbook();
  try {
    await assertSharedStringBudget(path);
    await workbook.xlsx.readFile(path);
    assertRowsWithinExcel(workbook);
    dropHugeProperties(workbook);
  } catch (error) {
    if (error instanceof CraftedFileError) throw new CliError((m) => m.input(error.key, { ...error.args, file: path }));
    throw damagedWorkbook(path, error);
  }
  SOURCE_FILE.set(workbook, path);
  return workbook;
}

/** The longest document property kept (a title or keywords of megabytes is a core.xml bomb). */
const PROPERTY_MAX = 8192;

/**
 * Empties document properties longer than {@link PROPERTY_MAX} characters, so that a core.xml
 * bomb (64 MB of title) is not written back into the review workbook.
 */
function dropHugeProperties(workbook: ExcelJS.Workbook): void {
  const props = workbook as unknown as Record<string, unknown>;
  for (const key of ["title", "subject", "description", "keywords", "category", "creator", "lastModifiedBy", "company", "manager"]) {
    const v = props[key];
    if (typeof v === "string" && v.length > PROPERTY_MAX) props[key] = "";
  }
}

/** Refuses a loaded workbook with a row past Excel's last (exceljs accepts any row number). */
function assertRowsWithinExcel(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) if (ws.rowCount > EXCEL_MAX_ROW) throw new CraftedFileError("rowBeyondLimit", { row: ws.rowCount });
}

/**
 * Checks that a file exists and starts like an .xlsx (a zip), with {@link loadWorkbook}'s
 * messages; the streaming reader (`stream/`) calls it before reading.
 */
export async function assertXlsxFile(path: string): Promise<void> {
  const head = await readHead(path, 8);
  if (head.length >= 4 && head.subarray(0, 4).equals(OLE_SIGNATURE.subarray(0, 4))) {
    throw new CliError((m) => m.encryptedOrXls(path));
  }
  if (head.length < 4 || !ZIP_SIGNATURES.some((s) => head.subarray(0, 4).equals(s))) {
    throw new CliError((m) => m.notXlsx(path));
  }
}

/** The error for a workbook that failed to read (password-protected or damaged), naming the file. */
export function damagedWorkbook(path: string, error: unknown): CliError {
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return damaged(path, reason ?? "unreadable");
}

/** Names `path` in {@link pickRosterSheet}'s messages about `wb` (a stand-in for a streamed workbook). */
export function noteSourceFile(wb: ExcelJS.Workbook, path: string): void {
  SOURCE_FILE.set(wb, path);
}


function richTextOf(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((r) => r.text).join("");
}

/**
 * Converts an exceljs cell value to a core {@link Cell}: percent-formatted numbers become
 * percent cells, formulas give their cached result, rich text and hyperlinks their text, Excel
 * errors error cells. Unknown object values are treated as empty.
 */
export function cellFromValue(value: ExcelJS.CellValue, numFmt?: string): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return isPercentFormat(numFmt) ? percentCell(value) : value;
  if (typeof value === "string" || typeof value === "boolean" || value instanceof Date) return value;
  if ("error" in value) return errorCell(value.error);
  if ("richText" in value) return richTextOf(value);
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? errorCell(UNCALCULATED) : cellFromValue(result, numFmt);
  }
  if ("hyperlink" in value) {
    const text: unknown = value.text;
    if (typeof text === "string") return text;
    if (typeof text === "object" && text !== null && "richText" in text) return richTextOf(text as ExcelJS.CellRichTextValue);
    return value.hyperlink;
  }
  return null;
}

/** One cell's value for the core: merged slave cells are empty (the master holds the value). */
function readCell(cell: ExcelJS.Cell): Cell {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  if (cell.isMerged && cell.master !== cell) return null;
  // exceljs's `cell.value` drops a formula's cached 0, false or "" (its copy keeps truthy fields only); `cell.result` keeps it.
  // A formula saved without its result (openpyxl...) is an error naming the cell, never empty.
  if (cell.type === ExcelJS.ValueType.Formula) return cell.result === undefined ? errorCell(UNCALCULATED) : cellFromValue(cell.result as ExcelJS.CellValue, cell.numFmt);
  return cellFromValue(cell.value, cell.numFmt);
}

/**
 * Reads the used range of a worksheet. `rows[0]` is the first used row (`firstRow`), each row
 * starts at the first used column (`firstColumn`) and runs to its own last used cell; empty
 * rows inside the range are `[]`.
 * @param maxRows - read only this many rows from the first used row (header search)
 */
export function rosterFromWorksheet(ws: ExcelJS.Worksheet, maxRows = Infinity): RosterInput {
  const sparse: { r: number; cols: number[]; cells: Cell[] }[] = [];
  let firstRow = 0;
  let minCol = Infinity;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (firstRow !== 0 && r - firstRow >= maxRows) return;
    const cols: number[] = [];
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = readCell(cell);
      if (v === null && cell.type !== ExcelJS.ValueType.Merge) return;
      cols.push(c);
      cells.push(v);
    });
    const [firstCol] = cols;
    if (firstCol === undefined) return;
    if (firstRow === 0) firstRow = r;
    if (r - firstRow >= maxRows) return;
    minCol = Math.min(minCol, firstCol);
    sparse.push({ r, cols, cells });
  });
  if (sparse.length === 0) return { sheet: ws.name, rows: [], firstRow: 1, firstColumn: 0 };
  const rows: Cell[][] = [];
  for (const { r, cols, cells } of sparse) {
    while (rows.length < r - firstRow) rows.push([]);
    const out: Cell[] = [];
    cols.forEach((c, k) => (out[c - minCol] = cells[k] ?? null));
    for (let j = 0; j < out.length; j++) if (out[j] === undefined) out[j] = null;
    rows.push(out);
  }
  return { sheet: ws.name, rows, firstRow, firstColumn: minCol - 1 };
}

/** True when one of the sheet's first 20 used rows is a roster header row. */
function hasHeaderRow(ws: ExcelJS.Worksheet): boolean {
  return findHeaderRow(rosterFromWorksheet(ws, HEADER_SEARCH_ROWS).rows, HEADER_SEARCH_ROWS) !== null;
}

/**
 * The worksheet holding the roster: the one named `name` (exact, else ignoring case and
 * surrounding spaces), or the first sheet whose first 20 rows contain a header row (visible
 * sheets before hidden ones), skipping the sheets PromoLadder writes (晋升评审, 人才库, 晋升汇总
 * and their numbered variants).
 * @throws {@link CliError} for an unknown name (listing the sheets) or when no sheet qualifies
 *   (naming the file when the workbook came from {@link loadWorkbook}).
 */
export function pickRosterSheet(wb: ExcelJS.Workbook, name?: string): ExcelJS.Worksheet {
  const sheets = wb.worksheets;
  const names = sheets.map((s) => s.name);
  const file = SOURCE_FILE.get(wb) ?? null;
  if (sheets.length === 0) throw new CliError((m) => m.noWorksheets(file), 2, "noRoster");
  if (name !== undefined) {
    const wanted = name.trim().toLowerCase();
    const ws = sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.trim().toLowerCase() === wanted);
    if (!ws) throw new CliError((m) => m.noSheetNamed(name, file, names));
    return ws;
  }
  const candidates = sheets.filter((s) => !isProductSheetName(s.name));
  const ordered = [...candidates.filter((s) => s.state === "visible" || s.state === undefined), ...candidates.filter((s) => s.state !== "visible" && s.state !== undefined)];
  const found = ordered.find(hasHeaderRow);
  if (found) return found;
  const quoteList = (list: readonly string[]): string => list.map((n) => `"${n}"`).join(", ");
  // A roster sheet the user named 晋升评审 (a name PromoLadder gives its own sheets) is skipped: say so, and how to read it.
  const skipped = sheets.filter((s) => isProductSheetName(s.name)).map((s) => s.name);
  const [first] = skipped;
  if (first !== undefined && candidates.length === 0) throw new CliError((m) => m.input("onlyProductSheets", { file: file ?? "", sheets: quoteList(skipped), first }), 2, "noRoster");
  const note = (m: CliMessages): string => (first !== undefined ? ` ${m.input("productSheetsSkipped", { sheets: quoteList(skipped), first })}` : "");
  throw new CliError((m) => m.noHeaderSheet(file, candidates.map((s) => s.name)) + note(m), 2, "noRoster");
}
