/**
 * The managers' sign-offs (主管确认) of a results sheet: one rule for a loaded worksheet
 * (`write-review.ts`) and for streamed rows, which read a million-row output without loading it.
 */
import type ExcelJS from "exceljs";
import type { Cell } from "../../../core";
import { CliError, hasErrorCode } from "../errors";
import { isCopiedRoster, isProductKeywords, ownedSheetNames, PRODUCT_SHEETS } from "../ownership";
import { cellFromValue } from "../read-xlsx";
import { ID_HEADERS, SIGN_OFF_HEADERS } from "../review-sheets";
import { BONUS_COLUMNS, LEVEL_HEADERS, NEXT_HEADERS, REVIEW_COLUMNS, SignOffs, STATUS_HEADERS } from "../../../report";
import { columnLetters } from "../../../core/read/columns";
import { readXlsxKeywords } from "../xlsx-props";
import { loadedValue, PRESENT_EMPTY } from "./cell-values";
import type { ParsedRow, SheetContext, SheetVisitor } from "./sheet-parser";
import { streamWorkbook } from "./workbook-stream";
import { must } from "../../../core/util/must";

/** Every header the product writes on a results sheet, in both languages. */
const PRODUCT_HEADERS: ReadonlySet<string> = new Set([...REVIEW_COLUMNS, ...BONUS_COLUMNS].flatMap((c) => [c.header["zh-CN"], c.header["en-US"]]));

/** Rows searched for the header row. */
const HEADER_ROWS = 10;

/** A sign-off cell as text (dates as YYYY-MM-DD); empty -> "". */
function signOffText(value: ExcelJS.CellValue): string {
  const cell: Cell = cellFromValue(value);
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isFinite(cell.getTime()) ? cell.toISOString().slice(0, 10) : "";
  if (typeof cell === "object") return cell.kind === "error" ? cell.code : String(cell.value);
  return String(cell).trim();
}

/** The review date in a results sheet's title (`… · 评审日期 2026-11-23 · …`, `… · as of 2026-11-23 · …`). */
const TITLE_DATE = /(?:评审日期|as of) (\d{4}-\d{2}-\d{2})/;

/**
 * Collects `id -> sign-off` from the rows of a results sheet, top to bottom, each row as its
 * values by 1-based column: the header row (工号/ID and 主管确认/Manager sign-off) within the
 * first 10 rows with values, then every row with both. With each sign-off it keeps the decision
 * it sat next to (当前职级, 状态, 下一职级 of its row) and the review date of the sheet's title,
 * so that a re-run carries it only while that decision holds (see `SignOffs`).
 */
export class SignOffCollector {
  readonly map = new SignOffs();
  private idCol = 0;
  private signCol = 0;
  private levelCol = 0;
  private statusCol = 0;
  private nextCol = 0;
  private seen = 0;
  /** Header texts by column of the header row (the product's and any the user added). */
  private headers = new Map<number, string>();
  /** Columns with a header that is not one of the product's, by header: whether any row below has a value. */
  private readonly added = new Map<number, { header: string; used: boolean }>();
  /** Columns without a header to the right of the product's with a value below (typed beside the table). */
  private readonly unnamed = new Set<number>();

  /** Columns the user added to the sheet that hold a value: `header (L)`, in column order. */
  addedColumns(): string[] {
    const out: [number, string][] = [];
    for (const [col, a] of this.added) if (a.used) out.push([col, `${a.header}（${columnLetters(col - 1)}）`]);
    for (const col of this.unnamed) out.push([col, columnLetters(col - 1)]);
    return out.sort((a, b) => a[0] - b[0]).map(([, t]) => t);
  }

