/**
 * Draws PromoLadder's output sheets (the tables of `src/report`, shared with the task pane) into
 * an exceljs workbook: results (晋升评审), talent pool (人才库) and summary (晋升汇总). Every text is
 * written as a plain string value, never as a formula.
 */
import type ExcelJS from "exceljs";
import type { Locale, Review } from "../../core";
import {
  layoutSheet,
  NUMBER_FORMATS,
  poolSheet,
  reviewSheet,
  STYLES,
  summarySheet,
  type ColumnFormat,
  type ReportSheet,
  type ReportValue,
  type StyleKey,
} from "../../report";

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

/** The shared exceljs style of a report style key, number format and wrapping. */
function styleFor(key: StyleKey, format: ColumnFormat, wrap = false): CellStyle {
  const id = `${key}|${format}|${wrap}`;
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
    if (key === "header") s.alignment = { vertical: "middle", wrapText: true };
    else if (wrap) s.alignment = { wrapText: true, vertical: "top" };
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
  if (format === "date" && typeof v === "string") return excelDate(v) ?? v;
  return v;
}

/** Writes `values` into sheet row `r` from column A; only non-empty values make cells. */
function putRow(ws: ExcelJS.Worksheet, r: number, values: readonly ReportValue[], style: (j: number) => CellStyle, format: (j: number) => ColumnFormat): ExcelJS.Row {
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

/**
 * Draws a report sheet into an empty worksheet: titles, bold fact labels, tables with a styled
 * header row, per-cell status colours and number formats, total rows, column widths, frozen
 * rows and an autoFilter on tables that ask for one.
 */
export function renderSheet(ws: ExcelJS.Worksheet, sheet: ReportSheet): void {
  for (const { block, row } of layoutSheet(sheet)) {
    switch (block.kind) {
      case "title":
        putRow(ws, row, [block.text], () => styleFor("title", "general"), () => "general");
        break;
      case "facts":
        block.rows.forEach((pair, i) => putRow(ws, row + i, pair, (j) => styleFor(j === 0 ? "bold" : "plain", "general"), () => "general"));
        break;
      case "line":
        putRow(ws, row, block.cells, (j) => styleFor(block.styles[j] ?? "plain", block.formats?.[j] ?? "general"), (j) => block.formats?.[j] ?? "general");
        break;
      case "table": {
        const t = block.table;
        const header = putRow(ws, row, t.columns.map((c) => c.header), () => styleFor("header", "general"), () => "general");
        if (t.headerHeight) header.height = t.headerHeight;
        const format = (j: number): ColumnFormat => t.columns[j]?.format ?? "general";
        const plain = t.columns.map((c) => styleFor("plain", c.format, c.wrap));
        const varying = Object.keys(t.cellStyles ?? {}).map(Number);
        t.rows.forEach((values, i) => {
          const styles = plain.slice();
          for (const j of varying) styles[j] = styleFor(t.cellStyles![j]![i] ?? "plain", format(j), t.columns[j]?.wrap);
          putRow(ws, row + 1 + i, values, (j) => styles[j] ?? plain[j]!, format);
        });
        if (t.totals) putRow(ws, row + 1 + t.rows.length, t.totals, (j) => styleFor("bold", format(j)), format);
        if (t.filter) ws.autoFilter = { from: { row, column: 1 }, to: { row: row + t.rows.length, column: t.columns.length } };
        break;
      }
      case "blank":
        break;
    }
  }
  sheet.widths.forEach((w, j) => (ws.getColumn(j + 1).width = w));
  if (sheet.freezeRows > 0) {
    const top = `A${sheet.freezeRows + 1}`;
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: sheet.freezeRows, topLeftCell: top, activeCell: top }];
  }
}

/** Fills the results sheet (晋升评审), sign-offs carried over by employee id. */
export function fillReviewSheet(ws: ExcelJS.Worksheet, review: Review, locale: Locale, signOffs: ReadonlyMap<string, string>): void {
  renderSheet(ws, reviewSheet(review, locale, signOffs));
}

/** Fills the talent-pool sheet (人才库). */
export function fillPoolSheet(ws: ExcelJS.Worksheet, review: Review, locale: Locale): void {
  renderSheet(ws, poolSheet(review, locale));
}

/** Fills the summary sheet (晋升汇总). */
export function fillSummarySheet(ws: ExcelJS.Worksheet, review: Review, locale: Locale): void {
  renderSheet(ws, summarySheet(review, locale));
}
