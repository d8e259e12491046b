/**
 * The Insights tab's talent views (issue #20): 准备度 (readiness counts and the monthly forecast as
 * CSS bars), 继任梯队 (succession cover of the key levels) and 发展计划 (one employee's plan, by
 * 工号). The numbers are the review's {@link TalentReport}, as on the 晋升汇总, 继任梯队 and 发展计划 sheets.
 */
import { bandLabel, formatUnmet, planSentence, type Locale, type PlanTarget, type SuccessionEntry, type Successor, type TalentReport } from "../../core";
import { benchText } from "../../report";
import type { Actions } from "../actions";
import { h } from "../dom";
import { displayDate } from "../models";
import type { PaneState, ReviewResult } from "../state";
import type { Strings } from "../strings";
import { bandCounts, findPlan, forecastBars } from "../talent-models";
import { button, card, factLine, field, messageBar } from "./common";

/** Plan IDs offered in the 工号 box's suggestions. */
export const PANE_PLAN_SUGGESTIONS = 500;

/** Tallest forecast bar, in px. */
const BAR_HEIGHT = 64;

function readinessCard(t: TalentReport, s: Strings, locale: Locale): HTMLElement {
  const counts = bandCounts(t, locale);
  const max = Math.max(1, ...counts.map((c) => c.count));
  return card(
    null,
    s.readinessTitle,
    s.readinessPeople(t.readiness.length),
    false,
    h("p", { class: "pl-caption" }, s.readinessHint),
    h(
      "table",
      { class: "pl-table pl-bands", id: "pl-readiness" },
      h(
        "tbody",
        {},
        ...counts.map((c) =>
          h(
            "tr",
            { "data-band": c.band },
            h("th", { scope: "row" }, c.label),
            h("td", { class: "pl-band-n" }, c.count),
            h("td", { class: "pl-band-bar", "aria-hidden": "true" }, h("span", { class: `pl-hbar band-${c.band}`, style: `width:${Math.round((c.count / max) * 100)}%` })),
          ),
        ),
      ),
    ),
  );
}

function forecastCard(t: TalentReport, s: Strings, locale: Locale): HTMLElement {
  const f = t.forecast;
  const bars = forecastBars(f, locale);
  const total = f.totals.reduce((a, b) => a + b, 0);
  const readyNow = f.levels.reduce((a, l) => a + l.readyNow, 0);
  const chart = h(
    "div",
    { class: "pl-fc", id: "pl-forecast", role: "img", "aria-label": bars.map((b) => s.forecastBarTip(displayDate(b.until, locale), b.count)).join("; "), style: `grid-template-columns:repeat(${Math.max(1, bars.length)},1fr)` },
    ...bars.map((b) =>
      h(
        "div",
        { class: "pl-fc-col", "data-until": b.until, "data-count": b.count, title: s.forecastBarTip(displayDate(b.until, locale), b.count) },
        h("span", { class: "pl-fc-n" }, b.count),
        h("span", { class: "pl-fc-bar", style: `height:${Math.max(b.count > 0 ? 2 : 0, Math.round(b.share * BAR_HEIGHT))}px` }),
        h("span", { class: "pl-fc-m" }, b.label),
      ),
    ),
  );
  return card(
    null,
    s.forecastTitle(bars.length),
    null,
    false,
    h("p", { class: "pl-caption" }, s.forecastHint),
    chart,
    h("p", { class: "pl-caption", id: "pl-forecast-total" }, s.forecastTotal(total, readyNow)),
    h("ul", { class: "pl-list", id: "pl-forecast-levels" }, ...f.levels.map((l) => h("li", { class: "pl-caption", "data-level": l.level }, s.forecastLevel(l.level, l.readyNow, l.total)))),
  );
}

function successorList(list: readonly Successor[], s: Strings, locale: Locale, kind: string): HTMLElement {
  if (list.length === 0) return h("span", { class: "pl-caption", "data-kind": kind }, s.successionNobody);
  return h(
    "ol",
    { class: "pl-succ-list", "data-kind": kind },
    ...list.map((x) => h("li", { "data-id": x.id }, s.personWithId(x.name || x.id, x.id), x.band === "within_1y" && x.readyDate ? h("span", { class: "pl-caption" }, ` ${displayDate(x.readyDate, locale)}`) : null)),
  );
}

function entryItem(e: SuccessionEntry, s: Strings, locale: Locale): HTMLElement {
  const flag =
    e.risk === "single_point"
      ? h("fluent-badge", { appearance: "tint", color: "danger", size: "small", class: "pl-risk" }, s.successionSinglePoint)
      : e.risk === "vacant"
        ? h("fluent-badge", { appearance: "tint", color: "warning", size: "small", class: "pl-risk" }, s.successionVacant)
        : null;
  const held = e.incumbents.map((i) => i.name || i.id).join(s.listSep);
  return h(
    "li",
    { class: "pl-succ", "data-level": e.level, "data-group": e.group, "data-risk": e.risk ?? "" },
    h("div", { class: "pl-cand-name" }, `${e.level} · ${e.group === "" ? s.successionEmptyGroup : e.group}`, flag),
    factLine([s.successionIncumbents(e.incumbents.length), s.successionBench(benchText(e))], { class: "pl-cand-line pl-succ-facts" }),
    held ? h("div", { class: "pl-caption pl-succ-held" }, held) : null,
    h("div", { class: "pl-succ-sub" }, s.successionReadyNow),
    successorList(e.readyNow, s, locale, "ready_now"),
    h("div", { class: "pl-succ-sub" }, s.successionWithin1y),
    successorList(e.within1y, s, locale, "within_1y"),
  );
}

