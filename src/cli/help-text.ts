/**
 * The `--help` texts of every command and option, one catalogue per language (issue 18: under zh
 * every line the CLI prints is Chinese). Commands take their descriptions from here by key.
 */
import type { Locale } from "../core";
import { STREAM_CELLS } from "./io/stream/mode";

/** Descriptions of the commands, by command name. */
export type CommandKey = "program" | "review" | "templates" | "vacancy" | "policy" | "policyExport" | "policyCheck" | "nearMiss" | "diff" | "fairness" | "ninebox" | "headers" | "pipeline" | "succession" | "plan" | "cost" | "calibrate" | "history";

/** Descriptions of the options and arguments, by key. */
export type OptionKey =
  | "roster"
  | "sheet"
  | "policy"
  | "asOf"
  | "map"
  | "lang"
  | "json"
  | "out"
  | "stream"
  | "noStream"
  | "discardEdits"
  | "level"
  | "count"
  | "cascade"
  | "margin"
  | "policyA"
  | "against"
  | "by"
  | "minGroup"
  | "countAwaiting"
  | "perf"
  | "potential"
  | "potentialColumn"
  | "months"
  | "successionBy"
  | "budget"
  | "payColumn"
  | "field"
  | "threshold"
  | "tolerance"
  | "previous"
  | "calibrateBy"
  | "exportSource"
  | "exportOut"
  | "checkFile"
  | "help"
  | "version"
  | "helpCommand";

/** One language's help texts. */
export interface HelpText {
  readonly commands: Readonly<Record<CommandKey, string>>;
  readonly options: Readonly<Record<OptionKey, string>>;
  /** Help section titles (`Usage:` …) as commander passes them to `styleTitle`. */
  readonly titles: Readonly<Record<string, string>>;
  /** The usage line's placeholders for a command's options and subcommand. */
  readonly usageWords: { readonly options: string; readonly command: string };
}

