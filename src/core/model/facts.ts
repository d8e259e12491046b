import { FIELDS } from "./fields";
import type { ReadFailure } from "../read/failure";

/** A read cell: a number (dates as day numbers, percents as fractions, education as ordinal), a boolean, text, missing (null) or unreadable. */
export type FactValue = number | boolean | string | null | ReadFailure;

/** Slot of each canonical field in {@link Facts.values}. */
export const CANONICAL_SLOT: ReadonlyMap<string, number> = new Map(FIELDS.map((f, i) => [f.key, i]));

/** Number of canonical slots; custom fields follow. */
export const CANONICAL_SLOTS = FIELDS.length;

/** Slot index of a canonical field (throws on a typo: programmer error). */
export function slotOf(key: string): number {
  const slot = CANONICAL_SLOT.get(key);
  if (slot === undefined) throw new Error(`not a canonical field: ${key}`);
  return slot;
}
