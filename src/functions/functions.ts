/**
 * The PROMO.* custom functions. Each is a thin wrapper: the logic is in `./logic` (pure, tested
 * without Excel); `call` waits for the workbook's policy and turns failures into Excel errors.
 *
 * The JSDoc below is product UI: Excel shows it in the formula autocomplete and the Insert
 * Function dialog. The build turns it into functions.json (custom-functions-metadata-plugin);
 * the Chinese texts are in `metadata.zh-CN.json`, keyed by function id and parameter name.
 * Every per-row function takes the same arguments: record, headers, [target], [asOf], [policy].
 */
import { call, callRow } from "./host";
import * as logic from "./logic";

/**
 * TRUE when the employee meets every criterion for promotion to the next level (or to the target level), FALSE otherwise.
 * @customfunction ELIGIBLE
 * @param record The employee's row in the roster, e.g. A4:Q4 or Table1[@].
 * @param headers The roster's header row, as wide as record, e.g. A$3:Q$3 or Table1[#Headers].
 * @param [target] Optional. One next level to ask about, e.g. "高级客服". Omit it to ask about any next level.
 * @param [asOf] Optional. The review date, e.g. DATE(2026,11,23) or TODAY(). Omit it for today.
 * @param [policy] Optional. A built-in scheme such as "taobao-cs". Omit it to use the workbook's policy sheets or saved scheme.
 * @returns TRUE or FALSE.
 */
export function eligible(record: unknown[][], headers: unknown[][], target?: string, asOf?: number, policy?: unknown[][]): Promise<boolean> {
  const args = { record, headers, target, asOf, policy };
  return callRow(args, (env) => logic.eligible(args, env));
}

/**
 * The employee's promotion status: 可晋升 (eligible), 待空缺 (awaiting a vacancy), 未达标 (not eligible), 已最高 (top of the ladder) or 数据错误 (data error).
 * @customfunction STATUS
 * @param record The employee's row in the roster, e.g. A4:Q4 or Table1[@].
 * @param headers The roster's header row, as wide as record, e.g. A$3:Q$3 or Table1[#Headers].
 * @param [target] Optional. One next level to ask about, e.g. "高级客服". Omit it to ask about any next level.
 * @param [asOf] Optional. The review date, e.g. DATE(2026,11,23) or TODAY(). Omit it for today.
 * @param [policy] Optional. A built-in scheme such as "taobao-cs". Omit it to use the workbook's policy sheets or saved scheme.
 * @returns The status, in Excel's display language.
 */
export function status(record: unknown[][], headers: unknown[][], target?: string, asOf?: number, policy?: unknown[][]): Promise<string> {
  const args = { record, headers, target, asOf, policy };
  return callRow(args, (env) => logic.status(args, env));
}

/**
 * The employee's next level; several are joined with "/" (e.g. 运营主管/运营专家). Empty at the top of the ladder.
 * @customfunction NEXT
 * @param record The employee's row in the roster, e.g. A4:Q4 or Table1[@].
 * @param headers The roster's header row, as wide as record, e.g. A$3:Q$3 or Table1[#Headers].
 * @param [target] Optional. A level to check: it is returned when it is a next level, otherwise #N/A.
 * @param [asOf] Optional. The review date, e.g. DATE(2026,11,23) or TODAY(). Omit it for today.
 * @param [policy] Optional. A built-in scheme such as "taobao-cs". Omit it to use the workbook's policy sheets or saved scheme.
 * @returns The next level(s).
 */
export function next(record: unknown[][], headers: unknown[][], target?: string, asOf?: number, policy?: unknown[][]): Promise<string> {
  const args = { record, headers, target, asOf, policy };
  return callRow(args, (env) => logic.next(args, env));
}

/**
 * What the employee still lacks for promotion, in words, e.g. "任现职 0.75年 < 1年；客户满意度 93% < 95%". Empty when nothing is missing.
 * @customfunction GAPS
 * @param record The employee's row in the roster, e.g. A4:Q4 or Table1[@].
 * @param headers The roster's header row, as wide as record, e.g. A$3:Q$3 or Table1[#Headers].
 * @param [target] Optional. One next level to ask about, e.g. "高级客服". Omit it to ask about any next level.
 * @param [asOf] Optional. The review date, e.g. DATE(2026,11,23) or TODAY(). Omit it for today.
 * @param [policy] Optional. A built-in scheme such as "taobao-cs". Omit it to use the workbook's policy sheets or saved scheme.
 * @returns The unmet criteria, separated by semicolons.
 */
