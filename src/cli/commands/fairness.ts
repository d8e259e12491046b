import { type Command } from "commander";
import { FairnessColumnError, fairness, fairnessWarningText, type FairnessReport, type Locale } from "../../core";
import { CliError } from "../io/errors";
import { helpText } from "../help-text";
import { cliMessages } from "../messages";
import { opt, rosterCommand, rosterOptions, type RosterOptions } from "../options";
import { reviewedRoster, table } from "../reviewed-roster";

/** The fairness table's number columns (right-aligned). */
const NUMERIC_FAIRNESS = [false, true, true, true, true, false, true];

interface FairnessCliOptions extends RosterOptions {
  by: string;
  minGroup: number;
  countAwaiting?: boolean;
  json?: boolean;
}


function percent(n: number): string {
  return `${Math.round(n * 1000) / 10}%`;
}

function lines(report: FairnessReport, locale: Locale): string[] {
  const m = cliMessages(locale);
  const rows = report.groups.map((g) => [
    g.group === "" ? m.emptyGroup : g.group,
    String(g.evaluated),
    String(g.selected),
    percent(g.rate),
    g.ratio === null ? "-" : g.ratio.toFixed(2),
    [g.group === report.reference ? m.reference : "", g.adverse ? `< ${report.threshold} !` : "", g.small ? m.smallGroup : ""].filter(Boolean).join(" "),
    String(g.excluded),
  ]);
  return table([m.fairnessColumns, ...rows], NUMERIC_FAIRNESS);
}

async function action(roster: string, opts: FairnessCliOptions): Promise<void> {
  const { review, loaded, locale } = await reviewedRoster(roster, opts);
  let report: FairnessReport;
  try {
    report = fairness(review, loaded.input, opts.by, { minGroup: opts.minGroup, countAwaiting: opts.countAwaiting === true });
  } catch (e) {
    if (e instanceof FairnessColumnError) throw new CliError(cliMessages(locale).fairnessColumn(opts.by, e.headers));
    throw e;
  }
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ policy: review.policy, asOf: review.asOf, ...report }, null, 2)}\n`);
    return;
  }
  const m = cliMessages(locale);
  process.stdout.write(`${m.fairnessHead(report.column, report.columnLetters, review.policy.fingerprint, review.asOf, report.evaluated, report.selected, report.countAwaiting, report.excluded)}
`);
  for (const l of lines(report, locale)) process.stdout.write(`${l}\n`);
  for (const w of report.warnings) process.stdout.write(`${m.warning}${fairnessWarningText(w, report, locale)}\n`);
}

/** `promo fairness ROSTER --by 部门`: selection rates per group and the four-fifths ratio. */
export function fairnessCommand(locale: Locale = "zh-CN"): Command {
  return rosterOptions(rosterCommand("fairness", helpText(locale).commands.fairness, locale), locale)
    .addOption(opt("by", locale))
    .addOption(opt("minGroup", locale))
    .addOption(opt("countAwaiting", locale))
    .addOption(opt("json", locale))
    .action(action);
}
