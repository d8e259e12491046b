/**
 * The three sheets PromoLadder adds to a workbook: results (晋升评审), talent pool (人才库) and
 * summary (晋升汇总). Every text is written as a plain string value, never as a formula.
 */
import type ExcelJS from "exceljs";
import { formatGaps, statusLabel, type Locale, type Review, type RowResult, type Status, type StatusCounts } from "../../core";

/** Header texts of the results sheet, by locale (the sign-off column is last). */
export const REVIEW_HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  "zh-CN": ["行号", "工号", "姓名", "部门", "当前职级", "状态", "下一职级", "综合得分", "未达标项", "预计达标日期", "任现职(年)", "储备津贴(元/月)", "数据问题", "主管确认"],
  "en-US": ["Row", "ID", "Name", "Department", "Level", "Status", "Next level", "Score", "Gaps", "Ready date", "Years in level", "Allowance (yuan/month)", "Data issues", "Manager sign-off"],
};

/** Header texts of the talent-pool sheet, by locale. */
export const POOL_HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  "zh-CN": ["工号", "姓名", "部门", "储备职级", "待补职级", "绩效", "技能", "任现职(年)", "津贴(元/月)"],
  "en-US": ["ID", "Name", "Department", "Reserve level", "Vacancy level", "Performance", "Skill", "Years in level", "Allowance (yuan/month)"],
};

/** Id column headers of the results sheet in any locale. */
export const ID_HEADERS: readonly string[] = [REVIEW_HEADERS["zh-CN"][1]!, REVIEW_HEADERS["en-US"][1]!];
/** Sign-off column headers of the results sheet in any locale. */
export const SIGN_OFF_HEADERS: readonly string[] = [REVIEW_HEADERS["zh-CN"][13]!, REVIEW_HEADERS["en-US"][13]!];

/** Statuses in the order a reader scans them. */
const DISPLAY_ORDER: readonly Status[] = ["eligible", "awaiting_vacancy", "not_eligible", "top", "error"];

/** Excel's "good / neutral / bad" cell styles, plus blue for the top of the ladder. */
const STATUS_COLOURS: Readonly<Record<Status, { fill: string; font?: string } | null>> = {
  eligible: { fill: "C6EFCE", font: "006100" },
  awaiting_vacancy: { fill: "FFEB9C", font: "9C5700" },
  not_eligible: null,
  top: { fill: "DDEBF7" },
  error: { fill: "FFC7CE", font: "9C0006" },
};

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E78" } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: "FFFFFFFF" } };
const HEADER_ALIGN: Partial<ExcelJS.Alignment> = { vertical: "middle", wrapText: true };
const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 13 };
const BOLD: Partial<ExcelJS.Font> = { bold: true };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
const DATE_FMT = "yyyy-mm-dd";
const YEARS_FMT = "0.00";
const SCORE_FMT = "0.00";
const MONEY_FMT = "#,##0";

