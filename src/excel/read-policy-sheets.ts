/* global Excel, Office */
/**
 * The workbook's policy sheets (晋升方案 / 职级 / 规则) for the PROMO formulas, kept fresh.
 *
 * How formulas never show a stale policy (shared runtime: task pane and functions share this
 * module's state):
 * 1. The first PROMO call reads the policy sheets (one `Excel.run`, two syncs) and subscribes,
 *    once, to the workbook's `worksheets.onChanged`, `onAdded`, `onDeleted` and (ExcelApi 1.17)
 *    `onNameChanged` events.
 * 2. An edit in a policy sheet, or a sheet added, deleted or renamed, schedules a re-read
 *    (debounced, {@link DEBOUNCE_MS}). The sheets are read again and compiled by the formulas
 *    on their next call; the state's signature is the policy's fingerprint (or the list of
 *    issues for broken sheets).
 * 3. When the signature changed, the workbook is recalculated in full
 *    (`application.calculate(full)`), so every PROMO formula is evaluated again with the new
 *    policy. Edits that do not change the policy (formatting, a note) cause no recalculation.
 * 4. A formula that passes a range as its `policy` argument depends on that range in Excel's own
 *    dependency graph; a changed range value forces a re-read before the formula is answered
 *    ({@link PolicySheetsWatcher.ready}), so it is fresh even without events.
 * 5. Excel does not recompute custom functions when a workbook opens. The key of the policy the
 *    formulas were computed with is kept in a workbook setting ({@link POLICY_KEY_SETTING}); at
 *    start-up a workbook that has it is checked ({@link checkPolicyOnOpen}) and recalculated when
 *    its policy sheets changed meanwhile.
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
} from "../core";
import type { SheetsPolicyState } from "../functions/logic/env";
import { warnWithoutData } from "./diagnostics";

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

/** Reads the policy sheets of the workbook in `context`. */
export async function readPolicySheets(context: Excel.RequestContext, locale: Locale): Promise<{ state: SheetsPolicyState; sheetIds: Set<string> }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  await context.sync();
  const names = worksheets.items.map((ws) => ws.name);
  const policySheets = worksheets.items.filter((ws) => policySheetKind(ws.name) !== null);
  const sheetIds = new Set(policySheets.map((ws) => ws.id));
  if (!hasPolicySheets(names)) return { state: { kind: "none" }, sheetIds };
  const ranges = policySheets.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("values,valueTypes,numberFormat,rowIndex,columnIndex");
    return range;
  });
  await context.sync();
  const sheets: SheetData[] = policySheets.map((ws, i) => {
    const range = ranges[i]!;
    return { name: ws.name, rows: range.isNullObject ? [] : sheetRows(range as unknown as UsedRange) };
  });
  return { state: policyStateOf(sheets, names, locale), sheetIds };
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
   * The policy key saved in the workbook when its formulas were last computed (a document
   * setting), and saving it. Excel keeps formula results in the file and does not recompute
   * custom functions on open, so a workbook whose policy sheets were edited elsewhere (without
   * the add-in) would otherwise open with stale results.
   */
  savedPolicyKey?(): string | null;
  savePolicyKey?(key: string): void;
}

/** A short key of a state signature, for the workbook setting. */
export function policyKey(signature: string): string {
  let h = 2166136261;
  for (let i = 0; i < signature.length; i++) h = Math.imul(h ^ signature.charCodeAt(i), 16777619);
  return `${signature.slice(0, 3)}${signature.length}-${(h >>> 0).toString(36)}`;
}

/**
 * Keeps the policy sheets' state for the formulas and recalculates the workbook when the policy
 * changes (see the module comment).
 */
export class PolicySheetsWatcher {
  private current: SheetsPolicyState = { kind: "none" };
  private signature = "none";
  /** The signature changed since the last recalculation. */
  private changed = false;
  private sheetIds = new Set<string>();
  private loaded: Promise<void> | null = null;
  private failedAt = 0;
  private dependency: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private subscribed = false;
  /** Reads finished (for tests and diagnostics). */
  reads = 0;
  /** Full recalculations requested (for tests and diagnostics). */
  recalculations = 0;

  constructor(private readonly host: ExcelHost) {}

  /** The state as last read ("none" outside Excel or before the first read). */
  state(): SheetsPolicyState {
    return this.current;
  }

  /**
   * Resolves once the sheets have been read; the first call reads them and subscribes to the
   * workbook's events. `dependency` is a key of the range a formula passed as `policy`: when it
   * differs from the last one seen, the sheets are read again before the formula is answered
   * (and, when the policy changed, every other formula is recalculated afterwards).
   */
  ready(dependency: string | null = null): Promise<void> {
    if (!this.host.run) return Promise.resolve();
    const retry = this.current.kind === "unreadable" && Date.now() - this.failedAt > RETRY_MS;
    if (retry) this.failedAt = Date.now(); // one retry for all the formulas calling now
    const newDependency = dependency !== null && dependency !== this.dependency;
    if (newDependency) this.dependency = dependency;
    if (this.loaded === null) {
      // A recalculation on the first read only when the workbook was computed with another policy.
      this.loaded = this.reload().then(() => void this.recalculateIfChanged());
    } else if (retry || newDependency) {
      // The recalculation is not awaited: Excel runs it once the current calculation has ended.
      this.loaded = this.loaded.then(() => this.reload()).then(() => void this.recalculateIfChanged());
    }
    return this.loaded;
  }

