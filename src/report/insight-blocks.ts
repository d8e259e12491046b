/**
 * The summary sheet's decision-support sections as report blocks: 差一步 (near misses) as a
 * table a manager coaches from, 选拔率 (fairness, four-fifths rule) as one table per grouping
 * column, and the 九宫格 (9-box) as a 3x3 grid of filled cells.
 */
import { formatGap, formatUnmet, type Band, type FairnessReport, type Locale, type NearMiss, type NearMissGap, type NineBox, type NineBoxCell } from "../core";
import type { ReportBlock, ReportGrid, ReportTable, StyleKey } from "./model";
import type { SummaryInsights } from "./insights";

/** Near misses listed on the sheet; the rest are counted in the heading (`promo near-miss` lists all). */
export const MAX_NEAR_MISS_ROWS = 500;

/** Names written in a 9-box cell before `等 N 人`. */
export const MAX_BOX_NAMES = 6;

function say(locale: Locale, zh: string, en: string): string {
  return locale === "zh-CN" ? zh : en;
}

function heading(text: string): ReportBlock {
  return { kind: "line", cells: [text], styles: ["bold"] };
}

/** The next level of a near miss, with its path when that is not the standard one: `中级运营（破格）`. */
export function nearMissTarget(m: NearMiss, locale: Locale): string {
  if (m.path.standard || m.path.label === "") return m.target;
  return locale === "zh-CN" ? `${m.target}（${m.path.label}）` : `${m.target} (${m.path.label})`;
}

/** What a near miss lacks, in words (`客户满意度 88.5% < 90%`). */
export function nearMissLacks(m: NearMiss, locale: Locale): string {
  return m.gaps.map((g) => formatUnmet(g.unmet, locale)).join(locale === "zh-CN" ? "；" : "; ");
}

/** Gaps that have no measure, in words, by language. */
const UNMEASURED: Readonly<Record<Locale, Readonly<Record<"missing" | "error" | "blocker" | "over" | "yes" | "level" | "other", string>>>> = {
  "zh-CN": { missing: "缺少数据", error: "数据有误", blocker: "否决未解除", over: "超出", yes: "需为「是」", level: "学历未达要求", other: "未满足" },
  "en-US": { missing: "missing data", error: "data error", blocker: "still blocked", over: "over by", yes: "must be yes", level: "education below", other: "not met" },
};

/**
 * How far one unmet criterion of a near miss is, always in words: `差 1.5 个百分点`, or for what has
 * no measure `缺少数据`, `否决未解除`, `超出 1`, `需为「是」`.
 * @example gapWords({ unmet: { field: "low_quality", op: "<=", required: 2, actual: 3, reason: "below" }, unit: "none", gap: null, withinMargin: false }, "zh-CN") //=> "超出 1"
 */
export function gapWords(g: NearMissGap, locale: Locale): string {
  const measured = formatGap(g, locale);
  if (measured !== "") return measured;
  const w = UNMEASURED[locale];
  const u = g.unmet;
  if (u.reason === "missing") return w.missing;
  if (u.reason === "error") return w.error;
  if (u.blocker) return w.blocker;
  if (u.op === "<=" && typeof u.actual === "number" && typeof u.required === "number") return `${w.over} ${Math.round((u.actual - u.required) * 100) / 100}`;
  if (u.required === true) return w.yes;
  if (u.field === "education") return w.level;
  return w.other;
}

/** How far a near miss is (`差 1.5 个百分点`), in words for every gap (see {@link gapWords}). */
export function nearMissGap(m: NearMiss, locale: Locale): string {
  return m.gaps.map((g) => gapWords(g, locale)).join(locale === "zh-CN" ? "；" : "; ");
}

/** The near-miss table: the reading order of a coaching talk (who, what, how far, when), then the rest. */
export function nearMissTable(list: readonly NearMiss[], locale: Locale): ReportTable {
  const zh = locale === "zh-CN";
  const headers = zh ? ["姓名", "差什么", "差距", "预计达标日期", "当前职级", "目标职级", "部门", "工号"] : ["Name", "Lacks", "Gap", "Ready date", "Level", "Target", "Department", "ID"];
  return {
    name: "PromoNearMiss",
    columns: headers.map((header, j) => ({ header, format: j === 3 ? ("date" as const) : ("text" as const), ...(j !== 3 ? { wrap: true } : {}) })),
    rows: list.slice(0, MAX_NEAR_MISS_ROWS).map((m) => [m.name || m.id, nearMissLacks(m, locale), nearMissGap(m, locale), m.readyDate, m.level, nearMissTarget(m, locale), m.dept, m.id]),
    filter: true,
  };
}

