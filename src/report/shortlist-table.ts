/** A ranked shortlist as a table, with the reason for each rank: 空缺候选's main table and each cascade step's. */
import type { Locale, ShortlistEntry } from "../core";
import type { ColumnFormat, ReportTable, ReportValue, StyleKey } from "./model";
import { round2 } from "./text-width";
import { must } from "../core/util/must";

/** Header texts of a shortlist table, by locale. */
export const SHORTLIST_HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  "zh-CN": ["名次", "入选", "工号", "姓名", "部门", "当前职级", "绩效", "技能", "绩效+技能", "任现职(年)", "排名依据"],
  "en-US": ["Rank", "Shortlisted", "ID", "Name", "Department", "Level", "Performance", "Skill", "Perf + skill", "Years in level", "Why this rank"],
};
const FORMATS: readonly ColumnFormat[] = ["general", "text", "text", "text", "text", "text", "general", "general", "general", "years", "text"];

/** Widest each shortlist column grows, in Excel character units. */
export const SHORTLIST_MAX_WIDTHS: readonly number[] = [6, 8, 14, 12, 16, 14, 10, 10, 12, 12, 50];

function years(y: number | null, locale: Locale): string {
  if (y === null) return locale === "zh-CN" ? "空" : "empty";
  const v = String(round2(y));
  return locale === "zh-CN" ? `${v}年` : `${v} yr`;
}

/**
 * Why each candidate ranks where they do, against the one ranked right after them, following the
 * ranking keys in order (catalogue §4 起用方式): perf + skill, then perf, then longer time in
 * level, then 工号.
 * @example rankReasons(entries, "zh-CN")[0] //=> "绩效+技能 177 > 下一名 170"
 */
export function rankReasons(entries: readonly ShortlistEntry[], locale: Locale): string[] {
  const zh = locale === "zh-CN";
  return entries.map((e, i) => {
    const next = entries[i + 1];
    if (next === undefined) return zh ? `绩效+技能 ${e.total}（末位）` : `Perf + skill ${e.total} (last)`;
    if (e.total !== next.total) return zh ? `绩效+技能 ${e.total} > 下一名 ${next.total}` : `Perf + skill ${e.total} > ${next.total} (next)`;
    if (e.perf !== next.perf) {
      return zh ? `绩效+技能同为 ${e.total}；绩效 ${e.perf} > ${next.perf}` : `Same perf + skill ${e.total}; performance ${e.perf} > ${next.perf}`;
    }
    if ((e.yearsInLevel ?? -1) !== (next.yearsInLevel ?? -1)) {
      return zh
        ? `绩效+技能、绩效相同；任现职 ${years(e.yearsInLevel, locale)} > ${years(next.yearsInLevel, locale)}`
        : `Same scores; longer in level ${years(e.yearsInLevel, locale)} > ${years(next.yearsInLevel, locale)}`;
    }
    return zh ? `各项相同；按工号 ${e.id} 在 ${next.id} 之前` : `All equal; ID ${e.id} sorts before ${next.id}`;
  });
}

/**
 * Ranked candidates as a table named `name`: rank, shortlisted (是 / Yes in green), id, name,
 * department, level, scores, years in level and the reason for the rank.
 */
export function shortlistTable(entries: readonly ShortlistEntry[], locale: Locale, name: string): ReportTable {
  const zh = locale === "zh-CN";
  const reasons = rankReasons(entries, locale);
  const yes = zh ? "是" : "Yes";
  const no = zh ? "否" : "No";
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
