/** Choosing the name a product sheet is written under, never taking a user's sheet. */

/**
 * The name to write a product sheet under: `base` when it is free or PromoLadder's own
 * (listed in `owned`), else the first free or owned of `base (2)`, `base (3)`...
 * Names compare case-insensitively, as Excel's do.
 * @param existing - names of the workbook's sheets
 * @param owned - names of the sheets PromoLadder wrote (recorded in the workbook)
 * @param taken - names already chosen for other product sheets in this run
 * @example chooseSheetName("晋升评审", new Set(["晋升评审"]), new Set()) //=> "晋升评审 (2)"
 */
export function chooseSheetName(base: string, existing: Iterable<string>, owned: Iterable<string>, taken: Iterable<string> = []): string {
  const lower = (s: string): string => s.toLowerCase();
  const exists = new Set([...existing].map(lower));
  const mine = new Set([...owned].map(lower));
  const used = new Set([...taken].map(lower));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    const k = lower(name);
    if (used.has(k)) continue;
    if (!exists.has(k) || mine.has(k)) return name;
  }
}
