/**
 * Every sentence, heading and fixed word of the sheets src/report builds, one typed catalogue per
 * language (issue 17). Column headers shared with other outputs are in `labels.ts`; what the core
 * says (unmet criteria, bands, plans) comes from the core's catalogue.
 *
 * To add a message: add the key to {@link ReportMessages} (a string, or a function of its
 * arguments), then its text to `ZH` and `EN`; both are typed `ReportMessages`, so a missing
 * translation does not compile. English counts go through the core's `plural`, never `(s)`.
 */
import { plural, pluralWord, type ChangeKind, type CycleCategory, type Locale } from "../core";

/** Gaps of a near miss that have no measure, in words. */
export type UnmeasuredGap = "missing" | "error" | "blocker" | "over" | "yes" | "level" | "other";

/** The report's messages in one language. */
export interface ReportMessages {
  // ---- shared words
  /** The list separator (`、` / `, `). */
  readonly listSep: string;
  /** The separator between whole clauses (`；` / `; `). */
  readonly clauseSep: string;
  /** Between a label and its text (`：` / `: `). */
  readonly labelSep: string;
  /** `中级运营（破格）`: a text with a remark in parentheses. */
  readonly withNote: (text: string, note: string) => string;
  readonly emptyGroup: string;
  readonly total: string;
  readonly count: string;
  readonly yes: string;
  readonly no: string;

  // ---- 晋升评审, 晋升档案, sign-offs
  readonly reviewTitle: (policy: string, fingerprint: string, asOf: string, sheet: string) => string;
  readonly logTitle: string;
  /** Starts a sign-off the review has made stale. */
  readonly staleSignOffPrefix: string;
  readonly staleSignOff: (text: string, when: string, decision: string) => string;

  // ---- 人才库
  readonly poolTitle: (policy: string, asOf: string, people: number) => string;
  readonly poolTotal: (people: number) => string;
  readonly reserveLevel: string;
  readonly allowanceTotal: string;

  // ---- 晋升汇总
  readonly summaryTitle: (policy: string) => string;
  readonly warning: string;
  /** The policy and run facts' labels. */
  readonly facts: { readonly policy: string; readonly id: string; readonly version: string; readonly fingerprint: string; readonly asOf: string; readonly roster: string; readonly headerRow: string; readonly total: string };
  readonly columnsNotUsed: string;
  readonly noDept: string;
  readonly status: string;
  readonly level: string;
  readonly dept: string;
  readonly reserveAllowanceTotal: string;
  readonly statusChart: string;
  readonly bonusColumns: readonly [tier: string, monthly: string, people: string, total: string];
  readonly bonusTotal: string;

  // ---- policy what-ifs (diff)
  readonly changeKind: Readonly<Record<ChangeKind, string>>;
  /** A criterion unmet under A and met under B. */
  readonly cleared: (unmet: string) => string;
  /** A criterion met under A and unmet under B. */
  readonly appeared: (unmet: string) => string;
  readonly diffSummary: (newly: number, noLonger: number, changed: number, unchanged: number, a: string, b: string) => string;

  // ---- 空缺候选 and the vacancy cascade
  readonly shortlistTitle: (level: string, places: number, policy: string, fingerprint: string, asOf: string) => string;
  readonly noYears: string;
  readonly years: (v: string) => string;
  readonly rankLast: (total: number) => string;
  readonly rankTotal: (total: number, next: number) => string;
  readonly rankPerf: (total: number, perf: number, next: number) => string;
  readonly rankYears: (years: string, next: string) => string;
  readonly rankId: (id: string, next: string) => string;
  readonly cascadeHeading: string;
  readonly cascadeOpened: (ids: readonly string[]) => string;
  readonly cascadeUnfilled: (n: number) => string;
  readonly cascadeStep: (step: number, level: string, places: number, opened: string, candidates: number, who: string, unfilled: string) => string;
  readonly noInternalCandidate: string;
  readonly cascadeSummary: (steps: number, chain: string) => string;

