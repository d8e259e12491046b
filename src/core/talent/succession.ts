/**
 * Succession cover for key positions (关键岗位): per key level and group (部门, 门店...), who holds
 * it, who could succeed now or within the first band, and where no one could.
 */
import type { Review, RowResult } from "../model/review";
import { compareCandidates } from "../review/shortlist";
import type { Readiness } from "./readiness";

/** A ranked successor for a key level. */
export interface Successor {
  /** 1-based, within its band (ready now, then within the first band). */
  readonly rank: number;
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly level: string;
  /** The step is met today, or only time is missing and it is met within the first band. */
  readonly band: "ready_now" | "within_1y";
  /** When the step is met (null for some ready-now successors). */
  readonly readyDate: string | null;
  readonly perf: number | null;
  readonly skill: number | null;
  readonly yearsInLevel: number | null;
}

/** One key level in one group. */
export interface SuccessionEntry {
  readonly level: string;
  /** The group's value ("" for an empty cell). */
  readonly group: string;
  readonly incumbents: ReadonlyArray<{ readonly row: number; readonly id: string; readonly name: string }>;
  readonly readyNow: readonly Successor[];
  readonly within1y: readonly Successor[];
  /** Ready-now successors per incumbent, or null without an incumbent. */
  readonly bench: number | null;
  /** `single_point`: incumbents but no ready-now successor (单点风险); `vacant`: no incumbent (无在岗). */
  readonly risk: "single_point" | "vacant" | null;
}

/** The succession report. */
export interface Succession {
  readonly keyLevels: readonly string[];
  readonly entries: readonly SuccessionEntry[];
  /** Entries flagged single point of failure. */
  readonly singlePoints: number;
}

function successor(r: RowResult, t: { band: "ready_now" | "within_1y"; readyDate: string | null }, rank: number): Successor {
  return { rank, row: r.row, id: r.id, name: r.name, level: r.level, band: t.band, readyDate: t.readyDate, perf: r.perf, skill: r.skill, yearsInLevel: r.yearsInLevel };
}

/** Ranks the rows of one band by the vacancy rule. */
function ranked(rows: ReadonlyArray<{ r: RowResult; band: "ready_now" | "within_1y"; readyDate: string | null }>): Successor[] {
  return [...rows].sort((a, b) => compareCandidates(a.r, b.r)).map((x, i) => successor(x.r, x, i + 1));
}

/**
 * For each key level (in the given order) and each group holding an incumbent or a candidate
 * (first seen in roster order; a key level with neither gets one entry with group ""): the
 * incumbents (rows at that level, whatever their status), the successors (rows of the same group
 * with a next level into it, not 数据错误) ready now and within the first band, each ranked by the
 * vacancy rule (perf + skill, perf, years in level, id), the bench strength (ready now ÷
 * incumbents) and the risk flag.
 * @param groupOf - the group of a row (default: its 部门)
 * @example succession(review, readiness(review, [12, 24]), ["客服主管"]).entries[0].bench
 */
export function succession(review: Pick<Review, "rows">, ready: readonly Readiness[], keyLevels: readonly string[], groupOf: (row: RowResult) => string = (r) => r.dept): Succession {
  const byRow = new Map(ready.map((r) => [r.row, r]));
  const entries: SuccessionEntry[] = [];
  for (const level of keyLevels) {
    const groups = new Map<string, { incumbents: RowResult[]; now: Parameters<typeof ranked>[0][number][]; soon: Parameters<typeof ranked>[0][number][] }>();
    const group = (g: string): NonNullable<ReturnType<typeof groups.get>> => {
      let e = groups.get(g);
      if (!e) groups.set(g, (e = { incumbents: [], now: [], soon: [] }));
      return e;
    };
    for (const r of review.rows) {
      if (r.level === level) group(groupOf(r)).incumbents.push(r);
      const t = r.status === "error" ? undefined : byRow.get(r.row)?.targets.find((x) => x.level === level);
      if (!t) continue;
      const e = group(groupOf(r));
      if (t.band === "ready_now") e.now.push({ r, band: "ready_now", readyDate: t.readyDate });
      else if (t.band === "within_1y") e.soon.push({ r, band: "within_1y", readyDate: t.readyDate });
    }
    if (groups.size === 0) group("");
    for (const [g, e] of groups) {
      const readyNow = ranked(e.now);
      const incumbents = e.incumbents.map((r) => ({ row: r.row, id: r.id, name: r.name }));
      const bench = incumbents.length === 0 ? null : readyNow.length / incumbents.length;
      const risk = incumbents.length === 0 ? "vacant" : readyNow.length === 0 ? "single_point" : null;
      entries.push({ level, group: g, incumbents, readyNow, within1y: ranked(e.soon), bench, risk });
    }
  }
  return { keyLevels, entries, singlePoints: entries.filter((e) => e.risk === "single_point").length };
}
