/** Column widths in Excel character units, fitted to texts. */
import type { ReportValue } from "./model";

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Display width of text in Excel column units (CJK and full-width characters count 2). */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
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
  for (let i = 0; i < rows.length && i < WIDTH_SAMPLE_ROWS; i++) {
    const row = rows[i]!;
    for (let j = 0; j < headers.length; j++) {
      const v = row[j];
      const t = typeof v === "number" ? String(round2(v)) : typeof v === "string" ? (v.split("\n")[0] ?? "") : "";
      widths[j] = Math.max(widths[j]!, textWidth(t) + 2);
    }
  }
  return widths.map((w, j) => Math.min(Math.max(w, min), max[j] ?? 40));
}
