import type { RowResult, ShortlistEntry } from "../model/review";

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
    .sort(
      (a, b) =>
        b.perf + b.skill - (a.perf + a.skill) ||
        b.perf - a.perf ||
        (b.r.yearsInLevel ?? -Infinity) - (a.r.yearsInLevel ?? -Infinity) ||
        (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0),
    );
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
