/**
 * Writing the product's sheets into the open workbook without taking anything that is not
 * ours: a sheet is replaced only when the workbook's ownership setting names its worksheet id;
 * otherwise the product writes `晋升评审 (2)` and so on. The roster sheet is never touched.
 */
import { chooseSheetName, ID_HEADERS, LOG_AS_OF_HEADERS, SignOffs, type ReportKind, type ReportSheet, type ReportTable } from "../report";
import { ACTION_BYTES } from "./payload";
import { recordSync, RequestBatcher, type RequestStats } from "./request-batcher";
import { queueScan, readSignOffs, type SheetScan } from "./previous-sheets";
import { supportsExcelApi } from "./requirements";
import { loadSetting, OWNERSHIP_KEY, parseOwnership, settingValue, type Ownership } from "./settings";
import { rowValues, TableNames, writeReportSheet, writeRows } from "./write-sheet";

/** A worksheet as loaded in the first request. */
interface SheetInfo {
  readonly name: string;
  readonly id: string;
  readonly position: number;
}

/** The workbook as the first request of a write sees it. */
export interface WorkbookState {
  readonly sheets: readonly SheetInfo[];
  readonly ownership: Ownership;
  /** Table names with the sheet that holds them. */
  readonly tables: ReadonlyArray<{ readonly name: string; readonly sheet: string }>;
}

/** Loads sheets, ownership and tables: the first request of every write. */
export async function loadWorkbookState(context: Excel.RequestContext, stats: RequestStats): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/position");
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  const ownership = loadSetting(context, OWNERSHIP_KEY);
  await context.sync();
  recordSync(stats, 3 * ACTION_BYTES);
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, id: s.id, position: s.position })),
    ownership: parseOwnership(settingValue(ownership)),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
  };
}

/** The owned sheet of a kind, when it still exists and is not the roster. */
export function ownedSheet(state: WorkbookState, kind: ReportKind, roster: string): SheetInfo | undefined {
  const id = state.ownership[kind];
  const sheet = id === undefined ? undefined : state.sheets.find((s) => s.id === id);
  return sheet && sheet.name.toLowerCase() !== roster.toLowerCase() ? sheet : undefined;
}

/** Where each sheet of a write goes. */
interface Placement {
  readonly report: ReportSheet;
  readonly name: string;
  /** The owned sheet it replaces. */
  readonly replaces?: SheetInfo;
}

/**
 * Chooses names: a kind's owned sheet is replaced under its name; a name held by any other sheet
 * (a user's, the roster) is never taken, the product writes `晋升评审 (2)` and so on instead.
 */
export function placeSheets(state: WorkbookState, reports: readonly ReportSheet[], roster: string): Placement[] {
  const existing = state.sheets.map((s) => s.name);
  const taken: string[] = [roster];
  return reports.map((report) => {
    const mine = ownedSheet(state, report.kind, roster);
    const name = chooseSheetName(report.baseName, existing, mine ? [mine.name] : [], taken);
    taken.push(name);
    const replaces = mine && mine.name.toLowerCase() === name.toLowerCase() ? mine : undefined;
    return { report, name, ...(replaces ? { replaces } : {}) };
  });
}

/** Progress of a write: rows queued so far of all the rows to write. */
export type WriteProgress = (done: number, total: number) => void;

/** Options of {@link writeProductSheets}. */
export interface WriteSheetsOptions {
  /**
   * Builds the sheets replaced on each run (results, pool, summary; or the shortlist), once the
   * previous results sheet's sign-offs are known.
   */
  readonly build: (signOffs: ReadonlyMap<string, string>) => readonly ReportSheet[];
  /** Carry the 主管确认 sign-offs of the previous results sheet over, by 工号. */
  readonly keepSignOffs?: boolean;
  /** The log: appended to the owned log sheet, or written as a new sheet. */
  readonly log?: ReportSheet;
  /** The roster's sheet, never written or deleted. */
  readonly roster: string;
  /** The sheet to show at the end. */
  readonly activate?: ReportKind;
  readonly onProgress?: WriteProgress;
  /** Document settings saved in the same request as the ownership record (e.g. the applied policy). */
  readonly settings?: Readonly<Record<string, string>>;
}

/** What {@link writeProductSheets} wrote. */
export interface WriteSheetsResult {
  /** Sheet names written, by kind. */
  readonly sheets: Partial<Record<ReportKind, string>>;
  /** Sign-offs carried over from the previous results sheet. */
  readonly signOffs: number;
  /** Log rows appended. */
  readonly logRows: number;
  readonly stats: RequestStats;
}

function rowsOf(sheet: ReportSheet): number {
  return sheet.blocks.reduce((n, b) => n + (b.kind === "table" ? b.table.rows.length : 0), 0);
}

function firstTable(sheet: ReportSheet): ReportTable | undefined {
  for (const b of sheet.blocks) if (b.kind === "table") return b.table;
  return undefined;
}

/**
 * Writes product sheets in as few requests as the payload budget allows: 1 request to see the
 * workbook, 1 more (plus sign-off chunks) when a previous run left a results sheet or a log,
 * then the values in budgeted chunks and the formatting, and a last small request for the
 * ownership record. Old product sheets are deleted and re-added in place; the log only grows.
 */
