/**
 * Issue #21's views as report tables, one home for their columns and words: promotion cost (晋升成本)
 * and the budget what-if, the calibration check (校准) and cycle over cycle (与上轮比较). The summary
 * sheet (晋升汇总) shows them as blocks; `promo cost`, `promo calibrate` and `promo history` print
 * the same tables as text.
 */
import { statusLabel, formatGaps, type BudgetResult, type CalibrationReport, type CostGroup, type CostReport, type CycleCategory, type CycleReport, type Locale, CYCLE_CATEGORIES } from "../core";
import type { ReportBlock, ReportTable, StyleKey } from "./model";
import { must } from "../core/util/must";

function say(locale: Locale, zh: string, en: string): string {
  return locale === "zh-CN" ? zh : en;
}

function heading(text: string): ReportBlock {
  return { kind: "line", cells: [text], styles: ["bold"] };
}

const money = (n: number): string => n.toLocaleString("en-US", { maximumFractionDigits: 2 });
const fixed = (n: number | null, d = 2): string => (n === null ? "-" : String(Math.round(n * 10 ** d) / 10 ** d));
const pct = (n: number | null): string => (n === null ? "-" : `${Math.round(n * 1000) / 10}%`);

/** Widths of the 晋升汇总 columns from I on that the 晋升成本, 校准 and 与上轮比较 tables use. */
export const ROUND_WIDTHS: readonly number[] = [14, 20, 26, 14, 40];

/** How a cost was computed, in words. */
export function costBasisText(basis: CostReport["candidates"][number]["basis"], locale: Locale): string {
  const table: Record<typeof basis, readonly [string, string]> = {
    raise: ["新职级月薪 − 现月薪", "new pay − current pay"],
    level_pay: ["新职级月薪", "new level's pay"],
    band_min: ["新职级薪资最低", "new level's band minimum"],
    no_pay: ["未设月薪，未计入", "no pay set: not costed"],
  };
  const words = table[basis];
  return locale === "zh-CN" ? words[0] : words[1];
}

/** The line above the cost table: totals and every input they rest on. */
export function costHeading(report: CostReport, locale: Locale): string {
  const n = report.candidates.length;
  const costed = n - report.uncosted;
  const pay = report.payColumn
    ? say(locale, `现月薪取自「${report.payColumn.header}」（${report.payColumn.column} 列），成本 = 新职级月薪 − 现月薪（不低于 0），现月薪为空的按新职级月薪计`, `current pay from "${report.payColumn.header}" (column ${report.payColumn.column}), cost = new pay − current pay (never below 0); an empty current pay counts the new pay`)
    : say(locale, "花名册没有现月薪列，成本按新职级月薪（或薪资带最低）全额计", "the roster has no current-pay column: the cost is the new level's full pay (or band minimum)");
  return say(
    locale,
    `晋升成本：可晋升 ${n} 人，${costed} 人计入；每月 ${money(report.monthlyTotal)} 元，每年 ${money(report.annualTotal)} 元（× 12）。月薪取自方案「职级」表的 月薪，未填时取 薪资最低；${pay}。排名按空缺排序规则（绩效+技能、绩效、任现职、工号）`,
    `Promotion cost: ${n} eligible, ${costed} costed; ${money(report.monthlyTotal)} yuan a month, ${money(report.annualTotal)} a year (x 12). Pay from the policy's Levels sheet (Monthly pay, else Pay band min); ${pay}. Ranked by the vacancy ranking (perf + skill, perf, years in level, ID)`,
  );
}

/** One row per 可晋升 employee: rank, who, new level, pay, current pay, cost a month and a year, basis. */
export function costTable(report: CostReport, locale: Locale): ReportTable {
  const h = locale === "zh-CN" ? ["排名", "工号", "姓名", "部门", "当前职级", "新职级", "新职级月薪", "现月薪", "每月成本", "每年成本", "依据"] : ["Rank", "ID", "Name", "Department", "Level", "New level", "New pay", "Current pay", "Cost a month", "Cost a year", "Basis"];
  const formats = ["general", "text", "text", "text", "text", "text", "money", "money", "money", "money", "text"] as const;
  return {
    name: "PromoCost",
    columns: h.map((header, i) => ({ header, format: must(formats[i], `format of column ${i}`), ...(i === 0 ? { numeric: true as const } : {}) })),
    rows: report.candidates.map((c) => [c.rank, c.id, c.name, c.dept, c.level, c.target, c.targetPay, c.currentPay, c.monthly, c.annual, costBasisText(c.basis, locale)]),
  };
}

