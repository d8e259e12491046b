import { type Command, InvalidArgumentError } from "commander";
import { budgetWhatIf, parseNumberText, PayColumnError, promotionCost, type Locale } from "../../core";
import { allowanceText, budgetHeading, budgetTable, costGroupTable, costHeading, costTable, noPayText, tableCells } from "../../report";
import { CliError } from "../io/errors";
import { opt, rosterCommand, rosterOptions, type RosterOptions } from "../options";
import { reviewedRoster, table } from "../reviewed-roster";
import { say } from "../say";
import { roundOption, roundText } from "../round-text";

interface CostCliOptions extends RosterOptions {
  budget?: number;
  payColumn?: string;
  json?: boolean;
}

/** A `--budget` value: yuan a month, 0 or more (`20000`, `20,000`, `20000元`). */
export function parseBudget(locale: Locale): (value: string) => number {
  return (value) => {
    const n = parseNumberText(value, true);
    if (typeof n !== "number" || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError(roundText(locale).badBudget(value));
    return n;
  };
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
    if (e instanceof PayColumnError) throw new CliError(roundText(locale).noColumn("--pay-column", e.column, e.headers));
    throw e;
  }
  const budget = opts.budget !== undefined ? budgetWhatIf(report, opts.budget) : null;
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ policy: review.policy, asOf: review.asOf, ...report, ...(budget ? { budget } : {}) }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${say(locale, `（${review.policy.fingerprint}，评审日期 ${review.asOf}）`, `(${review.policy.fingerprint}, as of ${review.asOf})`)} ${costHeading(report, locale)}\n`);
  const warn = noPayText(report, locale);
  if (warn) process.stdout.write(`${warn}\n`);
  print(table(tableCells(costTable(report, locale))));
  process.stdout.write(`${say(locale, "按部门：", "By department:")}\n`);
  print(table(tableCells(costGroupTable("PromoCostByDept", report.byDept, say(locale, "部门", "Department"), locale))));
  process.stdout.write(`${say(locale, "按新职级：", "By new level:")}\n`);
  print(table(tableCells(costGroupTable("PromoCostByLevel", report.byLevel, say(locale, "新职级", "New level"), locale))));
  process.stdout.write(`${allowanceText(report, locale)}\n`);
  if (budget) {
    process.stdout.write(`${budgetHeading(budget, locale)}\n`);
    print(table(tableCells(budgetTable(budget, locale))));
  }
}

/** `promo cost ROSTER [--budget N] [--pay-column HEADER] [--json]` (issue #21). */
export function costCommand(locale: Locale = "zh-CN"): Command {
  return rosterOptions(rosterCommand("cost", roundText(locale).cost, locale), locale)
    .addOption(roundOption("--budget <yuan>", "budget", locale).argParser(parseBudget(locale)))
    .addOption(roundOption("--pay-column <header>", "payColumn", locale))
    .addOption(opt("json", locale))
    .action(action);
}