function nearMissBlocks(list: readonly NearMiss[], locale: Locale): ReportBlock[] {
  const shown = Math.min(list.length, MAX_NEAR_MISS_ROWS);
  const more = list.length - shown;
  const text = say(
    locale,
    `差一步：${list.length} 人只差一项就可晋升（最接近的在前）${more > 0 ? `；列出前 ${shown} 人，全部见 promo near-miss` : ""}`,
    `Near misses: ${list.length} one criterion away from promotion (closest first)${more > 0 ? `; the first ${shown} listed, promo near-miss lists all` : ""}`,
  );
  return list.length === 0 ? [heading(text)] : [heading(text), { kind: "table", table: nearMissTable(list, locale) }];
}

/** A group's name as shown (`（空）` for empty cells). */
export function groupLabel(group: string, locale: Locale): string {
  return group === "" ? say(locale, "（空）", "(empty)") : group;
}

/** The four-fifths column: 基准 for the reference group, `低于 0.8` for a flagged one. */
export function fourFifthsFlag(report: FairnessReport, group: string, locale: Locale): string {
  const g = report.groups.find((x) => x.group === group);
  if (g?.adverse) return say(locale, `低于 ${report.threshold}`, `below ${report.threshold}`);
  return group === report.reference ? say(locale, "基准", "reference") : "";
}

/** The small-group column: `少于 5 人` when the ratio says little. */
export function smallGroupFlag(report: FairnessReport, group: string, locale: Locale): string {
  const g = report.groups.find((x) => x.group === group);
  return g?.small ? say(locale, `少于 ${report.minGroup} 人`, `fewer than ${report.minGroup}`) : "";
}

/** One fairness check as a table: rates, ratios and flags per group (the numbers of `promo fairness`). */
export function fairnessTable(report: FairnessReport, locale: Locale): ReportTable {
  const zh = locale === "zh-CN";
  const headers: readonly [string, string, string, string, string, string, string, string] = zh
    ? [report.column, "参评", "可晋升", "选拔率", "比率", "五分之四规则", "人数提示", "未计入"]
    : [report.column, "Evaluated", "Selected", "Rate", "Ratio", "Four-fifths rule", "Group size", "Left out"];
  const flagged = say(locale, `低于 ${report.threshold}`, `below ${report.threshold}`);
  return {
    name: "PromoFairness",
    columns: [
      { header: headers[0], format: "text" },
      { header: headers[1], format: "general", numeric: true },
      { header: headers[2], format: "general", numeric: true },
      { header: headers[3], format: "percent" },
      { header: headers[4], format: "score" },
      { header: headers[5], format: "text" },
      { header: headers[6], format: "text" },
      { header: headers[7], format: "general", numeric: true },
    ],
    rows: report.groups.map((g) => [
      groupLabel(g.group, locale),
      g.evaluated,
      g.selected,
      g.rate,
      g.ratio,
      fourFifthsFlag(report, g.group, locale),
      smallGroupFlag(report, g.group, locale),
      g.excluded,
    ]),
    cellStyles: { 5: report.groups.map((g): StyleKey => (g.adverse ? "status:error" : "plain")) },
    colourRules: { column: 5, rules: [{ text: flagged, style: "status:error" }] },
  };
}

/** The line above a fairness table: the column, the totals and how to read the ratio. */
export function fairnessHeading(report: FairnessReport, locale: Locale): string {
  return say(
    locale,
    `选拔率（按「${report.column}」，${report.columnLetters} 列）：${report.evaluated} 人参评，${report.selected} 人可晋升，${report.excluded} 人（数据错误、已最高）不计入；比率 = 该组选拔率 ÷ 基准组选拔率，低于 ${report.threshold} 需复核（五分之四规则）。仅供复核，不作为晋升条件`,
    `Selection rates by "${report.column}" (column ${report.columnLetters}): ${report.evaluated} evaluated, ${report.selected} eligible, ${report.excluded} (data errors, top of ladder) left out; ratio = group rate / reference rate, below ${report.threshold} needs a look (four-fifths rule). For review only, never a criterion`,
  );
}

function fairnessBlocks(reports: readonly FairnessReport[], locale: Locale): ReportBlock[] {
  if (reports.length === 0) {
    return [heading(say(locale, "选拔率：名单中没有 部门、门店、性别 或 年龄段 列，未做公平性检查", "Selection rates: the roster has no 部门, 门店, 性别 or 年龄段 column; no fairness check"))];
  }
  return reports.flatMap((r, i): ReportBlock[] => [...(i > 0 ? [{ kind: "blank" } as const] : []), heading(fairnessHeading(r, locale)), { kind: "table", table: fairnessTable(r, locale) }]);
}

const BANDS: readonly Band[] = ["low", "mid", "high"];

