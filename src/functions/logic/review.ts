/**
 * PROMO.REVIEW: a whole roster in one call, spilled as a table.
 */
import { gridBytes, REQUEST_BUDGET } from "../../excel/payload";
import { findHeaderRow, startReview, statusLabel, type Locale, type Review, type RowResult } from "../../core";
import { cellFromArgument, columnReaders } from "./cells";
import { asOfDay, isoOf, serialOfIso } from "./dates";
import type { FormulaEnv } from "./env";
import { valueError } from "./errors";
import { choosePolicy, pickForTable } from "./policy-source";
import { errorsText, gapsText, nextLevels, readyDate, scoreTarget } from "./summary";
import { formulaMessages } from "./messages";

/** Header row of the spilled result, by language (the CLI's 晋升评审 column names). */
export const REVIEW_COLUMNS: Readonly<Record<Locale, readonly string[]>> = {
  "zh-CN": ["工号", "姓名", "当前职级", "状态", "下一职级", "综合得分", "未达标项", "预计达标日期"],
  "en-US": ["ID", "Name", "Level", "Status", "Next level", "Score", "Gaps", "Ready date"],
};

/** A spilled cell: text, a number, or "" for blank (Excel shows a `null` in an array as 0). */
export type SpillCell = string | number;

function rowOut(r: RowResult, locale: Locale, date1904: boolean): SpillCell[] {
  const score = scoreTarget(r)?.score ?? null;
  const ready = readyDate(r);
  const gaps = r.status === "error" ? errorsText(r, locale) : gapsText(r, locale);
  return [r.id, r.name, r.level, statusLabel(r.status, locale), nextLevels(r), score ?? "", gaps, ready === null ? "" : serialOfIso(ready, date1904)];
}

/**
 * Largest spilled result, as the bytes office.js sends: Excel on the web refuses a payload over
 * 5 MB ("Resource limits and performance optimization for Office Add-ins") and a larger spill
 * stays #BUSY! there. The budget leaves 1 MB of the 5 MB for the rest of the message; a workbook
 * made on the desktop keeps working when opened on the web.
 */
export const SPILL_BUDGET = REQUEST_BUDGET;

/** The #VALUE! message of a result too large to spill, with how many rows fit in one call. */
function spillTooLarge(people: number, bytes: number, locale: Locale): string {
  const fit = Math.max(1, Math.floor((people * SPILL_BUDGET) / bytes / 1000) * 1000);
  const mb = (bytes / 1048576).toFixed(1);
  return formulaMessages(locale).spillTooLarge(people, mb, fit);
}

/** The spilled array of a review: the header row, then one row per employee (ready dates as serials of the workbook's date system). */
export function reviewToArray(review: Review, locale: Locale, date1904 = false): SpillCell[][] {
  const out: SpillCell[][] = [REVIEW_COLUMNS[locale].slice()];
  for (const r of review.rows) out.push(rowOut(r, locale, date1904));
  return out;
}

/**
 * Reviews a whole table: `table` includes the header row (title rows above it are skipped, as
 * in the CLI), e.g. `A3:Q84` or `Table1[#All]`. Duplicate 工号 are flagged here (a per-row
 * function cannot see them).
 * @throws {@link FormulaError} `#VALUE!` when the table has no header row, or when the result
 *   is over {@link SPILL_BUDGET} (the message says how to split the roster); the errors of
 *   {@link choosePolicy} and the as-of date. Bad rows are rows of the result, never an error.
 */
export function reviewTable(table: unknown, policy: unknown, asOf: unknown, env: FormulaEnv): SpillCell[][] {
  const locale = env.locale;
  const m = formulaMessages(locale);
  const matrix = Array.isArray(table) && table.every(Array.isArray) ? (table as unknown[][]) : null;
  if (!matrix || matrix.length === 0) {
    throw valueError(m.notARoster);
  }
  const rows = matrix.map((r) => r.map(cellFromArgument));
  const header = findHeaderRow(rows);
  if (!header) throw valueError(m.noHeaderInTable);
  const date1904 = env.date1904 === true;
  const readers = columnReaders(header.fields, date1904);
  matrix.forEach((cells, i) => {
    if (i > header.index) rows[i] = cells.map((v, j) => (readers[j] ?? cellFromArgument)(v));
  });
  const day = asOfDay(asOf, () => env.today(), locale, date1904);
  const input = { sheet: "", rows };
  const choice = choosePolicy(policy, env);
  const chosen = choice === "auto" ? pickForTable(input, locale) : choice;
  const out = reviewToArray(startReview(input, chosen.compiled, { asOf: isoOf(day), locale }).result(), locale, date1904);
  const bytes = gridBytes(out);
  if (bytes > SPILL_BUDGET) throw valueError(spillTooLarge(out.length - 1, bytes, locale));
  return out;
}
