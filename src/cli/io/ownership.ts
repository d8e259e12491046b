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

/** The token naming the roster copy PromoLadder made of a CSV (its own sheet, like the product sheets). */
const COPY_PREFIX = `${PRODUCT_KEYWORD}-copy:`;

/** A sheet name as a keyword token holds it (`;` and `|` separate tokens; a sheet name may hold them). */
function tokenSafe(name: string): string {
  return name.replace(/[;|]/g, "_");
}

/**
 * New keywords: the user's own tokens kept, the PromoLadder tokens replaced by ones naming
 * `sheetNames` (which must not contain `;` or `|`; product sheet names never do) and, for a CSV
 * roster, the sheet PromoLadder copied it into.
 * @example stampKeywords("mine", ["晋升评审", "人才库", "晋升汇总"], "花名册") //=> "mine; PromoLadder; PromoLadder:晋升评审|人才库|晋升汇总; PromoLadder-copy:花名册"
 */
export function stampKeywords(keywords: string | null | undefined, sheetNames: readonly string[], copiedRoster?: string): string {
  const own = keywordTokens(keywords).filter((t) => t !== PRODUCT_KEYWORD && !t.startsWith(SHEETS_PREFIX) && !t.startsWith(COPY_PREFIX));
  const copy = copiedRoster !== undefined ? [`${COPY_PREFIX}${tokenSafe(copiedRoster)}`] : [];
  return [...own, PRODUCT_KEYWORD, `${SHEETS_PREFIX}${sheetNames.join("|")}`, ...copy].join("; ");
}

/**
 * True when `sheetName` is the copy PromoLadder made of a CSV roster in the workbook with these
 * keywords: a re-run from another CSV replaces it, as it does the product sheets.
 * @example isCopiedRoster("PromoLadder; PromoLadder:晋升评审|人才库|晋升汇总; PromoLadder-copy:small", "small") //=> true
 */
export function isCopiedRoster(keywords: string | null | undefined, sheetName: string): boolean {
  return keywordTokens(keywords).some((t) => t === `${COPY_PREFIX}${tokenSafe(sheetName)}`);
}

/**
 * The name to write a product sheet under: `base` when it is free or PromoLadder's own
 * (listed in `owned`), else the first free or owned of `base (2)`, `base (3)`... (shared with
 * the task pane, see `src/report/sheet-names.ts`).
 */
export { chooseSheetName } from "../../report/sheet-names";
