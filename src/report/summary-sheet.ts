/** 晋升汇总: counts by status, level and department, with a chart of the status counts. */
import { columnMessages, policyName, statusLabel, type ColumnReport, type Locale, type Review, type StatusCounts } from "../core";
import { DISPLAY_ORDER, PRODUCT_SHEETS, policyTitle } from "./labels";
import { FORECAST_WIDTHS, forecastBlocks } from "./talent-sheets";
import type { ReportBlock, ReportSheet, ReportTable, StyleKey } from "./model";
import { textWidth } from "./text-width";
import { insightBlocks } from "./insight-blocks";
import type { SummaryInsights } from "./insights";
import { bonusSummaryBlocks } from "./bonus-columns";
import { ROUND_WIDTHS, roundBlocks } from "./round-blocks";
import { reportMessages } from "./messages";

/** A `label x status` table with a total column. */
/** Column widths wide enough for every list: the widest entry at each position. */
function widest(...lists: ReadonlyArray<readonly number[]>): number[] {
  const n = Math.max(...lists.map((l) => l.length));
  return Array.from({ length: n }, (_, i) => Math.max(...lists.map((l) => l[i] ?? 0)));
}

function statusTable(name: string, firstHeader: string, rows: ReadonlyArray<{ label: string; counts: StatusCounts; total: number }>, locale: Locale): ReportTable {
  return {
    name,
    columns: [
      { header: firstHeader, format: "text" },
      ...DISPLAY_ORDER.map((s) => ({ header: statusLabel(s, locale), format: "general" as const, numeric: true as const })),
      { header: reportMessages(locale).total, format: "general", numeric: true },
    ],
    rows: rows.map((r) => [r.label, ...DISPLAY_ORDER.map((s) => r.counts[s]), r.total]),
  };
}

/** The policy and run facts shown at the top of the summary. */
function facts(review: Review, locale: Locale, columns: ColumnReport | undefined): ReadonlyArray<readonly [string, string | number]> {
  const p = review.policy;
  const m = columnMessages(locale);
  const words = reportMessages(locale);
  const f = words.facts;
  const warning = words.warning;
  // Fields the policy needs that no column gives come first: every result that needs them is 缺少数据.
  const missing = (columns?.missing ?? []).map((f): readonly [string, string] => [warning, m.missing(f)]);
  const rows: Array<readonly [string, string | number]> = [
    [f.policy, policyName(p, locale)],
    [f.id, p.id],
    [f.version, p.version],
    [f.fingerprint, p.fingerprint],
    [f.asOf, review.asOf],
    [f.roster, review.sheet],
    [f.headerRow, review.headerRow],
    [f.total, review.summary.total],
  ];
  for (const w of review.warnings ?? []) rows.push([warning, w.message]);
  // The columns read are on the CLI's stderr and in `promo headers`; the sheet names the ones left out.
  if (columns) {
    if (columns.ignored.length > 0) rows.push([words.columnsNotUsed, columns.ignored.map(m.column).join(m.sep)]);
  }
  return [...missing, ...rows];
}

/**
 * The summary sheet (晋升汇总): policy name, id, version and fingerprint, as-of date and totals,
 * and the review's warnings (e.g. too few month columns for a rolling window);
 * counts by status (coloured, charted); level x status and department x status tables; the
 * total monthly allowance; with `insights`, the near misses, the 9-box grid and the fairness
 * tables (see {@link insightBlocks}).
 */
export function summarySheet(review: Review, locale: Locale, insights?: SummaryInsights, columns: ColumnReport | undefined = insights?.columns): ReportSheet {
  const m = reportMessages(locale);
  const s = review.summary;
  const statusRows = DISPLAY_ORDER.map((st) => [statusLabel(st, locale), s.byStatus[st]]);
  const blocks: ReportBlock[] = [
    { kind: "title", text: m.summaryTitle(policyTitle(review, locale)) },
    { kind: "facts", rows: facts(review, locale, columns) },
    { kind: "blank" },
    {
      kind: "table",
      table: {
        name: "PromoStatus",
        columns: [
          { header: m.status, format: "text" },
          { header: m.count, format: "general", numeric: true },
        ],
        rows: statusRows,
        cellStyles: { 0: DISPLAY_ORDER.map((st): StyleKey => `status:${st}`) },
        colourRules: { column: 0, rules: DISPLAY_ORDER.map((st) => ({ text: statusLabel(st, locale), style: `status:${st}` as const })) },
      },
    },
    { kind: "blank" },
    { kind: "table", table: statusTable("PromoByLevel", m.level, s.byLevel.map((l) => ({ label: l.level, counts: l.counts, total: l.total })), locale) },
    { kind: "blank" },
    {
      kind: "table",
      table: statusTable("PromoByDept", m.dept, s.byDept.map((d) => ({ label: d.dept === "" ? m.noDept : d.dept, counts: d.counts, total: d.total })), locale),
    },
    { kind: "blank" },
    {
      kind: "line",
      cells: [m.reserveAllowanceTotal, s.allowanceTotal],
      styles: ["bold", "bold"],
      formats: ["text", "money"],
    },
  ];
  blocks.push(...bonusSummaryBlocks(review, locale));
  if (insights) blocks.push(...insightBlocks(insights, locale), ...roundBlocks(insights, locale));
  if (insights?.talent) blocks.push(...forecastBlocks(insights.talent, locale));
  // Column A holds the labels of the total lines too (储备津贴合计(元/月)), whose value sits right beside them.
  const lineLabels = blocks.flatMap((b) => (b.kind === "line" && typeof b.cells[0] === "string" && (b.cells[1] ?? null) !== null ? [textWidth(b.cells[0]) + 2] : []));
  const first = Math.min(40, Math.max(18, ...lineLabels, ...s.byDept.slice(0, 1000).map((d) => textWidth(d.dept) + 2), ...s.byLevel.map((l) => textWidth(l.level) + 2)));
  return {
    kind: "summary",
    baseName: PRODUCT_SHEETS.summary,
    blocks,
    freezeRows: 0,
    // Wide enough for the 9-box grid (B-D) and the near-miss table, with or without insights: a streamed summary (no insights) looks the same.
    // Columns I on hold the wider tables of issues #20 and #21 (预测, 晋升成本, 校准, 与上轮比较): each column as wide as the widest.
    widths: [first, Math.max(24, textWidth(review.policy.fingerprint) + 2), 24, 24, 14, 14, 14, 14, ...widest(ROUND_WIDTHS, FORECAST_WIDTHS)],
    chart: { table: "PromoStatus", title: m.statusChart },
  };
}
