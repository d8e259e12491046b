import { STATUSES, type RowResult, type StatusCounts, type Summary } from "../model/review";
import type { CompiledPolicy } from "../evaluate/compile";
import { TextMemo } from "../util/text-memo";
import { mustExist } from "../util/must";

/** Zero counts for every status. */
export function emptyCounts(): StatusCounts {
  return { eligible: 0, awaiting_vacancy: 0, not_eligible: 0, top: 0, error: 0 };
}

function toCounts(counts: ArrayLike<number>): StatusCounts {
  const out = emptyCounts();
  STATUSES.forEach((s, i) => (out[s] = counts[i] ?? 0));
  return out;
}

/**
 * Accumulates summary counts row by row; statuses are indexes into STATUSES. Rows of a known
 * level are counted by level index (`levelNames` in ladder order), others by their level text.
 */
export class SummaryBuilder {
  private readonly byStatus = new Float64Array(STATUSES.length);
  private readonly known: Float64Array;
  private readonly levels = new Map<string, number[]>();
  /** Department names by code, and counts by code and status. */
  private deptNames: readonly string[];
  private readonly deptCounts: number[][] = [];
  /** The first row counted per department code ({@link addAll}): departments are listed in that order. */
  private readonly deptFirst: number[] = [];
  private readonly deptCodes: TextMemo<number> | null;
  private total = 0;
  private allowanceTotal = 0;
  private bonusTiers: { readonly tier: string; readonly amount: number; count: number }[] | null = null;
  private bonusTotal = 0;

  /**
   * @param levelNames - the policy's levels in ladder order
   * @param deptNames - department names by code, for rows counted with {@link addCoded} (the
   *   caller's list, read when the summary is built); without, departments are counted by text
   */
  constructor(
    private readonly levelNames: readonly string[] = [],
    deptNames?: readonly string[],
  ) {
    this.known = new Float64Array(levelNames.length * STATUSES.length);
    if (deptNames) {
      this.deptNames = deptNames;
      this.deptCodes = null;
    } else {
      const names: string[] = [];
      this.deptNames = names;
      this.deptCodes = new TextMemo((text) => names.push(text) - 1);
    }
  }

  /** Starts counting bonuses, for a policy with bonus tiers (names and amounts in policy order). */
  withBonus(tiers: ReadonlyArray<{ readonly name: string; readonly amount: number }>): this {
    this.bonusTiers = tiers.map((t) => ({ tier: t.name, amount: t.amount, count: 0 }));
    return this;
  }

  /** Counts one row's bonus: a tier index, or a negative number for none. */
  addBonus(tier: number): void {
    const t = tier >= 0 ? this.bonusTiers?.[tier] : undefined;
    if (!t) return;
    t.count++;
    this.bonusTotal += t.amount;
  }

  /** Counts one row; `levelIndex` is its index in `levelNames`, or -1 to count it by `level`. */
  add(status: number, level: string, dept: string, allowance: number, levelIndex = -1): void {
    this.addCoded(status, level, mustExist(this.deptCodes, "department texts (a builder given deptNames counts codes)").get(dept), allowance, levelIndex);
  }

  /** Counts one row whose department is given by its code (see the constructor). */
  addCoded(status: number, level: string, deptCode: number, allowance: number, levelIndex = -1): void {
    this.total++;
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: status indexes STATUSES, the width of every count array
    this.byStatus[status]!++;
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: levelIndex is checked against the level count, status indexes STATUSES
    if (levelIndex >= 0 && levelIndex < this.levelNames.length) this.known[levelIndex * STATUSES.length + status]!++;
    else SummaryBuilder.bump(this.levels, level, status);
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: status indexes STATUSES, the width of every count array
    (this.deptCounts[deptCode] ??= new Array<number>(STATUSES.length).fill(0))[status]!++;
    this.allowanceTotal += allowance;
  }

