/**
 * Which roster columns fed which fields, which were ignored, and which fields the policy needs but
 * the roster lacks, each with the header it most likely is (issue 18: columns found or explained).
 */
import type { CompiledPolicy } from "../evaluate/compile";
import { fieldDef } from "../model/fields";
import type { Criterion, Policy } from "../model/policy";
import type { Cell } from "../model/cell";
import type { ColumnMapping } from "../model/review";
import { columnLetters } from "../read/columns";
import { mapHeaderRow, matchHeader } from "../read/headers";
import { parseMonthHeader } from "../read/month-headers";
import { foldText } from "../read/text";
import { similarity } from "../util/closest";
import { currentPayColumn } from "../cost/pay";
import { findColumnMapping } from "./roster-column";

/** A column the review read, and the field it filled. */
export interface UsedColumn {
  readonly column: string;
  readonly header: string;
  /** Canonical field key, or the header text of a custom field the policy reads (`列:考勤天数`). */
  readonly field: string;
  /** True when a criterion, weight or bonus tier of the policy reads the field. */
  readonly needed: boolean;
}

/** A header the review did not use. */
export interface IgnoredColumn {
  readonly column: string;
  readonly header: string;
}

/** A field the policy reads that no column provides. */
export interface MissingField {
  /** Canonical field key, or the header text of a custom field. */
  readonly field: string;
  /** The unused header most like one of the field's names, or null. */
  readonly suggestion: IgnoredColumn | null;
  /** The field read in its place (任现职日期 -> 入职日期, catalogue §1), when the roster has it. */
  readonly fallback?: string;
  /**
   * The roster has the field only as monthly columns (`客户满意度 2026-06`): their headers, and the
   * months the policy's longest rolling window on the field needs (null when no window reads them).
   */
  readonly monthly?: { readonly headers: readonly string[]; readonly windowMonths: number | null };
}

/** How a roster's columns met a policy (see {@link columnReport}). */
export interface ColumnReport {
  readonly used: readonly UsedColumn[];
  readonly ignored: readonly IgnoredColumn[];
  readonly missing: readonly MissingField[];
}

/** Derived fields and the input fields they are computed from (catalogue §1). */
const DERIVED_INPUTS: Readonly<Record<string, readonly string[]>> = {
  tenure: ["hire_date"],
  years_in_level: ["level_date"],
  score: [],
};

/** Fields derived in full from others when their column is missing: training from attendance and exams. */
const STAND_INS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  training: [["attendance", "mid_exam", "final_exam"]],
};

/** Fields read in place of a missing one, with a different meaning (reported): 任现职 counts from 入职日期, 工作年限 is 司龄. */
const FALLBACKS: Readonly<Record<string, string>> = { level_date: "hire_date", experience: "hire_date" };

/** The non-window criteria of a policy: steps, blockers and bonus tiers. */
function criteriaOf(policy: Policy): Criterion[] {
  return [
    ...policy.steps.flatMap((s) => s.paths.flatMap((p) => p.criteria)),
    ...(policy.blockers ?? []).map((b) => b.criterion),
    ...(policy.bonus?.tiers ?? []).flatMap((t) => t.criteria),
  ].filter((c) => !c.window);
}

/**
 * The roster fields a policy reads from plain columns (windows read monthly columns and report
 * their own gaps), derived fields replaced by their inputs, always with 工号 and 职级 first.
 * @example neededFields(compilePolicy(getTemplate("taobao-cs")!)) // ["id", "level", "level_date", "perf", ...]
 */
export function neededFields(compiled: CompiledPolicy): string[] {
  const out = new Set<string>(["id", "level"]);
  const add = (field: string): void => {
    const inputs = DERIVED_INPUTS[field];
    if (inputs) inputs.forEach((f) => out.add(f));
    else out.add(field);
  };
  for (const c of criteriaOf(compiled.policy)) add(c.field);
  for (const s of compiled.policy.steps) Object.keys(s.score?.weights ?? {}).forEach(add);
  return [...out];
}

/** The names a field goes by (its synonyms, or a custom field's own header text), folded. */
function namesOf(field: string): string[] {
  const def = fieldDef(field);
  return (def ? [...def.zh, ...def.en] : [field]).map(foldText);
}

/** The least similar a header may be to be offered as a field's column. */
const MIN_SIMILARITY = 0.34;

/** The unused header most like the field's names (ties: leftmost), or null below {@link MIN_SIMILARITY}. */
function suggest(field: string, unused: readonly IgnoredColumn[]): IgnoredColumn | null {
  let best: IgnoredColumn | null = null;
  let score = MIN_SIMILARITY;
  for (const col of unused) {
    const folded = foldText(col.header);
    const s = Math.max(...namesOf(field).map((n) => similarity(folded, n)));
    if (s >= score + (best ? 1e-9 : 0)) {
      best = col;
      score = s;
    }
  }
  return best;
}

/** What a run reads beyond the policy's fields. */
export interface ColumnReportOptions {
  /**
   * The promotion cost is computed, so the current-pay column (现月薪...) is read. Default: when
   * some level of the policy has pay (the summary's 晋升成本 block); `promo cost` always.
   */
  readonly cost?: boolean;
  /** `--pay-column`: the current-pay column's header. */
  readonly payColumn?: string;
}

