/* global Excel, Office */
/**
 * The workbook's policy sheets (晋升方案 / 职级 / 规则) and the `promo.policy` setting for the PROMO
 * formulas, kept fresh.
 *
 * How formulas never show a stale policy (shared runtime: task pane and functions share this
 * module's state):
 * 1. At start-up (`Office.onReady`) and on the first PROMO call the workbook is read: the policy
 *    sheets, the `promo.policy` and `promo.formulaPolicy` settings (`workbook.settings`, the one
 *    settings store PromoLadder uses) and the date system. A formula's evaluation only ever
 *    reads: the docs forbid a custom function to change the Excel environment ("Call Excel
 *    JavaScript APIs from a custom function").
 * 2. At start-up the watcher subscribes to the workbook's `worksheets.onChanged`, `onAdded`,
 *    `onDeleted`, (ExcelApi 1.17) `onNameChanged` and `settings.onSettingsChanged` events. An
 *    event schedules a re-read (debounced, {@link DEBOUNCE_MS}).
 * 3. When what the formulas depend on changed (the policy's fingerprint, the sheets' issues, or
 *    the chosen template), the sheets of this workbook that hold formulas are recalculated
 *    ({@link recalculateFormulaSheets}), outside any evaluation. Edits that do not change the
 *    policy (formatting, a note) cause no recalculation.
 * 4. A formula that passes a range as its `policy` argument depends on that range in Excel's own
 *    dependency graph; a changed range value forces a re-read before the formula is answered
 *    ({@link PolicySheetsWatcher.ready}), so it is fresh even without events.
 * 5. Excel does not recompute custom functions when a workbook opens. The key of the policy the
 *    formulas were computed with is kept in a workbook setting ({@link POLICY_KEY_SETTING}),
 *    written outside evaluation; at start-up a workbook that has it is checked
 *    ({@link PolicySheetsWatcher.start}) and recalculated when its policy changed meanwhile. Such a
 *    workbook is set to load the add-in when it opens (`Office.addin.setStartupBehavior`,
 *    SharedRuntime 1.1), so the check runs on open, not when someone first opens the pane.
 */
import {
  errorCell,
  hasPolicySheets,
  isPercentFormat,
  percentCell,
  policyFingerprint,
  policyFromSheets,
  policySheetKind,
  type Cell,
  type Locale,
  type SheetData,
  type SheetsPolicyState,
} from "../core";
import { warnWithoutData } from "./diagnostics";
import { loadSetting, POLICY_CHOICE_KEY, settingValue } from "./settings";
import { must, mustExist } from "../core/util/must";

/** Quiet time after the last policy-sheet edit before the sheets are read again. */
export const DEBOUNCE_MS = 300;
/** After a failed read, formulas try again at most this often. */
const RETRY_MS = 2000;

/** One used range as Office.js gives it. */
interface UsedRange {
  readonly values: unknown[][];
  readonly valueTypes: string[][];
  readonly numberFormat: unknown[][];
  readonly rowIndex: number;
  readonly columnIndex: number;
}

/**
 * A used range as policy-sheet rows: `rows[0]` is sheet row 1 and `rows[r][0]` column A (the
 * range's offset is padded with empty cells). Errors become error cells and percent-formatted
 * numbers percent cells.
 */
export function sheetRows(range: UsedRange): Cell[][] {
  const rows: Cell[][] = [];
  for (let r = 0; r < range.rowIndex; r++) rows.push([]);
  range.values.forEach((line, i) => {
    const out: Cell[] = new Array<Cell>(range.columnIndex).fill(null);
    line.forEach((value, j) => {
      const type = range.valueTypes[i]?.[j];
      if (type === "Empty" || value === "" || value === null || value === undefined) out.push(null);
      else if (type === "Error") out.push(errorCell(String(value)));
      else if (typeof value === "number" && isPercentFormat(range.numberFormat[i]?.[j])) out.push(percentCell(value));
      else out.push(value as Cell);
    });
    rows.push(out);
  });
  return rows;
}

/** The policy state of a workbook's sheets: none, a valid policy with its fingerprint, or its issues. */
export function policyStateOf(sheets: readonly SheetData[], allNames: readonly string[], locale: Locale): SheetsPolicyState {
  if (!hasPolicySheets(allNames)) return { kind: "none" };
  const result = policyFromSheets(sheets, locale);
  if (!result.ok) return { kind: "invalid", issues: result.issues };
  return { kind: "ok", policy: result.policy, fingerprint: policyFingerprint(result.policy) };
}

