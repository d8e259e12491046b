/**
 * Number readers: plain numbers, scores, counts and years (catalogue §2, §6 "Numbers").
 */
import { isErrorCell, isPercentCell, type Cell } from "../model/cell";
import { fail, type Expected, type ReadFailure } from "./failure";
import { must } from "../util/must";

/**
 * A number written as text, after NFKC folding and trimming: optional sign; an integer part
 * either plain (`3000`) or with thousands separators in proper groups of three (`3,000`,
 * `1,234,567`); optional decimals (`.5`, `85.`, `1,234.5`); then, optionally after spaces, one
 * unit character. Group 1 is the numeric part.
 */
const NUMBER_WITH_UNIT = /^([+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+))\s*[分年单件个次条元岁人项张]?$/;
/** As {@link NUMBER_WITH_UNIT}, without a unit. */
const NUMBER_NO_UNIT = /^([+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+))$/;
const COMMAS = /,/g;

/** Rounds to 12 significant digits, removing float noise such as `0.85 * 100`. */
export function round12(n: number): number {
  return n === 0 || !Number.isFinite(n) ? n : Number(n.toPrecision(12));
}

/**
 * Parses number text (catalogue §6): NFKC fold (full-width digits, `，`, `．`, `＋`, `－`),
 * trim, thousands separators only in groups of three, optional sign and decimals, and, when
 * `allowUnit`, an optional trailing unit among 分 年 单 件 个 次 条 元 岁 人 项 张.
 * @returns the number, `null` for empty text, `undefined` when the text is not a number.
 */
export function parseNumberText(text: string, allowUnit: boolean): number | null | undefined {
  const t = text.normalize("NFKC").trim();
  if (t === "") return null;
  const m = (allowUnit ? NUMBER_WITH_UNIT : NUMBER_NO_UNIT).exec(t);
  if (m === null) return undefined;
  const digits = must(m[1], "digits");
  const n = Number(digits.indexOf(",") < 0 ? digits : digits.replace(COMMAS, ""));
  if (!Number.isFinite(n)) return undefined;
  return n === 0 ? 0 : n;
}

/**
 * Reads a number cell (catalogue §2, §6).
 *
 * - empty -> `null`
 * - finite number -> itself (`-0` -> `0`); NaN / Infinity -> failure `number`
 * - text -> see {@link parseNumberText} (units allowed: `85分`, `3年`, `2000单`, `3,000`,
 *   `８５`); `30,00`, `1e5`, `优秀` fail as `number`
 * - percent-formatted cell -> its fraction times 100, rounded to 12 significant digits: a
 *   score cell formatted as a percentage shows `85%`, and HR means 85
 * - boolean, Date -> failure `number`
 * - Excel error cell -> failure `excel_error`
 */
export function readNumber(cell: Cell): number | null | ReadFailure {
  if (typeof cell === "number") return Number.isFinite(cell) ? (cell === 0 ? 0 : cell) : fail("number");
  if (typeof cell === "string") {
    const n = parseNumberText(cell, true);
    return n === undefined ? fail("number") : n;
  }
  if (cell === null || cell === undefined) return null;
  if (isErrorCell(cell)) return fail("excel_error");
  if (isPercentCell(cell)) {
    const v = cell.value;
    return typeof v === "number" && Number.isFinite(v) ? round12(v * 100) : fail("number");
  }
  return fail("number");
}

/** readNumber, then a range check; failures other than `excel_error` become `expected`. */
function readBounded(cell: Cell, min: number, max: number, expected: Expected): number | null | ReadFailure {
  const n = readNumber(cell);
  if (n === null) return null;
  if (typeof n !== "number") return n.failure === "excel_error" ? n : fail(expected);
  return n >= min && n <= max ? n : fail(expected);
}

/**
 * Reads a score: a number (as {@link readNumber}) within [0, 100]. Empty -> `null`. Anything
 * else (out of range, `优秀`, a boolean...) fails as `score`; an Excel error cell stays
 * `excel_error`.
 */
export function readScore(cell: Cell): number | null | ReadFailure {
  return readBounded(cell, 0, 100, "score");
}

/**
 * Reads a count (tickets, low-quality ratings): a number >= 0 (as {@link readNumber}; fractions
 * are accepted). Empty -> `null`; otherwise fails as `count` (an Excel error stays `excel_error`).
 */
export function readCount(cell: Cell): number | null | ReadFailure {
  return readBounded(cell, 0, Infinity, "count");
}

/**
 * Reads a number of years (experience): a number >= 0 (as {@link readNumber}, so `3年` is 3).
 * Empty -> `null`; otherwise fails as `years` (an Excel error stays `excel_error`).
 */
export function readYears(cell: Cell): number | null | ReadFailure {
  return readBounded(cell, 0, Infinity, "years");
}
