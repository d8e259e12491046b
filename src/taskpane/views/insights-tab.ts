/** The Insights tab: near misses, fairness by a chosen column, the 9-box and the policy what-if. */
import { groupingColumns, groupLabel, MAX_NEAR_MISS_ROWS, nearMissGap, nearMissLacks, nearMissTarget } from "../../report";
import type { Actions } from "../actions";
import { h, select } from "../dom";
import type { InsightView, PaneState, ReviewResult } from "../state";
import type { Strings } from "../strings";
import { displayDate } from "../models";
import { card, factLine, field, messageBar } from "./common";
import { nineBoxView } from "./ninebox-view";
import { whatIfView } from "./whatif-view";
import { roundView, roundViewLabel } from "./round-view";
import { talentView } from "./talent-view";

/** Near misses listed in the pane; the summary sheet lists up to {@link MAX_NEAR_MISS_ROWS}. */
export const PANE_NEAR_MISSES = 50;

const VIEWS: readonly InsightView[] = ["nearmiss", "fairness", "ninebox", "readiness", "succession", "plan", "round", "whatif"];

function viewTabs(state: PaneState, s: Strings, a: Actions): HTMLElement {
  const label: Record<InsightView, string> = { nearmiss: s.viewNearMiss, fairness: s.viewFairness, ninebox: s.viewNineBox, readiness: s.viewReadiness, succession: s.viewSuccession, plan: s.viewPlan, round: roundViewLabel(state.locale), whatif: s.viewWhatIf };
  return h(
    "fluent-tablist",
    {
      class: "pl-subtabs",
      id: "pl-insight-views",
      activeid: `pl-view-${state.insights.view}`,
      appearance: "subtle",
      size: "small",
      "aria-label": s.tabInsights,
      onchange: (e: Event) => {
        const id = (e.target as HTMLElement & { activeid?: string }).activeid ?? "";
        const view = VIEWS.find((v) => id === `pl-view-${v}`);
        if (view && view !== state.insights.view) a.setInsightView(view);
      },
    },
    ...VIEWS.map((v) => h("fluent-tab", { id: `pl-view-${v}` }, label[v])),
  );
}

function nearMissView(result: ReviewResult, s: Strings, state: PaneState): HTMLElement {
  const list = result.insights.nearMisses;
  const locale = state.locale;
  const items = list.slice(0, PANE_NEAR_MISSES).map((m) =>
    h(
      "li",
      { class: "pl-nm", "data-id": m.id },
      h("div", { class: "pl-cand-name" }, m.name || m.id, h("span", { class: "pl-caption" }, m.id)),
      factLine([m.dept, `${m.level} → ${nearMissTarget(m, locale)}`].filter((x) => x !== ""), { class: "pl-cand-line" }),
      h("div", { class: "pl-nm-lacks" }, nearMissLacks(m, locale), h("span", { class: "pl-nm-gap" }, nearMissGap(m, locale))),
      m.readyDate ? h("div", { class: "pl-reason" }, s.readyOn(displayDate(m.readyDate, state.locale))) : null,
    ),
  );
  return card(
    null,
    s.nearMissTitle(list.length),
    null,
    false,
    h("p", { class: "pl-caption" }, s.nearMissHint),
    list.length === 0
      ? messageBar("info", s.nearMissNone)
      : h("ul", { class: "pl-list", id: "pl-nearmiss", "aria-label": s.viewNearMiss }, ...items, list.length > PANE_NEAR_MISSES ? h("li", { class: "pl-caption" }, s.nearMissMore(Math.min(list.length, MAX_NEAR_MISS_ROWS) - PANE_NEAR_MISSES)) : null),
  );
}

