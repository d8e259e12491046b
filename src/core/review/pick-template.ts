import type { Policy } from "../model/policy";
import type { Cell } from "../model/cell";
import { findHeaderRow } from "../read/headers";
import { foldText, readText } from "../read/text";

/** How well a template's level names cover a roster's levels. */
export interface TemplateMatch {
  readonly policy: Policy;
  /** Distinct roster level texts the template knows. */
  readonly levelsMatched: number;
  /** Roster rows whose level the template knows. */
  readonly rowsMatched: number;
}

/**
 * Picks the template whose level names and aliases match the roster's levels best: most
 * distinct levels, then most rows, then catalogue order. Null when none matches any level.
 */
export function pickTemplate(levelTexts: readonly string[], templates: readonly Policy[]): TemplateMatch | null {
  const counts = new Map<string, number>();
  for (const t of levelTexts) {
    const k = foldText(t);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best: TemplateMatch | null = null;
  for (const policy of templates) {
    const known = new Set(policy.levels.flatMap((l) => [l.name, ...(l.aliases ?? [])].map(foldText)));
    let levelsMatched = 0;
    let rowsMatched = 0;
    for (const [k, n] of counts) {
      if (!known.has(k)) continue;
      levelsMatched++;
      rowsMatched += n;
    }
    if (levelsMatched === 0) continue;
    if (!best || levelsMatched > best.levelsMatched || (levelsMatched === best.levelsMatched && rowsMatched > best.rowsMatched)) {
      best = { policy, levelsMatched, rowsMatched };
    }
  }
  return best;
}

/** The level texts of a roster's data rows (empty when no header row is found), with the user's header mapping applied. */
export function rosterLevelTexts(input: { readonly rows: ReadonlyArray<ReadonlyArray<Cell>> }, mapping?: Readonly<Record<string, string | null>>): string[] {
  const match = findHeaderRow(input.rows, undefined, mapping);
  if (!match) return [];
  const col = match.fields.indexOf("level");
  const out: string[] = [];
  for (let i = match.index + 1; i < input.rows.length; i++) {
    const t = readText(input.rows[i]?.[col]);
    if (typeof t === "string" && t) out.push(t);
  }
  return out;
}
