/**
 * The per-row PROMO functions as pure logic: Excel-shaped arguments in, a value out, or a
 * thrown {@link FormulaError}. `src/functions/functions.ts` wraps them for Excel; tests and the
 * HyperFormula harness call them directly.
 *
 * Every function takes the employee's row (`record`) and the header row (`headers`), then
 * optional arguments; an omitted optional argument is `null` (as Excel passes it).
 */
import { formatUnmet, policyName, resolveLevel, statusLabel, type CompiledPolicy, type Locale, type RowResult, type TargetResult } from "../../core";
import { isOmitted, scalarOf } from "./cells";
import { serialOfIso } from "./dates";
import type { FormulaEnv } from "./env";
import { type FormulaError, notAvailable } from "./errors";
import { evaluateRecord, requireClean } from "./record";
import { gapsText, nextLevels, readyDate, scoreTarget } from "./summary";
import { must } from "../../core/util/must";
import { formulaMessages } from "./messages";

/** The arguments every per-row function shares. */
export interface RowArgs {
  /** The employee's row, e.g. `A4:P4` or `Table1[@]`. */
  readonly record: unknown;
  /** The header row, e.g. `A$3:P$3` or `Table1[#Headers]`. */
  readonly headers: unknown;
  /** One next level to ask about; omitted: every next level. */
  readonly target?: unknown;
  /** As-of date (Excel date); omitted: today. */
  readonly asOf?: unknown;
  /** Template id or name, or the policy rules range; omitted: the workbook's policy. */
  readonly policy?: unknown;
}

function topError(row: RowResult, locale: Locale): FormulaError {
  return notAvailable(formulaMessages(locale).topOfLadder(row.level));
}

/**
 * The target named by the `target` argument, or null when it is omitted.
 * @throws `#N/A` when the level is unknown or is not a next level of the employee's level.
 */
function chosenTarget(row: RowResult, compiled: CompiledPolicy, target: unknown, locale: Locale): TargetResult | null {
  if (isOmitted(target)) return null;
  const text = String(scalarOf(target)).trim();
  const level = compiled.levels[resolveLevel(compiled, text)];
  const m = formulaMessages(locale);
  if (!level) throw notAvailable(m.targetNotInPolicy(text, policyName(compiled.policy, locale), compiled.levels.map((l) => l.name).join(m.listSep)));
  const name = level.name;
  const found = row.targets.find((t) => t.level === name);
  if (found) return found;
  if (row.targets.length === 0) throw topError(row, locale);
  const next = row.targets.map((t) => t.level).join("/");
  throw notAvailable(m.notANextLevel(name, row.level, next));
}

function clean(args: RowArgs, env: FormulaEnv): { row: RowResult; target: TargetResult | null; locale: Locale } {
  const { row, compiled, locale } = evaluateRecord(args, env);
  requireClean(row, locale);
  return { row, target: chosenTarget(row, compiled, args.target ?? null, locale), locale };
}

/**
 * TRUE when the employee meets every criterion of the target level, or without a target of
 * some next level (by any path). A reserve who meets a step that waits for a vacancy is TRUE;
 * STATUS tells 待空缺 apart. FALSE at the top of the ladder.
 */
export function eligible(args: RowArgs, env: FormulaEnv): boolean {
  const { row, target } = clean(args, env);
  return target ? target.met : row.targets.some((t) => t.met);
}

/**
 * 可晋升 / 待空缺 / 未达标 / 已最高 / 数据错误 (English labels in an English Excel). With a
 * target, the status towards that level only. A row with unreadable cells is 数据错误 (the
 * other functions say which cell).
 */
export function status(args: RowArgs, env: FormulaEnv): string {
  const { row, compiled, locale } = evaluateRecord(args, env);
  if (row.status === "error") return statusLabel("error", locale);
  const target = chosenTarget(row, compiled, args.target ?? null, locale);
  if (!target) return statusLabel(row.status, locale);
  return statusLabel(target.met ? (target.vacancy ? "awaiting_vacancy" : "eligible") : "not_eligible", locale);
}

/**
 * The next level(s): met ones first, several joined with "/" (运营主管/运营专家); "" at the top.
 * With a target: that level's canonical name, or `#N/A` when it is not a next level.
 */
export function next(args: RowArgs, env: FormulaEnv): string {
  const { row, target } = clean(args, env);
  return target ? target.level : nextLevels(row);
}

/** The unmet criteria in words (`任现职 0.75年 < 1年；客户满意度 93% < 95%`); "" when met. */
export function gaps(args: RowArgs, env: FormulaEnv): string {
  const { row, target, locale } = clean(args, env);
  if (!target) return gapsText(row, locale);
  return target.met ? "" : target.unmet.map((u) => formatUnmet(u, locale)).join("; ");
}

/**
 * The composite score of the step (e.g. 淘宝客服: 0.5 绩效 + 0.25 协作 + 0.25 学习).
 * @throws `#N/A` when the step has no composite score, a component is empty, or at the top.
 */
export function score(args: RowArgs, env: FormulaEnv): number {
  const { row, target, locale } = clean(args, env);
  if (row.targets.length === 0) throw topError(row, locale);
  const t = target ?? scoreTarget(row) ?? must(row.targets[0], "first target");
  if (t.score !== null) return t.score;
  const missing = t.unmet.find((u) => u.field === "score");
  throw notAvailable(missing ? formatUnmet(missing, locale) : formulaMessages(locale).noScore(t.level));
}

/**
 * The ready date as an Excel serial number: when the time-based criteria (years in level,
 * tenure) are met, given that everything else already holds; for a met step, the date it
 * became met.
 * @throws `#N/A` when there is none (other criteria unmet, no time criterion, or at the top).
 */
export function readyDateSerial(args: RowArgs, env: FormulaEnv): number {
  const { row, target, locale } = clean(args, env);
  if (row.targets.length === 0) throw topError(row, locale);
  const iso = target ? target.readyDate : readyDate(row);
  if (iso !== null) return serialOfIso(iso, env.date1904);
  const met = target ? target.met : row.targets.some((t) => t.met);
  const m = formulaMessages(locale);
  throw notAvailable(met ? m.metNoDate : m.unmetNoDate);
}

/**
 * The monthly reserve allowance (元) the employee earns now: more than 0 only for a reserve
 * (储备...) who meets the step into a vacancy (待空缺). With a target: the allowance earned
 * while waiting for that level, 0 for any other next level.
 */
export function allowance(args: RowArgs, env: FormulaEnv): number {
  const { row, target } = clean(args, env);
  if (target && !(target.vacancy && target.met)) return 0;
  return row.allowance;
}
