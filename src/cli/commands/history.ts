import { type Command } from "commander";
import { compareCycles, type Locale } from "../../core";
import { historyCountsTable, historyHeading, historyTable, tableCells } from "../../report";
import { readPreviousReview, withCycleOrder } from "../io/read-previous";
import { opt, parseLang, rosterCommand, rosterOptions, type RosterOptions } from "../options";
import { reviewedRoster, table } from "../reviewed-roster";
import { cliMessages } from "../messages";
import { helpText } from "../help-text";

interface HistoryCliOptions extends RosterOptions {
  previous: string;
  json?: boolean;
}

async function action(roster: string, opts: HistoryCliOptions): Promise<void> {
  // The previous workbook first: a wrong --previous is one line, before the roster's notes.
  const { cycles } = await readPreviousReview(opts.previous, roster, parseLang(opts.lang));
  const { review, loaded, compiled, locale } = await reviewedRoster(roster, opts);
  const report = withCycleOrder(() => compareCycles(review, loaded.input, compiled.policy, cycles), opts.previous, locale);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ policy: review.policy, ...report }, null, 2)}\n`);
    return;
  }
  const m = cliMessages(locale);
  process.stdout.write(`${m.policyOf(review.policy.fingerprint)} ${historyHeading(report, locale)}\n`);
  for (const l of table(tableCells(historyCountsTable(report, locale)))) process.stdout.write(`${l}\n`);
  for (const l of table(tableCells(historyTable(report, locale)))) process.stdout.write(`${l}\n`);
  if (report.left.length > 0) {
    process.stdout.write(`${m.previousOnly(report.left.map((r) => `${r.id} ${r.name}`.trim()))}\n`);
  }
}

/** `promo history ROSTER --previous LAST-review.xlsx [--json]` (issue #21). */
export function historyCommand(locale: Locale = "zh-CN"): Command {
  return rosterOptions(rosterCommand("history", helpText(locale).commands.history, locale), locale)
    .addOption(opt("previousRequired", locale))
    .addOption(opt("json", locale))
    .action(action);
}
