/**
 * The Insights tab's 成本与校准 view (issue #21): the promotion cost of the last review with a budget
 * cell (`promo cost --budget`), and the calibration check by the 部门 field (`promo calibrate`).
 * The same tables as the 晋升汇总 blocks (src/report/round-blocks.ts).
 */
import { budgetWhatIf, type Locale } from "../../core";
import { budgetHeading, budgetTable, calibrationHeading, calibrationTable, costHeading, noPayText, tableCells, type ReportTable } from "../../report";
import type { Actions } from "../actions";
import { h } from "../dom";
import type { PaneState, ReviewResult } from "../state";
import { card, field, messageBar } from "./common";
import { must } from "../../core/util/must";

const WORDS = {
  "zh-CN": {
    label: "成本与校准",
    cost: "晋升成本",
    budget: "每月预算（元）",
    noPay: "方案的「职级」表没有月薪或薪资带：填写后重新评审，即可看到晋升成本。",
    calibration: "校准（绩效，按部门）",
    noCalibration: "名单没有部门（或门店）列或绩效列，无法校准。",
    history: "与上轮比较：任务窗格暂不读取晋升档案；请用 promo history 花名册 --previous 上轮评审.xlsx。",
  },
  "en-US": {
    label: "Cost & calibration",
    cost: "Promotion cost",
    budget: "Monthly budget (yuan)",
    noPay: "The policy's Levels sheet has no pay: fill in Monthly pay or a band and review again to see the cost.",
    calibration: "Calibration (performance by department)",
    noCalibration: "The roster has no department (or store) or performance column: nothing to calibrate.",
    history: "Against the previous cycle: the pane does not read the log yet; use promo history ROSTER --previous LAST-review.xlsx.",
  },
} as const;

/** The view's tab label. */
export function roundViewLabel(locale: Locale): string {
  return WORDS[locale].label;
}

/** A report table as a plain HTML table. */
function htmlTable(t: ReportTable, id: string): HTMLElement {
  const [head, ...rows] = tableCells(t);
  return h(
    "div",
    { class: "pl-scroll" },
    h("table", { class: "pl-table", id }, h("thead", {}, h("tr", {}, ...must(head, "header row").map((c) => h("th", { scope: "col" }, c)))), h("tbody", {}, ...rows.map((r) => h("tr", {}, ...r.map((c) => h("td", {}, c)))))),
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
  return card(null, w.cost, null, false, ...body);
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
  return [costCard(result, state, a), calibrationCard(result, state), messageBar("info", WORDS[state.locale].history)];
}
