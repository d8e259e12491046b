import type { RowResult, Status, StatusCounts, Summary } from "../model/review";
import type { CompiledPolicy } from "../evaluate/compile";

/** Zero counts for every status. */
export function emptyCounts(): StatusCounts {
  return { eligible: 0, awaiting_vacancy: 0, not_eligible: 0, top: 0, error: 0 };
}

interface Bucket {
  counts: StatusCounts;
  total: number;
}

function bump(map: Map<string, Bucket>, key: string, status: Status): void {
  let b = map.get(key);
  if (!b) map.set(key, (b = { counts: emptyCounts(), total: 0 }));
  b.counts[status]++;
  b.total++;
}

/** Counts by status, by level (ladder order, unknown levels last) and by department. */
export function summarize(rows: readonly RowResult[], compiled: CompiledPolicy): Summary {
  const byStatus = emptyCounts();
  const levels = new Map<string, Bucket>();
  const depts = new Map<string, Bucket>();
  let allowanceTotal = 0;
  for (const r of rows) {
    byStatus[r.status]++;
    bump(levels, r.level, r.status);
    bump(depts, r.dept, r.status);
    allowanceTotal += r.allowance;
  }
  const order = new Map(compiled.levels.map((l, i) => [l.name, i]));
  const byLevel = [...levels.entries()]
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))
    .map(([level, b]) => ({ level, counts: b.counts, total: b.total }));
  const byDept = [...depts.entries()].map(([dept, b]) => ({ dept, counts: b.counts, total: b.total }));
  return { total: rows.length, byStatus, byLevel, byDept, allowanceTotal };
}
