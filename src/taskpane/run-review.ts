/**
 * Runs a review in chunks with the core's `startReview`, yielding to the event loop between
 * chunks so the pane stays responsive (Excel restarts an add-in that blocks for 5 s), shows
 * progress and can cancel.
 */
import { startReview, type CompiledPolicy, type Review, type ReviewOptions, type RosterInput } from "../core";

/** Rows evaluated between two yields. */
export const CHUNK_ROWS = 2000;

/** A cancellable run. */
export interface CancelToken {
  cancelled: boolean;
}

/** Yields to the event loop (rendering and input events run). */
function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reviews `roster` chunk by chunk; `onProgress(done, total)` after each chunk.
 * @returns the review, or null when cancelled
 * @throws the core's RosterError / AsOfError
 */
export async function reviewInChunks(
  roster: RosterInput,
  policy: CompiledPolicy,
  options: ReviewOptions,
  token: CancelToken,
  onProgress: (done: number, total: number) => void,
  chunk: number = CHUNK_ROWS,
): Promise<Review | null> {
  const run = startReview(roster, policy, options);
  onProgress(0, run.total);
  while (run.next(chunk)) {
    onProgress(run.done, run.total);
    await yieldToUi();
    if (token.cancelled) return null;
  }
  onProgress(run.total, run.total);
  await yieldToUi();
  return token.cancelled ? null : run.result();
}
