/**
 * PROMO.BONUS as pure logic: the monthly performance bonus (绩效奖金) of one employee's row, as
 * the batch review pays it.
 */
import { policyName } from "../../core";
import type { FormulaEnv } from "./env";
import { notAvailable } from "./errors";
import { evaluateRecord, requireClean } from "./record";
import type { RowArgs } from "./row-functions";
import { formulaMessages } from "./messages";

/**
 * The monthly performance bonus in yuan: the amount of the highest tier of the policy's 奖金档位
 * whose level scope and criteria the row meets, 0 when none; paid whatever the promotion status.
 * @throws `#N/A` when the policy has no bonus tiers; `#VALUE!` (or `#N/A` for an unknown level)
 *   for a row with data errors, which is paid nothing until they are fixed.
 */
export function bonus(args: Omit<RowArgs, "target">, env: FormulaEnv): number {
  const { row, compiled, locale } = evaluateRecord(args, env);
  if (!compiled.bonus) {
    throw notAvailable(formulaMessages(locale).noBonusTiers(policyName(compiled.policy, locale)));
  }
  requireClean(row, locale);
  return row.bonus?.amount ?? 0;
}