/** What changes when the state changes: a recalculation is needed exactly when this differs. */
export function stateSignature(state: SheetsPolicyState): string {
  switch (state.kind) {
    case "ok":
      return `ok:${state.fingerprint}`;
    case "invalid":
      return `invalid:${JSON.stringify(state.issues)}`;
    default:
      return state.kind;
  }
}

/** The workbook setting holding the key of the policy its formulas were last computed with. */
export const POLICY_KEY_SETTING = "promo.formulaPolicy";

/** What one read of the workbook gives the formulas. */
export interface WorkbookRead {
  readonly state: SheetsPolicyState;
  /** Worksheet ids of the policy sheets (their edits matter). */
  readonly sheetIds: Set<string>;
  /** The template chosen in the pane (`promo.policy`), or null. */
  readonly choice: string | null;
  /** The key saved with the formulas' results ({@link POLICY_KEY_SETTING}), or null. */
  readonly savedKey: string | null;
  /** True when the workbook counts dates from 1904 (see {@link queueDateSystem}). */
  readonly date1904: boolean;
}

/** Serial of DATE(2000,1,1) in the 1904 date system (36526 in the 1900 system, 1462 days later). */
const Y2000_SERIAL_1904 = 35064;

/**
 * Asks Excel for DATE(2000,1,1): 35064 in a 1904-system workbook, 36526 otherwise. The Excel
 * JavaScript API has no released property for the date system (`Workbook.use1904DateSystem` has
 * only ever been in the preview set), but `workbook.functions.date` (ExcelApi 1.2, "a number from
 * 1900 or 1904 (depending on the workbook's date system)", @types/office-js) answers in the
 * workbook's own system. Null below ExcelApi 1.2.
 */
export function queueDateSystem(context: Excel.RequestContext, supports: (version: string) => boolean): (() => boolean) | null {
  // A host (or double) without the member answers as the 1900 system rather than failing the read.
  if (!supports("1.2") || typeof context.workbook.functions?.date !== "function") return null;
  const probe = context.workbook.functions.date(2000, 1, 1);
  probe.load("value");
  return () => probe.value === Y2000_SERIAL_1904;
}

/**
 * Reads the policy sheets, the `promo.policy` and {@link POLICY_KEY_SETTING} settings and the date
 * system of the workbook in `context` (reads only: two syncs, one when there are no policy sheets).
 * The settings come from `workbook.settings` (ExcelApi 1.4), the store the pane writes too; the
 * Common API copy (`Office.context.document.settings`) is never used: it is loaded once when the
 * add-in starts and `saveAsync` writes the whole copy back (@types/office-js, `Office.Settings`).
 */
export async function readPolicySheets(context: Excel.RequestContext, locale: Locale, supports: (version: string) => boolean = () => false): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const choiceItem = loadSetting(context, POLICY_CHOICE_KEY);
  const keyItem = loadSetting(context, POLICY_KEY_SETTING);
  const dateSystem = queueDateSystem(context, supports);
  await context.sync();
  const choiceValue = settingValue(choiceItem);
  const keyValue = settingValue(keyItem);
  const base = {
    choice: typeof choiceValue === "string" ? choiceValue : null,
    savedKey: typeof keyValue === "string" ? keyValue : null,
    date1904: dateSystem?.() ?? false,
  };
  const names = worksheets.items.map((ws) => ws.name);
  const policySheets = worksheets.items.filter((ws) => policySheetKind(ws.name) !== null);
  const sheetIds = new Set(policySheets.map((ws) => ws.id));
  if (!hasPolicySheets(names)) return { state: { kind: "none" }, sheetIds, ...base };
  const ranges = policySheets.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("values,valueTypes,numberFormat,rowIndex,columnIndex");
    return range;
  });
  await context.sync();
  const sheets: SheetData[] = policySheets.map((ws, i) => {
    const range = must(ranges[i], `used range of ${ws.name}`);
    return { name: ws.name, rows: range.isNullObject ? [] : sheetRows(range as unknown as UsedRange) };
  });
  return { state: policyStateOf(sheets, names, locale), sheetIds, ...base };
}

/**
 * Recalculates the formulas of this workbook only, sheet by sheet, and only the sheets that have
 * formulas: `Worksheet.calculate(true)` (ExcelApi 1.6; "markAllDirty: True, to mark all as
 * dirty") on each sheet whose `getSpecialCellsOrNullObject(formulas)` (ExcelApi 1.9) is not
 * null. `Application.calculate` would recalculate every open workbook. Below ExcelApi 1.9 every
 * sheet of the workbook is recalculated; below 1.6 (under the manifest's floor) the application.
 * `key`, when given, is saved as {@link POLICY_KEY_SETTING} in the same request, when there are
 * formulas. Resolves with the number of sheets recalculated.
 */
