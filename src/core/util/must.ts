/**
 * An invariant lookup under `noUncheckedIndexedAccess`: the value, or an Error naming what was
 * missing (instead of a `!` that would let an `undefined` through to a confusing error further on).
 *
 * @example
 * const level = must(compiled.levels[lv], `level ${lv}`);
 */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`internal: ${what} is missing`);
  return value;
}

/** {@link must} for a lookup that answers `null` for a miss (a parse, a `find...OrNull`). */
export function mustExist<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`internal: ${what} is missing`);
  return value;
}
