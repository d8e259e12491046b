import { type Command } from "commander";
import { compareCycles, type Locale } from "../../core";
import { historyCountsTable, historyHeading, historyTable, tableCells } from "../../report";
import { readPreviousReview, withCycleOrder } from "../io/read-previous";
import { opt, parseLang, rosterCommand, rosterOptions, type RosterOptions } from "../options";
import { reviewedRoster, table } from "../reviewed-roster";
import { say } from "../say";
import { roundOption, roundText } from "../round-text";

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
  process.stdout.write(`${say(locale, `（${review.policy.fingerprint}）`, `(${review.policy.fingerprint})`)} ${historyHeading(report, locale)}\n`);
  for (const l of table(tableCells(historyCountsTable(report, locale)))) process.stdout.write(`${l}\n`);
  for (const l of table(tableCells(historyTable(report, locale)))) process.stdout.write(`${l}\n`);
  if (report.left.length > 0) {
    process.stdout.write(`${say(locale, "上轮有、本轮没有：", "In the previous cycle only: ")}${report.left.map((r) => `${r.id} ${r.name}`.trim()).join(say(locale, "、", ", "))}\n`);
  }
}

/** `promo history ROSTER --previous LAST-review.xlsx [--json]` (issue #21). */
export function historyCommand(locale: Locale = "zh-CN"): Command {
  return rosterOptions(rosterCommand("history", roundText(locale).history, locale), locale)
    .addOption(roundOption("--previous <file>", "previous", locale).makeOptionMandatory())
    .addOption(opt("json", locale))
    .action(action);
}
