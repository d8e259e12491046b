/**
 * PROMO.BONUS as pure logic: the monthly performance bonus (绩效奖金) of one employee's row, as
 * the batch review pays it.
 */
import type { FormulaEnv } from "./env";
import { notAvailable } from "./errors";
import { evaluateRecord, requireClean } from "./record";
import type { RowArgs } from "./row-functions";

/**
 * The monthly performance bonus in yuan: the amount of the highest tier of the policy's 奖金档位
 * whose level scope and criteria the row meets, 0 when none; paid whatever the promotion status.
 * @throws `#N/A` when the policy has no bonus tiers; `#VALUE!` (or `#N/A` for an unknown level)
 *   for a row with data errors, which is paid nothing until they are fixed.
 */
export function bonus(args: Omit<RowArgs, "target">, env: FormulaEnv): number {
  const { row, compiled, locale } = evaluateRecord(args, env);
  if (!compiled.bonus) {
    const name = locale === "zh-CN" ? compiled.policy.name : compiled.policy.nameEn;
    throw notAvailable(
      locale === "zh-CN"
        ? `方案“${name}”没有奖金档位：请在工作簿中添加「奖金档位」表（见 promo policy export）`
        : `The policy "${name}" has no bonus tiers: add a "Bonus tiers" sheet to the workbook (see promo policy export)`,
    );
  }
  requireClean(row, locale);
  return row.bonus?.amount ?? 0;
}
