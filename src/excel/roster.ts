/**
 * Finding and reading the roster: the selected range, its current region, the used range of the
 * active sheet, or an Excel table. The header row is found below title rows by the core.
 */
import type { RosterInput } from "../core";
import { columnName } from "../report";
import { cellFromRange } from "./cells";
import { gridBytes, hasCode } from "./payload";
import { emptyStats, readSizedBlocks, recordSync, type RequestStats } from "./request-batcher";
import { loadSetting, MAPPING_KEY, parseMappings, settingValue, type MappingStore } from "./settings";

/** Where a roster can come from. */
export type RosterSourceKind = "table" | "selection" | "region" | "used";

/** A candidate roster range. */
export interface RosterSource {
  readonly kind: RosterSourceKind;
  readonly sheet: string;
  /** Range address without the sheet (`A1:Q84`). */
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Table name, for `table` sources. */
  readonly table?: string;
}

/**
 * A selection the roster could not be taken from as it is: `several` areas (Excel refuses
 * `getSelectedRange` with InvalidSelection), or `whole` rows or columns (an unbounded range:
 * only its part inside the used range is read).
 */
export type SelectionNote = "several" | "whole";

/** What {@link probeRosterSources} found. */
export interface RosterProbe {
  /** Candidates, the most likely first. */
  readonly sources: readonly RosterSource[];
  readonly mappings: MappingStore;
  readonly stats: RequestStats;
  /** Set when the selection was not used as it is (the pane says what to select). */
  readonly selectionNote?: SelectionNote;
}

/** A roster read from the workbook. */
export interface RosterRead {
  readonly roster: RosterInput;
  readonly source: RosterSource;
  readonly mappings: MappingStore;
  readonly stats: RequestStats;
}

/** Tables whose geometry is looked up (a workbook rarely has more rosters than this). */
const MAX_TABLES = 20;

/**
 * Cells read first (whole rows: 4,000 / columns), to measure what a row of this roster weighs
 * before sizing the next requests: 80 rows of 17 columns are one request.
 */
const PROBE_CELLS = 4_000;


/** Sheet size: a range this tall or wide is an entire column or row (unbounded). */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

type Geometry = Pick<Excel.Range, "rowIndex" | "columnIndex" | "rowCount" | "columnCount">;

const GEOMETRY = "rowIndex,columnIndex,rowCount,columnCount";

/** The A1 address of a geometry (`A1:Q84`). */
export function addressOf(g: Geometry): string {
  const first = `${columnName(g.columnIndex)}${g.rowIndex + 1}`;
  const last = `${columnName(g.columnIndex + g.columnCount - 1)}${g.rowIndex + g.rowCount}`;
  return first === last ? first : `${first}:${last}`;
}

function source(kind: RosterSourceKind, sheet: string, g: Geometry, table?: string): RosterSource {
  return {
    kind,
    sheet,
    address: addressOf(g),
    rowIndex: g.rowIndex,
    columnIndex: g.columnIndex,
    rowCount: g.rowCount,
    columnCount: g.columnCount,
    ...(table === undefined ? {} : { table }),
  };
}


/** True for an entire-row or entire-column range. */
function isUnbounded(g: Geometry): boolean {
  return g.rowCount >= SHEET_ROWS || g.columnCount >= SHEET_COLUMNS;
}

/** The part of `a` inside `b`, or null. */
function intersect(a: Geometry, b: Geometry): Geometry | null {
  const r0 = Math.max(a.rowIndex, b.rowIndex);
  const c0 = Math.max(a.columnIndex, b.columnIndex);
  const r1 = Math.min(a.rowIndex + a.rowCount, b.rowIndex + b.rowCount);
  const c1 = Math.min(a.columnIndex + a.columnCount, b.columnIndex + b.columnCount);
  return r1 > r0 && c1 > c0 ? { rowIndex: r0, columnIndex: c0, rowCount: r1 - r0, columnCount: c1 - c0 } : null;
}

