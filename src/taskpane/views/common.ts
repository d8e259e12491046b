/** Building blocks shared by the pane's views. */
import { h, type Child } from "../dom";
import type { PolicyTag } from "../models";
import type { Strings } from "../strings";

/** A card with a numbered step, a title and an aside (count, status). */
export function card(step: string | null, title: string, aside: Child, done: boolean, ...body: Child[]): HTMLElement {
  return h(
    "section",
    { class: "pl-card" },
    h("div", { class: "pl-card-head" }, step === null ? null : h("span", { class: done ? "pl-step done" : "pl-step", "aria-hidden": "true" }, done ? "✓" : step), h("h2", { class: "pl-card-title" }, title), aside ? h("span", { class: "pl-card-aside" }, aside) : null),
    ...body,
  );
}

/** A Fluent message bar. */
export function messageBar(intent: "info" | "warning" | "error" | "success", ...content: Child[]): HTMLElement {
  return h("fluent-message-bar", { intent, layout: "multiline", shape: "rounded" }, h("span", { class: "pl-mb-text" }, ...content));
}

/** A Fluent button. */
export function button(label: string, onClick: () => void, opts: { appearance?: string; disabled?: boolean; id?: string; wide?: boolean } = {}): HTMLElement {
  return h(
    "fluent-button",
    { appearance: opts.appearance ?? "secondary", disabled: opts.disabled ?? false, id: opts.id, class: opts.wide ? "pl-wide" : null, onclick: () => (opts.disabled ? undefined : onClick()) },
    label,
  );
}

/** A labelled form field. */
export function field(label: string, id: string, control: HTMLElement): HTMLElement {
  control.id = id;
  return h("div", { class: "pl-field" }, h("label", { class: "pl-label", for: id }, label), control);
}

/**
 * A policy as the pane shows it: version and revision date; the fingerprint (`id@version#hash`)
 * in the tooltip and in `data-fingerprint`.
 * @example
 * policyBadge(policyTag(policy, fingerprint, "zh-CN"), strings, "pl-fingerprint") // <span title="方案指纹 …">版本 1.0</span>
 */
export function policyBadge(tag: PolicyTag, s: Strings, id?: string): HTMLElement {
  return h("span", { class: "pl-policy-tag", id: id ?? null, title: s.fingerprintTip(tag.fingerprint), "data-fingerprint": tag.fingerprint }, tag.text);
}

/**
 * A line of facts separated by " · ", each kept on one line (a narrow pane wraps between facts,
 * never inside one: "合计 172" stays whole).
 * @example
 * factLine(["售后组", "中级客服", "合计 163"], { class: "pl-cand-line" })
 */
export function factLine(facts: readonly string[], attrs: Record<string, string> = {}): HTMLElement {
  const children: Child[] = [];
  facts.forEach((f, i) => {
    if (i > 0) children.push(" · ");
    children.push(h("span", { class: "pl-part" }, f));
  });
  return h("div", { ...attrs, class: `${attrs.class ?? ""} pl-parts`.trim() }, ...children);
}

/**
 * Scrolls a tab strip that scrolls sideways (the Insights sub-tabs at 320 px) so that its
 * active tab is in view: after a render the strip starts at its left end again.
 * @example
 * revealTab(document.getElementById("pl-insight-views"), document.getElementById("pl-view-plan"))
 */
export function revealTab(list: HTMLElement | null, tab: HTMLElement | null): void {
  if (!list || !tab) return;
  const l = list.getBoundingClientRect();
  const t = tab.getBoundingClientRect();
  if (t.left < l.left) list.scrollLeft -= l.left - t.left + 8;
  else if (t.right > l.right) list.scrollLeft += t.right - l.right + 8;
}
