/**
 * The talent pipeline as report data: the forecast table on 晋升汇总, the 继任梯队 (succession)
 * sheet and the 发展计划 (development plan) sheet, one block per employee printed on a page of
 * its own. Column lists are declared once here and shared by the CLI's text tables.
 */
import {
  bandLabel,
  criterionName,
  formatUnmet,
  planSentence,
  READINESS_BANDS,
  type DevelopmentPlan,
  type Forecast,
  type Locale,
  type PlanTarget,
  type Review,
  type SuccessionEntry,
  type Successor,
  type TalentReport,
} from "../core";
import { policyTitle } from "./labels";
import type { ReportBlock, ReportSheet, ReportTable, ReportValue, StyleKey } from "./model";
import { reportMessages } from "./messages";

/** People given a block (a printed page) on the 发展计划 sheet; `promo plan` lists all. */
export const MAX_PLAN_BLOCKS = 500;

/** Base names of the talent sheets. */
export const TALENT_SHEETS = { succession: "继任梯队", plan: "发展计划" } as const;

function heading(text: string): ReportBlock {
  return { kind: "line", cells: [text], styles: ["bold"] };
}

/** A forecast month's column header: its last day (`至 2026-12-23`). */
export function forecastMonthHeader(until: string, locale: Locale): string {
  return reportMessages(locale).monthUntil(until);
}

/**
 * The forecast as a table: one row per level, 现在可晋升, one column per month, and the total.
 * @example forecastTable(report.forecast, "zh-CN").columns[1].header //=> "现在可晋升"
 */
export function forecastTable(f: Forecast, locale: Locale): ReportTable {
  const w = reportMessages(locale);
  return {
    name: "PromoForecast",
    columns: [
      { header: w.targetLevel, format: "text" },
      { header: w.readyNow, format: "integer" },
      ...f.months.map((m) => ({ header: forecastMonthHeader(m.until, locale), format: "integer" as const })),
      { header: w.monthsTotal(f.months.length), format: "integer" },
    ],
    rows: f.levels.map((l): ReportValue[] => [l.level, l.readyNow, ...l.months, l.total]),
    totals: [w.total, f.levels.reduce((a, l) => a + l.readyNow, 0), ...f.totals, f.totals.reduce((a, b) => a + b, 0)],
  };
}

/** Employees per readiness band (their best next level). */
export function bandTable(report: TalentReport, locale: Locale): ReportTable {
  const count = (band: string): number => report.readiness.filter((r) => r.band === band).length;
  const w = reportMessages(locale);
  return {
    name: "PromoReadiness",
    columns: [
      { header: w.readiness, format: "text" },
      { header: w.count, format: "integer" },
    ],
    rows: READINESS_BANDS.map((b): ReportValue[] => [bandLabel(b.key, report.settings.bands, locale), count(b.key)]),
  };
}

/**
 * Widths of the summary's columns I to O, wide enough for a 12-month forecast's headers
 * (`至 2027-06-23`); the same with or without the forecast, as a streamed summary (none) must look.
 */
export const FORECAST_WIDTHS: readonly number[] = [13, 13, 13, 13, 13, 13, 13];

/** The 晋升汇总 section: readiness counts, then the month-by-month forecast. */
export function forecastBlocks(report: TalentReport, locale: Locale): ReportBlock[] {
  const w = reportMessages(locale);
  return [
    { kind: "blank" },
    heading(w.readinessHeading),
    { kind: "table", table: bandTable(report, locale) },
    { kind: "blank" },
    heading(w.forecastHeading(report.forecast.months.length)),
    { kind: "table", table: forecastTable(report.forecast, locale) },
  ];
}

/** Successors as text: `1. 张三（KF1001）、2. 李四（KF1002，2027-02-01）`. */
export function successorText(list: readonly Successor[], locale: Locale): string {
  const w = reportMessages(locale);
  return list.map((s) => `${s.rank}. ${w.successor(s.name || s.id, s.id, s.band === "within_1y" ? s.readyDate : null)}`).join(w.listSep);
}

/** The risk flag in words: 单点风险 (no ready successor), 无在岗 (no incumbent). */
export function riskText(e: SuccessionEntry, locale: Locale): string {
  if (e.risk === "single_point") return reportMessages(locale).singlePointRisk;
  if (e.risk === "vacant") return reportMessages(locale).noIncumbent;
  return "";
}

/** Bench strength as text (`1.50`), or `-` without an incumbent. */
export function benchText(e: SuccessionEntry): string {
  return e.bench === null ? "-" : e.bench.toFixed(2);
}

/**
 * The succession table: one row per key level and group.
 * @param groupHeader - the grouping column's header (部门, 门店...)
 */
export function successionTable(entries: readonly SuccessionEntry[], groupHeader: string, locale: Locale): ReportTable {
  const riskStyle = (e: SuccessionEntry): StyleKey => (e.risk === "single_point" ? "status:error" : e.risk === "vacant" ? "status:awaiting_vacancy" : "plain");
  const w = reportMessages(locale);
  const [position, incumbents, heldBy, readyNow, within1y, bench, risk] = w.successionHeaders;
  return {
    name: "PromoSuccession",
    columns: [
      { header: position, format: "text" },
      { header: groupHeader, format: "text" },
      { header: incumbents, format: "integer" },
      { header: heldBy, format: "text", wrap: true },
      { header: readyNow, format: "text", wrap: true },
      { header: within1y, format: "text", wrap: true },
      { header: bench, format: "text" },
      { header: risk, format: "text", wrap: true },
    ],
    rows: entries.map((e): ReportValue[] => [
      e.level,
      e.group === "" ? w.emptyGroup : e.group,
      e.incumbents.length,
      e.incumbents.map((i) => i.name || i.id).join(w.listSep),
      successorText(e.readyNow, locale),
      successorText(e.within1y, locale),
      benchText(e),
      riskText(e, locale),
    ]),
    cellStyles: { 7: entries.map(riskStyle) },
    filter: true,
  };
}

