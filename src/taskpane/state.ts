/** The pane's state: what has been detected, chosen, run and written. */
import type { CascadeStep, CompiledPolicy, FairnessReport, Locale, MappingOverride, Review, ReviewDiff, RosterInput, ShortlistEntry } from "../core";
import type { AppliedPolicy } from "../excel/settings";
import type { SummaryInsights } from "../report";
import type { MappingStore, RosterProbe, RosterRead, WriteSheetsResult } from "../excel";
import type { SheetsPolicyState } from "../core";
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
  /** The roster the review read (grouping and potential columns are read from it). */
  readonly input: RosterInput;
  readonly compiled: CompiledPolicy;
  /** What the summary sheet shows: near misses, fairness of the grouping columns, 9-box, issue #21's cost, budget and history. */
  readonly insights: SummaryInsights;
  /** Why the 晋升档案 log could not be read for the comparison with the previous cycle, or null. */
  readonly logProblem: string | null;
}

/** The views of the Insights tab. */
export type InsightView = "nearmiss" | "fairness" | "ninebox" | "readiness" | "succession" | "plan" | "round" | "whatif";

/** The Insights tab. */
export interface InsightsState {
  view: InsightView;
  /** Header of the fairness grouping column. */
  fairnessColumn: string;
  /** The fairness check of that column (null until computed). */
  fairness: FairnessReport | null;
  /** Groups with fewer evaluated employees get a small-group warning and cannot be the reference (`promo fairness --min-group`). */
  fairnessMinGroup: number;
  /** Reserves awaiting a vacancy (待空缺) count as selected (`promo fairness --count-awaiting`). */
  fairnessCountAwaiting: boolean;
  /** Index of the 9-box cell whose people are listed (0 = top left). */
  box: number;
  /** The monthly budget of the 成本与校准 view (`promo cost --budget`), or null; remembered in the workbook. */
  budget: number | null;
  /** The 写入晋升汇总 button: writing, the sheet written, or why it failed. */
  summaryWrite: { writing: boolean; written: string | null; error: string | null };
  /** The 工号 typed in the 发展计划 view (issue #20). */
  planId: string;
  /** The last "selected row" held no 工号 of the review. */
  planSelectionMissed: boolean;
}

/** The policy what-if. */
export interface WhatIfState {
  /** What to compare the applied policy with: `sheets` or a template id. */
  against: string;
  running: boolean;
  /** The comparison of the applied policy (A) with `against` (B) on the roster. */
  diff: ReviewDiff | null;
  /** The policy B of `diff`, with its choice key, for "apply". */
  candidate: { key: string; fingerprint: string } | null;
  /** A line under the buttons after apply / keep. */
  outcome: { intent: "success" | "info" | "error"; text: string } | null;
  /** Fingerprint of edited sheets the user chose not to apply (no more banner for it). */
  dismissed: string | null;
}

/** The vacancy tab. */
export interface VacancyState {
  level: string;
  count: number;
  entries: readonly ShortlistEntry[] | null;
  /** The places `entries` were ranked for (the count field may have changed since). */
  rankedCount: number;
  /** The vacancy cascade of the ranked level and count, when shown. */
  cascade: readonly CascadeStep[] | null;
  written: string | null;
  /** Why the last write of the shortlist (or cascade) failed, shown on this tab. */
  error: string | null;
}

/** Everything the views render. */
export interface PaneState {
  readonly locale: Locale;
  tab: "review" | "insights" | "vacancy";
  detecting: boolean;
  probe: RosterProbe | null;
  sourceIndex: number;
  read: RosterRead | null;
  mappings: MappingStore;
  override: MappingOverride;
  mappingSaved: boolean;
  sheetsPolicy: SheetsPolicyState;
  policyKey: string;
  /** The user picked the policy (else the workbook's policy sheets win whenever they read). */
  policyChosen: boolean;
  asOf: string;
  run: RunProgress | null;
  result: ReviewResult | null;
  notice: { intent: "info" | "warning" | "error" | "success"; text: string } | null;
  vacancy: VacancyState;
  insights: InsightsState;
  /** The policy the last review recorded in the workbook. */
  applied: AppliedPolicy | null;
  whatIf: WhatIfState;
}
