/**
 * Draws PromoLadder's output sheets (the tables of `src/report`, shared with the task pane) into
 * an exceljs workbook: results (晋升评审), talent pool (人才库) and summary (晋升汇总). Every text is
 * written as a plain string value, never as a formula.
 */
import type ExcelJS from "exceljs";
import type { Locale, Review } from "../../core";
import type { SummaryInsights } from "../../report";
import {
  columnAlign,
  columnName,
  factFit,
  layoutSheet,
  NUMBER_FORMATS,
  rowHeight,
  poolSheet,
  reviewSheet,
  STYLES,
  summarySheet,
  type ColumnFormat,
  type ReportSheet,
  type ReportTable,
  type ReportValue,
  type StyleKey,
} from "../../report";
import { excelText } from "./excel-text";
import { addMergeAfterRows } from "./stream/exceljs-internals";

export { REVIEW_HEADERS, POOL_HEADERS, ID_HEADERS, SIGN_OFF_HEADERS } from "../../report";

/**
 * Cell styles, shared by reference: exceljs indexes styles by object identity when saving, so
 * one object per kind of cell (not one per cell) keeps a 100k-row save linear. Never mutate
 * them; {@link styleFor} hands out one object per (style, format, wrap) triple.
 */
type CellStyle = Partial<ExcelJS.Style>;

const styleCache = new Map<string, CellStyle>();

function argb(hex: string): string {
  return `FF${hex}`;
}

/** The shared exceljs style of a report style key, number format, wrapping and horizontal alignment. */
function styleFor(key: StyleKey, format: ColumnFormat, wrap = false, align: "left" | "right" = "left"): CellStyle {
  const id = `${key}|${format}|${wrap}|${align}`;
  let style = styleCache.get(id);
  if (style === undefined) {
    const spec = STYLES[key];
    const s: CellStyle = {};
    // Text and General columns keep exceljs's default (no numFmt): strings are strings there.
    if (format !== "text" && format !== "general") s.numFmt = NUMBER_FORMATS[format];
    if (spec.fill) s.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(spec.fill) } };
    if (spec.bold || spec.font || spec.size) {
      s.font = { ...(spec.bold ? { bold: true } : {}), ...(spec.size ? { size: spec.size } : {}), ...(spec.font ? { color: { argb: argb(spec.font) } } : {}) };
    }
    const horizontal = align === "right" ? ({ horizontal: "right" } as const) : {};
    if (key === "header") s.alignment = { vertical: "middle", wrapText: true, ...horizontal };
    else if (wrap) s.alignment = { wrapText: true, vertical: "top", ...horizontal };
    else if (align === "right") s.alignment = { horizontal: "right" };
    style = s;
    styleCache.set(id, style);
  }
  return style;
}

/** A YYYY-MM-DD date as an Excel date (midnight UTC, as exceljs writes and reads them). */
export function excelDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

function cellValue(v: ReportValue, format: ColumnFormat): ExcelJS.CellValue {
  if (typeof v !== "string") return v;
  return (format === "date" ? excelDate(v) : null) ?? excelText(v);
}

/** Where report cells go: a loaded worksheet, or a streaming one whose rows are not yet committed. */
type SheetTarget = Pick<ExcelJS.Worksheet, "getRow" | "getColumn" | "autoFilter">;

export type { SheetTarget };
/** Merges a range (`B5:H5`) of the sheet being written: `mergeCells` on a loaded sheet; the streaming writer's own record (exceljs-internals). */
type Merge = (range: string) => void;

/** Writes `values` into sheet row `r` from column A; only non-empty values make cells. */
function putRow(ws: SheetTarget, r: number, values: readonly ReportValue[], style: (j: number) => CellStyle, format: (j: number) => ColumnFormat): ExcelJS.Row {
  const row = ws.getRow(r);
  for (let j = 0; j < values.length; j++) {
    const v = values[j];
    if (v === null || v === undefined) continue;
    const cell = row.getCell(j + 1);
    cell.value = cellValue(v, format(j));
    cell.style = style(j);
  }
  return row;
}

/** One data row of a streamed table, with the styles of its columns whose look varies by row. */
export interface StreamedTableRow {
  readonly values: readonly ReportValue[];
  readonly styles?: Readonly<Record<number, StyleKey>>;
}

/** The data rows of a sheet's last table, supplied one at a time instead of held in the table. */
export interface StreamedTable {
  /** The table they belong to (a table of the sheet, with no rows of its own). */
  readonly table: ReportTable;
  /** How many rows `rows` yields (for the filter range). */
  readonly count: number;
  readonly rows: Iterable<StreamedTableRow>;
}