/** The 继任梯队 sheet. */
export function successionSheet(review: Review, report: TalentReport, groupHeader: string, locale: Locale): ReportSheet {
  const s = report.succession;
  const w = reportMessages(locale);
  const facts: Array<readonly [string, string | number]> = [
    [w.keyPositions, s.keyLevels.join(w.listSep) || w.noKeyPositions],
    [w.groupedBy, groupHeader],
    [w.singlePoints, s.singlePoints],
    [w.note, w.benchNote],
  ];
  return {
    kind: "succession",
    baseName: TALENT_SHEETS.succession,
    blocks: [{ kind: "title", text: `${w.successionTitle} · ${policyTitle(review, locale)}` }, { kind: "facts", rows: facts }, { kind: "blank" }, { kind: "table", table: successionTable(s.entries, groupHeader, locale) }],
    freezeRows: 0,
    widths: [14, 14, 10, 22, 36, 36, 10, 22],
  };
}

/** Columns of a plan's step table. */
export function planStepHeaders(locale: Locale): string[] {
  return [...reportMessages(locale).planStepHeaders];
}

/** A plan's steps, then its waits, as table rows. */
export function planRows(t: PlanTarget, locale: Locale): ReportValue[][] {
  const w = reportMessages(locale);
  const sep = w.clauseSep;
  const rows: ReportValue[][] = t.steps.map((s) => [
    s.order,
    s.criteria.map((u) => formatUnmet(u, locale)).join(sep),
    s.action ?? w.noAction(s.criteria.map((u) => criterionName(u, locale))),
    s.owner,
    s.weeks,
    s.start,
    s.done,
  ]);
  if (t.waits.length > 0) rows.push([null, t.waits.map((u) => formatUnmet(u, locale)).join(sep), w.timeWait, null, null, null, t.waitUntil]);
  return rows;
}

/** One employee's block: a heading line, one table per target level, the sentence, a page break. */
function planBlocks(p: DevelopmentPlan, bands: readonly [number, number], locale: Locale, n: number): ReportBlock[] {
  const w = reportMessages(locale);
  const blocks: ReportBlock[] = [
    {
      kind: "line",
      cells: [w.person(p.name || p.id, p.id), p.dept, p.level, `${w.readiness}${w.labelSep}${bandLabel(p.band, bands, locale)}`],
      styles: ["title", "bold", "bold", "bold"],
    },
  ];
  p.targets.forEach((t, k) => {
    blocks.push(heading(`→ ${w.withNote(t.level, bandLabel(t.band, bands, locale))}`));
    const headers = planStepHeaders(locale);
    blocks.push({
      kind: "table",
      table: {
        name: `PromoPlan${n}_${k + 1}`,
        columns: headers.map((h, j) => ({ header: h, format: j === 0 || j === 4 ? "general" : j >= 5 ? "date" : "text", wrap: j === 1 || j === 2, ...(j === 0 || j === 4 ? { numeric: true as const } : {}) })),
        rows: planRows(t, locale),
      },
    });
    blocks.push({ kind: "line", cells: [planSentence(t, locale)], styles: ["bold"] });
  });
  blocks.push({ kind: "blank", pageBreak: true });
  return blocks;
}

/** The 发展计划 sheet: one block per employee who is not ready, each ending with a page break. */
export function planSheet(review: Review, report: TalentReport, locale: Locale): ReportSheet {
  const w = reportMessages(locale);
  const n = report.plans.length;
  const facts: Array<readonly [string, string | number]> = [
    [w.people, n > MAX_PLAN_BLOCKS ? w.morePlans(n, MAX_PLAN_BLOCKS) : n],
    [w.schedule, w.scheduleNote],
  ];
  return {
    kind: "plan",
    baseName: TALENT_SHEETS.plan,
    blocks: [
      { kind: "title", text: `${w.plansTitle} · ${policyTitle(review, locale)}` },
      { kind: "facts", rows: facts },
      { kind: "blank", pageBreak: true },
      ...report.plans.slice(0, MAX_PLAN_BLOCKS).flatMap((p, i) => planBlocks(p, report.settings.bands, locale, i + 1)),
    ],
    freezeRows: 0,
    widths: [22, 36, 36, 12, 8, 12, 12],
  };
}

/**
 * The 继任梯队 and 发展计划 sheets of a review's talent report (none without one), grouped by
 * the 部门 column as the roster heads it.
 * @example talentSheets(review, insights.talent, "zh-CN").map((s) => s.baseName) //=> ["继任梯队", "发展计划"]
 */
export function talentSheets(review: Review, report: TalentReport | undefined, locale: Locale): ReportSheet[] {
  if (!report) return [];
  const header = review.columns.find((c) => c.field === "dept")?.header ?? reportMessages(locale).dept;
  return [successionSheet(review, report, header, locale), planSheet(review, report, locale)];
}