function solid(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${argb}` } };
}

/**
 * Cell styles, shared by reference: exceljs indexes styles by object identity when saving, so
 * one object per kind of cell (not one per cell) keeps a 100k-row save linear. Never mutate
 * these (no `cell.font = ...` on a cell holding one); assign another shared style instead.
 */
type CellStyle = Partial<ExcelJS.Style>;

const PLAIN: CellStyle = {};
const HEADER_STYLE: CellStyle = { fill: HEADER_FILL, font: HEADER_FONT, alignment: HEADER_ALIGN };
const TITLE_STYLE: CellStyle = { font: TITLE_FONT };
const BOLD_STYLE: CellStyle = { font: BOLD };
const WRAP_STYLE: CellStyle = { alignment: WRAP };
const DATE_STYLE: CellStyle = { numFmt: DATE_FMT };
const YEARS_STYLE: CellStyle = { numFmt: YEARS_FMT };
const SCORE_STYLE: CellStyle = { numFmt: SCORE_FMT };
const MONEY_STYLE: CellStyle = { numFmt: MONEY_FMT };
const BOLD_MONEY_STYLE: CellStyle = { numFmt: MONEY_FMT, font: BOLD };

const STATUS_STYLES: Readonly<Record<Status, CellStyle>> = Object.fromEntries(
  (Object.keys(STATUS_COLOURS) as Status[]).map((s) => {
    const c = STATUS_COLOURS[s];
    return [s, c ? { fill: solid(c.fill), ...(c.font ? { font: { color: { argb: `FF${c.font}` } } } : {}) } : PLAIN];
  }),
) as Record<Status, CellStyle>;

/** Styles of the results sheet's columns (the status column's depends on the status). */
const REVIEW_STYLES: readonly CellStyle[] = [PLAIN, PLAIN, PLAIN, PLAIN, PLAIN, PLAIN, PLAIN, SCORE_STYLE, WRAP_STYLE, DATE_STYLE, YEARS_STYLE, MONEY_STYLE, WRAP_STYLE, PLAIN];
const POOL_STYLES: readonly CellStyle[] = [PLAIN, PLAIN, PLAIN, PLAIN, PLAIN, PLAIN, PLAIN, YEARS_STYLE, MONEY_STYLE];

/**
 * Writes `values` into sheet row `r` from column A: only non-empty values make cells, each
 * given the shared style `styles[j]` (PLAIN by default). Strings stay strings, never formulas.
 */
function putRow(ws: ExcelJS.Worksheet, r: number, values: readonly unknown[], styles: readonly CellStyle[] = []): ExcelJS.Row {
  const row = ws.getRow(r);
  for (let j = 0; j < values.length; j++) {
    const v = values[j];
    if (v === null || v === undefined) continue;
    const cell = row.getCell(j + 1);
    cell.value = v as ExcelJS.CellValue;
    cell.style = styles[j] ?? PLAIN;
  }
  return row;
}

/** A sheet being filled top to bottom. */
class SheetWriter {
  next = 1;
  constructor(readonly ws: ExcelJS.Worksheet) {}
  row(values: readonly unknown[], styles?: readonly CellStyle[]): ExcelJS.Row {
    return putRow(this.ws, this.next++, values, styles);
  }
  header(headers: readonly string[]): ExcelJS.Row {
    return this.row(headers, headers.map(() => HEADER_STYLE));
  }
  blank(): void {
    this.next++;
  }
}

/** A YYYY-MM-DD date as an Excel date (midnight UTC, as exceljs writes and reads them). */
export function excelDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

function round2(n: number | null): number | null {
  return n === null || !Number.isFinite(n) ? null : Math.round(n * 100) / 100;
}

/** Display width of text in Excel column units (CJK and full-width characters count 2). */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** Column widths fitted to the headers and the first rows' texts, within [min, max]. */
function fitWidths(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<unknown>>, min: number, max: readonly number[]): number[] {
  const widths = headers.map((h) => textWidth(h) + 2);
  for (let i = 0; i < rows.length && i < 1000; i++) {
    const row = rows[i]!;
    for (let j = 0; j < headers.length; j++) {
      const v = row[j];
      const t = v instanceof Date ? "0000-00-00" : typeof v === "number" ? String(round2(v)) : typeof v === "string" ? (v.split("\n")[0] ?? "") : "";
      widths[j] = Math.max(widths[j]!, textWidth(t) + 2);
    }
  }
  return widths.map((w, j) => Math.min(Math.max(w, min), max[j] ?? 40));
}

function policyTitle(review: Review, locale: Locale): string {
  return locale === "zh-CN" ? review.policy.name : review.policy.nameEn;
}

/** Next level(s): the met targets' levels, else every target's level, joined with "/". */
function nextLevels(r: RowResult): string {
  const met = r.targets.filter((t) => t.met);
  return (met.length > 0 ? met : r.targets).map((t) => t.level).join("/");
}

/** The composite score of the first met target that has one, else of the first target that has one. */
function scoreOf(r: RowResult): number | null {
  const t = r.targets.find((x) => x.met && x.score !== null) ?? r.targets.find((x) => x.score !== null);
  return t ? round2(t.score) : null;
}

/** What is missing, when no target is met: one target's gaps, or each target's prefixed by its level. */
function gapsOf(r: RowResult, locale: Locale): string {
  if (r.targets.some((t) => t.met)) return "";
  const unmet = r.targets.filter((t) => t.unmet.length > 0);
  if (unmet.length === 0) return "";
  if (r.targets.length === 1) return formatGaps(unmet[0]!.unmet, locale);
  const sep = locale === "zh-CN" ? "：" : ": ";
  return unmet.map((t) => `${t.level}${sep}${formatGaps(t.unmet, locale)}`).join("\n");
}

/** Row errors as `F7: message`, joined with "; ". */
function issuesOf(r: RowResult): string {
  return r.errors.map((e) => `${e.cell.slice(e.cell.lastIndexOf("!") + 1)}: ${e.message}`).join("; ");
}

function textOrNull(s: string): string | null {
  return s === "" ? null : s;
}

/** Freezes the title and header rows. */
function freezeBelowHeader(ws: ExcelJS.Worksheet): void {
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 2, topLeftCell: "A3", activeCell: "A3" }];
}

/**
 * Fills the results sheet: a title row (policy, fingerprint, as-of date), a styled header row
 * (frozen, with an autoFilter) and one row per reviewed employee.
 */
export function fillReviewSheet(ws: ExcelJS.Worksheet, review: Review, locale: Locale, signOffs: ReadonlyMap<string, string>): void {
  const zh = locale === "zh-CN";
  const headers = REVIEW_HEADERS[locale];
  const out = new SheetWriter(ws);
  out.row(
    [
      zh
        ? `晋升评审：${policyTitle(review, locale)} · 方案 ${review.policy.fingerprint} · 评审日期 ${review.asOf} · 名单 ${review.sheet}`
        : `Promotion review: ${policyTitle(review, locale)} · policy ${review.policy.fingerprint} · as of ${review.asOf} · roster ${review.sheet}`,
    ],
    [TITLE_STYLE],
  );
  out.header(headers).height = 30;
  const sample: unknown[][] = [];
  const styles = REVIEW_STYLES.slice();
  for (const r of review.rows) {
    const ready = r.targets.find((t) => t.readyDate !== null)?.readyDate ?? null;
    const v: unknown[] = [
      r.row,
      textOrNull(r.id),
      textOrNull(r.name),
      textOrNull(r.dept),
      textOrNull(r.level),
      statusLabel(r.status, locale),
      textOrNull(nextLevels(r)),
      scoreOf(r),
      textOrNull(gapsOf(r, locale)),
      ready === null ? null : excelDate(ready),
      round2(r.yearsInLevel),
      r.allowance,
      textOrNull(issuesOf(r)),
      r.id === "" ? null : (signOffs.get(r.id) ?? null),
    ];
    if (sample.length < 1000) sample.push(v);
    styles[5] = STATUS_STYLES[r.status];
    out.row(v, styles);
  }
  const widths = fitWidths(headers, sample, 8, [8, 14, 12, 16, 14, 14, 16, 10, 50, 14, 12, 14, 50, 16]);
  widths.forEach((w, j) => (ws.getColumn(j + 1).width = w));
  freezeBelowHeader(ws);
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + review.rows.length, column: headers.length } };
}

/**
 * Fills the talent-pool sheet: reserves awaiting a vacancy, a total row with the allowance
 * sum, then a table by reserve level.
 */
export function fillPoolSheet(ws: ExcelJS.Worksheet, review: Review, locale: Locale): void {
  const zh = locale === "zh-CN";
  const pool = review.talentPool;
  const headers = POOL_HEADERS[locale];
  const out = new SheetWriter(ws);
  out.row(
    [
      zh
        ? `储备人才库（待空缺）：${policyTitle(review, locale)} · 评审日期 ${review.asOf} · 共 ${pool.entries.length} 人`
        : `Talent pool (awaiting a vacancy): ${policyTitle(review, locale)} · as of ${review.asOf} · ${pool.entries.length} people`,
    ],
    [TITLE_STYLE],
  );
  out.header(headers);
  const sample: unknown[][] = [];
  for (const e of pool.entries) {
    const v = [textOrNull(e.id), textOrNull(e.name), textOrNull(e.dept), e.level, e.target, e.perf, e.skill, round2(e.yearsInLevel), e.allowance];
    if (sample.length < 1000) sample.push(v);
    out.row(v, POOL_STYLES);
  }
  const totalLabel = zh ? `合计（${pool.entries.length} 人）` : `Total (${pool.entries.length})`;
  out.row([totalLabel, null, null, null, null, null, null, null, pool.allowanceTotal], [BOLD_STYLE, PLAIN, PLAIN, PLAIN, PLAIN, PLAIN, PLAIN, PLAIN, BOLD_MONEY_STYLE]);
  out.blank();
  out.header(zh ? ["储备职级", "人数", "津贴合计(元/月)"] : ["Reserve level", "Count", "Allowance (yuan/month)"]);
  for (const l of pool.byLevel) out.row([l.level, l.count, l.allowance], [PLAIN, PLAIN, MONEY_STYLE]);
  const widths = fitWidths(headers, sample, 8, [14, 12, 16, 14, 14, 12, 12, 12, 14]);
  widths.forEach((w, j) => (ws.getColumn(j + 1).width = w));
  freezeBelowHeader(ws);
}

/** Appends a `label x status` table with a total column. */
function statusTable(out: SheetWriter, firstHeader: string, rows: ReadonlyArray<{ label: string; counts: StatusCounts; total: number }>, locale: Locale): void {
  out.header([firstHeader, ...DISPLAY_ORDER.map((s) => statusLabel(s, locale)), locale === "zh-CN" ? "合计" : "Total"]);
  for (const r of rows) out.row([r.label, ...DISPLAY_ORDER.map((s) => r.counts[s]), r.total]);
}

/**
 * Fills the summary sheet: policy name, id, version and fingerprint, as-of date and totals;
 * counts by status; level x status and department x status tables; total monthly allowance.
 */
export function fillSummarySheet(ws: ExcelJS.Worksheet, review: Review, locale: Locale): void {
  const zh = locale === "zh-CN";
  const s = review.summary;
  const out = new SheetWriter(ws);
  out.row([zh ? `晋升汇总：${policyTitle(review, locale)}` : `Promotion summary: ${policyTitle(review, locale)}`], [TITLE_STYLE]);
  const facts: [string, string | number][] = zh
    ? [
        ["方案", review.policy.name],
        ["方案编号", review.policy.id],
        ["版本", review.policy.version],
        ["指纹", review.policy.fingerprint],
        ["评审日期", review.asOf],
        ["名单", review.sheet],
        ["表头行", review.headerRow],
        ["总人数", s.total],
      ]
    : [
        ["Policy", review.policy.nameEn],
        ["Policy id", review.policy.id],
        ["Version", review.policy.version],
        ["Fingerprint", review.policy.fingerprint],
        ["As of", review.asOf],
        ["Roster", review.sheet],
        ["Header row", review.headerRow],
        ["Total rows", s.total],
      ];
  for (const [k, v] of facts) out.row([k, v], [BOLD_STYLE]);
  out.blank();
  out.header(zh ? ["状态", "人数"] : ["Status", "Count"]);
  for (const st of DISPLAY_ORDER) out.row([statusLabel(st, locale), s.byStatus[st]], [STATUS_STYLES[st]]);
  out.blank();
  statusTable(out, zh ? "职级" : "Level", s.byLevel.map((l) => ({ label: l.level, counts: l.counts, total: l.total })), locale);
  out.blank();
  const noDept = zh ? "（未填部门）" : "(no department)";
  statusTable(out, zh ? "部门" : "Department", s.byDept.map((d) => ({ label: d.dept === "" ? noDept : d.dept, counts: d.counts, total: d.total })), locale);
  out.blank();
  out.row([zh ? "储备津贴合计(元/月)" : "Total reserve allowance (yuan/month)", s.allowanceTotal], [BOLD_STYLE, BOLD_MONEY_STYLE]);
  ws.getColumn(1).width = Math.min(40, Math.max(18, ...s.byDept.slice(0, 1000).map((d) => textWidth(d.dept) + 2), ...s.byLevel.map((l) => textWidth(l.level) + 2)));
  ws.getColumn(2).width = Math.max(14, textWidth(review.policy.fingerprint) + 2);
  for (let j = 3; j <= 7; j++) ws.getColumn(j).width = 12;
}
