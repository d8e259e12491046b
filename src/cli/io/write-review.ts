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
import { fillPoolSheet, fillReviewSheet, fillSummarySheet } from "./review-sheets";
import { readXlsxKeywords } from "./xlsx-props";
import { guardExcelXml } from "./stream/exceljs-internals";
import type { SummaryInsights } from "../../report";

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
export async function readSignOffs(file: string): Promise<Map<string, string>> {
  // One reader for a file on disk: it streams only the results sheet instead of loading the whole previous output.
  return readSignOffsStreaming(file);
}

/** Sign-offs of a loaded workbook's results sheet. */
function signOffsOfSheet(ws: ExcelJS.Worksheet): Map<string, string> {
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
function excelValue(cell: Cell): ExcelJS.CellValue {
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
function copyRoster(wb: ExcelJS.Workbook, roster: RosterInput): void {
  const ws = wb.addWorksheet(sheetNameFor(roster.sheet, wb));
  const firstRow = roster.firstRow ?? 1;
  const firstColumn = roster.firstColumn ?? 0;
  roster.rows.forEach((cells, i) => {
    if (cells.length === 0) return;
    const row = ws.getRow(firstRow + i);
    cells.forEach((c, j) => {
      if (c === null || c === undefined) return;
      const cell = row.getCell(firstColumn + j + 1);
      cell.value = excelValue(c);
      cell.style = typeof c === "object" && !(c instanceof Date) && c.kind === "percent" ? COPY_PERCENT_STYLE : COPY_STYLE;
    });
  });
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
  if (opts.source === null) {
    wb.creator = "PromoLadder";
    wb.created = new Date();
    if (opts.sourceRows) copyRoster(wb, opts.sourceRows);
  }
  const owned = new Set(isProductKeywords(wb.keywords) ? ownedSheetNames(wb.keywords) : []);
  const existing = new Set(wb.worksheets.map((s) => s.name));
  const signOffs = new Map<string, string>();
  const names: string[] = [];
  const placed: (ExcelJS.Worksheet & Ordered)[] = [];
  for (const kind of KINDS) {
    const name = chooseSheetName(PRODUCT_SHEETS[kind], existing, owned, new Set(names));
    names.push(name);
    const old = wb.worksheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) as (ExcelJS.Worksheet & Ordered) | undefined;
    let orderNo: number | undefined;
    if (old) {
      if (kind === "review") for (const [k, v] of signOffsOfSheet(old)) signOffs.set(k, v);
      orderNo = old.orderNo;
      removeSheet(wb, old);
    }
    const ws = wb.addWorksheet(name) as ExcelJS.Worksheet & Ordered;
    if (orderNo !== undefined) ws.orderNo = orderNo; // a replaced sheet keeps its place
    placed.push(ws);
  }
  for (const [k, v] of opts.signOffs ?? []) signOffs.set(k, v);
  fillReviewSheet(placed[0]!, opts.review, opts.locale, signOffs);
  fillPoolSheet(placed[1]!, opts.review, opts.locale);
  fillSummarySheet(placed[2]!, opts.review, opts.locale, opts.insights);
  // exceljs read the roster's dropdowns cell by cell and would write them back as overlapping ranges.
  for (const ws of wb.worksheets) if (!placed.includes(ws)) coalesceValidations(ws);
  wb.keywords = stampKeywords(wb.keywords, names);
  wb.lastModifiedBy = "PromoLadder";
  wb.modified = new Date();
  await saveAtomically(wb, opts.outPath);
  return names;
}
