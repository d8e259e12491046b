/**
 * Oracle: a deliberately simple, slow, independent reading of the policy catalogue
 * (/work/shared/spec/policy-catalogue.md §1-3 and §6) for rosters whose cells are already typed.
 *
 * It never parses cells: the roster generator knows the true value of every cell it renders
 * and hands this module that value. Arithmetic is exact (integers): scores in tenths,
 * percents in per-mille, composite scores in thousandths, years in whole months.
 *
 * It only imports types and the template data, never the evaluator.
 */
import { must } from "../util/must";
import type { Criterion, Policy, Step } from "../../src/core/model/policy";

// ---------------------------------------------------------------------------------------------
// Calendar (catalogue §2 "Years between dates")
// ---------------------------------------------------------------------------------------------

/** A calendar date. */
export interface Ymd {
  readonly y: number;
  readonly m: number; // 1-12
  readonly d: number; // 1-31
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  const days = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return must(days[m - 1], `month ${m}`);
}

export function isValidYmd(x: Ymd): boolean {
  return Number.isInteger(x.y) && x.m >= 1 && x.m <= 12 && x.d >= 1 && x.d <= daysInMonth(x.y, x.m);
}

/** Negative, zero or positive like a comparator. */
export function cmpYmd(a: Ymd, b: Ymd): number {
  if (a.y !== b.y) return a.y - b.y;
  if (a.m !== b.m) return a.m - b.m;
  return a.d - b.d;
}

/** Excel's EDATE: same day `months` months later, clamped to the end of the target month. */
export function edate(start: Ymd, months: number): Ymd {
  const index = start.y * 12 + (start.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(start.d, daysInMonth(y, m)) };
}

/** Months completed: the largest m with EDATE(start, m) <= asOf (slow loop on purpose). */
export function monthsCompleted(start: Ymd, asOf: Ymd): number {
  let m = 0;
  if (cmpYmd(edate(start, 0), asOf) <= 0) {
    while (cmpYmd(edate(start, m + 1), asOf) <= 0) m++;
  } else {
    while (cmpYmd(edate(start, m), asOf) > 0) m--;
  }
  return m;
}

export function ymdToIso(x: Ymd): string {
  const p = (n: number, w: number) => String(n).padStart(w, "0");
  return `${p(x.y, 4)}-${p(x.m, 2)}-${p(x.d, 2)}`;
}

export function isoToYmd(s: string): Ymd {
  const [y, m, d] = s.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined) throw new Error(`reference: date ${s}`);
  return { y, m, d };
}

/** Day arithmetic through UTC (used by the generator only). */
export function addDays(x: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d) + days * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

// ---------------------------------------------------------------------------------------------
// Typed roster (what the generator knows about every cell)
// ---------------------------------------------------------------------------------------------

/** The true value of a cell of a mapped column. */
export type TypedValue =
  | { readonly t: "empty" }
  | { readonly t: "bad" } // unreadable (text that is not a value of the column's type, an Excel error...)
  | { readonly t: "date"; readonly date: Ymd }
  | { readonly t: "num"; readonly tenths: number } // score, count, years: value * 10, an integer
  | { readonly t: "pct"; readonly permille: number } // percent: fraction * 1000, an integer
  | { readonly t: "bool"; readonly value: boolean }
  | { readonly t: "edu"; readonly ord: number }; // 0 初中, 1 高中 (= 中专 = 职高), 2 大专, 3 本科, 4 硕士, 5 博士

export const EMPTY: TypedValue = { t: "empty" };
export const BAD: TypedValue = { t: "bad" };

/** Canonical education names in order (catalogue §2). */
export const EDUCATION = ["初中", "高中", "大专", "本科", "硕士", "博士"] as const;

/** Catalogue §1 field types (only what the reference needs). */
export const FIELD_TYPE: Readonly<Record<string, "text" | "level" | "date" | "years" | "score" | "education" | "boolean" | "percent" | "count">> = {
  id: "text",
  name: "text",
  dept: "text",
  level: "level",
  hire_date: "date",
  level_date: "date",
  experience: "years",
  perf: "score",
  skill: "score",
  quality: "score",
  teamwork: "score",
  learning: "score",
  potential: "score",
  mgmt: "score",
  education: "education",
  training: "boolean",
  attendance: "percent",
  mid_exam: "score",
  final_exam: "score",
  certificate: "boolean",
  csat: "percent",
  tickets: "count",
  error_rate: "percent",
  low_quality: "count",
  sales: "percent",
};

