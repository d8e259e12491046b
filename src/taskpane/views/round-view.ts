/**
 * The Insights tab's 成本与校准 view (issue #21): the promotion cost of the last review with a budget
 * cell (`promo cost --budget`) that 写入晋升汇总 puts on the summary sheet, the calibration check by the
 * 部门 field (`promo calibrate`), and the comparison with the previous cycle of the 晋升档案 log
 * (`promo history`). The same tables as the 晋升汇总 blocks (src/report/round-blocks.ts).
 */
import { budgetWhatIf, type Locale } from "../../core";
import {
  budgetHeading,
  budgetTable,
  calibrationHeading,
  calibrationTable,
  costHeading,
  historyCountsTable,
  historyHeading,
  historyTable,
  noPayText,
  tableCells,
  type ReportTable,
} from "../../report";
import type { Actions } from "../actions";
import { h } from "../dom";
import type { PaneState, ReviewResult } from "../state";
import { button, card, field, messageBar } from "./common";

const WORDS = {
  "zh-CN": {
    label: "成本与校准",
    cost: "晋升成本",
    budget: "每月预算（元）",
    noPay: "方案的「职级」表没有月薪或薪资带：填写后重新评审，即可看到晋升成本。",
    calibration: "校准（绩效，按部门）",
    noCalibration: "名单没有部门（或门店）列或绩效列，无法校准。",
    history: "与上轮比较",
    noHistory: (asOf: string) => `「晋升档案」中还没有早于本轮（${asOf}）的评审记录：下一轮评审后即可与本轮比较。`,
    logProblem: (why: string) => `无法读取「晋升档案」，本轮不作比较：${why}`,
    left: (names: string) => `上轮有、本轮没有：${names}`,
    sep: "、",
    writeSummary: "写入晋升汇总",
    writing: "正在写入……",
    summaryHint: "输入预算即可模拟；点击「写入晋升汇总」后，预算表写入晋升汇总（只重写该表）。预算保存在本工作簿中，下次评审也会带上。",
    written: (sheet: string, budget: number | null) => (budget === null ? `已重写「${sheet}」，不含预算表。` : `已写入「${sheet}」：每月预算 ${budget.toLocaleString("zh-CN")} 元。`),
    writeFailed: (why: string) => `写入晋升汇总失败：${why}`,
  },
  "en-US": {
    label: "Cost & calibration",
    cost: "Promotion cost",
    budget: "Monthly budget (yuan)",
    noPay: "The policy's Levels sheet has no pay: fill in Monthly pay or a band and review again to see the cost.",
    calibration: "Calibration (performance by department)",
    noCalibration: "The roster has no department (or store) or performance column: nothing to calibrate.",
    history: "Against the previous cycle",
    noHistory: (asOf: string) => `The 晋升档案 log holds no review before this one (${asOf}) yet: the next review will be compared with this one.`,
    logProblem: (why: string) => `The 晋升档案 log could not be read, so there is no comparison this time: ${why}`,
    left: (names: string) => `In the previous cycle only: ${names}`,
    sep: ", ",
    writeSummary: "Write to 晋升汇总",
    writing: "Writing…",
    summaryHint: "The budget is simulated as you type; Write to 晋升汇总 puts its table on the summary sheet (only that sheet is rewritten). The workbook remembers the budget, and the next review carries it too.",
    written: (sheet: string, budget: number | null) => (budget === null ? `${sheet} rewritten without a budget table.` : `Written to ${sheet}: a budget of ${budget.toLocaleString("en-US")} yuan a month.`),
    writeFailed: (why: string) => `Could not write 晋升汇总: ${why}`,
  },
} as const;

/** The view's tab label. */
export function roundViewLabel(locale: Locale): string {
  return WORDS[locale].label;
}

/** A report table as a plain HTML table: text and date columns to the left, numbers to the right. */
function htmlTable(t: ReportTable, id: string): HTMLElement {
  const [head, ...rows] = tableCells(t);
  const cls = t.columns.map((c) => (c.format === "text" || c.format === "date" ? "pl-text" : null));
  return h(
    "div",
    { class: "pl-scroll" },
    h(
      "table",
      { class: "pl-table", id },
      h("thead", {}, h("tr", {}, ...(head ?? []).map((c, j) => h("th", { scope: "col", class: cls[j] ?? null }, c)))),
      h("tbody", {}, ...rows.map((r) => h("tr", {}, ...r.map((c, j) => h("td", { class: cls[j] ?? null }, c))))),
    ),
  );
}

