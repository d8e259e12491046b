import { type Command } from "commander";
import { formatUnmet, nearMisses, type Locale, type NearMiss } from "../../core";
import { helpText } from "../help-text";
import { cliMessages } from "../messages";
import { opt, rosterCommand, rosterOptions, type RosterOptions } from "../options";
import { nearMissGap, nearMissTarget } from "../../report";
import { reviewedRoster, table } from "../reviewed-roster";

interface NearMissOptions extends RosterOptions {
  margin?: number;
  json?: boolean;
}


async function action(roster: string, opts: NearMissOptions): Promise<void> {
  const { review, compiled, locale, loaded } = await reviewedRoster(roster, opts);
  const list = nearMisses(review, compiled, { margin: opts.margin ?? 0, roster: loaded.input });
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ policy: review.policy, asOf: review.asOf, margin: opts.margin ?? 0, nearMisses: list }, null, 2)}\n`);
    return;
  }
  const m = cliMessages(locale);
  const rows = list.map((miss: NearMiss) => [
    String(miss.row),
    miss.id,
    miss.name,
    miss.dept,
    miss.level,
    nearMissTarget(miss, locale),
    miss.gaps.map((g) => formatUnmet(g.unmet, locale)).join(m.clauseSep),
    nearMissGap(miss, locale),
    miss.readyDate ?? "",
  ]);
  const single = list.filter((miss) => miss.gaps.length === 1).length;
  process.stdout.write(`${m.nearMissHead(review.policy.fingerprint, review.asOf, opts.margin ?? 0, list.length, single)}\n`);
  if (list.length > 0) for (const l of table([m.nearMissColumns, ...rows], [true])) process.stdout.write(`${l}\n`);
}

/** `promo near-miss ROSTER`: who is one criterion (or a small margin) away from promotion. */
export function nearMissCommand(locale: Locale = "zh-CN"): Command {
  return rosterOptions(rosterCommand("near-miss", helpText(locale).commands.nearMiss, locale), locale)
    .addOption(opt("margin", locale))
    .addOption(opt("json", locale))
    .action(action);
}
