/**
 * The vacancy cascade card of the Vacancy tab: the chain of appointees in one line, then one
 * step per level, each with the places, whose appointment opened them and its own ranked
 * candidates (step 1 is the shortlist above), down to the level with no internal candidate.
 */
import type { CascadeStep, Locale } from "../../core";
import { cascadeAppointees, cascadeChain } from "../../report";
import type { Actions } from "../actions";
import { h, type Child } from "../dom";
import { stringsFor, type Strings } from "../strings";
import { candidateList } from "./candidates";
import { button, card, messageBar } from "./common";

/** Names of the people whose appointment opened a step (工号 when nameless). */
function openedByNames(steps: readonly CascadeStep[], step: CascadeStep, locale: Locale): string {
  const names = new Map(steps.flatMap((x) => x.appointed.map((a) => [a.id, a.name || a.id] as const)));
  return step.openedBy.map((id) => names.get(id) ?? id).join(stringsFor(locale).listSep);
}

function stepItem(steps: readonly CascadeStep[], step: CascadeStep, s: Strings, locale: Locale): HTMLElement {
  const titleId = `pl-cstep-${step.step}`;
  const body =
    step.step === 1
      ? h("p", { class: "pl-caption" }, s.cascadeFirst(cascadeAppointees(step, locale)))
      : [
          h("p", { class: "pl-caption" }, s.cascadeOpenedBy(openedByNames(steps, step, locale))),
          step.candidates.length > 0 ? candidateList(step.candidates, s, locale, { "aria-labelledby": titleId }) : null,
        ];
  return h(
    "li",
    { class: step.unfilled > 0 ? "pl-cstep unfilled" : "pl-cstep", "data-step": step.step, "data-level": step.level },
    h(
      "div",
      { class: "pl-cstep-head" },
      h("span", { class: "pl-step", "aria-hidden": "true" }, step.step),
      h("h3", { class: "pl-cstep-title", id: titleId }, s.cascadeStep(step.level, step.places)),
      h("span", { class: "pl-card-aside" }, s.cascadeCandidates(step.candidates.length)),
    ),
    ...(Array.isArray(body) ? body : [body]),
    step.unfilled > 0 ? messageBar("warning", s.cascadeUnfilled(step.unfilled)) : null,
  );
}

/** The chain as parts that wrap only at the arrows (a name is never broken across lines). */
function cascadeParts(chain: string): Child[] {
  const out: Child[] = [];
  chain.split(" → ").forEach((part, i) => {
    if (i > 0) out.push(" → ");
    out.push(h("span", { class: "pl-part" }, part));
  });
  return out;
}

/** The cascade card: chain, steps, and the write button (the shortlist and the cascade to 空缺候选). */
export function cascadeCard(steps: readonly CascadeStep[], written: string | null, s: Strings, locale: Locale, a: Actions): HTMLElement {
  const el = card(
    null,
    s.cascadeTitle,
    s.cascadeSteps(steps.length),
    false,
    h("p", { class: "pl-caption" }, s.cascadeHint),
    h("p", { class: "pl-chain", id: "pl-cascade-chain" }, h("span", { class: "pl-chain-label" }, s.cascadeChainLabel), ...cascadeParts(cascadeChain(steps, locale))),
    h("ol", { class: "pl-cascade", id: "pl-cascade" }, ...steps.map((step) => stepItem(steps, step, s, locale))),
    button(s.writeCascade, a.writeShortlist, { id: "pl-write-cascade", wide: true }),
    written ? messageBar("success", s.shortlistWritten(written)) : null,
  );
  el.id = "pl-cascade-card";
  const title = el.querySelector("h2");
  if (title) {
    title.id = "pl-cascade-title";
    title.tabIndex = -1;
  }
  el.setAttribute("aria-labelledby", "pl-cascade-title");
  return el;
}
