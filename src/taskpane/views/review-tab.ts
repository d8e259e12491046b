/** The Review tab: roster, column mapping, policy and date, run, results. */
import { DISPLAY_ORDER } from "../../report";
import { statusLabel, type Review } from "../../core";
import type { RosterSource } from "../../excel";
import type { Actions } from "../actions";
import { h, select } from "../dom";
import { displacedBy, displayDate, fieldOptions, mappingView, parseDateInput, policyTag, templateChoices, type MappingView, type PolicyChoice } from "../models";
import type { PaneState } from "../state";
import { stringsFor, type Strings } from "../strings";
import { button, card, field, messageBar, policyBadge } from "./common";
import { editsBanner } from "./whatif-view";
import { must } from "../../core/util/must";

/** Issues listed in the results card; the rest are on the results sheet. */
const MAX_ISSUES = 30;

/** The short name of a roster source (what the picker shows; its range goes on the line below, which wraps). */
function sourceLabel(src: RosterSource, s: Strings): string {
  const kind = { table: s.sourceTable, selection: s.sourceSelection, region: s.sourceRegion, used: s.sourceUsed }[src.kind];
  return `${kind}${src.table ? ` ${src.table}` : ""} · ${src.sheet}`;
}

/** The policies to choose from: the workbook's policy sheets when valid, then the templates. */
export function policyChoices(state: PaneState): PolicyChoice[] {
  const sheets = state.sheetsPolicy;
  const fromSheets: PolicyChoice[] =
    sheets.kind === "ok"
      ? [{ key: "sheets", label: stringsFor(state.locale).policyName(sheets.policy), policy: sheets.policy, fingerprint: sheets.fingerprint, fromSheets: true }]
      : [];
  return [...fromSheets, ...templateChoices(state.locale)];
}

function rosterCard(state: PaneState, s: Strings, a: Actions, view: MappingView | null): HTMLElement {
  if (state.detecting && !state.read) return card("1", s.stepRoster, null, false, h("div", { class: "pl-row" }, h("fluent-spinner", { size: "tiny" }), h("span", { class: "pl-caption" }, s.detecting)));
  const sources = state.probe?.sources ?? [];
  if (sources.length === 0) {
    return card("1", s.stepRoster, null, false, messageBar("warning", state.probe?.selectionNote === "several" ? s.selectionSeveral : s.noRoster), h("div", { class: "pl-actions" }, button(s.detect, a.detect, { id: "pl-detect" })));
  }
  const src = sources[state.sourceIndex] ?? must(sources[0], "a roster source");
  const note = state.probe?.selectionNote;
  const sel = select({ "aria-label": s.stepRoster, id: "pl-source", title: `${src.sheet}!${src.address}` }, sources.map((x, i) => ({ value: String(i), label: sourceLabel(x, s) })), String(state.sourceIndex), (v) => a.chooseSource(Number(v)));
  return card(
    "1",
    s.stepRoster,
    null,
    view !== null,
    h("div", { class: "pl-row" }, h("div", { class: "pl-grow" }, sel), button(s.detect, a.detect, { appearance: "subtle", id: "pl-detect" })),
    h("p", { class: "pl-caption", id: "pl-source-range" }, s.rosterRange(`${src.sheet}!${src.address}`)),
    note ? h("div", { id: "pl-selection-note" }, messageBar("info", note === "several" ? s.selectionSeveral : s.selectionWhole)) : null,
    view ? h("p", { class: "pl-caption", id: "pl-roster-meta" }, s.rosterMeta(src.sheet, view.headerRow, view.dataRows)) : state.read ? messageBar("warning", s.noHeader) : null,
  );
}

