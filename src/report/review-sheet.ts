/** 晋升评审: one row per reviewed employee. */
import { statusLabel, type Locale, type Review, type RowResult } from "../core";
import { DISPLAY_ORDER, PRODUCT_SHEETS, policyTitle } from "./labels";
import { hasBonus } from "./bonus-columns";
import type { ReportColumn, ReportSheet, ReportValue, StyleKey } from "./model";
import { reviewColumns, STATUS_COLUMN } from "./review-columns";
import { fitWidths, WIDTH_SAMPLE_ROWS } from "./text-width";
import { reportMessages } from "./messages";

export { gapsOf, issuesOf, nextLevels, readyDateOf, scoreOf, scoreTargetOf, STATUS_COLUMN } from "./review-columns";

/** The results sheet's title: policy, fingerprint, as-of date and roster. */
export function reviewTitle(review: Review, locale: Locale): string {
  return reportMessages(locale).reviewTitle(policyTitle(review, locale), review.policy.fingerprint, review.asOf, review.sheet);
}

/** One results row (the sign-off taken from `signOffs` by id). */
export function reviewRow(r: RowResult, locale: Locale, signOffs: ReadonlyMap<string, string>): ReportValue[] {
  const context = { locale, signOffs };
  return reviewColumns(r.bonus !== undefined).map((c) => c.value(r, context));
}

/** The status colour of a results row. */
export function reviewRowStyle(r: RowResult): StyleKey {
  return `status:${r.status}`;
}

/** The results sheet around its data rows (`rows`, with their status colours), widths fitted to `fitTo`. */
function buildReviewSheet(review: Review, locale: Locale, rows: ReportValue[][], statusStyles: StyleKey[], fitTo: ReadonlyArray<readonly ReportValue[]>): ReportSheet {
  // With bonus tiers, 奖金档位 / 绩效奖金 / 距下一档 come before the sign-off column (which stays last).
  const specs = reviewColumns(hasBonus(review));
  const headers = specs.map((c) => c.header[locale]);
  const columns: ReportColumn[] = specs.map((c) => ({ header: c.header[locale], format: c.format, ...(c.wrap ? { wrap: true } : {}), ...(c.numeric ? { numeric: true } : {}) }));
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
    widths: fitWidths(headers, fitTo, 8, specs.map((c) => c.maxWidth)),
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
