/**
 * The pipeline forecast: how many employees become ready for each level in each of the coming
 * months, if nothing but time changes.
 */
import { dayFromIso, edate, isoFromDay } from "../evaluate/calendar";
import type { Policy } from "../model/policy";
import type { Readiness } from "./readiness";
import { must } from "../util/must";

/** Month k of the forecast: ready dates after `after` and on or before `until` (EDATE(review date, k-1) and EDATE(review date, k)). */
export interface ForecastMonth {
  readonly index: number;
  /** The day before the month starts: EDATE(review date, k-1). */
  readonly after: string;
  /** Its last day: EDATE(review date, k). */
  readonly until: string;
}

/** The forecast of one level. */
export interface ForecastLevel {
  readonly level: string;
  /** Already ready on the review date (现在可晋升). */
  readonly readyNow: number;
  /** Employees whose ready date falls in each month. */
  readonly months: readonly number[];
  /** Sum of `months`. */
  readonly total: number;
}

/** How many become ready for each level, month by month. */
export interface Forecast {
  readonly asOf: string;
  readonly months: readonly ForecastMonth[];
  /** Each level some step leads to, in ladder order. */
  readonly levels: readonly ForecastLevel[];
  /** Per month, over all levels. */
  readonly totals: readonly number[];
}

/**
 * Counts, for each level a step leads to, the employees ready now and those whose ready date
 * (only time-based criteria unmet) falls in each of the next `months` months; month k holds the
 * dates d with EDATE(asOf, k-1) < d <= EDATE(asOf, k), so the first 12 months hold exactly the
 * 1 年内 band. An employee with two next levels counts once for each.
 * @example forecast(readiness(review, [12, 24]), policy, review.asOf, 12).levels[0].months
 */
export function forecast(rows: readonly Readiness[], policy: Pick<Policy, "levels" | "steps">, asOf: string, months: number): Forecast {
  const day = dayFromIso(asOf);
  if (day === null) throw new RangeError(`asOf must be YYYY-MM-DD: ${asOf}`);
  const ends = Array.from({ length: months + 1 }, (_, k) => edate(day, k));
  const list: ForecastMonth[] = ends.slice(1).map((end, k) => ({ index: k + 1, after: isoFromDay(must(ends[k], `end of month ${k}`)), until: isoFromDay(end) }));
  const targets = new Set(policy.steps.map((s) => s.to));
  const levels = policy.levels.filter((l) => targets.has(l.name)).map((l) => l.name);
  const counts = new Map(levels.map((l) => [l, { readyNow: 0, months: new Array<number>(months).fill(0) }]));
  for (const r of rows) {
    for (const t of r.targets) {
      const c = counts.get(t.level);
      if (!c) continue;
      if (t.band === "ready_now") c.readyNow++;
      const ready = t.band === "ready_now" || t.readyDate === null ? null : dayFromIso(t.readyDate);
      if (ready === null) continue;
      const k = ends.findIndex((end, i) => i > 0 && ready > must(ends[i - 1], `end of month ${i - 1}`) && ready <= end);
      if (k > 0) c.months[k - 1] = (c.months[k - 1] ?? 0) + 1;
    }
  }
  const out = [...counts].map(([level, c]) => {
    return { level, readyNow: c.readyNow, months: c.months, total: c.months.reduce((a, b) => a + b, 0) };
  });
  return { asOf, months: list, levels: out, totals: list.map((_, k) => out.reduce((a, l) => a + (l.months[k] ?? 0), 0)) };
}
