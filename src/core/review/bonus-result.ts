/**
 * The monthly performance bonus of each reviewed row (绩效奖金): which tier is paid, and for the
 * next tier up what is still missing, in the catalogue §7 `Unmet` form.
 */
import { bonusTierOf, nextTierOf, tierOutcomes, type CompiledBonus } from "../evaluate/bonus";
import type { CompiledPolicy } from "../evaluate/compile";
import { ERROR, MET, MISSING, statusCode } from "../evaluate/evaluate-table";
import type { SlotStore } from "../evaluate/slot-store";
import type { BonusResult, Unmet } from "../model/review";
import { actualOf, type MaterializeContext } from "./materialize";

const ERROR_STATUS = statusCode("error");
/** `paid` code of a 数据错误 row. */
const ERROR_ROW = -2;

/**
 * The tier paid to each row: a tier index, -1 for none, -2 for a 数据错误 row (no bonus).
 * Status does not matter otherwise: the bonus is an incentive, not a promotion criterion.
 */
export function payBonuses(
  bonus: CompiledBonus,
  store: SlotStore,
  level: Int32Array,
  status: Uint8Array,
  skip: Uint8Array,
  asOf: number,
): Int32Array {
  const paid = new Int32Array(level.length).fill(-1);
  for (let r = 0; r < level.length; r++) {
    if (skip[r] === 1) continue;
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: r < level.length
    paid[r] = status[r] === ERROR_STATUS || level[r]! < 0 ? ERROR_ROW : bonusTierOf(bonus, store, r, level[r]!, asOf);
  }
  return paid;
}

/** The yuan a row is paid (0 for none or an error row). */
export function paidAmount(bonus: CompiledBonus, paid: number): number {
  return bonus.tiers[paid]?.amount ?? 0;
}

/** Builds the bonus result of data row `r` from the tiers paid by {@link payBonuses}. */
export function bonusResultOf(ctx: MaterializeContext, compiled: CompiledPolicy & { readonly bonus: CompiledBonus }, paid: Int32Array, r: number): BonusResult {
  const bonus = compiled.bonus;
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: r is a data row, paid has one entry per data row
  const p = paid[r]!;
  if (p === ERROR_ROW) return { tier: null, amount: 0, next: null, error: true };
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: r is a data row, level has one entry per data row
  const lv = ctx.level[r]!;
  const n = nextTierOf(bonus, p, lv);
  let next: BonusResult["next"] = null;
  const tier = bonus.tiers[n];
  if (tier) {
    const outcomes = tierOutcomes(tier, ctx.store, r, ctx.asOf);
    const unmet: Unmet[] = [];
    tier.criteria.forEach((c, j) => {
      const out = outcomes[j];
      if (out === MET) return;
      const reason = out === MISSING ? "missing" : out === ERROR ? "error" : "below";
      unmet.push({ field: c.field, op: c.op, required: c.source.value, actual: reason === "below" ? actualOf(c, ctx, r, NaN) : null, reason });
    });
    next = { tier: tier.name, amount: tier.amount, unmet };
  }
  return { tier: bonus.tiers[p]?.name ?? null, amount: paidAmount(bonus, p), next, error: false };
}
