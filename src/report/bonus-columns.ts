/**
 * The bonus lines of the summary sheet, shown only when the policy has bonus tiers (the results
 * sheet's bonus columns are in review-columns.ts).
 */
import type { Locale, Review } from "../core";
import type { ReportBlock } from "./model";

/** True when the review's policy has bonus tiers (its summary then has a bonus total). */
export function hasBonus(review: Pick<Review, "summary">): boolean {
  return review.summary.bonusTotal !== undefined;
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
          { header: zh ? "人数" : "People", format: "general", numeric: true },
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
