import type { FactValue } from "../model/facts";
import type { CellReader } from "../review/column-plan";
import { exactBooleanToken } from "../read/boolean";
import { isFailure } from "../read/failure";

/**
 * Read values in columns, one per value slot (canonical fields, then the policy's custom ones):
 * numbers (dates as day numbers, percents as fractions, education as ordinal, booleans as 1/0)
 * in a Float64Array with NaN for empty, text in an array, and a flag array for unreadable cells.
 * Columns keep the hot loop monomorphic and free of per-row allocation.
 */
export interface SlotStore {
  readonly rows: number;
  readonly num: Array<Float64Array | null>;
  readonly text: Array<Array<string | null> | null>;
  /** 1 where the cell was unreadable; allocated on the first bad cell. */
  readonly bad: Array<Uint8Array | null>;
}

/** An empty store for `rows` rows and `slots` slots. */
export function createSlotStore(rows: number, slots: number): SlotStore {
  return { rows, num: new Array(slots).fill(null), text: new Array(slots).fill(null), bad: new Array(slots).fill(null) };
}

/** Numeric column of a slot, created (all NaN) on first use. */
export function numColumn(store: SlotStore, slot: number): Float64Array {
  let col = store.num[slot];
  if (!col) {
    col = new Float64Array(store.rows).fill(NaN);
    store.num[slot] = col;
  }
  return col;
}

/** Numeric column of a slot for a reader that writes every row it reads: created uninitialised. */
function wholeColumn(store: SlotStore, slot: number): Float64Array {
  let col = store.num[slot];
  if (!col) {
    col = new Float64Array(store.rows);
    store.num[slot] = col;
  }
  return col;
}

/** Text column of a slot, created (all null) on first use. */
export function textColumn(store: SlotStore, slot: number): Array<string | null> {
  let col = store.text[slot];
  if (!col) {
    col = new Array<string | null>(store.rows).fill(null);
    store.text[slot] = col;
  }
  return col;
}

/** Marks a cell unreadable. */
export function markBad(store: SlotStore, slot: number, row: number): void {
  let col = store.bad[slot];
  if (!col) {
    col = new Uint8Array(store.rows);
    store.bad[slot] = col;
  }
  col[row] = 1;
}

/** True when the slot's cell in `row` was unreadable. */
export function isBad(store: SlotStore, slot: number, row: number): boolean {
  const col = store.bad[slot];
  return col !== null && col !== undefined && col[row] === 1;
}

/** Stores one reader result; returns true when it was a failure. */
export function storeValue(store: SlotStore, slot: number, row: number, v: FactValue): boolean {
  if (v === null) return false;
  if (typeof v === "number") numColumn(store, slot)[row] = v;
  else if (typeof v === "boolean") numColumn(store, slot)[row] = v ? 1 : 0;
  else if (typeof v === "string") textColumn(store, slot)[row] = v;
  else if (isFailure(v)) {
    markBad(store, slot, row);
    return true;
  }
  return false;
}

/**
 * A shortcut for the cells most rosters hold (numbers from Excel, plain text), taken before the
 * general reader and giving exactly its result: `range` numbers within [min, max] are themselves,
 * `percent` numbers within [0, 1] are fractions, `date` serials after the 1900 leap-year bug are
 * day numbers, `text` strings are trimmed, `boolean` cells that are booleans or listed tokens are
 * 1 / 0. Any other cell goes to the general reader.
 */
export type FastPath =
  | { readonly kind: "range"; readonly min: number; readonly max: number }
  | { readonly kind: "percent" }
  | { readonly kind: "date" }
  | { readonly kind: "text" }
  | { readonly kind: "boolean" }
  | null;

/** Day number of Excel serial 0 (1899-12-30) for serials after 60. */
const SERIAL_EPOCH = -25569;
/** Serial of 9999-12-31, the last date Excel shows. */
const LAST_SERIAL = 2958465;

type Cells = ReadonlyArray<ReadonlyArray<unknown>>;
type General = (r: number, cell: unknown) => void;