  // ---- 差一步, 选拔率, 九宫格
  readonly nearMissHeaders: readonly string[];
  readonly nearMissHeading: (n: number, shown: number, more: boolean) => string;
  readonly unmeasured: Readonly<Record<UnmeasuredGap, string>>;
  readonly belowThreshold: (threshold: number) => string;
  readonly reference: string;
  readonly fewerThan: (min: number) => string;
  readonly fairnessHeaders: readonly [evaluated: string, selected: string, rate: string, ratio: string, rule: string, size: string, left: string];
  readonly fairnessHeading: (column: string, letters: string, evaluated: number, selected: number, excluded: number, threshold: number) => string;
  readonly noFairness: string;
  /** After a 9-box cell's names when there are more than shown. */
  readonly moreNames: (total: number, hidden: number) => string;
  readonly bands: { readonly low: (mid: number) => string; readonly mid: (mid: number, high: number) => string; readonly high: (high: number) => string };
  readonly potential: string;
  readonly performance: string;
  readonly nineBoxCorner: string;
  readonly nineBoxHeading: (pm: number, ph: number, potential: string | null, qm: number, qh: number, placed: number, unplaced: number) => string;
  readonly nineBoxUnusable: string;
  readonly nineBoxNoPotential: string;

  // ---- talent: forecast, 继任梯队, 发展计划
  readonly monthUntil: (until: string) => string;
  readonly targetLevel: string;
  readonly readyNow: string;
  readonly monthsTotal: (months: number) => string;
  readonly readiness: string;
  readonly readinessHeading: string;
  readonly forecastHeading: (months: number) => string;
  /** A successor: `张三（KF1001）`, `李四（KF1002，2027-02-01）`. */
  readonly successor: (name: string, id: string, readyDate: string | null) => string;
  readonly singlePointRisk: string;
  readonly noIncumbent: string;
  readonly successionHeaders: readonly [position: string, incumbents: string, heldBy: string, readyNow: string, within1y: string, bench: string, risk: string];
  readonly keyPositions: string;
  readonly noKeyPositions: string;
  readonly groupedBy: string;
  readonly singlePoints: string;
  readonly note: string;
  readonly benchNote: string;
  readonly successionTitle: string;
  readonly planStepHeaders: readonly string[];
  readonly noAction: (criteria: readonly string[]) => string;
  readonly timeWait: string;
  /** A plan block's first cell: `张三（KF1001）`. */
  readonly person: (name: string, id: string) => string;
  readonly people: string;
  readonly morePlans: (n: number, max: number) => string;
  readonly schedule: string;
  readonly scheduleNote: string;
  readonly plansTitle: string;

  // ---- issue #21's blocks (晋升成本, 校准, 与上轮比较)
  readonly round: RoundMessages;
}

/** The words of issue #21's blocks (晋升成本, 校准, 与上轮比较: `round-blocks.ts`), in one language. */
export interface RoundMessages {
  readonly costBasis: Readonly<Record<"raise" | "level_pay" | "band_min" | "no_pay", string>>;
  readonly payFrom: (header: string, column: string) => string;
  readonly noPayColumn: string;
  readonly costHeading: (n: number, costed: number, monthly: string, annual: string, pay: string) => string;
  readonly costHeaders: readonly string[];
  /** After the group column's own header. */
  readonly costGroupHeaders: readonly string[];
  readonly allowance: (count: number, monthly: string, annual: string) => string;
  readonly noPay: (levels: readonly string[], uncosted: number) => string;
  readonly budgetHeading: (budget: string, selected: number, spent: string, remaining: string, left: number) => string;
  readonly budgetHeaders: readonly string[];
  readonly promoted: string;
  readonly nextRoundNoPay: string;
  readonly nextRoundOver: string;
  readonly fieldInColumn: (header: string, column: string) => string;
  readonly noThreshold: string;
  readonly thresholdFromPolicy: string;
  readonly thresholdFromArgument: string;
  readonly toleranceFromPolicy: string;
  readonly toleranceFromArgument: string;
  readonly toleranceDefault: string;
  readonly calibrationHeading: (o: { column: string; letters: string; field: string; n: number; missing: number; threshold: string; tolerance: string; alpha: number }) => string;
  /** After the group column's own header. */
  readonly calibrationHeaders: readonly string[];
  readonly outOfLine: string;
  readonly exact: string;
  readonly normal: string;
  readonly smallGroup: string;
  readonly distributionHeaders: readonly string[];
  readonly offBy: (tolerance: string) => string;
  readonly categories: Readonly<Record<CycleCategory, string>>;
  readonly noMedian: string;
  readonly historyHeading: (o: { previousAsOf: string; pastCycles: number; asOf: string; median: string; measured: number; left: number }) => string;
  readonly category: string;
  readonly historyHeaders: readonly string[];
  readonly costTitle: string;
  readonly newLevel: string;
  readonly calibrationTitle: string;
  readonly distributionTitle: string;
  readonly historyTitle: string;
}

