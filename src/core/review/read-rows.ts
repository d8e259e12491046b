/**
 * Reads roster rows into a review's slot store in one pass, row by row: each row array is
 * visited once while it is in the CPU cache (a pass per column costs a cache miss per row and
 * column on a large roster). The key cells (工号, 职级, 部门) are resolved in the same pass.
 */
import { isEmptyCell, type Cell } from "../model/cell";
import { slotOf } from "../model/facts";
import { exactBooleanToken } from "../read/boolean";
import { EXCEL_EPOCH, LAST_SERIAL } from "../evaluate/calendar";
import { isBad, LAZY_BOOLEAN, LAZY_NUMBER, LAZY_SERIAL, shortcutNumber, storeValue, textAt, textColumn, wholeColumn, type SlotStore } from "../evaluate/slot-store";
import type { DuplicateFinder } from "../util/duplicates";
import type { TextMemo } from "../util/text-memo";
import type { ColumnPlan } from "./column-plan";

const TEXT = 0;
const RANGE = 1;
const SERIAL = 2;
const BOOLEAN = 3;
const GENERAL = 4;

const NO_COLUMN = new Float64Array(0);

const ID = slotOf("id");
const LEVEL = slotOf("level");
const DEPT = slotOf("dept");

/** A problem with a row's key cells or an unreadable cell, reported to the review. */
export interface RowIssues {
  /** The cell of planned column `k` in data row `r` is unreadable. */
  unreadable(k: number, r: number): void;
  emptyId(r: number): void;
  emptyLevel(r: number): void;
  /** The level text of row `r` names no level of the policy. */
  unknownLevel(text: string, r: number): void;
}

/** Where the key cells go: 工号 to the duplicate check, levels and departments as codes. */
export interface RowKeys {
  readonly ids: DuplicateFinder;
  readonly levelOf: TextMemo<number>;
  readonly deptOf: TextMemo<number>;
  /** Level index per data row (-1 unknown or empty). */
  readonly level: Int32Array;
  /** Department code per data row (see `deptOf`; empty text included). */
  readonly dept: Int32Array;
}

/** True when a character is surely not white space (ASCII printable or CJK). */
function visible(code: number): boolean {
  return (code > 32 && code < 127) || (code >= 0x4e00 && code <= 0x9fff);
}

/** True when every cell of a row is empty (catalogue §6: blank rows are skipped). */
export function isBlankRow(cells: ReadonlyArray<unknown> | undefined): boolean {
  if (!cells) return true;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k];
    if (c === null || c === undefined) continue;
    if (typeof c !== "string" || visible(c.charCodeAt(0)) || !isEmptyCell(c)) return false;
  }
  return true;
}

/** The text a text cell reads as, when it is a string (trimmed; null when only white space). */
function trimmedText(t: string): string | null {
  if (visible(t.charCodeAt(0)) && visible(t.charCodeAt(t.length - 1))) return t;
  const u = t.trim();
  return u === "" ? null : u;
}

/**
 * Reads the planned columns of a roster into a store. Cells most rosters hold take a shortcut
 * giving exactly their reader's result (numbers from Excel within range, date serials after the
 * 1900 leap-year bug, trimmed strings, listed yes/no tokens); any other cell goes to the reader.
 * A text left as it is in the roster is not copied when the store refers to the roster.
 */
export class RowReader {
  private readonly kind: Uint8Array;
  private readonly index: Int32Array;
  private readonly slot: Int32Array;
  private readonly min: Float64Array;
  private readonly max: Float64Array;
  private readonly out: Float64Array[];
  /** Numbers are stored only for the rows this reader reads (see `SlotStore.stored`); columns made on first need. */
  private readonly lazyNumbers: boolean;
  private columnsMade: boolean;
  /** Position in the plan of the 工号 / 职级 / 部门 columns (-1 when absent). */
  private readonly idAt: number;
  private readonly levelAt: number;
  private readonly deptAt: number;

