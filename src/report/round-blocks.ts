/**
 * Issue #21's views as report tables, one home for their columns and words: promotion cost (晋升成本)
 * and the budget what-if, the calibration check (校准) and cycle over cycle (与上轮比较). The summary
 * sheet (晋升汇总) shows them as blocks; `promo cost`, `promo calibrate` and `promo history` print
 * the same tables as text.
 */
import { fieldLabel, statusLabel, formatGaps, type BudgetResult, type CalibrationReport, type CostGroup, type CostReport, type CycleCategory, type CycleReport, type Locale, CYCLE_CATEGORIES } from "../core";
import { reportMessages } from "./messages";
import type { ReportBlock, ReportTable, StyleKey } from "./model";
import { must } from "../core/util/must";

function heading(text: string): ReportBlock {
  return { kind: "line", cells: [text], styles: ["bold"] };
}

const money = (n: number): string => n.toLocaleString("en-US", { maximumFractionDigits: 2 });
const fixed = (n: number | null, d = 2): string => (n === null ? "-" : String(Math.round(n * 10 ** d) / 10 ** d));
const pct = (n: number | null): string => (n === null ? "-" : `${Math.round(n * 1000) / 10}%`);

/** Widths of the 晋升汇总 columns from I on that the 晋升成本, 校准 and 与上轮比较 tables use. */
export const ROUND_WIDTHS: readonly number[] = [14, 20, 26, 14, 40];

/** How a cost was computed, in words. */
export function costBasisText(basis: CostReport["candidates"][number]["basis"], locale: Locale): string {
  return reportMessages(locale).round.costBasis[basis];
}

/** The line above the cost table: totals and every input they rest on. */
export function costHeading(report: CostReport, locale: Locale): string {
  const n = report.candidates.length;
  const costed = n - report.uncosted;
  const m = reportMessages(locale).round;
  const pay = report.payColumn ? m.payFrom(report.payColumn.header, report.payColumn.column) : m.noPayColumn;
  return m.costHeading(n, costed, money(report.monthlyTotal), money(report.annualTotal), pay);
}

/** One row per 可晋升 employee: rank, who, new level, pay, current pay, cost a month and a year, basis. */
export function costTable(report: CostReport, locale: Locale): ReportTable {
  const h = reportMessages(locale).round.costHeaders;
  const formats = ["general", "text", "text", "text", "text", "text", "money", "money", "money", "money", "text"] as const;
  return {
    name: "PromoCost",
    columns: h.map((header, i) => ({ header, format: must(formats[i], `format of column ${i}`), ...(i === 0 ? { numeric: true as const } : {}) })),
    rows: report.candidates.map((c) => [c.rank, c.id, c.name, c.dept, c.level, c.target, c.targetPay, c.currentPay, c.monthly, c.annual, costBasisText(c.basis, locale)]),
  };
}

/** Totals by department or new level. */
export function costGroupTable(name: string, groups: readonly CostGroup[], first: string, locale: Locale): ReportTable {
  const h = [first, ...reportMessages(locale).round.costGroupHeaders];
  return {
    name,
    columns: h.map((header, i) => ({ header, format: i === 0 ? "text" : i < 3 ? "general" : "money", ...(i === 1 || i === 2 ? { numeric: true as const } : {}) })),
    rows: groups.map((g) => [g.key === "" ? reportMessages(locale).emptyGroup : g.key, g.count, g.costed, g.monthly, g.annual]),
  };
}

/** The reserve allowances line. */
export function allowanceText(report: CostReport, locale: Locale): string {
  const a = report.allowance;
  return reportMessages(locale).round.allowance(a.count, money(a.monthly), money(a.annual));
}

/** The levels without pay, when some 可晋升 go into one. */
export function noPayText(report: CostReport, locale: Locale): string | null {
  if (report.levelsWithoutPay.length === 0) return null;
  return reportMessages(locale).round.noPay(report.levelsWithoutPay, report.uncosted);
}

/** The budget what-if in one line: who fits, who is left, what remains. */
export function budgetHeading(b: BudgetResult, locale: Locale): string {
  return reportMessages(locale).round.budgetHeading(money(b.budget), b.selected.length, money(b.spent), money(b.remaining), b.left.length);
}

