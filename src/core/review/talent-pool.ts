import type { PoolEntry, RowResult, TalentPool } from "../model/review";
import { must } from "../util/must";

/**
 * The talent pool (储备人才库): reserves awaiting a vacancy, with their allowance, grouped
 * by reserve level. Order: level as first seen, then roster order.
 */
export function buildTalentPool(rows: readonly RowResult[]): TalentPool {
  const entries: PoolEntry[] = [];
  const byLevel = new Map<string, { count: number; allowance: number }>();
  let allowanceTotal = 0;
  for (const r of rows) {
    if (r.status !== "awaiting_vacancy") continue;
    const target = must(r.targets.find((t) => t.met && t.vacancy), `met vacancy target of row ${r.row}`);
    entries.push({
      row: r.row,
      id: r.id,
      name: r.name,
      dept: r.dept,
      level: r.level,
      target: target.level,
      allowance: r.allowance,
      perf: r.perf,
      skill: r.skill,
      yearsInLevel: r.yearsInLevel,
      readySince: target.readyDate,
    });
    const b = byLevel.get(r.level) ?? { count: 0, allowance: 0 };
    b.count++;
    b.allowance += r.allowance;
    byLevel.set(r.level, b);
    allowanceTotal += r.allowance;
  }
  return { entries, allowanceTotal, byLevel: [...byLevel.entries()].map(([level, b]) => ({ level, ...b })) };
}
