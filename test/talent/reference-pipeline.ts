/**
 * An independent implementation of the talent-pipeline rules (issue #20), for comparison with
 * src/core/talent. It imports nothing from src/core: it reads typed employees (not cells), judges
 * the few criterion kinds its test policy uses by itself, and uses the oracle's own calendar
 * (test/oracle/reference.ts: EDATE and months completed written as slow loops).
 *
 * The rules, as the issue states them:
 * - band per employee and next level: 现在可晋升 (every criterion met); 1 年内 (every unmet criterion
 *   is time-based and the ready date is at most EDATE(asOf, 12)); 1-2 年 (at most EDATE(asOf, 24));
 *   2 年以上 (later); 需发展 (a non-time criterion unmet); 已最高 (no next level).
 * - forecast: month k holds ready dates d with EDATE(asOf, k-1) < d <= EDATE(asOf, k).
 * - succession: per key level and 部门, incumbents, successors ready now / within the first band
 *   ranked by perf + skill, perf, longer time in level, id; bench = ready now / incumbents.
 * - plan: one action per unmet non-time criterion from the table, shortest first (ties: table
 *   order), done one after another from asOf (7 days a week); projected = max(last done, ready
 *   date of the time criteria); null when a criterion has no action.
 */
import { cmpYmd, edate, isoToYmd, monthsCompleted, ymdToIso, type Ymd } from "../oracle/reference";

/** An employee as the generator knows it. */
export interface RefEmployee {
  readonly row: number;
  readonly id: string;
  readonly dept: string;
  readonly level: string;
  readonly levelSince: string;
  readonly perf: number | null;
  readonly skill: number | null;
  /** A fraction (0.95). */
  readonly csat: number | null;
}

/** A criterion of the test policy: years in level, or a number field >= value. */
export interface RefCriterion {
  readonly field: "years_in_level" | "perf" | "skill" | "csat";
  readonly min: number;
}

/** A linear ladder with one path per step. */
export interface RefPolicy {
  readonly levels: readonly string[];
  /** criteria[i]: the step from levels[i] to levels[i + 1]. */
  readonly criteria: readonly (readonly RefCriterion[])[];
  readonly bands: readonly [number, number];
  readonly keyLevels: readonly string[];
  readonly actions: ReadonlyArray<{ readonly field: string; readonly action: string; readonly weeks: number }>;
}

export type RefBand = "ready_now" | "within_1y" | "within_2y" | "later" | "develop" | "top";

export interface RefTarget {
  readonly level: string;
  readonly band: RefBand;
  /** Ready date of the time criteria (null when none is unmet... or met). */
  readonly timeDate: string | null;
  readonly unmetFields: readonly string[];
}

export interface RefResult {
  readonly e: RefEmployee;
  readonly band: RefBand;
  readonly target: RefTarget | null;
}

function ready(e: RefEmployee, c: RefCriterion, asOf: Ymd): { met: boolean; date: Ymd | null } {
  if (c.field === "years_in_level") {
    const months = Math.ceil(c.min * 12 - 1e-9);
    const date = edate(isoToYmd(e.levelSince), months);
    return { met: cmpYmd(date, asOf) <= 0, date };
  }
  const v = e[c.field];
  return { met: v !== null && v >= c.min - 1e-9, date: null };
}

/** Band and unmet criteria of each employee. */
export function refReadiness(policy: RefPolicy, employees: readonly RefEmployee[], asOfIso: string): RefResult[] {
  const asOf = isoToYmd(asOfIso);
  const lim1 = edate(asOf, policy.bands[0]);
  const lim2 = edate(asOf, policy.bands[1]);
  return employees.map((e) => {
    const i = policy.levels.indexOf(e.level);
    if (i === policy.levels.length - 1) return { e, band: "top", target: null };
    const criteria = policy.criteria[i]!;
    const outcomes = criteria.map((c) => ({ c, ...ready(e, c, asOf) }));
    const unmet = outcomes.filter((o) => !o.met);
    const timeUnmet = unmet.filter((o) => o.c.field === "years_in_level");
    const latest = timeUnmet.reduce<Ymd | null>((a, o) => (a === null || cmpYmd(o.date!, a) > 0 ? o.date : a), null);
    let band: RefBand;
    if (unmet.length === 0) band = "ready_now";
    else if (unmet.length > timeUnmet.length) band = "develop";
    else band = cmpYmd(latest!, lim1) <= 0 ? "within_1y" : cmpYmd(latest!, lim2) <= 0 ? "within_2y" : "later";
    const target = { level: policy.levels[i + 1]!, band, timeDate: latest ? ymdToIso(latest) : null, unmetFields: unmet.map((o) => o.c.field) };
    return { e, band, target };
  });
}

