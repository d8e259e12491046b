/** A ranked shortlist as a table, with the reason for each rank: 空缺候选's main table and each cascade step's. */
import type { Locale, ShortlistEntry } from "../core";
import type { ColumnFormat, ReportTable, ReportValue, StyleKey } from "./model";
import { round2 } from "./text-width";
import { must } from "../core/util/must";
import { reportMessages } from "./messages";

/** Header texts of a shortlist table, by locale. */
export const SHORTLIST_HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  "zh-CN": ["名次", "入选", "工号", "姓名", "部门", "当前职级", "绩效", "技能", "绩效+技能", "任现职(年)", "排名依据"],
  "en-US": ["Rank", "Shortlisted", "ID", "Name", "Department", "Level", "Performance", "Skill", "Perf + skill", "Years in level", "Why this rank"],
};
const FORMATS: readonly ColumnFormat[] = ["general", "text", "text", "text", "text", "text", "general", "general", "general", "years", "text"];

/** Widest each shortlist column grows, in Excel character units. */
export const SHORTLIST_MAX_WIDTHS: readonly number[] = [6, 8, 14, 12, 16, 14, 10, 10, 12, 12, 50];

function years(y: number | null, locale: Locale): string {
  const m = reportMessages(locale);
  return y === null ? m.noYears : m.years(String(round2(y)));
}

/**
 * Why each candidate ranks where they do, against the one ranked right after them, following the
 * ranking keys in order (catalogue §4 起用方式): perf + skill, then perf, then longer time in
 * level, then 工号.
 * @example rankReasons(entries, "zh-CN")[0] //=> "绩效+技能 177 > 下一名 170"
 */
export function rankReasons(entries: readonly ShortlistEntry[], locale: Locale): string[] {
  const m = reportMessages(locale);
  return entries.map((e, i) => {
    const next = entries[i + 1];
    if (next === undefined) return m.rankLast(e.total);
    if (e.total !== next.total) return m.rankTotal(e.total, next.total);
    if (e.perf !== next.perf) return m.rankPerf(e.total, e.perf, next.perf);
    if ((e.yearsInLevel ?? -1) !== (next.yearsInLevel ?? -1)) return m.rankYears(years(e.yearsInLevel, locale), years(next.yearsInLevel, locale));
    return m.rankId(e.id, next.id);
  });
}

/**
 * Ranked candidates as a table named `name`: rank, shortlisted (是 / Yes in green), id, name,
 * department, level, scores, years in level and the reason for the rank.
 */
export function shortlistTable(entries: readonly ShortlistEntry[], locale: Locale, name: string): ReportTable {
  const reasons = rankReasons(entries, locale);
  const { yes, no } = reportMessages(locale);
  const rows: ReportValue[][] = entries.map((e, i) => [
    e.rank,
    e.shortlisted ? yes : no,
    e.id || null,
    e.name || null,
    e.dept || null,
    e.level,
    e.perf,
    e.skill,
    e.total,
    round2(e.yearsInLevel),
    must(reasons[i], `reason of entry ${i}`),
  ]);
  return {
    name,
    columns: SHORTLIST_HEADERS[locale].map((header, j) => ({ header, format: must(FORMATS[j], `format of column ${j}`), ...(j === 10 ? { wrap: true } : {}) })),
    rows,
    cellStyles: { 1: entries.map((e): StyleKey => (e.shortlisted ? "status:eligible" : "plain")) },
    colourRules: { column: 1, rules: [{ text: yes, style: "status:eligible" }] },
    filter: true,
  };
}
