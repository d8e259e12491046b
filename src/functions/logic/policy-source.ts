/**
 * Which policy a PROMO call uses, compiled once per policy change.
 *
 * Order: the `policy` argument (a template id or name; a multi-cell range means "the workbook's
 * policy sheets"), else the workbook's policy sheets, else the workbook setting `promo.policy`,
 * else the built-in template whose level names match (per row: the row's level; for REVIEW: the
 * whole table's levels, as the CLI does).
 */
import {
  TEMPLATES,
  compilePolicy,
  getTemplate,
  pickTemplate,
  policyName,
  rosterLevelTexts,
  templateIds,
  type CompiledPolicy,
  type Locale,
  type Policy,
  type RosterInput,
} from "../../core";
import { similarity } from "../../core/util/closest";
import { isMultiCell, isOmitted, scalarOf } from "./cells";
import type { FormulaEnv, SheetsPolicyState } from "./env";
import { FormulaError, notAvailable, valueError } from "./errors";
import { must } from "../../core/util/must";
import { formulaMessages } from "./messages";

/** A compiled policy and the key that identifies its content (for caches). */
export interface ChosenPolicy {
  readonly compiled: CompiledPolicy;
  /** `template:<id>` or `sheets:<fingerprint>`. */
  readonly key: string;
}

/** What the arguments and the workbook decide: a policy, or "pick a template by level names". */
export type PolicyChoice = ChosenPolicy | "auto";

const templateCache = new Map<string, ChosenPolicy>();
const sheetsCache = new Map<string, ChosenPolicy>();
/** Sheet policies kept compiled; a workbook rarely has more than one or two live versions. */
const SHEETS_CACHE_LIMIT = 8;

/** The built-in template, compiled once per process (templates are frozen). */
export function templatePolicy(policy: Policy): ChosenPolicy {
  let chosen = templateCache.get(policy.id);
  if (!chosen) {
    chosen = { compiled: compilePolicy(policy), key: `template:${policy.id}` };
    templateCache.set(policy.id, chosen);
  }
  return chosen;
}

/** The policy of valid policy sheets, compiled once per fingerprint. */
function sheetsPolicy(policy: Policy, fingerprint: string): ChosenPolicy {
  let chosen = sheetsCache.get(fingerprint);
  if (!chosen) {
    if (sheetsCache.size >= SHEETS_CACHE_LIMIT) sheetsCache.clear();
    chosen = { compiled: compilePolicy(policy), key: `sheets:${fingerprint}` };
    sheetsCache.set(fingerprint, chosen);
  }
  return chosen;
}

function normalize(text: string): string {
  return text.normalize("NFKC").trim().toLowerCase();
}

/** A built-in template by id (`taobao-cs`), Chinese name (`淘宝客服`) or English name. */
export function findTemplate(text: string): Policy | undefined {
  const byId = getTemplate(text);
  if (byId) return byId;
  const t = normalize(text);
  return TEMPLATES.find((p) => normalize(p.name) === t || normalize(p.nameEn) === t);
}

function unknownTemplate(text: string, fromSetting: boolean, locale: Locale): FormulaError {
  return notAvailable(formulaMessages(locale).unknownTemplate(text, fromSetting, templateIds().join(", ")));
}

function sheetsProblem(state: Exclude<SheetsPolicyState, { kind: "ok" } | { kind: "none" }>, locale: Locale): FormulaError {
  const m = formulaMessages(locale);
  if (state.kind === "unreadable") return notAvailable(m.sheetsUnreadable(state.message));
  const shown = state.issues.slice(0, 3).map((i) => `${i.cell} ${i.message}`);
  return valueError(m.sheetsProblems(state.issues.length, shown, Math.max(0, state.issues.length - 3)));
}

/** The policy of the workbook's sheets, or null when it has none; throws for broken sheets. */
function fromSheets(env: FormulaEnv): ChosenPolicy | null {
  const state = env.workbook.sheets();
  if (state.kind === "none") return null;
  if (state.kind === "ok") return sheetsPolicy(state.policy, state.fingerprint);
  throw sheetsProblem(state, env.locale);
}

/**
 * Decides the policy of a call from its `policy` argument and the workbook.
 * @throws {@link FormulaError} `#N/A` for an unknown template or a policy range without policy
 *   sheets, `#VALUE!` for broken policy sheets or a `policy` that is neither text nor a range.
 */
