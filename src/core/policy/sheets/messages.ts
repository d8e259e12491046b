/**
 * Messages for policy issues, in Chinese and English: what is wrong and how to fix it. They do
 * not name the cell (the caller prints it before the message).
 */
import { inLocale, type Locale } from "../../i18n/locale";
import { coreMessages } from "../../i18n/messages";
import { OP_NAMES, OPERATORS, type OperatorDef } from "../../model/operators";

/** Facts an issue message is built from (all optional; each code uses its own). */
export type IssueDetail = Readonly<Record<string, string | number | undefined>>;

type Builder = (d: IssueDetail) => string;

/** The operators that pass a test, joined for a message: `>=、<=、= 或 in`, `>=, <=, = or in`. */
function ops(test: (o: OperatorDef) => boolean, locale: Locale): string {
  const names = OP_NAMES.filter((op) => test(OPERATORS[op]));
  const m = coreMessages(locale);
  return names.length < 2 ? names.join("") : names.slice(0, -1).join(m.listSep) + m.or + names.slice(-1).join("");
}
/** Operators of one threshold or a list, the common case. */
const plain = (o: OperatorDef): boolean => o.operand === "scalar" || o.operand === "list";
const ranged = (o: OperatorDef): boolean => o.operand === "range";
const dated = (o: OperatorDef): boolean => o.operand === "months";
const windowed = (o: OperatorDef): boolean => o.onWindow;

const EXPECTED_ZH: Readonly<Record<string, string>> = {
  empty: "一个值",
  number: "数字（例如 80）",
  score: "0 到 100 之间的分数（例如 80）",
  percent: "百分比（例如 95%）",
  count: "不小于 0 的数（例如 2000）",
  years: "年数（例如 1 或 0.5）",
  boolean: "是 或 否",
  education: "学历（初中、高中、中专、大专、本科、硕士、博士）",
  text: "文字",
  array: "用 、 分隔的几个值（运算为 in 时）",
  scalar: "单个值（运算不是 in 时不能填列表）",
  "op = with a boolean": "是 或 否，且运算须为 =",
  as_of: "评审日（日期字段与评审日期比较）",
  months: "月数（例如 12）",
  range: `两个数：下限和上限（例如 80~90，运算为 ${ops(ranged, "zh-CN")} 时）`,
};

const EXPECTED_EN: Readonly<Record<string, string>> = {
  empty: "a value",
  number: "a number (e.g. 80)",
  score: "a score from 0 to 100 (e.g. 80)",
  percent: "a percentage (e.g. 95%)",
  count: "a number of 0 or more (e.g. 2000)",
  years: "a number of years (e.g. 1 or 0.5)",
  boolean: "Yes or No",
  education: "an education level (junior high, high school, associate, bachelor, master, doctorate)",
  text: "text",
  array: "several values separated by commas (operator in)",
  scalar: "a single value (only the operator in takes a list)",
  "op = with a boolean": "Yes or No, with the operator =",
  as_of: "Review date (a date field is compared with the review date)",
  months: "a number of months (e.g. 12)",
  range: `two numbers, low and high (e.g. 80~90, operator ${ops(ranged, "en-US")})`,
};

const TYPES_ZH: Readonly<Record<string, string>> = {
  string: "文字（带引号）",
  number: "数字",
  boolean: "true 或 false",
  object: "对象 { ... }",
  array: "数组 [ ... ]",
  value: "数字、文字、true/false 或由数字和文字组成的数组",
};

const TYPES_EN: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  boolean: "true or false",
  object: "an object { ... }",
  array: "an array [ ... ]",
  value: "a number, a string, true/false or an array of numbers and strings",
};

const s = (v: string | number | undefined): string => (v === undefined ? "" : String(v));

/** The sheet names the workbook uses (given by the sheet reader), else the default ones. */
const ps = (d: IssueDetail, fallback = "晋升方案"): string => s(d.policySheet ?? fallback);
const ls = (d: IssueDetail, fallback = "职级"): string => s(d.levelsSheet ?? fallback);
const rs = (d: IssueDetail, fallback = "规则"): string => s(d.rulesSheet ?? fallback);

