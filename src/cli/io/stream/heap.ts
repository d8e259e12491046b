/**
 * Keeping a streaming run's memory near what it really holds. A million-row review keeps about
 * 250 MB of roster cells alive while it makes gigabytes of short-lived objects (parsed cells,
 * exceljs rows, XML text); V8 then lets the old space grow to several times the live size before
 * it collects (its growing factor adapts to the allocation rate), so the same run peaked anywhere
 * from 0.8 to 1.35 GB. Asking V8 to grow the heap by at most {@link HEAP_GROWING_PERCENT}% over
 * what was live at the last collection keeps it near 0.6 GB, for a few more collections.
 */
import * as v8 from "node:v8";

/** How far past the live size V8 may let the heap grow before it collects again (V8's default adapts between 10% and 300%). */
export const HEAP_GROWING_PERCENT = 25;

function setFlag(flag: string): void {
  try {
    v8.setFlagsFromString(flag);
  } catch {
    // A V8 that refuses flags at run time only costs memory, never correctness.
  }
}

/** Runs `fn` with the heap kept near its live size (see the module comment), then restores V8's default. */
export async function withTightHeap<T>(fn: () => Promise<T>): Promise<T> {
  setFlag(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  try {
    return await fn();
  } finally {
    setFlag("--heap-growing-percent=0");
  }
}
