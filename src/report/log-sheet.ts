/** 晋升档案: the append-only review log (the career file the seed's 行政部 keeps). */
import { isoFromDay, LOG_SHEET_NAMES, statusFromText, statusLabel, type Cell, type CycleSheet, type Locale, type PastCycle, type Review } from "../core";
import { readDate } from "../core/read/date";
import { foldText, readText } from "../core/read/text";
import { reportMessages } from "./messages";
import { PRODUCT_SHEETS } from "./labels";
import type { ColumnFormat, ReportSheet, ReportTable, ReportValue } from "./model";
import { nextLevels } from "./review-sheet";
import { fitWidths } from "./text-width";
import { must } from "../core/util/must";

const HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  "zh-CN": ["评审日期", "记录时间", "方案指纹", "名单", "工号", "姓名", "部门", "职级", "状态", "下一职级"],
  "en-US": ["As of", "Recorded at", "Policy fingerprint", "Roster", "ID", "Name", "Department", "Level", "Status", "Next level"],
};
/** The log's 评审日期 header in every language: its header row is the row holding one of them. */
export const LOG_AS_OF_HEADERS: readonly string[] = [HEADERS["zh-CN"][0] ?? "", HEADERS["en-US"][0] ?? ""];
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
  return { name: "PromoLog", columns: HEADERS[locale].map((header, j) => ({ header, format: must(FORMATS[j], `format of column ${j}`) })), rows };
}

/** A log cell as the log writes it: text (a status in `locale`), or null when empty. */
function logValue(cell: Cell, status: boolean, locale: Locale): ReportValue {
  const t = readText(cell);
  if (t === null || typeof t !== "string" || t.trim() === "") return null;
  const known = status ? statusFromText(t) : null;
  return known ? statusLabel(known, locale) : t.trim();
}

/** The rows of a 晋升档案 sheet (its columns found by header, in either language) in {@link logTable}'s column order. */
function logRowsOf(sheet: CycleSheet, locale: Locale): ReportValue[][] | null {
  const names = HEADERS["zh-CN"].map((zh, j) => [zh, HEADERS["en-US"][j] ?? zh].map(foldText));
  for (let r = 0; r < Math.min(10, sheet.rows.length); r++) {
    const texts = (sheet.rows[r] ?? []).map((c) => foldText(String(readText(c) ?? "")));
    const at = names.map((both) => texts.findIndex((t) => both.includes(t)));
    const [dateAt = -1] = at;
    if (dateAt < 0 || (at[4] ?? -1) < 0) continue;
    return sheet.rows.slice(r + 1).flatMap((row) => {
      const day = readDate(row[dateAt] ?? null);
      const values = at.slice(1).map((c, j) => (c < 0 ? null : logValue(row[c] ?? null, j === 7, locale)));
      return typeof day === "number" && values[3] !== null ? [[isoFromDay(day), ...values]] : [];
    });
  }
  return null;
}

/**
 * The log rows a review carries from an earlier workbook (`promo review --previous`), so that a
 * chain of runs keeps every cycle: the rows of its 晋升档案, else one row per person of the cycle
 * its 晋升评审 holds; the rows dated `asOf` are left out (this review's replace them).
 * @example carriedLogRows(sheets, cycles, "2026-11-23", "zh-CN")[0] //=> ["2026-05-23", null, null, null, "230101", "陈静", null, "店长", "未达标", null]
 */
export function carriedLogRows(sheets: readonly CycleSheet[], cycles: readonly PastCycle[], asOf: string, locale: Locale): ReportValue[][] {
  const log = sheets.find((s) => LOG_SHEET_NAMES.some((n) => foldText(n) === foldText(s.name)));
  const fromLog = log ? logRowsOf(log, locale) : null;
  const rows =
    fromLog && fromLog.length > 0
      ? fromLog
      : cycles.flatMap((c) => c.records.map((r): ReportValue[] => [c.asOf, null, null, null, r.id, r.name || null, null, r.level || null, r.status ? statusLabel(r.status, locale) : null, null]));
  return rows.filter((r) => r[0] !== asOf);
}

/**
 * The log sheet as first written; later reviews append {@link logTable}'s rows to its table and
 * never change the rows already there. `earlier`: rows carried from an earlier log ({@link carriedLogRows}), first.
 */
export function logSheet(review: Review, locale: Locale, recordedAt: string, earlier: readonly ReportValue[][] = []): ReportSheet {
  const own = logTable(review, locale, recordedAt);
  const table = earlier.length > 0 ? { ...own, rows: [...earlier, ...own.rows] } : own;
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
