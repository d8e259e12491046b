/**
 * Writing the review workbook: the input's sheets unchanged plus 晋升评审, 人才库 and 晋升汇总,
 * saved atomically; reading back the managers' sign-offs of a previous output.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { coalesceValidations } from "./data-validations";
import { writeAtomically } from "./atomic-write";
import { csvSheetName, excelText } from "./excel-text";
import type { Cell, Locale, Review, RosterInput } from "../../core";
import { CliError, hasErrorCode } from "./errors";
import { chooseSheetName, isProductKeywords, ownedSheetNames, PRODUCT_SHEETS, stampKeywords, type ProductSheetKind } from "./ownership";
import { readSignOffsStreaming, SignOffCollector } from "./stream/sign-offs";
import { fillPoolSheet, fillReviewSheet, fillSummarySheet, renderSheet } from "./review-sheets";
import { readXlsxKeywords } from "./xlsx-props";
import { inputMessage } from "./messages";
import { guardExcelXml } from "./stream/exceljs-internals";
import { SignOffs, type ReportSheet, type SummaryInsights } from "../../report";
import { terminalSafe } from "../terminal";
import { must } from "../../core/util/must";

export { EXCEL_MAX_TEXT, excelText } from "./excel-text";
export { removeStaleTemps, tempPathFor } from "./atomic-write";

// Text such as U+FFFF or a literal `_x0041_` must not break or change the written XML (issue 19).
guardExcelXml();

/** What {@link writeReviewWorkbook} writes. */
export interface WriteReviewOptions {
  readonly review: Review;
  /**
   * The loaded input workbook (its sheets are kept unchanged; the product's sheets are added
   * to this object, which must not be reused afterwards), or null for CSV input.
   */
  readonly source: ExcelJS.Workbook | null;
  /** The roster as read; for CSV input (`source` null) it is copied into a sheet named after the file. */
  readonly sourceRows?: RosterInput;
  readonly outPath: string;
  readonly locale: Locale;
  /** Managers' sign-offs by employee id, carried into the 主管确认 column. */
  readonly signOffs?: ReadonlyMap<string, string>;
  /** The roster file: writing over it is refused. */
  readonly inputPath?: string;
  /** Near misses, 9-box and fairness for the summary sheet (see `summaryInsights`). */
  readonly insights?: SummaryInsights;
  /** Sheets written after 晋升汇总 (继任梯队, 发展计划), replaced like the others on a re-run. */
  readonly extraSheets?: readonly ReportSheet[];
}

const KINDS: readonly ProductSheetKind[] = ["review", "pool", "summary"];

/** True when `a` and `b` name the same file (same resolved path, or the same inode). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino && sa.ino !== 0;
  } catch {
    return false;
  }
}

async function refuseInput(outPath: string, inputPath: string | undefined): Promise<void> {
  if (inputPath !== undefined && (await isSameFile(outPath, inputPath))) {
    throw new CliError((m) => m.outIsRoster(outPath));
  }
}

/**
 * Checks that `outPath` may be written: it is not the input file, and it either does not exist
 * or is a PromoLadder output (its keywords say so).
 * @throws {@link CliError} telling the user to pick another --out
 */
export async function assertOverwritable(outPath: string, inputPath?: string): Promise<void> {
  await refuseInput(outPath, inputPath);
  let stat;
  try {
    stat = await fs.stat(outPath);
  } catch (error) {
    if (hasErrorCode(error, "ENOENT")) return;
    if (hasErrorCode(error, "ELOOP")) throw new CliError(inputMessage("linkLoop", { file: outPath }));
    throw error;
  }
  if (stat.isDirectory()) throw new CliError((m) => m.outIsFolder(outPath));
  const keywords = await readXlsxKeywords(outPath);
  if (keywords === null || !isProductKeywords(keywords)) {
    throw new CliError((m) => m.outForeign(outPath));
  }
}

/**
 * Reads the 主管确认 (sign-off) column, by 工号 (or the English headers), of the results sheet
 * of an existing PromoLadder output. An empty map when the file does not exist or is not a
 * PromoLadder output (checked from its keywords without loading it).
 * @throws {@link CliError} when it is a PromoLadder output that cannot be read
 */
export async function readSignOffs(file: string): Promise<SignOffs> {
  // One reader for a file on disk: it streams only the results sheet instead of loading the whole previous output.
  return readSignOffsStreaming(file);
}