/** Counts per target level: ready now, then per month. */
export function refForecast(policy: RefPolicy, results: readonly RefResult[], asOfIso: string, months: number): Map<string, number[]> {
  const asOf = isoToYmd(asOfIso);
  const out = new Map<string, number[]>(policy.levels.slice(1).map((l) => [l, new Array<number>(months + 1).fill(0)]));
  for (const r of results) {
    if (!r.target) continue;
    const counts = out.get(r.target.level)!;
    if (r.band === "ready_now") counts[0]!++;
    else if (r.band !== "develop") {
      const d = isoToYmd(r.target.timeDate!);
      for (let k = 1; k <= months; k++) {
        if (cmpYmd(d, edate(asOf, k - 1)) > 0 && cmpYmd(d, edate(asOf, k)) <= 0) counts[k]!++;
      }
    }
  }
  return out;
}

export interface RefSuccession {
  readonly level: string;
  readonly dept: string;
  readonly incumbents: readonly string[];
  readonly readyNow: readonly string[];
  readonly within1y: readonly string[];
  readonly bench: number | null;
}

/** Successor slates per key level and 部门 (groups with an incumbent or a candidate). */
export function refSuccession(policy: RefPolicy, results: readonly RefResult[], asOfIso: string): RefSuccession[] {
  const asOf = isoToYmd(asOfIso);
  const years = (e: RefEmployee): number => monthsCompleted(isoToYmd(e.levelSince), asOf) / 12;
  const rank = (list: RefEmployee[]): string[] =>
    [...list]
      .sort((a, b) => {
        const ta = (a.perf ?? 0) + (a.skill ?? 0);
        const tb = (b.perf ?? 0) + (b.skill ?? 0);
        if (ta !== tb) return tb - ta;
        if ((a.perf ?? 0) !== (b.perf ?? 0)) return (b.perf ?? 0) - (a.perf ?? 0);
        if (years(a) !== years(b)) return years(b) - years(a);
        return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      })
      .map((e) => e.id);
  const out: RefSuccession[] = [];
  for (const level of policy.keyLevels) {
    const depts: string[] = [];
    for (const r of results) {
      if ((r.e.level === level || r.target?.level === level) && !depts.includes(r.e.dept)) depts.push(r.e.dept);
    }
    if (depts.length === 0) out.push({ level, dept: "", incumbents: [], readyNow: [], within1y: [], bench: null });
    for (const dept of depts) {
      const here = results.filter((r) => r.e.dept === dept);
      const incumbents = here.filter((r) => r.e.level === level).map((r) => r.e.id);
      const now = rank(here.filter((r) => r.target?.level === level && r.band === "ready_now").map((r) => r.e));
      const soon = rank(here.filter((r) => r.target?.level === level && r.band === "within_1y").map((r) => r.e));
      out.push({ level, dept, incumbents, readyNow: now, within1y: soon, bench: incumbents.length === 0 ? null : now.length / incumbents.length });
    }
  }
  return out;
}

export interface RefPlan {
  readonly id: string;
  readonly actions: ReadonlyArray<{ readonly action: string | null; readonly done: string | null }>;
  readonly projected: string | null;
}

/** Plans of everyone not ready now and not at the top. */
export function refPlans(policy: RefPolicy, results: readonly RefResult[], asOfIso: string): RefPlan[] {
  const out: RefPlan[] = [];
  for (const r of results) {
    if (!r.target || r.band === "ready_now") continue;
    const mapped: { action: string; weeks: number; index: number }[] = [];
    const unmapped: string[] = [];
    for (const f of r.target.unmetFields) {
      if (f === "years_in_level") continue;
      const index = policy.actions.findIndex((a) => a.field === f);
      if (index < 0) unmapped.push(f);
      else mapped.push({ ...policy.actions[index]!, index });
    }
    mapped.sort((a, b) => a.weeks - b.weeks || a.index - b.index);
    let t = new Date(`${asOfIso}T00:00:00Z`).getTime();
    const actions: { action: string | null; done: string | null }[] = mapped.map((m) => {
      t += m.weeks * 7 * 86400000;
      return { action: m.action, done: new Date(t).toISOString().slice(0, 10) };
    });
    actions.push(...unmapped.map(() => ({ action: null, done: null })));
    const last = new Date(t).toISOString().slice(0, 10);
    const projected = unmapped.length > 0 ? null : r.target.timeDate !== null && r.target.timeDate > last ? r.target.timeDate : last;
    out.push({ id: r.e.id, actions, projected });
  }
  return out;
}