/** Totals by department or new level. */
export function costGroupTable(name: string, groups: readonly CostGroup[], first: string, locale: Locale): ReportTable {
  const h = locale === "zh-CN" ? [first, "人数", "计入成本", "每月(元)", "每年(元)"] : [first, "People", "Costed", "A month (yuan)", "A year (yuan)"];
  return {
    name,
    columns: h.map((header, i) => ({ header, format: i === 0 ? "text" : i < 3 ? "general" : "money", ...(i === 1 || i === 2 ? { numeric: true as const } : {}) })),
    rows: groups.map((g) => [g.key === "" ? say(locale, "（空）", "(empty)") : g.key, g.count, g.costed, g.monthly, g.annual]),
  };
}

/** The reserve allowances line. */
export function allowanceText(report: CostReport, locale: Locale): string {
  const a = report.allowance;
  return say(locale, `储备津贴：待空缺 ${a.count} 人，每月 ${money(a.monthly)} 元，每年 ${money(a.annual)} 元（方案「职级」表的 月津贴）`, `Reserve allowances: ${a.count} awaiting a vacancy, ${money(a.monthly)} yuan a month, ${money(a.annual)} a year (Monthly allowance on the Levels sheet)`);
}

/** The levels without pay, when some 可晋升 go into one. */
export function noPayText(report: CostReport, locale: Locale): string | null {
  if (report.levelsWithoutPay.length === 0) return null;
  const levels = report.levelsWithoutPay.join(say(locale, "、", ", "));
  return say(locale, `注意：职级 ${levels} 未设月薪，晋升到这些职级的 ${report.uncosted} 人未计入成本；请在「职级」表填写 月薪 或 薪资最低`, `Warning: ${levels} has no pay set; the ${report.uncosted} promoted into it are not costed: fill in Monthly pay or Pay band min on the Levels sheet`);
}

/** The budget what-if in one line: who fits, who is left, what remains. */
export function budgetHeading(b: BudgetResult, locale: Locale): string {
  return say(
    locale,
    `预算 ${money(b.budget)} 元/月：按排名依次晋升，成本不超过剩余预算者入选；入选 ${b.selected.length} 人，花费 ${money(b.spent)} 元，剩余 ${money(b.remaining)} 元；留待下一轮 ${b.left.length} 人`,
    `Budget ${money(b.budget)} yuan a month: down the ranking, each whose cost fits what remains is promoted; ${b.selected.length} promoted, ${money(b.spent)} spent, ${money(b.remaining)} remaining; ${b.left.length} left for the next round`,
  );
}

/** Every candidate with the budget's outcome, in ranking order. */
export function budgetTable(b: BudgetResult, locale: Locale): ReportTable {
  const h = locale === "zh-CN" ? ["排名", "工号", "姓名", "新职级", "每月成本", "结果", "轮到时剩余预算"] : ["Rank", "ID", "Name", "New level", "Cost a month", "Outcome", "Budget left at their turn"];
  const rows = [...b.selected.map((line) => ({ line, left: null as BudgetResult["left"][number] | null })), ...b.left.map((l) => ({ line: l.line, left: l }))].sort((x, y) => x.line.rank - y.line.rank);
  const outcome = (l: BudgetResult["left"][number] | null): string =>
    l === null ? say(locale, "入选", "promoted") : l.reason === "no_pay" ? say(locale, "留待下一轮（未设月薪）", "next round (no pay set)") : say(locale, "留待下一轮（超出剩余预算）", "next round (over what remains)");
  let remaining = b.budget;
  return {
    name: "PromoBudget",
    columns: h.map((header, i) => ({ header, format: i === 0 ? "general" : i === 4 || i === 6 ? "money" : "text", ...(i === 0 ? { numeric: true as const } : {}) })),
    rows: rows.map(({ line, left }) => {
      const at = left ? left.remainingAtTurn : remaining;
      if (!left) remaining -= line.monthly ?? 0;
      return [line.rank, line.id, line.name, line.target, line.monthly, outcome(left), Math.round(at * 100) / 100];
    }),
    cellStyles: { 5: rows.map(({ left }): StyleKey => (left ? "status:awaiting_vacancy" : "status:eligible")) },
  };
}

