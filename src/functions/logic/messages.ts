/**
 * Everything the PROMO.* formulas say (their `#VALUE!` and `#N/A` messages, plan texts), one typed
 * catalogue per language (issue 17), chosen by Excel's display language. What the core says
 * (unmet criteria, row errors, plan sentences) comes from the core's catalogue.
 *
 * To add a message: add the key to {@link FormulaMessages} (a string, or a function of its
 * arguments), then its text to `ZH` and `EN`; both are typed `FormulaMessages`, so a missing
 * translation does not compile. English counts go through the core's `plural`, never `(s)`.
 */
import { plural, type Locale } from "../../core";

/** The formulas' messages in one language. */
export interface FormulaMessages {
  /** The list separator (`、` / `, `). */
  readonly listSep: string;
  /** The separator between whole clauses (`；` / `; `). */
  readonly clauseSep: string;

  // ---- arguments and dates
  readonly recordAndHeadersRequired: string;
  readonly recordShape: (recordRows: number, headerRows: number) => string;
  readonly recordWidth: (record: number, headers: number) => string;
  readonly notAHeaderRow: (shown: string) => string;
  readonly emptyRow: string;
  readonly notADate: (name: string, value: string) => string;
  /** The as-of argument's name in a date message. */
  readonly asOfName: string;
  readonly startDateName: string;
  readonly startDateEmpty: string;
  readonly startAfterAsOf: string;
  readonly internalError: (detail: string) => string;

  // ---- PROMO.REVIEW
  readonly notARoster: string;
  readonly noHeaderInTable: string;
  readonly spillTooLarge: (people: number, mb: string, fit: number) => string;

  // ---- targets, scores, dates, plans
  readonly topOfLadder: (level: string) => string;
  readonly targetNotInPolicy: (target: string, policy: string, levels: string) => string;
  readonly notANextLevel: (target: string, level: string, next: string) => string;
  readonly noScore: (level: string) => string;
  readonly metNoDate: string;
  readonly unmetNoDate: string;
  readonly noBonusTiers: (policy: string) => string;
  /** PROMO.COST: the level an eligible employee goes into has neither 月薪 nor a band minimum. */
  readonly noLevelPay: (level: string, policy: string) => string;
  /** A plan step in a cell: `1. 数据分析（主管，2 周，2027-01-04 完成）`. */
  readonly planStep: (order: number, action: string, owner: string, weeks: number, done: string) => string;

  // ---- choosing the policy
  readonly unknownTemplate: (text: string, fromSetting: boolean, ids: string) => string;
  readonly sheetsUnreadable: (message: string) => string;
  readonly sheetsProblems: (count: number, shown: readonly string[], hidden: number) => string;
  readonly rangeWithoutSheets: string;
  readonly policyNotText: (value: string) => string;
  readonly ambiguousLevel: (level: string, names: string) => string;
  readonly noTemplateKnows: string;
}

const ZH: FormulaMessages = {
  listSep: "、",
  clauseSep: "；",
  recordAndHeadersRequired: "缺少 record 或 headers 参数：请选择员工所在行和表头行",
  recordShape: (r, h) => `record 应为一行（如 A4:P4 或 表1[@]），headers 应为表头行（如 A$3:P$3 或 表1[#标题]）；收到 ${r} 行和 ${h} 行`,
  recordWidth: (r, h) => `record 有 ${r} 列而 headers 有 ${h} 列：请选择同样宽的两行`,
  notAHeaderRow: (shown) => `headers 不是花名册的表头行：需要工号、职级和至少三个其他已知列（如姓名、入职日期、绩效）；收到：${shown || "空"}`,
  emptyRow: "空行：这一行没有员工数据",
  notADate: (name, value) => `${name}“${value}”不是日期：请输入 Excel 日期，如 DATE(2026,11,23) 或 TODAY()`,
  asOfName: "评审日期",
  startDateName: "开始日期",
  startDateEmpty: "开始日期为空：请选择入职日期或任现职日期所在的单元格",
  startAfterAsOf: "开始日期晚于评审日期",
  internalError: (detail) => `PromoLadder 内部错误：${detail}`,
  notARoster: "table 应为花名册区域（含表头行），如 A3:Q84 或 表1[#全部]",
  noHeaderInTable: "table 的前 20 行中没有表头行（需要工号、职级和至少三个其他已知列）：区域要包含表头，Excel 表格请用 表1[#全部]",
  spillTooLarge: (people, mb, fit) =>
    `结果有 ${people} 行（约 ${mb} MB），超过 Excel 网页版一次能返回的 5 MB：整份名单请用任务窗格的“运行评审”（结果写入“晋升评审”工作表）；用公式时请把名单分成每段不超过约 ${fit} 行，每段各带表头行，分别用 PROMO.REVIEW`,
  topOfLadder: (level) => `“${level}”已是最高职级，没有下一职级`,
  targetNotInPolicy: (target, policy, levels) => `目标职级“${target}”不在方案“${policy}”中：职级有 ${levels}`,
  notANextLevel: (target, level, next) => `“${target}”不是“${level}”的下一职级（下一职级：${next}）`,
  noScore: (level) => `晋升到“${level}”没有综合评分`,
  metNoDate: "已达标：这一步没有任职年限条件，没有预计日期",
  unmetNoDate: "其他条件还未达标，无法预计日期（见 PROMO.GAPS）",
  noBonusTiers: (policy) => `方案“${policy}”没有奖金档位：请在工作簿中添加「奖金档位」表（见 promo policy export）`,
  noLevelPay: (level, policy) => `方案“${policy}”没有职级“${level}”的薪资，无法计算晋升成本：请在「职级」表填写该职级的 月薪（元）或 薪资最低（元）`,
  planStep: (order, action, owner, weeks, done) => `${order}. ${action}（${owner}，${weeks} 周，${done} 完成）`,
  unknownTemplate: (text, fromSetting, ids) => `${fromSetting ? "工作簿设置 promo.policy 中的" : ""}方案“${text}”不存在：内置方案有 ${ids}（也可写中文名，如 淘宝客服）`,
  sheetsUnreadable: (message) => `无法读取工作簿中的方案表：${message}`,
  sheetsProblems: (count, shown, hidden) => `方案表有 ${count} 处问题，修正后公式会自动更新：${shown.join("；")}${hidden > 0 ? ` 等 ${count} 处` : ""}`,
  rangeWithoutSheets: "policy 参数是一个区域，但工作簿中没有方案表：请写内置方案名（如 \"taobao-cs\"），或先导出方案表",
  policyNotText: (value) => `policy 参数“${value}”应为方案名，如 "taobao-cs"`,
  ambiguousLevel: (level, names) => `职级“${level}”在多个内置方案中都有（${names}），无法自动判断：请在 policy 参数写方案名，或在任务窗格中选择方案`,
  noTemplateKnows: "没有内置方案认识表中的职级：请在 policy 参数写方案名（如 \"taobao-cs\"），或在工作簿中建立方案表",
};