const ROUND_ZH: RoundMessages = {
  costBasis: { raise: "新职级月薪 − 现月薪", level_pay: "新职级月薪", band_min: "新职级薪资最低", no_pay: "未设月薪，未计入" },
  payFrom: (header, column) => `现月薪取自「${header}」（${column} 列），成本 = 新职级月薪 − 现月薪（不低于 0），现月薪为空的按新职级月薪计`,
  noPayColumn: "花名册没有现月薪列，成本按新职级月薪（或薪资带最低）全额计",
  costHeading: (n, costed, monthly, annual, pay) =>
    `晋升成本：可晋升 ${n} 人，${costed} 人计入；每月 ${monthly} 元，每年 ${annual} 元（× 12）。月薪取自方案「职级」表的 月薪，未填时取 薪资最低；${pay}。排名按空缺排序规则（绩效+技能、绩效、任现职、工号）`,
  costHeaders: ["排名", "工号", "姓名", "部门", "当前职级", "新职级", "新职级月薪", "现月薪", "每月成本", "每年成本", "依据"],
  costGroupHeaders: ["人数", "计入成本", "每月(元)", "每年(元)"],
  allowance: (count, monthly, annual) => `储备津贴：待空缺 ${count} 人，每月 ${monthly} 元，每年 ${annual} 元（方案「职级」表的 月津贴）`,
  noPay: (levels, uncosted) => `注意：职级 ${levels.join("、")} 未设月薪，晋升到这些职级的 ${uncosted} 人未计入成本；请在「职级」表填写 月薪 或 薪资最低`,
  budgetHeading: (budget, selected, spent, remaining, left) => `预算 ${budget} 元/月：按排名依次晋升，成本不超过剩余预算者入选；入选 ${selected} 人，花费 ${spent} 元，剩余 ${remaining} 元；留待下一轮 ${left} 人`,
  budgetHeaders: ["排名", "工号", "姓名", "新职级", "每月成本", "结果", "轮到时剩余预算"],
  promoted: "入选",
  nextRoundNoPay: "留待下一轮（未设月薪）",
  nextRoundOver: "留待下一轮（超出剩余预算）",
  fieldInColumn: (header, column) => `${header}（${column} 列）`,
  noThreshold: "无达标线",
  thresholdFromPolicy: "（方案中该字段的最低门槛）",
  thresholdFromArgument: "（--threshold）",
  toleranceFromPolicy: "（方案的校准容差）",
  toleranceFromArgument: " (--tolerance)",
  toleranceDefault: "（默认）",
  calibrationHeading: (o) =>
    `校准（按「${o.column}」，${o.letters} 列，比较 ${o.field}）：${o.n} 人有分数，${o.missing} 人缺少或无法读取；达标线 ${o.threshold}；各组与公司其余人员比较，均值差超过 ${o.tolerance} 分且 Mann-Whitney U 检验（双侧，小组精确分布，大组正态近似）p < ${o.alpha} 时标记。供校准会参考，不作为晋升条件`,
  calibrationHeaders: ["人数", "均值", "中位数", "达标线以上", "其余均值", "均值差", "p 值", "检验", "提示", "缺少分数"],
  outOfLine: "偏离，请复核",
  exact: "精确",
  normal: "正态近似",
  smallGroup: "人数少",
  distributionHeaders: ["档", "人数", "实际占比", "目标占比", "差", "提示"],
  offBy: (tolerance) => `偏离 > ${tolerance}`,
  categories: { newly_eligible: "新达标", overdue: "逾期未晋升", promoted: "已晋升", no_longer_eligible: "不再达标", demoted: "职级下调", still_not_eligible: "仍未达标", new: "新增人员" },
  noMedian: "无法计算（没有已晋升且上轮达标的人）",
  historyHeading: (o) =>
    `与上轮比较（上轮评审日期 ${o.previousAsOf}，共读到 ${o.pastCycles} 轮；本轮 ${o.asOf}）：按工号匹配；达标 = 可晋升或待空缺。从首次达标到晋升的月数中位数：${o.median}（${o.measured} 人；晋升日期取任现职日期，早于首次达标或缺失时取本轮评审日期）；上轮有、本轮没有 ${o.left} 人`,
  category: "类别",
  historyHeaders: ["类别", "工号", "姓名", "部门", "本轮职级", "本轮状态", "上轮职级", "上轮状态", "连续达标轮次", "首次达标", "晋升日期", "达标到晋升(月)", "现在不满足"],
  costTitle: "晋升成本",
  newLevel: "新职级",
  calibrationTitle: "校准",
  distributionTitle: "目标分布（方案「目标分布」）",
  historyTitle: "与上轮比较",
};

