/**
 * View models of the Insights tab's talent views (issue #20), pure: readiness counts per band,
 * the forecast as bars, and an employee's development plan looked up by 工号. No DOM, no Office.
 */
import { bandLabel, READINESS_BANDS, type DevelopmentPlan, type Forecast, type Locale, type Readiness, type ReadinessBand, type TalentReport } from "../core";

/** One readiness band and how many employees are in it (their best next level). */
export interface BandCount {
  readonly band: ReadinessBand;
  readonly label: string;
  readonly count: number;
}

/**
 * Employees per readiness band, every band in order (zero counts included): the numbers of the
 * 晋升汇总 readiness table.
 * @example
 * bandCounts(insights.talent, "zh-CN")[0] // { band: "ready_now", label: "现在可晋升", count: 8 }
 */
export function bandCounts(report: TalentReport, locale: Locale): BandCount[] {
  const counts = new Map<ReadinessBand, number>();
  for (const r of report.readiness) counts.set(r.band, (counts.get(r.band) ?? 0) + 1);
  return READINESS_BANDS.map((b) => ({ band: b.key, label: bandLabel(b.key, report.settings.bands, locale), count: counts.get(b.key) ?? 0 }));
}

/** One month of the forecast chart. */
export interface ForecastBar {
  /** The month's last day (`2026-12-23`). */
  readonly until: string;
  /** A short label under the bar (`12月`, `Dec`). */
  readonly label: string;
  /** Employees becoming ready in the month, over all levels. */
  readonly count: number;
  /** The bar's height as a share of the tallest (0 to 1; 0 for every bar of an empty forecast). */
  readonly share: number;
}

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A month's short label, from the month of its last day: `1月` or `Jan`.
 * @example
 * monthLabel("2027-01-23", "zh-CN") // "1月"
 * monthLabel("2027-01-23", "en-US") // "Jan"
 */
export function monthLabel(until: string, locale: Locale): string {
  const m = Number(until.slice(5, 7));
  if (!Number.isInteger(m) || m < 1 || m > 12) return until;
  return locale === "zh-CN" ? `${m}月` : MONTHS_EN[m - 1] ?? until;
}

/**
 * The forecast's monthly totals as bars, each with its height relative to the tallest month.
 * @example
 * forecastBars(insights.talent.forecast, "en-US").map((b) => b.count) // [2, 0, 1, ...]
 */
export function forecastBars(f: Forecast, locale: Locale): ForecastBar[] {
  const max = Math.max(0, ...f.totals);
  return f.months.map((m, k) => {
    const count = f.totals[k] ?? 0;
    return { until: m.until, label: monthLabel(m.until, locale), count, share: max === 0 ? 0 : count / max };
  });
}

/** What the plan card shows for a 工号. */
export type PlanLookup =
  | { readonly kind: "plan"; readonly plan: DevelopmentPlan }
  /** In the review but with no plan: ready now, at the top, or a data error. */
  | { readonly kind: "none"; readonly readiness: Readiness }
  | { readonly kind: "unknown" }
  | { readonly kind: "empty" };

/**
 * The development plan of the employee with this 工号 (spaces around it and letter case
 * ignored), or why there is none.
 * @example
 * findPlan(insights.talent, " kf1001 ") // { kind: "plan", plan: { id: "KF1001", ... } }
 * findPlan(insights.talent, "")         // { kind: "empty" }
 */
export function findPlan(report: TalentReport, id: string): PlanLookup {
  const key = id.trim().toUpperCase();
  if (key === "") return { kind: "empty" };
  const same = (x: { id: string }): boolean => x.id.trim().toUpperCase() === key;
  const plan = report.plans.find(same);
  if (plan) return { kind: "plan", plan };
  const ready = report.readiness.find(same);
  return ready ? { kind: "none", readiness: ready } : { kind: "unknown" };
}

/**
 * The 工号 of the last review in a selected row: the first cell (left to right) whose text equals
 * an employee's 工号 (spaces and letter case ignored), as written on 晋升评审 or the roster; null
 * when no cell does.
 * @example
 * idInRow([2, "kf1001 ", "张三"], insights.talent) // "KF1001"
 */
export function idInRow(values: readonly unknown[], report: TalentReport): string | null {
  const ids = new Map(report.readiness.map((r) => [r.id.trim().toUpperCase(), r.id]));
  for (const v of values) {
    if (typeof v !== "string" && typeof v !== "number") continue;
    const id = ids.get(String(v).trim().toUpperCase());
    if (id !== undefined && String(v).trim() !== "") return id;
  }
  return null;
}