/** One data row, typed. */
export interface RefRow {
  /** 1-based sheet row. */
  readonly row: number;
  /** Id as text (numeric ids already turned into text), or null when the cell is empty. */
  readonly id: string | null;
  readonly idCell: string;
  /** Level text as written, or null when empty. */
  readonly levelText: string | null;
  readonly levelCell: string;
  /** Mapped non-text columns of the roster: field key -> typed value and its address. */
  readonly values: ReadonlyMap<string, { readonly value: TypedValue; readonly cell: string }>;
}

export interface RefRoster {
  /** Canonical fields that have a column in the roster (id, name, dept, level included). */
  readonly columns: ReadonlySet<string>;
  readonly rows: readonly RefRow[];
}

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

export type RefReason = "below" | "missing" | "error";

export interface RefUnmet {
  readonly field: string;
  readonly op: string;
  readonly required: unknown;
  readonly actual: number | string | boolean | null;
  readonly reason: RefReason;
}

export interface RefTarget {
  readonly level: string;
  readonly met: boolean;
  readonly path: string | null;
  /** Composite score where the step has one, else null. */
  readonly score: number | null;
  readonly unmet: readonly RefUnmet[];
  readonly readyDate: string | null;
  readonly vacancy: boolean;
  /**
   * When several paths are met, the catalogue reports the standard one; "the date it became met"
   * could also be read as the earliest of the met paths' dates. Both are listed here.
   */
  readonly readyDateAlternatives: readonly (string | null)[];
}

export interface RefError {
  readonly code: "unreadable" | "empty_id" | "empty_level" | "duplicate_id" | "unknown_level";
  readonly cell: string;
}

export interface RefRowResult {
  readonly row: number;
  readonly id: string;
  /** Canonical level name, or the text as written when unknown. */
  readonly level: string;
  readonly status: "eligible" | "awaiting_vacancy" | "not_eligible" | "top" | "error";
  readonly targets: readonly RefTarget[];
  readonly allowance: number;
  readonly errors: readonly RefError[];
}

// ---------------------------------------------------------------------------------------------
// Evaluation (catalogue §3 and §6)
// ---------------------------------------------------------------------------------------------

/** Resolves a level name or alias to its index in the ladder, or -1. */
export function resolveLevelIndex(policy: Policy, text: string): number {
  return policy.levels.findIndex((l) => l.name === text || (l.aliases ?? []).includes(text));
}

/** How one criterion came out. */
interface CriterionOutcome {
  readonly criterion: Criterion;
  readonly holds: boolean;
  readonly unmet: RefUnmet | null;
  /** For time-based criteria: the date on which it is (or was) met, or null if the start is missing. */
  readonly time: { readonly readyDate: Ymd | null } | null;
}

/** A plain value the criterion compares, or a time-based one, or missing. */
type Operand =
  | { readonly kind: "missing" }
  | { readonly kind: "time"; readonly start: Ymd | null }
  | { readonly kind: "tenths"; readonly tenths: number; readonly actual: number }
  | { readonly kind: "permille"; readonly permille: number; readonly actual: number }
  | { readonly kind: "thousandths"; readonly thousandths: number; readonly actual: number }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "edu"; readonly ord: number };

function cellOf(row: RefRow, field: string): TypedValue | undefined {
  return row.values.get(field)?.value;
}

/** The date of a date column, or null when the column is absent or the cell empty. */
function dateOf(row: RefRow, field: string): Ymd | null {
  const v = cellOf(row, field);
  return v && v.t === "date" ? v.date : null;
}

/** Composite score in thousandths of a point (exact: weights in hundredths, scores in tenths), or null if a component is empty or absent. */
export function compositeThousandths(row: RefRow, step: Step): number | null {
  if (!step.score) return null;
  let sum = 0;
  for (const [field, weight] of Object.entries(step.score.weights)) {
    const v = cellOf(row, field);
    if (!v || v.t !== "num") return null;
    sum += Math.round(weight * 100) * v.tenths;
  }
  return sum;
}

