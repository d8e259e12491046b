/**
 * Reading what a previous run left: the managers' sign-offs (主管确认) on the old results sheet,
 * by 工号, and where the log (晋升档案) ends, so a re-run keeps the one and appends to the other.
 */
import { ID_HEADERS, SIGN_OFF_HEADERS } from "../report";
import { gridBytes, REQUEST_BUDGET } from "./payload";
import { recordSync, type RequestStats } from "./request-batcher";

/** Rows and columns searched for a header row (the product writes it in row 2). */
const TOP = "A1:AD10";

/** Where a previous sheet's header row and data are. */
export interface SheetScan {
  /** 0-based row of the header, or -1 when not found. */
  readonly headerRow: number;
  /** Header texts of that row. */
  readonly headers: readonly string[];
  /** 0-based index of the last used row (-1 for an empty sheet). */
  readonly lastRow: number;
  /** Number of tables on the sheet. */
  readonly tables: number;
}

/** A scan queued in a request; `result()` after `context.sync()`. */
export interface PendingScan {
  result(): SheetScan;
}

/**
 * Queues the scan of a sheet's top rows, used range and tables, looking for a header row whose
 * cells include one of `mustHave` (any locale's label).
 */
export function queueScan(ws: Excel.Worksheet, mustHave: readonly string[]): PendingScan {
  const top = ws.getRange(TOP);
  top.load("values");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  const tables = ws.tables;
  tables.load("items/name");
  return {
    result(): SheetScan {
      const rows = top.values.map((r) => r.map((v) => (typeof v === "string" ? v.trim() : String(v))));
      const headerRow = rows.findIndex((r) => r.some((v) => mustHave.includes(v)));
      return {
        headerRow,
        headers: headerRow >= 0 ? rows[headerRow]! : [],
        lastRow: used.isNullObject ? -1 : used.rowIndex + used.rowCount - 1,
        tables: tables.items.length,
      };
    },
  };
}

/** Bytes per row assumed when reading an id and a sign-off (the id is text, the sign-off mostly empty). */
const SIGN_OFF_ROW_BYTES = 96;

/**
 * Reads the sign-offs of an old results sheet by employee id: the id and sign-off columns below
 * the header, in as many requests as the budget needs. Empty sign-offs are skipped.
 */
export async function readSignOffs(context: Excel.RequestContext, ws: Excel.Worksheet, scan: SheetScan, stats: RequestStats): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const idCol = scan.headers.findIndex((h) => ID_HEADERS.includes(h));
  const signCol = scan.headers.findIndex((h) => SIGN_OFF_HEADERS.includes(h));
  if (scan.headerRow < 0 || idCol < 0 || signCol < 0) return out;
  const first = scan.headerRow + 1;
  const total = scan.lastRow - scan.headerRow;
  const per = Math.floor(REQUEST_BUDGET / SIGN_OFF_ROW_BYTES);
  for (let done = 0; done < total; done += per) {
    const n = Math.min(per, total - done);
    const ids = ws.getRangeByIndexes(first + done, idCol, n, 1).load("values");
    const signs = ws.getRangeByIndexes(first + done, signCol, n, 1).load("values");
    await context.sync();
    recordSync(stats, gridBytes(ids.values) + gridBytes(signs.values));
    for (let i = 0; i < n; i++) {
      const id = String(ids.values[i]?.[0] ?? "").trim();
      const sign = String(signs.values[i]?.[0] ?? "").trim();
      if (id !== "" && sign !== "") out.set(id, sign);
    }
  }
  return out;
}