export function gaps(record: unknown[][], headers: unknown[][], target?: string, asOf?: number, policy?: unknown[][]): Promise<string> {
  const args = { record, headers, target, asOf, policy };
  return callRow(args, (env) => logic.gaps(args, env));
}

/**
 * The employee's composite score for the next step, e.g. 0.5 × performance + 0.25 × teamwork + 0.25 × learning. #N/A when the scheme has no composite score for that step.
 * @customfunction SCORE
 * @param record The employee's row in the roster, e.g. A4:Q4 or Table1[@].
 * @param headers The roster's header row, as wide as record, e.g. A$3:Q$3 or Table1[#Headers].
 * @param [target] Optional. One next level to ask about, e.g. "高级客服". Omit it to ask about any next level.
 * @param [asOf] Optional. The review date, e.g. DATE(2026,11,23) or TODAY(). Omit it for today.
 * @param [policy] Optional. A built-in scheme such as "taobao-cs". Omit it to use the workbook's policy sheets or saved scheme.
 * @returns The composite score (0-100).
 */
export function score(record: unknown[][], headers: unknown[][], target?: string, asOf?: number, policy?: unknown[][]): Promise<number> {
  const args = { record, headers, target, asOf, policy };
  return callRow(args, (env) => logic.score(args, env));
}

/**
 * The date the employee will meet the time requirements (years in level, years of service) for promotion, when everything else already holds. Format the cell as a date.
 * @customfunction READYDATE
 * @param record The employee's row in the roster, e.g. A4:Q4 or Table1[@].
 * @param headers The roster's header row, as wide as record, e.g. A$3:Q$3 or Table1[#Headers].
 * @param [target] Optional. One next level to ask about, e.g. "高级客服". Omit it to ask about any next level.
 * @param [asOf] Optional. The review date, e.g. DATE(2026,11,23) or TODAY(). Omit it for today.
 * @param [policy] Optional. A built-in scheme such as "taobao-cs". Omit it to use the workbook's policy sheets or saved scheme.
 * @returns An Excel date (serial number).
 */
export function readydate(record: unknown[][], headers: unknown[][], target?: string, asOf?: number, policy?: unknown[][]): Promise<number> {
  const args = { record, headers, target, asOf, policy };
  return callRow(args, (env) => logic.readyDateSerial(args, env));
}

/**
 * The monthly reserve allowance in yuan the employee earns now: paid to a reserve (储备) who passed and is waiting for a vacancy, 0 for everyone else.
 * @customfunction ALLOWANCE
 * @param record The employee's row in the roster, e.g. A4:Q4 or Table1[@].
 * @param headers The roster's header row, as wide as record, e.g. A$3:Q$3 or Table1[#Headers].
 * @param [target] Optional. The level waited for; the allowance is 0 for any other level. Omit it for the allowance earned now.
 * @param [asOf] Optional. The review date, e.g. DATE(2026,11,23) or TODAY(). Omit it for today.
 * @param [policy] Optional. A built-in scheme such as "taobao-cs". Omit it to use the workbook's policy sheets or saved scheme.
 * @returns Yuan per month.
 */
export function allowance(record: unknown[][], headers: unknown[][], target?: string, asOf?: number, policy?: unknown[][]): Promise<number> {
  const args = { record, headers, target, asOf, policy };
  return callRow(args, (env) => logic.allowance(args, env));
}

/**
 * The monthly performance bonus in yuan (绩效奖金): the highest tier of the scheme's 奖金档位 sheet whose levels and criteria (e.g. tickets, customer satisfaction) the employee meets, 0 when none.
 * @customfunction BONUS
 * @param record The employee's row in the roster, e.g. A4:Q4 or Table1[@].
 * @param headers The roster's header row, as wide as record, e.g. A$3:Q$3 or Table1[#Headers].
 * @param [asOf] Optional. The review date, e.g. DATE(2026,11,23) or TODAY(). Omit it for today.
 * @param [policy] Optional. A built-in scheme such as "taobao-cs". Omit it to use the workbook's policy sheets or saved scheme.
 * @returns Yuan per month.
 */
export function bonus(record: unknown[][], headers: unknown[][], asOf?: number, policy?: unknown[][]): Promise<number> {
  const args = { record, headers, asOf, policy };
  return callRow(args, (env) => logic.bonus(args, env));
}

