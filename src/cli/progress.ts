import { startReview, type Review, type ReviewRun } from "../core";
import { writeTerminalControl } from "./terminal";

/**
 * Runs a review to its end in chunks, with `done/total` on stderr when stderr is a terminal and
 * the roster is large.
 * @param afterChunk - called after each chunk (the streaming mode releases the rows read so far)
 */
export function finishRun(run: ReviewRun, afterChunk?: (done: number) => void): Review {
  const tty = process.stderr.isTTY === true && run.total >= 20000;
  let more = true;
  while (more) {
    more = run.next(5000);
    afterChunk?.(run.done);
    if (tty && more) writeTerminalControl(process.stderr, `\r${run.done}/${run.total}`);
  }
  if (tty) writeTerminalControl(process.stderr, "\r\x1b[K");
  return run.result();
}

/**
 * Reviews a whole roster with a compiled policy, with progress on stderr when it is a terminal
 * (what every command but the streaming `review` runs).
 * @example
 * const review = reviewWithProgress(loaded.input, compilePolicy(policy), { asOf: "2026-11-23", locale: "zh-CN" });
 */
export function reviewWithProgress(...args: Parameters<typeof startReview>): Review {
  return finishRun(startReview(...args));
}
