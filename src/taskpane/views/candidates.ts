/** A ranked candidate list (rank, name, shortlisted badge, scores, reason), as the shortlist and each cascade step show it. */
import type { Locale, ShortlistEntry } from "../../core";
import { rankReasons } from "../../report";
import { h, type Attrs } from "../dom";
import type { Strings } from "../strings";
import { factLine } from "./common";

/** The candidates in rank order, a "bench" divider after the shortlisted ones. */
export function candidateList(entries: readonly ShortlistEntry[], s: Strings, locale: Locale, attrs: Attrs = {}): HTMLElement {
  const reasons = rankReasons(entries, locale);
  const inCount = entries.filter((e) => e.shortlisted).length;
  const items: HTMLElement[] = [];
  entries.forEach((e, i) => {
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
          factLine([e.dept, e.level, ...s.scores(e.perf, e.skill, e.total).split(" · ")].filter((x) => x !== ""), { class: "pl-cand-line" }),
          h("div", { class: "pl-reason" }, reasons[i]),
        ),
      ),
    );
  });
  return h("ul", { class: "pl-list", ...attrs }, ...items);
}
