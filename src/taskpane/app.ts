/**
 * The pane's controller: holds the state, runs the steps (detect roster → mapping → policy and
 * date → run → results → vacancy) through the {@link ExcelPort} and the core, and re-renders.
 */
import { RosterError, AsOfError, budgetWhatIf, cascade, compilePolicy, fairness, policyFingerprint, shortlist, templateIds, type FairnessReport, type Locale, type PastCycle } from "../core";
import { groupingColumns, summaryInsights } from "../report";
import type { Actions } from "./actions";
import { h, replace } from "./dom";
import { idInRow } from "./talent-models";
import { correct, policyTag, stampNow, suggestTemplate, todayIso, vacancyLevels, type MappingRow } from "./models";
import type { ExcelPort } from "./port";
import { reviewInChunks } from "./run-review";
import type { InsightView, PaneState } from "./state";
import { stringsFor, type Strings } from "./strings";
import { policyChoices, reviewTab } from "./views/review-tab";
import { vacancyTab } from "./views/vacancy-tab";
import { insightsTab } from "./views/insights-tab";
import { revealTab } from "./views/common";
import { effectiveAgainst, whatIfPreview, whatIfPolicy } from "./what-if";
import { must } from "../core/util/must";

function message(error: unknown): string {
  if (error instanceof RosterError || error instanceof AsOfError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** The task pane app mounted on `root`. */
export class PaneApp {
  readonly state: PaneState;
  private readonly s: Strings;
  private readonly main: HTMLElement;
  private readonly tabs: HTMLElement;

  constructor(
    root: HTMLElement,
    private readonly port: ExcelPort,
    locale: Locale,
    now: Date = new Date(),
  ) {
    this.s = stringsFor(locale);
    this.state = {
      locale,
      tab: "review",
      detecting: false,
      probe: null,
      sourceIndex: 0,
      read: null,
      mappings: {},
      override: {},
      mappingSaved: false,
      sheetsPolicy: { kind: "none" },
      policyKey: "",
      policyChosen: false,
      asOf: todayIso(now),
      run: null,
      result: null,
      notice: null,
      vacancy: { level: "", count: 1, entries: null, rankedCount: 1, cascade: null, written: null, error: null },
      insights: { view: "nearmiss", fairnessColumn: "", fairness: null, fairnessMinGroup: 5, fairnessCountAwaiting: false, box: 2, budget: null, summaryWrite: { writing: false, written: null, error: null }, planId: "", planSelectionMissed: false },
      applied: null,
      whatIf: { against: "sheets", running: false, diff: null, candidate: null, outcome: null, dismissed: null },
    };
    document.documentElement.lang = locale;
    document.title = this.s.appName;
    this.tabs = h(
      "fluent-tablist",
      { class: "pl-tabs", activeid: "pl-tab-review", appearance: "transparent", size: "medium", onchange: (e: Event) => this.onTab(e) },
      h("fluent-tab", { id: "pl-tab-review" }, this.s.tabReview),
      h("fluent-tab", { id: "pl-tab-insights" }, this.s.tabInsights),
      h("fluent-tab", { id: "pl-tab-vacancy" }, this.s.tabVacancy),
    );
    this.main = h("main", { class: "pl-main", id: "pl-main" });
    replace(
      root,
      h(
        "div",
        { class: "pl-app" },
        h("header", { class: "pl-header" }, h("div", { class: "pl-logo", "aria-hidden": "true" }, "PL"), h("div", {}, h("h1", { class: "pl-title" }, this.s.appName), h("p", { class: "pl-tagline" }, this.s.appTagline))),
        this.tabs,
        this.main,
      ),
    );
  }

  /** The actions as functions the views can pass around (bound to this app). */
  private readonly actions: Actions = {
    detect: () => void this.detect(),
    chooseSource: (i) => this.chooseSource(i),
    correct: (row, f) => this.correct(row, f),
    choosePolicy: (k) => this.choosePolicy(k),
    setAsOf: (iso) => this.setAsOf(iso),
    run: () => void this.run(),
    cancel: () => this.cancel(),
    selectCell: (a) => this.selectCell(a),
    showSheet: (n) => this.showSheet(n),
    setTab: (t) => this.setTab(t),
    setVacancyLevel: (l) => this.setVacancyLevel(l),
    setVacancyCount: (n) => this.setVacancyCount(n),
    rank: () => this.rank(),
    toggleCascade: () => this.toggleCascade(),
    writeShortlist: () => void this.writeShortlist(),
    setInsightView: (v) => this.setInsightView(v),
    setBudget: (b) => this.setBudget(b),
    writeSummary: () => void this.writeSummary(),
    setPlanId: (id) => this.setPlanId(id),
    planFromSelection: () => void this.planFromSelection(),
    setFairnessColumn: (c) => this.setFairnessColumn(c),
    setFairnessMinGroup: (n) => this.setFairnessMinGroup(n),
    setFairnessCountAwaiting: (on) => this.setFairnessCountAwaiting(on),
    selectBox: (i) => this.selectBox(i),
    previewEdits: () => void this.previewEdits(),
    setWhatIfAgainst: (k) => this.setWhatIfAgainst(k),
    recheckPolicySheets: () => void this.recheckPolicySheets(),
    previewWhatIf: () => void this.previewWhatIf(),
    applyWhatIf: () => void this.applyWhatIf(),
    keepPolicy: () => this.keepPolicy(),
  };

  /** Detects the roster and reads the policy sheets. */
  async start(): Promise<void> {
    this.render();
    await Promise.all([this.detect(), this.loadPolicySheets(), this.loadApplied(), this.loadBudget()]);
  }

  private onTab(e: Event): void {
    const id = (e.target as HTMLElement & { activeid?: string }).activeid ?? "";
    const tab = id === "pl-tab-vacancy" ? "vacancy" : id === "pl-tab-insights" ? "insights" : "review";
    if (tab !== this.state.tab) this.setTab(tab);
  }

  /** Redraws the active tab. */
  render(): void {
    const tab = this.state.tab;
    const cards = tab === "review" ? reviewTab(this.state, this.s, this.actions) : tab === "insights" ? insightsTab(this.state, this.s, this.actions) : vacancyTab(this.state, this.s, this.actions);
    replace(this.main, ...cards);
    if (tab === "insights") revealTab(document.getElementById("pl-insight-views"), document.getElementById(`pl-view-${this.state.insights.view}`));
    const active = `pl-tab-${tab}`;
    if (this.tabs.getAttribute("activeid") !== active) this.tabs.setAttribute("activeid", active);
  }

  private async loadPolicySheets(): Promise<void> {
    try {
      this.state.sheetsPolicy = await this.port.policySheets();
    } catch (error) {
      this.state.sheetsPolicy = { kind: "unreadable", message: message(error) };
    }
    // Whichever of the roster and the policy sheets is read first, the workbook's own policy wins unless the user chose.
    if (this.state.sheetsPolicy.kind === "ok" && (this.state.policyKey === "" || !this.state.read || !this.state.policyChosen)) this.state.policyKey = "sheets";
    this.render();
  }

  async detect(): Promise<void> {
    this.state.detecting = true;
    this.state.notice = null;
    this.render();
    try {
      const probe = await this.port.probe();
      this.state.probe = probe;
      this.state.mappings = probe.mappings;
      this.state.sourceIndex = 0;
      this.state.read = null;
      if (probe.sources.length > 0) await this.readSource(0);
    } catch (error) {
      this.state.notice = { intent: "error", text: `${this.s.error}: ${message(error)}` };
    } finally {
      this.state.detecting = false;
      this.render();
    }
  }

  chooseSource(index: number): void {
    void this.readSource(index).then(() => this.render());
  }

  private async readSource(index: number): Promise<void> {
    const src = this.state.probe?.sources[index];
    if (!src) return;
    this.state.sourceIndex = index;
    try {
      const read = await this.port.read(src);
      this.state.read = read;
      this.state.mappings = read.mappings;
      this.state.override = read.mappings[src.sheet] ?? {};
      this.state.mappingSaved = false;
      if (this.state.policyKey === "" || this.state.policyKey !== "sheets") {
        const suggestion = suggestTemplate(read.roster);
        if (this.state.sheetsPolicy.kind === "ok") this.state.policyKey = "sheets";
        else if (suggestion) this.state.policyKey = suggestion.id;
      }
    } catch (error) {
      this.state.read = null;
      this.state.notice = { intent: "error", text: `${this.s.error}: ${message(error)}` };
    }
  }

  correct(row: MappingRow, field: string | null): void {
    const read = this.state.read;
    if (!read) return;
    this.state.override = correct(this.state.override, row, field);
    this.state.mappingSaved = false;
    this.render();
    void this.port
      .saveMapping(read.source.sheet, this.state.override, this.state.mappings)
      .then((store) => {
        this.state.mappings = store;
        this.state.mappingSaved = true;
        this.render();
      })
      .catch((error: unknown) => {
        this.state.notice = { intent: "warning", text: `${this.s.error}: ${message(error)}` };
        this.render();
      });
  }

  choosePolicy(key: string): void {
    this.state.policyKey = key;
    this.state.policyChosen = true;
    this.render();
  }

  setAsOf(iso: string): void {
    this.state.asOf = iso;
    this.render();
  }

  async run(): Promise<void> {
    const read = this.state.read;
    if (!read || this.state.run) return;
    const choices = policyChoices(this.state);
    const choice = choices.find((c) => c.key === this.state.policyKey) ?? must(choices[0], "a policy choice");
    const token = { cancelled: false };
    const locale = this.state.locale;
    this.state.notice = null;
    this.state.run = { phase: "review", done: 0, total: 0, token };
    this.render();
    try {
      const compiled = compilePolicy(choice.policy);
      const review = await reviewInChunks(read.roster, compiled, { asOf: this.state.asOf, locale, mapping: this.state.override }, token, (done, total) => this.progress("review", done, total));
      if (!review) {
        this.state.run = null;
        this.state.notice = { intent: "info", text: this.s.cancelled };
        return;
      }
      // Until the writer reports its own count: the results rows and the log rows.
      this.progress("write", 0, review.rows.length * 2);
      // The log is read before this review appends to it, and only cycles dated before it count: a re-run compares with the previous cycle.
      const past = await this.earlierCycles(review.sheet, review.asOf);
      const budget = this.state.insights.budget;
      const round = { ...(budget !== null ? { budget } : {}), ...(past.cycles.length > 0 ? { cycles: past.cycles } : {}) };
      const insights = summaryInsights(review, read.roster, compiled, { round });
      const applied = { policy: choice.policy, fingerprint: choice.fingerprint, source: choice.key, asOf: review.asOf };
      const written = await this.port.writeReview(review, locale, stampNow(), (done, total) => this.progress("write", done, total), { insights, applied });
      this.state.result = { review, choice, written, input: read.roster, compiled, insights, logProblem: past.problem };
      this.state.applied = applied;
      this.resetInsights();
      this.state.vacancy = { ...this.state.vacancy, entries: null, cascade: null, written: null, error: null };
      this.state.run = null;
      if (choice.key !== "sheets") {
        // PROMO formulas without a policy argument follow the scheme of the last review; a failure
        // here must not hide the review that was written.
        await this.port.rememberPolicy(choice.policy.id).catch(() => undefined);
      }
    } catch (error) {
      this.state.run = null;
      this.state.notice = { intent: "error", text: `${this.s.error}: ${message(error)}` };
    } finally {
      this.render();
    }
  }

  private progress(phase: "review" | "write", done: number, total: number): void {
    const run = this.state.run;
    if (!run) return;
    this.state.run = { ...run, phase, done, total };
    // Only the progress bar and its text change: update them in place.
    const bar = document.querySelector("#pl-progress fluent-progress-bar");
    const text = document.getElementById("pl-progress-text");
    if (bar && text && run.phase === phase) {
      bar.setAttribute("value", String(total === 0 ? 0 : Math.round((done / total) * 100)));
      text.textContent = phase === "review" ? this.s.running(done, total) : this.s.writing(done, total);
    } else {
      this.render();
    }
  }

  cancel(): void {
    if (!this.state.run || this.state.run.phase !== "review") return;
    this.state.run.token.cancelled = true;
    this.render();
  }

  selectCell(address: string): void {
    void this.port.selectCell(address).catch((error: unknown) => {
      this.state.notice = { intent: "warning", text: `${this.s.error}: ${message(error)}` };
      this.render();
    });
  }

  showSheet(name: string): void {
    void this.port.showSheet(name).catch(() => undefined);
  }

  setTab(tab: "review" | "insights" | "vacancy"): void {
    this.state.tab = tab;
    if (tab === "insights" && this.state.insights.view === "whatif") void this.recheckPolicySheets();
    if (tab === "vacancy" && this.state.result && this.state.vacancy.level === "") {
      this.state.vacancy.level = vacancyLevels(this.state.result.review, this.state.result.choice.policy)[0]?.level ?? "";
    }
    this.render();
  }

  setVacancyLevel(level: string): void {
    this.state.vacancy = { ...this.state.vacancy, level, entries: null, cascade: null, written: null, error: null };
    this.render();
  }

  /** Sets the number of places; a list already ranked is ranked again for it. */
  setVacancyCount(count: number): void {
    this.state.vacancy.count = Number.isFinite(count) && count >= 1 ? Math.floor(count) : 1;
    if (this.state.vacancy.entries && this.state.vacancy.count !== this.state.vacancy.rankedCount) this.rank();
  }

  rank(): void {
    const result = this.state.result;
    if (!result) return;
    const v = this.state.vacancy;
    const level = v.level || (vacancyLevels(result.review, result.choice.policy)[0]?.level ?? "");
    this.state.vacancy = { ...v, level, entries: shortlist(result.review.rows, level, v.count), rankedCount: v.count, cascade: null, written: null, error: null };
    this.render();
  }

  /** Shows the cascade of the ranked level and count (focus moves to it), or hides it (focus stays on the toggle). */
  toggleCascade(): void {
    const result = this.state.result;
    const v = this.state.vacancy;
    if (!result || !v.entries) return;
    const shown = v.cascade === null ? cascade(result.review, result.compiled, v.level, v.rankedCount) : null;
    this.state.vacancy = { ...v, cascade: shown, written: null, error: null };
    this.renderKeepingFocus(shown ? "#pl-cascade-title" : "#pl-show-cascade");
  }

  async writeShortlist(): Promise<void> {
    const result = this.state.result;
    const v = this.state.vacancy;
    if (!result || !v.entries) return;
    try {
      const written = await this.port.writeShortlist(result.review, v.level, v.rankedCount, v.entries, this.state.locale, v.cascade ?? undefined);
      this.state.vacancy = { ...v, written: written.sheets.shortlist ?? null, error: null };
    } catch (error) {
      this.state.vacancy = { ...v, written: null, error: message(error) };
    }
    this.renderKeepingFocus(v.cascade ? "#pl-write-cascade" : "#pl-write-shortlist");
  }

  /** The 晋升档案 log's cycles before `asOf`; none (with the reason) when it cannot be read. */
  private async earlierCycles(roster: string, asOf: string): Promise<{ cycles: readonly PastCycle[]; problem: string | null }> {
    try {
      return { cycles: await this.port.logCycles(roster, asOf), problem: null };
    } catch (error) {
      return { cycles: [], problem: message(error) };
    }
  }

  /** The budget remembered in the workbook (a later review's summary and the 成本与校准 view use it). */
  private async loadBudget(): Promise<void> {
    try {
      this.state.insights.budget = await this.port.budget();
    } catch {
      this.state.insights.budget = null;
    }
    this.render();
  }

  private async loadApplied(): Promise<void> {
    try {
      this.state.applied = await this.port.appliedPolicy();
    } catch {
      this.state.applied = null;
    }
    this.render();
  }

  /** Redraws, then puts the keyboard focus back on the control that was used (the views are rebuilt). */
  private renderKeepingFocus(selector: string): void {
    this.render();
    document.querySelector<HTMLElement>(selector)?.focus();
  }

  /** After a review: the fairness of the chosen (or first) grouping column, no stale what-if. */
  private resetInsights(): void {
    const result = this.state.result;
    if (!result) return;
    const columns = groupingColumns(result.review);
    const column = columns.includes(this.state.insights.fairnessColumn) ? this.state.insights.fairnessColumn : (columns[0] ?? "");
    this.state.insights = { ...this.state.insights, fairnessColumn: column, fairness: this.fairnessOf(column), summaryWrite: { writing: false, written: null, error: null } };
    this.state.whatIf = { ...this.state.whatIf, diff: null, candidate: null };
  }

  private fairnessOf(column: string): FairnessReport | null {
    const result = this.state.result;
    if (!result || column === "") return null;
    const { fairnessMinGroup: minGroup, fairnessCountAwaiting: countAwaiting } = this.state.insights;
    const known = result.insights.fairness.find((r) => r.column === column && r.minGroup === minGroup && r.countAwaiting === countAwaiting);
    if (known) return known;
    try {
      return fairness(result.review, result.input, column, { minGroup, countAwaiting });
    } catch {
      return null;
    }
  }

  setInsightView(view: InsightView): void {
    this.state.insights.view = view;
    this.renderKeepingFocus(`#pl-view-${view}`);
    if (view === "whatif") void this.recheckPolicySheets();
  }

  /** Sets the budget (the what-if follows at once) and remembers it in the workbook. */
  setBudget(budget: number | null): void {
    const next = budget !== null && Number.isFinite(budget) && budget >= 0 ? budget : null;
    this.state.insights = { ...this.state.insights, budget: next, summaryWrite: { writing: false, written: null, error: null } };
    this.renderKeepingFocus("#pl-budget");
    void this.port.saveBudget(next).catch((error: unknown) => {
      this.state.notice = { intent: "warning", text: `${this.s.error}: ${message(error)}` };
      this.render();
    });
  }

  /** Rewrites only 晋升汇总 with the current budget's block (or without one when cleared). */
  async writeSummary(): Promise<void> {
    const result = this.state.result;
    if (!result || this.state.insights.summaryWrite.writing) return;
    const { budget } = this.state.insights;
    const cost = result.insights.cost;
    const insights = { ...result.insights, budget: cost && budget !== null ? budgetWhatIf(cost, budget) : null };
    this.state.insights.summaryWrite = { writing: true, written: null, error: null };
    this.renderKeepingFocus("#pl-write-summary");
    try {
      const written = await this.port.writeSummary(result.review, this.state.locale, insights);
      this.state.result = { ...result, insights };
      this.state.insights.summaryWrite = { writing: false, written: written.sheets.summary ?? null, error: null };
    } catch (error) {
      this.state.insights.summaryWrite = { writing: false, written: null, error: message(error) };
    }
    this.renderKeepingFocus("#pl-write-summary");
  }

  setPlanId(id: string): void {
    this.state.insights = { ...this.state.insights, planId: id.trim(), planSelectionMissed: false };
    this.renderKeepingFocus("#pl-plan-id");
  }

  /** The 发展计划 view: the 工号 in the selected row (a cell equal to one of the last review's). */
  async planFromSelection(): Promise<void> {
    const talent = this.state.result?.insights.talent;
    if (!talent) return;
    const row = await this.port.selectedRow();
    const id = row ? idInRow(row.values, talent) : null;
    this.state.insights = { ...this.state.insights, planId: id ?? "", planSelectionMissed: id === null };
    this.renderKeepingFocus("#pl-plan-selection");
  }

  setFairnessColumn(column: string): void {
    this.state.insights = { ...this.state.insights, fairnessColumn: column, fairness: this.fairnessOf(column) };
    this.renderKeepingFocus("#pl-fairness-by");
  }

  setFairnessMinGroup(n: number): void {
    const minGroup = Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1;
    this.state.insights = { ...this.state.insights, fairnessMinGroup: minGroup };
    this.state.insights.fairness = this.fairnessOf(this.state.insights.fairnessColumn);
    this.renderKeepingFocus("#pl-fairness-min");
  }

  setFairnessCountAwaiting(on: boolean): void {
    this.state.insights = { ...this.state.insights, fairnessCountAwaiting: on };
    this.state.insights.fairness = this.fairnessOf(this.state.insights.fairnessColumn);
    this.renderKeepingFocus("#pl-fairness-awaiting");
  }

  selectBox(index: number): void {
    this.state.insights.box = index;
    this.renderKeepingFocus(`[data-box="${index}"]`);
  }

  /** Reads the policy sheets again now (edits made since the pane opened). */
  async recheckPolicySheets(): Promise<void> {
    try {
      this.state.sheetsPolicy = await this.port.policySheets(true);
    } catch (error) {
      this.state.sheetsPolicy = { kind: "unreadable", message: message(error) };
    }
    this.render();
  }

  setWhatIfAgainst(key: string): void {
    this.state.whatIf = { ...this.state.whatIf, against: key, diff: null, candidate: null, outcome: null };
    this.renderKeepingFocus("#pl-whatif-against");
  }

  /** From the banner: the what-if view, comparing the applied policy with the edited sheets. */
  async previewEdits(): Promise<void> {
    this.state.tab = "insights";
    this.state.insights.view = "whatif";
    this.state.whatIf = { ...this.state.whatIf, against: "sheets", outcome: null };
    await this.previewWhatIf();
    document.getElementById("pl-whatif-preview")?.focus();
  }

  /** Reviews the roster under the applied policy and the chosen one, and lists who changes. */
  async previewWhatIf(): Promise<void> {
    const read = this.state.read;
    const applied = this.state.applied;
    if (!read || !applied || this.state.whatIf.running) return;
    this.state.whatIf = { ...this.state.whatIf, running: true, diff: null, candidate: null, outcome: null };
    this.render();
    try {
      const fresh = await this.port.policySheets(true).catch((error: unknown) => ({ kind: "unreadable" as const, message: message(error) }));
      this.state.sheetsPolicy = fresh;
      const against = effectiveAgainst(this.state, templateIds());
      const policy = whatIfPolicy(this.state, against);
      if (!policy) {
        this.state.whatIf = { ...this.state.whatIf, running: false, against };
        return;
      }
      const asOf = this.state.result?.review.asOf ?? (applied.asOf || this.state.asOf);
      const diff = await whatIfPreview(read.roster, applied.policy, policy, { asOf, locale: this.state.locale, mapping: this.state.override }, { cancelled: false });
      this.state.whatIf = { ...this.state.whatIf, running: false, against, diff, candidate: { key: against, fingerprint: policyFingerprint(policy) } };
    } catch (error) {
      this.state.whatIf = { ...this.state.whatIf, running: false, outcome: { intent: "error", text: `${this.s.error}: ${message(error)}` } };
    } finally {
      this.render();
    }
  }

  /** Runs the review with the previewed policy (which records it as applied). */
  async applyWhatIf(): Promise<void> {
    const candidate = this.state.whatIf.candidate;
    if (!candidate || this.state.run) return;
    const asOf = this.state.result?.review.asOf ?? this.state.applied?.asOf;
    if (asOf) this.state.asOf = asOf;
    this.state.policyKey = candidate.key;
    this.state.policyChosen = true;
    await this.run();
    const result = this.state.result;
    const ok = result !== null && result.choice.fingerprint === candidate.fingerprint && this.state.applied?.fingerprint === candidate.fingerprint;
    this.state.whatIf = {
      ...this.state.whatIf,
      diff: ok ? null : this.state.whatIf.diff,
      candidate: ok ? null : candidate,
      outcome: ok ? { intent: "success", text: this.s.whatIfApplied(policyTag(null, candidate.fingerprint, this.state.locale).text) } : this.state.whatIf.outcome,
    };
    this.render();
  }

  /** Keeps the applied policy: no write; the banner stops offering these edits. */
  keepPolicy(): void {
    const sheets = this.state.sheetsPolicy;
    const w = this.state.whatIf;
    const dismissed = w.candidate?.key === "sheets" && sheets.kind === "ok" ? sheets.fingerprint : w.dismissed;
    this.state.whatIf = { ...w, diff: null, candidate: null, dismissed, outcome: { intent: "info", text: this.s.whatIfKept } };
    this.render();
  }
}
