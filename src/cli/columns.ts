/**
 * The column report on the terminal (issue 18): which columns fed which fields, which were
 * ignored, and every field the policy needs but the roster lacks, with the likely column and the
 * `--map` that fixes it.
 */
import { columnMessages, columnReport, fieldLabel, findHeaderRow, type ColumnReport, type ColumnReportOptions, type CompiledPolicy, type Locale, type MappingOverride, type Review, type RosterInput } from "../core";
import { foldText } from "../core/read/text";
import { CliError } from "./io/errors";
import { cliMessages } from "./messages";

/** The lines describing a review's columns: `info` (read, ignored) and `warnings` (fields missing). */
export interface ColumnLines {
  readonly info: readonly string[];
  readonly warnings: readonly string[];
}

/**
 * The column report of a review in words.
 * @example columnLines(review, compiled, "zh-CN").warnings
 * //=> ["方案需要「技能考核」，花名册中没有这一列，…（「技能分」可能是「技能考核」？）；可用 --map 技能考核=技能分 指定"]
 */
export function columnLines(review: Review, compiled: CompiledPolicy, locale: Locale, options: ColumnReportOptions = {}): ColumnLines {
  return linesOf(columnReport(review.columns, compiled, options), review.headerRow, locale);
}

/** {@link columnLines} of a finished report. */
export function linesOf(report: ColumnReport, headerRow: number, locale: Locale): ColumnLines {
  const m = columnMessages(locale);
  const c = cliMessages(locale);
  const info = [m.usedLine(headerRow, report.used.map(m.used).join(m.sep))];
  if (report.ignored.length > 0) info.push(m.ignoredLine(report.ignored.map(m.column).join(m.sep)));
  const warnings = report.missing.map((f) => m.missing(f) + (f.suggestion ? c.mapHint(fieldLabel(f.field, locale), f.suggestion.header) : ""));
  return { info, warnings };
}

/** Writes the column report of a review to stderr: the columns read and ignored, then a warning per missing field. */
export function printColumns(review: Review, compiled: CompiledPolicy, locale: Locale, options: ColumnReportOptions = {}): void {
  const { info, warnings } = columnLines(review, compiled, locale, options);
  for (const l of info) process.stderr.write(`promo: ${l}\n`);
  for (const w of warnings) process.stderr.write(`promo: ${cliMessages(locale).warning}${w}\n`);
}

/**
 * Checks that every column named by `--map` is a header of the roster's header row.
 * @throws {@link CliError} (exit 2) naming the column and listing the headers
 */
export function checkMapColumns(input: RosterInput, mapping: MappingOverride, locale: Locale): void {
  const match = findHeaderRow(input.rows, 20, mapping);
  if (!match) return; // the review explains a missing header row
  const folded = new Set(match.headers.map(foldText));
  for (const column of Object.keys(mapping)) {
    if (!folded.has(foldText(column))) throw new CliError(cliMessages(locale).mapUnknownColumn(column, match.headers.filter((h) => h !== "")));
  }
}