export async function recalculateFormulaSheets(context: Excel.RequestContext, supports: (version: string) => boolean, key: string | null = null): Promise<number> {
  const record = (): void => {
    if (key !== null) context.workbook.settings.add(POLICY_KEY_SETTING, key);
  };
  if (!supports("1.6")) {
    context.workbook.application.calculate(Excel.CalculationType.full);
    record();
    await context.sync();
    return 1;
  }
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  let sheets = worksheets.items;
  if (supports("1.9")) {
    const found = sheets.map((ws) => {
      const cells = ws.getRange().getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas);
      cells.load("cellCount");
      return cells;
    });
    await context.sync();
    sheets = sheets.filter((_, i) => {
      const cells = found[i];
      return cells !== undefined && !cells.isNullObject;
    });
  }
  for (const ws of sheets) ws.calculate(true);
  if (sheets.length > 0) record();
  await context.sync();
  return sheets.length;
}

/** The host functions the watcher needs (Office.js in Excel; fakes in tests). */
export interface ExcelHost {
  /** `Excel.run`, or null outside Excel. */
  readonly run: (<T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>) | null;
  /** True when the host supports `ExcelApi` at this version. */
  supports(version: string): boolean;
  locale(): Locale;
  /** Logs a problem the user cannot act on: a literal message and the error's kind, never a cell (see diagnostics.ts). */
  warn(message: string, error?: unknown): void;
  /**
   * Asks Office to load the add-in when this workbook is next opened, where the host can
   * (`Office.addin.setStartupBehavior`, SharedRuntime 1.1); resolves false where it cannot.
   */
  loadOnOpen?(): Promise<boolean>;
}

/** A short key of a state signature, for the workbook setting. */
export function policyKey(signature: string): string {
  let h = 2166136261;
  for (let i = 0; i < signature.length; i++) h = Math.imul(h ^ signature.charCodeAt(i), 16777619);
  return `${signature.slice(0, 3)}${signature.length}-${(h >>> 0).toString(36)}`;
}

/** What the formulas' answers depend on besides their arguments: the sheets, then the chosen template. */
function formulaSignature(state: SheetsPolicyState, choice: string | null): string {
  const sheets = stateSignature(state);
  return choice === null ? sheets : `${sheets}|template:${choice}`;
}

/** Quiet time after the last formula evaluation before the policy key is recorded. */
export const RECORD_MS = 1000;

/**
 * Keeps the policy sheets' state for the formulas, and recalculates the formulas when the policy
 * changes (see the module comment). A formula's evaluation only ever reads ({@link ready}); every
 * write and recalculation happens outside it: at start-up ({@link start}), after workbook events
 * and when the pane changes the policy ({@link refresh}), and, for the key of the policy the
 * formulas used, {@link RECORD_MS} after the last evaluation.
 */
export class PolicySheetsWatcher {
  private current: SheetsPolicyState = { kind: "none" };
  private choice: string | null = null;
  private date1904 = false;
  private signature = "none";
  /** The formulas have not been recalculated since the policy changed. */
  private changed = false;
  /** A PROMO formula has been evaluated in this session (so the workbook has one). */
  private evaluated = false;
  private savedKey: string | null = null;
  private sheetIds = new Set<string>();
  private loaded: Promise<void> | null = null;
  private failedAt = 0;
  private dependency: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private recordTimer: ReturnType<typeof setTimeout> | null = null;
  private subscribed = false;
  private loadOnOpenAsked = false;
  /** The start-up check has compared the saved key (until then no key is recorded). */
  private checked = false;
  /** Reads finished (for tests and diagnostics). */
  reads = 0;
  /** Recalculations requested (for tests and diagnostics). */
  recalculations = 0;

  constructor(private readonly host: ExcelHost) {}

  /** `Excel.run`: the watcher is started inside Excel only. */
  private get excelRun(): NonNullable<ExcelHost["run"]> {
    return mustExist(this.host.run, "Excel.run (the policy watcher runs inside Excel)");
  }

  /** The state as last read ("none" outside Excel or before the first read). */
  state(): SheetsPolicyState {
    return this.current;
  }

  /** The `promo.policy` setting as last read (fresh after the pane saves one: it calls {@link refresh}). */
  policyChoice(): string | null {
    return this.choice;
  }

  /** True when the workbook counts dates from 1904, as last read. */
  uses1904(): boolean {
    return this.date1904;
  }

