/** The 9-box view: a 3x3 grid of buttons (potential up, performance across); the chosen box's people below. */
import { inLocale, type Band, type NineBox } from "../../core";
import { boxStyle } from "../../report";
import type { Actions } from "../actions";
import { h } from "../dom";
import type { PaneState, ReviewResult } from "../state";
import type { Strings } from "../strings";
import { card, messageBar } from "./common";
import { must } from "../../core/util/must";

function bandText(band: Band, s: Strings): string {
  return band === "low" ? s.bandLow : band === "mid" ? s.bandMid : s.bandHigh;
}

function cuts(limits: readonly [number, number]): string {
  return `${limits[0]} / ${limits[1]}`;
}

function grid(box: NineBox, s: Strings, state: PaneState, a: Actions): HTMLElement {
  const cells: HTMLElement[] = [];
  box.boxes.forEach((c, i) => {
    if (i % 3 === 0) cells.push(h("div", { class: "pl-axis pl-axis-y", "aria-hidden": "true" }, bandText(c.potential, s)));
    const name = inLocale(c.name, state.locale);
    cells.push(
      h(
        "button",
        {
          class: `pl-box ${boxStyle(c).replace(":", "-")}${state.insights.box === i ? " selected" : ""}`,
          "aria-pressed": state.insights.box === i ? "true" : "false",
          "aria-label": `${s.nineBoxPotential} ${bandText(c.potential, s)}, ${s.nineBoxPerf} ${bandText(c.perf, s)}: ${s.nineBoxPeople(name, c.people.length)}`,
          "data-box": i,
          onclick: () => a.selectBox(i),
        },
        h("span", { class: "pl-box-n" }, c.people.length),
        h("span", { class: "pl-box-name" }, s.boxNameBreaks ? breakable(name) : name),
      ),
    );
  });
  cells.push(h("div", { class: "pl-axis", "aria-hidden": "true" }), ...(["low", "mid", "high"] as const).map((b) => h("div", { class: "pl-axis pl-axis-x", "aria-hidden": "true" }, bandText(b, s))));
  return h("div", { class: "pl-ninebox", id: "pl-ninebox", role: "group", "aria-label": s.nineBoxTitle }, ...cells);
}

/**
 * A box name for a cell about 70 px wide at 320 px: a word too long for it gets a soft hyphen
 * at a compound boundary (`Under-performer`), so it breaks there with a hyphen, never mid-word.
 */
function breakable(name: string): string {
  return name.replace(/\b(Under|Over)(perform\w*)/g, "$1\u00AD$2");
}

/** The 9-box card. */
export function nineBoxView(result: ReviewResult, s: Strings, state: PaneState, a: Actions): HTMLElement {
  const box = result.insights.nineBox;
  if (!box || box.potentialColumn === null) return card(null, s.nineBoxTitle, null, false, messageBar("info", s.nineBoxNoPotential));
  const chosen = box.boxes[state.insights.box] ?? must(box.boxes[2], "the default box");
  const name = s.pairName(chosen.name);
  const people = chosen.people;
  return card(
    null,
    s.nineBoxTitle,
    null,
    false,
    h("p", { class: "pl-caption" }, s.nineBoxAxes(cuts(box.thresholds.perf), cuts(box.thresholds.potential)), " · ", s.nineBoxPlaced(box.placed, box.unplaced.length)),
    grid(box, s, state, a),
    h("h3", { class: "pl-subtitle", id: "pl-box-title" }, s.nineBoxPeople(name, people.length)),
    people.length === 0
      ? h("p", { class: "pl-caption" }, s.nineBoxEmpty)
      : h(
          "ul",
          { class: "pl-list", id: "pl-box-people", "aria-labelledby": "pl-box-title" },
          ...people.map((p) =>
            h("li", { class: "pl-issue", "data-id": p.id }, h("div", { class: "pl-cand-name" }, p.name || p.id, h("span", { class: "pl-caption" }, `${p.perf} / ${p.potential}`)), h("div", { class: "pl-cand-line" }, `${p.dept ? `${p.dept} · ` : ""}${p.level}`)),
          ),
        ),
  );
}
