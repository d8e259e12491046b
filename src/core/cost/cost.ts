/**
 * Promotion cost (晋升成本, issue #21): for the employees a review finds 可晋升, the monthly and
 * annual cost of promoting them, and the reserve allowances of the 待空缺, by department and level.
 * A report, never a criterion: it changes no outcome.
 */
import type { Policy } from "../model/policy";
import type { PersonRef, Review, RowResult } from "../model/review";
import type { RosterInput } from "../model/roster";
import { compareCandidates } from "../review/shortlist";
import { currentPayColumn, currentPayOf, levelPayAmount, type PayBasis } from "./pay";
import { mustExist } from "../util/must";

/** Months in a year: annual figures are monthly x 12. */
export const MONTHS_PER_YEAR = 12;

/**
 * How a candidate's monthly cost was computed: `raise` = the new level's pay minus the current pay
 * (0 when already paid that much); `level_pay` / `band_min` = the new level's 月薪 / band minimum
 * (no current pay known); `no_pay` = the new level has no pay set (not costed).
 */
export type CostBasis = "raise" | "level_pay" | "band_min" | "no_pay";

/** One 可晋升 employee and what promoting them costs. */
export interface CostLine extends PersonRef {
  /** 1-based place in the vacancy ranking's order (绩效 + 技能, 绩效, 任现职, 工号) over all candidates. */
  readonly rank: number;
  /** The level promoted into: the first met target that needs no vacancy. */
  readonly target: string;
  readonly perf: number | null;
  readonly skill: number | null;
  readonly yearsInLevel: number | null;
  /** The new level's pay (月薪 or band minimum), yuan a month; null when not set. */
  readonly targetPay: number | null;
  readonly payBasis: PayBasis | null;
  /** The current pay read from the roster, or null. */
  readonly currentPay: number | null;
  /** Cost a month; null when not costed (`no_pay`). */
  readonly monthly: number | null;
  /** monthly x 12; null when not costed. */
  readonly annual: number | null;
  readonly basis: CostBasis;
}

/** Totals of a group (a department, a level). */
export interface CostGroup {
  readonly key: string;
  /** People in the group. */
  readonly count: number;
  /** People with a cost (their level has pay). */
  readonly costed: number;
  readonly monthly: number;
  readonly annual: number;
}

/** The reserve allowances (储备津贴) of the 待空缺, by department and reserve level. */
export interface AllowanceCost {
  readonly count: number;
  readonly monthly: number;
  readonly annual: number;
  readonly byDept: readonly CostGroup[];
  readonly byLevel: readonly CostGroup[];
}

/** The promotion cost of a review. */
export interface CostReport {
  /** The roster's current-pay column (header and letters), or null: then the new level's full pay is the cost. */
  readonly payColumn: { readonly header: string; readonly column: string } | null;
  /** Every 可晋升 employee, in the vacancy ranking's order. */
  readonly candidates: readonly CostLine[];
  /** Candidates whose new level has no pay set (not in the totals). */
  readonly uncosted: number;
  readonly monthlyTotal: number;
  readonly annualTotal: number;
  /** By department (in roster order of first appearance) and by new level (ladder order). */
  readonly byDept: readonly CostGroup[];
  readonly byLevel: readonly CostGroup[];
  readonly allowance: AllowanceCost;
  /** Levels promoted into that have no pay set, ladder order. */
  readonly levelsWithoutPay: readonly string[];
}

/**
 * Yuan rounded to fen, so sums of many rows print as they add up by hand.
 * @example yuan(0.1 + 0.2) //=> 0.3
 */