/** The fill of a box: green where both axes add up high, yellow in the middle, orange low. */
export function boxStyle(cell: Pick<NineBoxCell, "perf" | "potential">): StyleKey {
  const score = BANDS.indexOf(cell.perf) + BANDS.indexOf(cell.potential);
  return score >= 3 ? "box:high" : score === 2 ? "box:mid" : "box:low";
}

/** A box's cell text: name and count, then up to {@link MAX_BOX_NAMES} names (`等 8 人` for more). */
export function boxText(cell: NineBoxCell, locale: Locale): string {
  const zh = locale === "zh-CN";
  const head = `${zh ? cell.name.zh : cell.name.en} ${cell.people.length}`;
  if (cell.people.length === 0) return head;
  const names = cell.people.slice(0, MAX_BOX_NAMES).map((p) => p.name || p.id);
  const more = cell.people.length > MAX_BOX_NAMES;
  const list = names.join(zh ? "、" : ", ") + (more ? (zh ? ` 等 ${cell.people.length} 人` : ` +${cell.people.length - MAX_BOX_NAMES} more`) : "");
  return `${head}\n${list}`;
}

function bandLabel(band: Band, limits: readonly [number, number], locale: Locale): string {
  const [mid, high] = limits;
  const zh = locale === "zh-CN";
  if (band === "low") return zh ? `低（< ${mid}）` : `low (< ${mid})`;
  if (band === "mid") return zh ? `中（${mid}–${high}）` : `mid (${mid}–${high})`;
  return zh ? `高（≥ ${high}）` : `high (≥ ${high})`;
}

/** The 9-box as a grid: potential rows high to low, performance columns low to high. */
export function nineBoxGrid(box: NineBox, locale: Locale): ReportGrid {
  const zh = locale === "zh-CN";
  const rows: ReportGrid["rows"][number][] = [];
  for (let r = 0; r < 3; r++) {
    const cells = box.boxes.slice(r * 3, r * 3 + 3);
    const [first] = cells;
    if (!first) continue;
    rows.push({
      label: `${zh ? "潜力" : "Potential"} ${bandLabel(first.potential, box.thresholds.potential, locale)}`,
      cells: cells.map((c) => boxText(c, locale)),
      styles: cells.map(boxStyle),
    });
  }
  const lines = Math.min(MAX_BOX_NAMES, Math.max(1, ...box.boxes.map((c) => c.people.length)));
  return {
    header: [zh ? "潜力 \\ 绩效" : "Potential \\ Performance", ...BANDS.map((b) => `${zh ? "绩效" : "Performance"} ${bandLabel(b, box.thresholds.perf, locale)}`)],
    rows,
    rowHeight: Math.max(45, Math.min(90, 15 * (1 + Math.ceil(lines / 2)))),
  };
}

/** The line above the 9-box: the cut points and how many were placed. */
export function nineBoxHeading(box: NineBox, locale: Locale): string {
  const [pm, ph] = box.thresholds.perf;
  const [qm, qh] = box.thresholds.potential;
  return say(
    locale,
    `九宫格：绩效 低 < ${pm} ≤ 中 < ${ph} ≤ 高；${box.potentialColumn ?? "发展潜力"} 低 < ${qm} ≤ 中 < ${qh} ≤ 高。已放入 ${box.placed} 人，未放入 ${box.unplaced.length} 人（数据错误或缺少绩效/潜力）`,
    `9-box: performance low < ${pm} <= mid < ${ph} <= high; ${box.potentialColumn ?? "potential"} low < ${qm} <= mid < ${qh} <= high. ${box.placed} placed, ${box.unplaced.length} not (data error or no performance/potential)`,
  );
}

function nineBoxBlocks(box: NineBox | null, locale: Locale): ReportBlock[] {
  if (box === null) return [heading(say(locale, "九宫格：方案中的九宫格分界不可用，未生成", "9-box: the policy's 9-box cut points are unusable; not drawn"))];
  if (box.potentialColumn === null) {
    return [heading(say(locale, "九宫格：名单中没有「发展潜力」列（0-100 分），未生成", "9-box: the roster has no potential (发展潜力) column, scored 0-100; not drawn"))];
  }
  return [heading(nineBoxHeading(box, locale)), { kind: "grid", grid: nineBoxGrid(box, locale) }];
}

/** The summary sheet's decision-support sections, each after a blank row: near misses, 9-box, fairness. */
export function insightBlocks(insights: SummaryInsights, locale: Locale): ReportBlock[] {
  return [
    { kind: "blank" },
    ...nearMissBlocks(insights.nearMisses, locale),
    { kind: "blank" },
    ...nineBoxBlocks(insights.nineBox, locale),
    { kind: "blank" },
    ...fairnessBlocks(insights.fairness, locale),
  ];
}
