/**
 * The policy what-if: the policy the last review applied (A) against the workbook's edited
 * policy sheets or a built-in template (B) on the same roster, by name, with the criterion that
 * changed each outcome; then apply B (review again) or keep A.
 */
import { getTemplate, policyFingerprint, policyName, statusLabel, templateIds, type ChangeKind, type EmployeeChange } from "../../core";
import { changeReason } from "../../report";
import type { Actions } from "../actions";
import { h, select } from "../dom";
import { policyTag, templateChoices } from "../models";
import type { PaneState } from "../state";
import { effectiveAgainst } from "../what-if";
import type { Strings } from "../strings";
import { button, card, factLine, field, messageBar, policyBadge } from "./common";

/**
 * True when the pane should offer a preview of policy edits: the workbook's policy sheets are
 * valid and differ from the policy the last review applied (and the user has not kept the old
 * one for exactly these edits).
 */
export function policyEditsPending(state: PaneState): state is PaneState & { readonly applied: NonNullable<PaneState["applied"]> } {
  const sheets = state.sheetsPolicy;
  return sheets.kind === "ok" && state.applied !== null && sheets.fingerprint !== state.applied.fingerprint && state.whatIf.dismissed !== sheets.fingerprint;
}

/** The banner that offers the preview (review tab and what-if view). */
export function editsBanner(state: PaneState, s: Strings, a: Actions, withButton: boolean): HTMLElement | null {
  if (!policyEditsPending(state)) return null;
  return messageBar(
    "info",
    h("span", { id: "pl-edits-pending", title: s.fingerprintTip(state.applied.fingerprint) }, s.whatIfChanged(policyTag(state.applied.policy, state.applied.fingerprint, state.locale).text)),
    withButton ? h("div", { class: "pl-mb-actions" }, button(s.whatIfPreviewEdits, a.previewEdits, { appearance: "primary", id: "pl-preview-edits" })) : null,
  );
}

function changeItem(c: EmployeeChange, state: PaneState): HTMLElement {
  const locale = state.locale;
  const reason = changeReason(c, locale);
  return h(
    "li",
    { class: `pl-change ${c.kind}`, "data-id": c.id },
    h("div", { class: "pl-cand-name" }, c.name || c.id, h("span", { class: "pl-caption" }, c.id)),
    factLine([c.dept, `${c.level}${c.target ? ` → ${c.target}` : ""}`, `${statusLabel(c.statusA, locale)} → ${statusLabel(c.statusB, locale)}`].filter((x) => x !== ""), { class: "pl-cand-line" }),
    reason ? h("div", { class: "pl-reason" }, reason) : null,
  );
}

function changeGroup(kind: ChangeKind, title: string, changes: readonly EmployeeChange[], state: PaneState): HTMLElement | null {
  const list = changes.filter((c) => c.kind === kind);
  if (list.length === 0) return null;
  return h("div", { class: "pl-field", id: `pl-whatif-${kind}` }, h("h3", { class: "pl-subtitle" }, title), h("ul", { class: "pl-list" }, ...list.map((c) => changeItem(c, state))));
}

