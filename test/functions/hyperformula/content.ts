import { dayFromDate, isErrorCell, isPercentCell, serialFromDay, type Cell } from "../../../src/core";

/**
 * What a roster cell becomes in a HyperFormula sheet, as Excel would hold it: text stays text
 * ("95.9%", "2024/6/15", "８６" are not parsed), dates are serials, a percent-formatted cell holds
 * its fraction, #N/A is =NA().
 */
export function hfContent(cell: Cell): unknown {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") return `'${cell}`;
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  if (cell instanceof Date) return serialFromDay(dayFromDate(cell)!);
  if (isPercentCell(cell)) return cell.value;
  if (isErrorCell(cell) && cell.code === "#N/A") return "=NA()";
  throw new Error(`no HyperFormula content for ${JSON.stringify(cell)}`);
}
