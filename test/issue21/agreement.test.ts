/**
 * src/core's cost, budget, calibration and cycle comparison against the independent
 * implementation in ./oracle.ts, item by item, on generated rosters (seeded) with the boundaries
 * the issue names: budgets exactly exhausted, ties in the ranking, groups of 1-2 people, levels
 * without pay, bands, level changes and regressions.
 */
import { budgetWhatIf, calibrate, compareCycles, promotionCost, reviewRoster, type Cell, type Policy, type PastCycle, type Review } from "../../src/core";
import { AS_OF, PAY_POLICY, roster, type Person } from "./fixture";
import { oBudget, oCalibrate, oCost, oCycles, type OLevel, type ORow } from "./oracle";

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS = ["专员", "主管", "组长", "经理", "储备总监", "总监"];
const DEPTS = ["销售", "客服", "仓储", "财务"];

interface Case {
  policy: Policy;
  people: Person[];
  withPay: boolean;
}

function makeCase(seed: number): Case {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const score = (): Cell => (rnd() < 0.06 ? "" : rnd() < 0.02 ? "优秀" : pick([70, 75, 80, 80, 85, 85, 90, 92, 95, 60]));
  const levels = PAY_POLICY.levels.map((l) => {
    const kind = rnd();
    const { pay, ...rest } = l;
    if (kind < 0.25) return rest;
    if (kind < 0.6) return { ...rest, pay: { monthly: pick([5000, 6000, 7000, 9000, 12000]) } };
    const min = pick([5000, 6500, 8000]);
    return { ...rest, pay: { min, mid: min + 500, max: min + 1000 } };
  });
  const policy: Policy = { ...PAY_POLICY, levels };
  const n = 6 + Math.floor(rnd() * 30);
  const depts = DEPTS.slice(0, 1 + Math.floor(rnd() * 4));
  const people: Person[] = Array.from({ length: n }, (_, i): Person => {
    const since = `202${3 + Math.floor(rnd() * 3)}-0${1 + Math.floor(rnd() * 9)}-${pick(["01", "15", "28", "31"])}`;
    const pay: Cell = rnd() < 0.15 ? "" : pick([4800, 5000, 6500, 7000, 7200, 9000, 11000]);
    return [`P${String(i).padStart(3, "0")}`, `人${i}`, pick(depts), pick(LEVELS), since.replace(/-0(\d)-31$/, (m, mo: string) => (["2", "4", "6", "9"].includes(mo) ? `-0${mo}-28` : m)), score(), score(), pay];
  });
  return { policy, people, withPay: rnd() < 0.7 };
}

function oRows(review: Review): ORow[] {
  return review.rows.map((r) => ({
    row: r.row,
    id: r.id,
    dept: r.dept,
    level: r.level,
    status: r.status,
    perf: r.perf,
    skill: r.skill,
    yearsInLevel: r.yearsInLevel,
    allowance: r.allowance,
    target: (r.targets.find((t) => t.met && !t.vacancy) ?? r.targets.find((t) => t.met))?.level ?? null,
  }));
}

/** Both null, or both numbers within 1e-9. */
function close(got: number | null, want: number | null): void {
  if (want === null) expect(got).toBeNull();
  else expect(got ?? NaN).toBeCloseTo(want, 9);
}

const num = (c: Cell): number | null => (typeof c === "number" ? c : null);
const SEEDS = Array.from({ length: 60 }, (_, i) => 1000 + i);

describe("cost and budget agree with the independent implementation", () => {
  it.each(SEEDS)("seed %i", (seed) => {
    const { policy, people, withPay } = makeCase(seed);
    const input = roster(people, withPay);
    const review = reviewRoster(input, policy, { asOf: AS_OF });
    const got = promotionCost(review, input, policy);
    const want = oCost(oRows(review), policy.levels as OLevel[], (row) => (withPay ? num(people[row - 2]![7]) : null));
    expect(got.candidates.map((c) => ({ id: c.id, target: c.target, monthly: c.monthly, basis: c.basis }))).toEqual(want.lines);
    expect(got.monthlyTotal).toBeCloseTo(want.total, 6);
    expect(got.annualTotal).toBeCloseTo(want.total * 12, 6);
    expect(Object.fromEntries(got.byDept.map((g) => [g.key, g.monthly]))).toEqual(Object.fromEntries(want.byDept));
    expect(Object.fromEntries(got.byLevel.map((g) => [g.key, g.monthly]))).toEqual(Object.fromEntries(want.byLevel));
    expect(got.allowance.monthly).toBe(want.allowance);
    // Budgets: none, each prefix sum of the ranking (exactly exhausted), one yuan less, and plenty.
    const prefix = want.lines.reduce<number[]>((acc, l) => [...acc, (acc[acc.length - 1] ?? 0) + (l.monthly ?? 0)], []);
    for (const budget of [0, ...prefix, ...prefix.map((p) => Math.max(0, p - 1)), 1e7]) {
      const b = budgetWhatIf(got, budget);
      const o = oBudget(want.lines, budget);
      expect([b.selected.map((c) => c.id), b.left.map((l) => l.line.id), b.remaining]).toEqual([o.selected, o.left, o.remaining]);
    }
  });
});

