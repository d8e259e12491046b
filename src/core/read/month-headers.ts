import { must } from "../util/must";
/**
 * Monthly column headers (issue #8, rolling windows): `满意度 2026-06`, `2026年6月满意度`,
 * `满意度(2026/06)`, `满意度_202606`, `6月满意度`, `CSAT 2026-06` name one month of a field.
 */

/** A header read as one month of a base field. */
export interface MonthHeader {
  /** The header without its month, trimmed (`满意度`). */
  readonly base: string;
  /** The year, or null when the header gives only the month (`6月满意度`). */
  readonly year: number | null;
  /** 1-12. */
  readonly month: number;
}

// A month token: 2026-06, 2026/6, 2026.06, 2026_06, 202606, 2026年6月(份), or 6月(份) alone.
const YEAR_MONTH = String.raw`(\d{4})\s*[-/._]\s*(\d{1,2})|(\d{4})(\d{2})|(\d{4})\s*年\s*(\d{1,2})\s*月份?|(\d{1,2})\s*月份?`;
const TOKEN = String.raw`(?:\(\s*(?:${YEAR_MONTH})\s*\)|\[\s*(?:${YEAR_MONTH})\s*\]|(?:${YEAR_MONTH}))`;
/** Between the base text and its month: spaces, `_`, `-`, `·`, `:` or nothing. */
const JOIN = String.raw`[\s_\-·:]*`;
const AT_END = new RegExp(`^(.*?\\S)${JOIN}${TOKEN}$`, "u");
const AT_START = new RegExp(`^${TOKEN}${JOIN}(\\S.*)$`, "u");
/** Capture groups of one YEAR_MONTH alternation. */
const GROUPS = 7;

/** Year and month from the capture groups of the TOKEN (three copies of YEAR_MONTH). */
function yearMonth(groups: ReadonlyArray<string | undefined>): { year: number | null; month: number } | null {
  for (let copy = 0; copy < 3; copy++) {
    const g = groups.slice(copy * GROUPS, copy * GROUPS + GROUPS);
    for (const [y, m] of [
      [0, 1],
      [2, 3],
      [4, 5],
    ] as const) {
      if (g[y] !== undefined) return { year: Number(g[y]), month: Number(g[m]) };
    }
    if (g[6] !== undefined) return { year: null, month: Number(g[6]) };
  }
  return null;
}

/**
 * Reads a header as one month of a field: the month token at the end (`满意度 2026-06`,
 * `满意度(2026/06)`, `满意度_202606`, `满意度6月`) or at the start (`2026年6月满意度`,
 * `6月满意度`, `2026-06 CSAT`). Full-width characters are folded first.
 * @returns null when the header names no month, the month is not 1-12, the year is outside
 *   1900-9999, or nothing is left of the header but the month.
 */
export function parseMonthHeader(header: string): MonthHeader | null {
  const text = header.normalize("NFKC").trim();
  if (text === "") return null;
  let base: string;
  let ym: { year: number | null; month: number } | null;
  const end = AT_END.exec(text);
  if (end) {
    base = must(end[1], "field before the month");
    ym = yearMonth(end.slice(2));
  } else {
    const start = AT_START.exec(text);
    if (!start) return null;
    base = must(start.at(-1), "field after the month");
    ym = yearMonth(start.slice(1, -1));
  }
  base = base.replace(/[\s_\-·:]+$/u, "").trim();
  if (!ym || base === "" || ym.month < 1 || ym.month > 12) return null;
  if (ym.year !== null && (ym.year < 1900 || ym.year > 9999)) return null;
  return { base, year: ym.year, month: ym.month };
}

/**
 * The month index (year * 12 + month - 1) of a month header, given the review month: a header
 * without a year is the latest such month not after the review month (`6月` reviewed in
 * 2026-11 is 2026-06; `12月` is 2025-12).
 */
export function monthIndexOf(h: MonthHeader, reviewYear: number, reviewMonth: number): number {
  const year = h.year ?? (h.month <= reviewMonth ? reviewYear : reviewYear - 1);
  return year * 12 + h.month - 1;
}

/** `YYYY-MM` of a month index. */
export function monthText(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String(index - year * 12 + 1).padStart(2, "0")}`;
}
