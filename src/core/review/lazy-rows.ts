import type { RowResult } from "../model/review";
import { mustExist } from "../util/must";

const SOURCE = Symbol("rows source");

interface RowsSource {
  build: (() => RowResult[]) | null;
  rows: readonly RowResult[] | null;
}

interface WithSource {
  readonly [SOURCE]: RowsSource;
}

// One getter shared by every review. A getter made per review gave each review object a hidden
// class of its own, kept in the old generation, which held the review's columns through every
// minor GC until the next full one (about a tenth of the time of a 10k-row review).
function rowsOnDemand(this: WithSource): readonly RowResult[] {
  const source = this[SOURCE];
  if (source.rows === null) {
    source.rows = mustExist(source.build, "the row builder")();
    source.build = null;
  }
  return source.rows;
}

/**
 * Makes `review.rows` an enumerable property built by `build` on first access and kept (JSON,
 * spreads and `Object.keys` see it as any other property).
 */
export function defineLazyRows<T extends { rows: readonly RowResult[] }>(review: T, build: () => RowResult[]): T {
  Object.defineProperty(review, SOURCE, { value: { build, rows: null } satisfies RowsSource });
  Object.defineProperty(review, "rows", { enumerable: true, get: rowsOnDemand });
  return review;
}