function successionCard(t: TalentReport, s: Strings, locale: Locale): HTMLElement {
  const sc = t.succession;
  const body: HTMLElement[] = [];
  if (sc.keyLevels.length === 0) body.push(messageBar("info", s.successionNoKey));
  else {
    body.push(h("p", { class: "pl-caption", id: "pl-succession-keys" }, s.successionKeyLevels(sc.keyLevels.join(s.listSep))));
    if (sc.singlePoints > 0) body.push(messageBar("warning", s.successionSinglePoints(sc.singlePoints)));
    body.push(h("ul", { class: "pl-list", id: "pl-succession", "aria-label": s.successionTitle }, ...sc.entries.map((e) => entryItem(e, s, locale))));
    body.push(h("p", { class: "pl-caption" }, s.successionRule));
  }
  return card(null, s.successionTitle, null, false, ...body);
}

function targetBlock(tg: PlanTarget, bands: readonly [number, number], s: Strings, locale: Locale): HTMLElement {
  const sep = s.clauseSep;
  return h(
    "div",
    { class: "pl-plan-target", "data-level": tg.level },
    h("h3", { class: "pl-subtitle" }, s.planTarget(tg.level, bandLabel(tg.band, bands, locale))),
    h(
      "ol",
      { class: "pl-plan-steps" },
      ...tg.steps.map((st) =>
        h(
          "li",
          { "data-order": st.order },
          h("div", { class: "pl-plan-action" }, st.action ?? s.planNoAction),
          h("div", { class: "pl-caption" }, st.criteria.map((u) => formatUnmet(u, locale)).join(sep)),
          factLine([st.owner ? s.planOwner(st.owner) : "", st.weeks !== null ? s.planWeeks(st.weeks) : "", st.start && st.done ? s.planDates(displayDate(st.start, locale), displayDate(st.done, locale)) : ""].filter((x) => x !== ""), { class: "pl-cand-line" }),
        ),
      ),
    ),
    tg.waits.length > 0
      ? h("div", { class: "pl-caption pl-plan-wait" }, tg.waitUntil ? s.planWait(displayDate(tg.waitUntil, locale)) : s.planWaitUnknown, " · ", tg.waits.map((u) => formatUnmet(u, locale)).join(sep))
      : null,
    h("p", { class: "pl-plan-sentence" }, planSentence(tg, locale)),
  );
}

function planCard(t: TalentReport, s: Strings, state: PaneState, a: Actions): HTMLElement {
  const locale = state.locale;
  const id = state.insights.planId;
  const input = h("input", {
    class: "pl-input",
    type: "search",
    list: "pl-plan-ids",
    value: id,
    autocomplete: "off",
    onchange: (e: Event) => a.setPlanId((e.target as HTMLInputElement).value),
  });
  const options = h("datalist", { id: "pl-plan-ids" }, ...t.plans.slice(0, PANE_PLAN_SUGGESTIONS).map((p) => h("option", { value: p.id }, p.name || p.id)));
  const body: HTMLElement[] = [
    h("p", { class: "pl-caption" }, s.planHint),
    h("div", { class: "pl-row pl-plan-pick" }, h("div", { class: "pl-grow" }, field(s.planSearch, "pl-plan-id", input)), button(s.planUseSelection, () => a.planFromSelection(), { id: "pl-plan-selection" })),
    options,
  ];
  const found = findPlan(t, id);
  if (state.insights.planSelectionMissed) body.push(messageBar("warning", s.planSelectionMissed));
  else if (found.kind === "unknown") body.push(messageBar("warning", s.planUnknown(id)));
  else if (found.kind === "none") body.push(messageBar("info", s.planNone(bandLabel(found.readiness.band, t.settings.bands, locale))));
  else if (found.kind === "plan") {
    const p = found.plan;
    body.push(
      h(
        "div",
        { id: "pl-plan", "data-id": p.id },
        h("div", { class: "pl-cand-name" }, p.name || p.id, h("span", { class: "pl-caption" }, p.id)),
        factLine([p.dept, p.level, s.planBand(bandLabel(p.band, t.settings.bands, locale))].filter((x) => x !== ""), { class: "pl-cand-line" }),
        ...p.targets.map((tg) => targetBlock(tg, t.settings.bands, s, locale)),
      ),
    );
  }
  return card(null, s.planTitle, s.planPeople(t.plans.length), false, ...body);
}

/**
 * The cards of a talent view of the last review: 准备度, 继任梯队 or 发展计划.
 * @example
 * talentView("readiness", result, strings, state, actions) // [readiness card, forecast card]
 */
export function talentView(view: "readiness" | "succession" | "plan", result: ReviewResult, s: Strings, state: PaneState, a: Actions): HTMLElement[] {
  const t = result.insights.talent;
  if (!t) return [messageBar("info", s.talentNone)];
  if (view === "readiness") return [readinessCard(t, s, state.locale), forecastCard(t, s, state.locale)];
  if (view === "succession") return [successionCard(t, s, state.locale)];
  return [planCard(t, s, state, a)];
}