const ROUND_EN: RoundMessages = {
  costBasis: { raise: "new pay − current pay", level_pay: "new level's pay", band_min: "new level's band minimum", no_pay: "no pay set: not costed" },
  payFrom: (header, column) => `current pay from "${header}" (column ${column}), cost = new pay − current pay (never below 0); an empty current pay counts the new pay`,
  noPayColumn: "the roster has no current-pay column: the cost is the new level's full pay (or band minimum)",
  costHeading: (n, costed, monthly, annual, pay) =>
    `Promotion cost: ${n} eligible, ${costed} costed; ${monthly} yuan a month, ${annual} a year (x 12). Pay from the policy's Levels sheet (Monthly pay, else Pay band min); ${pay}. Ranked by the vacancy ranking (perf + skill, perf, years in level, ID)`,
  costHeaders: ["Rank", "ID", "Name", "Department", "Level", "New level", "New pay", "Current pay", "Cost a month", "Cost a year", "Basis"],
  costGroupHeaders: ["People", "Costed", "A month (yuan)", "A year (yuan)"],
  allowance: (count, monthly, annual) => `Reserve allowances: ${count} awaiting a vacancy, ${monthly} yuan a month, ${annual} a year (Monthly allowance on the Levels sheet)`,
  noPay: (levels, uncosted) => `Warning: ${levels.join(", ")} ${pluralWord(levels.length, "has", "have")} no pay set; the ${uncosted} promoted into ${pluralWord(levels.length, "it", "them")} are not costed: fill in Monthly pay or Pay band min on the Levels sheet`,
  budgetHeading: (budget, selected, spent, remaining, left) =>
    `Budget ${budget} yuan a month: down the ranking, each whose cost fits what remains is promoted; ${selected} promoted, ${spent} spent, ${remaining} remaining; ${left} left for the next round`,
  budgetHeaders: ["Rank", "ID", "Name", "New level", "Cost a month", "Outcome", "Budget left at their turn"],
  promoted: "promoted",
  nextRoundNoPay: "next round (no pay set)",
  nextRoundOver: "next round (over what remains)",
  fieldInColumn: (header, column) => `${header} (column ${column})`,
  noThreshold: "no threshold",
  thresholdFromPolicy: " (the policy's lowest bar on it)",
  thresholdFromArgument: " (--threshold)",
  toleranceFromPolicy: " (the policy's tolerance)",
  toleranceFromArgument: " (--tolerance)",
  toleranceDefault: " (default)",
  calibrationHeading: (o) =>
    `Calibration (by "${o.column}", column ${o.letters}, comparing ${o.field}): ${o.n} with a score, ${o.missing} missing or unreadable; threshold ${o.threshold}; each group against the rest of the company, flagged when the mean differs by more than ${o.tolerance} points and the Mann-Whitney U test (two-sided, exact for small groups, normal approximation for large) gives p < ${o.alpha}. For the calibration meeting, never a criterion`,
  calibrationHeaders: ["People", "Mean", "Median", "At or above", "Rest mean", "Difference", "p", "Test", "Flag", "No score"],
  outOfLine: "out of line: review",
  exact: "exact",
  normal: "normal",
  smallGroup: "small group",
  distributionHeaders: ["Band", "People", "Actual", "Target", "Difference", "Flag"],
  offBy: (tolerance) => `off > ${tolerance}`,
  categories: { newly_eligible: "Newly eligible", overdue: "Overdue", promoted: "Promoted", no_longer_eligible: "No longer eligible", demoted: "Level lowered", still_not_eligible: "Still not eligible", new: "New" },
  noMedian: "not available (nobody promoted who was eligible before)",
  historyHeading: (o) =>
    `Against the previous cycle (as of ${o.previousAsOf}, ${plural(o.pastCycles, "cycle")} read; this one ${o.asOf}): matched by ID; eligible = eligible or awaiting a vacancy. Median months from first eligible to promoted: ${o.median} (${plural(o.measured, "person", "people")}; promotion date = level-since date, or this review's date when that is missing or earlier); ${o.left} in the previous cycle ${pluralWord(o.left, "is", "are")} not in this one`,
  category: "Category",
  historyHeaders: ["Category", "ID", "Name", "Department", "Level", "Status", "Previous level", "Previous status", "Cycles eligible", "First eligible", "Promoted on", "Months to promotion", "Now fails"],
  costTitle: "Promotion cost",
  newLevel: "New level",
  calibrationTitle: "Calibration",
  distributionTitle: "Target distribution (the policy's)",
  historyTitle: "Against the previous cycle",
};

