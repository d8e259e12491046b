import { type Command } from "commander";
import { budgetWhatIf, PayColumnError, promotionCost, type Locale } from "../../core";
import { allowanceText, budgetHeading, budgetTable, costGroupTable, costHeading, costTable, noPayText, tableCells } from "../../report";
import { CliError } from "../io/errors";
import { opt, rosterCommand, rosterOptions, type RosterOptions } from "../options";
import { reviewedRoster, table } from "../reviewed-roster";
import { cliMessages } from "../messages";
import { helpText } from "../help-text";

interface CostCliOptions extends RosterOptions {
  budget?: number;
  payColumn?: string;
  json?: boolean;
}

function print(lines: readonly string[]): void {
  for (const l of lines) process.stdout.write(`${l}\n`);
}

async function action(roster: string, opts: CostCliOptions): Promise<void> {
  const columnReport = { cost: true, ...(opts.payColumn !== undefined ? { payColumn: opts.payColumn } : {}) };
  const { review, loaded, compiled, locale } = await reviewedRoster(roster, { ...opts, columnReport });
  let report;
  try {
    report = promotionCost(review, loaded.input, compiled.policy, opts.payColumn !== undefined ? { payColumn: opts.payColumn } : {});
  } catch (e) {
    if (e instanceof PayColumnError) throw new CliError(cliMessages(locale).noColumn("--pay-column", e.column, e.headers));
    throw e;
  }
  const budget = opts.budget !== undefined ? budgetWhatIf(report, opts.budget) : null;
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ policy: review.policy, asOf: review.asOf, ...report, ...(budget ? { budget } : {}) }, null, 2)}\n`);
    return;
  }
  const m = cliMessages(locale);
  process.stdout.write(`${m.runOf(review.policy.fingerprint, review.asOf)} ${costHeading(report, locale)}\n`);
  const warn = noPayText(report, locale);
  if (warn) process.stdout.write(`${warn}\n`);
  print(table(tableCells(costTable(report, locale))));
  process.stdout.write(`${m.costByDept}\n`);
  print(table(tableCells(costGroupTable("PromoCostByDept", report.byDept, m.deptColumn, locale))));
  process.stdout.write(`${m.costByLevel}\n`);
  print(table(tableCells(costGroupTable("PromoCostByLevel", report.byLevel, m.newLevelColumn, locale))));
  process.stdout.write(`${allowanceText(report, locale)}\n`);
  if (budget) {
    process.stdout.write(`${budgetHeading(budget, locale)}\n`);
    print(table(tableCells(budgetTable(budget, locale))));
  }
}

/** `promo cost ROSTER [--budget N] [--pay-column HEADER] [--json]` (issue #21). */
export function costCommand(locale: Locale = "zh-CN"): Command {
  return rosterOptions(rosterCommand("cost", helpText(locale).commands.cost, locale), locale)
    .addOption(opt("budget", locale))
    .addOption(opt("payColumn", locale))
    .addOption(opt("json", locale))
    .action(action);
}