function fairnessView(result: ReviewResult, s: Strings, state: PaneState, a: Actions): HTMLElement {
  const columns = groupingColumns(result.review);
  const report = state.insights.fairness;
  const picker = select({}, columns.map((c) => ({ value: c, label: c })), state.insights.fairnessColumn, a.setFairnessColumn);
  const { fairnessMinGroup: minGroup, fairnessCountAwaiting: awaiting } = state.insights;
  const min = h("input", { class: "pl-input", type: "number", min: 1, max: 999, step: 1, value: minGroup, onchange: (e: Event) => a.setFairnessMinGroup(Number((e.target as HTMLInputElement).value)) });
  const countAwaiting = h("input", { type: "checkbox", class: "pl-check", id: "pl-fairness-awaiting", onchange: (e: Event) => a.setFairnessCountAwaiting((e.target as HTMLInputElement).checked) });
  (countAwaiting as HTMLInputElement).checked = awaiting;
  const body: HTMLElement[] = [
    h("div", { class: "pl-row" }, h("div", { class: "pl-grow" }, field(s.fairnessBy, "pl-fairness-by", picker)), h("div", { style: "width:96px;flex:none" }, field(s.fairnessMinGroup, "pl-fairness-min", min))),
    h("label", { class: "pl-check-row", for: "pl-fairness-awaiting" }, countAwaiting, s.fairnessCountAwaiting),
  ];
  if (report) {
    const flagged = report.groups.filter((g) => g.adverse).length;
    body.push(h("p", { class: "pl-caption", id: "pl-fairness-totals" }, s.fairnessTotals(report.evaluated, report.selected, report.excluded, report.countAwaiting)));
    const rows = report.groups.map((g) => {
      const badges = [
        g.group === report.reference ? h("fluent-badge", { appearance: "tint", color: "brand", size: "small" }, s.fairnessReference) : null,
        g.adverse ? h("fluent-badge", { appearance: "tint", color: "danger", size: "small" }, s.fairnessBelow(report.threshold)) : null,
        g.small ? h("fluent-badge", { appearance: "tint", color: "warning", size: "small" }, s.fairnessSmall(report.minGroup)) : null,
      ];
      return h(
        "tr",
        { class: g.adverse ? "adverse" : "", "data-group": g.group },
        h("th", { scope: "row" }, h("div", {}, groupLabel(g.group, state.locale)), h("div", { class: "pl-badges" }, ...badges)),
        h("td", {}, `${g.selected}/${g.evaluated}`),
        h("td", {}, `${Math.round(g.rate * 1000) / 10}%`),
        h("td", {}, g.ratio === null ? "–" : g.ratio.toFixed(2)),
      );
    });
    body.push(
      h(
        "table",
        { class: "pl-table", id: "pl-fairness" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, s.fairnessGroup), h("th", { scope: "col" }, s.fairnessSelected(report.countAwaiting)), h("th", { scope: "col" }, s.fairnessRate), h("th", { scope: "col" }, s.fairnessRatio))),
        h("tbody", {}, ...rows),
      ),
    );
    if (flagged > 0) body.push(messageBar("warning", s.fairnessFlagged(flagged)));
    body.push(h("p", { class: "pl-caption" }, s.fairnessHint(report.threshold, report.countAwaiting)));
  }
  return card(null, s.fairnessTitle, null, false, ...body);
}

/** The Insights tab's cards. */
export function insightsTab(state: PaneState, s: Strings, a: Actions): HTMLElement[] {
  const result = state.result;
  const view = state.insights.view;
  const out: HTMLElement[] = [viewTabs(state, s, a)];
  if (view === "whatif") return [...out, ...whatIfView(state, s, a)];
  if (!result) return [...out, messageBar("info", s.insightsNeedReview)];
  if (view === "nearmiss") out.push(nearMissView(result, s, state));
  else if (view === "fairness") out.push(fairnessView(result, s, state, a));
  else if (view === "readiness" || view === "succession" || view === "plan") out.push(...talentView(view, result, s, state, a));
  else if (view === "round") out.push(...roundView(result, state, a));
  else out.push(nineBoxView(result, s, state, a));
  return out;
}
