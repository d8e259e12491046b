/**
 * PROMO.COST as pure logic: what promoting one employee costs a month (晋升成本, issue #21), as
 * `promo cost`, the 晋升汇总 block and the pane cost it. The cost rule is the core's
 * (`costRow` / `costReport` of `src/core/cost`): this file only picks the row, the target and the
 * current-pay column.
 */
import { columnFinder, costReport, costRow, currentPayColumn, policyName } from "../../core";
import { must } from "../../core/util/must";
import { isOmitted } from "./cells";
import type { FormulaEnv } from "./env";
import { notAvailable } from "./errors";
import { formulaMessages } from "./messages";
import { evaluateRecord, requireClean } from "./record";
import { next, type RowArgs } from "./row-functions";

/**
 * The monthly cost in yuan of promoting a 可晋升 (eligible) employee, exactly as `promo cost`
 * computes it: the new level's 月薪, else its band minimum (薪资最低); when `headers` has a
 * current-pay column (现月薪, 当前月薪, 月薪... the core's `CURRENT_PAY_HEADERS`) and the record's
 * cell there is a readable amount, the raise to reach the new level's pay, never below 0. The new
 * level is the one the core promotes into (the first met step that needs no vacancy), or `target`.
 *
 * Everyone else gives 0, not `#N/A`: someone not eligible (未达标), at the top (已最高) or awaiting
 * a vacancy (待空缺, whose cost is PROMO.ALLOWANCE), and, with a `target`, anyone not eligible for
 * that level now. So `=SUM(...)` over the column is the month's cost of the round, the
 * `monthlyTotal` of `promo cost`, with no IFERROR. A missing pay is an error, not 0, precisely so
 * that such a SUM cannot quietly leave someone out.
 * @example
 * cost({ record: [[230124, "丁梓涵", ...]], headers: [["工号", "姓名", ..., "现月薪"]], asOf: 46349 }, env) //=> 700 (领班 -> 储备店长: 5800 - 5100)
 * @throws `#N/A` when the level an eligible employee goes into has no pay in the policy (neither
 *   月薪 nor 薪资最低), or `target` is not a next level; `#VALUE!` (`#N/A` for an unknown level)
 *   for a row with data errors, as the other functions.
 */
export function cost(args: RowArgs, env: FormulaEnv): number {
  const e = evaluateRecord(args, env);
  requireClean(e.row, e.locale);
  const named = isOmitted(args.target ?? null) ? null : next(args, env); // #N/A when not a next level
  const pay = currentPayColumn(columnFinder({ columns: e.columns }, e.input));
  const kept = costRow(e.row, pay);
  if (kept?.status !== "eligible" || kept.target === null) return 0;
  let target = kept.target;
  if (named !== null) {
    const step = e.row.targets.find((t) => t.level === named);
    if (!step?.met || step.vacancy) return 0;
    target = named;
  }
  const line = must(costReport([{ ...kept, target }], e.compiled.policy, pay).candidates[0], "the record's cost line");
  if (line.monthly === null) throw notAvailable(formulaMessages(e.locale).noLevelPay(target, policyName(e.compiled.policy, e.locale)));
  return line.monthly;
}
