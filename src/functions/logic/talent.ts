/**
 * PROMO.READINESS and PROMO.PLAN as pure logic: an employee's readiness band (准备度) and
 * development plan (个人发展计划) from one roster row, as `promo pipeline` and `promo plan` give them.
 */
import { bandLabel, planSentence, planTarget, rowReadiness, talentSettings, timeDates, type Locale, type PlanTarget, type TargetReadiness } from "../../core";
import { isOmitted } from "./cells";
import { notAvailable } from "./errors";
import { evaluateRecord, requireClean, type EvaluatedRecord } from "./record";
import type { RowArgs } from "./row-functions";
import { next } from "./row-functions";
import type { FormulaEnv } from "./env";
import { formulaMessages } from "./messages";

/** The readiness of the row's targets; with a target argument, that one only (its name checked as PROMO.NEXT does). */
function chosen(args: RowArgs, env: FormulaEnv, e: EvaluatedRecord): TargetReadiness[] {
  const limits = talentSettings(e.compiled.policy).bands;
  const all = rowReadiness(e.row, e.asOf, limits).targets;
  if (isOmitted(args.target ?? null)) return [...all];
  const name = next(args, env); // throws #N/A for a level that is not a next level
  return all.filter((t) => t.level === name);
}

/**
 * The readiness band: 现在可晋升, 1 年内, 1-2 年, 2 年以上, 需发展, 已最高 or 数据错误 (English labels
 * in an English Excel; other limits when the policy's 准备度分界 sets them). Without a target, the
 * best band over the next levels.
 */
export function readinessBand(args: RowArgs, env: FormulaEnv): string {
  const e = evaluateRecord(args, env);
  const limits = talentSettings(e.compiled.policy).bands;
  if (e.row.status === "error") return bandLabel("error", limits, e.locale);
  if (e.row.status === "top") return bandLabel("top", limits, e.locale);
  const targets = chosen(args, env, e);
  const order = ["ready_now", "within_1y", "within_2y", "later", "develop"];
  const best = targets.map((t) => t.band).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0] ?? "develop";
  return bandLabel(best, limits, e.locale);
}

/** One target's plan in a cell: the numbered actions with owner, weeks and date, then the sentence. */
function planText(t: PlanTarget, locale: Locale): string {
  const m = formulaMessages(locale);
  const steps = t.steps.flatMap((s) => (s.action === null ? [] : [m.planStep(s.order, s.action, s.owner ?? "", s.weeks ?? 0, s.done ?? "")]));
  return [...steps, planSentence(t, locale)].join(m.clauseSep);
}

/**
 * The development plan: for each next level not ready now (or the target), the actions of the
 * policy's 发展措施 table for the unmet criteria, shortest first, each with its owner, weeks and
 * earliest completion date, then `完成「…」后，预计 2027-03-01 可晋升为…`. Empty when ready now.
 * @throws `#N/A` at the top of the ladder; `#VALUE!` for a row with data errors
 */
export function plan(args: RowArgs, env: FormulaEnv): string {
  const e = evaluateRecord(args, env);
  requireClean(e.row, e.locale);
  if (e.row.targets.length === 0) throw notAvailable(formulaMessages(e.locale).topOfLadder(e.row.level));
  const targets = chosen(args, env, e).filter((t) => t.band !== "ready_now");
  if (targets.length === 0) return "";
  const settings = talentSettings(e.compiled.policy);
  const times = timeDates(e.input, e.compiled.policy, { asOf: e.asOf }).values().next().value;
  return targets
    .map((t) => {
      const time = times?.get(t.level);
      const waitUntil = time ? (time.kind === "on" ? time.date : null) : t.readyDate;
      return planText(planTarget(t, settings.actions, e.asOf, waitUntil), e.locale);
    })
    .join("\n");
}