/** The frozen-rows view of a report sheet (a streaming worksheet takes it when it is added). */
export function reportViews(sheet: ReportSheet): Array<Partial<ExcelJS.WorksheetView>> {
  if (sheet.freezeRows <= 0) return [];
  const top = `A${sheet.freezeRows + 1}`;
  return [{ state: "frozen", xSplit: 0, ySplit: sheet.freezeRows, topLeftCell: top, activeCell: top }];
}

/**
 * How a report sheet prints: landscape on A4, one page wide and as many pages long as needed.
 * The workbook writer also repeats the frozen header rows on every page.
 */
export function reportPageSetup(): Partial<ExcelJS.PageSetup> {
  return {
    orientation: "landscape",
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
}

/** A table's rows as {@link StreamedTableRow}s, with its per-row cell styles. */
function* heldRows(t: ReportTable): Generator<StreamedTableRow> {
  const varying = Object.keys(t.cellStyles ?? {}).map(Number);
  for (const [i, values] of t.rows.entries()) {
    const styles: Record<number, StyleKey> = {};
    for (const j of varying) styles[j] = t.cellStyles?.[j]?.[i] ?? "plain";
    yield { values, styles };
  }
}

/**
 * Puts a report sheet's cells into `ws` top to bottom, yielding each sheet row once it is
 * complete (a streaming writer commits it): column widths first, then titles, bold fact
 * labels, tables with a styled header row, per-cell status colours and number formats, total
 * rows, and an autoFilter on tables that ask for one. Views are the caller's ({@link reportViews}).
 * @param merge - merges a range of the sheet (long facts and headings)
 * @param body - data rows of the sheet's last table, streamed instead of held in it
 */
function* placeSheet(ws: SheetTarget, sheet: ReportSheet, merge: Merge, body?: StreamedTable): Generator<ExcelJS.Row> {
  sheet.widths.forEach((w, j) => (ws.getColumn(j + 1).width = w));
  const placed = layoutSheet(sheet);
  for (const [k, { block, row }] of placed.entries()) {
    switch (block.kind) {
      case "title":
        yield putRow(ws, row, [block.text], () => styleFor("title", "general"), () => "general");
        break;
      case "facts":
        for (const [i, fact] of block.rows.entries()) {
          // A value wider than column B is merged over B to the last column and wrapped (src/report/fit.ts).
          const fit = factFit(fact[1], sheet.widths);
          const r = putRow(ws, row + i, fact, (j) => (j === 0 ? styleFor("bold", "general") : styleFor("plain", "general", fit.span > 1)), () => "general");
          if (fit.span > 1) merge(`B${row + i}:${columnName(fit.span)}${row + i}`);
          if (fit.height) r.height = fit.height;
          yield r;
        }
        break;
      case "line": {
        // A heading wider than the sheet's columns is merged over them and wrapped.
        const heading = block.cells.length === 1 && typeof block.cells[0] === "string" ? factFit(block.cells[0], sheet.widths, 0) : { span: 1 };
        const line = putRow(ws, row, block.cells, (j) => styleFor(block.styles[j] ?? "plain", block.formats?.[j] ?? "general", heading.span > 1), (j) => block.formats?.[j] ?? "general");
        if (heading.span > 1) merge(`A${row}:${columnName(heading.span - 1)}${row}`);
        if (heading.height) line.height = heading.height;
        yield line;
        break;
      }
      case "table": {
        const t = block.table;
        const streamed = body !== undefined && body.table === t;
        if (streamed && k !== placed.length - 1) throw new Error("a streamed table must be the sheet's last block");
        // Numbers and dates align right, their header too (src/report/fit.ts), so each stands under its heading.
        const align = t.columns.map((_, j) => columnAlign(t, j));
        const headers = t.columns.map((c) => c.header);
        const header = putRow(ws, row, headers, (j) => styleFor("header", "general", false, align[j]), () => "general");
        const headerLines = rowHeight(headers, headers.map(() => true), sheet.widths);
        if (t.headerHeight || headerLines) header.height = Math.max(t.headerHeight ?? 0, headerLines ?? 0);
        yield header;
        const format = (j: number): ColumnFormat => t.columns[j]?.format ?? "general";
        const wraps = t.columns.map((c) => c.wrap === true);
        const plain = t.columns.map((c, j) => styleFor("plain", c.format, c.wrap, align[j]));
        let r = row + 1;
        for (const data of streamed ? body.rows : heldRows(t)) {
          const styles = plain.slice();
          if (data.styles) for (const [j, key] of Object.entries(data.styles)) styles[Number(j)] = styleFor(key, format(Number(j)), t.columns[Number(j)]?.wrap, align[Number(j)]);
          const line = putRow(ws, r++, data.values, (j) => styles[j] ?? styleFor("plain", format(j)), format);
          // exceljs stores no height and Excel does not autofit on open: wrapped texts get the lines they need.
          const height = rowHeight(data.values, wraps, sheet.widths);
          if (height) line.height = height;
          yield line;
        }
        const count = streamed ? body.count : t.rows.length;
        if (t.totals) yield putRow(ws, row + 1 + count, t.totals, (j) => styleFor("bold", format(j), false, align[j]), format);
        if (t.filter) ws.autoFilter = { from: { row, column: 1 }, to: { row: row + count, column: t.columns.length } };
        break;
      }
      case "grid": {
        const g = block.grid;
        yield putRow(ws, row, g.header, () => styleFor("header", "general"), () => "text");
        for (const [i, line] of g.rows.entries()) {
          const values = [line.label, ...line.cells];
          const r = putRow(ws, row + 1 + i, values, (j) => (j === 0 ? styleFor("bold", "general", true) : styleFor(line.styles[j - 1] ?? "plain", "general", true)), () => "text");
          r.height = Math.max(g.rowHeight, rowHeight(values, values.map(() => true), sheet.widths) ?? 0);
          yield r;
        }
        break;
      }
      case "blank":
        if (block.pageBreak && row > 1) ws.getRow(row).addPageBreak();
        break;
    }
  }
}

/**
 * Draws a report sheet into an empty worksheet: titles, bold fact labels, tables with a styled
 * header row, per-cell status colours and number formats, total rows, column widths, frozen
 * rows and an autoFilter on tables that ask for one.
 */
export function renderSheet(ws: ExcelJS.Worksheet, sheet: ReportSheet): void {
  for (const row of placeSheet(ws, sheet, (range) => ws.mergeCells(range))) void row;
  ws.views = reportViews(sheet);
  // Excel ignores manual page breaks under "fit to page": a sheet with breaks (发展计划) prints at a fixed scale instead.
  const breaks = sheet.blocks.some((b) => b.kind === "blank" && b.pageBreak === true);
  ws.pageSetup = {
    ...ws.pageSetup,
    ...reportPageSetup(),
    ...(breaks ? { fitToPage: false, scale: 80 } : {}),
    ...(sheet.freezeRows > 0 ? { printTitlesRow: `1:${sheet.freezeRows}` } : {}),
  };
}

/** Rows committed between two turns of the event loop (lets the zip and file streams drain). */
const ROWS_PER_TURN = 2000;

/**
 * Draws a report sheet into a streaming worksheet added with {@link reportViews}, committing
 * each row as soon as it is complete, then commits the sheet: the same cells and look as
 * {@link renderSheet}. With `body`, the last table's rows come from it one at a time.
 * @param drain - awaited between batches of rows (e.g. until the output stream has drained)
 */
export async function renderSheetStreaming(ws: ExcelJS.Worksheet, sheet: ReportSheet, body?: StreamedTable, drain?: () => Promise<void>): Promise<void> {
  let n = 0;
  for (const row of placeSheet(ws, sheet, (range) => addMergeAfterRows(ws, range), body)) {
    row.commit();
    if (++n % ROWS_PER_TURN === 0) await (drain ? drain() : new Promise<void>((resolve) => setImmediate(resolve)));
  }
  ws.commit();
}

/** Fills the results sheet (晋升评审), sign-offs carried over by employee id. */
export function fillReviewSheet(ws: ExcelJS.Worksheet, review: Review, locale: Locale, signOffs: ReadonlyMap<string, string>): void {
  renderSheet(ws, reviewSheet(review, locale, signOffs));
}

/** Fills the talent-pool sheet (人才库). */
export function fillPoolSheet(ws: ExcelJS.Worksheet, review: Review, locale: Locale): void {
  renderSheet(ws, poolSheet(review, locale));
}

/** Fills the summary sheet (晋升汇总), with the near misses, 9-box and fairness tables when `insights` are given. */
export function fillSummarySheet(ws: ExcelJS.Worksheet, review: Review, locale: Locale, insights?: SummaryInsights): void {
  renderSheet(ws, summarySheet(review, locale, insights));
}