  /**
   * @param lazyNumbers - store numbers only for the rows this reader reads, the others being
   *   decided by a generated program from their cells (needs a store that refers to its roster)
   */
  constructor(
    private readonly plan: ColumnPlan,
    private readonly store: SlotStore,
    private readonly keys: RowKeys,
    private readonly issues: RowIssues,
    lazyNumbers = false,
  ) {
    const cols = plan.columns;
    this.lazyNumbers = lazyNumbers && store.cells !== null;
    this.columnsMade = !this.lazyNumbers;
    if (this.lazyNumbers) store.stored = new Uint8Array(store.rows);
    this.kind = new Uint8Array(cols.length);
    this.index = new Int32Array(cols.length);
    this.slot = new Int32Array(cols.length);
    this.min = new Float64Array(cols.length);
    this.max = new Float64Array(cols.length);
    this.out = [];
    cols.forEach((col, k) => {
      const fast = col.fast;
      const kind = fast === null ? GENERAL : fast.kind === "text" ? TEXT : fast.kind === "date" ? SERIAL : fast.kind === "boolean" ? BOOLEAN : RANGE;
      this.kind[k] = kind;
      this.index[k] = col.index;
      this.slot[k] = col.slot;
      this.min[k] = fast?.kind === "range" ? fast.min : 0;
      this.max[k] = fast?.kind === "range" ? fast.max : 1;
      const numeric = kind === RANGE || kind === SERIAL || kind === BOOLEAN;
      this.out.push(numeric && !this.lazyNumbers ? wholeColumn(store, col.slot) : NO_COLUMN);
      if (numeric && this.lazyNumbers) {
        store.numIndex[col.slot] = col.index;
        store.numKind[col.slot] = kind === SERIAL ? LAZY_SERIAL : kind === BOOLEAN ? LAZY_BOOLEAN : LAZY_NUMBER;
      }
      if (kind === TEXT) {
        if (store.cells) store.textIndex[col.slot] = col.index;
        else textColumn(store, col.slot);
      }
    });
    const keyColumns = RowReader.keyColumnsOf(plan);
    this.idAt = keyColumns.id;
    this.levelAt = keyColumns.level;
    this.deptAt = keyColumns.dept;
  }

  /** Positions in the plan of the 工号, 部门 and 职级 columns (-1 when absent). */
  static keyColumnsOf(plan: ColumnPlan): { readonly id: number; readonly dept: number; readonly level: number } {
    const at = (slot: number): number => plan.columns.findIndex((c) => c.slot === slot);
    return { id: at(ID), dept: at(DEPT), level: at(LEVEL) };
  }

  /** Makes the number columns of a lazy reader, on the first row whose numbers it stores. */
  private ensureColumns(): void {
    if (this.columnsMade) return;
    this.columnsMade = true;
    this.slot.forEach((slot, k) => {
      if (this.numeric(k)) this.out[k] = wholeColumn(this.store, slot);
    });
  }

  private numeric(k: number): boolean {
    const kind = this.kind[k];
    return kind === RANGE || kind === SERIAL || kind === BOOLEAN;
  }

  /**
   * Stores the numbers of row `r` (`row` its cells), whose cells are all on the read shortcut or
   * empty, for the interpreter (a lazy reader's program leaves such a row to it: a row error, an
   * unknown level, a level it cannot decide).
   */
  storeShortcutRow(row: ReadonlyArray<unknown>, r: number): void {
    this.ensureColumns();
    const { index, out, slot, store } = this;
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: k < width of the per-column arrays; out[k] is a column for a numeric k
    for (let k = 0; k < index.length; k++) if (this.numeric(k)) out[k]![r] = shortcutNumber(store.numKind[slot[k]!]!, row[index[k]!]);
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: a lazy reader (the only caller) made stored
    store.stored![r] = 1;
  }

