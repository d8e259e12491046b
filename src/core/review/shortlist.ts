import type { RowResult, ShortlistEntry } from "../model/review";

/**
 * The vacancy ranking (catalogue §4, 起用方式) as a comparator: perf + skill (empty counts as 0),
 * then perf, then longer years in level, then id. Used by {@link shortlist} and by successor slates.
 * @example rows.sort(compareCandidates)
 */
export function compareCandidates(a: Pick<RowResult, "perf" | "skill" | "yearsInLevel" | "id">, b: Pick<RowResult, "perf" | "skill" | "yearsInLevel" | "id">): number {
  const ap = a.perf ?? 0;
  const bp = b.perf ?? 0;
  return (
    bp + (b.skill ?? 0) - (ap + (a.skill ?? 0)) ||
    bp - ap ||
    (b.yearsInLevel ?? -Infinity) - (a.yearsInLevel ?? -Infinity) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Ranks candidates for vacancies at `level` (catalogue §4, 起用方式): employees with a met
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
