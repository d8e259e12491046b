/**
 * PROMO.TENURE: years between two dates with the catalogue's month semantics (§2).
 */
import { monthsCompleted } from "../../core";
import { asOfDay, dayArg } from "./dates";
import type { FormulaEnv } from "./env";
import { valueError } from "./errors";

/**
 * Completed months from `start` to the as-of date, divided by 12: the largest m with
 * EDATE(start, m) <= asOf (Excel's DATEDIF "m" except at clamped month ends).
 * @throws {@link FormulaError} `#VALUE!` for an empty or unreadable start date, and when the
 *   start date is after the as-of date.
 */
export function tenureYears(start: unknown, asOf: unknown, env: FormulaEnv): number {
  const zh = env.locale === "zh-CN";
  const s = dayArg(start, zh ? "开始日期" : "start date", env.locale, env.date1904);
  if (s === null) throw valueError(zh ? "开始日期为空：请选择入职日期或任现职日期所在的单元格" : "The start date is empty: select the hire date or level date cell");
  const a = asOfDay(asOf, () => env.today(), env.locale, env.date1904);
  if (s > a) throw valueError(zh ? "开始日期晚于评审日期" : "The start date is after the as-of date");
  return monthsCompleted(s, a) / 12;
}
