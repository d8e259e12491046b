/**
 * Copies a streamed sheet into a streaming workbook, row by row as it is read: values (dates
 * as their serial numbers under their date format, formulas with text and cached result), each
 * cell's style (number format, font, fill, border, alignment, protection), row heights and
 * hidden rows, column widths and hidden columns, frozen panes, merged ranges, the autoFilter
 * range and links to addresses outside the workbook. What the copy does not keep is listed in docs/streaming.md.
 */
import type ExcelJS from "exceljs";
import { addHyperlinkAfterRows, addMergeAfterRows, streamRow } from "./exceljs-internals";
import { copyValue } from "./cell-values";
import type { ParsedRow, SheetContext, SheetHead, SheetTail, SheetVisitor } from "./sheet-parser";
import type { StreamedSheetInfo } from "./workbook-stream";

/** Columns a `<col>` range may set (Excel's last column is XFD, 16384). */
const MAX_COLUMN = 16384;

/** Where a copied sheet goes: adds a streaming sheet (with its views) and learns when it is done. */
export interface CopyTarget {
  addSheet(name: string, options: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet;
  /** Awaited after each chunk of input: lets the output of `ws` drain. */
  drain(ws: ExcelJS.Worksheet): Promise<void>;
  /** Called once the sheet is committed. */
  copied(info: StreamedSheetInfo, ws: ExcelJS.Worksheet): void;
  /** Called at the end of a sheet whose rows `rows` (sheet row numbers) came after later rows and could not be copied. */
  dropped?(info: StreamedSheetInfo, rows: readonly number[]): void;
}

function viewsOf(head: SheetHead): Array<Partial<ExcelJS.WorksheetView>> {
  const f = head.frozen;
  if (!f || (f.rows === 0 && f.columns === 0)) return [];
  return [{ state: "frozen", xSplit: f.columns, ySplit: f.rows, ...(f.topLeftCell ? { topLeftCell: f.topLeftCell } : {}), ...(f.activeCell ? { activeCell: f.activeCell } : {}) }];
}

/** A visitor that copies one sheet into `target`. */
export function copySheet(info: StreamedSheetInfo, ctx: SheetContext, target: CopyTarget): SheetVisitor {
  let ws: ExcelJS.Worksheet | null = null;
  let lastRow = 0;
  const late: number[] = [];
  const open = (head: SheetHead): ExcelJS.Worksheet => {
    const properties: Partial<ExcelJS.WorksheetProperties> = {};
    if (head.defaultRowHeight !== undefined) properties.defaultRowHeight = head.defaultRowHeight;
    if (head.defaultColWidth !== undefined) properties.defaultColWidth = head.defaultColWidth;
    const sheet = target.addSheet(info.name, { state: info.state, views: viewsOf(head), properties });
    for (const c of head.columns) {
      for (let n = Math.max(1, c.min); n <= Math.min(c.max, MAX_COLUMN); n++) {
        const column = sheet.getColumn(n);
        if (c.width !== undefined) column.width = c.width;
        if (c.hidden) column.hidden = true;
      }
    }
    return sheet;
  };
  return {
    head(head: SheetHead): void {
      ws = open(head);
    },
    row(parsed: ParsedRow): void {
      if (!ws) return;
      if (parsed.r <= lastRow) {
        // A row above one already written (a damaged part) cannot be streamed back: say so at the end.
        if (parsed.cells.length > 0) late.push(parsed.r);
        return;
      }
      lastRow = parsed.r;
      const row = streamRow(ws, parsed.r);
      for (const c of parsed.cells) {
        const style = c.styleId > 0 ? ctx.styleOf(c.styleId) : null;
        const value = copyValue(c, ctx);
        if (value === null && !style) continue;
        const cell = row.getCell(c.col);
        if (style) cell.style = style;
        if (value !== null) cell.value = value;
      }
      if (parsed.height !== undefined) row.height = parsed.height;
      if (parsed.hidden) row.hidden = true;
      row.commit();
    },
    afterChunk: () => (ws ? target.drain(ws) : undefined),
    tail(tail: SheetTail): void {
      const sheet = ws ?? open({ frozen: null, defaultRowHeight: undefined, defaultColWidth: undefined, columns: [] });
      for (const range of tail.merges) addMergeAfterRows(sheet, range);
      for (const link of tail.hyperlinks) {
        const target = link.rId === undefined ? undefined : ctx.links?.get(link.rId);
        if (target !== undefined) addHyperlinkAfterRows(sheet, link.ref, target);
      }
      if (tail.autoFilter) sheet.autoFilter = tail.autoFilter;
      sheet.commit();
      target.copied(info, sheet);
      if (late.length > 0) target.dropped?.(info, late);
    },
  };
}