/**
 * Refuses to replace a previous output that holds what the user added (issue 19, class 13): a
 * sheet PromoLadder did not write and the roster does not have (a re-run rebuilds the output
 * from the roster, so it would be dropped), or a column with values added to the results sheet.
 * With `discard` (`--discard-edits`) the run goes on and says on one line what it dropped.
 * @param rosterSheets - the sheets the new output copies from the roster (for a CSV, its sheet)
 * @throws {@link CliError} naming the output, the sheets and the columns, unless `discard`
 * @example
 * assertNothingAdded(await readSignOffs(out), ["名单"], false) // throws when out has a sheet "面谈记录"
 */
export function assertNothingAdded(previous: SignOffs, rosterSheets: readonly string[], discard: boolean): void {
  const p = previous.previous;
  if (p === null) return;
  const kept = new Set([...p.owned, ...rosterSheets].map((n) => n.toLowerCase()));
  const sheets = p.sheets.filter((n) => !kept.has(n.toLowerCase()));
  if (sheets.length === 0 && p.addedColumns.length === 0) return;
  const args = {
    file: p.file,
    sheets: sheets.length > 0 ? sheets.map((n) => `“${n}”`).join("、") : "-",
    columns: p.addedColumns.length > 0 ? p.addedColumns.map((c) => `“${c}”`).join("、") : "-",
    review: p.reviewSheet,
  };
  if (!discard) throw new CliError(terminalSafe(inputMessage("userEdits", args)));
  process.stderr.write(`promo: ${terminalSafe(inputMessage("userEditsDiscarded", args))}\n`);
}

/**
 * One line on stderr when sign-offs were not carried because the decision they were given for
 * changed (the 主管确认 cells say so, see `signOffFor`).
 */
export function noteStaleSignOffs(signOffs: SignOffs, sheet: string): void {
  if (signOffs.stale.size === 0) return;
  const ids = [...signOffs.stale];
  const shown = ids.length > 10 ? `${ids.slice(0, 10).join(", ")}…` : ids.join(", ");
  process.stderr.write(`promo: ${inputMessage("staleSignOffs", { count: ids.length, ids: terminalSafe(shown), sheet })}\n`);
}

/** Sign-offs of a loaded workbook's results sheet. */
function signOffsOfSheet(ws: ExcelJS.Worksheet): SignOffs {
  const collector = new SignOffCollector();
  ws.eachRow((row) => {
    const values = new Map<number, ExcelJS.CellValue>();
    row.eachCell((cell, col) => values.set(col, cell.value));
    collector.add(values);
  });
  return collector.map;
}

/** A file name made into a valid, unused sheet name (no `[]:*?/\`, at most 31 characters). */
function sheetNameFor(name: string, wb: ExcelJS.Workbook): string {
  const clean = csvSheetName(name);
  let candidate = clean;
  for (let n = 2; wb.getWorksheet(candidate) !== undefined; n++) candidate = `${clean.slice(0, 31 - String(n).length - 3)} (${n})`;
  return candidate;
}

/** An exceljs value for a core cell (text stays text, cut to what a cell holds). */
function exceljsValue(cell: Cell): ExcelJS.CellValue {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") return excelText(cell);
  if (cell instanceof Date || typeof cell !== "object") return cell;
  if (cell.kind === "error") return { error: cell.code } as ExcelJS.CellErrorValue;
  return cell.value;
}

/** Shared cell styles of a copied roster (exceljs saves fast only when styles are shared objects). */
const COPY_STYLE: Partial<ExcelJS.Style> = {};
const COPY_PERCENT_STYLE: Partial<ExcelJS.Style> = { numFmt: "0.00%" };

/** Copies a roster (from CSV) into a new sheet at its original rows and columns. */
function copyRoster(wb: ExcelJS.Workbook, roster: RosterInput): string {
  const ws = wb.addWorksheet(sheetNameFor(roster.sheet, wb));
  const firstRow = roster.firstRow ?? 1;
  const firstColumn = roster.firstColumn ?? 0;
  roster.rows.forEach((cells, i) => {
    if (cells.length === 0) return;
    const row = ws.getRow(firstRow + i);
    cells.forEach((c, j) => {
      if (c === null || c === undefined) return;
      const cell = row.getCell(firstColumn + j + 1);
      cell.value = exceljsValue(c);
      cell.style = typeof c === "object" && !(c instanceof Date) && c.kind === "percent" ? COPY_PERCENT_STYLE : COPY_STYLE;
    });
  });
  return ws.name;
}

