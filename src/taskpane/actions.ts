/** What the views can ask the pane to do. */
import type { MappingRow } from "./models";
import type { InsightView } from "./state";

/** The pane's user actions. */
export interface Actions {
  detect(): void;
  chooseSource(index: number): void;
  correct(row: MappingRow, field: string | null): void;
  choosePolicy(key: string): void;
  setAsOf(iso: string): void;
  run(): void;
  cancel(): void;
  selectCell(address: string): void;
  showSheet(name: string): void;
  setTab(tab: "review" | "insights" | "vacancy"): void;
  setInsightView(view: InsightView): void;
  setFairnessColumn(column: string): void;
  setFairnessMinGroup(n: number): void;
  setFairnessCountAwaiting(on: boolean): void;
  selectBox(index: number): void;
  /** The monthly budget of the 成本与校准 view (issue #21); null clears it. */
  setBudget(budget: number | null): void;
  /** Rewrites only 晋升汇总 with the budget block of the current budget. */
  writeSummary(): void;
  /** The 工号 whose development plan the 发展计划 view shows (issue #20). */
  setPlanId(id: string): void;
  /** Shows the plan of the person in the selected row (of 晋升评审 or the roster). */
  planFromSelection(): void;
  /** Opens the what-if view and previews the edited policy sheets. */
  previewEdits(): void;
  setWhatIfAgainst(key: string): void;
  recheckPolicySheets(): void;
  previewWhatIf(): void;
  applyWhatIf(): void;
  keepPolicy(): void;
  setVacancyLevel(level: string): void;
  setVacancyCount(count: number): void;
  rank(): void;
  /** Shows the vacancy cascade of the ranked shortlist, or hides it. */
  toggleCascade(): void;
  writeShortlist(): void;
}
