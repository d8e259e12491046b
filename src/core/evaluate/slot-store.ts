import type { FactValue } from "../model/facts";
import { exactBooleanToken } from "../read/boolean";
import { isFailure } from "../read/failure";
import { EXCEL_EPOCH } from "./calendar";

/**
 * Read values in columns, one per value slot (canonical fields, then the policy's custom ones):
 * numbers (dates as day numbers, percents as fractions, education as ordinal, booleans as 1/0)
 * in a Float64Array with NaN for empty, text in an array, and a flag array for unreadable cells.
 * Columns keep the hot loop monomorphic and free of per-row allocation.
 */
export interface SlotStore {
  readonly rows: number;
  readonly num: Array<Float64Array | null>;
  /**
   * Text per slot. When the store refers to its roster (`cells`), only the texts that differ from
   * their cell (trimmed, or read from a number) are here, `undefined` elsewhere; otherwise every
   * text is here, `null` for empty.
   */
  readonly text: Array<Array<string | null | undefined> | null>;
  /** 1 where the cell was unreadable; allocated on the first bad cell. */
  readonly bad: Array<Uint8Array | null>;
  /** The roster's rows when texts are read from them on demand (null: texts are copied). */
  readonly cells: ReadonlyArray<ReadonlyArray<unknown> | undefined> | null;
  /** Index into `cells` of data row 0. */
  readonly at: number;
  /** Per slot, the index into each row array of its text column (-1: none). */
  readonly textIndex: Int32Array;
  /**
   * Per row, 1 when its numbers are in `num`. Null when every row's are. Otherwise (a review whose
   * rows a generated program decided, see `row-program.ts`) the other rows' numbers of the slots
   * in `numIndex` are read from their cells when asked, which hold only numbers on the read
   * shortcut or nothing.
   */
  stored: Uint8Array | null;
  /** Per slot, the index into each row array of its lazily read number column (-1: none), and its kind. */
  readonly numIndex: Int32Array;
  readonly numKind: Uint8Array;
}

/** Kinds of lazily read number columns (`SlotStore.numKind`). */
export const LAZY_NUMBER = 1;
export const LAZY_SERIAL = 2;
export const LAZY_BOOLEAN = 3;

/**
 * An empty store for `rows` rows and `slots` slots. With `source`, texts are read from the
 * roster's rows when asked (the rows must stay as they are while the store is used); without,
 * every text is copied into the store.
 */
export function createSlotStore(rows: number, slots: number, source?: { readonly cells: SlotStore["cells"]; readonly at: number }): SlotStore {
  return {
    rows,
    num: new Array(slots).fill(null),
    text: new Array(slots).fill(null),
    bad: new Array(slots).fill(null),
    cells: source?.cells ?? null,
    at: source?.at ?? 0,
    textIndex: new Int32Array(slots).fill(-1),
    stored: null,
    numIndex: new Int32Array(slots).fill(-1),
    numKind: new Uint8Array(slots),
  };
}

/** The number of a slot in data row `r` (dates as day numbers, yes/no as 1/0), NaN when empty. */
export function numAt(store: SlotStore, slot: number, r: number): number {
  const stored = store.stored;
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: slot is a compiled slot index below the store's slot count
  const index = store.numIndex[slot]!;
  if (stored === null || index < 0 || stored[r] === 1) {
    const col = store.num[slot];
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: a slot's column holds every data row r
    return col ? col[r]! : NaN;
  }
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: slot is a compiled slot index; cells is set whenever stored is (lazy reads keep the roster)
  return shortcutNumber(store.numKind[slot]!, store.cells![store.at + r]?.[index]);
}

/**
 * The number of a cell known to be on the read shortcut of its kind (`LAZY_*`) or empty: a date
 * serial as its day number, a yes/no token as 1/0 (empty: 0), any other number itself (empty: NaN).
 */
export function shortcutNumber(kind: number, cell: unknown): number {
  switch (kind) {
    case LAZY_SERIAL:
      return typeof cell === "number" ? EXCEL_EPOCH + Math.floor(cell) : NaN;
    case LAZY_BOOLEAN:
      return cell === null || cell === undefined ? 0 : (typeof cell === "boolean" ? cell : exactBooleanToken(cell as string)) ? 1 : 0;
    default:
      return typeof cell === "number" ? cell + 0 : NaN;
  }
}

/** The text of a slot in data row `r`, null when empty or unreadable. */
export function textAt(store: SlotStore, slot: number, r: number): string | null {
  const own = store.text[slot];
  if (own) {
    const v = own[r];
    if (v !== undefined) return v;
  }
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: slot is a compiled slot index below the store's slot count
  const index = store.textIndex[slot]!;
  if (store.cells === null || index < 0) return null;
  // Left in the roster only when it was a trimmed, non-empty string.
  const cell = store.cells[store.at + r]?.[index];
  return typeof cell === "string" ? cell : null;
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
export function wholeColumn(store: SlotStore, slot: number): Float64Array {
  let col = store.num[slot];
  if (!col) {
    col = new Float64Array(store.rows);
    store.num[slot] = col;
  }
  return col;
}

/** Text column of a slot, created on first use: all `undefined` (see the cells) or all null (copied texts). */
export function textColumn(store: SlotStore, slot: number): Array<string | null | undefined> {
  let col = store.text[slot];
  if (!col) {
    col = store.cells ? new Array<string | null | undefined>(store.rows) : new Array<string | null>(store.rows).fill(null);
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