/** Removes a sheet and any defined names that point into it. */
function removeSheet(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const name = ws.name;
  wb.removeWorksheet(ws.id);
  const quoted = `'${name.replace(/'/g, "''")}'!`;
  const model = wb.definedNames.model;
  const kept = model.filter((d) => !d.ranges.some((r) => r.startsWith(quoted) || r.startsWith(`${name}!`)));
  if (kept.length !== model.length) wb.definedNames.model = kept;
}

type Ordered = { orderNo?: number };

/**
 * Writes `wb` to a temp file beside `outPath`, then renames it over `outPath` (first removing
 * temp files that killed runs left beside it).
 */
async function saveAtomically(wb: ExcelJS.Workbook, outPath: string): Promise<void> {
  await writeAtomically(outPath, (stream) => wb.xlsx.write(stream));
}

/**
 * Writes the review workbook to `outPath`: the input's sheets unchanged (the loaded source
 * workbook, or for CSV a sheet with the roster), plus 晋升评审 (results), 人才库 (talent pool)
 * and 晋升汇总 (summary). A sheet of that name is replaced only when the workbook's keywords say
 * PromoLadder wrote it (its sign-offs are carried over, `signOffs` winning); otherwise the
 * product's sheet is written as `晋升评审 (2)` etc. The keywords then name the sheets written.
 * The file is written to `.<name>.<pid>.tmp` beside `outPath` and renamed over it.
 * Does not check that an existing `outPath` may be overwritten: call {@link assertOverwritable}.
 * @returns the names of the results, talent-pool and summary sheets written
 * @throws {@link CliError} when `outPath` is the input file or cannot be written
 */
export async function writeReviewWorkbook(opts: WriteReviewOptions): Promise<string[]> {
  await refuseInput(opts.outPath, opts.inputPath);
  const wb = opts.source ?? new ExcelJS.Workbook();
  let copied: string | undefined;
  if (opts.source === null) {
    wb.creator = "PromoLadder";
    wb.created = new Date();
    if (opts.sourceRows) copied = copyRoster(wb, opts.sourceRows);
  }
  const owned = new Set(isProductKeywords(wb.keywords) ? ownedSheetNames(wb.keywords) : []);
  const existing = new Set(wb.worksheets.map((s) => s.name));
  const signOffs = new SignOffs();
  const names: string[] = [];
  const placed: (ExcelJS.Worksheet & Ordered)[] = [];
  const bases = [...KINDS.map((k) => PRODUCT_SHEETS[k]), ...(opts.extraSheets ?? []).map((s) => s.baseName)];
  for (const [i, base] of bases.entries()) {
    const kind = KINDS[i];
    const name = chooseSheetName(base, existing, owned, new Set(names));
    names.push(name);
    const old = wb.worksheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) as (ExcelJS.Worksheet & Ordered) | undefined;
    let orderNo: number | undefined;
    if (old) {
      if (kind === "review") signOffs.absorb(signOffsOfSheet(old));
      orderNo = old.orderNo;
      removeSheet(wb, old);
    }
    const ws = wb.addWorksheet(name) as ExcelJS.Worksheet & Ordered;
    if (orderNo !== undefined) ws.orderNo = orderNo; // a replaced sheet keeps its place
    placed.push(ws);
  }
  signOffs.absorb(opts.signOffs);
  fillReviewSheet(must(placed[0], "the review sheet"), opts.review, opts.locale, signOffs);
  fillPoolSheet(must(placed[1], "the pool sheet"), opts.review, opts.locale);
  fillSummarySheet(must(placed[2], "the summary sheet"), opts.review, opts.locale, opts.insights);
  (opts.extraSheets ?? []).forEach((sheet, i) => renderSheet(must(placed[KINDS.length + i], `extra sheet ${i}`), sheet));
  // exceljs read the roster's dropdowns cell by cell and would write them back as overlapping ranges.
  for (const ws of wb.worksheets) if (!placed.includes(ws)) coalesceValidations(ws);
  wb.keywords = stampKeywords(wb.keywords, names, copied);
  wb.lastModifiedBy = "PromoLadder";
  wb.modified = new Date();
  await saveAtomically(wb, opts.outPath);
  noteStaleSignOffs(signOffs, must(names[0], "the review sheet's name"));
  return names;
}
