/* global CustomFunctions */
import { dayFromSerial, monthsCompleted } from "../core";

/**
 * Years between a start date and the as-of date, in completed months / 12 (Excel DATEDIF "m",
 * with month ends handled as HR expects).
 * @customfunction TENURE
 * @param start Start date (hire date or date in level), an Excel date.
 * @param [asOf] As-of date (default: today).
 * @returns Years, e.g. 1.5 for one year and six months.
 */
export function tenure(start: number, asOf?: number | null): number {
  const s = dayFromSerial(start);
  const now = new Date();
  const a = asOf === null || asOf === undefined ? Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86400000) : dayFromSerial(asOf);
  if (s === null || a === null) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "not a date");
  return monthsCompleted(s, a) / 12;
}