function costCard(result: ReviewResult, state: PaneState, a: Actions): HTMLElement {
  const w = WORDS[state.locale];
  const cost = result.insights.cost;
  if (!cost) return card(null, w.cost, null, false, messageBar("info", w.noPay));
  const input = h("input", {
    type: "number",
    min: 0,
    step: 100,
    class: "pl-input",
    value: state.insights.budget ?? "",
    onchange: (e: Event) => {
      const v = (e.target as HTMLInputElement).value.trim();
      a.setBudget(v === "" ? null : Number(v));
    },
  });
  const body: HTMLElement[] = [h("p", { class: "pl-caption", id: "pl-cost-heading" }, costHeading(cost, state.locale))];
  const warn = noPayText(cost, state.locale);
  if (warn) body.push(messageBar("warning", warn));
  body.push(field(w.budget, "pl-budget", input));
  const budget = state.insights.budget;
  if (budget !== null && Number.isFinite(budget) && budget >= 0) {
    const b = budgetWhatIf(cost, budget);
    body.push(h("p", { class: "pl-caption", id: "pl-budget-heading" }, budgetHeading(b, state.locale)), htmlTable(budgetTable(b, state.locale), "pl-budget-table"));
  }
  body.push(...summaryWrite(result, state, a));
  return card(null, w.cost, null, false, ...body);
}

/** The 写入晋升汇总 button, offered while the written summary's budget differs from the one typed, and its outcome. */
function summaryWrite(result: ReviewResult, state: PaneState, a: Actions): HTMLElement[] {
  const w = WORDS[state.locale];
  const { budget, summaryWrite: sw } = state.insights;
  const inSheet = result.insights.budget?.budget ?? null;
  const out: HTMLElement[] = [h("p", { class: "pl-caption" }, w.summaryHint)];
  out.push(button(sw.writing ? w.writing : w.writeSummary, a.writeSummary, { id: "pl-write-summary", disabled: sw.writing || inSheet === budget }));
  if (sw.written !== null) out.push(h("div", { id: "pl-summary-written" }, messageBar("success", w.written(sw.written, inSheet))));
  if (sw.error !== null) out.push(h("div", { id: "pl-summary-written" }, messageBar("error", w.writeFailed(sw.error))));
  return out;
}

/** The comparison with the previous cycle of the 晋升档案 log: heading, counts per category, everyone but 仍未达标, those who left. */
function historyCard(result: ReviewResult, state: PaneState): HTMLElement {
  const w = WORDS[state.locale];
  const r = result.insights.history;
  if (!r) {
    const why = result.logProblem === null ? messageBar("info", w.noHistory(result.review.asOf)) : messageBar("warning", w.logProblem(result.logProblem));
    return card(null, w.history, null, false, h("div", { id: "pl-history-none" }, why));
  }
  return card(
    null,
    w.history,
    null,
    false,
    h("p", { class: "pl-caption", id: "pl-history-heading" }, historyHeading(r, state.locale)),
    htmlTable(historyCountsTable(r, state.locale), "pl-history-counts"),
    htmlTable(historyTable(r, state.locale), "pl-history"),
    ...(r.left.length > 0 ? [h("p", { class: "pl-caption", id: "pl-history-left" }, w.left(r.left.map((x) => `${x.id} ${x.name}`.trim()).join(w.sep)))] : []),
  );
}

function calibrationCard(result: ReviewResult, state: PaneState): HTMLElement {
  const w = WORDS[state.locale];
  const c = result.insights.calibration;
  if (!c) return card(null, w.calibration, null, false, messageBar("info", w.noCalibration));
  const flagged = c.groups.filter((g) => g.outOfLine).length;
  return card(
    null,
    w.calibration,
    null,
    false,
    h("p", { class: "pl-caption" }, calibrationHeading(c, state.locale)),
    ...(flagged > 0 ? [messageBar("warning", c.groups.filter((g) => g.outOfLine).map((g) => g.group).join("、"))] : []),
    htmlTable(calibrationTable(c, state.locale), "pl-calibration"),
  );
}

/** The view's cards. */
export function roundView(result: ReviewResult, state: PaneState, a: Actions): HTMLElement[] {
  return [costCard(result, state, a), calibrationCard(result, state), historyCard(result, state)];
}
