import { STATUSES, type RowResult, type Status, type StatusCounts, type Summary } from "../model/review";
import type { CompiledPolicy } from "../evaluate/compile";

/** Zero counts for every status. */
export function emptyCounts(): StatusCounts {
  return { eligible: 0, awaiting_vacancy: 0, not_eligible: 0, top: 0, error: 0 };
}

/** Position of a status in {@link STATUSES}; a switch keeps the hot loop free of keyed stores. */
function statusIndex(s: Status): number {
  switch (s) {
    case "error":
      return 0;
    case "top":
      return 1;
    case "eligible":
      return 2;
    case "awaiting_vacancy":
      return 3;
    default:
      return 4;
  }
}

function toCounts(counts: readonly number[]): StatusCounts {
  const out = emptyCounts();
  STATUSES.forEach((s, i) => (out[s] = counts[i]!));
  return out;
}

function bump(map: Map<string, number[]>, key: string, index: number): void {
  let counts = map.get(key);
  if (!counts) map.set(key, (counts = [0, 0, 0, 0, 0]));
  counts[index]!++;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** Counts by status, by level (ladder order, unknown levels last) and by department. */
export function summarize(rows: readonly RowResult[], compiled: CompiledPolicy): Summary {
  const byStatus = [0, 0, 0, 0, 0];
  const levels = new Map<string, number[]>();
  const depts = new Map<string, number[]>();
  let allowanceTotal = 0;
  for (const r of rows) {
    const i = statusIndex(r.status);
    byStatus[i]!++;
    bump(levels, r.level, i);
    bump(depts, r.dept, i);
    allowanceTotal += r.allowance;
  }
  const order = new Map(compiled.levels.map((l, i) => [l.name, i]));
  const byLevel = [...levels.entries()]
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))
    .map(([level, c]) => ({ level, counts: toCounts(c), total: sum(c) }));
  const byDept = [...depts.entries()].map(([dept, c]) => ({ dept, counts: toCounts(c), total: sum(c) }));
  return { total: rows.length, byStatus: toCounts(byStatus), byLevel, byDept, allowanceTotal };
}
