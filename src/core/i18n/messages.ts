/**
 * Everything the core says in words, one typed catalogue per language (issue 17): values and
 * unmet criteria, blockers, bonus gaps, rolling windows, row errors, readiness and plans, near
 * misses and the fairness check. The column report has its own (`column-messages.ts`), the
 * policy-sheet issues theirs (`policy/sheets/messages.ts`).
 *
 * To add a message: add the key to {@link CoreMessages} (a string, or a function of the message's
 * arguments), then its text to `ZH` and `EN`; both are typed `CoreMessages`, so a missing
 * translation does not compile. English counts go through {@link plural}. Read it with
 * `coreMessages(locale).key`.
 */
import type { GapUnit } from "../insight/near-miss";
import type { WindowSpec } from "../model/policy";
import type { Expected } from "../read/failure";
import type { Locale } from "./locale";

/** The core's messages in one language. */
export interface CoreMessages {
  /** The list separator (`、` / `, `). */
  readonly listSep: string;
  /** The separator between whole clauses (`；` / `; `). */
  readonly clauseSep: string;
  /** `a、b 或 c` / `a, b or c`: the word before the last item of an alternative. */
  readonly or: string;

  // ---- values and unmet criteria
  readonly empty: string;
  readonly yes: string;
  readonly no: string;
  /** `0.75年` / `0.75 yr`. */
  readonly years: (n: string) => string;
  /** `满意度 缺少数据（需 ≥ 95%）`. */
  readonly missing: (label: string, need: string) => string;
  /** `满意度 数据错误（需 ≥ 95%）`. */
  readonly unreadable: (label: string, need: string) => string;

  // ---- blockers (否决)
  readonly asOf: string;
  readonly inProbation: string;
  readonly disciplined: (months: string) => string;
  readonly trainingNotDone: string;
  readonly certExpired: string;
  /** `否决：` + the criterion in words. */
  readonly blocked: (plain: string) => string;
  /** `否决：试用期未结束（转正日期 2027-01-15）`. */
  readonly blockedBecause: (reason: string, detail: string) => string;

  // ---- bonus
  /** The unit after a bonus shortfall (with its leading space), by unit; `tickets` for 工单量. */
  readonly bonusUnits: Readonly<Record<GapUnit | "tickets", string>>;
  /** `工单量差 52 单`, `差错率超 0.5 个百分点`: `n` and `unit` already formatted. */
  readonly shortfall: (label: string, over: boolean, n: string, unit: string) => string;
  /** `距 B档（800元）：…`. */
  readonly bonusGap: (tier: string, amount: number, parts: readonly string[]) => string;
  readonly bonusError: string;

  // ---- rolling windows
  /** `客户满意度近6月平均`; `floor` is the monthly floor in words, for count_at_least. */
  readonly windowLabel: (name: string, w: WindowSpec, floor: string) => string;
  /** A window a month of which has no column, naming the months found and those missing. */
  readonly windowMonths: (label: string, name: string, months: number, found: readonly string[], missing: readonly string[]) => string;

  // ---- row errors
  /** What an unreadable cell should hold, by expected kind. */
  readonly expected: Readonly<Record<Expected, string>>;
  readonly outOfRange: (header: string, value: string, shown: string, max: string, expected: string) => string;
  readonly uncalculated: (header: string) => string;
  readonly cannotRead: (header: string, value: string, expected: string) => string;
  readonly emptyId: string;
  readonly emptyLevel: string;
  readonly duplicateId: (id: string, rows: readonly number[]) => string;
  readonly unknownLevel: (level: string, closest: string | null, policy: string) => string;

  // ---- readiness and development plans
  /** The time bands at limits other than 12 and 24 months. */
  readonly withinMonths: (a: number) => string;
  readonly betweenMonths: (a: number, b: number) => string;
  readonly overMonths: (b: number) => string;
  /** A development action quoted in a plan sentence. */
  readonly action: (name: string) => string;
  /** The separator between quoted actions. */
  readonly actionSep: string;
  readonly planUnmapped: (names: string) => string;
  readonly planUndated: (acts: string, waits: string) => string;
  readonly planProjected: (acts: string, waits: string, level: string, date: string) => string;