/** Every candidate with the budget's outcome, in ranking order. */
export function budgetTable(b: BudgetResult, locale: Locale): ReportTable {
  const m = reportMessages(locale).round;
  const h = m.budgetHeaders;
  const rows = [...b.selected.map((line) => ({ line, left: null as BudgetResult["left"][number] | null })), ...b.left.map((l) => ({ line: l.line, left: l }))].sort((x, y) => x.line.rank - y.line.rank);
  const outcome = (l: BudgetResult["left"][number] | null): string =>
    l === null ? m.promoted : l.reason === "no_pay" ? m.nextRoundNoPay : m.nextRoundOver;
  let remaining = b.budget;
  return {
    name: "PromoBudget",
    columns: h.map((header, i) => ({ header, format: i === 0 ? "general" : i === 4 || i === 6 ? "money" : "text", ...(i === 0 ? { numeric: true as const } : {}) })),
    rows: rows.map(({ line, left }) => {
      const at = left ? left.remainingAtTurn : remaining;
      if (!left) remaining -= line.monthly ?? 0;
      return [line.rank, line.id, line.name, line.target, line.monthly, outcome(left), Math.round(at * 100) / 100];
    }),
    cellStyles: { 5: rows.map(({ left }): StyleKey => (left ? "status:awaiting_vacancy" : "status:eligible")) },
  };
}

/** The line above the calibration table: field, threshold, tolerance, test, all named. */
export function calibrationHeading(r: CalibrationReport, locale: Locale): string {
  const m = reportMessages(locale).round;
  const field = r.field.column ? m.fieldInColumn(r.field.header, r.field.column) : r.field.header;
  const th = r.threshold === null ? m.noThreshold : `${r.threshold}${r.thresholdSource === "policy" ? m.thresholdFromPolicy : m.thresholdFromArgument}`;
  const tol = `${r.tolerance}${r.toleranceSource === "policy" ? m.toleranceFromPolicy : r.toleranceSource === "argument" ? m.toleranceFromArgument : m.toleranceDefault}`;
  return m.calibrationHeading({ column: r.column, letters: r.columnLetters, field, n: r.overall.n, missing: r.missing, threshold: th, tolerance: tol, alpha: r.alpha });
}

/** One row per group: n, mean, median, share above, rest's mean, difference, p, test, flag. */
export function calibrationTable(r: CalibrationReport, locale: Locale): ReportTable {
  const m = reportMessages(locale).round;
  const h = [r.column, ...m.calibrationHeaders];
  const formats = ["text", "general", "score", "score", "percent", "score", "score", "general", "text", "text", "general"] as const;
  const flag = m.outOfLine;
  return {
    name: "PromoCalibration",
    columns: h.map((header, i) => ({ header, format: must(formats[i], `format of column ${i}`), ...(formats[i] === "general" ? { numeric: true as const } : {}) })),
    rows: r.groups.map((g) => [
      g.group === "" ? reportMessages(locale).emptyGroup : g.group,
      g.n,
      g.mean,
      g.median,
      g.shareAbove,
      g.rest.mean,
      g.diff,
      g.p === null ? null : Math.round(g.p * 10000) / 10000,
      g.method === null ? "-" : g.method === "exact" ? m.exact : m.normal,
      g.outOfLine ? flag : g.n <= 2 ? m.smallGroup : "",
      g.missing,
    ]),
    cellStyles: { 9: r.groups.map((g): StyleKey => (g.outOfLine ? "status:error" : "plain")) },
    colourRules: { column: 9, rules: [{ text: flag, style: "status:error" }] },
  };
}

/** The target distribution check, when the policy sets one. */
export function distributionTable(r: CalibrationReport, locale: Locale): ReportTable | null {
  const d = r.distribution;
  if (!d) return null;
  const m = reportMessages(locale).round;
  const h = m.distributionHeaders;
  const flag = m.offBy(pct(d.tolerance));
  return {
    name: "PromoDistribution",
    columns: h.map((header, i) => ({ header, format: i === 0 || i === 5 ? "text" : i === 1 ? "general" : "percent", ...(i === 1 ? { numeric: true as const } : {}) })),
    rows: d.bands.map((b) => [b.label, b.count, b.share, b.target, b.diff, b.flagged ? flag : ""]),
    cellStyles: { 5: d.bands.map((b): StyleKey => (b.flagged ? "status:error" : "plain")) },
  };
}

/** A cycle category in words. */
export function categoryText(c: CycleCategory, locale: Locale): string {
  return reportMessages(locale).round.categories[c];
}

/** The line above the cycle tables. */
export function historyHeading(r: CycleReport, locale: Locale): string {
  const m = reportMessages(locale).round;
  const median = r.medianMonthsToPromotion === null ? m.noMedian : `${fixed(r.medianMonthsToPromotion, 1)}`;
  return m.historyHeading({ previousAsOf: r.previousAsOf, pastCycles: r.pastCycles, asOf: r.asOf, median, measured: r.promotedMeasured, left: r.left.length });
}

