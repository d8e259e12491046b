/**
 * The Vacancy tab: pick a level and a number of places, see the ranked shortlist with reasons,
 * and optionally the vacancy cascade the appointments set off.
 */
import type { Actions } from "../actions";
import { h, select } from "../dom";
import { vacancyLevels } from "../models";
import type { PaneState } from "../state";
import type { Strings } from "../strings";
import { candidateList } from "./candidates";
import { cascadeCard } from "./cascade-view";
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
    const shown = v.cascade !== null;
    const toggle = button(shown ? s.hideCascade : s.showCascade, a.toggleCascade, { id: "pl-show-cascade", wide: true });
    toggle.setAttribute("aria-expanded", String(shown));
    if (shown) toggle.setAttribute("aria-controls", "pl-cascade-card");
    out.push(
      card(
        null,
        s.candidates(v.entries.length, v.level),
        null,
        false,
        v.entries.length === 0 ? messageBar("info", s.noCandidates(v.level)) : candidateList(v.entries, s, state.locale, { id: "pl-shortlist" }),
        v.entries.length > 0 && !shown ? button(s.writeShortlist, a.writeShortlist, { id: "pl-write-shortlist", wide: true }) : null,
        v.written && !shown ? messageBar("success", s.shortlistWritten(v.written)) : null,
        v.entries.length > 0 ? toggle : null,
      ),
    );
    if (v.cascade) out.push(cascadeCard(v.cascade, v.written, s, state.locale, a));
    if (v.error) out.push(h("div", { id: "pl-vacancy-error" }, messageBar("error", `${s.error}: ${v.error}`)));
  }
  return out;
}