/** Drops repeated addresses, keeping the first. */
function unique(candidates: readonly RosterSource[]): RosterSource[] {
  const seen = new Set<string>();
  return candidates.filter((s) => {
    const key = `${s.sheet}!${s.address}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Lists the ranges that may hold the roster, most likely first: the table around the selection,
 * the selection (when it is more than one cell), the active sheet's used range, the
 * selection's current region, then the workbook's other tables. Loads addresses only (no values), plus the saved
 * mapping corrections: one request, and a second one when the workbook has tables.
 *
 * A selection of several areas (Excel answers InvalidSelection) is left out: the probe runs
 * again without it and says so (`selectionNote: "several"`). Whole rows or columns are cut to
 * the used range ("Read or write to an unbounded range": their values read as null) and the
 * region around them is left out (`selectionNote: "whole"`).
 */
export async function probeRosterSources(): Promise<RosterProbe> {
  try {
    return await probeOnce(true);
  } catch (error) {
    if (!hasCode(error, "InvalidSelection")) throw error;
    return { ...(await probeOnce(false)), selectionNote: "several" };
  }
}

async function probeOnce(withSelection: boolean): Promise<RosterProbe> {
  return Excel.run(async (context) => {
    const stats = emptyStats();
    const wb = context.workbook;
    const selection = withSelection ? wb.getSelectedRange() : null;
    selection?.load(GEOMETRY);
    selection?.worksheet.load("name");
    const region = selection?.getSurroundingRegion().load(GEOMETRY) ?? null;
    const selectionTables = selection?.getTables(false).load("items/name") ?? null;
    const active = wb.worksheets.getActiveWorksheet();
    active.load("name");
    const used = active.getUsedRangeOrNullObject(true);
    used.load(GEOMETRY);
    const tables = wb.tables;
    tables.load("items/name,items/worksheet/name");
    const mapping = loadSetting(context, MAPPING_KEY);
    await context.sync();
    recordSync(stats, 0);

    const tableItems = tables.items.slice(0, MAX_TABLES);
    const tableRanges = tableItems.map((t) => [t, t.getRange().load(GEOMETRY)] as const);
    if (tableItems.length > 0) {
      await context.sync();
      recordSync(stats, 0);
    }
    const tableSources = tableRanges.map(([t, range]) => source("table", t.worksheet.name, range, t.name));
    const around = new Set(selectionTables?.items.map((t) => t.name) ?? []);
    const isAround = (t: RosterSource): boolean => t.table !== undefined && around.has(t.table);
    const usedBox = !used.isNullObject && used.rowCount * used.columnCount > 1 ? source("used", active.name, used) : null;
    const whole = selection !== null && isUnbounded(selection);
    const sheet = selection?.worksheet.name ?? active.name;
    // Whole columns or rows count only where they meet the used range (on the selection's sheet),
    // and only when that is more than one column wide (one column is not a roster).
    const cut = whole && usedBox && sheet === active.name ? intersect(selection, used) : null;
    const picked = selection === null ? null : whole ? (cut && cut.columnCount > 1 ? cut : null) : selection;
    // A roster often has a blank row inside (the current region stops there) and title rows
    // above its header (the core skips them), so the sheet's used range comes before the region.
    const candidates: RosterSource[] = [
      ...tableSources.filter(isAround),
      ...(picked && picked.rowCount * picked.columnCount > 1 ? [source("selection", sheet, picked)] : []),
      ...(usedBox ? [usedBox] : []),
      ...(region && !whole && region.rowCount * region.columnCount > 1 ? [source("region", sheet, region)] : []),
      ...tableSources.filter((t) => !isAround(t)),
    ];
    return { sources: unique(candidates), mappings: parseMappings(settingValue(mapping)), stats, ...(whole ? { selectionNote: "whole" as const } : {}) };
  });
}

/** One block of rows as read: core cells and the wire bytes of the response. */
interface Block {
  readonly rows: RosterInput["rows"][number][];
  readonly bytes: number;
}

/** Queues the read of `n` rows from row `from` of the roster (values and number formats). */
function queueBlock(ws: Excel.Worksheet, src: RosterSource): (from: number, n: number) => () => Block {
  return (from, n) => {
    const range = ws.getRangeByIndexes(src.rowIndex + from, src.columnIndex, n, src.columnCount).load("values,numberFormat");
    return () => {
      const values = range.values;
      const formats = range.numberFormat;
      if (!Array.isArray(values)) throw new Error(`Excel returned no values for ${addressOf(src)}`);
      const rows = values.map((v, i) => {
        const f = formats?.[i] ?? [];
        return v.map((x, j) => cellFromRange(x, f[j]));
      });
      return { rows, bytes: gridBytes(values) + gridBytes(formats ?? []) };
    };
  };
}

/** A setting's value; loaded again when the request it was queued in was refused (and split). */
async function loadedSetting(context: Excel.RequestContext, item: Excel.Setting): Promise<unknown> {
  try {
    return settingValue(item);
  } catch {
    const again = loadSetting(context, MAPPING_KEY);
    await context.sync();
    return settingValue(again);
  }
}

/**
 * Reads a roster's values and number formats (for percent cells) and the saved mapping
 * corrections. The first request reads a probe of about 4,000 cells; each next one is sized from the
 * heaviest rows seen so far (with a 25% margin) to stay under the budget, and a request Excel
 * refuses for size is split and read again. The sheet is only read, never changed.
 */
export async function readRoster(src: RosterSource): Promise<RosterRead> {
  return Excel.run(async (context) => {
    const stats = emptyStats();
    const ws = context.workbook.worksheets.getItem(src.sheet);
    const mapping = loadSetting(context, MAPPING_KEY);
    const rows: RosterInput["rows"][number][] = [];
    const probe = Math.floor(PROBE_CELLS / Math.max(1, src.columnCount));
    for await (const block of readSizedBlocks(context, stats, 0, Math.max(1, src.rowCount), probe, src.columnCount, queueBlock(ws, src))) {
      for (const row of block.rows) rows.push(row);
    }
    return {
      roster: { sheet: src.sheet, rows, firstRow: src.rowIndex + 1, firstColumn: src.columnIndex },
      source: src,
      mappings: parseMappings(await loadedSetting(context, mapping)),
      stats,
    };
  });
}
