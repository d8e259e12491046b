/** 晋升档案: the append-only review log (the career file the seed's 行政部 keeps). */
import { statusLabel, type Locale, type Review } from "../core";
import { reportMessages } from "./messages";
import { PRODUCT_SHEETS } from "./labels";
import type { ColumnFormat, ReportSheet, ReportTable, ReportValue } from "./model";
import { nextLevels } from "./review-sheet";
import { fitWidths } from "./text-width";

const HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  "zh-CN": ["评审日期", "记录时间", "方案指纹", "名单", "工号", "姓名", "部门", "职级", "状态", "下一职级"],
  "en-US": ["As of", "Recorded at", "Policy fingerprint", "Roster", "ID", "Name", "Department", "Level", "Status", "Next level"],
};
const FORMATS: readonly ColumnFormat[] = ["date", "text", "text", "text", "text", "text", "text", "text", "text", "text"];
const MAX_WIDTHS: readonly number[] = [12, 18, 26, 16, 14, 12, 16, 14, 14, 16];

/**
 * The rows one review adds to the log: as-of date, when it was recorded, policy fingerprint,
 * roster, and each employee's id, name, department, level, status and next level.
 * @param recordedAt - local time of the run, `YYYY-MM-DD HH:mm`
 */
export function logTable(review: Review, locale: Locale, recordedAt: string): ReportTable {
  const rows: ReportValue[][] = review.rows.map((r) => [
    review.asOf,
    recordedAt,
    review.policy.fingerprint,
    review.sheet,
    r.id || null,
    r.name || null,
    r.dept || null,
    r.level || null,
    statusLabel(r.status, locale),
    nextLevels(r) || null,
  ]);
  return { name: "PromoLog", columns: HEADERS[locale].map((header, j) => ({ header, format: FORMATS[j]! })), rows };
}

/**
 * The log sheet as first written; later reviews append {@link logTable}'s rows to its table and
 * never change the rows already there.
 */
export function logSheet(review: Review, locale: Locale, recordedAt: string): ReportSheet {
  const table = logTable(review, locale, recordedAt);
  return {
    kind: "log",
    baseName: PRODUCT_SHEETS.log,
    blocks: [
      { kind: "title", text: reportMessages(locale).logTitle },
      { kind: "table", table },
    ],
    freezeRows: 2,
    widths: fitWidths(HEADERS[locale], table.rows, 8, MAX_WIDTHS),
  };
}