  /**
   * Resolves once the workbook has been read (reads only; never a write, a recalculation or an
   * event registration). `dependency` is a key of the range a formula passed as `policy`: when it
   * differs from the last one seen, the sheets are read again first; the other formulas are
   * recalculated by the workbook event that the same edit raises ({@link refresh}), outside any
   * evaluation.
   * @example
   * await watcher.ready(); // the pane, before showing the policy sheets' state
   */
  ready(dependency: string | null = null): Promise<void> {
    if (!this.host.run) return Promise.resolve();
    const retry = this.current.kind === "unreadable" && Date.now() - this.failedAt > RETRY_MS;
    if (retry) this.failedAt = Date.now(); // one retry for all the formulas calling now
    const newDependency = dependency !== null && dependency !== this.dependency;
    if (newDependency) this.dependency = dependency;
    if (this.loaded === null) this.loaded = this.reload();
    else if (retry || newDependency) this.loaded = this.loaded.then(() => this.reload());
    return this.loaded;
  }

  /**
   * For a PROMO formula's evaluation: {@link ready}, and notes that the workbook has PROMO
   * formulas, so that the key of the policy they used is recorded {@link RECORD_MS} after the
   * last evaluation (outside it).
   * @example
   * await watcher.forFormula(dependencyKey(policyArg)); // then compute with watcher.state()
   */
  forFormula(dependency: string | null = null): Promise<void> {
    if (!this.host.run) return Promise.resolve();
    this.evaluated = true;
    const done = this.ready(dependency);
    void done.then(() => this.scheduleRecord());
    return done;
  }

  /**
   * At start-up (`Office.onReady`, outside any evaluation): reads the workbook, subscribes to its
   * events and, in a workbook whose formulas were computed with another policy (edited where the
   * add-in was not running), recalculates them. Where the host allows it, the workbook is then
   * set to load the add-in when it opens, so this check runs before anyone reads stale results.
   */
  async start(): Promise<void> {
    if (!this.host.run) return;
    this.loaded ??= this.reload();
    await this.loaded;
    await this.subscribeOnce();
    const saved = this.savedKey;
    if (saved !== null && saved !== this.currentKey()) this.changed = true;
    this.checked = true;
    await this.settle();
    if (saved !== null) await this.askLoadOnOpen();
  }

  /**
   * Reads the workbook again now and, when the policy changed, recalculates the formulas (outside
   * any evaluation: the task pane calls this after it changes the policy, the workbook events
   * after an edit). Resolves true when it recalculated.
   * @example
   * await savePolicyChoice("ecom-cs"); await watcher.refresh(); // formulas now use ecom-cs
   */
  async refresh(): Promise<boolean> {
    if (!this.host.run) return false;
    this.loaded = this.reload();
    await this.loaded;
    await this.subscribeOnce();
    return this.settle();
  }

