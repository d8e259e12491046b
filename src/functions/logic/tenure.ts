/**
 * PROMO.TENURE: years between two dates with the catalogue's month semantics (§2).
 */
import { monthsCompleted } from "../../core";
import { asOfDay, dayArg } from "./dates";
import type { FormulaEnv } from "./env";
import { valueError } from "./errors";
import { formulaMessages } from "./messages";

/**
 * Completed months from `start` to the as-of date, divided by 12: the largest m with
 * EDATE(start, m) <= asOf (Excel's DATEDIF "m" except at clamped month ends).
 * @throws {@link FormulaError} `#VALUE!` for an empty or unreadable start date, and when the
 *   start date is after the as-of date.
 */
export function tenureYears(start: unknown, asOf: unknown, env: FormulaEnv): number {
  const m = formulaMessages(env.locale);
  const s = dayArg(start, m.startDateName, env.locale, env.date1904);
  if (s === null) throw valueError(m.startDateEmpty);
  const a = asOfDay(asOf, () => env.today(), env.locale, env.date1904);
  if (s > a) throw valueError(m.startAfterAsOf);
  return monthsCompleted(s, a) / 12;
}