  // ---- near misses and fairness
  /** A near miss in words by unit (`差 2 分`), `n` already rounded. */
  readonly gap: (n: string) => Readonly<Record<GapUnit, string>>;
  /** An empty group's name. */
  readonly emptyGroup: string;
  readonly noSelection: string;
  readonly smallGroup: (name: string, evaluated: number, min: number) => string;
  readonly adverseImpact: (name: string, rate: string, reference: string, ratio: string, threshold: number) => string;

  // ---- a policy that cannot be compiled (validatePolicy words the usual cases first)
  readonly compile: CompileMessages;
}

/** Why a policy cannot be compiled; `where` (`steps[0] 专员 -> 主管`) goes before each. */
export interface CompileMessages {
  /** `where` and the reason: `steps[0] …: expected a number`. */
  readonly at: (where: string, reason: string) => string;
  readonly notEducation: (value: string) => string;
  readonly expectedBoolean: string;
  readonly expectedMonths: string;
  readonly expectedNumber: string;
  readonly unknownOperator: (op: string) => string;
  readonly expectedBounds: string;
  readonly boundsReversed: string;
  readonly dateComparison: string;
  readonly datesOnly: (op: string) => string;
  readonly unknownLevel: (name: string) => string;
  readonly badWindow: (json: string) => string;
  readonly tooManyCriteria: (max: number) => string;
}

const ZH: CoreMessages = {
  listSep: "、",
  clauseSep: "；",
  or: " 或 ",
  empty: "空",
  yes: "是",
  no: "否",
  years: (n) => `${n}年`,
  missing: (label, need) => `${label} 缺少数据（需 ${need}）`,
  unreadable: (label, need) => `${label} 数据错误（需 ${need}）`,
  asOf: "评审日",
  inProbation: "试用期未结束",
  disciplined: (m) => `近${m}个月内有违纪记录`,
  trainingNotDone: "必修培训未完成",
  certExpired: "证书已过期",
  blocked: (plain) => `否决：${plain}`,
  blockedBecause: (reason, detail) => `否决：${reason}（${detail}）`,
  bonusUnits: { points: " 分", percent_points: " 个百分点", months: " 个月", count: "", none: "", tickets: " 单" },
  shortfall: (label, over, n, unit) => `${label}${over ? "超" : "差"} ${n}${unit}`,
  bonusGap: (tier, amount, parts) => `距 ${tier}（${amount}元）：${parts.join("；")}`,
  bonusError: "数据错误：改正数据问题后才能计算奖金",
  windowLabel: (name, w, floor) =>
    w.agg === "avg" ? `${name}近${w.months}月平均` : w.agg === "min" ? `${name}近${w.months}月最低` : `${name}近${w.months}月达标月数(≥${floor})`,
  windowMonths: (label, name, months, found, missing) => {
    const list = found.length > 0 ? `只找到 ${found.length} 个（${found.join("、")}）` : "一个也没有找到";
    return `「${label}」需要「${name}」最近 ${months} 个月的月度列，花名册中${list}，缺少 ${missing.join("、")}：请补齐这些月份的月度列（列名如「${name} 2026-06」或「2026年6月${name}」）；在此之前该条件对所有人记为缺少数据`;
  },
  expected: {
    date: "应为日期，如 2023-05-01、2023/5/1、2023年5月1日",
    number: "应为数字",
    score: "应为 0-100 的分数",
    count: "应为不小于 0 的数量",
    years: "应为不小于 0 的年数",
    percent: "应为百分比，如 95% 或 0.95",
    percent_range: "超出合理范围，请检查是否多写了 % 或多乘了 100",
    boolean: "应为 是/否",
    education: "应为学历：初中、高中、中专、职高、大专、本科、硕士、博士",
    text: "应为文本",
    excel_error: "单元格是 Excel 错误值，请修正公式或数据",
  },
  outOfRange: (header, value, shown, max, expected) => `“${header}”列的值“${value}”读作 ${shown}，不在 0%–${max} 之间：${expected}`,
  uncalculated: (header) => `“${header}”列是没有计算结果的公式（生成该文件的程序未保存结果）：请在 Excel 中打开并保存后重新评审`,
  cannotRead: (header, value, expected) => `“${header}”列的值“${value}”无法读取：${expected}`,
  emptyId: "工号为空：每位员工需要唯一的工号",
  emptyLevel: "职级为空：请填写当前职级",
  duplicateId: (id, rows) => `工号“${id}”重复（第 ${rows.join("、")} 行）：工号必须唯一`,
  unknownLevel: (level, closest, policy) => `职级“${level}”不在方案“${policy}”中` + (closest ? `，最接近的是“${closest}”` : ""),
  withinMonths: (a) => `${a} 个月内`,
  betweenMonths: (a, b) => `${a}-${b} 个月`,
  overMonths: (b) => `${b} 个月以上`,
  action: (name) => `「${name}」`,
  actionSep: "",
  planUnmapped: (names) => `「${names}」没有对应的发展措施：请在「发展措施」表补充，暂无法预计可晋升日期`,
  planUndated: (acts, waits) => `${acts ? `完成${acts}后，` : ""}${waits}的日期无法推算（缺少日期数据），暂无法预计可晋升日期`,
  planProjected: (acts, waits, level, date) => {
    const what = [acts ? `完成${acts}` : "", waits ? `满足${waits}条件` : ""].filter(Boolean).join("并");
    return `${what}后，预计 ${date} 可晋升为${level}`;
  },
  gap: (n) => ({ points: `差 ${n} 分`, percent_points: `差 ${n} 个百分点`, months: `差 ${n} 个月`, count: `差 ${n}`, none: "" }),
  emptyGroup: "（空）",
  noSelection: "没有人可晋升：无法比较各组的选拔率",
  smallGroup: (name, evaluated, min) => `「${name}」只有 ${evaluated} 人参评（少于 ${min} 人），比率参考意义有限`,
  adverseImpact: (name, rate, reference, ratio, threshold) =>
    `「${name}」的选拔率 ${rate} 只有「${reference}」的 ${ratio} 倍（低于 ${threshold}，五分之四规则）：请复核该组的评审依据`,
  compile: {
    at: (where, reason) => `${where}：${reason}`,
    notEducation: (value) => `“${value}”不是学历`,
    expectedBoolean: "应为 true 或 false",
    expectedMonths: "应为整数月数",
    expectedNumber: "应为数字",
    unknownOperator: (op) => `未知的运算“${op}”`,
    expectedBounds: "应为两个界限：下限和上限",
    boundsReversed: "下限高于上限",
    dateComparison: "日期与评审日比较只能用 <= 或 >=",
    datesOnly: (op) => `${op} 只能用于日期字段`,
    unknownLevel: (name) => `未知职级“${name}”`,
    badWindow: (json) => `滚动窗口写法无效：${json}`,
    tooManyCriteria: (max) => `条件超过 ${max} 个（含否决项）`,
  },
};