/** The line above the calibration table: field, threshold, tolerance, test, all named. */
export function calibrationHeading(r: CalibrationReport, locale: Locale): string {
  const field = r.field.column ? `${r.field.header}（${r.field.column} 列）` : r.field.header;
  const fieldEn = r.field.column ? `${r.field.header} (column ${r.field.column})` : r.field.header;
  const th = r.threshold === null ? say(locale, "无达标线", "no threshold") : `${r.threshold}${r.thresholdSource === "policy" ? say(locale, "（方案中该字段的最低门槛）", " (the policy's lowest bar on it)") : say(locale, "（--threshold）", " (--threshold)")}`;
  const tol = `${r.tolerance}${r.toleranceSource === "policy" ? say(locale, "（方案的校准容差）", " (the policy's tolerance)") : r.toleranceSource === "argument" ? " (--tolerance)" : say(locale, "（默认）", " (default)")}`;
  return say(
    locale,
    `校准（按「${r.column}」，${r.columnLetters} 列，比较 ${field}）：${r.overall.n} 人有分数，${r.missing} 人缺少或无法读取；达标线 ${th}；各组与公司其余人员比较，均值差超过 ${tol} 分且 Mann-Whitney U 检验（双侧，小组精确分布，大组正态近似）p < ${r.alpha} 时标记。供校准会参考，不作为晋升条件`,
    `Calibration (by "${r.column}", column ${r.columnLetters}, comparing ${fieldEn}): ${r.overall.n} with a score, ${r.missing} missing or unreadable; threshold ${th}; each group against the rest of the company, flagged when the mean differs by more than ${tol} points and the Mann-Whitney U test (two-sided, exact for small groups, normal approximation for large) gives p < ${r.alpha}. For the calibration meeting, never a criterion`,
  );
}

/** One row per group: n, mean, median, share above, rest's mean, difference, p, test, flag. */
export function calibrationTable(r: CalibrationReport, locale: Locale): ReportTable {
  const h = locale === "zh-CN" ? [r.column, "人数", "均值", "中位数", "达标线以上", "其余均值", "均值差", "p 值", "检验", "提示", "缺少分数"] : [r.column, "People", "Mean", "Median", "At or above", "Rest mean", "Difference", "p", "Test", "Flag", "No score"];
  const formats = ["text", "general", "score", "score", "percent", "score", "score", "general", "text", "text", "general"] as const;
  const flag = say(locale, "偏离，请复核", "out of line: review");
  return {
    name: "PromoCalibration",
    columns: h.map((header, i) => ({ header, format: must(formats[i], `format of column ${i}`), ...(formats[i] === "general" ? { numeric: true as const } : {}) })),
    rows: r.groups.map((g) => [
      g.group === "" ? say(locale, "（空）", "(empty)") : g.group,
      g.n,
      g.mean,
      g.median,
      g.shareAbove,
      g.rest.mean,
      g.diff,
      g.p === null ? null : Math.round(g.p * 10000) / 10000,
      g.method === null ? "-" : g.method === "exact" ? say(locale, "精确", "exact") : say(locale, "正态近似", "normal"),
      g.outOfLine ? flag : g.n <= 2 ? say(locale, "人数少", "small group") : "",
      g.missing,
    ]),
    cellStyles: { 9: r.groups.map((g): StyleKey => (g.outOfLine ? "status:error" : "plain")) },
    colourRules: { column: 9, rules: [{ text: flag, style: "status:error" }] },
  };
}