export async function writeProductSheets(opts: WriteSheetsOptions): Promise<WriteSheetsResult> {
  return Excel.run(async (context) => {
    const b = new RequestBatcher(context);
    const stats = b.stats;
    const state = await loadWorkbookState(context, stats);
    const oldReview = opts.keepSignOffs ? ownedSheet(state, "review", opts.roster) : undefined;
    const oldLog = opts.log ? ownedSheet(state, "log", opts.roster) : undefined;

    // What a previous run left: sign-offs to keep, the end of the log to append to.
    let reviewScan: SheetScan | undefined;
    let logScan: SheetScan | undefined;
    if (oldReview || oldLog) {
      const r = oldReview ? queueScan(context.workbook.worksheets.getItem(oldReview.name), ID_HEADERS) : undefined;
      const logHeaders = opts.log ? (firstTable(opts.log)?.columns.map((c) => c.header) ?? []) : [];
      const l = oldLog ? queueScan(context.workbook.worksheets.getItem(oldLog.name), [...logHeaders, ...LOG_AS_OF_HEADERS]) : undefined;
      await context.sync();
      recordSync(stats, 2 * ACTION_BYTES);
      reviewScan = r?.result();
      logScan = l?.result();
    }
    const signOffs = oldReview && reviewScan ? await readSignOffs(context, context.workbook.worksheets.getItem(oldReview.name), reviewScan, stats) : new SignOffs();
    const reports = opts.build(signOffs);

    // A new log is written like the other sheets; an existing one is appended to.
    const placements = placeSheets(state, opts.log && !oldLog ? [...reports, opts.log] : reports, opts.roster);
    const deleted = new Set(placements.flatMap((p) => (p.replaces ? [p.replaces.name] : [])));
    const names = new TableNames(state.tables.filter((t) => !deleted.has(t.sheet)).map((t) => t.name));
    const logRowsToAdd = opts.log ? (firstTable(opts.log)?.rows.length ?? 0) : 0;
    const total = reports.reduce((n, r) => n + rowsOf(r), 0) + logRowsToAdd;
    let before = 0;
    const progress = (n: number): void => opts.onProgress?.(before + n, total);

    // Replace our old sheets in place, add the others at the end.
    const created: { kind: ReportKind; ws: Excel.Worksheet }[] = [];
    await b.small(() => {
      created.length = 0; // this piece runs again if its request is refused for size
      for (const p of placements) {
        if (p.replaces) context.workbook.worksheets.getItem(p.replaces.name).delete();
        const ws = context.workbook.worksheets.add(p.name);
        if (p.replaces) ws.position = p.replaces.position;
        ws.load("id");
        created.push({ kind: p.report.kind, ws });
      }
    });
    for (const placement of placements) {
      // By name, not the proxy `add` returned: a request refused for size is sent again piece by
      // piece (RequestBatcher.sync), and the rows must reach the sheet the replayed `add` made.
      await writeReportSheet(b, context.workbook.worksheets.getItem(placement.name), placement.report, names, progress);
      before += rowsOf(placement.report);
    }
    let logRows = opts.log && !oldLog ? logRowsToAdd : 0;
    if (opts.log && oldLog && logScan) {
      logRows = await appendLog(b, context.workbook.worksheets.getItem(oldLog.name), opts.log, logScan, progress);
    }
    await b.flush();

    // Record ownership (the new sheets' ids are loaded now) and show the results.
    const ownership: Ownership = { ...state.ownership };
    for (const c of created) ownership[c.kind] = c.ws.id;
    const shown = opts.activate ? placements.find((p) => p.report.kind === opts.activate) : undefined;
    await b.small(() => {
      context.workbook.settings.add(OWNERSHIP_KEY, JSON.stringify(ownership));
      for (const [key, value] of Object.entries(opts.settings ?? {})) context.workbook.settings.add(key, value);
      if (shown) context.workbook.worksheets.getItem(shown.name).activate();
    });
    await b.flush();
    const sheets: Partial<Record<ReportKind, string>> = {};
    for (const p of placements) sheets[p.report.kind] = p.name;
    if (oldLog) sheets.log = oldLog.name;
    return { sheets, signOffs: signOffs.size, logRows, stats };
  });
}

/**
 * Appends the log table's rows below the last used row of the existing log sheet; rows already
 * there are never rewritten. Values written directly below a table grow it ("Excel JavaScript API
 * performance optimization", Importing data into tables: "set values ... The table expands
 * automatically"), which is where the log's rows go. `Table.resize` (ExcelApi 1.13) also covers
 * rows a user typed below the table, where the host has it; elsewhere those stay outside.
 */
async function appendLog(b: RequestBatcher, ws: Excel.Worksheet, log: ReportSheet, scan: SheetScan, onRows: (n: number) => void): Promise<number> {
  const t = firstTable(log);
  if (!t || t.rows.length === 0) return 0;
  const width = t.columns.length;
  const row0 = Math.max(scan.lastRow + 1, scan.headerRow + 1, 1);
  await b.small(() => {
    t.columns.forEach((c, j) => {
      if (c.format !== "general") ws.getRangeByIndexes(row0, j, t.rows.length, 1).numberFormat = [[c.format === "date" ? "yyyy-mm-dd" : "@"]];
    });
  });
  await writeRows(b, ws, row0, 0, t.rows.length, width, (i) => rowValues(t, i), onRows);
  if (scan.tables > 0 && scan.headerRow >= 0 && supportsExcelApi("1.13")) {
    await b.small(() => {
      ws.tables.getItemAt(0).resize(ws.getRangeByIndexes(scan.headerRow, 0, row0 + t.rows.length - scan.headerRow, width));
    });
  }
  return t.rows.length;
}
