/**
 * Reading the earlier review cycles back from the 晋升档案 log the pane appends to (issue #21): the
 * product's own log sheet (by the ownership setting, so a user's sheet of that name is never read),
 * its rows from the header down, for the core's `cyclesFromLog`. Every member used is within the
 * manifest floor, ExcelApi 1.10 (@types/office-js): `Worksheet.getRangeByIndexes` 1.7,
 * `getUsedRangeOrNullObject` and `Workbook.settings` 1.4, the rest 1.1.
 */
import { cyclesFromLog, type Cell, type PastCycle } from "../core";
import { LOG_AS_OF_HEADERS } from "../report";
import { cellFromRange } from "./cells";
import { ACTION_BYTES, gridBytes } from "./payload";
import { emptyStats, readSizedBlocks, recordSync, type RequestStats } from "./request-batcher";
import { queueScan, type SheetScan } from "./previous-sheets";
import { loadWorkbookState, ownedSheet } from "./product-sheets";

/** Rows of the first read, which measures what a log row weighs before sizing the next ones. */
const LOG_PROBE_ROWS = 2_000;

/** What {@link readLogCycles} found. */
export interface LogCycles {
  /** The log sheet read, or null when the workbook has none of the product's. */
  readonly sheet: string | null;
  /** Its cycles dated before `before`, oldest first (empty when none). */
  readonly cycles: readonly PastCycle[];
  readonly stats: RequestStats;
}

/** One block of log rows as core cells, with its estimated response size. */
interface LogBlock {
  readonly rows: Cell[][];
  readonly bytes: number;
}

/**
 * The header row and every row below it to the last used one, values and number formats (a
 * date-formatted serial is read in the workbook's date system, see `cellFromRange`), in blocks
 * sized from a probe.
 */
async function readLogRows(context: Excel.RequestContext, ws: Excel.Worksheet, scan: SheetScan, stats: RequestStats): Promise<Cell[][]> {
  const width = Math.max(1, ...scan.headers.map((h, j) => (h === "" ? 0 : j + 1)));
  const rows: Cell[][] = [];
  const blocks = readSizedBlocks(context, stats, scan.headerRow, scan.lastRow - scan.headerRow + 1, LOG_PROBE_ROWS, width, (from, n): (() => LogBlock) => {
    const range = ws.getRangeByIndexes(from, 0, n, width).load("values,numberFormat");
    return () => ({
      rows: range.values.map((row, i) => row.map((v, j) => cellFromRange(v, range.numberFormat[i]?.[j]))),
      bytes: gridBytes(range.values) + gridBytes(range.numberFormat),
    });
  });
  for await (const block of blocks) rows.push(...block.rows);
  return rows;
}

/**
 * The cycles of the product's 晋升档案 log dated before `before` (YYYY-MM-DD), oldest first: the
 * earlier cycles a review on `before` compares with. Cycles on or after it (a re-run of the same
 * date, a later one) are left out, as the core's `compareCycles` does; read before the review
 * appends its own rows. A log without its header row gives no cycles.
 * @param roster - the roster's sheet, never read as the log
 * @example
 * const { cycles } = await readLogCycles("名单", "2026-11-23");
 * const history = cycles.length > 0 ? compareCycles(review, input, policy, cycles) : null;
 */
export async function readLogCycles(roster: string, before: string): Promise<LogCycles> {
  return Excel.run(async (context) => {
    const stats = emptyStats();
    const state = await loadWorkbookState(context, stats);
    const log = ownedSheet(state, "log", roster);
    if (!log) return { sheet: null, cycles: [], stats };
    const ws = context.workbook.worksheets.getItem(log.name);
    const pending = queueScan(ws, LOG_AS_OF_HEADERS);
    await context.sync();
    recordSync(stats, 2 * ACTION_BYTES);
    const scan = pending.result();
    if (scan.headerRow < 0 || scan.lastRow <= scan.headerRow) return { sheet: log.name, cycles: [], stats };
    const rows = await readLogRows(context, ws, scan, stats);
    const cycles = (cyclesFromLog({ name: log.name, rows }) ?? []).filter((c) => c.asOf < before);
    return { sheet: log.name, cycles, stats };
  });
}
