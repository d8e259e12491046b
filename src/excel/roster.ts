/**
 * Finding and reading the roster: the selected range, its current region, the used range of the
 * active sheet, or an Excel table. The header row is found below title rows by the core.
 */
import type { RosterInput } from "../core";
import { columnName } from "../report";
import { cellFromExcel } from "./cells";
import { gridBytes, REQUEST_BUDGET } from "./payload";
import { emptyStats, recordSync, type RequestStats } from "./request-batcher";
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

/** What {@link probeRosterSources} found. */
export interface RosterProbe {
  /** Candidates, the most likely first. */
  readonly sources: readonly RosterSource[];
  readonly mappings: MappingStore;
  readonly stats: RequestStats;
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
 * Cells read in the first request, before the real bytes per row are known: at a generous
 * 64 bytes per cell (value + number format) that is still under the budget.
 */
const FIRST_READ_CELLS = 60_000;

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

/**
 * Lists the ranges that may hold the roster, most likely first: the table around the selection,
 * the selection (when it is more than one cell), the active sheet's used range, the
 * selection's current region, then the workbook's other tables. Loads addresses only (no values), plus the saved
 * mapping corrections: one request, and a second one when the workbook has tables.
 */
export async function probeRosterSources(): Promise<RosterProbe> {
  return Excel.run(async (context) => {
    const stats = emptyStats();
    const wb = context.workbook;
    const selection = wb.getSelectedRange();
    selection.load(GEOMETRY);
    selection.worksheet.load("name");
    const region = selection.getSurroundingRegion();
    region.load(GEOMETRY);
    const selectionTables = selection.getTables(false);
    selectionTables.load("items/name");
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
    const tableRanges = tableItems.map((t) => t.getRange().load(GEOMETRY));
    if (tableItems.length > 0) {
      await context.sync();
      recordSync(stats, 0);
    }
    const tableSources = tableItems.map((t, i) => source("table", t.worksheet.name, tableRanges[i]!, t.name));
    const around = new Set(selectionTables.items.map((t) => t.name));
    const sheet = selection.worksheet.name;
    // A roster often has a blank row inside (the current region stops there) and title rows
    // above its header (the core skips them), so the sheet's used range comes before the region.
    const candidates: RosterSource[] = [
      ...tableSources.filter((t) => around.has(t.table!)),
      ...(selection.rowCount * selection.columnCount > 1 ? [source("selection", sheet, selection)] : []),
      ...(!used.isNullObject && used.rowCount * used.columnCount > 1 ? [source("used", active.name, used)] : []),
      ...(region.rowCount * region.columnCount > 1 ? [source("region", sheet, region)] : []),
      ...tableSources.filter((t) => !around.has(t.table!)),
    ];
    const seen = new Set<string>();
    const sources = candidates.filter((s) => {
      const key = `${s.sheet}!${s.address}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { sources, mappings: parseMappings(settingValue(mapping)), stats };
  });
}

/**
 * Reads a roster's values and number formats (for percent cells) and the saved mapping
 * corrections. One request for up to 60,000 cells; larger ranges are read in row chunks, one
 * request each, sized from the bytes per row seen so far to stay under the budget. The sheet is only read, never changed.
 */
export async function readRoster(src: RosterSource): Promise<RosterRead> {
  return Excel.run(async (context) => {
    const stats = emptyStats();
    const ws = context.workbook.worksheets.getItem(src.sheet);
    const mapping = loadSetting(context, MAPPING_KEY);
    const rows: RosterInput["rows"][number][] = [];
    const columns = Math.max(1, src.columnCount);
    let chunkRows = Math.max(1, Math.floor(FIRST_READ_CELLS / columns));
    for (let done = 0; done < src.rowCount || done === 0; ) {
      const count = Math.max(1, Math.min(src.rowCount - done, chunkRows));
      const range = ws.getRangeByIndexes(src.rowIndex + done, src.columnIndex, count, src.columnCount);
      range.load("values,numberFormat");
      await context.sync();
      const values = range.values;
      const formats = range.numberFormat;
      const bytes = gridBytes(values) + gridBytes(formats);
      recordSync(stats, bytes);
      for (let i = 0; i < values.length; i++) {
        const v = values[i]!;
        const f = formats[i] ?? [];
        rows.push(v.map((x, j) => cellFromExcel(x, f[j])));
      }
      done += count;
      // Size the next chunk from what this one weighed, with a 10% margin.
      chunkRows = Math.max(1, Math.floor(REQUEST_BUDGET / ((bytes / Math.max(1, values.length)) * 1.1)));
      if (src.rowCount === 0) break;
    }
    return {
      roster: { sheet: src.sheet, rows, firstRow: src.rowIndex + 1, firstColumn: src.columnIndex },
      source: src,
      mappings: parseMappings(settingValue(mapping)),
      stats,
    };
  });
}