  /** Debounces a re-read after a workbook event; recalculates when the policy changed. */
  schedule(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.refresh();
    }, DEBOUNCE_MS);
  }

  private currentKey(): string {
    return policyKey(this.signature);
  }

  /** Recalculates when the policy changed since the formulas were computed; records the key. */
  private async settle(): Promise<boolean> {
    if (!this.changed) {
      if (this.checked && this.evaluated && this.savedKey !== this.currentKey()) await this.record();
      return false;
    }
    try {
      this.recalculations++;
      this.changed = false;
      const key = this.currentKey();
      const sheets = await this.excelRun((context) => recalculateFormulaSheets(context, (v) => this.host.supports(v), key));
      if (sheets > 0) {
        this.savedKey = key;
        await this.askLoadOnOpen();
      }
    } catch (error) {
      this.host.warn("PromoLadder: cannot recalculate the workbook", error);
    }
    return true;
  }

  /** After the last evaluation of a burst: records the key of the policy the formulas used. */
  private scheduleRecord(): void {
    if (this.recordTimer !== null) clearTimeout(this.recordTimer);
    this.recordTimer = setTimeout(() => {
      this.recordTimer = null;
      if (!this.changed && this.current.kind !== "unreadable") void this.settle();
    }, RECORD_MS);
  }

  /** Saves the key of the current policy in the workbook, and asks to load on open. */
  private async record(): Promise<void> {
    const key = this.currentKey();
    try {
      await this.excelRun(async (context) => {
        context.workbook.settings.add(POLICY_KEY_SETTING, key);
        await context.sync();
      });
      this.savedKey = key;
    } catch (error) {
      this.host.warn("PromoLadder: cannot save the formulas' policy key", error);
    }
    await this.askLoadOnOpen();
  }

  private async askLoadOnOpen(): Promise<void> {
    if (this.loadOnOpenAsked || !this.host.loadOnOpen) return;
    this.loadOnOpenAsked = true;
    try {
      await this.host.loadOnOpen();
    } catch (error) {
      this.host.warn("PromoLadder: cannot set the add-in to load on open", error);
    }
  }

  private async reload(): Promise<void> {
    const run = this.excelRun;
    try {
      const read = await run((context) => readPolicySheets(context, this.host.locale(), (v) => this.host.supports(v)));
      this.sheetIds = read.sheetIds;
      this.choice = read.choice;
      this.date1904 = read.date1904;
      this.savedKey = read.savedKey;
      this.apply(read.state);
    } catch (error) {
      this.failedAt = Date.now();
      this.host.warn("PromoLadder: cannot read the policy sheets", error);
      this.apply({ kind: "unreadable", message: error instanceof Error ? error.message : String(error) });
    }
    this.reads++;
  }

  private apply(state: SheetsPolicyState): void {
    const signature = formulaSignature(state, this.choice);
    // The first read is no change: the formulas waiting for it compute with it.
    if (signature !== this.signature && this.reads > 0) this.changed = true;
    this.current = state;
    this.signature = signature;
  }

  private async subscribeOnce(): Promise<void> {
    if (this.subscribed) return;
    this.subscribed = true;
    try {
      await this.excelRun(async (context) => {
        const sheets = context.workbook.worksheets;
        if (this.host.supports("1.9")) {
          sheets.onChanged.add(async (event) => {
            if (this.sheetIds.has(event.worksheetId)) this.schedule();
          });
        }
        if (this.host.supports("1.7")) {
          sheets.onAdded.add(async () => this.schedule());
          sheets.onDeleted.add(async () => this.schedule());
        }
        if (this.host.supports("1.17")) sheets.onNameChanged.add(async () => this.schedule());
        // The pane on another computer (co-authoring) may change promo.policy.
        if (this.host.supports("1.4")) context.workbook.settings.onSettingsChanged.add(async () => this.schedule());
        await context.sync();
      });
    } catch (error) {
      this.subscribed = false;
      this.host.warn("PromoLadder: cannot subscribe to workbook events", error);
    }
  }
}

/**
 * `Office.addin.setStartupBehavior(load)` where the host has SharedRuntime 1.1 (@types/office-js
 * `Office.Addin`), unless the workbook already loads the add-in on open (`getStartupBehavior`,
 * same set): setting it is a change to the document, made once.
 */
async function setLoadOnOpen(): Promise<boolean> {
  if (typeof Office === "undefined") return false;
  const supported = Office.context?.requirements?.isSetSupported("SharedRuntime", "1.1") === true;
  if (!supported || typeof Office.addin?.setStartupBehavior !== "function") return false;
  if ((await Office.addin.getStartupBehavior()) === Office.StartupBehavior.load) return true;
  await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
  return true;
}

/** Office.js as the watcher's host. */
function officeHost(locale: () => Locale): ExcelHost {
  const inExcel = typeof Excel !== "undefined" && typeof Excel.run === "function";
  return {
    run: inExcel ? <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(batch) : null,
    supports: (version) => {
      try {
        return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
      } catch {
        return false;
      }
    },
    locale,
    warn: warnWithoutData,
    loadOnOpen: setLoadOnOpen,
  };
}

/**
 * Where the page keeps its one watcher. A global, not a module variable: the task pane and the
 * functions are separate webpack entry chunks in one page, and each chunk gets its own copy of
 * a module they both import.
 */
const GLOBAL_KEY = "__promoLadderPolicySheetsWatcher";

/**
 * The page's watcher, created on first use.
 * @example
 * const watcher = policySheetsWatcher(() => "zh-CN");
 * await watcher.ready();
 * watcher.state(); // { kind: "ok", policy, fingerprint } for valid policy sheets
 */
export function policySheetsWatcher(locale: () => Locale): PolicySheetsWatcher {
  const scope = globalThis as Record<string, unknown>;
  const existing = scope[GLOBAL_KEY] as PolicySheetsWatcher | undefined;
  if (typeof existing?.ready === "function") return existing;
  const created = new PolicySheetsWatcher(officeHost(locale));
  scope[GLOBAL_KEY] = created;
  return created;
}

/**
 * For the task pane: call after writing policy sheets or changing the `promo.policy` workbook
 * setting, so every PROMO formula is computed again with the new policy.
 * @example
 * await savePolicyChoice("ecom-cs");
 * await notifyPolicyChanged(() => "zh-CN");
 */
export async function notifyPolicyChanged(locale: () => Locale = () => "zh-CN"): Promise<void> {
  await policySheetsWatcher(locale).refresh();
}
