import { compilePolicy, type ColumnReportOptions, type CompiledPolicy, type Locale, type Review } from "../core";
import { textWidth } from "../report";
import { reviewWithProgress } from "./progress";
import { loadRoster, type LoadedRoster } from "./load-roster";
import { checkMapColumns, printColumns } from "./columns";
import { parseAsOf, parseLang, parseMap, type RosterOptions } from "./options";
import { resolvePolicy } from "./policy-source";

/** A roster read, its policy chosen and compiled, and reviewed: what the insight commands start from. */
export interface ReviewedRoster {
  readonly loaded: LoadedRoster;
  readonly compiled: CompiledPolicy;
  readonly review: Review;
  readonly locale: Locale;
  readonly asOf: string;
}

/** The roster options, and what the command reads beyond the policy's fields (the column report says so). */
export interface ReviewedRosterOptions extends RosterOptions {
  readonly columnReport?: ColumnReportOptions;
}

/**
 * Reads the roster, resolves `--policy` as `promo review` does (note on stderr) and reviews it.
 * @param policyOption - overrides `opts.policy` (for `promo diff --against`)
 */
export async function reviewedRoster(roster: string, opts: ReviewedRosterOptions, loadedAlready?: LoadedRoster, policyOption?: string): Promise<ReviewedRoster> {
  const locale = parseLang(opts.lang);
  const asOf = parseAsOf(opts.asOf, locale);
  const mapping = parseMap(opts.map, locale);
  const loaded = loadedAlready ?? (await loadRoster(roster, opts.sheet, false, { mapping, locale }));
  checkMapColumns(loaded.input, mapping, locale);
  const resolved = await resolvePolicy(policyOption ?? opts.policy, loaded.input, { workbook: loaded.workbook, locale, mapping });
  if (resolved.note) process.stderr.write(`promo: ${resolved.note}\n`);
  const compiled = compilePolicy(resolved.policy);
  const review = reviewWithProgress(loaded.input, compiled, { asOf, locale, mapping });
  if (policyOption === undefined) printColumns(review, compiled, locale, opts.columnReport); // once per roster (promo diff reviews it twice)
  return { loaded, compiled, review, locale, asOf };
}

/**
 * `text` padded with spaces to `width` display columns (CJK and full-width characters count 2),
 * on the right, or on the left when `right` (numbers).
 * @example pad("张三", 6) //=> "张三  "
 */
export function pad(text: string, width: number, right = false): string {
  const fill = " ".repeat(Math.max(0, width - textWidth(text)));
  return right ? fill + text : text + fill;
}

/**
 * Rows of cells as aligned text lines, two spaces between columns, by display width (a CJK
 * character counts two); the columns flagged in `rightAligned` (numbers) are aligned right,
 * their heading too, so every number stands under its heading.
 * @example table([["姓名", "绩效"], ["张三", "88"]], [false, true]) //=> ["姓名  绩效", "张三    88"]
 */
export function table(rows: ReadonlyArray<readonly string[]>, rightAligned: readonly boolean[] = []): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, j) => (widths[j] = Math.max(widths[j] ?? 0, textWidth(c))));
  return rows.map((r) => r.map((c, j) => (j === r.length - 1 && rightAligned[j] !== true ? c : pad(c, widths[j] ?? 0, rightAligned[j] === true))).join("  ").trimEnd());
}