/** The what-if cards. */
export function whatIfView(state: PaneState, s: Strings, a: Actions): HTMLElement[] {
  const applied = state.applied;
  if (!applied || !state.read) return [messageBar("info", s.whatIfNoApplied)];
  const w = state.whatIf;
  const sheets = state.sheetsPolicy;
  const options = [
    ...(sheets.kind === "ok" ? [{ value: "sheets", label: s.whatIfSheets(policyName(sheets.policy, state.locale)), group: s.policyWorkbook }] : []),
    ...templateChoices(state.locale).map((c) => ({ value: c.key, label: c.label, group: s.policyTemplates })),
  ];
  const against = effectiveAgainst(state, templateIds());
  const picker = select({}, options, against, a.setWhatIfAgainst);
  const setup = card(
    null,
    s.whatIfTitle,
    null,
    false,
    h("p", { class: "pl-caption" }, s.whatIfHint),
    editsBanner(state, s, a, false),
    h("div", { class: "pl-field" }, h("span", { class: "pl-label" }, s.whatIfBefore), h("span", {}, `${policyName(applied.policy, state.locale)} `, policyBadge(policyTag(applied.policy, applied.fingerprint, state.locale), s, "pl-whatif-before"))),
    field(s.whatIfAfter, "pl-whatif-against", picker),
    sheets.kind === "invalid" ? messageBar("warning", s.whatIfSheetsInvalid(sheets.issues.length)) : null,
    h(
      "div",
      { class: "pl-actions" },
      button(s.whatIfRecheck, a.recheckPolicySheets, { appearance: "secondary", id: "pl-whatif-recheck", disabled: w.running }),
      button(s.whatIfPreview, a.previewWhatIf, { appearance: "primary", id: "pl-whatif-preview", disabled: w.running || state.run !== null }),
    ),
    w.running ? h("div", { class: "pl-row" }, h("fluent-spinner", { size: "tiny" }), h("span", { class: "pl-caption" }, s.whatIfRunning)) : null,
  );
  const out = [setup];
  const d = w.diff;
  if (d && !w.running) {
    const same = d.a.fingerprint === d.b.fingerprint;
    const nameOf = (p: { name: string; nameEn: string }): string => policyName(p, state.locale);
    const bPolicy = against === "sheets" ? (sheets.kind === "ok" ? sheets.policy : null) : (getTemplate(against) ?? null);
    const candidatePolicy = bPolicy && policyFingerprint(bPolicy) === d.b.fingerprint ? bPolicy : null;
    const tagA = policyTag(applied.fingerprint === d.a.fingerprint ? applied.policy : null, d.a.fingerprint, state.locale);
    const tagB = policyTag(candidatePolicy, d.b.fingerprint, state.locale);
    out.push(
      card(
        null,
        `A → B`,
        null,
        false,
        h(
          "p",
          { class: "pl-caption pl-parts", id: "pl-whatif-policies" },
          h("span", { class: "pl-part" }, `A ${nameOf(d.a)} `, policyBadge(tagA, s, "pl-whatif-a")),
          " → ",
          h("span", { class: "pl-part" }, `B ${nameOf(d.b)} `, policyBadge(tagB, s, "pl-whatif-b")),
          // Two different policies with the same version and date: say so, or A and B read alike.
          !same && tagA.text === tagB.text ? h("span", { id: "pl-whatif-same-version" }, s.whatIfSameVersion) : null,
        ),
        h("p", { class: "pl-caption", id: "pl-whatif-summary" }, s.whatIfCounts(d.counts.newlyEligible, d.counts.noLongerEligible, d.counts.statusChanged, d.counts.unchanged)),
        same ? messageBar("info", s.whatIfSame) : d.changes.length === 0 ? messageBar("info", s.whatIfNoChange) : null,
        changeGroup("newly_eligible", s.whatIfNewly(d.counts.newlyEligible), d.changes, state),
        changeGroup("no_longer_eligible", s.whatIfNoLonger(d.counts.noLongerEligible), d.changes, state),
        changeGroup("status_changed", s.whatIfOther(d.counts.statusChanged), d.changes, state),
        same
          ? null
          : h(
              "div",
              { class: "pl-actions" },
              button(s.whatIfKeep, a.keepPolicy, { appearance: "secondary", id: "pl-whatif-keep", disabled: state.run !== null }),
              button(s.whatIfApply, a.applyWhatIf, { appearance: "primary", id: "pl-whatif-apply", disabled: state.run !== null }),
            ),
      ),
    );
  }
  if (w.outcome) out.push(messageBar(w.outcome.intent, h("span", { id: "pl-whatif-outcome" }, w.outcome.text)));
  return out;
}
