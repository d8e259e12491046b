import type { Cell } from "../src/core";

// The hand-written limit: the taobao-cs rules coded for exactly this roster layout, with no
// generality and no explanations. It trusts its input (numbers are numbers, dates are serials).

/**
 * Month index and day of a 1900-system serial after 60, packed as `(year * 12 + month - 1) * 32 +
 * day`, by integer arithmetic (Hinnant's civil_from_days): nothing allocated.
 */
function civil(serial: number): number {
  const z = serial - 25569 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return (y * 12 + m - 1) * 32 + (doy - Math.floor((153 * mp + 2) / 5) + 1);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function eligibleRow(r: readonly Cell[], months: number): boolean {
  const level = r[3] as string;
  const score = 0.5 * (r[6] as number) + 0.25 * (r[7] as number) + 0.25 * (r[8] as number);
  const csat = r[10] as number;
  const tickets = r[11] as number;
  const errorRate = r[12] as number;
  if (level === "初级客服") return months >= 6 && tickets >= 2000 && csat >= 0.9 && score >= 75;
  if (level === "中级客服") return months >= 12 && tickets >= 5000 && csat >= 0.95 && errorRate <= 0.01 && (r[9] as number) >= 80 && score >= 80;
  if (level === "高级客服") return months >= 12 && r[13] === "是" && errorRate <= 0.01 && (r[14] as number) <= 2 && score >= 85;
  return false;
}

/**
 * Counts employees eligible for their next level under taobao-cs: the limit. Months in level
 * by integer calendar arithmetic (the as-of date's parts computed once), nothing allocated per row.
 */
export function handwrittenEligible(rows: readonly (readonly Cell[])[], asOf: number): number {
  const a = civil(asOf);
  const aMonth = Math.floor(a / 32);
  const ad = a - aMonth * 32;
  const ay = Math.floor(aMonth / 12);
  const am = aMonth - ay * 12 + 1;
  const asOfMonthDays = am === 2 && ((ay % 4 === 0 && ay % 100 !== 0) || ay % 400 === 0) ? 29 : MONTH_DAYS[am - 1]!;
  let eligible = 0;
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i]!;
    const s = civil((r[5] ?? r[4]) as number);
    const sMonth = Math.floor(s / 32);
    let months = aMonth - sMonth;
    if (ad < s - sMonth * 32 && ad < asOfMonthDays) months--;
    if (eligibleRow(r, months)) eligible++;
  }
  return eligible;
}

/** Months from `start` to `asOf` with JavaScript Dates, as a developer would first write it. */
function monthsWithDates(start: number, asOf: number): number {
  const s = new Date((start - 25569) * 86400000);
  const a = new Date((asOf - 25569) * 86400000);
  let m = (a.getUTCFullYear() - s.getUTCFullYear()) * 12 + (a.getUTCMonth() - s.getUTCMonth());
  if (a.getUTCDate() < s.getUTCDate()) {
    const lastDay = new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + 1, 0)).getUTCDate();
    if (a.getUTCDate() < lastDay) m--;
  }
  return m;
}

/** The same loop with three Date objects a row (the limit as session 1 measured it), for the record. */
export function handwrittenEligibleWithDates(rows: readonly (readonly Cell[])[], asOf: number): number {
  let eligible = 0;
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i]!;
    if (eligibleRow(r, monthsWithDates((r[5] ?? r[4]) as number, asOf))) eligible++;
  }
  return eligible;
}