function operandFor(row: RefRow, step: Step, field: string, roster: RefRoster): Operand {
  // Derived fields (§1).
  if (field === "tenure") return { kind: "time", start: dateOf(row, "hire_date") };
  if (field === "years_in_level") return { kind: "time", start: dateOf(row, "level_date") ?? dateOf(row, "hire_date") };
  if (field === "experience") {
    const v = cellOf(row, "experience");
    if (v && v.t === "num") return { kind: "tenths", tenths: v.tenths, actual: v.tenths / 10 };
    // Column absent or cell empty: falls back to tenure, which is time-based.
    return { kind: "time", start: dateOf(row, "hire_date") };
  }
  if (field === "score") {
    const s = compositeThousandths(row, step);
    return s === null ? { kind: "missing" } : { kind: "thousandths", thousandths: s, actual: s / 1000 };
  }
  if (field === "training" && !roster.columns.has("training")) {
    if (roster.columns.has("attendance") && roster.columns.has("mid_exam") && roster.columns.has("final_exam")) {
      // The seed's 3-month programme: attendance >= 80% and mid_exam >= 60 and final_exam >= 60.
      const a = cellOf(row, "attendance");
      const mid = cellOf(row, "mid_exam");
      const fin = cellOf(row, "final_exam");
      if (!a || a.t !== "pct" || !mid || mid.t !== "num" || !fin || fin.t !== "num") return { kind: "missing" };
      return { kind: "bool", value: a.permille >= 800 && mid.tenths >= 600 && fin.tenths >= 600 };
    }
    return { kind: "missing" };
  }
  if (!roster.columns.has(field)) return { kind: "missing" };
  const v = cellOf(row, field)!;
  const type = FIELD_TYPE[field];
  if (v.t === "empty") {
    // §6: an empty boolean cell is false.
    if (type === "boolean") return { kind: "bool", value: false };
    return { kind: "missing" };
  }
  switch (v.t) {
    case "num":
      return { kind: "tenths", tenths: v.tenths, actual: v.tenths / 10 };
    case "pct":
      return { kind: "permille", permille: v.permille, actual: v.permille / 1000 };
    case "bool":
      return { kind: "bool", value: v.value };
    case "edu":
      return { kind: "edu", ord: v.ord };
    default:
      throw new Error(`reference: unexpected ${v.t} value in ${field}`);
  }
}

function compareOp(op: string, a: number, b: number): boolean {
  if (op === ">=") return a >= b;
  if (op === "<=") return a <= b;
  if (op === "=") return a === b;
  throw new Error(`reference: op ${op}`);
}

function evaluateCriterion(row: RefRow, step: Step, c: Criterion, roster: RefRoster, asOf: Ymd): CriterionOutcome {
  const o = operandFor(row, step, c.field, roster);
  const unmet = (actual: RefUnmet["actual"], reason: RefReason): RefUnmet => ({ field: c.field, op: c.op, required: c.value, actual, reason });
  switch (o.kind) {
    case "missing":
      return { criterion: c, holds: false, unmet: unmet(null, "missing"), time: null };
    case "time": {
      if (o.start === null) return { criterion: c, holds: false, unmet: unmet(null, "missing"), time: { readyDate: null } };
      // "years >= t" is met exactly when asOf >= EDATE(start, ceil(t*12)); that date is the ready date.
      const need = Math.ceil((c.value as number) * 12 - 1e-9);
      const ready = edate(o.start, need);
      const months = monthsCompleted(o.start, asOf);
      const holds = cmpYmd(asOf, ready) >= 0;
      return { criterion: c, holds, unmet: holds ? null : unmet(months / 12, "below"), time: { readyDate: ready } };
    }
    case "tenths": {
      const holds = compareOp(c.op, o.tenths, Math.round((c.value as number) * 10));
      return { criterion: c, holds, unmet: holds ? null : unmet(o.actual, "below"), time: null };
    }
    case "permille": {
      const holds = compareOp(c.op, o.permille, Math.round((c.value as number) * 1000));
      return { criterion: c, holds, unmet: holds ? null : unmet(o.actual, "below"), time: null };
    }
    case "thousandths": {
      const holds = compareOp(c.op, o.thousandths, Math.round((c.value as number) * 1000));
      return { criterion: c, holds, unmet: holds ? null : unmet(o.actual, "below"), time: null };
    }
    case "bool": {
      const holds = c.op === "=" ? o.value === c.value : false;
      return { criterion: c, holds, unmet: holds ? null : unmet(o.value, "below"), time: null };
    }
    case "edu": {
      const need = EDUCATION.indexOf(c.value as (typeof EDUCATION)[number]);
      if (need < 0) throw new Error(`reference: education ${String(c.value)}`);
      const holds = compareOp(c.op, o.ord, need);
      return { criterion: c, holds, unmet: holds ? null : unmet(must(EDUCATION[o.ord], `education ${o.ord}`), "below"), time: null };
    }
  }
}

