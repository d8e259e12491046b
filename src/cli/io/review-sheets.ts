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

const STATUS_STYLES: Readonly<Record<Status, { fill?: ExcelJS.Fill; font?: Partial<ExcelJS.Font> }>> = Object.fromEntries(
  (Object.keys(STATUS_COLOURS) as Status[]).map((s) => {
    const c = STATUS_COLOURS[s];
    return [s, c ? { fill: solid(c.fill), ...(c.font ? { font: { color: { argb: `FF${c.font}` } } } : {}) } : {}];
  }),
) as Record<Status, { fill?: ExcelJS.Fill; font?: Partial<ExcelJS.Font> }>;

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

function writeHeader(row: ExcelJS.Row, headers: readonly string[]): void {
  headers.forEach((h, j) => {
    const cell = row.getCell(j + 1);
    cell.value = h;
    cell.fill = HEADER_FILL;
    cell.font = HEADER_FONT;
    cell.alignment = HEADER_ALIGN;
  });
}

function writeTitle(ws: ExcelJS.Worksheet, text: string): void {
  const cell = ws.getCell(1, 1);
  cell.value = text;
  cell.font = TITLE_FONT;
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

/**
 * Fills the results sheet: a title row (policy, fingerprint, as-of date), a styled header row
 * (frozen, with an autoFilter) and one row per reviewed employee.
 */
export function fillReviewSheet(ws: ExcelJS.Worksheet, review: Review, locale: Locale, signOffs: ReadonlyMap<string, string>): void {
  const zh = locale === "zh-CN";
  const headers = REVIEW_HEADERS[locale];
  writeTitle(
    ws,
    zh
      ? `晋升评审：${policyTitle(review, locale)} · 方案 ${review.policy.fingerprint} · 评审日期 ${review.asOf} · 名单 ${review.sheet}`
      : `Promotion review: ${policyTitle(review, locale)} · policy ${review.policy.fingerprint} · as of ${review.asOf} · roster ${review.sheet}`,
  );
  writeHeader(ws.getRow(2), headers);
  const values: unknown[][] = [];
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
      r.id === "" ? null : signOffs.get(r.id) ?? null,
    ];
    values.push(v);
    const row = ws.addRow(v);
    const style = STATUS_STYLES[r.status];
    const status = row.getCell(6);
    if (style.fill) status.fill = style.fill;
    if (style.font) status.font = style.font;
    if (v[7] !== null) row.getCell(8).numFmt = SCORE_FMT;
    if (v[8] !== null) row.getCell(9).alignment = WRAP;
    if (v[9] !== null) row.getCell(10).numFmt = DATE_FMT;
    if (v[10] !== null) row.getCell(11).numFmt = YEARS_FMT;
    row.getCell(12).numFmt = MONEY_FMT;
    if (v[12] !== null) row.getCell(13).alignment = WRAP;
  }
  const widths = fitWidths(headers, values, 8, [8, 14, 12, 16, 14, 14, 16, 10, 50, 14, 12, 14, 50, 16]);
  widths.forEach((w, j) => (ws.getColumn(j + 1).width = w));
  ws.getRow(2).height = 30;
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 2, topLeftCell: "A3", activeCell: "A3" }];
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
  writeTitle(
    ws,
    zh
      ? `储备人才库（待空缺）：${policyTitle(review, locale)} · 评审日期 ${review.asOf} · 共 ${pool.entries.length} 人`
      : `Talent pool (awaiting a vacancy): ${policyTitle(review, locale)} · as of ${review.asOf} · ${pool.entries.length} people`,
  );
  writeHeader(ws.getRow(2), headers);
  const values: unknown[][] = [];
  for (const e of pool.entries) {
    const v = [textOrNull(e.id), textOrNull(e.name), textOrNull(e.dept), e.level, e.target, e.perf, e.skill, round2(e.yearsInLevel), e.allowance];
    values.push(v);
    const row = ws.addRow(v);
    if (v[7] !== null) row.getCell(8).numFmt = YEARS_FMT;
    row.getCell(9).numFmt = MONEY_FMT;
  }
  const total = ws.addRow([zh ? `合计（${pool.entries.length} 人）` : `Total (${pool.entries.length})`, null, null, null, null, null, null, null, pool.allowanceTotal]);
  total.font = BOLD;
  total.getCell(9).numFmt = MONEY_FMT;
  ws.addRow([]);
  const byLevelHeaders = zh ? ["储备职级", "人数", "津贴合计(元/月)"] : ["Reserve level", "Count", "Allowance (yuan/month)"];
  writeHeader(ws.addRow([]), byLevelHeaders);
  for (const l of pool.byLevel) ws.addRow([l.level, l.count, l.allowance]).getCell(3).numFmt = MONEY_FMT;
  const widths = fitWidths(headers, values, 8, [14, 12, 16, 14, 14, 12, 12, 12, 14]);
  widths.forEach((w, j) => (ws.getColumn(j + 1).width = w));
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 2, topLeftCell: "A3", activeCell: "A3" }];
}

/** Appends a `label x status` table (with a total column) and returns nothing. */
function statusTable(
  ws: ExcelJS.Worksheet,
  firstHeader: string,
  rows: ReadonlyArray<{ label: string; counts: StatusCounts; total: number }>,
  locale: Locale,
): void {
  const zh = locale === "zh-CN";
  writeHeader(ws.addRow([]), [firstHeader, ...DISPLAY_ORDER.map((s) => statusLabel(s, locale)), zh ? "合计" : "Total"]);
  for (const r of rows) ws.addRow([r.label, ...DISPLAY_ORDER.map((s) => r.counts[s]), r.total]);
}

/**
 * Fills the summary sheet: policy name, id, version and fingerprint, as-of date and totals;
 * counts by status; level x status and department x status tables; total monthly allowance.
 */
export function fillSummarySheet(ws: ExcelJS.Worksheet, review: Review, locale: Locale): void {
  const zh = locale === "zh-CN";
  const s = review.summary;
  writeTitle(ws, zh ? `晋升汇总：${policyTitle(review, locale)}` : `Promotion summary: ${policyTitle(review, locale)}`);
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
  for (const [k, v] of facts) ws.addRow([k, v]).getCell(1).font = BOLD;
  ws.addRow([]);
  writeHeader(ws.addRow([]), zh ? ["状态", "人数"] : ["Status", "Count"]);
  for (const st of DISPLAY_ORDER) ws.addRow([statusLabel(st, locale), s.byStatus[st]]);
  ws.addRow([]);
  statusTable(ws, zh ? "职级" : "Level", s.byLevel.map((l) => ({ label: l.level, counts: l.counts, total: l.total })), locale);
  ws.addRow([]);
  const noDept = zh ? "（未填部门）" : "(no department)";
  statusTable(ws, zh ? "部门" : "Department", s.byDept.map((d) => ({ label: d.dept === "" ? noDept : d.dept, counts: d.counts, total: d.total })), locale);
  ws.addRow([]);
  const allowance = ws.addRow([zh ? "储备津贴合计(元/月)" : "Total reserve allowance (yuan/month)", s.allowanceTotal]);
  allowance.getCell(1).font = BOLD;
  allowance.getCell(2).numFmt = MONEY_FMT;
  ws.getColumn(1).width = Math.min(40, Math.max(18, ...s.byDept.map((d) => textWidth(d.dept) + 2), ...s.byLevel.map((l) => textWidth(l.level) + 2)));
  ws.getColumn(2).width = Math.max(14, textWidth(review.policy.fingerprint) + 2);
  for (let j = 3; j <= 7; j++) ws.getColumn(j).width = 12;
}
