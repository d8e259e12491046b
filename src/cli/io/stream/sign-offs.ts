/**
 * The managers' sign-offs (主管确认) of a results sheet: one rule for a loaded worksheet
 * (`write-review.ts`) and for streamed rows, which read a million-row output without loading it.
 */
import type ExcelJS from "exceljs";
import type { Cell } from "../../../core";
import { CliError, hasErrorCode } from "../errors";
import { isProductKeywords, ownedSheetNames, PRODUCT_SHEETS } from "../ownership";
import { cellFromValue } from "../read-xlsx";
import { ID_HEADERS, SIGN_OFF_HEADERS } from "../review-sheets";
import { readXlsxKeywords } from "../xlsx-props";
import { loadedValue, PRESENT_EMPTY } from "./cell-values";
import type { ParsedRow, SheetContext, SheetVisitor } from "./sheet-parser";
import { streamWorkbook } from "./workbook-stream";

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

/**
 * Collects `id -> sign-off` from the rows of a results sheet, top to bottom, each row as its
 * values by 1-based column: the header row (工号/ID and 主管确认/Manager sign-off) within the
 * first 10 rows with values, then every row with both.
 */
export class SignOffCollector {
  readonly map = new Map<string, string>();
  private idCol = 0;
  private signCol = 0;
  private seen = 0;

  add(values: ReadonlyMap<number, ExcelJS.CellValue>): void {
    if (values.size === 0) return; // as exceljs's eachRow, which skips rows without values
    if (this.idCol === 0) {
      if (++this.seen > HEADER_ROWS) return;
      let id = 0;
      let sign = 0;
      for (const [col, v] of [...values].sort((a, b) => a[0] - b[0])) {
        const t = signOffText(v);
        if (id === 0 && ID_HEADERS.includes(t)) id = col;
        if (sign === 0 && SIGN_OFF_HEADERS.includes(t)) sign = col;
      }
      if (id > 0 && sign > 0) {
        this.idCol = id;
        this.signCol = sign;
      }
      return;
    }
    const id = signOffText(values.get(this.idCol) ?? null);
    const signOff = signOffText(values.get(this.signCol) ?? null);
    if (id !== "" && signOff !== "") this.map.set(id, signOff);
  }
}

/** Collects `id -> sign-off` from streamed rows of a results sheet. */
export class SignOffVisitor implements SheetVisitor {
  private readonly collector = new SignOffCollector();

  constructor(private readonly ctx: SheetContext) {}

  get map(): Map<string, string> {
    return this.collector.map;
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
export async function readSignOffsStreaming(file: string): Promise<Map<string, string>> {
  let keywords: string | null;
  try {
    keywords = await readXlsxKeywords(file);
  } catch (error) {
    if (hasErrorCode(error, "ENOENT", "ENOTDIR")) return new Map();
    throw error;
  }
  if (keywords === null || !isProductKeywords(keywords)) return new Map();
  const sheetName = ownedSheetNames(keywords)[0] ?? PRODUCT_SHEETS.review;
  let collector: SignOffVisitor | null = null;
  try {
    await streamWorkbook(file, {
      sheet: (info, ctx) => (info.name === sheetName ? (collector = new SignOffVisitor(ctx)) : null),
    });
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    throw new CliError((m) => m.signOffs(file, detail));
  }
  return (collector as SignOffVisitor | null)?.map ?? new Map();
}
