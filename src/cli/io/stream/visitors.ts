/** Small sheet visitors: several at once, and a sheet rebuilt in a workbook (policy sheets). */
import type ExcelJS from "exceljs";
import { loadedValue, PRESENT_EMPTY, styleOfCell } from "./cell-values";
import type { ParsedRow, SheetContext, SheetHead, SheetTail, SheetVisitor } from "./sheet-parser";
import { must } from "../../../core/util/must";

/** One visitor that hands every event to each of `visitors` (null when there are none). */
export function fanOut(visitors: readonly (SheetVisitor | null | undefined)[]): SheetVisitor | null {
  const list = visitors.filter((v): v is SheetVisitor => v !== null && v !== undefined);
  if (list.length === 0) return null;
  if (list.length === 1) return must(list[0], "the one visitor");
  return {
    head: (h: SheetHead) => list.forEach((v) => v.head?.(h)),
    row: (r: ParsedRow) => list.forEach((v) => v.row(r)),
    tail: async (t: SheetTail) => {
      for (const v of list) await v.tail?.(t);
    },
    afterChunk: async () => {
      for (const v of list) await v.afterChunk?.();
    },
  };
}

/**
 * Rebuilds a streamed sheet in a workbook-API worksheet, cell by cell, with the values and
 * number formats the workbook API would have loaded and its merged ranges, so the readers of
 * policy sheets (`sheetDataOf`) see it as they see a loaded one. For small sheets only.
 */
export function rebuildInto(ws: ExcelJS.Worksheet, ctx: SheetContext): SheetVisitor {
  return {
    row(row: ParsedRow): void {
      for (const c of row.cells) {
        const v = loadedValue(c, ctx);
        if (v === undefined || v === PRESENT_EMPTY) continue;
        const cell = ws.getCell(row.r, c.col);
        // A formula reads as its cached result (cellFromValue); keep just that.
        const value = v !== null && typeof v === "object" && "formula" in v ? ((v as ExcelJS.CellFormulaValue).result ?? null) : (v as ExcelJS.CellValue);
        if (value === null) continue;
        cell.value = value;
        const numFmt = styleOfCell(c, ctx)?.numFmt;
        if (numFmt) cell.numFmt = numFmt;
      }
    },
    tail(tail: SheetTail): void {
      for (const range of tail.merges) {
        try {
          ws.mergeCells(range);
        } catch {
          // overlapping merges in a damaged file: the cells stay as they are
        }
      }
    },
  };
}