const EN: CoreMessages = {
  listSep: ", ",
  clauseSep: "; ",
  or: " or ",
  empty: "empty",
  yes: "yes",
  no: "no",
  years: (n) => `${n} yr`,
  missing: (label, need) => `${label} missing (needs ${need})`,
  unreadable: (label, need) => `${label} unreadable (needs ${need})`,
  asOf: "review date",
  inProbation: "still in probation",
  disciplined: (m) => `disciplinary record in the last ${m} months`,
  trainingNotDone: "mandatory training not completed",
  certExpired: "certificate expired",
  blocked: (plain) => `Blocked: ${plain}`,
  blockedBecause: (reason, detail) => `Blocked: ${reason} (${detail})`,
  bonusUnits: { points: " pt", percent_points: " pp", months: " mo", count: "", none: "", tickets: "" },
  shortfall: (label, over, n, unit) => `${label} ${over ? "over" : "short"} by ${n}${unit}`,
  bonusGap: (tier, amount, parts) => `To ${tier} (${amount} yuan): ${parts.join("; ")}`,
  bonusError: "Data error: fix the data issues to compute the bonus",
  windowLabel: (name, w, floor) =>
    w.agg === "avg" ? `${name} ${w.months}-month average` : w.agg === "min" ? `${name} ${w.months}-month minimum` : `${name} months ≥ ${floor} of last ${w.months}`,
  windowMonths: (label, name, months, found, missing) => {
    const list = found.length > 0 ? `the roster has ${found.length} (${found.join(", ")})` : "the roster has none";
    return `"${label}" needs monthly "${name}" columns for the last ${months} months; ${list}, missing ${missing.join(", ")}: add columns for those months (headers such as "${name} 2026-06"); until then the criterion is missing for everyone`;
  },
  expected: {
    date: "expected a date such as 2023-05-01, 2023/5/1 or 2023年5月1日",
    number: "expected a number",
    score: "expected a score from 0 to 100",
    count: "expected a count of 0 or more",
    years: "expected a number of years, 0 or more",
    percent: "expected a percentage such as 95% or 0.95",
    percent_range: "out of the plausible range; check for an extra % or a value multiplied by 100 twice",
    boolean: "expected yes/no (是/否)",
    education: "expected an education level: junior high, high school, associate, bachelor, master, doctorate",
    text: "expected text",
    excel_error: "the cell holds an Excel error; fix the formula or the data",
  },
  outOfRange: (header, value, shown, max, expected) => `${header}: "${value}" reads as ${shown}, outside 0%-${max}: ${expected}`,
  uncalculated: (header) =>
    `${header}: a formula saved without its result (the program that wrote the file did not compute it): open and save the file in Excel, then review again`,
  cannotRead: (header, value, expected) => `${header}: cannot read "${value}": ${expected}`,
  emptyId: "The employee ID is empty: every employee needs a unique ID",
  emptyLevel: "The level is empty: fill in the current level",
  duplicateId: (id, rows) => `Employee ID "${id}" is repeated (rows ${rows.join(", ")}): IDs must be unique`,
  unknownLevel: (level, closest, policy) => `Level "${level}" is not in the policy "${policy}"` + (closest ? `; the closest is "${closest}"` : ""),
  withinMonths: (a) => `Within ${a} months`,
  betweenMonths: (a, b) => `${a}-${b} months`,
  overMonths: (b) => `Over ${b} months`,
  action: (name) => `"${name}"`,
  actionSep: ", ",
  planUnmapped: (names) => `No development action for "${names}": add one on the Development actions sheet; no projected date yet`,
  planUndated: (acts, waits) => `${acts ? `After ${acts}, ` : ""}the date of ${waits} cannot be projected (a date is missing)`,
  planProjected: (acts, waits, level, date) => {
    const what = [acts ? `completing ${acts}` : "", waits ? `meeting ${waits}` : ""].filter(Boolean).join(" and ");
    return `After ${what}, projected ready for ${level} on ${date}`;
  },
  gap: (n) => ({ points: `short by ${n} pt`, percent_points: `short by ${n} pp`, months: `short by ${n} mo`, count: `short by ${n}`, none: "" }),
  emptyGroup: "(empty)",
  noSelection: "Nobody is eligible: selection rates cannot be compared",
  smallGroup: (name, evaluated, min) => `"${name}" has only ${evaluated} evaluated (fewer than ${min}): its ratio says little`,
  adverseImpact: (name, rate, reference, ratio, threshold) =>
    `"${name}" selection rate ${rate} is ${ratio} of "${reference}" (below ${threshold}, the four-fifths rule): review the grounds for this group`,
  compile: {
    at: (where, reason) => `${where}: ${reason}`,
    notEducation: (value) => `"${value}" is not an education level`,
    expectedBoolean: "expected true or false",
    expectedMonths: "expected a whole number of months",
    expectedNumber: "expected a number",
    unknownOperator: (op) => `unknown operator "${op}"`,
    expectedBounds: "expected two bounds [low, high]",
    boundsReversed: "the low bound is above the high bound",
    dateComparison: "a date is compared with the review date by <= or >=",
    datesOnly: (op) => `${op} applies to date fields only`,
    unknownLevel: (name) => `unknown level "${name}"`,
    badWindow: (json) => `not a valid window ${json}`,
    tooManyCriteria: (max) => `more than ${max} criteria (blockers included)`,
  },
};

const CATALOGUES: Readonly<Record<Locale, CoreMessages>> = { "zh-CN": ZH, "en-US": EN };

/**
 * The core's messages in `locale`.
 * @example coreMessages("zh-CN").emptyLevel //=> "职级为空：请填写当前职级"
 */
export function coreMessages(locale: Locale): CoreMessages {
  return CATALOGUES[locale];
}
