/**
 * Boundary rosters for the talent pipeline, as typed employees (for the reference) and as sheet
 * cells (for the product), plus the test policy in both forms. Seeded, so every run is the same.
 */
import type { Cell, Policy, RosterInput } from "../../src/core";
import { addDays, edate, isoToYmd, ymdToIso } from "../oracle/reference";
import type { RefCriterion, RefEmployee, RefPolicy } from "./reference-pipeline";

export const LEVELS = ["专员", "主管", "经理", "总监"] as const;

/** Steps: 专员→主管, 主管→经理, 经理→总监. */
export const CRITERIA: readonly (readonly RefCriterion[])[] = [
  [
    { field: "years_in_level", min: 1 },
    { field: "perf", min: 80 },
    { field: "csat", min: 0.9 },
  ],
  [
    { field: "years_in_level", min: 2 },
    { field: "perf", min: 85 },
    { field: "skill", min: 80 },
  ],
  [
    { field: "years_in_level", min: 1.5 },
    { field: "perf", min: 90 },
  ],
];

/** Actions: perf 4 weeks, csat 2 weeks, skill 6 weeks (the `unmapped` variant drops skill). */
export function actionsFor(unmapped: boolean): RefPolicy["actions"] {
  const all = [
    { field: "perf", action: "数据分析与挖掘（第二周）", weeks: 4 },
    { field: "csat", action: "客户服务与满意度管理（第六周）", weeks: 2 },
    { field: "skill", action: "技能考核（培训中期综合考核）", weeks: 6 },
  ];
  return unmapped ? all.filter((a) => a.field !== "skill") : all;
}

/** The reference's policy. */
export function refPolicy(bands: readonly [number, number], unmapped: boolean): RefPolicy {
  return { levels: LEVELS, criteria: CRITERIA, bands, keyLevels: ["经理", "总监"], actions: actionsFor(unmapped) };
}

/** The same policy for the product. */
export function productPolicy(ref: RefPolicy, forecastMonths: number): Policy {
  return {
    id: "talent-test",
    name: "人才测试",
    nameEn: "Talent test",
    version: "1.0",
    levels: ref.levels.map((name) => ({ name })),
    steps: ref.criteria.map((cs, i) => ({
      from: ref.levels[i]!,
      to: ref.levels[i + 1]!,
      paths: [{ id: "standard", label: "标准", criteria: cs.map((c) => ({ field: c.field, op: ">=" as const, value: c.min })) }],
    })),
    talent: {
      bands: ref.bands,
      forecastMonths,
      keyLevels: ref.keyLevels,
      actions: ref.actions.map((a) => ({ field: a.field, action: a.action, owner: "培训部", weeks: a.weeks })),
    },
  };
}

/** A small deterministic generator (LCG). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const DEPTS = ["售前", "售后", "VIP"];
const DAYS = [1, 15, 28, 29, 30, 31];

/**
 * Employees: the fixed boundary cases first, then `count` random ones.
 * Fixed: ready exactly EDATE(asOf, 12) and a day later; exactly EDATE(asOf, 24) and a day later;
 * two successors tied on perf + skill and perf (one with longer time in level), two tied on
 * everything but the id; a dept (VIP) with 经理 successors but no 经理; a row without csat.
 */
export function employees(asOfIso: string, count: number, seed: number): RefEmployee[] {
  const asOf = isoToYmd(asOfIso);
  const list: RefEmployee[] = [];
  const add = (e: Omit<RefEmployee, "row" | "id">): void => {
    list.push({ ...e, row: list.length + 2, id: `T${String(list.length + 1).padStart(3, "0")}` });
  };
  const ok = { perf: 92, skill: 85, csat: 0.95 };
  add({ dept: "售前", level: "专员", levelSince: asOfIso, ...ok }); // ready EDATE(asOf, 12) exactly
  add({ dept: "售前", level: "专员", levelSince: ymdToIso(addDays(asOf, 1)), ...ok }); // one day past 12 months
  add({ dept: "售后", level: "主管", levelSince: asOfIso, ...ok }); // ready EDATE(asOf, 24) exactly
  add({ dept: "售后", level: "主管", levelSince: ymdToIso(addDays(asOf, 1)), ...ok }); // one day past 24 months
  const old = ymdToIso(edate(asOf, -30));
  add({ dept: "售前", level: "主管", levelSince: old, perf: 90, skill: 85, csat: 0.95 }); // tie on total and perf, longer in level
  add({ dept: "售前", level: "主管", levelSince: ymdToIso(edate(asOf, -25)), perf: 90, skill: 85, csat: 0.95 });
  add({ dept: "售前", level: "主管", levelSince: old, perf: 88, skill: 87, csat: 0.95 }); // same total, lower perf
  add({ dept: "VIP", level: "主管", levelSince: old, perf: 95, skill: 90, csat: 0.95 }); // full tie with the next but the id
  add({ dept: "VIP", level: "主管", levelSince: old, perf: 95, skill: 90, csat: 0.95 });
  add({ dept: "售前", level: "经理", levelSince: old, perf: 80, skill: 70, csat: 0.9 });
  add({ dept: "售后", level: "专员", levelSince: old, perf: 85, skill: 70, csat: null }); // csat missing: needs development
  add({ dept: "售后", level: "主管", levelSince: ymdToIso(edate(asOf, -6)), perf: 70, skill: 60, csat: 0.9 }); // time + perf + skill
  const r = rng(seed);
  for (let i = 0; i < count; i++) {
    const back = Math.floor(r() * 44) - 4;
    const month = edate(asOf, -back);
    const day = DAYS[Math.floor(r() * DAYS.length)]!;
    const since = { ...month, d: Math.min(day, new Date(Date.UTC(month.y, month.m, 0)).getUTCDate()) };
    const score = (): number | null => (r() < 0.05 ? null : 60 + Math.floor(r() * 41));
    add({
      dept: DEPTS[Math.floor(r() * DEPTS.length)]!,
      level: LEVELS[Math.floor(r() * LEVELS.length)]!,
      levelSince: ymdToIso(since),
      perf: score(),
      skill: score(),
      csat: r() < 0.05 ? null : 0.85 + Math.floor(r() * 16) / 100,
    });
  }
  return list;
}

export const HEADER = ["工号", "姓名", "部门", "职级", "入职日期", "任现职日期", "绩效", "技能考核", "客户满意度"];

/** The employees as sheet rows (row 1 the header). */
export function rosterOf(list: readonly RefEmployee[]): RosterInput {
  const rows: Cell[][] = [HEADER, ...list.map((e): Cell[] => [e.id, `员工${e.id}`, e.dept, e.level, "2020-01-01", e.levelSince, e.perf, e.skill, e.csat === null ? null : `${Math.round(e.csat * 100)}%`])];
  return { sheet: "花名册", rows };
}
