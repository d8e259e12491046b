/**
 * Percent reader (catalogue §2 "Percents"): results are fractions (0.95 for 95%).
 */
import { isErrorCell, isPercentCell, type Cell } from "../model/cell";
import { fail, type ReadFailure } from "./failure";
import { parseNumberText, round12 } from "./number";

const PERCENT_SIGN = 37; // "%"

/** A plain number read as a percent: <= 1 is a fraction, > 1 is in percent points. */
function fromPlain(n: number): number | ReadFailure {
  if (!Number.isFinite(n) || n < 0) return fail("percent");
  return n <= 1 ? n : round12(n / 100);
}

/**
 * Reads a percent as a fraction.
 *
 * - empty -> `null`
 * - text ending in `%` (full-width `％` folds to `%`; spaces around the text and before `%`
 *   allowed) -> the number / 100 (`95%` -> 0.95, `105%` -> 1.05); no units, no inner spaces
 * - percent-formatted cell -> its stored fraction as is (1.05 = 105%)
 * - any other number, or text without `%` (read like readNumber, without unit): <= 1 is
 *   already a fraction (0.95, 1), > 1 is in percent points (95 -> 0.95, 1.05 -> 0.0105)
 * - negative or non-finite values, booleans, Dates -> failure `percent`
 * - Excel error cell -> failure `excel_error`
 *
 * Results other than a percent cell's are rounded to 12 significant digits.
 */
export function readPercent(cell: Cell): number | null | ReadFailure {
  if (typeof cell === "number") return fromPlain(cell);
  if (typeof cell === "string") {
    let t = cell.normalize("NFKC").trim();
    if (t === "") return null;
    if (t.charCodeAt(t.length - 1) === PERCENT_SIGN) {
      t = t.slice(0, -1);
      if (t.trim() === "") return fail("percent");
      const n = parseNumberText(t, false);
      if (typeof n !== "number" || n < 0) return fail("percent");
      return round12(n / 100);
    }
    const n = parseNumberText(t, false);
    return typeof n === "number" ? fromPlain(n) : fail("percent");
  }
  if (cell === null || cell === undefined) return null;
  if (isErrorCell(cell)) return fail("excel_error");
  if (isPercentCell(cell)) {
    const v = cell.value;
    return typeof v === "number" && Number.isFinite(v) && v >= 0 ? (v === 0 ? 0 : v) : fail("percent");
  }
  return fail("percent");
}

/**
 * A percent reader for a column with a plausible maximum (issue 19): reads as {@link readPercent}
 * and fails with `percent_range` (its `limit` the maximum) when the value read is above `max`,
 * so `150` or `9500%` in a 满意度 column is a row error naming the cell, not 150% met in silence.
 * @param max the largest plausible value, as a fraction (1 = 100%)
 * @example
 * percentWithin(1)("9500%") // { failure: "percent_range", limit: 1 }
 * percentWithin(1)("95%") // 0.95
 */
export function percentWithin(max: number): (cell: Cell) => number | null | ReadFailure {
  const over: ReadFailure = { failure: "percent_range", limit: max };
  return (cell: Cell) => {
    const v = readPercent(cell);
    return typeof v === "number" && v > max + 1e-12 ? over : v;
  };
}
