/**
 * What PromoLadder remembers in the workbook, as document settings (saved with the file, seen
 * only by this add-in): which sheets it wrote (by worksheet id, so renaming keeps ownership and a
 * user's sheet of the same name is never taken) and the user's column-mapping corrections.
 */
import { policyFingerprint, policyFromJson, type MappingOverride, type Policy } from "../core";
import type { ReportKind } from "../report";

/** Setting holding the product's sheets. */
export const OWNERSHIP_KEY = "PromoLadder.sheets";
/** Setting holding the column-mapping corrections. */
export const MAPPING_KEY = "PromoLadder.mapping";

/** Worksheet ids of the sheets PromoLadder wrote, by kind. */
export type Ownership = Partial<Record<ReportKind, string>>;

/** Mapping corrections per roster sheet name. */
export type MappingStore = Readonly<Record<string, MappingOverride>>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Reads a setting's value as stored (JSON text on some hosts, an object on others). */
function settingObject(value: unknown): Record<string, unknown> {
  if (typeof value === "string") {
    try {
      const parsed: unknown = JSON.parse(value);
      return isRecord(parsed) ? parsed : {};
    } catch {
      return {};
    }
  }
  return isRecord(value) ? value : {};
}

/** The ownership setting's value, keeping only well-formed entries. */
export function parseOwnership(value: unknown): Ownership {
  const out: Ownership = {};
  for (const [k, v] of Object.entries(settingObject(value))) {
    if (typeof v === "string" && ["review", "pool", "summary", "log", "shortlist"].includes(k)) out[k as ReportKind] = v;
  }
  return out;
}

/** The mapping setting's value, keeping only string or null field choices. */
export function parseMappings(value: unknown): MappingStore {
  const out: Record<string, MappingOverride> = {};
  for (const [sheet, o] of Object.entries(settingObject(value))) {
    if (!isRecord(o)) continue;
    const m: Record<string, string | null> = {};
    for (const [h, f] of Object.entries(o)) if (typeof f === "string" || f === null) m[h] = f;
    out[sheet] = m;
  }
  return out;
}

/** Reads a setting in the current request; the value is there after `context.sync()`. */
export function loadSetting(context: Excel.RequestContext, key: string): Excel.Setting {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  return item;
}

/** A loaded setting's value, or undefined when it does not exist. */
export function settingValue(item: Excel.Setting): unknown {
  return item.isNullObject ? undefined : (item.value as unknown);
}

/**
 * Remembers the user's mapping corrections for a roster sheet (one request): the stored
 * corrections of other sheets are kept.
 * @param known - the store as read with the roster
 */
export async function saveMapping(sheet: string, override: MappingOverride, known: MappingStore): Promise<MappingStore> {
  const next: MappingStore = { ...known, [sheet]: override };
  await Excel.run(async (context) => {
    context.workbook.settings.add(MAPPING_KEY, JSON.stringify(next));
    await context.sync();
  });
  return next;
}

/** Workbook setting naming the built-in template PROMO formulas use when no policy is given. */
export const POLICY_CHOICE_KEY = "promo.policy";

/**
 * Remembers the template chosen in the pane (one request), so that PROMO formulas without a
 * policy argument follow the same scheme as the last review.
 */
export async function savePolicyChoice(templateId: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.add(POLICY_CHOICE_KEY, templateId);
    await context.sync();
  });
}

/** Setting holding the policy the last review applied (the "before" of the policy what-if). */
export const APPLIED_POLICY_KEY = "PromoLadder.appliedPolicy";

/** The policy a review applied: the whole policy (so it can be compared after the sheets change), its fingerprint and where it came from. */
export interface AppliedPolicy {
  readonly policy: Policy;
  readonly fingerprint: string;
  /** `sheets` for the workbook's policy sheets, else the template id. */
  readonly source: string;
  /** The review's as-of date. */
  readonly asOf: string;
}

/** The setting's text for an applied policy. */
export function appliedPolicySetting(applied: AppliedPolicy): string {
  return JSON.stringify({ fingerprint: applied.fingerprint, source: applied.source, asOf: applied.asOf, policy: applied.policy });
}

/**
 * The applied-policy setting's value, or null when it is missing or not a valid policy (a policy
 * with any problem is never used). The fingerprint is computed again from the policy.
 */
export function parseAppliedPolicy(value: unknown): AppliedPolicy | null {
  const o = settingObject(value);
  if (!isRecord(o.policy)) return null;
  const read = policyFromJson(JSON.stringify(o.policy));
  if (!read.ok) return null;
  return {
    policy: read.policy,
    fingerprint: policyFingerprint(read.policy),
    source: typeof o.source === "string" ? o.source : "",
    asOf: typeof o.asOf === "string" ? o.asOf : "",
  };
}

/** Reads the policy the last review applied (one request); null when none was recorded. */
export async function readAppliedPolicy(): Promise<AppliedPolicy | null> {
  return Excel.run(async (context) => {
    const item = loadSetting(context, APPLIED_POLICY_KEY);
    await context.sync();
    return parseAppliedPolicy(settingValue(item));
  });
}

/** Setting holding the monthly budget of the 成本与校准 view (issue #21), in yuan, as JSON (`null` when cleared). */
export const BUDGET_KEY = "PromoLadder.budget";

/**
 * The budget setting's value: a number of yuan not below 0 (stored as text or number), else null.
 * @example parseBudget("20000") //=> 20000
 */
export function parseBudget(value: unknown): number | null {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/**
 * Reads the workbook's remembered budget (one request); null when none.
 * @example const budget = await readBudget(); // 20000, or null
 */
export async function readBudget(): Promise<number | null> {
  return Excel.run(async (context) => {
    const item = loadSetting(context, BUDGET_KEY);
    await context.sync();
    return parseBudget(settingValue(item));
  });
}

/**
 * Remembers the budget in the workbook (one request), so the pane offers it again and the next
 * review's 晋升汇总 carries its block; null clears it.
 * @example await saveBudget(20000);
 */
export async function saveBudget(budget: number | null): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.add(BUDGET_KEY, JSON.stringify(budget));
    await context.sync();
  });
}
