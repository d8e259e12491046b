/**
 * Readiness bands (准备度): for each employee and next level, how soon they can be promoted,
 * computed from the review's unmet criteria and ready dates rather than typed in by a manager.
 */
import { dayFromIso, edate } from "../evaluate/calendar";
import { inLocale, type Locale } from "../i18n/locale";
import { coreMessages } from "../i18n/messages";
import type { PersonRef, Review, RowResult, Status, TargetResult, Unmet } from "../model/review";
import { must } from "../util/must";

/** A readiness band, best first. */
export type ReadinessBand = "ready_now" | "within_1y" | "within_2y" | "later" | "develop" | "top" | "error";

/**
 * The bands in order, with their labels at the default limits (12 and 24 months): one table, the
 * labels for other limits derived from it ({@link bandLabel}).
 */
export const READINESS_BANDS: ReadonlyArray<{ readonly key: ReadinessBand; readonly zh: string; readonly en: string }> = [
  { key: "ready_now", zh: "现在可晋升", en: "Ready now" },
  { key: "within_1y", zh: "1 年内", en: "Within 1 year" },
  { key: "within_2y", zh: "1-2 年", en: "1-2 years" },
  { key: "later", zh: "2 年以上", en: "Over 2 years" },
  { key: "develop", zh: "需发展", en: "Needs development" },
  { key: "top", zh: "已最高", en: "At the top" },
  { key: "error", zh: "数据错误", en: "Data error" },
];

const ORDER: ReadonlyMap<ReadinessBand, number> = new Map(READINESS_BANDS.map((b, i) => [b.key, i]));
const rank = (band: ReadinessBand): number => must(ORDER.get(band), `readiness band ${band}`);

/**
 * A band's label in a locale; with limits other than 12 and 24 months the time bands name them
 * (`6 个月内`, `6-18 个月`, `18 个月以上`).
 * @example bandLabel("within_1y", [12, 24], "zh-CN") //=> "1 年内"
 */
export function bandLabel(band: ReadinessBand, limits: readonly [number, number], locale: Locale): string {
  const m = coreMessages(locale);
  const [a, b] = limits;
  const standard = a === 12 && b === 24;
  const row = must(READINESS_BANDS[rank(band)], `readiness band ${band}`);
  if (standard || !["within_1y", "within_2y", "later"].includes(band)) return inLocale(row, locale);
  if (band === "within_1y") return m.withinMonths(a);
  if (band === "within_2y") return m.betweenMonths(a, b);
  return m.overMonths(b);
}

/** How ready an employee is for one next level. */
export interface TargetReadiness {
  readonly level: string;
  readonly band: ReadinessBand;
  /** When every time-based criterion is met (null unless only time is missing, or when met without one). */
  readonly readyDate: string | null;
  readonly unmet: readonly Unmet[];
  /** The step fills a vacancy (a reserve who is ready waits for one). */
  readonly vacancy: boolean;
}

/** An employee's readiness: the best band over their next levels, and each level's. */
export interface Readiness extends PersonRef {
  readonly status: Status;
  readonly band: ReadinessBand;
  readonly targets: readonly TargetReadiness[];
}

/**
 * The band of one next level: met = 现在可晋升; only time-based criteria unmet (the review gives a
 * ready date) = 1 年内 when the ready date is at most EDATE(review date, limits[0]), 1-2 年 when at
 * most EDATE(review date, limits[1]), else 2 年以上; anything else unmet = 需发展.
 * @example targetBand({ met: false, readyDate: "2027-11-23", ... }, "2026-11-23", [12, 24]) //=> "within_1y"
 */
export function targetBand(target: Pick<TargetResult, "met" | "readyDate">, asOf: string, limits: readonly [number, number]): ReadinessBand {
  if (target.met) return "ready_now";
  const ready = target.readyDate === null ? null : dayFromIso(target.readyDate);
  const day = dayFromIso(asOf);
  if (ready === null || day === null) return "develop";
  if (ready <= edate(day, limits[0])) return "within_1y";
  if (ready <= edate(day, limits[1])) return "within_2y";
  return "later";
}

/** The best of several bands (现在可晋升 before 1 年内 ... before 需发展). */
export function bestBand(bands: readonly ReadinessBand[]): ReadinessBand {
  return bands.reduce<ReadinessBand>((best, b) => (rank(b) < rank(best) ? b : best), "develop");
}

/** One review row's readiness. */
export function rowReadiness(row: RowResult, asOf: string, limits: readonly [number, number]): Readiness {
  const targets = row.status === "error" ? [] : row.targets.map((t) => ({ level: t.level, band: targetBand(t, asOf, limits), readyDate: t.readyDate, unmet: t.unmet, vacancy: t.vacancy }));
  const band: ReadinessBand = row.status === "error" ? "error" : row.status === "top" ? "top" : bestBand(targets.map((t) => t.band));
  return { row: row.row, id: row.id, name: row.name, dept: row.dept, level: row.level, status: row.status, band, targets };
}

/**
 * Every employee's readiness, in roster order.
 * @param limits - band limits in months (the policy's, see `talentSettings`)
 * @example readiness(review, [12, 24]).filter((r) => r.band === "within_1y")
 */
export function readiness(review: Pick<Review, "rows" | "asOf">, limits: readonly [number, number]): Readiness[] {
  return review.rows.map((r) => rowReadiness(r, review.asOf, limits));
}