/** The target distribution check, when the policy sets one. */
export function distributionTable(r: CalibrationReport, locale: Locale): ReportTable | null {
  const d = r.distribution;
  if (!d) return null;
  const h = locale === "zh-CN" ? ["档", "人数", "实际占比", "目标占比", "差", "提示"] : ["Band", "People", "Actual", "Target", "Difference", "Flag"];
  const flag = say(locale, `偏离 > ${pct(d.tolerance)}`, `off > ${pct(d.tolerance)}`);
  return {
    name: "PromoDistribution",
    columns: h.map((header, i) => ({ header, format: i === 0 || i === 5 ? "text" : i === 1 ? "general" : "percent", ...(i === 1 ? { numeric: true as const } : {}) })),
    rows: d.bands.map((b) => [b.label, b.count, b.share, b.target, b.diff, b.flagged ? flag : ""]),
    cellStyles: { 5: d.bands.map((b): StyleKey => (b.flagged ? "status:error" : "plain")) },
  };
}

const CATEGORY_WORDS: Readonly<Record<CycleCategory, readonly [string, string]>> = {
  newly_eligible: ["新达标", "Newly eligible"],
  overdue: ["逾期未晋升", "Overdue"],
  promoted: ["已晋升", "Promoted"],
  no_longer_eligible: ["不再达标", "No longer eligible"],
  demoted: ["职级下调", "Level lowered"],
  still_not_eligible: ["仍未达标", "Still not eligible"],
  new: ["新增人员", "New"],
};

/** A cycle category in words. */
export function categoryText(c: CycleCategory, locale: Locale): string {
  return CATEGORY_WORDS[c][locale === "zh-CN" ? 0 : 1];
}

/** The line above the cycle tables. */
export function historyHeading(r: CycleReport, locale: Locale): string {
  const median = r.medianMonthsToPromotion === null ? say(locale, "无法计算（没有已晋升且上轮达标的人）", "not available (nobody promoted who was eligible before)") : `${fixed(r.medianMonthsToPromotion, 1)}`;
  return say(
    locale,
    `与上轮比较（上轮评审日期 ${r.previousAsOf}，共读到 ${r.pastCycles} 轮；本轮 ${r.asOf}）：按工号匹配；达标 = 可晋升或待空缺。从首次达标到晋升的月数中位数：${median}（${r.promotedMeasured} 人；晋升日期取任现职日期，早于首次达标或缺失时取本轮评审日期）；上轮有、本轮没有 ${r.left.length} 人`,
    `Against the previous cycle (as of ${r.previousAsOf}, ${r.pastCycles} cycle(s) read; this one ${r.asOf}): matched by ID; eligible = eligible or awaiting a vacancy. Median months from first eligible to promoted: ${median} (${r.promotedMeasured} people; promotion date = level-since date, or this review's date when that is missing or earlier); ${r.left.length} in the previous cycle are not in this one`,
  );
}

/** Counts per category. */
export function historyCountsTable(r: CycleReport, locale: Locale): ReportTable {
  return {
    name: "PromoHistoryCounts",
    columns: [
      { header: say(locale, "类别", "Category"), format: "text" },
      { header: say(locale, "人数", "People"), format: "general", numeric: true },
    ],
    rows: CYCLE_CATEGORIES.map((c) => [categoryText(c, locale), r.counts[c]]),
  };
}

