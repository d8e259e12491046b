/**
 * The bonus columns of the results sheet (奖金档位, 绩效奖金, 距下一档) and the bonus lines of the
 * summary sheet, shown only when the policy has bonus tiers.
 */
import { formatBonus, type Locale, type Review, type RowResult } from "../core";
import type { ColumnFormat, ReportBlock, ReportValue } from "./model";

/** Header texts of the bonus columns, by locale. */
export const BONUS_HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  "zh-CN": ["奖金档位", "绩效奖金(元/月)", "距下一档"],
  "en-US": ["Bonus tier", "Bonus (yuan/month)", "Next bonus tier"],
};

/** Number formats of the bonus columns. */
export const BONUS_FORMATS: readonly ColumnFormat[] = ["text", "money", "text"];

/** Widest widths of the bonus columns (characters). */
export const BONUS_MAX_WIDTHS: readonly number[] = [10, 14, 44];

/** True when the review's policy has bonus tiers (its summary then has a bonus total). */
export function hasBonus(review: Pick<Review, "summary">): boolean {
  return review.summary.bonusTotal !== undefined;
}

/** A results row's bonus cells: tier (empty for none), yuan a month, and the next tier's gap or why none is paid. */
export function bonusCells(r: RowResult, locale: Locale): ReportValue[] {
  const b = r.bonus;
  if (!b) return [null, null, null];
  const text = formatBonus(b, locale);
  return [b.tier, b.amount, text === "" ? null : text];
}

/** `list` with `extra` inserted before its last item (the sign-off column stays last). */
export function beforeLast<T>(list: readonly T[], extra: readonly T[]): T[] {
  return [...list.slice(0, -1), ...extra, ...list.slice(-1)];
}

/** The summary sheet's bonus blocks: the monthly total and a tier table; nothing without bonus tiers. */
export function bonusSummaryBlocks(review: Pick<Review, "summary">, locale: Locale): ReportBlock[] {
  const s = review.summary;
  if (s.bonusTotal === undefined) return [];
  const zh = locale === "zh-CN";
  return [
    { kind: "blank" },
    {
      kind: "table",
      table: {
        name: "PromoBonus",
        columns: [
          { header: zh ? "奖金档位" : "Bonus tier", format: "text" },
          { header: zh ? "月奖金(元)" : "Monthly bonus (yuan)", format: "money" },
          { header: zh ? "人数" : "People", format: "general" },
          { header: zh ? "合计(元/月)" : "Total (yuan/month)", format: "money" },
        ],
        rows: (s.bonusByTier ?? []).map((t) => [t.tier, t.amount, t.count, t.total]),
      },
    },
    {
      kind: "line",
      cells: [zh ? "绩效奖金合计(元/月)" : "Total performance bonus (yuan/month)", s.bonusTotal],
      styles: ["bold", "bold"],
      formats: ["text", "money"],
    },
  ];
}
