/**
 * The bonus lines of the summary sheet, shown only when the policy has bonus tiers (the results
 * sheet's bonus columns are in review-columns.ts).
 */
import type { Locale, Review } from "../core";
import type { ReportBlock } from "./model";
import { reportMessages } from "./messages";

/** True when the review's policy has bonus tiers (its summary then has a bonus total). */
export function hasBonus(review: Pick<Review, "summary">): boolean {
  return review.summary.bonusTotal !== undefined;
}

/** The summary sheet's bonus blocks: the monthly total and a tier table; nothing without bonus tiers. */
export function bonusSummaryBlocks(review: Pick<Review, "summary">, locale: Locale): ReportBlock[] {
  const s = review.summary;
  if (s.bonusTotal === undefined) return [];
  const m = reportMessages(locale);
  const [tier, monthly, people, total] = m.bonusColumns;
  return [
    { kind: "blank" },
    {
      kind: "table",
      table: {
        name: "PromoBonus",
        columns: [
          { header: tier, format: "text" },
          { header: monthly, format: "money" },
          { header: people, format: "general", numeric: true },
          { header: total, format: "money" },
        ],
        rows: (s.bonusByTier ?? []).map((t) => [t.tier, t.amount, t.count, t.total]),
      },
    },
    {
      kind: "line",
      cells: [m.bonusTotal, s.bonusTotal],
      styles: ["bold", "bold"],
      formats: ["text", "money"],
    },
  ];
}
