/**
 * Which sheets of a workbook PromoLadder wrote, recorded in the workbook's keywords
 * (document properties), so that a re-run replaces its own sheets and never a user's sheet
 * that happens to have the same name.
 *
 * Keywords are `;`-separated tokens. PromoLadder adds `PromoLadder` and
 * `PromoLadder:<review>|<pool>|<summary>` (the sheet names it wrote) and keeps every other token.
 */

/** Base names of the sheets the product writes. */
export const PRODUCT_SHEETS = { review: "晋升评审", pool: "人才库", summary: "晋升汇总" } as const;

/** The product's sheet kinds. */
export type ProductSheetKind = keyof typeof PRODUCT_SHEETS;

/** Token marking a workbook as a PromoLadder output. */
export const PRODUCT_KEYWORD = "PromoLadder";

const SHEETS_PREFIX = `${PRODUCT_KEYWORD}:`;

const PRODUCT_NAME_RE = new RegExp(`^(${Object.values(PRODUCT_SHEETS).join("|")})( \\(\\d+\\))?$`);

/** True for `晋升评审`, `人才库`, `晋升汇总` and their numbered variants (`晋升评审 (2)`). */
export function isProductSheetName(name: string): boolean {
  return PRODUCT_NAME_RE.test(name.trim());
}

/** Splits a keywords string into trimmed, non-empty tokens. */
export function keywordTokens(keywords: string | null | undefined): string[] {
  if (!keywords) return [];
  return keywords
    .split(";")
    .map((t) => t.trim())
    .filter((t) => t !== "");
}

/** True when the keywords mark the workbook as written by PromoLadder. */
export function isProductKeywords(keywords: string | null | undefined): boolean {
  return keywordTokens(keywords).some((t) => t === PRODUCT_KEYWORD || t.startsWith(SHEETS_PREFIX));
}

/**
 * Sheet names the keywords say PromoLadder wrote, in order review, pool, summary
 * (empty when the workbook is not a PromoLadder output).
 */
export function ownedSheetNames(keywords: string | null | undefined): string[] {
  const token = keywordTokens(keywords).find((t) => t.startsWith(SHEETS_PREFIX));
  if (token === undefined) return [];
  return token
    .slice(SHEETS_PREFIX.length)
    .split("|")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * New keywords: the user's own tokens kept, the PromoLadder tokens replaced by ones naming
 * `sheetNames` (which must not contain `;` or `|`; product sheet names never do).
 */
export function stampKeywords(keywords: string | null | undefined, sheetNames: readonly string[]): string {
  const own = keywordTokens(keywords).filter((t) => t !== PRODUCT_KEYWORD && !t.startsWith(SHEETS_PREFIX));
  return [...own, PRODUCT_KEYWORD, `${SHEETS_PREFIX}${sheetNames.join("|")}`].join("; ");
}

/**
 * The name to write a product sheet under: `base` when it is free or PromoLadder's own
 * (listed in `owned`), else the first free or owned of `base (2)`, `base (3)`... (shared with
 * the task pane, see `src/report/sheet-names.ts`).
 */
export { chooseSheetName } from "../../report/sheet-names";
