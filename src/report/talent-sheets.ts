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

/** People given a block (a printed page) on the 发展计划 sheet; `promo plan` lists all. */
export const MAX_PLAN_BLOCKS = 500;

/** Base names of the talent sheets. */
export const TALENT_SHEETS = { succession: "继任梯队", plan: "发展计划" } as const;

const say = (locale: Locale, zh: string, en: string): string => (locale === "zh-CN" ? zh : en);

function heading(text: string): ReportBlock {
  return { kind: "line", cells: [text], styles: ["bold"] };
}

/** A forecast month's column header: its last day (`至 2026-12-23`). */
export function forecastMonthHeader(until: string, locale: Locale): string {
  return say(locale, `至 ${until}`, `to ${until}`);
}

/**
 * The forecast as a table: one row per level, 现在可晋升, one column per month, and the total.
 * @example forecastTable(report.forecast, "zh-CN").columns[1].header //=> "现在可晋升"
 */
export function forecastTable(f: Forecast, locale: Locale): ReportTable {
  const months = f.months.length;
  return {
    name: "PromoForecast",
    columns: [
      { header: say(locale, "目标职级", "Target level"), format: "text" },
      { header: say(locale, "现在可晋升", "Ready now"), format: "integer" },
      ...f.months.map((m) => ({ header: forecastMonthHeader(m.until, locale), format: "integer" as const })),
      { header: say(locale, `${months} 个月合计`, `${months} months`), format: "integer" },
    ],
    rows: f.levels.map((l): ReportValue[] => [l.level, l.readyNow, ...l.months, l.total]),
    totals: [say(locale, "合计", "Total"), f.levels.reduce((a, l) => a + l.readyNow, 0), ...f.totals, f.totals.reduce((a, b) => a + b, 0)],
  };
}