const ZH: ReportMessages = {
  listSep: "、",
  clauseSep: "；",
  labelSep: "：",
  withNote: (text, note) => `${text}（${note}）`,
  emptyGroup: "（空）",
  total: "合计",
  count: "人数",
  yes: "是",
  no: "否",
  reviewTitle: (policy, fp, asOf, sheet) => `晋升评审：${policy} · 方案 ${fp} · 评审日期 ${asOf} · 名单 ${sheet}`,
  logTitle: "晋升档案：每次评审追加一批记录（只追加，不修改）",
  staleSignOffPrefix: "需复核：",
  staleSignOff: (text, when, decision) => `需复核：上次确认“${text}”是对 ${when} 评审结论“${decision}”的，结论已变`,
  poolTitle: (policy, asOf, n) => `储备人才库（待空缺）：${policy} · 评审日期 ${asOf} · 共 ${n} 人`,
  poolTotal: (n) => `合计（${n} 人）`,
  reserveLevel: "储备职级",
  allowanceTotal: "津贴合计(元/月)",
  summaryTitle: (policy) => `晋升汇总：${policy}`,
  warning: "注意",
  facts: { policy: "方案", id: "方案编号", version: "版本", fingerprint: "指纹", asOf: "评审日期", roster: "名单", headerRow: "表头行", total: "总人数" },
  columnsNotUsed: "未使用的列",
  noDept: "（未填部门）",
  status: "状态",
  level: "职级",
  dept: "部门",
  reserveAllowanceTotal: "储备津贴合计(元/月)",
  statusChart: "各状态人数",
  bonusColumns: ["奖金档位", "月奖金(元)", "人数", "合计(元/月)"],
  bonusTotal: "绩效奖金合计(元/月)",
  changeKind: { newly_eligible: "新可晋升", no_longer_eligible: "不再可晋升", status_changed: "状态变化" },
  cleared: (u) => `A：${u} → B 满足`,
  appeared: (u) => `B：${u}（A 满足）`,
  diffSummary: (newly, noLonger, changed, unchanged, a, b) => `${newly} 人新可晋升，${noLonger} 人不再可晋升，${changed} 人其他状态变化，${unchanged} 人不变（A ${a} → B ${b}）`,
  shortlistTitle: (level, places, policy, fp, asOf) => `空缺候选：${level} · ${places} 个名额 · ${policy} ${fp} · 评审日期 ${asOf}`,
  noYears: "空",
  years: (v) => `${v}年`,
  rankLast: (total) => `绩效+技能 ${total}（末位）`,
  rankTotal: (total, next) => `绩效+技能 ${total} > 下一名 ${next}`,
  rankPerf: (total, perf, next) => `绩效+技能同为 ${total}；绩效 ${perf} > ${next}`,
  rankYears: (years, next) => `绩效+技能、绩效相同；任现职 ${years} > ${next}`,
  rankId: (id, next) => `各项相同；按工号 ${id} 在 ${next} 之前`,
  cascadeHeading: "连锁空缺（入选者任命后，其原职级空出的位置及其候选）：",
  cascadeOpened: (ids) => `（${ids.join("、")} 升任后空出）`,
  cascadeUnfilled: (n) => `；${n} 个无内部候选`,
  cascadeStep: (step, level, places, opened, candidates, who, unfilled) => `${step}. ${level} ${places} 个${opened}：候选 ${candidates} 人，入选 ${who || "无"}${unfilled}`,
  noInternalCandidate: "无内部候选",
  cascadeSummary: (steps, chain) => `连锁空缺 ${steps} 步：${chain}`,
  nearMissHeaders: ["姓名", "差什么", "差距", "预计达标日期", "当前职级", "目标职级", "部门", "工号"],
  nearMissHeading: (n, shown, more) => `差一步：${n} 人只差一项就可晋升（最接近的在前）${more ? `；列出前 ${shown} 人，全部见 promo near-miss` : ""}`,
  unmeasured: { missing: "缺少数据", error: "数据有误", blocker: "否决未解除", over: "超出", yes: "需为「是」", level: "学历未达要求", other: "未满足" },
  belowThreshold: (t) => `低于 ${t}`,
  reference: "基准",
  fewerThan: (min) => `少于 ${min} 人`,
  fairnessHeaders: ["参评", "可晋升", "选拔率", "比率", "五分之四规则", "人数提示", "未计入"],
  fairnessHeading: (column, letters, ev, sel, ex, t) =>
    `选拔率（按「${column}」，${letters} 列）：${ev} 人参评，${sel} 人可晋升，${ex} 人（数据错误、已最高）不计入；比率 = 该组选拔率 ÷ 基准组选拔率，低于 ${t} 需复核（五分之四规则）。仅供复核，不作为晋升条件`,
  noFairness: "选拔率：名单中没有 部门、门店、性别 或 年龄段 列，未做公平性检查",
  moreNames: (total) => ` 等 ${total} 人`,
  bands: { low: (mid) => `低（< ${mid}）`, mid: (mid, high) => `中（${mid}–${high}）`, high: (high) => `高（≥ ${high}）` },
  potential: "潜力",
  performance: "绩效",
  nineBoxCorner: "潜力 \\ 绩效",
  nineBoxHeading: (pm, ph, potential, qm, qh, placed, unplaced) =>
    `九宫格：绩效 低 < ${pm} ≤ 中 < ${ph} ≤ 高；${potential ?? "发展潜力"} 低 < ${qm} ≤ 中 < ${qh} ≤ 高。已放入 ${placed} 人，未放入 ${unplaced} 人（数据错误或缺少绩效/潜力）`,
  nineBoxUnusable: "九宫格：方案中的九宫格分界不可用，未生成",
  nineBoxNoPotential: "九宫格：名单中没有「发展潜力」列（0-100 分），未生成",
  monthUntil: (until) => `至 ${until}`,
  targetLevel: "目标职级",
  readyNow: "现在可晋升",
  monthsTotal: (months) => `${months} 个月合计`,
  readiness: "准备度",
  readinessHeading: "准备度（按每人最接近的下一职级）",
  forecastHeading: (n) => `晋升梯队预测：未来 ${n} 个月每月新增可晋升人数（只差任现职、司龄等时间条件的人，其他条件不变）`,
  successor: (name, id, date) => `${name}（${id}${date ? `，${date}` : ""}）`,
  singlePointRisk: "单点风险：无现在可接任者",
  noIncumbent: "无在岗人员",
  successionHeaders: ["关键岗位", "在岗人数", "在岗人员", "现在可接任", "1 年内可接任", "梯队强度", "风险"],
  keyPositions: "关键岗位",
  noKeyPositions: "（无：在「职级」表的「关键岗位」列填 是）",
  groupedBy: "分组",
  singlePoints: "单点风险",
  note: "说明",
  benchNote: "梯队强度 = 现在可接任人数 ÷ 在岗人数；接任者按 绩效+技能、绩效、任现职年限、工号 排序（与空缺候选相同）",
  successionTitle: "继任梯队",
  planStepHeaders: ["序号", "待提升条件", "发展措施", "负责人", "周数", "最早开始", "最早完成"],
  noAction: (criteria) => `（无对应措施：请在「发展措施」表为「${criteria.join("、")}」补充）`,
  timeWait: "等待（时间条件）",
  person: (name, id) => `${name}（${id}）`,
  people: "人数",
  morePlans: (n, max) => `${n}（本表列出前 ${max} 人，promo plan 列出全部）`,
  schedule: "排期",
  scheduleNote: "措施从评审日起依次进行，周数短的在前；预计可晋升日期 = 最后一项完成日与时间条件满足日中较晚者",
  plansTitle: "个人发展计划",
  round: ROUND_ZH,
};