/**
 * Reads `rows[from..to)` of one sheet column into a slot; calls `onBad` for each unreadable cell.
 * The fast paths read blank rows (`skip`) too, without a check per cell: a blank row's cells are
 * all empty, so they store nothing that is ever looked at and are never unreadable.
 */
export function readColumn(
  store: SlotStore,
  slot: number,
  read: CellReader,
  fast: FastPath,
  cells: Cells,
  index: number,
  dataStart: number,
  from: number,
  to: number,
  skip: Uint8Array,
  onBad: (row: number) => void,
): void {
  const general: General = (r, cell) => {
    const v = read(cell as never);
    if (v !== null && storeValue(store, slot, r, v)) onBad(r);
  };
  const at = dataStart;
  switch (fast?.kind) {
    case "text":
      return readTextCells(store, slot, cells, index, at, from, to, general);
    case "range":
      return readRangeCells(wholeColumn(store, slot), fast.min, fast.max, cells, index, at, from, to, general);
    case "percent":
      return readRangeCells(wholeColumn(store, slot), 0, 1, cells, index, at, from, to, general);
    case "date":
      return readSerialCells(wholeColumn(store, slot), cells, index, at, from, to, general);
    case "boolean":
      return readBooleanCells(wholeColumn(store, slot), cells, index, at, from, to, general);
    default:
      // Every cell, empty ones included: an empty boolean cell reads as false.
      for (let r = from; r < to; r++) if (skip[r] !== 1) general(r, cells[at + r]?.[index]);
  }
}

function readBooleanCells(col: Float64Array, cells: Cells, index: number, at: number, from: number, to: number, general: General): void {
  for (let r = from; r < to; r++) {
    const cell = cells[at + r]?.[index];
    const b = typeof cell === "string" ? exactBooleanToken(cell) : typeof cell === "boolean" ? cell : undefined;
    if (b !== undefined) col[r] = b ? 1 : 0;
    else {
      col[r] = NaN;
      general(r, cell);
    }
  }
}

/** True when a text surely has no white space to trim at either end (ASCII printable or CJK at both ends). */
function trimmed(t: string): boolean {
  const a = t.charCodeAt(0);
  const b = t.charCodeAt(t.length - 1);
  return ((a > 32 && a < 127) || (a >= 0x4e00 && a <= 0x9fff)) && ((b > 32 && b < 127) || (b >= 0x4e00 && b <= 0x9fff));
}

function readTextCells(store: SlotStore, slot: number, cells: Cells, index: number, at: number, from: number, to: number, general: General): void {
  let col: Array<string | null> | null = null;
  for (let r = from; r < to; r++) {
    const cell = cells[at + r]?.[index];
    if (typeof cell === "string") {
      const t = trimmed(cell) ? cell : cell.trim();
      if (t !== "") (col ??= textColumn(store, slot))[r] = t;
    } else if (cell !== null && cell !== undefined) general(r, cell);
  }
}

function readRangeCells(col: Float64Array, min: number, max: number, cells: Cells, index: number, at: number, from: number, to: number, general: General): void {
  for (let r = from; r < to; r++) {
    const cell = cells[at + r]?.[index];
    // `+ 0` turns -0 into 0, as the general reader does.
    if (typeof cell === "number" && cell >= min && cell <= max) col[r] = cell + 0;
    else {
      col[r] = NaN;
      if (cell !== null && cell !== undefined) general(r, cell);
    }
  }
}

function readSerialCells(col: Float64Array, cells: Cells, index: number, at: number, from: number, to: number, general: General): void {
  for (let r = from; r < to; r++) {
    const cell = cells[at + r]?.[index];
    if (typeof cell === "number" && cell >= 61 && cell < LAST_SERIAL + 1) col[r] = SERIAL_EPOCH + Math.floor(cell);
    else {
      col[r] = NaN;
      if (cell !== null && cell !== undefined) general(r, cell);
    }
  }
}
