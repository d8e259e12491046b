/** 空缺候选: the ranked shortlist for vacancies at one level, with the reason for each rank, and optionally the vacancy cascade below it. */
import type { CascadeStep, Locale, Review, ShortlistEntry } from "../core";
import { cascadeBlocks } from "./cascade-sheet";
import { PRODUCT_SHEETS, policyTitle } from "./labels";
import type { ReportBlock, ReportSheet } from "./model";
import { SHORTLIST_HEADERS, SHORTLIST_MAX_WIDTHS, shortlistTable } from "./shortlist-table";
import { fitWidths } from "./text-width";
import { reportMessages } from "./messages";

export { rankReasons } from "./shortlist-table";

/** The shortlist's title: level, places, policy and as-of date. */
export function shortlistTitle(review: Review, level: string, count: number, locale: Locale): string {
  return reportMessages(locale).shortlistTitle(level, count, policyTitle(review, locale), review.policy.fingerprint, review.asOf);
}

/**
 * The shortlist sheet (空缺候选): every candidate ranked, the first `count` marked as shortlisted
 * (green), each with the reason for their rank. With `steps` (the core `cascade` of the same
 * level and count), the vacancy cascade follows as further blocks: see {@link cascadeBlocks}.
 */
export function shortlistSheet(review: Review, level: string, count: number, entries: readonly ShortlistEntry[], locale: Locale, steps?: readonly CascadeStep[]): ReportSheet {
  const main = shortlistTable(entries, locale, "PromoShortlist");
  const blocks: ReportBlock[] = [{ kind: "title", text: shortlistTitle(review, level, count, locale) }, { kind: "table", table: main }];
  if (steps && steps.length > 0) blocks.push(...cascadeBlocks(steps, locale));
  const rows = blocks.flatMap((b) => (b.kind === "table" ? b.table.rows : []));
  return {
    kind: "shortlist",
    baseName: PRODUCT_SHEETS.shortlist,
    blocks,
    freezeRows: 2,
    widths: fitWidths(SHORTLIST_HEADERS[locale], rows, 6, SHORTLIST_MAX_WIDTHS),
  };
}
