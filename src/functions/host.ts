/* global CustomFunctions, Office */
/**
 * The Excel host of the PROMO functions: display language, the workbook's policy (sheets and
 * setting), and turning answers into Excel values or `CustomFunctions.Error`s.
 */
import { allowGeneratedCode, pickLocale, type Locale } from "../core";
import { warnWithoutData } from "../excel/diagnostics";
import { policySheetsWatcher } from "../excel/read-policy-sheets";
import {
  isMultiCell,
  localToday,
  prefetchRecords,
  toFormulaError,
  type FormulaEnv,
  type FormulaError,
  type RecordCall,
  type RowArgs,
  type WorkbookPolicy,
} from "./logic";

// The functions share the task pane's page, whose Content-Security-Policy forbids generating code.
allowGeneratedCode(false);

/** The workbook setting naming the policy template (written by the task pane). */
export const POLICY_SETTING = "promo.policy";

let locale: Locale | null = null;

/** Excel's display language as a product locale; zh-CN until Office.js can tell. */
export function hostLocale(): Locale {
  if (locale) return locale;
  try {
    const tag = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    if (!tag) return "zh-CN";
    locale = pickLocale(tag);
    return locale;
  } catch {
    return "zh-CN";
  }
}

const watcher = policySheetsWatcher(hostLocale);

/**
 * The `promo.policy` workbook setting, or null: as read from `workbook.settings` with the policy
 * sheets (fresh after the pane saves a new one, which re-reads), never from the Common API's
 * copy, which is loaded once when the add-in starts (@types/office-js, `Office.Settings`).
 * @example
 * policySetting(); // "ecom-cs" after the pane picked 电商客服
 */
export function policySetting(): string | null {
  return watcher.policyChoice();
}

// At start-up, outside any formula's evaluation: read the workbook, subscribe to its events and
// recalculate formulas computed with another policy. Nothing to do outside Office (no host).
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady((info) => {
    if (info?.host) void watcher.start();
  });
}

const workbook: WorkbookPolicy = {
  sheets: () => watcher.state(),
  setting: policySetting,
};

const env: FormulaEnv = {
  get locale() {
    return hostLocale();
  },
  today: () => localToday(),
  workbook,
  // The workbook's date system, read with the policy sheets (DATE(2000,1,1), ExcelApi 1.2).
  get date1904() {
    return watcher.uses1904();
  },
};

/** A short key of a policy range's values: when it changes, the policy sheets are read again. */
export function dependencyKey(policy: unknown): string | null {
  if (!isMultiCell(policy)) return null;
  let h = 2166136261;
  const text = JSON.stringify(policy);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return `${text.length}:${(h >>> 0).toString(36)}`;
}

function excelError(error: FormulaError): CustomFunctions.Error {
  const code =
    error.code === "#N/A"
      ? CustomFunctions.ErrorCode.notAvailable
      : error.code === "#NUM!"
        ? CustomFunctions.ErrorCode.invalidNumber
        : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, error.message);
}

/**
 * Runs one PROMO call: waits for the workbook's first read (policy sheets, settings and date
 * system; then kept fresh); `needsPolicy` false skips re-reading for a changed policy range.
 * Computes, and turns any failure into an Excel error with a message (never a raw exception).
 */
export async function call<T>(policy: unknown, compute: (env: FormulaEnv) => T, needsPolicy = true): Promise<T> {
  try {
    // Every call waits for the first read: it also tells the workbook's date system.
    await watcher.forFormula(needsPolicy ? dependencyKey(policy) : null);
    return compute(env);
  } catch (error) {
    throw excelError(toFormulaError(error, hostLocale()));
  }
}

let pending: RecordCall[] = [];
let flushing: Promise<void> | null = null;

/**
 * Queues a per-row call for the batch evaluated at the end of the current burst of calls (a
 * microtask): Excel hands the functions of a recalculation over in batches, so the rows of a
 * 10,000-row sheet are evaluated in a few reviews instead of 10,000.
 */
function evaluateSoon(call: RecordCall): Promise<void> {
  pending.push(call);
  flushing ??= new Promise<void>((resolve) => {
    queueMicrotask(() => {
      const calls = pending;
      pending = [];
      flushing = null;
      try {
        prefetchRecords(calls, env);
      } catch (error) {
        warnWithoutData("PromoLadder: batch evaluation failed; rows are evaluated one by one", error);
      }
      resolve();
    });
  });
  return flushing;
}

/** Runs one per-row PROMO call: like {@link call}, with the row evaluated in a batch. */
export async function callRow<T>(args: RowArgs, compute: (env: FormulaEnv) => T): Promise<T> {
  try {
    await watcher.forFormula(dependencyKey(args.policy));
    await evaluateSoon(args);
    return compute(env);
  } catch (error) {
    throw excelError(toFormulaError(error, hostLocale()));
  }
}