  /**
   * Reads the sheets again now and recalculates every formula when the policy changed; the task
   * pane calls this after writing policy sheets. Resolves true when the policy changed.
   */
  async refresh(): Promise<boolean> {
    this.loaded = this.reload();
    await this.loaded;
    return this.recalculateIfChanged();
  }

  /** Recalculates every formula (e.g. after the task pane changed the `promo.policy` setting). */
  async recalculate(): Promise<void> {
    const run = this.host.run;
    if (!run) return;
    this.recalculations++;
    this.changed = false;
    await run(async (context) => {
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
    });
  }

  /** Debounces a re-read after a policy-sheet event; recalculates when the policy changed. */
  schedule(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.refresh();
    }, DEBOUNCE_MS);
  }

  private async recalculateIfChanged(): Promise<boolean> {
    if (!this.changed) return false;
    try {
      await this.recalculate();
    } catch (error) {
      this.host.warn("PromoLadder: cannot recalculate the workbook", error);
    }
    return true;
  }

  private async reload(): Promise<void> {
    const run = this.host.run!;
    try {
      const { state, sheetIds } = await run(async (context) => {
        const read = await readPolicySheets(context, this.host.locale());
        if (!this.subscribed) await this.subscribe(context);
        return read;
      });
      this.sheetIds = sheetIds;
      this.apply(state);
      this.rememberInWorkbook();
    } catch (error) {
      this.failedAt = Date.now();
      this.host.warn("PromoLadder: cannot read the policy sheets", error);
      this.apply({ kind: "unreadable", message: error instanceof Error ? error.message : String(error) });
    }
    this.reads++;
  }

  /**
   * Saves the policy key in the workbook. On the first read, a different saved key means the
   * results in the file were computed with another policy: recalculate (no saved key: nothing
   * was computed here yet).
   */
  private rememberInWorkbook(): void {
    const key = policyKey(this.signature);
    const saved = this.host.savedPolicyKey?.() ?? null;
    if (saved === key) return;
    if (this.reads === 0 && saved !== null) this.changed = true;
    this.host.savePolicyKey?.(key);
  }

  private apply(state: SheetsPolicyState): void {
    const signature = stateSignature(state);
    // The first read is no change: the formulas waiting for it compute with it.
    if (signature !== this.signature && this.reads > 0) this.changed = true;
    this.current = state;
    this.signature = signature;
  }

  private async subscribe(context: Excel.RequestContext): Promise<void> {
    this.subscribed = true;
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
    await context.sync();
  }
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
    savedPolicyKey: () => {
      const value: unknown = settings()?.get(POLICY_KEY_SETTING);
      return typeof value === "string" ? value : null;
    },
    savePolicyKey: (key) => {
      const s = settings();
      if (!s) return;
      s.set(POLICY_KEY_SETTING, key);
      s.saveAsync();
    },
  };
}

/** The workbook setting holding the key of the policy its formulas were computed with. */
export const POLICY_KEY_SETTING = "promo.formulaPolicy";

function settings(): Office.Settings | null {
  try {
    return typeof Office !== "undefined" ? (Office.context?.document?.settings ?? null) : null;
  } catch {
    return null;
  }
}

/**
 * Where the page keeps its one watcher. A global, not a module variable: the task pane and the
 * functions are separate webpack entry chunks in one page, and each chunk gets its own copy of
 * a module they both import.
 */
const GLOBAL_KEY = "__promoLadderPolicySheetsWatcher";

/** The page's watcher, created on first use (lazily: nothing runs until a formula needs it). */
export function policySheetsWatcher(locale: () => Locale): PolicySheetsWatcher {
  const scope = globalThis as Record<string, unknown>;
  const existing = scope[GLOBAL_KEY] as PolicySheetsWatcher | undefined;
  if (typeof existing?.ready === "function") return existing;
  const created = new PolicySheetsWatcher(officeHost(locale));
  scope[GLOBAL_KEY] = created;
  return created;
}

/**
 * At start-up, in a workbook whose PROMO formulas were computed before (it has the
 * {@link POLICY_KEY_SETTING} setting): reads the policy sheets and recalculates when they changed
 * since (edited without the add-in). Other workbooks are left alone.
 */
export function checkPolicyOnOpen(locale: () => Locale): void {
  const saved: unknown = settings()?.get(POLICY_KEY_SETTING);
  if (saved === null || saved === undefined) return;
  void policySheetsWatcher(locale).ready();
}

/**
 * For the task pane: call after writing policy sheets or changing the `promo.policy` workbook
 * setting, so every PROMO formula is computed again with the new policy.
 */
export async function notifyPolicyChanged(locale: () => Locale = () => "zh-CN"): Promise<void> {
  const watcher = policySheetsWatcher(locale);
  if (!(await watcher.refresh())) await watcher.recalculate();
}
