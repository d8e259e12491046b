/** 空缺候选: the ranked shortlist for vacancies at one level, with the reason for each rank. */
import type { Locale, Review, ShortlistEntry } from "../core";
import { PRODUCT_SHEETS, policyTitle } from "./labels";
import type { ColumnFormat, ReportSheet, ReportValue, StyleKey } from "./model";
import { fitWidths, round2 } from "./text-width";

const HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  "zh-CN": ["名次", "入选", "工号", "姓名", "部门", "当前职级", "绩效", "技能", "绩效+技能", "任现职(年)", "排名依据"],
  "en-US": ["Rank", "Shortlisted", "ID", "Name", "Department", "Level", "Performance", "Skill", "Perf + skill", "Years in level", "Why this rank"],
};
const FORMATS: readonly ColumnFormat[] = ["general", "text", "text", "text", "text", "text", "general", "general", "general", "years", "text"];
const MAX_WIDTHS: readonly number[] = [6, 8, 14, 12, 16, 14, 10, 10, 12, 12, 50];

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

/** The shortlist's title: level, places, policy and as-of date. */
export function shortlistTitle(review: Review, level: string, count: number, locale: Locale): string {
  return locale === "zh-CN"
    ? `空缺候选：${level} · ${count} 个名额 · ${policyTitle(review, locale)} ${review.policy.fingerprint} · 评审日期 ${review.asOf}`
    : `Vacancy shortlist: ${level} · ${count} place(s) · ${policyTitle(review, locale)} ${review.policy.fingerprint} · as of ${review.asOf}`;
}

/**
 * The shortlist sheet (空缺候选): every candidate ranked, the first `count` marked as shortlisted
 * (green), each with the reason for their rank.
 */
export function shortlistSheet(review: Review, level: string, count: number, entries: readonly ShortlistEntry[], locale: Locale): ReportSheet {
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
    reasons[i]!,
  ]);
  const headers = HEADERS[locale];
  return {
    kind: "shortlist",
    baseName: PRODUCT_SHEETS.shortlist,
    blocks: [
      { kind: "title", text: shortlistTitle(review, level, count, locale) },
      {
        kind: "table",
        table: {
          name: "PromoShortlist",
          columns: headers.map((header, j) => ({ header, format: FORMATS[j]!, ...(j === 10 ? { wrap: true } : {}) })),
          rows,
          cellStyles: { 1: entries.map((e): StyleKey => (e.shortlisted ? "status:eligible" : "plain")) },
          colourRules: { column: 1, rules: [{ text: yes, style: "status:eligible" }] },
          filter: true,
        },
      },
    ],
    freezeRows: 2,
    widths: fitWidths(headers, rows, 6, MAX_WIDTHS),
  };
}
