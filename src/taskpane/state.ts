/** The pane's state: what has been detected, chosen, run and written. */
import type { Locale, MappingOverride, Review, ShortlistEntry } from "../core";
import type { MappingStore, RosterProbe, RosterRead, WriteSheetsResult } from "../excel";
import type { SheetsPolicyState } from "../functions/logic/env";
import type { PolicyChoice } from "./models";
import type { CancelToken } from "./run-review";

/** A run in progress. */
export interface RunProgress {
  readonly phase: "review" | "write";
  readonly done: number;
  readonly total: number;
  readonly token: CancelToken;
}

/** The last finished review. */
export interface ReviewResult {
  readonly review: Review;
  readonly choice: PolicyChoice;
  readonly written: WriteSheetsResult;
}

/** The vacancy tab. */
export interface VacancyState {
  level: string;
  count: number;
  entries: readonly ShortlistEntry[] | null;
  written: string | null;
}

/** Everything the views render. */
export interface PaneState {
  readonly locale: Locale;
  tab: "review" | "vacancy";
  detecting: boolean;
  probe: RosterProbe | null;
  sourceIndex: number;
  read: RosterRead | null;
  mappings: MappingStore;
  override: MappingOverride;
  mappingSaved: boolean;
  sheetsPolicy: SheetsPolicyState;
  policyKey: string;
  asOf: string;
  run: RunProgress | null;
  result: ReviewResult | null;
  notice: { intent: "info" | "warning" | "error" | "success"; text: string } | null;
  vacancy: VacancyState;
}