const EN: ReportMessages = {
  listSep: ", ",
  clauseSep: "; ",
  labelSep: ": ",
  withNote: (text, note) => `${text} (${note})`,
  emptyGroup: "(empty)",
  total: "Total",
  count: "Count",
  yes: "Yes",
  no: "No",
  reviewTitle: (policy, fp, asOf, sheet) => `Promotion review: ${policy} · policy ${fp} · as of ${asOf} · roster ${sheet}`,
  logTitle: "Promotion log: each review appends its rows (append-only)",
  staleSignOffPrefix: "Review again: ",
  staleSignOff: (text, when, decision) => `Review again: the previous sign-off "${text}" was for the review of ${when}: "${decision}"; the decision has changed`,
  poolTitle: (policy, asOf, n) => `Talent pool (awaiting a vacancy): ${policy} · as of ${asOf} · ${plural(n, "person", "people")}`,
  poolTotal: (n) => `Total (${n})`,
  reserveLevel: "Reserve level",
  allowanceTotal: "Allowance (yuan/month)",
  summaryTitle: (policy) => `Promotion summary: ${policy}`,
  warning: "Warning",
  facts: { policy: "Policy", id: "Policy id", version: "Version", fingerprint: "Fingerprint", asOf: "As of", roster: "Roster", headerRow: "Header row", total: "Total rows" },
  columnsNotUsed: "Columns not used",
  noDept: "(no department)",
  status: "Status",
  level: "Level",
  dept: "Department",
  reserveAllowanceTotal: "Total reserve allowance (yuan/month)",
  statusChart: "People by status",
  bonusColumns: ["Bonus tier", "Monthly bonus (yuan)", "People", "Total (yuan/month)"],
  bonusTotal: "Total performance bonus (yuan/month)",
  changeKind: { newly_eligible: "newly eligible", no_longer_eligible: "no longer eligible", status_changed: "status changed" },
  cleared: (u) => `A: ${u} → met under B`,
  appeared: (u) => `B: ${u} (met under A)`,
  diffSummary: (newly, noLonger, changed, unchanged, a, b) =>
    `${newly} newly eligible, ${noLonger} no longer eligible, ${plural(changed, "other status change")}, ${unchanged} unchanged (A ${a} → B ${b})`,
  shortlistTitle: (level, places, policy, fp, asOf) => `Vacancy shortlist: ${level} · ${plural(places, "place")} · ${policy} ${fp} · as of ${asOf}`,
  noYears: "empty",
  years: (v) => `${v} yr`,
  rankLast: (total) => `Perf + skill ${total} (last)`,
  rankTotal: (total, next) => `Perf + skill ${total} > ${next} (next)`,
  rankPerf: (total, perf, next) => `Same perf + skill ${total}; performance ${perf} > ${next}`,
  rankYears: (years, next) => `Same scores; longer in level ${years} > ${next}`,
  rankId: (id, next) => `All equal; ID ${id} sorts before ${next}`,
  cascadeHeading: "Vacancy cascade (the places the appointed leave behind, and who fills them):",
  cascadeOpened: (ids) => ` (left by ${ids.join(", ")})`,
  cascadeUnfilled: (n) => `; ${n} with no internal candidate`,
  cascadeStep: (step, level, places, opened, candidates, who, unfilled) =>
    `${step}. ${level}: ${plural(places, "place")}${opened}: ${plural(candidates, "candidate")}, appointed ${who || "nobody"}${unfilled}`,
  noInternalCandidate: "no internal candidate",
  cascadeSummary: (steps, chain) => `Vacancy cascade, ${plural(steps, "step")}: ${chain}`,
  nearMissHeaders: ["Name", "Lacks", "Gap", "Ready date", "Level", "Target", "Department", "ID"],
  nearMissHeading: (n, shown, more) =>
    `Near misses: ${n} one criterion away from promotion (closest first)${more ? `; the first ${shown} listed, promo near-miss lists all` : ""}`,
  unmeasured: { missing: "missing data", error: "data error", blocker: "still blocked", over: "over by", yes: "must be yes", level: "education below", other: "not met" },
  belowThreshold: (t) => `below ${t}`,
  reference: "reference",
  fewerThan: (min) => `fewer than ${min}`,
  fairnessHeaders: ["Evaluated", "Selected", "Rate", "Ratio", "Four-fifths rule", "Group size", "Left out"],
  fairnessHeading: (column, letters, ev, sel, ex, t) =>
    `Selection rates by "${column}" (column ${letters}): ${ev} evaluated, ${sel} eligible, ${ex} (data errors, top of ladder) left out; ratio = group rate / reference rate, below ${t} needs a look (four-fifths rule). For review only, never a criterion`,
  noFairness: "Selection rates: the roster has no 部门, 门店, 性别 or 年龄段 column; no fairness check",
  moreNames: (_total, hidden) => ` +${hidden} more`,
  bands: { low: (mid) => `low (< ${mid})`, mid: (mid, high) => `mid (${mid}–${high})`, high: (high) => `high (≥ ${high})` },
  potential: "Potential",
  performance: "Performance",
  nineBoxCorner: "Potential \\ Performance",
  nineBoxHeading: (pm, ph, potential, qm, qh, placed, unplaced) =>
    `9-box: performance low < ${pm} <= mid < ${ph} <= high; ${potential ?? "potential"} low < ${qm} <= mid < ${qh} <= high. ${placed} placed, ${unplaced} not (data error or no performance/potential)`,
  nineBoxUnusable: "9-box: the policy's 9-box cut points are unusable; not drawn",
  nineBoxNoPotential: "9-box: the roster has no potential (发展潜力) column, scored 0-100; not drawn",
  monthUntil: (until) => `to ${until}`,
  targetLevel: "Target level",
  readyNow: "Ready now",
  monthsTotal: (months) => `${months} months`,
  readiness: "Readiness",
  readinessHeading: "Readiness (each person's closest next level)",
  forecastHeading: (n) => `Pipeline forecast: people becoming ready each month for the next ${n} months (only time-based criteria missing, nothing else changing)`,
  successor: (name, id, date) => `${name} (${id}${date ? `, ${date}` : ""})`,
  singlePointRisk: "Single point of failure: no ready successor",
  noIncumbent: "No incumbent",
  successionHeaders: ["Key position", "Incumbents", "Held by", "Ready now", "Ready within 1 year", "Bench strength", "Risk"],
  keyPositions: "Key positions",
  noKeyPositions: "(none: mark them Yes in the Key position column of Levels)",
  groupedBy: "Grouped by",
  singlePoints: "Single points of failure",
  note: "Note",
  benchNote:
    "Bench strength = ready-now successors ÷ incumbents; successors ranked by performance + skill, performance, years in level, ID (as the vacancy shortlist)",
  successionTitle: "Succession cover",
  planStepHeaders: ["No.", "Criterion", "Action", "Owner", "Weeks", "Earliest start", "Earliest done"],
  noAction: (criteria) => `(no action: add one for "${criteria.join(", ")}" on Development actions)`,
  timeWait: "Wait (time-based)",
  person: (name, id) => `${name} (${id})`,
  people: "People",
  morePlans: (n, max) => `${n} (the first ${max} here; promo plan lists all)`,
  schedule: "Schedule",
  scheduleNote: "Actions run one after another from the review date, shortest first; projected date = the later of the last action and the time-based criteria",
  plansTitle: "Development plans",
  round: ROUND_EN,
};

const CATALOGUES: Readonly<Record<Locale, ReportMessages>> = { "zh-CN": ZH, "en-US": EN };

/**
 * The report's messages in `locale`.
 * @example reportMessages("zh-CN").poolTotal(3) //=> "合计（3 人）"
 */
export function reportMessages(locale: Locale): ReportMessages {
  return CATALOGUES[locale];
}