/** Why a rolling window is wrong (issue `bad_window`, by its `reason`). */
const WINDOW_ZH: Readonly<Record<string, Builder>> = {
  months: (d) => `滚动窗口的月数「${s(d.months)}」不对：请写 1 到 ${s(d.max)} 之间的整数，例如 近6月平均:客户满意度`,
  agg: (d) => `滚动窗口「${s(d.agg)}」无法识别：请写 近N月平均、近N月最低 或 近N月达标月数(>=下限)`,
  floor: (d) => `达标月数需要每月的下限：请写成 近6月达标月数(>=90%):${s(d.field)} 这样`,
  floor_unused: () => "只有 达标月数 才有每月的下限：请删去括号里的下限",
  field: (d) => `「${s(d.field)}」不是数值字段，不能按月滚动统计：请用分数、百分比或数量字段（如 客户满意度、工单量）`,
  op: (d) => `滚动窗口的运算「${s(d.op)}」不对：只能是 ${ops(windowed, "zh-CN")}`,
  count_over_months: (d) => `达标月数 ${s(d.count)} 超过了窗口的 ${s(d.months)} 个月：请填不大于 ${s(d.months)} 的数`,
};

const WINDOW_EN: Readonly<Record<string, Builder>> = {
  months: (d) => `the window's months "${s(d.months)}" are not valid: write a whole number from 1 to ${s(d.max)}, e.g. avg6:CSAT`,
  agg: (d) => `the window "${s(d.agg)}" is not known: write avgN, minN or countN(>=floor)`,
  floor: (d) => `a count of months needs a monthly floor: write it as count6(>=90%):${s(d.field)}`,
  floor_unused: () => "only a count of months has a monthly floor: delete the floor in parentheses",
  field: (d) => `"${s(d.field)}" is not a number field and cannot be rolled over months: use a score, percentage or count field (CSAT, Tickets...)`,
  op: (d) => `the window's operator "${s(d.op)}" is not valid: use ${ops(windowed, "en-US")}`,
  count_over_months: (d) => `the count ${s(d.count)} is more than the window's ${s(d.months)} months: enter at most ${s(d.months)}`,
};

const CALIBRATION_ZH: Readonly<Record<string, Builder>> = {
  shape: (d) => `目标分布「${s(d.value)}」写法不对：请写成 优秀 >=90 20%；合格 >=60 70%；待改进 10%（由高到低，最后一档可不写 >=）`,
  sum: (d) => `目标分布的比例合计为 ${s(d.value)}%，应为 100%：请调整各档的比例`,
  order: (d) => `目标分布「${s(d.value)}」的分界应由高到低，只有最后一档可以不写 >=`,
  duplicate: (d) => `目标分布「${s(d.value)}」有重名的档：每档名称要不同`,
  negative: (d) => `校准容差「${s(d.value)}」无效：请填写不小于 0 的分数差，例如 5`,
  fraction: (d) => `分布容差「${s(d.value)}」无效：请填写 0% 到 100% 之间的百分比，例如 5%`,
};

const CALIBRATION_EN: Readonly<Record<string, Builder>> = {
  shape: (d) => `the target distribution "${s(d.value)}" is not written right: write it as Excellent >=90 20%; Good >=60 70%; Improve 10% (highest first; the last band may have no >=)`,
  sum: (d) => `the target distribution's shares add up to ${s(d.value)}%, not 100%: adjust them`,
  order: (d) => `the target distribution "${s(d.value)}" must go from the highest band down; only the last band may have no >=`,
  duplicate: (d) => `the target distribution "${s(d.value)}" names a band twice: give each band its own name`,
  negative: (d) => `the calibration tolerance "${s(d.value)}" is not valid: enter a score difference of 0 or more, e.g. 5`,
  fraction: (d) => `the distribution tolerance "${s(d.value)}" is not valid: enter a percentage from 0% to 100%, e.g. 5%`,
};

