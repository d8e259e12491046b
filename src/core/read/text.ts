/**
 * Text folding and the text reader (catalogue §1, §6 "Ids are text").
 */
import { isErrorCell, isPercentCell, type Cell } from "../model/cell";
import { dayFromDate, isoFromDay } from "../evaluate/calendar";
import { fail, type ReadFailure } from "./failure";

const WHITE_SPACE_RUN = /\s+/g;

/**
 * Folds text for matching headers and tokens: NFKC (full-width -> half-width, so `８５` ->
 * `85` and `％` -> `%`), trim, collapse internal runs of white space to one space, lower-case.
 * @example foldText("  Employee\u3000 ID ") //=> "employee id"
 */
export function foldText(s: string): string {
  return s.normalize("NFKC").trim().replace(WHITE_SPACE_RUN, " ").toLowerCase();
}

/**
 * Plain decimal text of a finite number, never in exponent form.
 * Integers print exactly (`10021` -> `"10021"`); other numbers are first rounded to 15
 * significant digits, as Excel displays them (`0.1 + 0.2` -> `"0.3"`). `-0` prints `"0"`.
 * Non-finite numbers print as `String(n)`.
 */
export function plainNumberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return "0";
  const v = Number.isInteger(n) ? n : Number(n.toPrecision(15));
  const s = String(v);
  const e = s.indexOf("e");
  if (e < 0) return s;
  const negative = v < 0;
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf(".");
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  let out: string;
  if (point <= 0) out = "0." + "0".repeat(-point) + digits;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = digits.slice(0, point) + "." + digits.slice(point);
  return negative ? "-" + out : out;
}

/**
 * Reads a text cell (id, name, dept, level columns).
 *
 * - empty or white-space text, `null`, `undefined` -> `null`
 * - text -> trimmed text (not otherwise folded)
 * - number -> plain decimal text (`10021` -> `"10021"`, `1.5` -> `"1.5"`, see
 *   {@link plainNumberText}); a non-finite number fails as `text`
 * - boolean -> `"TRUE"` / `"FALSE"` (as Excel shows it)
 * - Date -> ISO `YYYY-MM-DD` of its UTC date; an invalid Date fails as `text`
 * - percent cell -> plain text of its stored fraction (0.85 -> `"0.85"`)
 * - Excel error cell -> failure `excel_error`
 */
export function readText(cell: Cell): string | null | ReadFailure {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") {
    const t = cell.trim();
    return t === "" ? null : t;
  }
  if (typeof cell === "number") return Number.isFinite(cell) ? plainNumberText(cell) : fail("text");
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell instanceof Date) {
    const day = dayFromDate(cell);
    return day === null ? fail("text") : isoFromDay(day);
  }
  if (isErrorCell(cell)) return fail("excel_error");
  if (isPercentCell(cell)) {
    const v = cell.value;
    return typeof v === "number" && Number.isFinite(v) ? plainNumberText(v) : fail("text");
  }
  return fail("text");
}
