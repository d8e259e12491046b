/**
 * A small Office + Excel double for the shared runtime's own calls (policy sheets, settings,
 * recalculation, start-up), strict where PromoLadder's correctness depends on the documented
 * behaviour:
 *
 * - Two views of one settings store. `workbook.settings` (ExcelApi 1.4) reads and writes the
 *   document. `Office.context.document.settings` is the Common API's in-memory copy: "Any settings
 *   previously saved by an add-in are loaded when it is initialized ... use the set and get
 *   methods to work with the in-memory copy"; `saveAsync` "Persists the in-memory copy of the
 *   settings property bag in the document"; `refreshAsync` "Reads all settings persisted in the
 *   document and refreshes the ... add-in's copy" (@types/office-js, `Office.Settings`). So the
 *   copy is stale until refreshed, and saving it writes the whole stale bag back.
 * - Requirement sets follow a profile (`isSetSupported`), and members above it are absent.
 * - DATE(2000,1,1) through `workbook.functions.date` (ExcelApi 1.2) answers in the workbook's
 *   date system ("a number from 1900 or 1904 (depending on the workbook's date system)").
 * - Every change to the workbook (a setting written, a calculation, the startup behaviour) is
 *   logged with whether a custom function's evaluation was in progress: the docs say a custom
 *   function must not change the Excel environment ("Call Excel JavaScript APIs from a custom
 *   function").
 */
import type { Cell, SheetData } from "../../src/core";
import { isPercentCell } from "../../src/core";
import type { ExcelHost } from "../../src/excel/read-policy-sheets";

/** Requirement sets a host supports, by name: the highest minor version of each. */
export interface HostProfile {
  readonly ExcelApi: number;
  /** 0: not supported. */
  readonly SharedRuntime: number;
}

/** The manifest's floor: SharedRuntime 1.1 and ExcelApi up to 1.10. */
export const FLOOR: HostProfile = { ExcelApi: 10, SharedRuntime: 1 };
/** A host without the shared runtime's `Office.addin` (e.g. a build below SharedRuntime 1.1). */
export const NO_SHARED_RUNTIME: HostProfile = { ExcelApi: 10, SharedRuntime: 0 };

interface FakeSheet {
  readonly id: string;
  name: string;
  rows: Cell[][];
  /** The sheet holds formulas (PROMO or others). */
  formulas: boolean;
}

/** One change made to the workbook. */
export interface Change {
  readonly what: string;
  /** A custom function's evaluation was in progress. */
  readonly duringEvaluation: boolean;
}

type Handler = (event: { worksheetId?: string }) => Promise<void>;
type EventKind = "changed" | "added" | "deleted" | "renamed" | "settings";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function minor(version: string): number {
  return Number(version.split(".")[1] ?? 0);
}

/** The workbook, its settings store and the Office/Excel globals over them. */
export class FakeOffice {
  sheets: FakeSheet[] = [];
  /** The document's settings store. */
  settings: Record<string, unknown> = {};
  readonly handlers: Record<EventKind, Handler[]> = { changed: [], added: [], deleted: [], renamed: [], settings: [] };
  readonly changes: Change[] = [];
  date1904 = false;
  /** What `Office.addin.setStartupBehavior` stored in the document. */
  startupBehavior = "None";
  runs = 0;
  /** Custom function evaluations in progress (see {@link evaluate}). */
  private evaluating = 0;
  private copy: Record<string, unknown> = {};

  constructor(readonly profile: HostProfile = FLOOR) {}

  addSheet(data: SheetData, formulas = false): void {
    this.sheets.push({ id: `id-${data.name}`, name: data.name, rows: data.rows.map((r) => [...r]), formulas });
  }

  sheet(name: string): FakeSheet {
    return this.sheets.find((s) => s.name === name)!;
  }

  /** Runs `call` as Excel runs a custom function: changes made meanwhile are flagged. */
  async evaluate<T>(call: () => Promise<T>): Promise<T> {
    this.evaluating++;
    try {
      return await call();
    } finally {
      this.evaluating--;
    }
  }

  /** Changes made while a custom function was being evaluated. */
  changesDuringEvaluation(): string[] {
    return this.changes.filter((c) => c.duringEvaluation).map((c) => c.what);
  }

  async fire(kind: EventKind, worksheetId?: string): Promise<void> {
    for (const h of this.handlers[kind]) await h(worksheetId === undefined ? {} : { worksheetId });
  }

  private change(what: string): void {
    this.changes.push({ what, duringEvaluation: this.evaluating > 0 });
  }

  private supports(set: string, version: string): boolean {
    if (set === "ExcelApi") return minor(version) <= this.profile.ExcelApi;
    if (set === "SharedRuntime") return this.profile.SharedRuntime > 0 && minor(version) <= this.profile.SharedRuntime;
    return false;
  }

