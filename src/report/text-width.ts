/** Column widths in Excel character units, fitted to texts. */
import stringWidth from "string-width";
import type { ReportValue } from "./model";

/**
 * Display width of text in terminal columns and Excel column units: CJK (the rare characters of
 * names in the supplementary planes too), full-width forms and emoji count 2, combining marks 0
 * (`string-width` 4, East Asian Width; already in the tree for jest's and webpack's tooling, CommonJS, 3 small files).
 * @example textWidth("司马秀英 A1") //=> 11
 */
export function textWidth(text: string): number {
  return stringWidth(text);
}

/** `n` rounded to 2 decimals, or null when it is null or not finite. */
export function round2(n: number | null): number | null {
  return n === null || !Number.isFinite(n) ? null : Math.round(n * 100) / 100;
}

/** Rows sampled when fitting widths (a 100k-row sheet needs no more); a streaming writer fits to the same rows. */
export const WIDTH_SAMPLE_ROWS = 1000;

/**
 * Column widths fitted to the headers and the first rows' texts (first line of a wrapped
 * text), each within [min, max[j]] (40 where `max` has no entry).
 */
export function fitWidths(headers: readonly string[], rows: ReadonlyArray<readonly ReportValue[]>, min: number, max: readonly number[]): number[] {
  const widths = headers.map((h) => textWidth(h) + 2);
  for (const row of rows.slice(0, WIDTH_SAMPLE_ROWS)) {
    widths.forEach((w, j) => {
      const v = row[j];
      const t = typeof v === "number" ? String(round2(v)) : typeof v === "string" ? (v.split("\n")[0] ?? "") : "";
      widths[j] = Math.max(w, textWidth(t) + 2);
    });
  }
  return widths.map((w, j) => Math.min(Math.max(w, min), max[j] ?? 40));
}
