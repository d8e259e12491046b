import { type Command } from "commander";
import { calibrate, CalibrationColumnError, type CalibrationReport, type Locale } from "../../core";
import { calibrationHeading, calibrationTable, distributionTable, tableCells } from "../../report";
import { CliError } from "../io/errors";
import { opt, rosterCommand, rosterOptions, type RosterOptions } from "../options";
import { reviewedRoster, table } from "../reviewed-roster";
import { cliMessages } from "../messages";
import { helpText } from "../help-text";

interface CalibrateCliOptions extends RosterOptions {
  by: string;
  field?: string;
  threshold?: number;
  tolerance?: number;
  json?: boolean;
}

async function action(roster: string, opts: CalibrateCliOptions): Promise<void> {
  const { review, loaded, compiled, locale } = await reviewedRoster(roster, opts);
  let report: CalibrationReport;
  try {
    report = calibrate(review, loaded.input, compiled.policy, opts.by, {
      ...(opts.field !== undefined ? { field: opts.field } : {}),
      ...(opts.threshold !== undefined ? { threshold: opts.threshold } : {}),
      ...(opts.tolerance !== undefined ? { tolerance: opts.tolerance } : {}),
    });
  } catch (e) {
    if (e instanceof CalibrationColumnError) throw new CliError(cliMessages(locale).noColumn(e.kind === "by" ? "--by" : "--field", e.column, e.headers));
    throw e;
  }
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ policy: review.policy, asOf: review.asOf, test: "mann-whitney-u", ...report }, null, 2)}\n`);
    return;
  }
  const m = cliMessages(locale);
  process.stdout.write(`${m.runOf(review.policy.fingerprint, review.asOf)} ${calibrationHeading(report, locale)}\n`);
  for (const l of table(tableCells(calibrationTable(report, locale)))) process.stdout.write(`${l}\n`);
  const o = report.overall;
  process.stdout.write(`${m.companyScores(o.n, round(o.mean), round(o.median))}\n`);
  const d = distributionTable(report, locale);
  if (d) {
    process.stdout.write(`${m.targetDistribution}\n`);
    for (const l of table(tableCells(d))) process.stdout.write(`${l}\n`);
  }
  for (const g of report.groups.filter((x) => x.outOfLine)) {
    process.stdout.write(`${m.outOfLine(g.group, round(g.mean), round(g.rest.mean), round(g.diff), report.tolerance, round(g.p, 4))}\n`);
  }
}

function round(n: number | null, d = 2): string {
  return n === null ? "-" : String(Math.round(n * 10 ** d) / 10 ** d);
}

/** `promo calibrate ROSTER --by 部门 [--field 绩效] [--threshold N] [--tolerance N] [--json]` (issue #21). */
export function calibrateCommand(locale: Locale = "zh-CN"): Command {
  return rosterOptions(rosterCommand("calibrate", helpText(locale).commands.calibrate, locale), locale)
    .addOption(opt("calibrateBy", locale))
    .addOption(opt("field", locale))
    .addOption(opt("threshold", locale))
    .addOption(opt("tolerance", locale))
    .addOption(opt("json", locale))
    .action(action);
}