/** Everyone whose situation needs a word: all categories but 仍未达标, in row order. */
export function historyTable(r: CycleReport, locale: Locale): ReportTable {
  const h =
    locale === "zh-CN"
      ? ["类别", "工号", "姓名", "部门", "本轮职级", "本轮状态", "上轮职级", "上轮状态", "连续达标轮次", "首次达标", "晋升日期", "达标到晋升(月)", "现在不满足"]
      : ["Category", "ID", "Name", "Department", "Level", "Status", "Previous level", "Previous status", "Cycles eligible", "First eligible", "Promoted on", "Months to promotion", "Now fails"];
  const formats = ["text", "text", "text", "text", "text", "text", "text", "text", "general", "date", "date", "general", "text"] as const;
  const rows = r.entries.filter((e) => e.category !== "still_not_eligible");
  return {
    name: "PromoHistory",
    columns: h.map((header, i) => ({ header, format: must(formats[i], `format of column ${i}`), ...(i === 12 ? { wrap: true } : {}), ...(formats[i] === "general" ? { numeric: true as const } : {}) })),
    rows: rows.map((e) => [
      categoryText(e.category, locale),
      e.id,
      e.name,
      e.dept,
      e.level,
      statusLabel(e.status, locale),
      e.previousLevel,
      e.previousStatus === null ? null : statusLabel(e.previousStatus, locale),
      e.cycles,
      e.firstEligible,
      e.promotedOn,
      e.monthsToPromotion,
      e.unmet.length > 0 ? `${e.target ?? ""}: ${formatGaps(e.unmet, locale)}` : null,
    ]),
    cellStyles: { 0: rows.map((e): StyleKey => (e.category === "overdue" ? "status:awaiting_vacancy" : e.category === "no_longer_eligible" || e.category === "demoted" ? "status:error" : e.category === "newly_eligible" || e.category === "promoted" ? "status:eligible" : "plain")) },
  };
}

/** The three views as blocks of the summary sheet (those computed), each after a blank row and a heading. */
export function roundBlocks(views: { readonly cost?: CostReport | null; readonly budget?: BudgetResult | null; readonly calibration?: CalibrationReport | null; readonly history?: CycleReport | null }, locale: Locale): ReportBlock[] {
  const out: ReportBlock[] = [];
  const table = (t: ReportTable | null): void => {
    if (t) out.push({ kind: "table", table: t });
  };
  if (views.cost) {
    const c = views.cost;
    out.push({ kind: "blank" }, heading(say(locale, "晋升成本", "Promotion cost")), { kind: "line", cells: [costHeading(c, locale)], styles: ["plain"] });
    const warn = noPayText(c, locale);
    if (warn) out.push({ kind: "line", cells: [warn], styles: ["bold"] });
    table(costTable(c, locale));
    out.push({ kind: "blank" });
    table(costGroupTable("PromoCostByDept", c.byDept, say(locale, "部门", "Department"), locale));
    out.push({ kind: "blank" });
    table(costGroupTable("PromoCostByLevel", c.byLevel, say(locale, "新职级", "New level"), locale));
    out.push({ kind: "line", cells: [allowanceText(c, locale)], styles: ["plain"] });
    if (views.budget) {
      out.push({ kind: "blank" }, heading(budgetHeading(views.budget, locale)));
      table(budgetTable(views.budget, locale));
    }
  }
  if (views.calibration) {
    out.push({ kind: "blank" }, heading(say(locale, "校准", "Calibration")), { kind: "line", cells: [calibrationHeading(views.calibration, locale)], styles: ["plain"] });
    table(calibrationTable(views.calibration, locale));
    const d = distributionTable(views.calibration, locale);
    if (d) {
      out.push({ kind: "blank" }, heading(say(locale, "目标分布（方案「目标分布」）", "Target distribution (the policy's)")));
      table(d);
    }
  }
  if (views.history) {
    out.push({ kind: "blank" }, heading(say(locale, "与上轮比较", "Against the previous cycle")), { kind: "line", cells: [historyHeading(views.history, locale)], styles: ["plain"] });
    table(historyCountsTable(views.history, locale));
    out.push({ kind: "blank" });
    table(historyTable(views.history, locale));
  }
  return out;
}

/** A report table as aligned text cells for the CLI (numbers rounded, empty cells as -). */
export function tableCells(t: ReportTable): string[][] {
  const cell = (v: unknown, format: string): string => {
    if (v === null || v === undefined || v === "") return format === "text" ? "" : "-";
    if (typeof v === "number") return format === "percent" ? pct(v) : format === "money" ? money(v) : fixed(v, 4);
    return String(v);
  };
  return [t.columns.map((c) => c.header), ...t.rows.map((r) => r.map((v, i) => cell(v, must(t.columns[i], `column ${i}`).format)))];
}