  /** Reads data rows [from, to) of `cells` (data row 0 at `cells[dataStart]`), marking blank rows in `skip`. */
  /* eslint-disable @typescript-eslint/no-non-null-assertion -- per-cell hot loop: k < width, the length of every per-column array; out[k] is a column for a numeric kind; a row that is not blank is defined */
  read(cells: ReadonlyArray<ReadonlyArray<unknown> | undefined>, dataStart: number, from: number, to: number, skip: Uint8Array): void {
    this.ensureColumns();
    const stored = this.store.stored;
    const { kind, index, min, max, out } = this;
    const copy = this.store.cells === null;
    const width = kind.length;
    for (let r = from; r < to; r++) {
      const x = cells[dataStart + r];
      const first = x?.[0];
      if (!(typeof first === "number" || (typeof first === "string" && visible(first.charCodeAt(0)))) && isBlankRow(x)) {
        skip[r] = 1;
        for (let k = 0; k < width; k++) if (out[k] !== NO_COLUMN) out[k]![r] = NaN;
        continue;
      }
      const row = x!;
      if (stored) stored[r] = 1;
      for (let k = 0; k < width; k++) {
        const cell = row[index[k]!];
        switch (kind[k]) {
          case RANGE:
            // `+ 0` turns -0 into 0, as the reader does.
            if (typeof cell === "number" && cell >= min[k]! && cell <= max[k]!) out[k]![r] = cell + 0;
            else {
              out[k]![r] = NaN;
              if (cell !== null && cell !== undefined) this.general(k, r, cell);
            }
            break;
          case SERIAL:
            if (typeof cell === "number" && cell >= 61 && cell < LAST_SERIAL + 1) out[k]![r] = EXCEL_EPOCH + Math.floor(cell);
            else {
              out[k]![r] = NaN;
              if (cell !== null && cell !== undefined) this.general(k, r, cell);
            }
            break;
          case TEXT:
            if (typeof cell === "string") {
              if (copy || !visible(cell.charCodeAt(0)) || !visible(cell.charCodeAt(cell.length - 1))) this.text(k, r, cell);
            } else if (cell !== null && cell !== undefined) this.general(k, r, cell);
            break;
          case BOOLEAN: {
            const b = typeof cell === "string" ? exactBooleanToken(cell) : typeof cell === "boolean" ? cell : undefined;
            if (b !== undefined) out[k]![r] = b ? 1 : 0;
            else {
              out[k]![r] = NaN;
              this.general(k, r, cell);
            }
            break;
          }
          default:
            // Every cell, empty ones included (an empty education cell is empty, not unreadable).
            this.general(k, r, cell);
        }
      }
      this.keysOf(row, r);
    }
  }
  /* eslint-enable @typescript-eslint/no-non-null-assertion */

  /** True when every text is copied into the store (it does not refer to the roster). */
  get copiesTexts(): boolean {
    return this.store.cells === null;
  }

  /** The numeric column each planned column fills (an empty array for text and general columns). */
  get columns(): readonly Float64Array[] {
    return this.out;
  }

  /** Keeps the text a string cell of text column `k` reads as, when it is not the cell itself or texts are copied. */
  text(k: number, r: number, cell: string): void {
    const t = trimmedText(cell);
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: k is a planned column
    if (this.store.cells === null || t !== cell) textColumn(this.store, this.slot[k]!)[r] = t;
  }

  /** The number planned column `k` stored for row `r` (NaN when none). */
  numberAt(k: number, r: number): number {
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: k is a planned column
    return this.store.num[this.slot[k]!]?.[r] ?? NaN;
  }

  /** The text of planned text column `k` in row `r` (`row` its cells), "" when empty. */
  private textIn(row: ReadonlyArray<unknown>, k: number, r: number): string {
    if (k < 0) return "";
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: k >= 0 is a planned column
    const v = this.store.text[this.slot[k]!]?.[r];
    if (v !== undefined) return v ?? "";
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: k >= 0 is a planned column
    const cell = row[this.index[k]!];
    return typeof cell === "string" ? cell : "";
  }

  /** The text planned column `k` holds for row `r` after `text` or `general`, "" when empty. */
  storedText(k: number, r: number): string {
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: k is a planned column
    return textAt(this.store, this.slot[k]!, r) ?? "";
  }

  /** Resolves the key cells of row `r` (`row` its cells). */
  keysOf(row: ReadonlyArray<unknown>, r: number): void {
    this.resolveKeys(this.textIn(row, this.idAt, r), this.textIn(row, this.deptAt, r), this.textIn(row, this.levelAt, r), r);
  }

  /** Resolves row `r`'s key texts ("" when empty): 工号 to the duplicate check, level and department codes. */
  resolveKeys(id: string, dept: string, levelText: string, r: number): void {
    const { keys, issues, store } = this;
    if (id !== "") keys.ids.add(id, r);
    else if (!isBad(store, ID, r)) issues.emptyId(r);
    keys.dept[r] = keys.deptOf.get(dept);
    if (levelText === "") {
      keys.level[r] = -1;
      if (!isBad(store, LEVEL, r)) issues.emptyLevel(r);
      return;
    }
    const lv = keys.levelOf.get(levelText);
    keys.level[r] = lv;
    if (lv < 0) issues.unknownLevel(levelText, r);
  }

  /** A cell of planned column `k` off the shortcut: through its reader; an unreadable one is reported. */
  general(k: number, r: number, cell: unknown): void {
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: k is a planned column
    const v = this.plan.columns[k]!.read(cell as Cell);
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: k is a planned column
    if (v !== null && storeValue(this.store, this.slot[k]!, r, v)) this.issues.unreadable(k, r);
  }
}
