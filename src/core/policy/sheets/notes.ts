/**
 * The texts written into exported policy sheets: the how-to-edit notes and the field list on
 * the 晋升方案 sheet, and the 说明 cells of the 规则 sheet.
 */
import type { FieldType } from "../../model/fields";
import type { Locale } from "../../i18n/locale";

/** How to edit the sheets, one line per note row. */
export const EDIT_NOTES: Readonly<Record<Locale, readonly string[]>> = {
  "zh-CN": [
    "「规则」表每行一个条件：从、到 是晋升前后的职级；同一对 从/到 的各行合起来是这一步的条件，全部满足才达标。",
    "路径：标准 是默认路径；同一步可再写 破格 等路径的条件，满足任意一条路径即可晋升。",
    "综合得分：写一行 字段=综合得分、运算 >=、值=最低分；再为每个组成项写一行，只填 字段 和 权重，权重合计须为 1。",
    "运算填 >=、<=、= 或 in（in 的值用 、 分隔）；百分比写成 95%；是/否 字段的值写 是 或 否。",
    "「职级」表：顺序 决定阶梯；储备=是 的职级达标后待空缺并享受月津贴；别名用 、 分隔；下一职级 仅供查看，由规则决定。",
    "花名册中自己加的列，在 字段 中写成「列:列名」。下方列出了可用的字段。",
    "改完运行 promo policy check 本文件 检查；promo review 会自动使用工作簿中的这三张表。",
    "任何改动都会改变评审结果中的方案指纹；请同时更新 版本 和 修订日期。",
    "否决：路径 填 否决 的行是一票否决条件，加到 从/到 所指各步（全部 = 所有职级）的每条路径上，破格也不能绕过；说明 列写否决理由。日期字段与评审日比较：转正日期 <= 评审日、证书有效期 >= 评审日；违纪日期 not_within 12 = 近 12 个月内无违纪（空白 = 无记录）。",
    "滚动指标：字段写 近6月平均:客户满意度、近6月最低:客户满意度 或 近6月达标月数(>=90%):客户满意度，取花名册月度列（如「客户满意度 2026-06」「2026年6月客户满意度」「6月客户满意度」）中评审月及之前最近一个月往前连续 6 个月；缺少某月的列或某月为空时记为缺少数据（不会用更早的月份代替）。",
  ],
  "en-US": [
    "Rules sheet: one criterion per row. From and To are the levels before and after; the rows of one From/To pair are the step's criteria, all of which must hold.",
    "Path: Standard is the default path; a step may have more paths (e.g. 破格, fast track); meeting any one path is enough.",
    "Composite score: one row Field = Score, Operator >=, Value = the minimum; then one row per component with only Field and Weight; weights sum to 1.",
    "Operators: >=, <=, = or in (in takes values separated by commas); percentages as 95%; Yes/No fields take Yes or No.",
    "Levels sheet: Order sets the ladder; a Reserve level (Yes) waits for a vacancy when it passes and earns its monthly allowance; aliases separated by commas; Next levels is for reading only.",
    "A column of your own in the roster is written Column:<header> in Field. The fields you can use are listed below.",
    "Check your edits with promo policy check <this file>; promo review uses these three sheets when they are in the roster workbook.",
    "Any edit changes the policy fingerprint printed on reviews; update Version and Revised too.",
    "Blockers: rows with Path = Blocker veto a promotion; they are added to every path (fast track included) of the steps their From/To name (All = every level); Note holds the reason. Date fields compare with the review date: Probation end <= Review date, Certificate expiry >= Review date; Disciplinary date not_within 12 = no record in the last 12 months (empty = no record).",
    "Rolling windows: write avg6:CSAT, min6:CSAT or count6(>=90%):CSAT in Field; they use the roster's monthly columns (CSAT 2026-06, 2026年6月CSAT, 6月CSAT), 6 consecutive months ending at the latest one up to the review month; a month without a column or an empty month makes the criterion missing (an older month never stands in).",
  ],
};

/** Field types as the field list describes them: meaning and an example value. */
export const TYPE_NOTES: Readonly<Record<Locale, Readonly<Partial<Record<FieldType, readonly [string, string]>>>>> = {
  "zh-CN": {
    years: ["年数", "1 或 0.5"],
    score: ["分数 0-100", "80"],
    percent: ["百分比", "95%"],
    count: ["数量", "2000"],
    boolean: ["是/否", "是"],
    education: ["学历（初中<高中<大专<本科<硕士<博士）", "本科"],
    text: ["文字（可用 in）", "客服一部、客服二部"],
    date: ["日期（与评审日比较，或 not_within 月数）", "评审日"],
  },
  "en-US": {
    years: ["years", "1 or 0.5"],
    score: ["score 0-100", "80"],
    percent: ["percentage", "95%"],
    count: ["count", "2000"],
    boolean: ["Yes/No", "Yes"],
    education: ["education (junior high < high school < associate < bachelor < master < doctorate)", "本科"],
    text: ["text (use in)", "Team 1, Team 2"],
    date: ["date (compared with the review date, or not_within months)", "Review date"],
  },
};

/** Words of the exported sheets that are not column headers, in one language. */
export interface SheetWords {
  readonly item: string;
  readonly content: string;
  readonly notes: string;
  readonly fields: string;
  readonly type: string;
  readonly example: string;
  readonly scoreRow: string;
  readonly weightRow: string;
  readonly vacancyRow: string;
  /** Written before a custom column's header text (`列:考勤天数`). */
  readonly customPrefix: string;
  /** The 路径 cell of a blocker row. */
  readonly blocker: string;
  /** The 从/到 cell of a blocker row that covers every level. */
  readonly allLevels: string;
  /** The 值 cell of a date criterion compared with the review date. */
  readonly asOf: string;
  readonly yes: string;
  readonly no: string;
  /** The standard path's label. */
  readonly standard: string;
  /** The fast-track path's label. */
  readonly fastTrack: string;
  /** The 负责人 dropdown's suggestions. */
  readonly owners: readonly string[];
}

/** Words of the exported sheets that are not column headers, by locale. */
export const SHEET_WORDS: Readonly<Record<Locale, SheetWords>> = {
  "zh-CN": {
    item: "项目",
    content: "内容",
    notes: "说明",
    fields: "可用字段",
    type: "类型",
    example: "值的写法",
    scoreRow: "最低综合得分",
    weightRow: "综合得分组成项",
    vacancyRow: "储备达标后待空缺",
    customPrefix: "列:",
    blocker: "否决",
    allLevels: "全部",
    asOf: "评审日",
    yes: "是",
    no: "否",
    standard: "标准",
    fastTrack: "破格",
    owners: ["直属主管", "培训部", "本人"],
  },
  "en-US": {
    item: "Item",
    content: "Value",
    notes: "Notes",
    fields: "Fields",
    type: "Type",
    example: "Example value",
    scoreRow: "minimum composite score",
    weightRow: "composite score component",
    vacancyRow: "a reserve who passes waits for a vacancy",
    customPrefix: "Column:",
    blocker: "Blocker",
    allLevels: "All",
    asOf: "Review date",
    yes: "Yes",
    no: "No",
    standard: "Standard",
    fastTrack: "Fast track",
    owners: ["Line manager", "Training dept", "Self"],
  },
};