const EN: FormulaMessages = {
  listSep: ", ",
  clauseSep: "; ",
  recordAndHeadersRequired: "record and headers are required: select the employee's row and the header row",
  recordShape: (r, h) => `record should be one row (A4:P4 or Table1[@]) and headers the header row (A$3:P$3 or Table1[#Headers]); got ${r} and ${h} rows`,
  recordWidth: (r, h) => `record has ${plural(r, "cell")} but headers has ${h}: select two rows of the same width`,
  notAHeaderRow: (shown) =>
    `headers is not a roster header row: it needs an ID column, a level column and at least three other known columns (name, hire date, performance...); got: ${shown || "nothing"}`,
  emptyRow: "Empty row: there is no employee on this row",
  notADate: (name, value) => `${name} ${value} is not a date: give an Excel date such as DATE(2026,11,23) or TODAY()`,
  asOfName: "as-of date",
  startDateName: "start date",
  startDateEmpty: "The start date is empty: select the hire date or level date cell",
  startAfterAsOf: "The start date is after the as-of date",
  internalError: (detail) => `PromoLadder internal error: ${detail}`,
  notARoster: "table should be the roster range with its header row, e.g. A3:Q84 or Table1[#All]",
  noHeaderInTable:
    "No header row in the first 20 rows of table (it needs an ID column, a level column and three other known columns): include the header row; for an Excel table use Table1[#All]",
  spillTooLarge: (people, mb, fit) =>
    `The result has ${plural(people, "row")} (about ${mb} MB), more than Excel on the web can return at once (5 MB): review the whole roster from the task pane (Run review writes the 晋升评审 sheet), or split the roster into parts of at most about ${fit} rows, each with its header row, and give each part its own PROMO.REVIEW`,
  topOfLadder: (level) => `${level} is the top of the ladder: there is no next level`,
  targetNotInPolicy: (target, policy, levels) => `The target level "${target}" is not in the policy "${policy}": its levels are ${levels}`,
  notANextLevel: (target, level, next) => `${target} is not a next level of ${level} (next: ${next})`,
  noScore: (level) => `The step to ${level} has no composite score`,
  metNoDate: "Already met: the step has no time-based criterion, so there is no ready date",
  unmetNoDate: "Other criteria are not met yet, so there is no ready date (see PROMO.GAPS)",
  noBonusTiers: (policy) => `The policy "${policy}" has no bonus tiers: add a "Bonus tiers" sheet to the workbook (see promo policy export)`,
  noLevelPay: (level, policy) => `The policy "${policy}" sets no pay for ${level}, so the promotion cannot be costed: fill in its Monthly pay (yuan) or Pay band min (yuan) on the Levels (职级) sheet`,
  planStep: (order, action, owner, weeks, done) => `${order}. ${action} (${owner}, ${weeks} wk, done ${done})`,
  unknownTemplate: (text, fromSetting, ids) => `${fromSetting ? "The workbook setting promo.policy names an " : "Unknown "}template "${text}": the built-in templates are ${ids}`,
  sheetsUnreadable: (message) => `Cannot read the workbook's policy sheets: ${message}`,
  sheetsProblems: (count, shown, hidden) =>
    `The policy sheets have ${plural(count, "problem")}; formulas update once they are fixed: ${shown.join("; ")}${hidden > 0 ? ` and ${hidden} more` : ""}`,
  rangeWithoutSheets: 'The policy argument is a range but the workbook has no policy sheets: give a template id such as "taobao-cs", or export the policy sheets first',
  policyNotText: (value) => `The policy argument ${value} should be a template id such as "taobao-cs"`,
  ambiguousLevel: (level, names) => `Several built-in templates have the level "${level}" (${names}): give the policy argument, or choose the policy in the task pane`,
  noTemplateKnows: 'No built-in template knows the levels in the table: give the policy argument (e.g. "taobao-cs") or add policy sheets to the workbook',
};

const CATALOGUES: Readonly<Record<Locale, FormulaMessages>> = { "zh-CN": ZH, "en-US": EN };

/**
 * The formulas' messages in `locale`.
 * @example formulaMessages("zh-CN").emptyRow //=> "空行：这一行没有员工数据"
 */
export function formulaMessages(locale: Locale): FormulaMessages {
  return CATALOGUES[locale];
}
