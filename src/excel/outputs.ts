/** The task pane's writes: a review's sheets, its summary alone, and a vacancy shortlist. */
import type { CascadeStep, Locale, Review, ShortlistEntry } from "../core";
import { logSheet, poolSheet, reviewSheet, shortlistSheet, summarySheet, type SummaryInsights } from "../report";
import { APPLIED_POLICY_KEY, appliedPolicySetting, type AppliedPolicy } from "./settings";
import { writeProductSheets, type WriteProgress, type WriteSheetsResult } from "./product-sheets";

/** Options of {@link writeReviewOutput}. */
export interface ReviewOutputOptions {
  /** Local time of the run for the log, `YYYY-MM-DD HH:mm`. */
  readonly recordedAt: string;
  readonly onProgress?: WriteProgress;
  /** Near misses, 9-box and fairness for the summary sheet. */
  readonly insights?: SummaryInsights;
  /** The policy the review applied, remembered in the workbook for the policy what-if. */
  readonly applied?: AppliedPolicy;
}

/**
 * Writes a review into the workbook: 晋升评审 (sign-offs carried over by 工号), 人才库 and 晋升汇总
 * replace the product's previous sheets (never a user's), and the review's rows are appended
 * to 晋升档案. The roster sheet is not touched. Shows 晋升评审 at the end.
 */
export async function writeReviewOutput(review: Review, locale: Locale, opts: ReviewOutputOptions): Promise<WriteSheetsResult> {
  return writeProductSheets({
    build: (signOffs) => [reviewSheet(review, locale, signOffs), poolSheet(review, locale), summarySheet(review, locale, opts.insights)],
    keepSignOffs: true,
    log: logSheet(review, locale, opts.recordedAt),
    roster: review.sheet,
    activate: "review",
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(opts.applied ? { settings: { [APPLIED_POLICY_KEY]: appliedPolicySetting(opts.applied) } } : {}),
  });
}

/**
 * Writes a vacancy shortlist to 空缺候选 (replacing the product's previous one) and shows it;
 * with `steps`, the vacancy cascade of the same level and count follows it on the same sheet.
 */
export async function writeShortlistOutput(
  review: Review,
  level: string,
  count: number,
  entries: readonly ShortlistEntry[],
  locale: Locale,
  steps?: readonly CascadeStep[],
): Promise<WriteSheetsResult> {
  return writeProductSheets({
    build: () => [shortlistSheet(review, level, count, entries, locale, steps)],
    roster: review.sheet,
    activate: "shortlist",
  });
}

/**
 * Rewrites only the product's 晋升汇总 (replacing its previous one, never a user's sheet) from the
 * last review and its insights, e.g. with the budget block the pane's budget adds; 晋升评审, 人才库
 * and the 晋升档案 log are not touched. Shows the summary at the end.
 * @example
 * await writeSummaryOutput(review, "zh-CN", { ...insights, budget: budgetWhatIf(cost, 20000) });
 */
export async function writeSummaryOutput(review: Review, locale: Locale, insights: SummaryInsights): Promise<WriteSheetsResult> {
  return writeProductSheets({
    build: () => [summarySheet(review, locale, insights)],
    roster: review.sheet,
    activate: "summary",
  });
}