  add(values: ReadonlyMap<number, ExcelJS.CellValue>): void {
    if (values.size === 0) return; // as exceljs's eachRow, which skips rows without values
    if (this.idCol === 0) {
      if (++this.seen > HEADER_ROWS) return;
      const found = { id: 0, sign: 0, level: 0, status: 0, next: 0 };
      for (const [col, v] of [...values].sort((a, b) => a[0] - b[0])) {
        const t = signOffText(v);
        if (found.id === 0 && ID_HEADERS.includes(t)) found.id = col;
        if (found.sign === 0 && SIGN_OFF_HEADERS.includes(t)) found.sign = col;
        if (found.level === 0 && LEVEL_HEADERS.includes(t)) found.level = col;
        if (found.status === 0 && STATUS_HEADERS.includes(t)) found.status = col;
        if (found.next === 0 && NEXT_HEADERS.includes(t)) found.next = col;
        const date = this.map.asOf === null ? TITLE_DATE.exec(t) : null;
        if (date) this.map.asOf = must(date[1], "title date");
      }
      if (found.id > 0 && found.sign > 0) {
        this.headers = new Map([...values].map(([col, v]) => [col, signOffText(v)]));
        for (const [col, header] of this.headers) if (header !== "" && !PRODUCT_HEADERS.has(header)) this.added.set(col, { header, used: false });
        this.idCol = found.id;
        this.signCol = found.sign;
        this.levelCol = found.level;
        this.statusCol = found.status;
        this.nextCol = found.next;
      }
      return;
    }
    for (const [col, v] of values) {
      const added = this.added.get(col);
      if (added) added.used ||= signOffText(v) !== "";
      else if (!this.headers.has(col) && col > this.signCol && signOffText(v) !== "") this.unnamed.add(col);
    }
    const id = signOffText(values.get(this.idCol) ?? null);
    const signOff = signOffText(values.get(this.signCol) ?? null);
    if (id === "" || signOff === "") return;
    const text = (col: number): string => signOffText(values.get(col) ?? null);
    const decided = this.statusCol > 0 && this.levelCol > 0;
    this.map.record(id, signOff, decided ? { level: text(this.levelCol), status: text(this.statusCol), next: this.nextCol > 0 ? text(this.nextCol) : "" } : undefined);
  }
}

/** Collects `id -> sign-off` from streamed rows of a results sheet. */
export class SignOffVisitor implements SheetVisitor {
  private readonly collector = new SignOffCollector();

  constructor(private readonly ctx: SheetContext) {}

  get map(): SignOffs {
    return this.collector.map;
  }

  /** See {@link SignOffCollector.addedColumns}. */
  addedColumns(): string[] {
    return this.collector.addedColumns();
  }

  row(row: ParsedRow): void {
    const values = new Map<number, ExcelJS.CellValue>();
    for (const c of row.cells) {
      const v = loadedValue(c, this.ctx);
      if (v !== undefined) values.set(c.col, v === PRESENT_EMPTY ? null : (v as ExcelJS.CellValue));
    }
    this.collector.add(values);
  }
}

/**
 * Reads the sign-offs of an existing PromoLadder output by streaming only its results sheet.
 * An empty map when the file does not exist or is not a PromoLadder output.
 * @throws {@link CliError} when it is a PromoLadder output that cannot be read
 */
export async function readSignOffsStreaming(file: string): Promise<SignOffs> {
  let keywords: string | null;
  try {
    keywords = await readXlsxKeywords(file);
  } catch (error) {
    if (hasErrorCode(error, "ENOENT", "ENOTDIR")) return new SignOffs();
    throw error;
  }
  if (keywords === null || !isProductKeywords(keywords)) return new SignOffs();
  const sheetName = ownedSheetNames(keywords)[0] ?? PRODUCT_SHEETS.review;
  let collector: SignOffVisitor | null = null;
  let names: string[] = [];
  try {
    await streamWorkbook(file, {
      start: (all) => void (names = all.map((i) => i.name)),
      sheet: (info, ctx) => (info.name === sheetName ? (collector = new SignOffVisitor(ctx)) : null),
    });
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    throw new CliError((m) => m.signOffs(file, detail));
  }
  const found = (collector as SignOffVisitor | null)?.map ?? new SignOffs();
  found.previous = { file, sheets: names, owned: [...ownedSheetNames(keywords), ...names.filter((n) => isCopiedRoster(keywords, n))], reviewSheet: sheetName, addedColumns: (collector as SignOffVisitor | null)?.addedColumns() ?? [] };
  return found;
}