const ZH: HelpText = {
  commands: {
    program: "PromoLadder 晋升阶梯：按晋升方案评审员工花名册",
    review: "按晋升方案评审花名册（.xlsx 或 .csv），写出 <花名册>-review.xlsx",
    templates: "列出内置的晋升方案模板（双通道的每条通道分行列出）",
    vacancy: "为某个职级的空缺排列候选人（等待该空缺的储备人员优先）",
    policy: "把晋升方案导出为可编辑的工作表或 JSON，并检查改过的方案",
    policyExport: "把模板（或方案文件）写成 .xlsx 工作簿中的「晋升方案/职级/规则/发展措施」工作表（有奖金档位时还有「奖金档位」），或输出 JSON",
    policyCheck: "检查方案工作簿（.xlsx）或 JSON：没有问题时输出指纹（退出码 0），否则按单元格列出每个问题（退出码 2）",
    pipeline: "准备度与晋升梯队预测：每人离下一职级多远（现在可晋升 / 1 年内 / 1-2 年 / 需发展），以及未来各月每个职级新增可晋升人数",
    succession: "关键岗位继任梯队：每个关键岗位按部门（或 --by 指定的列）列出在岗人员、现在和 1 年内可接任者、梯队强度和单点风险",
    plan: "个人发展计划：为每个尚未可晋升的员工按未达标项列出发展措施、负责人、最早完成日期和预计可晋升日期",
    cost: "晋升成本：可晋升者晋升后的每月/每年成本（职级表的月薪或薪资带）与储备津贴，按部门和职级汇总；--budget 按空缺排序规则模拟预算内可晋升的人",
    calibrate: "校准：按某一列（部门、门店、主管…）比较分数分布（均值、中位数、达标线以上占比），与公司其余人员比较并标记偏离的组；仅供校准会参考，不是晋升条件",
    history: "与上轮比较：新达标、逾期未晋升（连续几轮）、已晋升、不再达标（哪项条件）以及从首次达标到晋升的月数中位数",
    nearMiss: "列出离下一职级只差一项（或差距在给定范围内）的员工及所差内容，最接近的在前",
    diff: "用两个方案评审同一花名册，列出谁新可晋升、谁不再可晋升，以及改变结果的条件",
    fairness: "按花名册某一列分组（部门、门店、性别、年龄段…）的选拔率与五分之四规则比率；仅供复核，不是晋升条件",
    ninebox: "按绩效和发展潜力把员工放入九宫格",
    headers: "显示花名册的表头找到了哪些字段、哪些列未使用、方案需要但找不到的字段",
  },
  options: {
    roster: "花名册工作簿（.xlsx）或 CSV 文件",
    sheet: "花名册所在的工作表（默认：第一个有表头的工作表）",
    policy: "模板编号（见 promo templates）、方案 JSON 文件或含方案工作表的工作簿（默认：花名册工作簿中的方案工作表，否则按职级名称自动选择模板）",
    asOf: "评审日期，如 2026-11-23、2026/11/23 或 2026年11月23日（默认：今天）",
    map: "指定某个字段读哪一列，如 --map 职级=岗位级别；可重复使用",
    lang: "输出和提示的语言：zh（默认）或 en",
    json: "以 JSON 输出到标准输出",
    out: "输出工作簿（默认：花名册旁的 <花名册>-review.xlsx）",
    stream: `逐行读写以限制内存，用于大花名册（默认：约 ${STREAM_CELLS.toLocaleString("en-US")} 个单元格起自动开启；复制的花名册工作表保留值、格式、列宽和合并单元格，但不保留批注和数据验证等）`,
    noStream: "即使花名册很大也整本读入（复制的工作表保留 exceljs 能读到的一切）",
    discardEdits: "上次的结果文件中有你添加的工作表或「晋升评审」中添加的列时，仍然重写并丢弃它们（默认：停止并列出）",
    level: "有空缺的职级，如 领班",
    count: "空缺个数（默认 1）",
    cascade: "同时列出任命后下一级空出的位置及其候选，直到职级链底部",
    margin: "同时列出每个未达标项都在 N 分、N 个百分点或 N 个月以内的员工（默认 0）",
    policyA: "方案 A（调整前）：模板编号、方案 JSON 或含方案工作表的工作簿（默认：花名册工作簿中的方案工作表，否则自动选择）",
    against: "方案 B（调整后），写法同 --policy",
    months: "预测未来几个月（默认：方案「晋升方案」表的预测月数，12）",
    successionBy: "分组列的表头，如 门店（默认按部门列）",
    budget: "每月预算（元），例如 20000：按排名依次晋升，成本不超过剩余预算者入选",
    payColumn: "花名册中现月薪所在列的表头（默认找 现月薪、当前月薪、月薪…）",
    field: "比较的分数：绩效（默认）、技能考核、综合得分，或花名册中某一分数列的表头",
    threshold: "达标线（默认取方案中该字段的最低门槛）",
    tolerance: "均值差容差（分；默认取方案的校准容差，未设时为 5）",
    previous: "上一轮的评审工作簿（promo review 写出的 …-review.xlsx，读取其「晋升评审」表；有「晋升档案」时读取全部轮次）",
    calibrateBy: "分组列的表头，如 部门、门店 或主管列",
    by: "分组列的表头，如 部门",
    minGroup: "参评人数少于此数的组会得到小组提示，且不能作为基准组（默认 5）",
    countAwaiting: "把待空缺的储备人员也算作入选",
    perf: "绩效分档：低 < 中间值 ≤ 中 < 高值 ≤ 高（默认：方案的九宫格设置，否则 70,85）",
    potential: "潜力分档（默认：方案的九宫格设置，否则 70,85）",
    potentialColumn: "潜力列的表头（不叫「发展潜力」时）",
    exportSource: "模板编号（见 promo templates）、方案 JSON 文件或含方案工作表的工作簿",
    exportOut: "写入的工作簿（不存在则新建，存在则把方案工作表加进去；不会覆盖不是 PromoLadder 写的工作表）",
    checkFile: "含方案工作表的工作簿，或方案 JSON 文件",
    help: "显示帮助",
    version: "显示版本号",
    helpCommand: "显示某个命令的帮助",
  },
  titles: { "Usage:": "用法：", "Options:": "选项：", "Commands:": "命令：", "Arguments:": "参数：", "Global Options:": "全局选项：" },
  usageWords: { options: "[选项]", command: "[命令]" },
};

