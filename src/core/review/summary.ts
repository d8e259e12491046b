import { STATUSES, type RowResult, type StatusCounts, type Summary } from "../model/review";
import type { CompiledPolicy } from "../evaluate/compile";

/** Zero counts for every status. */
export function emptyCounts(): StatusCounts {
  return { eligible: 0, awaiting_vacancy: 0, not_eligible: 0, top: 0, error: 0 };
}

function toCounts(counts: ArrayLike<number>): StatusCounts {
  const out = emptyCounts();
  STATUSES.forEach((s, i) => (out[s] = counts[i]!));
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
  private readonly depts = new Map<string, number[]>();
  private lastDept: string | null = null;
  private lastDeptCounts: number[] = [];
  private total = 0;
  private allowanceTotal = 0;

  constructor(private readonly levelNames: readonly string[] = []) {
    this.known = new Float64Array(levelNames.length * STATUSES.length);
  }

  /** Counts one row; `levelIndex` is its index in `levelNames`, or -1 to count it by `level`. */
  add(status: number, level: string, dept: string, allowance: number, levelIndex = -1): void {
    this.total++;
    this.byStatus[status]!++;
    if (levelIndex >= 0 && levelIndex < this.levelNames.length) this.known[levelIndex * STATUSES.length + status]!++;
    else SummaryBuilder.bump(this.levels, level, status);
    if (dept !== this.lastDept) {
      let counts = this.depts.get(dept);
      if (!counts) this.depts.set(dept, (counts = new Array<number>(STATUSES.length).fill(0)));
      this.lastDept = dept;
      this.lastDeptCounts = counts;
    }
    this.lastDeptCounts[status]!++;
    this.allowanceTotal += allowance;
  }

  private static bump(map: Map<string, number[]>, key: string, status: number): void {
    let counts = map.get(key);
    if (!counts) map.set(key, (counts = new Array<number>(STATUSES.length).fill(0)));
    counts[status]!++;
  }

  /** The summary, levels in `levelOrder` (unknown levels last), departments in first-seen order. */
  build(levelOrder: readonly string[]): Summary {
    const width = STATUSES.length;
    this.levelNames.forEach((name, i) => {
      const counts = this.known.subarray(i * width, (i + 1) * width);
      if (counts.some((c) => c > 0)) {
        const merged = this.levels.get(name) ?? new Array<number>(width).fill(0);
        counts.forEach((c, k) => (merged[k] = merged[k]! + c));
        this.levels.set(name, merged);
      }
    });
    this.known.fill(0);
    const order = new Map(levelOrder.map((l, i) => [l, i]));
    const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
    const byLevel = [...this.levels.entries()]
      .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))
      .map(([level, c]) => ({ level, counts: toCounts(c), total: sum(c) }));
    const byDept = [...this.depts.entries()].map(([dept, c]) => ({ dept, counts: toCounts(c), total: sum(c) }));
    return { total: this.total, byStatus: toCounts(this.byStatus), byLevel, byDept, allowanceTotal: this.allowanceTotal };
  }
}

/** Counts by status, by level (ladder order, unknown levels last) and by department of review rows. */
export function summarize(rows: readonly RowResult[], compiled: CompiledPolicy): Summary {
  const b = new SummaryBuilder();
  for (const r of rows) b.add(STATUSES.indexOf(r.status), r.level, r.dept, r.allowance);
  return b.build(compiled.levels.map((l) => l.name));
}