/**
 * How ready the employee is for promotion: 现在可晋升 (ready now), 1 年内 (only time-based criteria unmet, met within 12 months), 1-2 年, 2 年以上, 需发展 (another criterion unmet: needs development), 已最高 or 数据错误.
 * @customfunction READINESS
 * @param record The employee's row in the roster, e.g. A4:Q4 or Table1[@].
 * @param headers The roster's header row, as wide as record, e.g. A$3:Q$3 or Table1[#Headers].
 * @param [target] Optional. One next level to ask about, e.g. "高级客服". Omit it for the closest next level.
 * @param [asOf] Optional. The review date, e.g. DATE(2026,11,23) or TODAY(). Omit it for today.
 * @param [policy] Optional. A built-in scheme such as "taobao-cs". Omit it to use the workbook's policy sheets or saved scheme.
 * @returns The readiness band, in Excel's display language.
 */
export function readiness(record: unknown[][], headers: unknown[][], target?: string, asOf?: number, policy?: unknown[][]): Promise<string> {
  const args = { record, headers, target, asOf, policy };
  return callRow(args, (env) => logic.readinessBand(args, env));
}

/**
 * The employee's development plan (个人发展计划): the action of the scheme's 发展措施 sheet for each unmet criterion, shortest first, with owner, weeks and earliest completion date, then the projected ready date. Empty when ready now.
 * @customfunction PLAN
 * @param record The employee's row in the roster, e.g. A4:Q4 or Table1[@].
 * @param headers The roster's header row, as wide as record, e.g. A$3:Q$3 or Table1[#Headers].
 * @param [target] Optional. One next level to plan for, e.g. "高级客服". Omit it for every next level not yet ready.
 * @param [asOf] Optional. The review date, e.g. DATE(2026,11,23) or TODAY(). Omit it for today.
 * @param [policy] Optional. A built-in scheme such as "taobao-cs". Omit it to use the workbook's policy sheets or saved scheme.
 * @returns The plan in words; turn on wrap text for the cell.
 */
export function plan(record: unknown[][], headers: unknown[][], target?: string, asOf?: number, policy?: unknown[][]): Promise<string> {
  const args = { record, headers, target, asOf, policy };
  return callRow(args, (env) => logic.plan(args, env));
}

/**
 * Years from a start date to the review date, counted in completed months (1.5 = one year and six months), as the promotion rules count them.
 * @customfunction TENURE
 * @param start The start date: the hire date or the date in the current level.
 * @param [asOf] Optional. The review date, e.g. DATE(2026,11,23) or TODAY(). Omit it for today.
 * @returns Years, e.g. 1.5.
 */
export function tenure(start: number, asOf?: number): Promise<number> {
  return call(null, (env) => logic.tenureYears(start, asOf, env), false);
}

/**
 * Reviews a whole roster at once and spills a table: ID, name, level, status, next level, score, gaps and ready date, one row per employee. Place it outside Excel tables, with empty cells to the right and below.
 * @customfunction REVIEW
 * @param table The roster with its header row, e.g. A3:Q84 or Table1[#All]. Title rows above the header are skipped.
 * @param [policy] Optional. A built-in scheme such as "taobao-cs". Omit it to use the workbook's policy sheets or saved scheme, else the scheme matching the level names.
 * @param [asOf] Optional. The review date, e.g. DATE(2026,11,23) or TODAY(). Omit it for today.
 * @returns A table with a header row; format the ready-date column as dates.
 */
export function review(table: unknown[][], policy?: unknown[][], asOf?: number): Promise<unknown[][]> {
  return call(policy, (env) => logic.reviewTable(table, policy, asOf, env));
}

/**
 * The monthly cost in yuan of promoting the employee when 可晋升 (eligible): the new level's 月薪 (else its band minimum), or with a current-pay column such as 现月薪 the raise to reach it, never below 0. 0 for everyone else, so SUM gives the round's cost.
 * @customfunction COST
 * @param record The employee's row in the roster, e.g. A4:N4 or Table1[@].
 * @param headers The roster's header row, as wide as record, e.g. A$3:N$3 or Table1[#Headers]. A 现月薪 (current pay) column makes the cost the raise.
 * @param [target] Optional. One next level to cost, e.g. "储备店长"; 0 when not eligible for it now. Omit it for the level the employee is promoted into.
 * @param [asOf] Optional. The review date, e.g. DATE(2026,11,23) or TODAY(). Omit it for today.
 * @param [policy] Optional. A built-in scheme such as "taobao-cs". Omit it to use the workbook's policy sheets or saved scheme.
 * @returns Yuan per month.
 */
export function cost(record: unknown[][], headers: unknown[][], target?: string, asOf?: number, policy?: unknown[][]): Promise<number> {
  const args = { record, headers, target, asOf, policy };
  return callRow(args, (env) => logic.cost(args, env));
}