const EN: HelpText = {
  commands: {
    program: "PromoLadder: review staff rosters against promotion schemes (晋升方案)",
    review: "review a roster (.xlsx or .csv) against a promotion policy and write <roster>-review.xlsx",
    templates: "list the built-in promotion policy templates (each track of a dual ladder on its own line)",
    vacancy: "rank the candidates for vacancies at a level (reserves awaiting that vacancy first)",
    policy: "export a policy as editable workbook sheets or JSON, and check edited policies",
    policyExport: "write a template (or a policy file) as the sheets 晋升方案/职级/规则/发展措施 of an .xlsx workbook (and 奖金档位 when it has bonus tiers), or as JSON",
    policyCheck: "check a policy workbook (.xlsx) or JSON file: exit 0 with its fingerprint, or 2 with every problem by cell",
    pipeline: "readiness bands and the pipeline forecast: how far each person is from the next level (ready now / within 1 year / 1-2 years / needs development) and how many become ready for each level each month",
    succession: "succession cover for key positions: per key position and department (or the --by column), incumbents, successors ready now and within 1 year, bench strength and single points of failure",
    plan: "development plans: for everyone not yet ready, an action per unmet criterion with its owner, earliest completion date and the projected ready date",
    cost: "promotion cost: what promoting the eligible costs a month and a year (pay per level or band on the Levels sheet) and the reserve allowances, by department and level; --budget shows who fits a budget in the vacancy ranking's order",
    calibrate: "calibration: score distributions (mean, median, share at or above the threshold) by a roster column (部门, 门店, a manager column) against the rest of the company, flagging groups out of line; for the calibration meeting, never a criterion",
    history: "against the previous cycle: newly eligible, overdue (for how many cycles), promoted, no longer eligible (which criterion), and the median months from first eligible to promoted",
    nearMiss: "list the employees one criterion (or a small margin) away from their next level, with what they lack, closest first",
    diff: "review a roster under two policies and list who becomes eligible, who stops, and the criterion that changed",
    fairness: "selection rates of eligible staff per group of a roster column (部门, 门店, 性别, 年龄段...) and the four-fifths ratio; never a criterion",
    ninebox: "place employees in the 9-box (九宫格) by performance (绩效) and potential (发展潜力)",
    headers: "show which fields the roster's headers were found for, which columns are not used, and the fields the policy needs but cannot find",
  },
  options: {
    roster: "roster workbook (.xlsx) or CSV file",
    sheet: "sheet holding the roster (default: the first sheet with a header row)",
    policy: "template id (promo templates), policy JSON file or workbook with policy sheets (default: the roster workbook's policy sheets, else the best match of its levels)",
    asOf: "review date, e.g. 2026-11-23, 2026/11/23 or 2026年11月23日 (default: today)",
    map: "read a field from a column, e.g. --map level=岗位级别 or --map 职级=岗位级别; repeatable",
    lang: "language of the output and messages: zh (default) or en",
    json: "print JSON on stdout",
    out: "output workbook (default: <roster>-review.xlsx beside the roster)",
    stream: `read and write row by row in bounded memory, for large rosters (default: on from about ${STREAM_CELLS.toLocaleString("en-US")} cells; the copy of the roster's sheets then keeps values, formats, widths and merges but not e.g. comments or data validation)`,
    noStream: "load the whole workbook even when the roster is large (the copy keeps everything exceljs reads)",
    discardEdits: "rewrite the output even when the previous one holds sheets you added or columns you added to 晋升评审, dropping them (default: stop and list them)",
    level: "level with the vacancy, e.g. 领班",
    count: "number of places (default 1)",
    cascade: "also show the vacancies the appointments open below, and their shortlists, down the ladder",
    margin: "also list those whose every unmet criterion is within N score points, N percentage points or N months (default 0)",
    policyA: "policy A (before): template id, policy JSON or workbook with policy sheets (default: the roster workbook's policy sheets, else the best match)",
    against: "policy B (after), in the same forms as --policy",
    months: "number of months the forecast looks ahead (default: the policy's 预测月数, 12)",
    successionBy: "the grouping column's header, e.g. 门店 (default: the 部门 column)",
    budget: "monthly budget in yuan, e.g. 20000: down the ranking, each whose cost fits what remains is promoted",
    payColumn: "the roster's header of the current-pay column (default: 现月薪, 当前月薪, 月薪...)",
    field: "the score compared: 绩效 (default), 技能考核, 综合得分, or a score column's header",
    threshold: "threshold of the share above (default: the policy's lowest bar on the field)",
    tolerance: "mean difference tolerance in points (default: the policy's 校准容差, else 5)",
    previous: "the previous cycle's review workbook (a ...-review.xlsx written by promo review: its 晋升评审 sheet, or every cycle of its 晋升档案 log)",
    calibrateBy: "the roster's header of the grouping column, e.g. 部门, 门店 or a manager column",
    by: "the roster's header of the grouping column, e.g. 部门",
    minGroup: "groups with fewer evaluated employees get a small-group warning and cannot be the reference (default 5)",
    countAwaiting: "count reserves awaiting a vacancy (待空缺) as selected",
    perf: "performance bands: low < MID <= mid < HIGH <= high (default: the policy's 9-box setting, else 70,85)",
    potential: "potential bands (default: the policy's 9-box setting, else 70,85)",
    potentialColumn: "the roster's potential column when it is not headed 发展潜力",
    exportSource: "template id (promo templates), policy JSON file or workbook with policy sheets",
    exportOut: "workbook to write (created, or the sheets are added to it; a sheet PromoLadder did not create is never overwritten)",
    checkFile: "workbook with policy sheets, or policy JSON file",
    help: "display help for command",
    version: "output the version number",
    helpCommand: "display help for command",
  },
  titles: {},
  usageWords: { options: "[options]", command: "[command]" },
};

const CATALOGUES: Readonly<Record<Locale, HelpText>> = { "zh-CN": ZH, "en-US": EN };

/**
 * The help texts in `locale`.
 * @example helpText("zh-CN").options.asOf //=> "评审日期，如 2026-11-23、…"
 */
export function helpText(locale: Locale): HelpText {
  return CATALOGUES[locale];
}
