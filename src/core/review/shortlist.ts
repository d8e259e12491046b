import type { RowResult, ShortlistEntry } from "../model/review";

/** What the vacancy ranking reads of a candidate. */
export type RankedFields = Pick<RowResult, "id" | "perf" | "skill" | "yearsInLevel">;

/**
 * The vacancy ranking's order (docs/semantics.md §4, vacancy ranking): perf + skill (empty counts as 0) high first, then
 * perf, then longer years in level, then id. Negative when `a` ranks before `b`. Used by
 * {@link shortlist}, successor slates (`core/talent`) and the budget what-if (`core/cost`).
 * @example rows.slice().sort(compareCandidates)
 */
export function compareCandidates(a: RankedFields, b: RankedFields): number {
  const pa = a.perf ?? 0;
  const pb = b.perf ?? 0;
  return (
    pb + (b.skill ?? 0) - (pa + (a.skill ?? 0)) ||
    pb - pa ||
    (b.yearsInLevel ?? -Infinity) - (a.yearsInLevel ?? -Infinity) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Ranks candidates for vacancies at `level` (docs/semantics.md §4, vacancy ranking): employees with a met
 * target into `level` — for a reserve-fed level, the reserves awaiting that vacancy — ranked
 * by perf + skill (empty counts as 0), then perf, then longer years in level, then id.
 * The first `count` are shortlisted; the rest follow, ranked, as the bench.
 * @param rows - review rows (error rows never qualify)
 * @param level - canonical name of the level with the vacancy
 * @param count - number of places
 */
export function shortlist(rows: readonly RowResult[], level: string, count: number): ShortlistEntry[] {
  const candidates = rows.filter((r) => r.status !== "error" && r.targets.some((t) => t.level === level && t.met));
  const ranked = candidates
    .map((r) => ({ r, perf: r.perf ?? 0, skill: r.skill ?? 0 }))
    .sort((a, b) => compareCandidates(a.r, b.r));
  return ranked.map(({ r, perf, skill }, i) => ({
    rank: i + 1,
    row: r.row,
    id: r.id,
    name: r.name,
    dept: r.dept,
    level: r.level,
    perf,
    skill,
    total: perf + skill,
    yearsInLevel: r.yearsInLevel,
    shortlisted: i < count,
  }));
}