/**
 * How a review's columns met its policy: the columns read (and for which field), the headers
 * ignored, and the fields the policy needs that no column gives, each with the unused header most
 * like it (`技能分` for 技能考核). Custom fields (`列:考勤天数`) count as found when a header names them.
 * @example
 * const r = columnReport(review.columns, compiled);
 * r.missing // [{ field: "skill", suggestion: { column: "G", header: "技能分" } }]
 */
export function columnReport(columns: readonly ColumnMapping[], compiled: CompiledPolicy, options: ColumnReportOptions = {}): ColumnReport {
  const needed = neededFields(compiled);
  const costed = options.cost ?? compiled.policy.levels.some((l) => l.pay !== undefined);
  const pay = costed ? currentPayColumn((name) => findColumnMapping(columns, name), options.payColumn) : null;
  const neededSet = new Set(needed);
  const custom = new Set([...compiled.customSlots.keys()].map(foldText));
  const used: UsedColumn[] = [];
  const ignored: IgnoredColumn[] = [];
  const present = new Set<string>();
  // Monthly columns (客户满意度 2026-06) of the fields the rolling windows judge are read by the windows.
  const windowFields = new Set(compiled.windows.map((w) => w.field));
  const monthly = (header: string): boolean => {
    const m = parseMonthHeader(header);
    const key = m ? (matchHeader(m.base) ?? m.base) : null;
    return key !== null && windowFields.has(key);
  };
  for (const c of columns) {
    if (c.header === "" || (c.field === null && monthly(c.header))) continue;
    // The current pay is no policy field: the cost reads it by header, as a custom field.
    const field = c.field ?? (custom.has(foldText(c.header)) || c === pay ? c.header : null);
    if (field === null || present.has(foldText(field))) {
      ignored.push({ column: c.column, header: c.header });
      continue;
    }
    present.add(foldText(field));
    used.push({ column: c.column, header: c.header, field, needed: neededSet.has(field) || custom.has(foldText(field)) });
  }
  const has = (f: string): boolean => present.has(foldText(f));
  /** The monthly columns of `field` (`客户满意度 2026-06`, `6月客户满意度`), by header. */
  const monthlyOf = (field: string): string[] =>
    columns.filter((c) => c.header !== "" && c.field === null).flatMap((c) => {
      const m = parseMonthHeader(c.header);
      return m && (matchHeader(m.base) ?? m.base) === field ? [c.header] : [];
    });
  const missing = needed
    .filter((f) => !has(f) && !(STAND_INS[f] ?? []).some((set) => set.every(has)))
    .map((field): MissingField => {
      const fallback = FALLBACKS[field];
      const months = monthlyOf(field);
      const windows = compiled.windows.filter((w) => w.field === field).map((w) => w.spec.months);
      return {
        field,
        suggestion: months.length > 0 ? null : suggest(field, ignored),
        ...(fallback !== undefined && has(fallback) ? { fallback } : {}),
        ...(months.length > 0 ? { monthly: { headers: months, windowMonths: windows.length > 0 ? Math.max(...windows) : null } } : {}),
      };
    });
  return { used, ignored, missing };
}

/** Why no header row was found: the row most like one and the key fields it lacks. */
export interface HeaderlessReport {
  /** 0-based index (in the rows searched) of the row most like a header, or -1 when all are empty. */
  readonly index: number;
  /** That row's non-empty headers as written, with their column letters. */
  readonly headers: readonly IgnoredColumn[];
  /** `id` and/or `level` when the row has no column for them, each with the header most like it. */
  readonly missing: readonly MissingField[];
  /** How many other known fields the row maps (a header row needs 3). */
  readonly others: number;
}

/**
 * Explains a roster without a header row (see `findHeaderRow`): the row with the most known
 * headers (then the most texts) among the first `maxRows`, its headers, and which of 工号 / 职级
 * it lacks with the header most like each (`岗位等级` for 职级).
 * @example explainHeaderless([["工号", "姓名", "岗位等级", "绩效", "入职日期", "部门"]]).missing
 * //=> [{ field: "level", suggestion: { column: "C", header: "岗位等级" } }]
 */
export function explainHeaderless(
  rows: ReadonlyArray<ReadonlyArray<Cell>>,
  maxRows = 20,
  override?: Readonly<Record<string, string | null>>,
  firstColumn = 0,
): HeaderlessReport {
  let best: { index: number; fields: (string | null)[]; headers: string[]; known: number; texts: number } | null = null;
  for (let i = 0; i < Math.min(rows.length, maxRows); i++) {
    const m = mapHeaderRow(rows[i] ?? [], override);
    const known = m.fields.filter((f) => f !== null).length;
    const texts = m.headers.filter((h) => h !== "").length;
    if (texts > 0 && (!best || known > best.known || (known === best.known && texts > best.texts))) best = { index: i, ...m, known, texts };
  }
  if (!best) return { index: -1, headers: [], missing: [{ field: "id", suggestion: null }, { field: "level", suggestion: null }], others: 0 };
  const fields = best.fields;
  const cols = best.headers.flatMap((header, j) => (header ? [{ column: columnLetters(firstColumn + j), header, field: fields[j] ?? null }] : []));
  const headers = cols.map(({ column, header }) => ({ column, header }));
  const unmapped = cols.filter((c) => c.field === null).map(({ column, header }) => ({ column, header }));
  const missing = (["id", "level"] as const).filter((f) => !fields.includes(f)).map((field) => ({ field, suggestion: suggest(field, unmapped) }));
  const others = fields.filter((f) => f !== null && f !== "id" && f !== "level").length;
  return { index: best.index, headers, missing, others };
}
