/** The Vacancy tab: pick a level and a number of places, see the ranked shortlist with reasons. */
import { rankReasons } from "../../report";
import type { Actions } from "../actions";
import { h, select } from "../dom";
import { vacancyLevels } from "../models";
import type { PaneState } from "../state";
import type { Strings } from "../strings";
import { button, card, field, messageBar } from "./common";

/** The Vacancy tab's cards. */
export function vacancyTab(state: PaneState, s: Strings, a: Actions): HTMLElement[] {
  const result = state.result;
  if (!result) return [messageBar("info", s.vacancyNeedsReview)];
  const levels = vacancyLevels(result.review, result.choice.policy);
  const v = state.vacancy;
  const level = levels.some((l) => l.level === v.level) ? v.level : (levels[0]?.level ?? "");
  const levelSelect = select({}, levels.map((l) => ({ value: l.level, label: `${l.level} (${l.candidates})` })), level, a.setVacancyLevel);
  const count = h("input", { class: "pl-input", type: "number", min: 1, max: 999, step: 1, value: v.count, onchange: (e: Event) => a.setVacancyCount(Number((e.target as HTMLInputElement).value)) });
  const picker = card(
    null,
    s.vacancyTitle,
    null,
    false,
    levels.length === 0
      ? messageBar("info", s.noCandidates(result.choice.policy.levels[1]?.name ?? ""))
      : h("div", { class: "pl-row" }, h("div", { class: "pl-grow" }, field(s.vacancyLevel, "pl-vac-level", levelSelect)), h("div", { style: "width:76px;flex:none" }, field(s.vacancyPlaces, "pl-vac-count", count))),
    h("p", { class: "pl-caption" }, s.rankRule),
    button(s.rank, a.rank, { appearance: "primary", disabled: levels.length === 0, id: "pl-rank", wide: true }),
  );
  const out = [picker];
  if (v.entries) {
    const reasons = rankReasons(v.entries, state.locale);
    const inCount = v.entries.filter((e) => e.shortlisted).length;
    const items: HTMLElement[] = [];
    v.entries.forEach((e, i) => {
      if (i === inCount && i > 0) items.push(h("li", { class: "pl-cut", "aria-hidden": "true" }, s.bench));
      items.push(
        h(
          "li",
          { class: e.shortlisted ? "pl-cand in" : "pl-cand", "data-id": e.id },
          h("span", { class: "pl-rank" }, e.rank),
          h(
            "div",
            {},
            h("div", { class: "pl-cand-name" }, e.name || e.id, h("span", { class: "pl-caption" }, e.id), e.shortlisted ? h("fluent-badge", { appearance: "tint", color: "success", size: "small" }, s.shortlisted) : null),
            h("div", { class: "pl-cand-line" }, `${e.dept} · ${e.level} · ${s.scores(e.perf, e.skill, e.total)}`),
            h("div", { class: "pl-reason" }, reasons[i]),
          ),
        ),
      );
    });
    out.push(
      card(
        null,
        s.candidates(v.entries.length, v.level),
        null,
        false,
        v.entries.length === 0 ? messageBar("info", s.noCandidates(v.level)) : h("ul", { class: "pl-list", id: "pl-shortlist" }, ...items),
        v.entries.length > 0 ? button(s.writeShortlist, a.writeShortlist, { id: "pl-write-shortlist", wide: true }) : null,
        v.written ? messageBar("success", s.shortlistWritten(v.written)) : null,
      ),
    );
  }
  return out;
}
