/** 晋升评审: one row per reviewed employee. */
import { formatGaps, statusLabel, type Locale, type Review, type RowResult } from "../core";
import { DISPLAY_ORDER, PRODUCT_SHEETS, REVIEW_HEADERS, policyTitle } from "./labels";
import { beforeLast, BONUS_FORMATS, BONUS_HEADERS, BONUS_MAX_WIDTHS, bonusCells, hasBonus } from "./bonus-columns";
import type { ColumnFormat, ReportColumn, ReportSheet, ReportValue, StyleKey } from "./model";
import { fitWidths, round2, WIDTH_SAMPLE_ROWS } from "./text-width";

const FORMATS: readonly ColumnFormat[] = ["general", "text", "text", "text", "text", "text", "text", "score", "text", "date", "years", "money", "text", "text"];
const WRAPPED: ReadonlySet<number> = new Set([8, 12]);
const MAX_WIDTHS: readonly number[] = [8, 14, 12, 16, 14, 14, 16, 10, 50, 14, 12, 14, 50, 16];

/** Index of the status column. */
export const STATUS_COLUMN = 5;

/** Next level(s): the met targets' levels, else every target's level, joined with "/". */
export function nextLevels(r: RowResult): string {
  const met = r.targets.filter((t) => t.met);
  return (met.length > 0 ? met : r.targets).map((t) => t.level).join("/");
}

/** The composite score of the first met target that has one, else of the first target that has one. */
export function scoreOf(r: RowResult): number | null {
  const t = r.targets.find((x) => x.met && x.score !== null) ?? r.targets.find((x) => x.score !== null);
  return t ? round2(t.score) : null;
}

/** What is missing, when no target is met: one target's gaps, or each target's prefixed by its level. */
export function gapsOf(r: RowResult, locale: Locale): string {
  if (r.targets.some((t) => t.met)) return "";
  const unmet = r.targets.filter((t) => t.unmet.length > 0);
  if (unmet.length === 0) return "";
  if (r.targets.length === 1) return formatGaps(unmet[0]!.unmet, locale);
  const sep = locale === "zh-CN" ? "：" : ": ";
  return unmet.map((t) => `${t.level}${sep}${formatGaps(t.unmet, locale)}`).join("\n");
}

/** Row errors as `F7: message`, joined with "; ". */
export function issuesOf(r: RowResult): string {
  return r.errors.map((e) => `${e.cell.slice(e.cell.lastIndexOf("!") + 1)}: ${e.message}`).join("; ");
}

/** The earliest ready date among the targets, or null. */
export function readyDateOf(r: RowResult): string | null {
  return r.targets.find((t) => t.readyDate !== null)?.readyDate ?? null;
}

function textOrNull(s: string): string | null {
  return s === "" ? null : s;
}

/** The results sheet's title: policy, fingerprint, as-of date and roster. */
export function reviewTitle(review: Review, locale: Locale): string {
  return locale === "zh-CN"
    ? `晋升评审：${policyTitle(review, locale)} · 方案 ${review.policy.fingerprint} · 评审日期 ${review.asOf} · 名单 ${review.sheet}`
    : `Promotion review: ${policyTitle(review, locale)} · policy ${review.policy.fingerprint} · as of ${review.asOf} · roster ${review.sheet}`;
}

/** One results row (the sign-off taken from `signOffs` by id). */
export function reviewRow(r: RowResult, locale: Locale, signOffs: ReadonlyMap<string, string>): ReportValue[] {
  const row: ReportValue[] = [
    r.row,
    textOrNull(r.id),
    textOrNull(r.name),
    textOrNull(r.dept),
    textOrNull(r.level),
    statusLabel(r.status, locale),
    textOrNull(nextLevels(r)),
    scoreOf(r),
    textOrNull(gapsOf(r, locale)),
    readyDateOf(r),
    round2(r.yearsInLevel),
    r.allowance,
    textOrNull(issuesOf(r)),
    r.id === "" ? null : (signOffs.get(r.id) ?? null),
  ];
  return r.bonus ? beforeLast(row, bonusCells(r, locale)) : row;
}

/** The status colour of a results row. */
export function reviewRowStyle(r: RowResult): StyleKey {
  return `status:${r.status}`;
}

/** The results sheet around its data rows (`rows`, with their status colours), widths fitted to `fitTo`. */
function buildReviewSheet(review: Review, locale: Locale, rows: ReportValue[][], statusStyles: StyleKey[], fitTo: ReadonlyArray<readonly ReportValue[]>): ReportSheet {
  // With bonus tiers, 奖金档位 / 绩效奖金 / 距下一档 come before the sign-off column (which stays last).
  const bonus = hasBonus(review);
  const headers = bonus ? beforeLast(REVIEW_HEADERS[locale], BONUS_HEADERS[locale]) : REVIEW_HEADERS[locale];
  const formats = bonus ? beforeLast(FORMATS, BONUS_FORMATS) : FORMATS;
  const wrapped = bonus ? new Set([...WRAPPED, headers.length - 2]) : WRAPPED;
  const columns: ReportColumn[] = headers.map((header, j) => ({ header, format: formats[j]!, ...(wrapped.has(j) ? { wrap: true } : {}) }));
  return {
    kind: "review",
    baseName: PRODUCT_SHEETS.review,
    blocks: [
      { kind: "title", text: reviewTitle(review, locale) },
      {
        kind: "table",
        table: {
          name: "PromoReview",
          columns,
          rows,
          cellStyles: { [STATUS_COLUMN]: statusStyles },
          colourRules: { column: STATUS_COLUMN, rules: DISPLAY_ORDER.map((s) => ({ text: statusLabel(s, locale), style: `status:${s}` as const })) },
          headerHeight: 30,
          filter: true,
        },
      },
    ],
    freezeRows: 2,
    widths: fitWidths(headers, fitTo, 8, bonus ? beforeLast(MAX_WIDTHS, BONUS_MAX_WIDTHS) : MAX_WIDTHS),
  };
}

/**
 * The results sheet (晋升评审): a title row, then a table with one row per reviewed employee —
 * status (coloured), next level, score, unmet criteria in words, ready date, years in level,
 * allowance, data issues and the manager's sign-off (主管确认) carried over by 工号.
 * @param signOffs - sign-offs by employee id, from the previous results sheet
 * @example reviewSheet(review, "zh-CN", new Map([["KF1030", "同意"]])).blocks[1]
 * //=> { kind: "table", table: { name: "PromoReview", columns: [...14], rows: [...] } }
 */
export function reviewSheet(review: Review, locale: Locale, signOffs: ReadonlyMap<string, string> = new Map()): ReportSheet {
  const rows = review.rows.map((r) => reviewRow(r, locale, signOffs));
  return buildReviewSheet(review, locale, rows, review.rows.map(reviewRowStyle), rows);
}

/**
 * The results sheet for a writer that streams its rows: the same sheet as {@link reviewSheet}
 * but with an empty table, whose rows the writer adds one {@link reviewRow} (coloured by
 * {@link reviewRowStyle}) per reviewed employee, in order, without holding them all.
 * @param sample - the first {@link WIDTH_SAMPLE_ROWS} rows as {@link reviewRow} gives them
 *   (or all rows when there are fewer): the column widths are fitted to them, as in reviewSheet
 */
export function reviewSheetFrame(review: Review, locale: Locale, sample: ReadonlyArray<readonly ReportValue[]>): ReportSheet {
  return buildReviewSheet(review, locale, [], [], sample.slice(0, WIDTH_SAMPLE_ROWS));
}