describe("calibration agrees with the independent implementation", () => {
  it.each(SEEDS)("seed %i", (seed) => {
    const { policy, people, withPay } = makeCase(seed);
    const input = roster(people, withPay);
    const review = reviewRoster(input, policy, { asOf: AS_OF });
    for (const [field, col] of [["绩效", 5], ["技能考核", 6]] as const) {
      const got = calibrate(review, input, policy, "部门", { field });
      const threshold = field === "绩效" ? 80 : 70;
      const want = oCalibrate(
        people.map((p) => ({ group: p[2], value: num(p[col]) })),
        threshold,
        5,
      );
      expect(got.threshold).toBe(threshold);
      expect(got.groups.map((g) => [g.group, g.n, g.median, g.shareAbove, g.outOfLine])).toEqual(want.map((g) => [g.group, g.n, g.median, g.share, g.flag]));
      got.groups.forEach((g, i) => {
        close(g.mean, want[i]!.mean);
        close(g.diff, want[i]!.diff);
        close(g.p, want[i]!.p);
      });
    }
  });
});

describe("cycle comparison agrees with the independent implementation", () => {
  it.each(SEEDS)("seed %i", (seed) => {
    const { policy, people } = makeCase(seed);
    const rnd = mulberry32(seed * 7 + 1);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const input = roster(people);
    const review = reviewRoster(input, policy, { asOf: AS_OF });
    const dates = ["2025-05-23", "2025-11-23", "2026-05-23"].slice(Math.floor(rnd() * 3));
    const past: PastCycle[] = dates.map((asOf) => ({
      asOf,
      records: [...people.filter(() => rnd() < 0.85).map((p) => ({ id: p[0], name: p[1], level: rnd() < 0.7 ? p[3] : pick(LEVELS), status: pick(["eligible", "awaiting_vacancy", "not_eligible", "top", "error", null] as const) })), { id: "GONE", name: "离", level: "专员", status: "eligible" as const }],
    }));
    const got = compareCycles(review, input, policy, past);
    const want = oCycles(
      review.rows.map((r) => ({ id: r.id, level: r.level, status: r.status, levelDate: people[r.row - 2]![4] })),
      past.map((c) => ({ asOf: c.asOf, records: c.records.map((x) => ({ id: x.id, level: x.level, status: x.status })) })),
      policy.levels as OLevel[],
      AS_OF,
    );
    expect(got.entries.map((e) => ({ id: e.id, category: e.category, cycles: e.cycles, firstEligible: e.firstEligible, promotedOn: e.promotedOn, months: e.monthsToPromotion }))).toEqual(want);
    expect(got.left.map((r) => r.id)).toEqual(["GONE"]);
  });
});

describe("the generated cases cover the boundaries", () => {
  it("have uncosted levels, bands, ties, small groups, flags and every cycle category", () => {
    const seen = new Set<string>();
    for (const seed of SEEDS) {
      const { policy, people, withPay } = makeCase(seed);
      const input = roster(people, withPay);
      const review = reviewRoster(input, policy, { asOf: AS_OF });
      const cost = promotionCost(review, input, policy);
      cost.candidates.forEach((c) => seen.add(`basis:${c.basis}`));
      const totals = cost.candidates.map((c) => (c.perf ?? 0) + (c.skill ?? 0));
      if (new Set(totals).size < totals.length) seen.add("tie");
      const cal = calibrate(review, input, policy, "部门");
      cal.groups.forEach((g) => {
        if (g.n <= 2) seen.add("small-group");
        if (g.outOfLine) seen.add("out-of-line");
      });
    }
    expect([...seen].sort()).toEqual(["basis:band_min", "basis:level_pay", "basis:no_pay", "basis:raise", "out-of-line", "small-group", "tie"]);
  });
});