/** The ready date of a path: latest time-criterion date, only when every non-time criterion holds. */
function pathReadyDate(outcomes: readonly CriterionOutcome[]): string | null {
  const time = outcomes.filter((o) => o.time !== null);
  const nonTime = outcomes.filter((o) => o.time === null);
  if (time.length === 0) return null;
  if (!nonTime.every((o) => o.holds)) return null;
  let latest: Ymd | null = null;
  for (const o of time) {
    const d = o.time!.readyDate;
    if (d === null) return null; // start date missing: no date can be given
    if (latest === null || cmpYmd(d, latest) > 0) latest = d;
  }
  return latest === null ? null : ymdToIso(latest);
}

function evaluateStep(row: RefRow, step: Step, roster: RefRoster, asOf: Ymd): RefTarget {
  const perPath = step.paths.map((p) => {
    const outcomes = p.criteria.map((c) => evaluateCriterion(row, step, c, roster, asOf));
    return { path: p, outcomes, met: outcomes.every((o) => o.holds), readyDate: pathReadyDate(outcomes) };
  });
  const s = compositeThousandths(row, step);
  const score = s === null ? null : s / 1000;
  const met = perPath.filter((p) => p.met);
  if (met.length > 0) {
    const first = must(met[0], "met path");
    const alternatives = met.map((p) => p.readyDate);
    return { level: step.to, met: true, path: first.path.id, score, unmet: [], readyDate: first.readyDate, vacancy: !!step.vacancy, readyDateAlternatives: alternatives };
  }
  const standard = must(perPath[0], "standard path");
  return {
    level: step.to,
    met: false,
    path: null,
    score,
    unmet: standard.outcomes.filter((o) => !o.holds).map((o) => o.unmet!),
    readyDate: standard.readyDate,
    vacancy: !!step.vacancy,
    readyDateAlternatives: [standard.readyDate],
  };
}

/** The plausible maximum of a percent field, in per-mille (issue 19: 150% of CSAT is a row error). */
const PERCENT_LIMIT_PERMILLE: Readonly<Record<string, number>> = { attendance: 1000, csat: 1000, error_rate: 1000, sales: 10000 };

/** True for a percent read above its field's plausible maximum. */
function outOfRange(field: string, v: TypedValue): boolean {
  return v.t === "pct" && v.permille > (PERCENT_LIMIT_PERMILLE[field] ?? Infinity);
}

/** Reviews a typed roster as of `asOfIso` (YYYY-MM-DD). */
export function referenceReview(roster: RefRoster, policy: Policy, asOfIso: string): RefRowResult[] {
  const asOf = isoToYmd(asOfIso);
  const idCounts = new Map<string, number>();
  for (const r of roster.rows) if (r.id !== null) idCounts.set(r.id, (idCounts.get(r.id) ?? 0) + 1);

  return roster.rows.map((row): RefRowResult => {
    const errors: RefError[] = [];
    for (const [field, v] of row.values) if (v.value.t === "bad" || outOfRange(field, v.value)) errors.push({ code: "unreadable", cell: v.cell });
    if (row.id === null) errors.push({ code: "empty_id", cell: row.idCell });
    else if ((idCounts.get(row.id) ?? 0) > 1) errors.push({ code: "duplicate_id", cell: row.idCell });
    let levelIndex = -1;
    if (row.levelText === null) errors.push({ code: "empty_level", cell: row.levelCell });
    else {
      levelIndex = resolveLevelIndex(policy, row.levelText);
      if (levelIndex < 0) errors.push({ code: "unknown_level", cell: row.levelCell });
    }
    const level = policy.levels[levelIndex];
    const levelName = level ? level.name : (row.levelText ?? "");
    const base = { row: row.row, id: row.id ?? "", level: levelName };
    if (errors.length > 0 || !level) return { ...base, status: "error", targets: [], allowance: 0, errors };

    // Next levels in ladder order.
    const steps = policy.steps
      .filter((s) => s.from === level.name)
      .sort((a, b) => resolveLevelIndex(policy, a.to) - resolveLevelIndex(policy, b.to));
    if (steps.length === 0) return { ...base, status: "top", targets: [], allowance: 0, errors };

    const targets = steps.map((s) => evaluateStep(row, s, roster, asOf));
    let status: RefRowResult["status"] = "not_eligible";
    if (targets.some((t) => t.met && !t.vacancy)) status = "eligible";
    else if (targets.some((t) => t.met && t.vacancy)) status = "awaiting_vacancy";
    const allowance = status === "awaiting_vacancy" && level.reserve ? (level.allowance ?? 0) : 0;
    return { ...base, status, targets, allowance, errors };
  });
}
