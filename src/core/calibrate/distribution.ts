/** Scores into the bands of a target distribution (目标分布, issue #21). */
import type { TargetBand } from "../model/policy";

/** How many scores fall in a band, and their share. */
export interface BandShare {
  readonly label: string;
  readonly count: number;
  /** count / all scores (0 without scores). */
  readonly share: number;
}

/**
 * Counts scores per band: a score belongs to the first band (highest first) whose `min` it
 * reaches; the catch-all band (min null) takes the rest. Scores below every band when there is
 * no catch-all are in no band.
 * @example bandCounts([95, 80, 50], [{ label: "优秀", min: 90, share: 0.2 }, { label: "其他", min: null, share: 0.8 }]) //=> [{label:"优秀",count:1,share:1/3},{label:"其他",count:2,share:2/3}]
 */
export function bandCounts(values: readonly number[], bands: readonly TargetBand[]): BandShare[] {
  const counts = bands.map(() => 0);
  for (const v of values) {
    const i = bands.findIndex((b) => b.min === null || v >= b.min);
    if (i >= 0) counts[i] = (counts[i] ?? 0) + 1;
  }
  return bands.map((b, i) => {
    const count = counts[i] ?? 0;
    return { label: b.label, count, share: values.length > 0 ? count / values.length : 0 };
  });
}
