/**
 * Reading policy sheets cell by cell: positions, header rows, and the issues found on the way.
 */
import type { Cell } from "../../model/cell";
import type { Locale } from "../../i18n/locale";
import { cellAddress } from "../../read/columns";
import { isFailure } from "../../read/failure";
import { readText } from "../../read/text";
import { issueMessage, type IssueDetail } from "./messages";
import type { PolicySheetIssue, SheetData } from "./types";

/** A cell of a policy sheet: 0-based row and column. `order` sorts sheets in issue lists. */
export interface Pos {
  readonly sheet: string;
  readonly order: number;
  readonly row: number;
  readonly col: number;
}

/** The Excel address of a position (`规则!F7`). */
export function addressOf(pos: Pos): string {
  return cellAddress(pos.sheet, pos.col, pos.row + 1);
}

/** A policy sheet being read, with its place in issue lists. */
export class Grid {
  constructor(
    readonly data: SheetData,
    readonly order: number,
  ) {}

  /** The sheet's name, as cell addresses use it. */
  get name(): string {
    return this.data.name;
  }

  /** Number of rows (empty trailing rows included). */
  get rowCount(): number {
    return this.data.rows.length;
  }

  /** The position of a cell of this sheet (0-based row and column). */
  pos(row: number, col: number): Pos {
    return { sheet: this.data.name, order: this.order, row, col };
  }

  /** The cell's value; empty outside the data or for an absent column. */
  cell(row: number, col: number | undefined): Cell {
    if (col === undefined || col < 0) return null;
    return this.data.rows[row]?.[col] ?? null;
  }

  /** The cell as trimmed text (numbers as plain digits), or null when empty or unreadable. */
  text(row: number, col: number | undefined): string | null {
    const t = readText(this.cell(row, col));
    return typeof t === "string" ? t : null;
  }

  /** True when the cell is empty or white space. */
  blank(row: number, col: number | undefined): boolean {
    const c = this.cell(row, col);
    return c === null || c === undefined || (typeof c === "string" && c.trim() === "");
  }
}

/** A header row found in a sheet: its row and the column of each key it names. */
export interface HeaderRow<K extends string> {
  readonly row: number;
  readonly cols: ReadonlyMap<K, number>;
}

/** Rows searched for a header row (a title may sit above it). */
const HEADER_ROWS = 10;

/**
 * The header row of a table: the first of the first 10 rows naming every `required` column,
 * else the row naming the most columns (so missing ones can be reported), else row 1.
 * Each key keeps its leftmost column.
 */
export function findHeaderRow<K extends string>(grid: Grid, columnOf: (text: string) => K | null, required: readonly K[]): HeaderRow<K> {
  let best: HeaderRow<K> = { row: 0, cols: new Map() };
  for (let r = 0; r < Math.min(HEADER_ROWS, grid.rowCount); r++) {
    const cols = new Map<K, number>();
    const width = grid.data.rows[r]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      const t = grid.text(r, c);
      const key = t === null ? null : columnOf(t);
      if (key !== null && !cols.has(key)) cols.set(key, c);
    }
    if (required.every((k) => cols.has(k))) return { row: r, cols };
    if (cols.size > best.cols.size) best = { row: r, cols };
  }
  return best;
}

interface RawIssue {
  readonly pos: Pos;
  readonly code: string;
  readonly detail: IssueDetail;
}

/** Issues found while reading, each on a cell; one per cell and code. */
export class IssueList {
  private readonly list: RawIssue[] = [];
  private readonly seen = new Set<string>();

  /** Records an issue on a cell (a second one with the same cell and code is dropped). */
  add(pos: Pos, code: string, detail: IssueDetail = {}): void {
    const key = `${addressOf(pos)}\u0000${code}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ pos, code, detail });
  }

  /** Number of issues recorded. */
  get size(): number {
    return this.list.length;
  }

  /**
   * The issues in sheet order, then row, then column, with messages in `locale`.
   * @param context - facts every message may use (the workbook's sheet names)
   */
  toIssues(locale: Locale, context: IssueDetail = {}): PolicySheetIssue[] {
    return [...this.list]
      .sort((a, b) => a.pos.order - b.pos.order || a.pos.row - b.pos.row || a.pos.col - b.pos.col)
      .map((i) => ({ cell: addressOf(i.pos), code: i.code, message: issueMessage(i.code, { ...context, ...i.detail }, locale) }));
  }
}

/** The text of a cell for a message: as typed, or empty. */
export function shown(cell: Cell): string {
  const t = readText(cell);
  if (typeof t === "string") return t;
  if (isFailure(t) && typeof cell === "object" && cell !== null && !(cell instanceof Date) && cell.kind === "error") return cell.code;
  return "";
}

/**
 * Where each part of the policy being built came from: model paths (`steps/3/paths/0/...`) to
 * cells. A lookup falls back to the longest registered prefix.
 */
export class SourceMap {
  private readonly map = new Map<string, Pos>();

  /** Records where a model path came from. */
  set(path: readonly (string | number)[], pos: Pos): void {
    this.map.set(path.join("/"), pos);
  }

  /** The cell of a model path, or of its longest recorded prefix. */
  get(path: readonly (string | number)[]): Pos | undefined {
    for (let n = path.length; n > 0; n--) {
      const pos = this.map.get(path.slice(0, n).join("/"));
      if (pos) return pos;
    }
    return undefined;
  }
}