/** Counts per category. */
export function historyCountsTable(r: CycleReport, locale: Locale): ReportTable {
  return {
    name: "PromoHistoryCounts",
    columns: [
      { header: reportMessages(locale).round.category, format: "text" },
      { header: reportMessages(locale).people, format: "general", numeric: true },
    ],
    rows: CYCLE_CATEGORIES.map((c) => [categoryText(c, locale), r.counts[c]]),
  };
}

/** Everyone whose situation needs a word: all categories but 仍未达标, in row order. */
export function historyTable(r: CycleReport, locale: Locale): ReportTable {
  const h = reportMessages(locale).round.historyHeaders;
  const formats = ["text", "text", "text", "text", "text", "text", "text", "text", "general", "date", "date", "general", "text"] as const;
  const rows = r.entries.filter((e) => e.category !== "still_not_eligible");
  return {
    name: "PromoHistory",
    columns: h.map((header, i) => ({ header, format: must(formats[i], `format of column ${i}`), ...(i === 12 ? { wrap: true } : {}), ...(formats[i] === "general" ? { numeric: true as const } : {}) })),
    rows: rows.map((e) => [
      categoryText(e.category, locale),
      e.id,
      e.name,
      e.dept,
      e.level,
      statusLabel(e.status, locale),
      e.previousLevel,
      e.previousStatus === null ? null : statusLabel(e.previousStatus, locale),
      e.cycles,
      e.firstEligible,
      e.promotedOn,
      e.monthsToPromotion,
      e.unmet.length > 0 ? `${e.target ?? ""}: ${formatGaps(e.unmet, locale)}` : null,
    ]),
    cellStyles: { 0: rows.map((e): StyleKey => (e.category === "overdue" ? "status:awaiting_vacancy" : e.category === "no_longer_eligible" || e.category === "demoted" ? "status:error" : e.category === "newly_eligible" || e.category === "promoted" ? "status:eligible" : "plain")) },
  };
}

/** The three views as blocks of the summary sheet (those computed), each after a blank row and a heading. */
export function roundBlocks(views: { readonly cost?: CostReport | null; readonly budget?: BudgetResult | null; readonly calibration?: CalibrationReport | null; readonly history?: CycleReport | null }, locale: Locale): ReportBlock[] {
  const m = reportMessages(locale).round;
  const out: ReportBlock[] = [];
  const table = (t: ReportTable | null): void => {
    if (t) out.push({ kind: "table", table: t });
  };
  if (views.cost) {
    const c = views.cost;
    out.push({ kind: "blank" }, heading(m.costTitle), { kind: "line", cells: [costHeading(c, locale)], styles: ["plain"] });
    const warn = noPayText(c, locale);
    if (warn) out.push({ kind: "line", cells: [warn], styles: ["bold"] });
    table(costTable(c, locale));
    out.push({ kind: "blank" });
    table(costGroupTable("PromoCostByDept", c.byDept, fieldLabel("dept", locale), locale));
    out.push({ kind: "blank" });
    table(costGroupTable("PromoCostByLevel", c.byLevel, m.newLevel, locale));
    out.push({ kind: "line", cells: [allowanceText(c, locale)], styles: ["plain"] });
    if (views.budget) {
      out.push({ kind: "blank" }, heading(budgetHeading(views.budget, locale)));
      table(budgetTable(views.budget, locale));
    }
  }
  if (views.calibration) {
    out.push({ kind: "blank" }, heading(m.calibrationTitle), { kind: "line", cells: [calibrationHeading(views.calibration, locale)], styles: ["plain"] });
    table(calibrationTable(views.calibration, locale));
    const d = distributionTable(views.calibration, locale);
    if (d) {
      out.push({ kind: "blank" }, heading(m.distributionTitle));
      table(d);
    }
  }
  if (views.history) {
    out.push({ kind: "blank" }, heading(m.historyTitle), { kind: "line", cells: [historyHeading(views.history, locale)], styles: ["plain"] });
    table(historyCountsTable(views.history, locale));
    out.push({ kind: "blank" });
    table(historyTable(views.history, locale));
  }
  return out;
}

/** A report table as aligned text cells for the CLI (numbers rounded, empty cells as -). */
export function tableCells(t: ReportTable): string[][] {
  const cell = (v: unknown, format: string): string => {
    if (v === null || v === undefined || v === "") return format === "text" ? "" : "-";
    if (typeof v === "number") return format === "percent" ? pct(v) : format === "money" ? money(v) : fixed(v, 4);
    return String(v);
  };
  return [t.columns.map((c) => c.header), ...t.rows.map((r) => r.map((v, i) => cell(v, must(t.columns[i], `column ${i}`).format)))];
}
