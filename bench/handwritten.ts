import type { Cell } from "../src/core";

// The hand-written limit: the taobao-cs rules coded for exactly this roster layout, with no
// generality and no explanations. It trusts its input (numbers are numbers, dates are serials).

function monthsBetween(start: number, asOf: number): number {
  // Serial -> y/m/d via Date arithmetic in UTC (serials > 60).
  const s = new Date((start - 25569) * 86400000);
  const a = new Date((asOf - 25569) * 86400000);
  let m = (a.getUTCFullYear() - s.getUTCFullYear()) * 12 + (a.getUTCMonth() - s.getUTCMonth());
  if (a.getUTCDate() < s.getUTCDate()) {
    const lastDay = new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + 1, 0)).getUTCDate();
    if (a.getUTCDate() < lastDay) m--;
  }
  return m;
}

/** Counts employees eligible for their next level under taobao-cs. */
export function handwrittenEligible(rows: readonly (readonly Cell[])[], asOf: number): number {
  let eligible = 0;
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i]!;
    const level = r[3] as string;
    const months = monthsBetween((r[5] ?? r[4]) as number, asOf);
    const perf = r[6] as number;
    const score = 0.5 * perf + 0.25 * (r[7] as number) + 0.25 * (r[8] as number);
    const csat = r[10] as number;
    const tickets = r[11] as number;
    const errorRate = r[12] as number;
    let ok = false;
    if (level === "初级客服") ok = months >= 6 && tickets >= 2000 && csat >= 0.9 && score >= 75;
    else if (level === "中级客服") ok = months >= 12 && tickets >= 5000 && csat >= 0.95 && errorRate <= 0.01 && (r[9] as number) >= 80 && score >= 80;
    else if (level === "高级客服") ok = months >= 12 && r[13] === "是" && errorRate <= 0.01 && (r[14] as number) <= 2 && score >= 85;
    if (ok) eligible++;
  }
  return eligible;
}
