/**
 * Narrowing for tests under `noUncheckedIndexedAccess`: a looked-up element that the test's own
 * data guarantees, or a failure naming what was missing (instead of a `!` that would let an
 * `undefined` through to a confusing error further on).
 *
 * @example
 * const first = must(rows[0], "first row");
 */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`test data: ${what} is missing`);
  return value;
}
