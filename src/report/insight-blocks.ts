/**
 * The summary sheet's decision-support sections as report blocks: 差一步 (near misses) as a
 * table a manager coaches from, 选拔率 (fairness, four-fifths rule) as one table per grouping
 * column, and the 九宫格 (9-box) as a 3x3 grid of filled cells.
 */
import { formatGap, formatUnmet, inLocale, type Band, type FairnessReport, type Locale, type NearMiss, type NearMissGap, type NineBox, type NineBoxCell } from "../core";
import type { ReportBlock, ReportGrid, ReportTable, StyleKey } from "./model";
import type { SummaryInsights } from "./insights";
import { reportMessages } from "./messages";

/** Near misses listed on the sheet; the rest are counted in the heading (`promo near-miss` lists all). */
export const MAX_NEAR_MISS_ROWS = 500;

/** Names written in a 9-box cell before `等 N 人`. */
export const MAX_BOX_NAMES = 6;

function heading(text: string): ReportBlock {
  return { kind: "line", cells: [text], styles: ["bold"] };
}

/** The next level of a near miss, with its path when that is not the standard one: `中级运营（破格）`. */
export function nearMissTarget(m: NearMiss, locale: Locale): string {
  if (m.path.standard || m.path.label === "") return m.target;
  return reportMessages(locale).withNote(m.target, m.path.label);
}

/** What a near miss lacks, in words (`客户满意度 88.5% < 90%`). */
export function nearMissLacks(m: NearMiss, locale: Locale): string {
  return m.gaps.map((g) => formatUnmet(g.unmet, locale)).join(reportMessages(locale).clauseSep);
}

/**
 * How far one unmet criterion of a near miss is, always in words: `差 1.5 个百分点`, or for what has
 * no measure `缺少数据`, `否决未解除`, `超出 1`, `需为「是」`.
 * @example gapWords({ unmet: { field: "low_quality", op: "<=", required: 2, actual: 3, reason: "below" }, unit: "none", gap: null, withinMargin: false }, "zh-CN") //=> "超出 1"
 */
export function gapWords(g: NearMissGap, locale: Locale): string {
  const measured = formatGap(g, locale);
  if (measured !== "") return measured;
  const w = reportMessages(locale).unmeasured;
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
  return m.gaps.map((g) => gapWords(g, locale)).join(reportMessages(locale).clauseSep);
}

/** The near-miss table: the reading order of a coaching talk (who, what, how far, when), then the rest. */
export function nearMissTable(list: readonly NearMiss[], locale: Locale): ReportTable {
  const headers = reportMessages(locale).nearMissHeaders;
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
  const text = reportMessages(locale).nearMissHeading(list.length, shown, more > 0);
  return list.length === 0 ? [heading(text)] : [heading(text), { kind: "table", table: nearMissTable(list, locale) }];
}

/** A group's name as shown (`（空）` for empty cells). */
export function groupLabel(group: string, locale: Locale): string {
  return group === "" ? reportMessages(locale).emptyGroup : group;
}

/** The four-fifths column: 基准 for the reference group, `低于 0.8` for a flagged one. */
export function fourFifthsFlag(report: FairnessReport, group: string, locale: Locale): string {
  const g = report.groups.find((x) => x.group === group);
  const m = reportMessages(locale);
  if (g?.adverse) return m.belowThreshold(report.threshold);
  return group === report.reference ? m.reference : "";
}

/** The small-group column: `少于 5 人` when the ratio says little. */
export function smallGroupFlag(report: FairnessReport, group: string, locale: Locale): string {
  const g = report.groups.find((x) => x.group === group);
  return g?.small ? reportMessages(locale).fewerThan(report.minGroup) : "";
}

/** One fairness check as a table: rates, ratios and flags per group (the numbers of `promo fairness`). */
export function fairnessTable(report: FairnessReport, locale: Locale): ReportTable {
  const m = reportMessages(locale);
  const [evaluated, selected, rate, ratio, rule, size, left] = m.fairnessHeaders;
  const flagged = m.belowThreshold(report.threshold);
  return {
    name: "PromoFairness",
    columns: [
      { header: report.column, format: "text" },
      { header: evaluated, format: "general", numeric: true },
      { header: selected, format: "general", numeric: true },
      { header: rate, format: "percent" },
      { header: ratio, format: "score" },
      { header: rule, format: "text" },
      { header: size, format: "text" },
      { header: left, format: "general", numeric: true },
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
  return reportMessages(locale).fairnessHeading(report.column, report.columnLetters, report.evaluated, report.selected, report.excluded, report.threshold);
}

function fairnessBlocks(reports: readonly FairnessReport[], locale: Locale): ReportBlock[] {
  if (reports.length === 0) {
    return [heading(reportMessages(locale).noFairness)];
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
  const m = reportMessages(locale);
  const head = `${inLocale(cell.name, locale)} ${cell.people.length}`;
  if (cell.people.length === 0) return head;
  const names = cell.people.slice(0, MAX_BOX_NAMES).map((p) => p.name || p.id);
  const more = cell.people.length > MAX_BOX_NAMES;
  const list = names.join(m.listSep) + (more ? m.moreNames(cell.people.length, cell.people.length - MAX_BOX_NAMES) : "");
  return `${head}\n${list}`;
}

function bandLabel(band: Band, limits: readonly [number, number], locale: Locale): string {
  const [mid, high] = limits;
  const words = reportMessages(locale).bands;
  if (band === "low") return words.low(mid);
  if (band === "mid") return words.mid(mid, high);
  return words.high(high);
}

/** The 9-box as a grid: potential rows high to low, performance columns low to high. */
export function nineBoxGrid(box: NineBox, locale: Locale): ReportGrid {
  const m = reportMessages(locale);
  const rows: ReportGrid["rows"][number][] = [];
  for (let r = 0; r < 3; r++) {
    const cells = box.boxes.slice(r * 3, r * 3 + 3);
    const [first] = cells;
    if (!first) continue;
    rows.push({
      label: `${m.potential} ${bandLabel(first.potential, box.thresholds.potential, locale)}`,
      cells: cells.map((c) => boxText(c, locale)),
      styles: cells.map(boxStyle),
    });
  }
  const lines = Math.min(MAX_BOX_NAMES, Math.max(1, ...box.boxes.map((c) => c.people.length)));
  return {
    header: [m.nineBoxCorner, ...BANDS.map((b) => `${m.performance} ${bandLabel(b, box.thresholds.perf, locale)}`)],
    rows,
    rowHeight: Math.max(45, Math.min(90, 15 * (1 + Math.ceil(lines / 2)))),
  };
}

/** The line above the 9-box: the cut points and how many were placed. */
export function nineBoxHeading(box: NineBox, locale: Locale): string {
  const [pm, ph] = box.thresholds.perf;
  const [qm, qh] = box.thresholds.potential;
  return reportMessages(locale).nineBoxHeading(pm, ph, box.potentialColumn, qm, qh, box.placed, box.unplaced.length);
}

function nineBoxBlocks(box: NineBox | null, locale: Locale): ReportBlock[] {
  if (box === null) return [heading(reportMessages(locale).nineBoxUnusable)];
  if (box.potentialColumn === null) return [heading(reportMessages(locale).nineBoxNoPotential)];
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