  /**
   * Counts every row r < `status.length` with `skip[r] !== 1` as {@link addCoded} would, in one
   * pass over the review's columns: `level[r]` a level index or -1 (then counted by
   * `levelText(r)`), `dept[r]` a code into the constructor's `deptNames`.
   */
  /* eslint-disable @typescript-eslint/no-non-null-assertion -- per-cell hot loop: r < status.length, the length of every row column; st indexes STATUSES; lv is checked against the level count; a department code is below deptNames.length */
  addAll(status: Uint8Array, level: Int32Array, dept: Int32Array, allowance: Float64Array, skip: Uint8Array, levelText: (r: number) => string): void {
    const width = STATUSES.length;
    const levels = this.levelNames.length;
    const byDept = new Float64Array(this.deptNames.length * width);
    const first = new Float64Array(this.deptNames.length).fill(Infinity);
    const known = this.known;
    const byStatus = this.byStatus;
    let total = 0;
    let allowanceTotal = 0;
    for (let r = 0; r < status.length; r++) {
      if (skip[r] === 1) continue;
      const st = status[r]!;
      const lv = level[r]!;
      total++;
      byStatus[st]!++;
      if (lv >= 0 && lv < levels) known[lv * width + st]!++;
      else SummaryBuilder.bump(this.levels, levelText(r), st);
      const code = dept[r]!;
      byDept[code * width + st]!++;
      if (r < first[code]!) first[code] = r;
      allowanceTotal += allowance[r]!;
    }
    this.total += total;
    this.allowanceTotal += allowanceTotal;
    for (let code = 0; code < this.deptNames.length; code++) {
      for (let st = 0; st < width; st++) {
        const c = byDept[code * width + st]!;
        if (c > 0) (this.deptCounts[code] ??= new Array<number>(width).fill(0))[st]! += c;
      }
      if (first[code]! < (this.deptFirst[code] ?? Infinity)) this.deptFirst[code] = first[code]!;
    }
  }
  /* eslint-enable @typescript-eslint/no-non-null-assertion */

  private static bump(map: Map<string, number[]>, key: string, status: number): void {
    let counts = map.get(key);
    if (!counts) map.set(key, (counts = new Array<number>(STATUSES.length).fill(0)));
    counts[status] = (counts[status] ?? 0) + 1;
  }

  /** The summary, levels in `levelOrder` (unknown levels last), departments in first-seen order. */
  build(levelOrder: readonly string[]): Summary {
    const width = STATUSES.length;
    this.levelNames.forEach((name, i) => {
      const counts = this.known.subarray(i * width, (i + 1) * width);
      if (counts.some((c) => c > 0)) {
        const merged = this.levels.get(name) ?? new Array<number>(width).fill(0);
        counts.forEach((c, k) => (merged[k] = (merged[k] ?? 0) + c));
        this.levels.set(name, merged);
      }
    });
    this.known.fill(0);
    const order = new Map(levelOrder.map((l, i) => [l, i]));
    const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
    const byLevel = [...this.levels.entries()]
      .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))
      .map(([level, c]) => ({ level, counts: toCounts(c), total: sum(c) }));
    // By first row, whatever order the codes were given in.
    const codes = this.deptNames.map((dept, code) => ({ dept, code })).sort((a, b) => (this.deptFirst[a.code] ?? a.code) - (this.deptFirst[b.code] ?? b.code) || a.code - b.code);
    const byDept = codes.flatMap(({ dept, code }) => {
      const c = this.deptCounts[code];
      return c ? [{ dept, counts: toCounts(c), total: sum(c) }] : [];
    });
    const summary: Summary = { total: this.total, byStatus: toCounts(this.byStatus), byLevel, byDept, allowanceTotal: this.allowanceTotal };
    if (!this.bonusTiers) return summary;
    const bonusByTier = this.bonusTiers.map((t) => ({ tier: t.tier, amount: t.amount, count: t.count, total: t.count * t.amount }));
    return { ...summary, bonusTotal: this.bonusTotal, bonusByTier };
  }
}

/** Counts by status, by level (ladder order, unknown levels last) and by department of review rows. */
export function summarize(rows: readonly RowResult[], compiled: CompiledPolicy): Summary {
  const b = new SummaryBuilder();
  const tiers = compiled.bonus?.tiers;
  if (tiers) b.withBonus(tiers);
  for (const r of rows) {
    b.add(STATUSES.indexOf(r.status), r.level, r.dept, r.allowance);
    if (tiers) b.addBonus(tiers.findIndex((t) => t.name === r.bonus?.tier));
  }
  return b.build(compiled.levels.map((l) => l.name));
}
