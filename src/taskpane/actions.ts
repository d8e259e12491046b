/** What the views can ask the pane to do. */
import type { MappingRow } from "./models";

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
  setTab(tab: "review" | "vacancy"): void;
  setVacancyLevel(level: string): void;
  setVacancyCount(count: number): void;
  rank(): void;
  writeShortlist(): void;
}
