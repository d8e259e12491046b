/**
 * Rolling windows over monthly columns (issue #8): which roster columns each window reads, and
 * its aggregate computed once per row into the window's value slot, so the evaluator compares a
 * plain number.
 */
import type { Cell } from "../model/cell";
import { fieldDef } from "../model/fields";
import type { CompiledPolicy, CompiledWindow } from "../evaluate/compile";
import { ymdFromDay } from "../evaluate/calendar";
import { markBad, numColumn, type SlotStore } from "../evaluate/slot-store";
import { isFailure } from "../read/failure";
import type { HeaderMatch } from "../read/headers";
import { matchHeader } from "../read/headers";
import { monthIndexOf, monthText, parseMonthHeader } from "../read/month-headers";
import { readCount, readNumber, readScore, readYears } from "../read/number";
import { percentWithin, readPercent } from "../read/percent";
import { foldText } from "../read/text";
import type { CellReader } from "./column-plan";
import { must } from "../util/must";

/** The month columns of one window. */
export interface WindowColumns {
  readonly window: CompiledWindow;
  /** Indexes into each row array of the window's month columns, newest first (empty when incomplete). */
  readonly indexes: readonly number[];
  /** Their header texts, as written. */
  readonly headers: readonly string[];
  /** Per column: report its unreadable cells (false when an earlier window already reads the column). */
  readonly reports: readonly boolean[];
  /** Every month found for the field up to the review month, YYYY-MM, oldest first. */
  readonly found: readonly string[];
  /** The window's months without a column, YYYY-MM, oldest first (empty when complete). */
  readonly missing: readonly string[];
  /** False when a month of the window has no column. */
  readonly complete: boolean;
  readonly read: CellReader;
}

function readerOf(field: string): CellReader {
  const def = fieldDef(field);
  switch (def?.type) {
    case "percent":
      return def.max === undefined ? readPercent : percentWithin(def.max);
    case "count":
      return readCount;
    case "score":
      return readScore;
    case "years":
      return readYears;
    default:
      return readNumber;
  }
}

/** True when the base text of a month header names `field` (a synonym of it, or a custom header). */
function namesField(base: string, field: string): boolean {
  return fieldDef(field) ? matchHeader(base) === field : foldText(base) === foldText(field);
}

/**
 * Finds each window's month columns among the headers no canonical field claims: `months`
 * consecutive calendar months ending at the latest month column not after the review month (at the
 * review month when there is none). A header without a year is the latest such month not after
 * the review month; when a month appears twice the leftmost column wins. A month of the window
 * without a column leaves the window incomplete: it is never replaced by an older month.
 */
export function planWindows(match: HeaderMatch, compiled: CompiledPolicy, asOf: number): WindowColumns[] {
  if (compiled.windows.length === 0) return [];
  const [year, month] = ymdFromDay(asOf);
  const review = monthIndexOf({ base: "", year, month }, year, month);
  const months = match.headers.map((h, j) => (match.fields[j] === null && h !== "" ? parseMonthHeader(h) : null));
  const reported = new Set<number>();
  return compiled.windows.map((window): WindowColumns => {
    const byMonth = new Map<number, number>();
    months.forEach((m, j) => {
      if (!m || !namesField(m.base, window.field)) return;
      const index = monthIndexOf(m, year, month);
      if (index <= review && !byMonth.has(index)) byMonth.set(index, j);
    });
    const sorted = [...byMonth.keys()].sort((a, b) => b - a);
    const last = sorted[0] ?? review;
    const span = Array.from({ length: window.spec.months }, (_, k) => last - k);
    const missing = span.filter((m) => !byMonth.has(m)).reverse();
    const complete = missing.length === 0;
    const chosen = complete ? span.map((m) => must(byMonth.get(m), `month ${m}`)) : [];
    const reports = chosen.map((j) => !reported.has(j));
    for (const j of chosen) reported.add(j);
    return {
      window,
      indexes: chosen,
      headers: chosen.map((j) => match.headers[j] ?? ""),
      reports,
      found: [...sorted].reverse().map(monthText),
      missing: missing.map(monthText),
      complete,
      read: readerOf(window.field),
    };
  });
}

/** Indexes of the levels whose steps use the window (on any path, blockers included). */
export function levelsUsing(compiled: CompiledPolicy, window: CompiledWindow): Set<number> {
  const levels = new Set<number>();
  compiled.stepsFrom.forEach((steps, lv) => {
    if (steps.some((s) => s.paths.some((p) => p.criteria.some((c) => c.window === window)))) levels.add(lv);
  });
  return levels;
}

/**
 * Fills each window's slot for rows [from, to): the average, minimum or count of months at or
 * above the floor; NaN (missing) when a month cell is empty or the window is incomplete.
 * An unreadable month cell marks the slot bad and is passed to `onBad` (once per cell).
 */
export function fillWindows(
  plans: readonly WindowColumns[],
  store: SlotStore,
  cells: ReadonlyArray<ReadonlyArray<unknown>>,
  dataStart: number,
  from: number,
  to: number,
  skip: Uint8Array,
  onBad: (row: number, plan: WindowColumns, k: number) => void,
): void {
  for (const plan of plans) {
    const out = numColumn(store, plan.window.slot);
    if (!plan.complete) continue;
    const { agg, floor } = plan.window.spec;
    const n = plan.indexes.length;
    for (let r = from; r < to; r++) {
      if (skip[r] === 1) continue;
      const row = cells[dataStart + r];
      let acc = agg === "min" ? Infinity : 0;
      let missing = false;
      let bad = false;
      let k = 0;
      for (const index of plan.indexes) {
        const v = plan.read(row?.[index] as Cell);
        if (v === null) missing = true;
        else if (typeof v !== "number" || isFailure(v)) {
          bad = true;
          if (plan.reports[k]) onBad(r, plan, k);
        } else if (agg === "avg") acc += v;
        else if (agg === "min") acc = v < acc ? v : acc;
        else if (v >= (floor ?? NaN) - 1e-9) acc++;
        k++;
      }
      if (bad) markBad(store, plan.window.slot, r);
      else if (!missing) out[r] = agg === "avg" ? Math.round((acc / n) * 1e9) / 1e9 : acc;
    }
  }
}
