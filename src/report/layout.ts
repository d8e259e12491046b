/** Where each block of a sheet goes: the row positions both renderers use. */
import type { ReportBlock, ReportSheet, ReportTable } from "./model";

/** A block with its first sheet row (1-based). */
export interface PlacedBlock {
  readonly block: ReportBlock;
  /** First sheet row of the block (a table's header row). */
  readonly row: number;
  /** Rows the block takes, a table's header, data and total rows included. */
  readonly height: number;
}

/** Rows a table takes: header, data, and the total row when it has one. */
export function tableHeight(table: ReportTable): number {
  return 1 + table.rows.length + (table.totals ? 1 : 0);
}

function blockHeight(block: ReportBlock): number {
  switch (block.kind) {
    case "facts":
      return block.rows.length;
    case "table":
      return tableHeight(block.table);
    case "grid":
      return 1 + block.grid.rows.length;
    default:
      return 1;
  }
}

/**
 * Lays a sheet's blocks out top to bottom from row 1, in column A.
 * @example layoutSheet(reviewSheet(review, "zh-CN")).map((p) => p.row) //=> [1, 2]
 */
export function layoutSheet(sheet: ReportSheet): PlacedBlock[] {
  let row = 1;
  return sheet.blocks.map((block) => {
    const placed = { block, row, height: blockHeight(block) };
    row += placed.height;
    return placed;
  });
}

/** Column letters of a 0-based column index (0 -> A, 26 -> AA): the core's `columnLetters`. */
export { columnLetters as columnName } from "../core/read/columns";
