/** The policy what-if in the pane: two chunked reviews of the same roster, compared with the core's `diffReviews`. */
import { compilePolicy, diffReviews, getTemplate, type Policy, type ReviewDiff, type ReviewOptions, type RosterInput } from "../core";
import { reviewInChunks, type CancelToken } from "./run-review";
import type { PaneState } from "./state";

/**
 * What the what-if compares with: the chosen key when it is available (`sheets` needs valid
 * policy sheets), else the workbook's policy sheets when valid, else the first template.
 */
export function effectiveAgainst(state: Pick<PaneState, "whatIf" | "sheetsPolicy">, templateIds: readonly string[]): string {
  const want = state.whatIf.against;
  const sheetsOk = state.sheetsPolicy.kind === "ok";
  if (want === "sheets" ? sheetsOk : templateIds.includes(want)) return want;
  return sheetsOk ? "sheets" : (templateIds[0] ?? "");
}

/** The policy of a what-if choice: the workbook's policy sheets or a built-in template; null when unavailable. */
export function whatIfPolicy(state: Pick<PaneState, "sheetsPolicy">, key: string): Policy | null {
  if (key === "sheets") return state.sheetsPolicy.kind === "ok" ? state.sheetsPolicy.policy : null;
  return getTemplate(key) ?? null;
}

/**
 * Reviews `roster` under `before` and `after` (in chunks, yielding to the pane) and compares them.
 * @returns the comparison, or null when cancelled
 */
export async function whatIfPreview(roster: RosterInput, before: Policy, after: Policy, options: ReviewOptions, token: CancelToken): Promise<ReviewDiff | null> {
  const a = await reviewInChunks(roster, compilePolicy(before), options, token, () => undefined);
  if (!a) return null;
  const b = await reviewInChunks(roster, compilePolicy(after), options, token, () => undefined);
  return b ? diffReviews(a, b) : null;
}
