/**
 * Cells that read cleanly (issue 18): which columns align right, and how tall a row must be for
 * its wrapped texts. exceljs stores no row height unless told and Excel does not autofit rows when
 * it opens a file, so the CLI's writer sets each row's height from these; the task pane's writer
 * sets the same alignment and lets Excel autofit the rows it writes (wrapped cells, no fixed height).
 */
import type { ReportTable, ReportValue } from "./model";
import { textWidth } from "./text-width";

/** Points of one line of 11-pt text (Calibri, and the CJK fonts Excel falls back to). */
export const LINE_POINTS = 15;

/** Formats whose values are numbers or dates, aligned right with their header. */
const NUMERIC_FORMATS = new Set(["date", "years", "score", "money", "integer", "percent"]);


/**
 * How a table's column aligns, header included: right for numbers and dates (the formats that
 * hold them, or a column marked `numeric`), else left. Decided by the column, never by its rows,
 * so a streamed table aligns as a held one. Both writers align the header as its values, so each
 * count stands under its heading.
 * @example columnAlign({ name: "T", columns: [{ header: "人数", format: "general", numeric: true }], rows: [] }, 0) //=> "right"
 */
export function columnAlign(table: ReportTable, j: number): "left" | "right" {
  const c = table.columns[j];
  return c !== undefined && (c.numeric === true || NUMERIC_FORMATS.has(c.format)) ? "right" : "left";
}

/**
 * Lines `text` takes when wrapped in a column `width` Excel units wide (about one unit is
 * padding): breaks at spaces and between CJK characters, a word longer than a line anywhere, as
 * Excel wraps; CJK and full-width characters count two.
 * @example wrappedLines("任现职 0.25年 < 1年；客户满意度 缺少数据", 14) //=> 3
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width - 1));
  let lines = 0;
  for (const para of text.split("\n")) {
    lines++;
    let used = 0;
    // Words: a run of non-space, non-CJK characters, or one CJK character, with the space before it.
    for (const word of para.match(/\s*(?:[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\S)/gu) ?? []) {
      const w = textWidth(word);
      if (used + w <= room) {
        used += w;
        continue;
      }
      const bare = word.trimStart();
      const bw = textWidth(bare);
      if (bw <= room) {
        lines++;
        used = bw;
        continue;
      }
      // A word wider than a line breaks anywhere.
      for (const ch of bare) {
        const cw = textWidth(ch);
        if (used + cw > room && used > 0) {
          lines++;
          used = 0;
        }
        used += cw;
      }
    }
  }
  return lines;
}

/** True when `text` can need more than one line in `width` (a cheap test first: a 100k-row sheet is measured row by row). */
function mayWrap(text: string, width: number): boolean {
  return text.includes("\n") || text.length * 2 > width - 1;
}

/**
 * Height in points of a row whose cells `values` start in column `first` (0-based), the cells
 * of `wrapped` columns wrapping in `widths`; undefined when one line is enough (the default row).
 * @example rowHeight(["张三", "任现职 0.25年 < 1年；客户满意度 缺少数据"], [false, true], [10, 14]) //=> 45
 */
export function rowHeight(values: readonly ReportValue[], wrapped: readonly boolean[], widths: readonly number[], first = 0): number | undefined {
  let lines = 1;
  values.forEach((v, j) => {
    if (typeof v !== "string" || !wrapped[j]) return;
    const width = widths[first + j] ?? 8.43;
    if (mayWrap(v, width)) lines = Math.max(lines, wrappedLines(v, width));
  });
  return lines > 1 ? lines * LINE_POINTS : undefined;
}


/** How a fact's value (column B of a facts row), or a heading line (column A), is laid out: in its column, or merged to the sheet's last column and wrapped. */
export interface FactFit {
  /** Columns the value spans from its own (1: no merge). */
  readonly span: number;
  /** Row height in points when the value wraps, else undefined. */
  readonly height?: number;
}

/**
 * The layout of a fact's value (in column `from`, B by default) in a sheet with column `widths`:
 * in its column when it fits, else merged to the last column and wrapped (a long warning reads as
 * a paragraph rather than running off the page). A heading line (column A, `from` 0) is merged
 * and wrapped only when it is wider than all the columns: until then it runs over the empty cells.
 * @example factFit("淘宝客服", [18, 24, 24]) //=> { span: 1 }
 */
export function factFit(value: string | number, widths: readonly number[], from = 1): FactFit {
  const text = String(value);
  const own = from === 0 ? widths.reduce((s, w) => s + w, 0) : (widths[from] ?? 8.43);
  if (textWidth(text) <= own - 1 && !text.includes("\n")) return { span: 1 };
  const span = Math.max(1, widths.length - from);
  const width = widths.slice(from).reduce((s, w) => s + w, 0);
  const lines = wrappedLines(text, width);
  return { span, ...(lines > 1 ? { height: lines * LINE_POINTS } : {}) };
}
