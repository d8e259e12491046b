import { type Command } from "commander";
import { statusLabel, type EmployeeChange, type Locale, type ReviewDiff, diffReviews } from "../../core";
import { changeKindLabel, changeReason, diffSummaryText } from "../../report";
import { CliError } from "../io/errors";
import { loadRoster } from "../load-roster";
import { helpText } from "../help-text";
import { cliMessages } from "../messages";
import { opt, parseLang, parseMap, rosterCommand, rosterOptions, type RosterOptions } from "../options";
import { reviewedRoster, table } from "../reviewed-roster";

interface DiffOptions extends RosterOptions {
  against: string;
  json?: boolean;
}

/** The one-line summary of a diff. */
export function diffSummary(d: ReviewDiff, locale: Locale): string {
  return diffSummaryText(d, locale);
}

async function action(roster: string, opts: DiffOptions): Promise<void> {
  const locale = parseLang(opts.lang);
  const loaded = await loadRoster(roster, opts.sheet, false, { mapping: parseMap(opts.map, locale), locale });
  const a = await reviewedRoster(roster, opts, loaded);
  const b = await reviewedRoster(roster, opts, loaded, opts.against);
  if (a.compiled.fingerprint === b.compiled.fingerprint) {
    process.stderr.write(`promo: ${cliMessages(locale).samePolicy(a.compiled.fingerprint)}\n`);
  }
  const d = diffReviews(a.review, b.review);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(d, null, 2)}\n`);
    return;
  }
  const head = cliMessages(locale).diffColumns;
  const order: EmployeeChange["kind"][] = ["newly_eligible", "no_longer_eligible", "status_changed"];
  const rows = [...d.changes]
    .sort((x, y) => order.indexOf(x.kind) - order.indexOf(y.kind) || x.row - y.row)
    .map((c) => [
      changeKindLabel(c.kind, locale),
      String(c.row),
      c.id,
      c.name,
      c.dept,
      c.level,
      statusLabel(c.statusA, locale),
      statusLabel(c.statusB, locale),
      c.target ?? "",
      changeReason(c, locale),
    ]);
  if (rows.length > 0) for (const l of table([head, ...rows])) process.stdout.write(`${l}\n`);
  process.stdout.write(`${diffSummary(d, locale)}\n`);
}

/** `promo diff ROSTER --policy A --against B`: what a policy change does to the roster. */
export function diffCommand(locale: Locale = "zh-CN"): Command {
  const h = helpText(locale);
  return rosterOptions(rosterCommand("diff", h.commands.diff, locale), locale, "policyA")
    .addOption(opt("against", locale))
    .addOption(opt("json", locale))
    .action(async (roster: string, opts: DiffOptions) => {
      if (opts.against.trim() === "") throw new CliError(cliMessages(parseLang(opts.lang)).againstEmpty);
      await action(roster, opts);
    });
}