const ZH: Readonly<Record<string, Builder>> = {
  missing_sheet: (d) => `缺少工作表「${s(d.sheet)}」：请把它改回原名，或用 promo policy export 重新导出方案后再修改`,
  missing_column: (d) => `「${s(d.sheet)}」表的标题行缺少「${s(d.column)}」列：请在标题行加上「${s(d.column)}」`,
  missing_value: (d) =>
    d.absent ? `缺少「${s(d.label)}」这一行：请在 A 列写「${s(d.label)}」，B 列填写${s(d.hint)}` : `「${s(d.label)}」未填写：请在此格填写${s(d.hint)}`,
  duplicate_entry: (d) => `「${s(d.label)}」填写了两次（另见 ${s(d.first)}）：请删除其中一行`,
  bad_date: (d) => `「${s(d.value)}」不是日期：请写成 2026-11-23 这样的日期`,
  bad_text: (d) => `「${s(d.value)}」无法作为文字读取：请改为普通文字`,
  unknown_field: (d) =>
    d.value === undefined || d.value === ""
      ? "字段未填写：请填写字段，例如 绩效、任现职年限、客户满意度、综合得分"
      : `「${s(d.value)}」不是已知字段${d.closest ? `（是否应为「${s(d.closest)}」？）` : ""}：请改用「${ps(d)}」表下方列出的字段；若是花名册中自己加的列，请写成「列:${s(d.value)}」`,
  unknown_op: (d) =>
    d.op === undefined || d.op === ""
      ? `运算未填写：请填写 ${ops(plain, "zh-CN")}`
      : `运算「${s(d.op)}」无法识别：请填写 ${ops(plain, "zh-CN")}（也可写 ≥、≤）；区间用 ${ops(ranged, "zh-CN")}；日期字段还可用 ${ops(dated, "zh-CN")}`,
  bad_value: (d) =>
    d.expected === "empty"
      ? `「${s(d.field)}」的值未填写：请填写${EXPECTED_ZH[s(d.want)] ?? "门槛值"}`
      : `「${s(d.field)}」的值「${s(d.value)}」不对：这里应填${EXPECTED_ZH[s(d.expected)] ?? s(d.expected)}`,
  weights_sum: (d) =>
    `${s(d.from)} → ${s(d.to)} 的综合得分权重合计为 ${s(d.sum)}，应为 1${d.cells ? `（${s(d.cells)}）` : ""}：请调整这些权重，使合计等于 1`,
  weight_field: (d) =>
    d.reason === "not_score_field"
      ? `「${s(d.field)}」不是 0-100 的分数字段，不能计入综合得分：权重只能给 绩效、技能考核、综合素质、团队协作、学习成长、发展潜力、管理能力 等分数字段`
      : `权重「${s(d.weight)}」不是有效的数：请填写 0 到 1 之间的小数，例如 0.25（也可写 25%）`,
  duplicate_weight: (d) => `「${s(d.field)}」在 ${s(d.from)} → ${s(d.to)} 的综合得分里已有权重（${s(d.first)}）：请删掉重复的一行`,
  unknown_level: (d) =>
    `「${s(d.level)}」不是「${ls(d)}」表里的职级或别名${d.closest ? `（是否应为「${s(d.closest)}」？）` : ""}：请改成已有的职级，或先在「${ls(d)}」表添加它`,
  duplicate_level: (d) => `「${s(d.name)}」已在「${ls(d)}」表用过（${s(d.first)}）：职级名和别名都不能重复，请改名或删去一个`,
  cycle: (d) => `晋升形成了循环（${s(d.cycle)}）：晋升只能向上，请删除或改正这一步`,
  unreachable: (d) =>
    d.reason === "no_step_in"
      ? `没有任何规则晋升到「${s(d.level)}」：请在「${rs(d)}」表加一步「到 = ${s(d.level)}」，或删除这个职级`
      : `从第一个职级「${s(d.first)}」出发到不了「${s(d.level)}」：请检查「${rs(d)}」表里通往它的步骤`,
  no_paths: (d) => `${s(d.from)} → ${s(d.to)} 没有任何条件：请至少填写一行条件（字段、运算、值）`,
  score_without_weights: (d) =>
    `${s(d.from)} → ${s(d.to)} 用到综合得分，但没有组成项：请加几行只填「字段」和「权重」的行（例如 绩效 0.5），权重合计为 1`,
  duplicate_step: (d) => `${s(d.from)} → ${s(d.to)} 与 ${s(d.first)} 是同一步（别名指向同一职级）：请把条件写在同一组行里`,
  bad_pay: (d) =>
    d.reason === "band_order"
      ? `职级「${s(d.level)}」的薪资带 ${s(d.pay)} 顺序不对：应为 薪资最低 <= 薪资中位 <= 薪资最高`
      : `职级「${s(d.level)}」的月薪「${s(d.pay)}」无效：请填写不小于 0 的金额（元/月），例如 6000，或留空`,
  bad_calibration: (d) => CALIBRATION_ZH[s(d.reason)]?.(d) ?? `校准设置「${s(d.value)}」无效`,
  bad_allowance: (d) => `储备职级「${s(d.level)}」的月津贴「${s(d.allowance)}」无效：请填写不小于 0 的金额（元），例如 30`,
  bad_order: (d) => `顺序「${s(d.value)}」不是数字：请填写 1、2、3 这样的序号，或留空（排在上一行之后）`,
  bad_flag: (d) => `「${s(d.value)}」不是 是/否：请填写 是 或 否（留空表示否）`,
  missing_level_name: () => "这一行没有填写职级：请填写职级名称，或删除这一行",
  incomplete_rule: (d) => `这一行缺少「${s(d.column)}」：请填写晋升${d.column === "从" || d.column === "From" ? "前" : "后"}的职级`,
  vacancy_conflict: (d) => `${s(d.from)} → ${s(d.to)} 的「空缺」前后不一致（${s(d.first)} 填的是 ${s(d.other)}）：同一步的各行请填相同的值`,
  bad_amount: (d) => `档位「${s(d.tier)}」的月奖金「${s(d.amount)}」无效：请填写不小于 0 的金额（元），例如 500`,
  tier_name: () => "这一行没有填写档位名称：请填写档位（例如 A档），或删除这一行",
  duplicate_tier: (d) => `档位「${s(d.tier)}」重复：每个档位的名称都要不同，请改名或删去一行`,
  bonus_field: (d) => `综合得分只属于晋升步骤，不能用于奖金档位「${s(d.tier)}」：请改用 绩效、工单量、客户满意度 等花名册中的字段`,
  bonus_header: (d) =>
    `「${s(d.value)}」不是条件列的标题：条件列写成「字段 运算」，例如「工单量 >=」「客户满意度 >=」「差错率 <=」；不用的列请清空标题`,
  bad_bands: (d) => `准备度分界「${s(d.value)}」不对：请填写两个由小到大的整月数（1 到 ${s(d.max)}），例如 12, 24（12 个月内为「1 年内」，24 个月内为「1-2 年」）`,
  bad_forecast: (d) => `预测月数「${s(d.value)}」不对：请填写 1 到 ${s(d.max)} 之间的整月数，例如 12`,
  key_level: (d) => `关键岗位「${s(d.level)}」不是职级表里的职级：请改成已有的职级`,
  bad_action: (d) =>
    d.reason === "field"
      ? "这一行没有填写字段：请填写这项措施针对的条件字段（例如 客户满意度），或删除这一行"
      : d.reason === "action"
        ? `「${s(d.field)}」的发展措施未填写：请填写培训模块或任务，例如 客户服务与满意度管理（第六周）`
        : `「${s(d.field)}」的周数「${s(d.value)}」不对：请填写不小于 0 的周数，例如 4`,
  duplicate_action: (d) => `「${s(d.field)}」已有一条发展措施：每个字段只写一条，请合并或删去一行`,
  bad_nine_box: (d) =>
    `九宫格${d.axis === "potential" ? "潜力" : "绩效"}分界「${s(d.value)}」不对：请填写两个 0 到 100 之间、由小到大的分数，例如 70, 85（低于 70 为低，85 及以上为高）`,
  op_field: (d) =>
    d.kind === "date"
      ? `「${s(d.field)}」是日期字段，运算只能是 <=、>=（值填 评审日）或 not_within（值填月数，例如 12）`
      : `运算 not_within（不在近 N 个月内）只能用于日期字段（如 违纪日期）：「${s(d.field)}」请改用 ${ops(plain, "zh-CN")}`,
  bad_window: (d) => WINDOW_ZH[s(d.reason)]?.(d) ?? `「${s(d.field)}」的滚动窗口写法不对：请写成 近6月平均:客户满意度 这样的字段`,
  blocker_scope: (d) => `否决行的 从「${s(d.from)}」到「${s(d.to)}」没有对应的晋升步骤：请改成已有的步骤，或写 全部`,
  blocker_score: () => "否决条件不能用综合得分（并非每一步都有综合得分）：请改用具体字段，或把它写成某一步的条件",
  too_many_criteria: (d) =>
    `${s(d.from)} → ${s(d.to)} 的路径「${s(d.path)}」有 ${s(d.count)} 个条件（含适用于这一步的 ${s(d.blockers)} 个否决条件），最多 ${s(d.max)} 个：请合并或删去一些条件`,
  invalid_policy: (d) => `方案无法使用：${s(d.reason)}`,
  json_syntax: (d) => `不是有效的 JSON（${s(d.reason)}）：请修正语法，或用 promo policy export --json 重新导出`,
  bad_type: (d) => `${d.missing ? "缺少此项" : "类型不对"}：应为${TYPES_ZH[s(d.expected)] ?? s(d.expected)}`,
  unknown_key: (d) => `未知的键「${s(d.key)}」：请删除或改正（可用的键：${s(d.allowed)}）`,
};