/** Employees per readiness band (their best next level). */
export function bandTable(report: TalentReport, locale: Locale): ReportTable {
  const count = (band: string): number => report.readiness.filter((r) => r.band === band).length;
  return {
    name: "PromoReadiness",
    columns: [
      { header: say(locale, "准备度", "Readiness"), format: "text" },
      { header: say(locale, "人数", "Count"), format: "integer" },
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
  const n = report.forecast.months.length;
  return [
    { kind: "blank" },
    heading(say(locale, "准备度（按每人最接近的下一职级）", "Readiness (each person's closest next level)")),
    { kind: "table", table: bandTable(report, locale) },
    { kind: "blank" },
    heading(
      say(
        locale,
        `晋升梯队预测：未来 ${n} 个月每月新增可晋升人数（只差任现职、司龄等时间条件的人，其他条件不变）`,
        `Pipeline forecast: people becoming ready each month for the next ${n} months (only time-based criteria missing, nothing else changing)`,
      ),
    ),
    { kind: "table", table: forecastTable(report.forecast, locale) },
  ];
}

/** Successors as text: `1. 张三（KF1001）、2. 李四（KF1002，2027-02-01）`. */
export function successorText(list: readonly Successor[], locale: Locale): string {
  const sep = say(locale, "、", ", ");
  return list.map((s) => `${s.rank}. ${s.name || s.id}${say(locale, "（", " (")}${s.id}${s.band === "within_1y" && s.readyDate ? `${say(locale, "，", ", ")}${s.readyDate}` : ""}${say(locale, "）", ")")}`).join(sep);
}

/** The risk flag in words: 单点风险 (no ready successor), 无在岗 (no incumbent). */
export function riskText(e: SuccessionEntry, locale: Locale): string {
  if (e.risk === "single_point") return say(locale, "单点风险：无现在可接任者", "Single point of failure: no ready successor");
  if (e.risk === "vacant") return say(locale, "无在岗人员", "No incumbent");
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
  return {
    name: "PromoSuccession",
    columns: [
      { header: say(locale, "关键岗位", "Key position"), format: "text" },
      { header: groupHeader, format: "text" },
      { header: say(locale, "在岗人数", "Incumbents"), format: "integer" },
      { header: say(locale, "在岗人员", "Held by"), format: "text", wrap: true },
      { header: say(locale, "现在可接任", "Ready now"), format: "text", wrap: true },
      { header: say(locale, "1 年内可接任", "Ready within 1 year"), format: "text", wrap: true },
      { header: say(locale, "梯队强度", "Bench strength"), format: "text" },
      { header: say(locale, "风险", "Risk"), format: "text", wrap: true },
    ],
    rows: entries.map((e): ReportValue[] => [
      e.level,
      e.group === "" ? say(locale, "（空）", "(empty)") : e.group,
      e.incumbents.length,
      e.incumbents.map((i) => i.name || i.id).join(say(locale, "、", ", ")),
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
  const facts: Array<readonly [string, string | number]> = [
    [say(locale, "关键岗位", "Key positions"), s.keyLevels.join(say(locale, "、", ", ")) || say(locale, "（无：在「职级」表的「关键岗位」列填 是）", "(none: mark them Yes in the Key position column of Levels)")],
    [say(locale, "分组", "Grouped by"), groupHeader],
    [say(locale, "单点风险", "Single points of failure"), s.singlePoints],
    [say(locale, "说明", "Note"), say(locale, "梯队强度 = 现在可接任人数 ÷ 在岗人数；接任者按 绩效+技能、绩效、任现职年限、工号 排序（与空缺候选相同）", "Bench strength = ready-now successors ÷ incumbents; successors ranked by performance + skill, performance, years in level, ID (as the vacancy shortlist)")],
  ];
  return {
    kind: "succession",
    baseName: TALENT_SHEETS.succession,
    blocks: [{ kind: "title", text: `${say(locale, "继任梯队", "Succession cover")} · ${policyTitle(review, locale)}` }, { kind: "facts", rows: facts }, { kind: "blank" }, { kind: "table", table: successionTable(s.entries, groupHeader, locale) }],
    freezeRows: 0,
    widths: [14, 14, 10, 22, 36, 36, 10, 22],
  };
}

/** Columns of a plan's step table. */
export function planStepHeaders(locale: Locale): string[] {
  return locale === "zh-CN" ? ["序号", "待提升条件", "发展措施", "负责人", "周数", "最早开始", "最早完成"] : ["No.", "Criterion", "Action", "Owner", "Weeks", "Earliest start", "Earliest done"];
}

/** A plan's steps, then its waits, as table rows. */
export function planRows(t: PlanTarget, locale: Locale): ReportValue[][] {
  const sep = say(locale, "；", "; ");
  const rows: ReportValue[][] = t.steps.map((s) => [
    s.order,
    s.criteria.map((u) => formatUnmet(u, locale)).join(sep),
    s.action ?? say(locale, `（无对应措施：请在「发展措施」表为「${s.criteria.map((u) => criterionName(u, locale)).join("、")}」补充）`, `(no action: add one for "${s.criteria.map((u) => criterionName(u, locale)).join(", ")}" on Development actions)`),
    s.owner,
    s.weeks,
    s.start,
    s.done,
  ]);
  if (t.waits.length > 0) rows.push([null, t.waits.map((u) => formatUnmet(u, locale)).join(sep), say(locale, "等待（时间条件）", "Wait (time-based)"), null, null, null, t.waitUntil]);
  return rows;
}

/** One employee's block: a heading line, one table per target level, the sentence, a page break. */
function planBlocks(p: DevelopmentPlan, bands: readonly [number, number], locale: Locale, n: number): ReportBlock[] {
  const blocks: ReportBlock[] = [
    {
      kind: "line",
      cells: [`${p.name || p.id}（${p.id}）`, p.dept, p.level, `${say(locale, "准备度", "Readiness")}: ${bandLabel(p.band, bands, locale)}`],
      styles: ["title", "bold", "bold", "bold"],
    },
  ];
  p.targets.forEach((t, k) => {
    blocks.push(heading(`→ ${t.level}（${bandLabel(t.band, bands, locale)}）`));
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
  const facts: Array<readonly [string, string | number]> = [
    [say(locale, "人数", "People"), report.plans.length > MAX_PLAN_BLOCKS ? say(locale, `${report.plans.length}（本表列出前 ${MAX_PLAN_BLOCKS} 人，promo plan 列出全部）`, `${report.plans.length} (the first ${MAX_PLAN_BLOCKS} here; promo plan lists all)`) : report.plans.length],
    [
      say(locale, "排期", "Schedule"),
      say(locale, "措施从评审日起依次进行，周数短的在前；预计可晋升日期 = 最后一项完成日与时间条件满足日中较晚者", "Actions run one after another from the review date, shortest first; projected date = the later of the last action and the time-based criteria"),
    ],
  ];
  return {
    kind: "plan",
    baseName: TALENT_SHEETS.plan,
    blocks: [
      { kind: "title", text: `${say(locale, "个人发展计划", "Development plans")} · ${policyTitle(review, locale)}` },
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
  const header = review.columns.find((c) => c.field === "dept")?.header ?? say(locale, "部门", "Department");
  return [successionSheet(review, report, header, locale), planSheet(review, report, locale)];
}
