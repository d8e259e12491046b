/**
 * Budget what-if (预算模拟, issue #21): with a monthly budget, who can be promoted within it in the
 * vacancy ranking's order, and who is left for the next round.
 */
import { yuan, type CostLine, type CostReport } from "./cost";

/** Why a candidate is left for the next round. */
export type LeftReason = "over_budget" | "no_pay";

/** A candidate left for the next round, with the budget that remained at their turn. */
export interface LeftCandidate {
  readonly line: CostLine;
  readonly reason: LeftReason;
  /** What remained of the budget when their turn came. */
  readonly remainingAtTurn: number;
}

/** The budget what-if of a cost report. */
export interface BudgetResult {
  /** Yuan a month. */
  readonly budget: number;
  /** Promoted within the budget, in ranking order. */
  readonly selected: readonly CostLine[];
  /** Left for the next round, in ranking order. */
  readonly left: readonly LeftCandidate[];
  /** Sum of the selected's monthly cost. */
  readonly spent: number;
  /** budget - spent. */
  readonly remaining: number;
  /** Selected candidates ranked below someone left over budget (a cheaper promotion went first). */
  readonly passedOver: readonly string[];
}

/** Cents, so that sums of money compare exactly (a budget met to the fen is met). */
const fen = (n: number): number => Math.round(n * 100);

/**
 * Goes down the candidates in ranking order: each one whose monthly cost fits what remains of the
 * budget is promoted and the cost taken off; one whose cost is more than what remains, or whose
 * new level has no pay set, is left for the next round, and the next one is tried. A cost exactly
 * equal to what remains fits.
 * @example budgetWhatIf(promotionCost(review, input, policy), 20000).remaining //=> 2400
 */
export function budgetWhatIf(report: Pick<CostReport, "candidates">, budget: number): BudgetResult {
  let remaining = fen(budget);
  const selected: CostLine[] = [];
  const left: LeftCandidate[] = [];
  const passedOver: string[] = [];
  for (const line of report.candidates) {
    const at = remaining / 100;
    if (line.monthly === null) {
      left.push({ line, reason: "no_pay", remainingAtTurn: at });
    } else if (fen(line.monthly) <= remaining) {
      remaining -= fen(line.monthly);
      selected.push(line);
      if (left.some((l) => l.reason === "over_budget")) passedOver.push(line.id);
    } else {
      left.push({ line, reason: "over_budget", remainingAtTurn: at });
    }
  }
  return { budget, selected, left, spent: yuan(fen(budget) / 100 - remaining / 100), remaining: remaining / 100, passedOver };
}
