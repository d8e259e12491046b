/**
 * An independent implementation of issue #21's rules, written from the issue and docs/semantics.md
 * without src/core's cost, calibrate or cycle code (types only): promotion cost, budget order and
 * remainder, group statistics and flags (with its own exact rank test), cycle categories.
 */

export interface OPay {
  monthly?: number;
  min?: number;
}
export interface OLevel {
  name: string;
  aliases?: string[];
  pay?: OPay;
}
export interface ORow {
  row: number;
  id: string;
  dept: string;
  level: string;
  status: string;
  perf: number | null;
  skill: number | null;
  yearsInLevel: number | null;
  allowance: number;
  /** The first met target without a vacancy, else the first met; null when none. */
  target: string | null;
}

export interface OLine {
  id: string;
  target: string;
  monthly: number | null;
  basis: string;
}

/** Ranking: 绩效+技能 desc, 绩效 desc, years in level desc (unknown last), 工号 asc. */
export function oRank<T extends ORow>(rows: T[]): T[] {
  return rows.slice().sort((a, b) => {
    const ta = (a.perf ?? 0) + (a.skill ?? 0);
    const tb = (b.perf ?? 0) + (b.skill ?? 0);
    if (ta !== tb) return tb - ta;
    if ((a.perf ?? 0) !== (b.perf ?? 0)) return (b.perf ?? 0) - (a.perf ?? 0);
    const ya = a.yearsInLevel ?? -1;
    const yb = b.yearsInLevel ?? -1;
    if (ya !== yb) return yb - ya;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export function oCost(rows: ORow[], levels: OLevel[], currentPay: (row: number) => number | null): { lines: OLine[]; total: number; byDept: Map<string, number>; byLevel: Map<string, number>; allowance: number } {
  const lines: OLine[] = [];
  for (const r of oRank(rows.filter((x) => x.status === "eligible" && x.target !== null))) {
    const pay = levels.find((l) => l.name === r.target)?.pay;
    const level = pay?.monthly ?? pay?.min;
    const cur = currentPay(r.row);
    if (level === undefined) lines.push({ id: r.id, target: r.target!, monthly: null, basis: "no_pay" });
    else if (cur !== null) lines.push({ id: r.id, target: r.target!, monthly: Math.max(0, level - cur), basis: "raise" });
    else lines.push({ id: r.id, target: r.target!, monthly: level, basis: pay?.monthly !== undefined ? "level_pay" : "band_min" });
  }
  const byDept = new Map<string, number>();
  const byLevel = new Map<string, number>();
  let total = 0;
  for (const l of lines) {
    const r = rows.find((x) => x.id === l.id)!;
    byDept.set(r.dept, (byDept.get(r.dept) ?? 0) + (l.monthly ?? 0));
    byLevel.set(l.target, (byLevel.get(l.target) ?? 0) + (l.monthly ?? 0));
    total += l.monthly ?? 0;
  }
  const allowance = rows.filter((r) => r.status === "awaiting_vacancy").reduce((s, r) => s + r.allowance, 0);
  return { lines, total, byDept, byLevel, allowance };
}

export function oBudget(lines: OLine[], budget: number): { selected: string[]; left: string[]; remaining: number } {
  let left = Math.round(budget * 100);
  const selected: string[] = [];
  const out: string[] = [];
  for (const l of lines) {
    if (l.monthly !== null && Math.round(l.monthly * 100) <= left) {
      selected.push(l.id);
      left -= Math.round(l.monthly * 100);
    } else out.push(l.id);
  }
  return { selected, left: out, remaining: left / 100 };
}

// ---- calibration ------------------------------------------------------------------------------

function ranksOf(all: number[]): number[] {
  // mid-ranks: 1 + (number below) + (number equal - 1) / 2
  return all.map((v) => 1 + all.filter((x) => x < v).length + (all.filter((x) => x === v).length - 1) / 2);
}

/** Exact two-sided p of the rank sum of the first `k` of `all`, by counting subsets (memoised recursion). */
export function oExactP(group: number[], rest: number[]): number {
  const all = [...group, ...rest];
  const ranks = ranksOf(all).map((r) => Math.round(r * 2));
  const t = ranks.slice(0, group.length).reduce((s, r) => s + r, 0);
  const k = group.length;
  const memo = new Map<string, [number, number, number]>();
  // returns [ways with sum <= t - acc..., ...]: count subsets of size j from i.. with sum s; tally <= and >=.
  const count = (i: number, j: number, acc: number): [number, number, number] => {
    if (j === 0) return [1, acc <= t ? 1 : 0, acc >= t ? 1 : 0];
    if (all.length - i < j) return [0, 0, 0];
    const key = `${i}|${j}|${acc}`;
    const hit = memo.get(key);
    if (hit) return hit;
    const a = count(i + 1, j - 1, acc + ranks[i]!);
    const b = count(i + 1, j, acc);
    const res: [number, number, number] = [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
    memo.set(key, res);
    return res;
  };
  const [total, low, high] = count(0, k, 0);
  return Math.min(1, (2 * Math.min(low, high)) / total);
}

export interface OGroup {
  group: string;
  n: number;
  mean: number | null;
  median: number | null;
  share: number | null;
  diff: number | null;
  p: number | null;
  flag: boolean;
}

export function oCalibrate(items: Array<{ group: string; value: number | null }>, threshold: number, tolerance: number): OGroup[] {
  const names: string[] = [];
  for (const it of items) if (!names.includes(it.group)) names.push(it.group);
  return names.map((g) => {
    const vs = items.filter((x) => x.group === g && x.value !== null).map((x) => x.value!);
    const rest = items.filter((x) => x.group !== g && x.value !== null).map((x) => x.value!);
    const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
    const s = vs.slice().sort((a, b) => a - b);
    const median = s.length === 0 ? null : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
    const m = mean(vs);
    const mr = mean(rest);
    const diff = m !== null && mr !== null ? m - mr : null;
    const p = vs.length && rest.length ? oExactP(vs, rest) : null;
    return { group: g, n: vs.length, mean: m, median, share: vs.length ? vs.filter((v) => v >= threshold).length / vs.length : null, diff, p, flag: diff !== null && p !== null && Math.abs(diff) > tolerance && p < 0.05 };
  });
}

// ---- cycles -----------------------------------------------------------------------------------

/** Whole months from `a` to `b` (YYYY-MM-DD): the most m with a + m months (day clamped to the month's end) <= b. */
export function oMonths(a: string, b: string): number {
  const [y, m, d] = a.split("-").map(Number) as [number, number, number];
  let n = 0;
  for (;;) {
    const mm = m - 1 + n + 1;
    const yy = y + Math.floor(mm / 12);
    const mo = mm % 12;
    const last = new Date(Date.UTC(yy, mo + 1, 0)).getUTCDate();
    const iso = `${yy}-${String(mo + 1).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
    if (iso > b) return n;
    n++;
  }
}

export interface ORecord {
  id: string;
  level: string;
  status: string | null;
}

export interface OEntry {
  id: string;
  category: string;
  cycles: number;
  firstEligible: string | null;
  promotedOn: string | null;
  months: number | null;
}

const ok = (s: string | null): boolean => s === "eligible" || s === "awaiting_vacancy";

export function oCycles(current: Array<{ id: string; level: string; status: string; levelDate: string | null }>, past: Array<{ asOf: string; records: ORecord[] }>, levels: OLevel[], asOf: string): OEntry[] {
  const idx = (t: string): number => levels.findIndex((l) => l.name === t || (l.aliases ?? []).includes(t));
  const prev = past[past.length - 1]!;
  const done = new Set<string>();
  const out: OEntry[] = [];
  for (const c of current) {
    if (!c.id || done.has(c.id)) continue;
    done.add(c.id);
    const p = prev.records.find((r) => r.id === c.id);
    const run = (level: number): { n: number; first: string | null } => {
      let n = 0;
      let first: string | null = null;
      for (let i = past.length - 1; i >= 0; i--) {
        const r = past[i]!.records.find((x) => x.id === c.id);
        if (!r || !ok(r.status) || idx(r.level) !== level) break;
        n++;
        first = past[i]!.asOf;
      }
      return { n, first };
    };
    if (!p) {
      out.push({ id: c.id, category: "new", cycles: ok(c.status) ? 1 : 0, firstEligible: ok(c.status) ? asOf : null, promotedOn: null, months: null });
      continue;
    }
    const now = idx(c.level);
    const then = idx(p.level);
    if (now !== then) {
      if (now > then && then >= 0) {
        const r = run(then);
        const promotedOn = r.first === null ? asOf : c.levelDate !== null && c.levelDate > r.first && c.levelDate <= asOf ? c.levelDate : asOf;
        out.push({ id: c.id, category: "promoted", cycles: ok(c.status) ? 1 : 0, firstEligible: r.first, promotedOn, months: r.first === null ? null : oMonths(r.first, promotedOn) });
      } else out.push({ id: c.id, category: "demoted", cycles: ok(c.status) ? 1 : 0, firstEligible: ok(c.status) ? asOf : null, promotedOn: null, months: null });
      continue;
    }
    if (ok(c.status) && ok(p.status)) {
      const r = run(then);
      out.push({ id: c.id, category: "overdue", cycles: r.n + 1, firstEligible: r.first, promotedOn: null, months: null });
    } else if (ok(c.status)) out.push({ id: c.id, category: "newly_eligible", cycles: 1, firstEligible: asOf, promotedOn: null, months: null });
    else out.push({ id: c.id, category: ok(p.status) ? "no_longer_eligible" : "still_not_eligible", cycles: 0, firstEligible: null, promotedOn: null, months: null });
  }
  return out;
}