  private usedRange(sheet: FakeSheet): unknown {
    if (sheet.rows.length === 0) return { isNullObject: true, load: () => undefined };
    const width = Math.max(...sheet.rows.map((r) => r.length));
    const grid = sheet.rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null));
    const typeOf = (c: Cell): string =>
      c === null || c === undefined ? "Empty" : typeof c === "number" || isPercentCell(c) ? "Double" : typeof c === "boolean" ? "Boolean" : "String";
    return {
      isNullObject: false,
      load: () => undefined,
      rowIndex: 0,
      columnIndex: 0,
      values: grid.map((r) => r.map((c) => (c === null || c === undefined ? "" : isPercentCell(c) ? c.value : c))),
      valueTypes: grid.map((r) => r.map(typeOf)),
      numberFormat: grid.map((r) => r.map((c) => (isPercentCell(c) ? "0%" : "General"))),
    };
  }

  private worksheet(s: FakeSheet): unknown {
    const ws: Record<string, unknown> = {
      id: s.id,
      name: s.name,
      getUsedRangeOrNullObject: () => this.usedRange(s),
    };
    if (this.supports("ExcelApi", "1.6")) ws.calculate = (markAllDirty: boolean) => this.change(`calculate ${s.name}${markAllDirty ? "" : " (dirty only)"}`);
    ws.getRange = () => {
      const range: Record<string, unknown> = {};
      if (this.supports("ExcelApi", "1.9")) range.getSpecialCellsOrNullObject = () => ({ isNullObject: !s.formulas, load: () => undefined, cellCount: s.formulas ? 1 : 0 });
      return range;
    };
    return ws;
  }

  private settingItem(key: string): unknown {
    const exists = key in this.settings;
    return { isNullObject: !exists, value: exists ? clone(this.settings[key]) : undefined, load: () => undefined };
  }

  private context(): unknown {
    const event = (kind: EventKind) => ({ add: (h: Handler) => this.handlers[kind].push(h) });
    const worksheets: Record<string, unknown> = {
      load: () => undefined,
      items: this.sheets.map((s) => this.worksheet(s)),
      onAdded: event("added"),
      onDeleted: event("deleted"),
    };
    if (this.supports("ExcelApi", "1.9")) worksheets.onChanged = event("changed");
    if (this.supports("ExcelApi", "1.17")) worksheets.onNameChanged = event("renamed");
    const settings: Record<string, unknown> = {
      getItemOrNullObject: (k: string) => this.settingItem(k),
      add: (k: string, v: unknown) => {
        this.change(`settings.add ${k}`);
        this.settings[k] = clone(v);
      },
      onSettingsChanged: event("settings"),
    };
    const workbook: Record<string, unknown> = {
      worksheets,
      settings,
      application: { calculate: (type: string) => this.change(`application.calculate ${type}`) },
      functions: {
        date: (y: number, m: number, d: number) => {
          const serial = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000) - (this.date1904 ? 1462 : 0);
          return { value: serial, load: () => undefined };
        },
      },
    };
    return { workbook, sync: async () => undefined };
  }

  /** The Common API's copy of the settings, as loaded when the add-in started. */
  private commonSettings(): unknown {
    return {
      get: (k: string) => (k in this.copy ? clone(this.copy[k]) : null),
      set: (k: string, v: unknown) => {
        this.copy[k] = clone(v);
      },
      remove: (k: string) => {
        delete this.copy[k];
      },
      saveAsync: (cb?: (r: { status: string }) => void) => {
        this.change("document.settings.saveAsync");
        this.settings = clone(this.copy); // the whole bag, as loaded at start plus this add-in's own sets
        cb?.({ status: "succeeded" });
      },
      refreshAsync: (cb?: (r: { status: string }) => void) => {
        this.copy = clone(this.settings);
        cb?.({ status: "succeeded" });
      },
    };
  }

  /** The watcher's host over this workbook, without globals (`Excel.CalculationType` etc. aside). */
  host(): ExcelHost {
    return {
      run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
        this.runs++;
        return batch(this.context() as Excel.RequestContext);
      },
      supports: (version) => this.supports("ExcelApi", version),
      locale: () => "zh-CN",
      warn: () => undefined,
    };
  }

  /**
   * Installs `Excel` and `Office` as the add-in sees them when it starts: the Common API copy of
   * the settings is taken now.
   */
  install(displayLanguage = "zh-CN"): void {
    this.copy = clone(this.settings);
    const scope = globalThis as Record<string, unknown>;
    scope.Excel = {
      run: async <T>(batch: (context: unknown) => Promise<T>): Promise<T> => {
        this.runs++;
        return batch(this.context());
      },
      CalculationType: { full: "Full", recalculate: "Recalculate", fullRebuild: "FullRebuild" },
      SpecialCellType: { formulas: "Formulas" },
    };
    const office: Record<string, unknown> = {
      context: {
        displayLanguage,
        document: { settings: this.commonSettings() },
        requirements: { isSetSupported: (set: string, version = "1.1") => this.supports(set, version) },
      },
      onReady: (cb?: (info: { host: string; platform: string }) => void) =>
        Promise.resolve({ host: "Excel", platform: "PC" }).then((info) => {
          cb?.(info);
          return info;
        }),
      StartupBehavior: { none: "None", load: "Load" },
    };
    if (this.profile.SharedRuntime > 0) {
      office.addin = {
        setStartupBehavior: async (behavior: string) => {
          this.change(`setStartupBehavior ${behavior}`);
          this.startupBehavior = behavior;
        },
        getStartupBehavior: async () => this.startupBehavior,
      };
    }
    scope.Office = office;
  }

  /** Removes the globals. */
  uninstall(): void {
    const scope = globalThis as Record<string, unknown>;
    delete scope.Excel;
    delete scope.Office;
    delete scope.__promoLadderPolicySheetsWatcher;
  }
}
