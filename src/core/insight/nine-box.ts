/**
 * 9-box (九宫格): employees placed by performance (绩效) and potential (发展潜力), each cut into
 * low / mid / high bands.
 */
import type { PersonRef, Review } from "../model/review";
import type { RosterInput } from "../model/roster";
import { inLocale, type Locale } from "../i18n/locale";
import { isFailure } from "../read/failure";
import { readScore } from "../read/number";
import { findRosterColumn } from "./roster-column";

/** A band of one axis. */
export type Band = "low" | "mid" | "high";

/** Band limits `[mid, high]`: low < mid <= mid band < high <= high band. */
export type BandLimits = readonly [number, number];

/** The cut points of both axes. */
export interface NineBoxThresholds {
  readonly perf: BandLimits;
  readonly potential: BandLimits;
}

/** Default cut points for both axes: low < 70 <= mid < 85 <= high. */
export const DEFAULT_NINE_BOX: NineBoxThresholds = { perf: [70, 85], potential: [70, 85] };

/** A person in a box. */
export interface NineBoxPerson extends PersonRef {
  readonly perf: number;
  readonly potential: number;
}

/** One of the nine boxes. */
export interface NineBoxCell {
  readonly perf: Band;
  readonly potential: Band;
  /** Conventional box name (明星 / Star for high-high). */
  readonly name: { readonly zh: string; readonly en: string };
  readonly people: readonly NineBoxPerson[];
}

/** Why a row is not placed. */
export type UnplacedReason = "error" | "missing_perf" | "missing_potential";

/** The 9-box of a review. */
export interface NineBox {
  readonly thresholds: NineBoxThresholds;
  /** Header of the potential column as written, or null when the roster has none. */
  readonly potentialColumn: string | null;
  /** The nine boxes as drawn: high potential first (top row), low performance first (left). */
  readonly boxes: readonly NineBoxCell[];
  readonly placed: number;
  readonly unplaced: ReadonlyArray<{ readonly row: number; readonly id: string; readonly name: string; readonly reason: UnplacedReason }>;
}

const NAMES: Readonly<Record<`${Band}/${Band}`, { zh: string; en: string }>> = {
  "high/high": { zh: "明星", en: "Star" },
  "mid/high": { zh: "潜力之星", en: "High potential" },
  "low/high": { zh: "待琢之玉", en: "Enigma" },
  "high/mid": { zh: "绩效之星", en: "High performer" },
  "mid/mid": { zh: "中坚力量", en: "Core player" },
  "low/mid": { zh: "待提升", en: "Inconsistent player" },
  "high/low": { zh: "专业骨干", en: "Trusted professional" },
  "mid/low": { zh: "稳定贡献者", en: "Effective employee" },
  "low/low": { zh: "待改进", en: "Underperformer" },
};

const BANDS: readonly Band[] = ["low", "mid", "high"];

/** The band of a score: below `limits[0]` low, below `limits[1]` mid, else high. */
export function bandOf(value: number, limits: BandLimits): Band {
  return value < limits[0] ? "low" : value < limits[1] ? "mid" : "high";
}

/** The conventional name of a box, by performance and potential band. */
export function boxName(perf: Band, potential: Band, locale: Locale): string {
  const n = NAMES[`${perf}/${potential}`];
  return inLocale(n, locale);
}

/** Thrown for band limits that are not 0 <= mid <= high <= 100. */
export class NineBoxThresholdError extends Error {
  /**
   * @param axis - the axis whose limits are wrong
   * @param limits - the limits given
   */
  constructor(
    readonly axis: "perf" | "potential",
    readonly limits: BandLimits,
  ) {
    super(`${axis === "perf" ? "performance" : "potential"} thresholds ${limits[0]},${limits[1]}: need 0 <= mid <= high <= 100`);
    this.name = "NineBoxThresholdError";
  }
}

function checkLimits(axis: "perf" | "potential", l: BandLimits): void {
  if (!(Number.isFinite(l[0]) && Number.isFinite(l[1]) && 0 <= l[0] && l[0] <= l[1] && l[1] <= 100)) {
    throw new NineBoxThresholdError(axis, l);
  }
}

/**
 * Places every employee of a review in the 9-box. Performance is the review's 绩效; potential
 * is read from the roster column mapped to 发展潜力 (or `potentialColumn`, a header text), as a
 * score 0-100. Rows with 数据错误 and rows without either score are listed as unplaced;
 * 已最高 rows are placed like everyone else.
 * @throws {@link NineBoxThresholdError} for unusable thresholds
 */
export function nineBox(
  review: Pick<Review, "rows" | "columns">,
  input: RosterInput,
  thresholds: NineBoxThresholds = DEFAULT_NINE_BOX,
  potentialColumn?: string,
): NineBox {
  checkLimits("perf", thresholds.perf);
  checkLimits("potential", thresholds.potential);
  const col = findRosterColumn(review, input, potentialColumn ?? "potential");
  const boxes = new Map<string, NineBoxPerson[]>();
  const unplaced: Array<NineBox["unplaced"][number]> = [];
  let placed = 0;
  for (const r of review.rows) {
    const who = { row: r.row, id: r.id, name: r.name };
    if (r.status === "error") {
      unplaced.push({ ...who, reason: "error" });
      continue;
    }
    if (r.perf === null) {
      unplaced.push({ ...who, reason: "missing_perf" });
      continue;
    }
    const p = col ? readScore(col.cell(r.row)) : null;
    if (p === null || isFailure(p)) {
      unplaced.push({ ...who, reason: "missing_potential" });
      continue;
    }
    const k = `${bandOf(r.perf, thresholds.perf)}/${bandOf(p, thresholds.potential)}`;
    const list = boxes.get(k) ?? [];
    list.push({ ...who, dept: r.dept, level: r.level, perf: r.perf, potential: p });
    boxes.set(k, list);
    placed++;
  }
  const cells: NineBoxCell[] = [];
  for (const potential of [...BANDS].reverse()) {
    for (const perf of BANDS) cells.push({ perf, potential, name: NAMES[`${perf}/${potential}`], people: boxes.get(`${perf}/${potential}`) ?? [] });
  }
  return { thresholds, potentialColumn: col ? col.mapping.header.trim() : null, boxes: cells, placed, unplaced };
}
