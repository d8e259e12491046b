import { must } from "../util/must";
/**
 * The significance test of the calibration check (issue #21): the two-sided Mann-Whitney U
 * (Wilcoxon rank-sum) test of one group against the rest, with mid-ranks for ties. Exact — the
 * permutation distribution of the group's rank sum, ties included, counted over every way of
 * choosing the group's size from everyone — when that count is small enough to do (always for
 * small groups); else the normal approximation with the tie correction and a continuity
 * correction of 0.5. Deterministic: no sampling.
 */

/** How the p-value was computed. */
export type RankTestMethod = "exact" | "normal";

/** A test result: two-sided p-value and the method. */
export interface RankTest {
  readonly p: number;
  readonly method: RankTestMethod;
  /** Rank sum of the group (mid-ranks), for the record. */
  readonly rankSum: number;
}

/** Work bound of the exact count (items x group size x rank-sum range); beyond it, the normal approximation. */
export const EXACT_WORK_LIMIT = 60_000_000;

/**
 * Doubled mid-ranks (integers) of `values`, in their order.
 * @example doubledMidRanks([10, 20, 20, 30]) //=> [2, 5, 5, 8]
 */
export function doubledMidRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++;
    for (const [, at] of order.slice(i, j + 1)) ranks[at] = i + j + 2; // 2 x mid-rank (i+1 + j+1)/2
    i = j + 1;
  }
  return ranks;
}

/** The exact distribution of the sum of `k` of the doubled ranks, as counts by sum. */
function sumCounts(ranks: readonly number[], k: number): Float64Array[] {
  const max = ranks.slice().sort((a, b) => b - a).slice(0, k).reduce((s, r) => s + r, 0);
  const f = Array.from({ length: k + 1 }, () => new Float64Array(max + 1));
  must(f[0], "count row 0")[0] = 1;
  for (const r of ranks) {
    for (let j = k; j >= 1; j--) {
      const to = must(f[j], `count row ${j}`);
      const from = must(f[j - 1], `count row ${j - 1}`);
      for (let s = max; s >= r; s--) {
        const c = from[s - r] ?? 0;
        if (c > 0) to[s] = (to[s] ?? 0) + c;
      }
    }
  }
  return f;
}

function exactP(ranks: readonly number[], inGroup: readonly boolean[], n1: number): number {
  const n = ranks.length;
  // Count with the smaller side: the rest's rank sum is the total minus the group's.
  const small = Math.min(n1, n - n1);
  const useGroup = small === n1;
  const t = ranks.reduce((s, r, i) => s + (inGroup[i] === useGroup ? r : 0), 0);
  const counts = must(sumCounts(ranks, small)[small], `count row ${small}`);
  let total = 0;
  let low = 0;
  let high = 0;
  counts.forEach((c, s) => {
    total += c;
    if (s <= t) low += c;
    if (s >= t) high += c;
  });
  return Math.min(1, (2 * Math.min(low, high)) / total);
}

/** erfc(x), Chebyshev fit (Numerical Recipes' erfccheb), relative error below 1.2e-7. */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

function normalP(ranks: readonly number[], inGroup: readonly boolean[], n1: number): number {
  const n = ranks.length;
  const n2 = n - n1;
  const w = ranks.reduce((s, r, i) => s + (inGroup[i] ? r : 0), 0) / 2;
  const ties = new Map<number, number>();
  for (const r of ranks) ties.set(r, (ties.get(r) ?? 0) + 1);
  const tieSum = [...ties.values()].reduce((s, t) => s + (t * t * t - t), 0);
  const variance = ((n1 * n2) / 12) * (n + 1 - tieSum / (n * (n - 1)));
  if (!(variance > 0)) return 1;
  const z = Math.max(0, Math.abs(w - (n1 * (n + 1)) / 2) - 0.5) / Math.sqrt(variance);
  return Math.min(1, erfc(z / Math.SQRT2));
}

/**
 * Two-sided Mann-Whitney U test of `group` against `rest`: exact when the count is within
 * {@link EXACT_WORK_LIMIT}, else the normal approximation. Null when either side is empty.
 * @example rankTest([90, 92, 95], [70, 72, 75, 80, 81]) //=> { p: 0.0357..., method: "exact", rankSum: 21 }
 */
export function rankTest(group: readonly number[], rest: readonly number[]): RankTest | null {
  if (group.length === 0 || rest.length === 0) return null;
  const values = [...group, ...rest];
  const inGroup = values.map((_, i) => i < group.length);
  const ranks = doubledMidRanks(values);
  const n = values.length;
  const small = Math.min(group.length, rest.length);
  const rankSum = ranks.slice(0, group.length).reduce((s, r) => s + r, 0) / 2;
  const work = n * small * (2 * n * small);
  if (work <= EXACT_WORK_LIMIT) return { p: exactP(ranks, inGroup, group.length), method: "exact", rankSum };
  return { p: normalP(ranks, inGroup, group.length), method: "normal", rankSum };
}
