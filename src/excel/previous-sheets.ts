/**
 * Reading what a previous run left: the managers' sign-offs (主管确认) on the old results sheet,
 * by 工号, and where the log (晋升档案) ends, so a re-run keeps the one and appends to the other.
 */
import { ID_HEADERS, LEVEL_HEADERS, NEXT_HEADERS, SIGN_OFF_HEADERS, SignOffs, STATUS_HEADERS } from "../report";
import { gridBytes } from "./payload";
import { readSizedBlocks, type RequestStats } from "./request-batcher";

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
  /** The review date in the title above the header (`评审日期 2026-11-23`), or null. */
  readonly asOf?: string | null;
}

/** The review date in a results sheet's title, as the CLI reads it (`src/cli/io/stream/sign-offs.ts`). */
const TITLE_DATE = /(?:评审日期|as of) (\d{4}-\d{2}-\d{2})/;

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
      const dated = rows.slice(0, Math.max(0, headerRow)).flat().map((v) => TITLE_DATE.exec(v)).find((m) => m !== null);
      return {
        asOf: dated?.[1] ?? null,
        headerRow,
        headers: rows[headerRow] ?? [],
        lastRow: used.isNullObject ? -1 : used.rowIndex + used.rowCount - 1,
        tables: tables.items.length,
      };
    },
  };
}

/** Rows of the first sign-off read, which measures what a row weighs before sizing the next ones. */
const SIGN_OFF_PROBE_ROWS = 2_000;

/** Ids, sign-offs and the decision columns (level, status, next level; undefined when absent) of `n` rows, as read. */
type SignOffRows = Array<[unknown, unknown, unknown, unknown, unknown]>;

/** Where the columns a sign-off is read with are (0-based; -1 when the sheet has none). */
interface SignOffColumns {
  readonly id: number;
  readonly sign: number;
  readonly level: number;
  readonly status: number;
  readonly next: number;
}

/** Queues the read of the id, sign-off and decision columns of `count` rows from `first`. */
function queueSignOffBlock(ws: Excel.Worksheet, cols: SignOffColumns): (first: number, count: number) => () => { rows: SignOffRows; bytes: number } {
  return (first, count) => {
    const column = (col: number): Excel.Range => ws.getRangeByIndexes(first, col, count, 1).load("values");
    const load = (col: number): Excel.Range | null => (col < 0 ? null : column(col));
    const [ids, signs, levels, statuses, nexts] = [column(cols.id), column(cols.sign), load(cols.level), load(cols.status), load(cols.next)];
    return () => ({
      rows: ids.values.map((r, i): [unknown, unknown, unknown, unknown, unknown] => [r[0], signs.values[i]?.[0], levels?.values[i]?.[0], statuses?.values[i]?.[0], nexts?.values[i]?.[0]]),
      bytes: [ids, signs, levels, statuses, nexts].reduce((b, range) => b + (range ? gridBytes(range.values) : 0), 0),
    });
  };
}

/**
 * Reads the sign-offs of an old results sheet by employee id: the id and sign-off columns below
 * the header, with the decision each sat next to (当前职级, 状态, 下一职级) and the title's review
 * date, so that the new sheet carries a sign-off only while its decision holds (see `SignOffs`);
 * a probe of 2,000 rows first, then requests sized from the heaviest rows seen (a request refused
 * for size is split). Empty sign-offs are skipped.
 */
export async function readSignOffs(context: Excel.RequestContext, ws: Excel.Worksheet, scan: SheetScan, stats: RequestStats): Promise<SignOffs> {
  const out = new SignOffs();
  out.asOf = scan.asOf ?? null;
  const col = (labels: readonly string[]): number => scan.headers.findIndex((h) => labels.includes(h));
  const cols: SignOffColumns = { id: col(ID_HEADERS), sign: col(SIGN_OFF_HEADERS), level: col(LEVEL_HEADERS), status: col(STATUS_HEADERS), next: col(NEXT_HEADERS) };
  if (scan.headerRow < 0 || cols.id < 0 || cols.sign < 0) return out;
  const decided = cols.level >= 0 && cols.status >= 0;
  const text = (v: unknown): string => String(v ?? "").trim();
  for await (const block of readSizedBlocks(context, stats, scan.headerRow + 1, scan.lastRow - scan.headerRow, SIGN_OFF_PROBE_ROWS, 2, queueSignOffBlock(ws, cols))) {
    for (const [idValue, signValue, level, status, next] of block.rows) {
      const id = text(idValue);
      const sign = text(signValue);
      if (id !== "" && sign !== "") out.record(id, sign, decided ? { level: text(level), status: text(status), next: text(next) } : undefined);
    }
  }
  return out;
}
