/** 人才库: reserves awaiting a vacancy, with their allowance. */
import type { Locale, Review } from "../core";
import { POOL_HEADERS, PRODUCT_SHEETS, policyTitle } from "./labels";
import type { ColumnFormat, ReportSheet, ReportValue } from "./model";
import { fitWidths, round2, textWidth } from "./text-width";
import { must } from "../core/util/must";
import { reportMessages } from "./messages";

const FORMATS: readonly ColumnFormat[] = ["text", "text", "text", "text", "text", "general", "general", "years", "money"];
const MAX_WIDTHS: readonly number[] = [14, 12, 16, 14, 14, 12, 12, 12, 14];

function textOrNull(s: string): string | null {
  return s === "" ? null : s;
}

/**
 * The talent-pool sheet (人才库): a title, a table of the reserves awaiting a vacancy with a
 * total row (allowance sum), then a table of counts and allowances by reserve level.
 */
export function poolSheet(review: Review, locale: Locale): ReportSheet {
  const m = reportMessages(locale);
  const pool = review.talentPool;
  const headers = POOL_HEADERS[locale];
  const rows: ReportValue[][] = pool.entries.map((e) => [
    textOrNull(e.id),
    textOrNull(e.name),
    textOrNull(e.dept),
    e.level,
    e.target,
    e.perf,
    e.skill,
    round2(e.yearsInLevel),
    e.allowance,
  ]);
  const totalLabel = m.poolTotal(pool.entries.length);
  return {
    kind: "pool",
    baseName: PRODUCT_SHEETS.pool,
    blocks: [
      {
        kind: "title",
        text: m.poolTitle(policyTitle(review, locale), review.asOf, pool.entries.length),
      },
      {
        kind: "table",
        table: {
          name: "PromoPool",
          columns: headers.map((header, j) => ({ header, format: must(FORMATS[j], `format of column ${j}`) })),
          rows,
          totals: [totalLabel, null, null, null, null, null, null, null, pool.allowanceTotal],
        },
      },
      { kind: "blank" },
      {
        kind: "table",
        table: {
          name: "PromoPoolByLevel",
          columns: [
            { header: m.reserveLevel, format: "text" },
            { header: m.count, format: "general", numeric: true },
            { header: m.allowanceTotal, format: "money" },
          ],
          rows: pool.byLevel.map((l) => [l.level, l.count, l.allowance]),
        },
      },
    ],
    freezeRows: 2,
    // Column A also holds the by-level table's reserve levels (储备区域经理).
    widths: fitWidths(headers, rows, 8, MAX_WIDTHS).map((w, j) => (j === 0 ? Math.min(20, Math.max(w, ...pool.byLevel.map((l) => textWidth(l.level) + 2))) : w)),
  };
}
