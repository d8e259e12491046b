/**
 * Bonus tiers (绩效奖金) compiled and evaluated: the highest-amount tier whose level scope and
 * criteria hold, and the next tier up with what it still needs.
 */
import type { BonusTable, BonusTier, Criterion } from "../model/policy";
import type { CompiledCriterion } from "./compile";
import { createPathState, criterionOutcome, MET, SCORE_MISSING } from "./evaluate-table";
import type { SlotStore } from "./slot-store";

/** A tier ready to evaluate. */
export interface CompiledBonusTier {
  readonly source: BonusTier;
  readonly name: string;
  readonly amount: number;
  /** Level indexes the tier applies to, or null for every level. */
  readonly levels: ReadonlySet<number> | null;
  readonly criteria: readonly CompiledCriterion[];
}

/** The bonus tiers of a compiled policy. */
export interface CompiledBonus {
  readonly tiers: readonly CompiledBonusTier[];
  /** The tiers with their indexes by amount, highest first (equal amounts in table order). */
  readonly byAmount: readonly { readonly index: number; readonly tier: CompiledBonusTier }[];
}

/**
 * Compiles a bonus table.
 * @param criterion - compiles one criterion (and records the field it reads)
 * @param level - the level index of a name or alias; throws for an unknown one
 */
export function compileBonus(
  table: BonusTable,
  criterion: (c: Criterion, where: string) => CompiledCriterion,
  level: (name: string, where: string) => number,
): CompiledBonus {
  const tiers = table.tiers.map((t, i): CompiledBonusTier => {
    const where = `bonus.tiers[${i}] ${t.name}`;
    const scope = t.levels && t.levels.length > 0 ? new Set(t.levels.map((l) => level(l, where))) : null;
    return { source: t, name: t.name, amount: t.amount, levels: scope, criteria: t.criteria.map((c, j) => criterion(c, `${where}, criteria[${j}] ${c.field}`)) };
  });
  const byAmount = tiers.map((tier, index) => ({ index, tier })).sort((a, b) => b.tier.amount - a.tier.amount || a.index - b.index);
  return { tiers, byAmount };
}

/** True when the tier applies to level index `lv`. */
export function tierApplies(tier: CompiledBonusTier, lv: number): boolean {
  return tier.levels === null || tier.levels.has(lv);
}

/** Outcome codes (MET, BELOW, MISSING, ERROR) of a tier's criteria for row r. */
export function tierOutcomes(tier: CompiledBonusTier, s: SlotStore, r: number, asOf: number): number[] {
  const path = createPathState();
  return tier.criteria.map((c) => criterionOutcome(c, s, r, asOf, NaN, SCORE_MISSING, path));
}

/** Index of the tier paid to row r at level `lv` (highest amount whose scope and criteria hold), or -1. */
export function bonusTierOf(bonus: CompiledBonus, s: SlotStore, r: number, lv: number, asOf: number): number {
  const path = createPathState();
  for (const { index, tier } of bonus.byAmount) {
    if (!tierApplies(tier, lv)) continue;
    if (tier.criteria.every((c) => criterionOutcome(c, s, r, asOf, NaN, SCORE_MISSING, path) === MET)) return index;
  }
  return -1;
}

/**
 * The next tier up from `paid` (a tier index or -1): among the tiers that apply to `lv` and pay
 * more, the one that pays least (equal amounts: table order); -1 when there is none.
 */
export function nextTierOf(bonus: CompiledBonus, paid: number, lv: number): number {
  const floor = bonus.tiers[paid]?.amount ?? -Infinity;
  let best = -1;
  let bestAmount = Infinity;
  bonus.tiers.forEach((tier, i) => {
    if (i === paid || !tierApplies(tier, lv) || !(tier.amount > floor)) return;
    if (tier.amount < bestAmount) [best, bestAmount] = [i, tier.amount];
  });
  return best;
}