const EN: Readonly<Record<string, Builder>> = {
  missing_sheet: (d) => `the workbook has no sheet "${s(d.sheet)}": rename it back, or export the policy again with promo policy export and edit that`,
  missing_column: (d) => `the header row of "${s(d.sheet)}" has no "${s(d.column)}" column: add the header "${s(d.column)}"`,
  missing_value: (d) =>
    d.absent ? `there is no "${s(d.label)}" row: write "${s(d.label)}" in column A and ${s(d.hint)} in column B` : `"${s(d.label)}" is empty: enter ${s(d.hint)} here`,
  duplicate_entry: (d) => `"${s(d.label)}" is given twice (see also ${s(d.first)}): delete one of the rows`,
  bad_date: (d) => `"${s(d.value)}" is not a date: write a date such as 2026-11-23`,
  bad_text: (d) => `"${s(d.value)}" cannot be read as text: type plain text`,
  unknown_field: (d) =>
    d.value === undefined || d.value === ""
      ? "the field is empty: enter a field such as Performance, Years in level, CSAT or Score"
      : `"${s(d.value)}" is not a known field${d.closest ? ` (did you mean "${s(d.closest)}"?)` : ""}: use one of the fields listed on the "${ps(d, "Policy")}" sheet; for a column of your own in the roster, write "Column:${s(d.value)}"`,
  unknown_op: (d) =>
    d.op === undefined || d.op === ""
      ? `the operator is empty: enter ${ops(plain, "en-US")}`
      : `the operator "${s(d.op)}" is not known: enter ${ops(plain, "en-US")} (≥ and ≤ work too); ${ops(ranged, "en-US")} for a range; date fields also take ${ops(dated, "en-US")}`,
  bad_value: (d) =>
    d.expected === "empty"
      ? `the value for "${s(d.field)}" is empty: enter ${EXPECTED_EN[s(d.want)] ?? "a threshold"}`
      : `the value "${s(d.value)}" for "${s(d.field)}" is wrong: enter ${EXPECTED_EN[s(d.expected)] ?? s(d.expected)}`,
  weights_sum: (d) =>
    `the composite score weights of ${s(d.from)} → ${s(d.to)} sum to ${s(d.sum)}, not 1${d.cells ? ` (${s(d.cells)})` : ""}: change them so that they sum to 1`,
  weight_field: (d) =>
    d.reason === "not_score_field"
      ? `"${s(d.field)}" is not a 0-100 score field and cannot be part of a composite score: weight score fields such as Performance, Skill, Quality, Teamwork, Learning, Potential, Management`
      : `the weight "${s(d.weight)}" is not a valid number: enter a fraction between 0 and 1 such as 0.25 (or 25%)`,
  duplicate_weight: (d) => `"${s(d.field)}" already has a weight in the composite score of ${s(d.from)} → ${s(d.to)} (${s(d.first)}): delete the repeated row`,
  unknown_level: (d) =>
    `"${s(d.level)}" is not a level or alias on the "${ls(d, "Levels")}" sheet${d.closest ? ` (did you mean "${s(d.closest)}"?)` : ""}: use an existing level, or add it to the "${ls(d, "Levels")}" sheet first`,
  duplicate_level: (d) => `"${s(d.name)}" is already used on the "${ls(d, "Levels")}" sheet (${s(d.first)}): level names and aliases must be unique; rename or delete one`,
  cycle: (d) => `the steps form a cycle (${s(d.cycle)}): promotions only go up; delete or correct this step`,
  unreachable: (d) =>
    d.reason === "no_step_in"
      ? `no rule leads to "${s(d.level)}": add a step with To = ${s(d.level)} on the "${rs(d, "Rules")}" sheet, or delete the level`
      : `"${s(d.level)}" cannot be reached from the first level "${s(d.first)}": check the steps leading to it on the "${rs(d, "Rules")}" sheet`,
  no_paths: (d) => `${s(d.from)} → ${s(d.to)} has no criteria: enter at least one row with a field, an operator and a value`,
  score_without_weights: (d) =>
    `${s(d.from)} → ${s(d.to)} uses the composite score but has no components: add rows with only a field and a weight (e.g. Performance 0.5), summing to 1`,
  duplicate_step: (d) => `${s(d.from)} → ${s(d.to)} is the same step as ${s(d.first)} (an alias names the same level): keep its criteria in one group of rows`,
  bad_pay: (d) =>
    d.reason === "band_order"
      ? `the pay band ${s(d.pay)} of the level "${s(d.level)}" is out of order: it should be min <= mid <= max`
      : `the monthly pay "${s(d.pay)}" of the level "${s(d.level)}" is not valid: enter an amount of 0 or more (yuan a month), e.g. 6000, or leave it empty`,
  bad_calibration: (d) => CALIBRATION_EN[s(d.reason)]?.(d) ?? `the calibration setting "${s(d.value)}" is not valid`,
  bad_allowance: (d) => `the monthly allowance "${s(d.allowance)}" of the reserve level "${s(d.level)}" is not valid: enter an amount of 0 or more (yuan), e.g. 30`,
  bad_order: (d) => `the order "${s(d.value)}" is not a number: enter 1, 2, 3... or leave it empty (it then follows the row above)`,
  bad_flag: (d) => `"${s(d.value)}" is not Yes/No: enter Yes or No (empty means No)`,
  missing_level_name: () => "this row has no level name: enter the level, or delete the row",
  incomplete_rule: (d) => `this row has no "${s(d.column)}": enter the level ${d.column === "从" || d.column === "From" ? "promoted from" : "promoted to"}`,
  vacancy_conflict: (d) => `the Vacancy cells of ${s(d.from)} → ${s(d.to)} disagree (${s(d.first)} says ${s(d.other)}): give every row of a step the same value`,
  bad_amount: (d) => `the monthly bonus "${s(d.amount)}" of tier "${s(d.tier)}" is not valid: enter an amount of 0 or more (yuan), e.g. 500`,
  tier_name: () => "this row has no tier name: enter one (e.g. Tier A), or delete the row",
  duplicate_tier: (d) => `the tier "${s(d.tier)}" is listed twice: give every tier its own name, or delete one row`,
  bonus_field: (d) => `the composite score belongs to a promotion step and cannot be used in bonus tier "${s(d.tier)}": use roster fields such as Performance, Tickets, CSAT`,
  bonus_header: (d) =>
    `"${s(d.value)}" is not a criterion column header: write "field operator", e.g. "Tickets >=", "CSAT >=", "Error rate <="; clear the header of a column you do not use`,
  bad_bands: (d) => `the readiness band limits "${s(d.value)}" are not valid: enter two whole numbers of months from 1 to ${s(d.max)}, smaller first, e.g. 12, 24 (within 12 months: "within 1 year"; within 24: "1-2 years")`,
  bad_forecast: (d) => `the forecast months "${s(d.value)}" are not valid: enter a whole number of months from 1 to ${s(d.max)}, e.g. 12`,
  key_level: (d) => `the key position "${s(d.level)}" is not a level of the Levels sheet: use an existing level`,
  bad_action: (d) =>
    d.reason === "field"
      ? "this row has no field: enter the criterion field the action develops (e.g. CSAT), or delete the row"
      : d.reason === "action"
        ? `the development action of "${s(d.field)}" is empty: enter a training module or task, e.g. Customer service and satisfaction (week 6)`
        : `the weeks "${s(d.value)}" of "${s(d.field)}" are not valid: enter a number of weeks of 0 or more, e.g. 4`,
  duplicate_action: (d) => `"${s(d.field)}" already has a development action: one row per field, merge or delete one`,
  bad_nine_box: (d) =>
    `the 9-box ${d.axis === "potential" ? "potential" : "performance"} cuts "${s(d.value)}" are not valid: enter two scores from 0 to 100 in increasing order, e.g. 70, 85 (below 70 is low, 85 and above is high)`,
  op_field: (d) =>
    d.kind === "date"
      ? `"${s(d.field)}" is a date field: its operator is <=, >= (value: Review date) or not_within (value: a number of months, e.g. 12)`
      : `the operator not_within (not in the last N months) applies to date fields only (e.g. Disciplinary date): use ${ops(plain, "en-US")} for "${s(d.field)}"`,
  bad_window: (d) => WINDOW_EN[s(d.reason)]?.(d) ?? `the rolling window on "${s(d.field)}" is not written right: write a field such as avg6:CSAT`,
  blocker_scope: (d) => `the blocker's From "${s(d.from)}" and To "${s(d.to)}" match no promotion step: use an existing step, or write All`,
  blocker_score: () => "a blocker cannot use the composite score (not every step has one): use a roster field, or make it a criterion of one step",
  too_many_criteria: (d) =>
    `${s(d.from)} → ${s(d.to)}, path "${s(d.path)}" has ${s(d.count)} criteria (${s(d.blockers)} of them blockers that apply to the step); at most ${s(d.max)}: merge or remove some`,
  invalid_policy: (d) => `the policy cannot be used: ${s(d.reason)}`,
  json_syntax: (d) => `not valid JSON (${s(d.reason)}): fix the syntax, or export it again with promo policy export --json`,
  bad_type: (d) => `${d.missing ? "missing" : "wrong type"}: expected ${TYPES_EN[s(d.expected)] ?? s(d.expected)}`,
  unknown_key: (d) => `unknown key "${s(d.key)}": delete or correct it (known keys: ${s(d.allowed)})`,
};

/** The message for an issue code in a locale (the code itself for an unknown code). */
export function issueMessage(code: string, detail: IssueDetail, locale: Locale): string {
  const builder = inLocale({ zh: ZH, en: EN }, locale)[code];
  return builder ? builder(detail) : code;
}