function mappingCard(state: PaneState, s: Strings, a: Actions, view: MappingView): HTMLElement {
  const options = [{ value: "", label: s.customColumn }, ...fieldOptions(state.locale).map((f) => ({ value: f.key, label: f.label }))];
  const mapped = view.rows.filter((r) => r.field !== null).length;
  const corrections = view.rows.filter((r) => r.corrected).length;
  const list = h(
    "div",
    { class: "pl-map", role: "list" },
    ...view.rows.map((row) =>
      h(
        "div",
        { class: `pl-map-row${row.field === null ? " unmapped" : ""}${row.corrected ? " corrected" : ""}`, role: "listitem", "data-header": row.header },
        h("div", { class: "pl-map-head" }, h("span", { class: "pl-col" }, row.column), h("span", { class: "pl-header-text", title: row.header }, row.header)),
        select({ class: "pl-select small", "aria-label": `${row.column} ${row.header}`, "data-header": row.header }, options, row.field ?? "", (v) => a.correct(row, v === "" ? null : v)),
      ),
    ),
  );
  const details = h(
    "details",
    { class: "pl-details", open: true },
    h("summary", {}, h("div", { class: "pl-card-head" }, h("span", { class: "pl-step done", "aria-hidden": "true" }, "✓"), h("h2", { class: "pl-card-title" }, s.stepMapping), h("span", { class: "pl-card-aside" }, s.mappingCounts(mapped, view.rows.length)), h("span", { class: "pl-chevron", "aria-hidden": "true" }, "▶"))),
  );
  const body = h("div", { class: "pl-card-body", style: "display:flex;flex-direction:column;gap:var(--spacingVerticalS);margin-top:var(--spacingVerticalS)" }, h("p", { class: "pl-caption" }, s.mappingHint), list);
  if (corrections > 0 && state.mappingSaved) body.appendChild(h("p", { class: "pl-caption", id: "pl-mapping-saved" }, `✓ ${s.mappingSaved}`));
  details.appendChild(body);
  return h("section", { class: "pl-card", id: "pl-mapping" }, details);
}

function policyCard(state: PaneState, s: Strings, a: Actions, choices: readonly PolicyChoice[]): HTMLElement {
  const choice = choices.find((c) => c.key === state.policyKey) ?? must(choices[0], "a policy choice");
  const options = choices.map((c) => ({ value: c.key, label: c.label, group: c.fromSheets ? s.policyWorkbook : s.policyTemplates }));
  const policySelect = select({}, options, choice.key, a.choosePolicy);
  // A text field in the pane's language, not <input type="date">: that one shows the browser's
  // language (11/23/2026 in a Chinese pane on an English Windows).
  const asOf = h("input", {
    class: "pl-input",
    type: "text",
    inputmode: "numeric",
    autocomplete: "off",
    value: displayDate(state.asOf, state.locale),
    placeholder: s.asOfHint,
    "aria-describedby": "pl-asof-hint",
    required: true,
    onchange: (e: Event) => {
      const input = e.target as HTMLInputElement;
      const iso = parseDateInput(input.value, state.locale);
      if (iso) input.value = displayDate(iso, state.locale);
      a.setAsOf(iso ?? input.value);
    },
  });
  const asOfBad = state.asOf !== "" && parseDateInput(state.asOf, state.locale) === null;
  const sheets = state.sheetsPolicy;
  return card(
    "3",
    s.stepPolicy,
    null,
    false,
    field(s.policy, "pl-policy", policySelect),
    h("p", { class: "pl-caption" }, `${s.fingerprint} `, policyBadge(policyTag(choice.policy, choice.fingerprint, state.locale), s, "pl-fingerprint")),
    sheets.kind === "invalid"
      ? messageBar(
          "warning",
          s.policyInvalid(sheets.issues.length),
          h("ul", { class: "pl-list" }, ...sheets.issues.slice(0, 5).map((i) => h("li", {}, h("button", { class: "pl-link", onclick: () => a.selectCell(i.cell) }, i.cell), ` ${i.message}`))),
        )
      : null,
    field(s.asOf, "pl-asof", asOf),
    h("p", { class: "pl-caption", id: "pl-asof-hint" }, asOfBad ? s.asOfInvalid(state.asOf) : s.asOfHint),
    editsBanner(state, s, a, true),
  );
}

function runCard(state: PaneState, s: Strings, a: Actions, ready: boolean): HTMLElement {
  const run = state.run;
  const parts: HTMLElement[] = [];
  if (run) {
    const pct = run.total === 0 ? 0 : Math.round((run.done / run.total) * 100);
    parts.push(
      h(
        "div",
        { class: "pl-progress", id: "pl-progress" },
        h("fluent-progress-bar", { value: pct, max: 100, thickness: "large", "aria-label": s.run }),
        h("span", { class: "pl-caption", id: "pl-progress-text" }, run.phase === "review" ? s.running(run.done, run.total) : s.writing(run.done, run.total)),
      ),
      button(s.cancel, a.cancel, { appearance: "outline", disabled: run.phase === "write" || run.token.cancelled, id: "pl-cancel", wide: true }),
    );
  } else {
    parts.push(button(s.run, a.run, { appearance: "primary", disabled: !ready, id: "pl-run", wide: true }));
  }
  if (state.notice) parts.push(messageBar(state.notice.intent, state.notice.text));
  return h("section", { class: "pl-card", id: "pl-run-card" }, ...parts);
}

