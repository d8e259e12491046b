/**
 * Vacancy cascade: appointing the shortlisted candidates for a vacancy opens places at the
 * levels they leave (a 储备店长 appointed 四级店长 frees a 储备店长 place, filled from the 领班
 * who meet that step, which frees 领班 places, filled from the 储备领班 awaiting them...).
 */
import { resolveLevel, type CompiledPolicy } from "../evaluate/compile";
import type { Review, ShortlistEntry } from "../model/review";
import { shortlist } from "../review/shortlist";

/** One link of the chain: places at a level and who fills them. */
export interface CascadeStep {
  /** 1-based position in the chain. */
  readonly step: number;
  readonly level: string;
  readonly places: number;
  /** Ids of the people whose appointment opened these places; empty for the first step. */
  readonly openedBy: readonly string[];
  /** Every candidate, ranked as `shortlist` ranks them (the appointed ones first). */
  readonly candidates: readonly ShortlistEntry[];
  /** The candidates appointed: the first `places`. */
  readonly appointed: readonly ShortlistEntry[];
  /** Places no internal candidate fills (to hire or to leave open). */
  readonly unfilled: number;
}

/** Thrown when the level of the first vacancy is not a level of the policy. */
export class CascadeLevelError extends Error {
  constructor(readonly level: string) {
    super(`"${level}" is not a level of the policy`);
    this.name = "CascadeLevelError";
  }
}

/**
 * The chain of vacancies that `count` places at `level` set off: step 1 shortlists for `level`
 * (catalogue §4 起用方式: candidates with a met target into the level, ranked by perf + skill,
 * perf, years in level, id) and appoints the first `count`; each appointed person leaves their
 * current level, which opens as many places there, filled the same way; and so on down the
 * ladder until a level has no candidate left. Nobody is appointed twice. Places opened at one
 * level by people from several levels become one step per level they leave, the higher level first.
 * @param review - a finished review (its rows are read)
 * @param compiled - the policy of the review (to resolve `level`, an alias included)
 * @throws {@link CascadeLevelError} for an unknown level
 */
export function cascade(review: Pick<Review, "rows">, compiled: CompiledPolicy, level: string, count: number): CascadeStep[] {
  const start = compiled.levels[resolveLevel(compiled, level)];
  if (!start) throw new CascadeLevelError(level);
  const order = (name: string): number => resolveLevel(compiled, name);
  const taken = new Set<number>();
  const steps: CascadeStep[] = [];
  const queue: Array<{ level: string; places: number; openedBy: string[] }> = [{ level: start.name, places: count, openedBy: [] }];
  // Each appointment moves one person up, so a chain cannot be longer than the roster.
  while (steps.length <= review.rows.length) {
    const next = queue.shift();
    if (next === undefined) break;
    const rows = review.rows.filter((r) => !taken.has(r.row));
    const candidates = shortlist(rows, next.level, next.places);
    const appointed = candidates.filter((c) => c.shortlisted);
    for (const c of appointed) taken.add(c.row);
    steps.push({ step: steps.length + 1, ...next, candidates, appointed, unfilled: next.places - appointed.length });
    const byLevel = new Map<string, string[]>();
    for (const c of appointed) byLevel.set(c.level, [...(byLevel.get(c.level) ?? []), c.id]);
    const opened = [...byLevel].sort(([a], [b]) => order(b) - order(a));
    for (const [left, ids] of opened) queue.push({ level: left, places: ids.length, openedBy: ids });
  }
  return steps;
}
