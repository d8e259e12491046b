/**
 * What `promo pipeline`, `promo succession` and `promo plan` start from: the roster reviewed as
 * `promo review` does, and its talent report (readiness, forecast, succession, plans).
 */
import { InvalidArgumentError } from "commander";
import { cellGroupText, fieldLabel, findRosterColumn, talentReport, type Locale, type RowResult, type TalentReport } from "../core";
import { CliError } from "./io/errors";
import { cliMessages } from "./messages";
import { parseLang, parseMap, type RosterOptions } from "./options";
import { reviewedRoster, type ReviewedRoster } from "./reviewed-roster";

/** A reviewed roster with its talent report and the header of the succession grouping column. */
export interface TalentRun extends ReviewedRoster {
  readonly talent: TalentReport;
  readonly groupHeader: string;
}

/** Options the talent commands share. */
export interface TalentOptions extends RosterOptions {
  json?: boolean;
  months?: number;
  by?: string;
}

/**
 * Reviews the roster and builds its talent report; `--by` picks the succession grouping column.
 * @throws {@link CliError} when `--by` names no column of the roster
 */
export async function talentRun(roster: string, opts: TalentOptions): Promise<TalentRun> {
  const run = await reviewedRoster(roster, opts);
  const { review, loaded, locale } = run;
  let groupOf: ((r: RowResult) => string) | undefined;
  let groupHeader = review.columns.find((c) => c.field === "dept")?.header ?? fieldLabel("dept", locale);
  if (opts.by !== undefined) {
    const col = findRosterColumn(review, loaded.input, opts.by);
    if (!col) throw new CliError(cliMessages(locale).fairnessColumn(opts.by, review.columns.map((c) => c.header)));
    groupOf = (r) => cellGroupText(col.cell(r.row));
    groupHeader = col.mapping.header;
  }
  const mapping = parseMap(opts.map, parseLang(opts.lang));
  const talent = talentReport(review, loaded.input, run.compiled.policy, { ...(opts.months ? { months: opts.months } : {}), ...(groupOf ? { groupOf } : {}), mapping });
  return { ...run, talent, groupHeader };
}

/** The `--months` parser: a whole number from 1 to 120, else a usage error naming the argument. */
export function monthsArgument(locale: Locale): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 120) throw new InvalidArgumentError(cliMessages(locale).badMonths(value));
    return n;
  };
}

/** Prints JSON on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