function issuesOf(review: Review): { cell: string; message: string }[] {
  const out: { cell: string; message: string }[] = [];
  for (const r of review.rows) for (const e of r.errors) out.push({ cell: e.cell, message: e.message });
  return out;
}

function resultsCard(state: PaneState, s: Strings, a: Actions): HTMLElement | null {
  const result = state.result;
  if (!result) return null;
  const { review, written } = result;
  const tiles = h(
    "div",
    { class: "pl-tiles", id: "pl-tiles" },
    ...DISPLAY_ORDER.filter((st) => review.summary.byStatus[st] > 0 || st === "eligible").map((st) =>
      h("div", { class: `pl-tile ${st}`, "data-status": st }, h("div", { class: "pl-tile-n" }, review.summary.byStatus[st]), h("div", { class: "pl-tile-l" }, statusLabel(st, state.locale))),
    ),
  );
  const sheetNames = Object.values(written.sheets).filter((n): n is string => typeof n === "string");
  const issues = issuesOf(review);
  return card(
    null,
    s.results,
    s.people(review.summary.total),
    false,
    tiles,
    ...(review.warnings ?? []).map((w) => h("div", { class: "pl-review-warning" }, messageBar("warning", w.message))),
    h("p", { class: "pl-caption pl-parts" }, h("span", { class: "pl-part" }, `${s.policyName(review.policy)} `, policyBadge(policyTag(result.choice.policy, review.policy.fingerprint, state.locale), s)), " · ", h("span", { class: "pl-part" }, `${s.asOf} ${displayDate(review.asOf, state.locale)}`)),
    h("div", { class: "pl-field" }, h("span", { class: "pl-label" }, s.sheetsWritten), h("div", { class: "pl-sheets", id: "pl-sheets" }, ...sheetNames.map((n) => h("button", { class: "pl-link", onclick: () => a.showSheet(n) }, n)))),
    ...sheetNames.flatMap((n) => {
      const taken = displacedBy(n);
      return taken ? [h("div", { class: "pl-displaced", "data-sheet": n }, messageBar("info", s.displaced(taken, n)))] : [];
    }),
    h("p", { class: "pl-caption" }, [s.logAppended(written.logRows), written.signOffs > 0 ? s.signOffsKept(written.signOffs) : ""].filter(Boolean).join(" · ")),
    h(
      "div",
      { class: "pl-field", id: "pl-issues" },
      h("span", { class: "pl-label" }, s.dataIssues(issues.length)),
      issues.length === 0
        ? h("p", { class: "pl-caption" }, s.noIssues)
        : h(
            "ul",
            { class: "pl-list" },
            ...issues.slice(0, MAX_ISSUES).map((i) => h("li", { class: "pl-issue" }, h("button", { class: "pl-link pl-mono", "data-cell": i.cell, onclick: () => a.selectCell(i.cell) }, i.cell), h("div", { class: "pl-issue-msg", title: i.message }, i.message))),
            issues.length > MAX_ISSUES ? h("li", { class: "pl-caption" }, s.moreIssues(issues.length - MAX_ISSUES)) : null,
          ),
    ),
  );
}

/** The Review tab's cards. */
export function reviewTab(state: PaneState, s: Strings, a: Actions): HTMLElement[] {
  const view = state.read ? mappingView(state.read.roster, state.override) : null;
  const choices = policyChoices(state);
  const out: (HTMLElement | null)[] = [rosterCard(state, s, a, view)];
  if (view) {
    out.push(mappingCard(state, s, a, view), policyCard(state, s, a, choices), runCard(state, s, a, state.run === null && parseDateInput(state.asOf, state.locale) !== null));
  } else if (state.notice) {
    out.push(messageBar(state.notice.intent, state.notice.text));
  }
  out.push(resultsCard(state, s, a));
  return out.filter((e): e is HTMLElement => e !== null);
}