export function yuan(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * The target an eligible row is promoted into: its first met target that needs no vacancy (else its first met).
 * @example promotionTarget(review.rows[0]) //=> "主管"
 */
export function promotionTarget(r: RowResult): string | null {
  return (r.targets.find((t) => t.met && !t.vacancy) ?? r.targets.find((t) => t.met))?.level ?? null;
}

function group(items: ReadonlyArray<{ key: string; monthly: number | null }>, order?: readonly string[]): CostGroup[] {
  const map = new Map<string, { count: number; costed: number; monthly: number }>();
  for (const it of items) {
    const g = map.get(it.key) ?? { count: 0, costed: 0, monthly: 0 };
    g.count++;
    if (it.monthly !== null) {
      g.costed++;
      g.monthly += it.monthly;
    }
    map.set(it.key, g);
  }
  const rank = (k: string): number => (order ? (order.indexOf(k) < 0 ? Infinity : order.indexOf(k)) : 0);
  return [...map.entries()]
    .map(([key, g], i) => ({ key, i, count: g.count, costed: g.costed, monthly: yuan(g.monthly), annual: yuan(g.monthly * MONTHS_PER_YEAR) }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.i - b.i)
    .map(({ i: _i, ...g }) => g);
}

function costLine(r: RowResult, rank: number, target: string, policy: Policy, currentPay: number | null): CostLine {
  const pay = levelPayAmount(policy.levels.find((l) => l.name === target));
  const base = { rank, row: r.row, id: r.id, name: r.name, dept: r.dept, level: r.level, target, perf: r.perf, skill: r.skill, yearsInLevel: r.yearsInLevel };
  if (!pay) return { ...base, targetPay: null, payBasis: null, currentPay, monthly: null, annual: null, basis: "no_pay" };
  const monthly = currentPay === null ? pay.amount : Math.max(0, pay.amount - currentPay);
  const basis: CostBasis = currentPay !== null ? "raise" : pay.basis === "monthly" ? "level_pay" : "band_min";
  return { ...base, targetPay: pay.amount, payBasis: pay.basis, currentPay, monthly: yuan(monthly), annual: yuan(monthly * MONTHS_PER_YEAR), basis };
}

function allowanceCost(review: Pick<Review, "rows">, levelOrder: readonly string[]): AllowanceCost {
  const awaiting = review.rows.filter((r) => r.status === "awaiting_vacancy");
  const monthly = yuan(awaiting.reduce((s, r) => s + r.allowance, 0));
  return {
    count: awaiting.length,
    monthly,
    annual: yuan(monthly * MONTHS_PER_YEAR),
    byDept: group(awaiting.map((r) => ({ key: r.dept, monthly: r.allowance }))),
    byLevel: group(
      awaiting.map((r) => ({ key: r.level, monthly: r.allowance })),
      levelOrder,
    ),
  };
}

/** Options of {@link promotionCost}. */
export interface CostOptions {
  /** Header of the roster's current-pay column; default: the first of `CURRENT_PAY_HEADERS` present. */
  readonly payColumn?: string;
}

/** Thrown when `payColumn` names a column the roster does not have. */
export class PayColumnError extends Error {
  constructor(
    readonly column: string,
    readonly headers: readonly string[],
  ) {
    super(`the roster has no column "${column}"; its columns: ${headers.join(", ")}`);
    this.name = "PayColumnError";
  }
}

/**
 * The cost of promoting every 可晋升 employee of `review` (issue #21), ranked in the vacancy
 * ranking's order: a month, the new level's pay (月薪, else the band's 薪资最低) or, when the roster
 * has a current-pay column (现月薪...) and the cell is readable, the raise to reach it (never
 * below 0); a year, 12 months. Levels without pay are listed, not costed. Also the reserve
 * allowances the 待空缺 earn. Totals by department and by new level.
 * @example promotionCost(review, input, policy).monthlyTotal //=> 11600
 * @throws {@link PayColumnError} when `options.payColumn` is not a roster column
 */
export function promotionCost(review: Pick<Review, "rows" | "columns">, input: RosterInput, policy: Policy, options: CostOptions = {}): CostReport {
  const col = currentPayColumn(review, input, options.payColumn);
  if (options.payColumn !== undefined && !col) throw new PayColumnError(options.payColumn, review.columns.map((c) => c.header.trim()));
  const levelOrder = policy.levels.map((l) => l.name);
  const eligible = review.rows.filter((r) => r.status === "eligible" && promotionTarget(r) !== null).sort(compareCandidates);
  const candidates = eligible.map((r, i) => costLine(r, i + 1, mustExist(promotionTarget(r), `promotion target of row ${r.row}`), policy, currentPayOf(col, r.row)));
  const costed = candidates.filter((c) => c.monthly !== null);
  const monthlyTotal = yuan(costed.reduce((s, c) => s + (c.monthly ?? 0), 0));
  const noPay = new Set(candidates.filter((c) => c.basis === "no_pay").map((c) => c.target));
  return {
    payColumn: col ? { header: col.mapping.header.trim(), column: col.mapping.column } : null,
    candidates,
    uncosted: candidates.length - costed.length,
    monthlyTotal,
    annualTotal: yuan(monthlyTotal * MONTHS_PER_YEAR),
    byDept: group(
      candidates
        .slice()
        .sort((a, b) => a.row - b.row)
        .map((c) => ({ key: c.dept, monthly: c.monthly })),
    ),
    byLevel: group(
      candidates.map((c) => ({ key: c.target, monthly: c.monthly })),
      levelOrder,
    ),
    allowance: allowanceCost(review, levelOrder),
    levelsWithoutPay: levelOrder.filter((l) => noPay.has(l)),
  };
}
