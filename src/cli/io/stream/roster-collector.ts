/**
 * Builds a sheet's {@link RosterInput} from streamed rows, with the same result as
 * `rosterFromWorksheet` on the loaded sheet: cells converted by `cellFromValue` (percent
 * formats, dates, errors, rich text, formula results), rows from the first used row, columns
 * from the first used column, merged cells (known only at the end of the part) empty.
 */
import type ExcelJS from "exceljs";
import type { Cell, RosterInput } from "../../../core";
import { cellFromValue } from "../read-xlsx";
import { loadedValue, PRESENT_EMPTY, styleOfCell } from "./cell-values";
import type { ParsedRow, SheetContext } from "./sheet-parser";

/** A merged range's bounds (1-based, inclusive). */
function rangeBounds(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(range.trim());
  if (!m) return null;
  const col = (s: string): number => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [, firstCol = "", firstRow] = m;
  const a = { r: Number(firstRow), c: col(firstCol) };
  const b = m[3] ? { r: Number(m[4]), c: col(m[3]) } : a;
  return { top: Math.min(a.r, b.r), left: Math.min(a.c, b.c), bottom: Math.max(a.r, b.r), right: Math.max(a.c, b.c) };
}

/** Distinct values past which a column stops being interned (ids and names have more). */
const INTERN_LIMIT = 4096;

/**
 * Shares equal texts, dates and percents of one column between rows (the core never changes a
 * cell): a million rows of the same ten departments, levels or hire dates then cost ten values,
 * not a million. A column with more than {@link INTERN_LIMIT} distinct values is left alone.
 */
class ColumnInterner {
  private texts: Map<string, string> | null = new Map();
  private readonly dates = new Map<number, Date>();
  private readonly percents = new Map<number, Cell>();

  intern(v: Cell): Cell {
    if (this.texts === null || v === null || v === undefined || typeof v === "number" || typeof v === "boolean") return v;
    if (typeof v === "string") return this.share(this.texts, v, v);
    if (v instanceof Date) return this.share(this.dates, v.getTime(), v);
    return v.kind === "percent" ? this.share(this.percents, v.value, v) : v;
  }

  private share<K, V extends Cell>(map: Map<K, V>, key: K, v: V): V {
    const seen = map.get(key);
    if (seen !== undefined) return seen;
    if ((this.texts?.size ?? 0) + this.dates.size + this.percents.size >= INTERN_LIMIT) {
      this.texts = null;
      this.dates.clear();
      this.percents.clear();
    } else {
      map.set(key, v);
    }
    return v;
  }
}

/** Collects a sheet's cells as core cells, indexed by sheet row and column. */
export class RosterCollector {
  private readonly interners: ColumnInterner[] = [];
  /** Cells by sheet row (1-based), each by 0-based column; holes are cells exceljs skips. */
  private readonly rows: (Cell[] | undefined)[] = [];
  private firstRow = 0;
  private used = 0;

  /**
   * @param sheet - the sheet's name (cell addresses use it)
   * @param maxRows - keep only this many rows from the first used row (the header search)
   */
  constructor(
    readonly sheet: string,
    private readonly ctx: SheetContext,
    private readonly maxRows = Infinity,
  ) {}

  /** Used rows seen so far, counted from the first used row (blank rows in between included). */
  get rowsSeen(): number {
    return this.used;
  }

  /** True once `maxRows` rows from the first used row have been seen. */
  get full(): boolean {
    return this.used >= this.maxRows;
  }

  /** Adds a row's cells (a row with no cell exceljs would keep is ignored). */
  add(row: ParsedRow): void {
    if (this.firstRow !== 0 && row.r - this.firstRow >= this.maxRows) return;
    let out: Cell[] | undefined;
    for (const c of row.cells) {
      const loaded = loadedValue(c, this.ctx);
      if (loaded === undefined) continue;
      let v: Cell;
      if (loaded === PRESENT_EMPTY) v = null;
      else {
        v = cellFromValue(loaded as ExcelJS.CellValue, styleOfCell(c, this.ctx)?.numFmt);
        if (v === null) continue;
        v = (this.interners[c.col] ??= new ColumnInterner()).intern(v);
      }
      (out ??= this.rows[row.r] ?? [])[c.col - 1] = v;
    }
    if (!out) return;
    this.rows[row.r] = out;
    if (this.firstRow === 0 || row.r < this.firstRow) this.firstRow = row.r;
    this.used = Math.max(this.used, row.r - this.firstRow + 1);
  }

  /** Empties the merged cells other than each range's top-left one (they stay present, as exceljs keeps them). */
  applyMerges(ranges: readonly string[]): void {
    for (const range of ranges) {
      const b = rangeBounds(range);
      if (!b) continue;
      for (let r = b.top; r <= b.bottom; r++) {
        if (this.firstRow !== 0 && r - this.firstRow >= this.maxRows) break;
        for (let c = b.left; c <= b.right; c++) {
          if (r === b.top && c === b.left) continue;
          const row = (this.rows[r] ??= []);
          row[c - 1] = null;
          if (this.firstRow === 0 || r < this.firstRow) this.firstRow = r;
        }
      }
    }
  }

  /**
   * The roster: `rows[0]` is the first used row, each row starts at the first used column and
   * runs to its own last cell, blank rows inside the range are `[]`. The collector is emptied.
   */
  result(): RosterInput {
    if (this.firstRow === 0) return { sheet: this.sheet, rows: [], firstRow: 1, firstColumn: 0 };
    let last = this.rows.length - 1;
    while (last > this.firstRow && this.rows[last] === undefined) last--;
    if (this.maxRows !== Infinity) last = Math.min(last, this.firstRow + this.maxRows - 1);
    let minCol = Infinity;
    for (let r = this.firstRow; r <= last; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let j = 0; j < row.length && j < minCol; j++) {
        if (j in row) {
          minCol = j;
          break;
        }
      }
    }
    const out: Cell[][] = [];
    for (let r = this.firstRow; r <= last; r++) {
      let row = this.rows[r];
      this.rows[r] = undefined;
      if (!row) {
        out.push([]);
        continue;
      }
      if (minCol > 0) row = row.slice(minCol);
      for (let j = 0; j < row.length; j++) if (row[j] === undefined) row[j] = null;
      out.push(row);
    }
    this.rows.length = 0;
    return { sheet: this.sheet, rows: out, firstRow: this.firstRow, firstColumn: minCol };
  }
}