export function choosePolicy(arg: unknown, env: FormulaEnv): PolicyChoice {
  const m = formulaMessages(env.locale);
  if (isMultiCell(arg)) {
    const sheets = fromSheets(env);
    if (sheets) return sheets;
    throw notAvailable(m.rangeWithoutSheets);
  }
  if (!isOmitted(arg)) {
    const v = scalarOf(arg);
    if (typeof v !== "string") {
      throw valueError(m.policyNotText(String(v)));
    }
    const template = findTemplate(v);
    if (!template) throw unknownTemplate(v.trim(), false, env.locale);
    return templatePolicy(template);
  }
  const sheets = fromSheets(env);
  if (sheets) return sheets;
  const setting = env.workbook.setting();
  if (setting !== null && setting.trim() !== "") {
    const template = findTemplate(setting);
    if (!template) throw unknownTemplate(setting.trim(), true, env.locale);
    return templatePolicy(template);
  }
  return "auto";
}

/** Canonical fields a template reads that a roster must have as columns. */
const DERIVED: ReadonlySet<string> = new Set(["tenure", "years_in_level", "score"]);

/** How well a header row fits a template: share of its input fields present, then how many. */
interface Fit {
  readonly share: number;
  readonly present: number;
}

/** The header row's fit to a template's input fields (experience falls back to the hire date). */
function fit(policy: Policy, fields: ReadonlySet<string>): Fit {
  const used = [...templatePolicy(policy).compiled.fieldsUsed].filter((f) => !DERIVED.has(f));
  const present = used.filter((f) => fields.has(f) || (f === "experience" && fields.has("hire_date"))).length;
  return { share: used.length === 0 ? 1 : present / used.length, present };
}

function compareFit(a: Fit, b: Fit): number {
  return Math.abs(a.share - b.share) > 1e-9 ? b.share - a.share : b.present - a.present;
}

function levelNames(policy: Policy): string[] {
  return policy.levels.flatMap((l) => [l.name, ...(l.aliases ?? [])]).map(normalize);
}

const rowPickCache = new Map<string, Policy | FormulaError>();

function pickForRowUncached(level: string, fields: ReadonlySet<string>, locale: Locale): Policy | FormulaError {
  const t = normalize(level);
  const knowing = TEMPLATES.filter((p) => levelNames(p).includes(t));
  if (knowing.length === 1) return must(knowing[0], "the one template that knows the level");
  if (knowing.length === 0) {
    // No template knows the level (a typo such as 领斑): evaluate with the template whose level
    // names are closest, so that the row's error names the closest level (领班).
    const scored = TEMPLATES.map((p) => ({ p, s: Math.max(0, ...levelNames(p).map((n) => similarity(t, n))) }));
    const best = Math.max(...scored.map((x) => x.s));
    const closest = scored.filter((x) => x.s === best).map((x) => x.p);
    return must(closest.sort((a, b) => compareFit(fit(a, fields), fit(b, fields)))[0], "the closest template");
  }
  const ranked = knowing.map((p) => ({ p, f: fit(p, fields) })).sort((a, b) => compareFit(a.f, b.f));
  const [best] = ranked;
  const tied = best ? ranked.filter((x) => compareFit(x.f, best.f) === 0) : [];
  if (tied.length === 1 && best) return best.p;
  const names = tied.map((x) => `${x.p.id} (${policyName(x.p, locale)})`).join(", ");
  return notAvailable(formulaMessages(locale).ambiguousLevel(level, names));
}

/**
 * The built-in template for one row when nothing else decides: among the templates that know
 * the row's level, the one whose input fields the header row covers best (by share, then by
 * count). A tie is `#N/A` (never a silent guess). For a level no template knows, the template
 * with the closest level name, so that the row's error can name it.
 * @param fields - canonical fields of the header row
 * @param fieldsKey - a key of `fields` for the cache
 */
export function pickForRow(level: string, fields: ReadonlySet<string>, fieldsKey: string, locale: Locale): ChosenPolicy {
  const key = `${locale}\u0001${level}\u0001${fieldsKey}`;
  let picked = rowPickCache.get(key);
  if (!picked) {
    picked = pickForRowUncached(level.trim(), fields, locale);
    if (rowPickCache.size > 4096) rowPickCache.clear();
    rowPickCache.set(key, picked);
  }
  if (picked instanceof FormulaError) throw picked;
  return templatePolicy(picked);
}

/** The built-in template for a whole table, as the CLI picks it (most level names matched). */
export function pickForTable(input: RosterInput, locale: Locale): ChosenPolicy {
  const match = pickTemplate(rosterLevelTexts(input), TEMPLATES);
  if (!match) {
    throw notAvailable(formulaMessages(locale).noTemplateKnows);
  }
  return templatePolicy(match.policy);
}
