import type { Command } from "commander";
import type { Locale } from "../../core";
import { successionTable } from "../../report";
import { helpText } from "../help-text";
import { cliMessages } from "../messages";
import { opt, rosterCommand, rosterOptions } from "../options";
import { table } from "../reviewed-roster";
import { printJson, talentRun, type TalentOptions } from "../talent-run";

async function action(roster: string, opts: TalentOptions): Promise<void> {
  const { review, talent, locale, groupHeader } = await talentRun(roster, opts);
  const s = talent.succession;
  if (opts.json) {
    printJson({ policy: review.policy, asOf: review.asOf, column: groupHeader, keyLevels: s.keyLevels, singlePoints: s.singlePoints, entries: s.entries });
    return;
  }
  const m = cliMessages(locale);
  process.stdout.write(`${m.succession({ fingerprint: review.policy.fingerprint, asOf: review.asOf, column: groupHeader, keys: s.keyLevels, groups: s.entries.length, singlePoints: s.singlePoints })}\n`);
  if (s.entries.length === 0) {
    process.stdout.write(`${m.noKeyPositions}\n`);
    return;
  }
  const t = successionTable(s.entries, groupHeader, locale);
  for (const l of table([t.columns.map((c) => c.header), ...t.rows.map((r) => r.map((v) => String(v ?? "")))])) process.stdout.write(`${l}\n`);
}

/** `promo succession ROSTER`: successor slates and bench strength of the key positions. */
export function successionCommand(locale: Locale = "zh-CN"): Command {
  return rosterOptions(rosterCommand("succession", helpText(locale).commands.succession, locale), locale)
    .addOption(opt("successionBy", locale))
    .addOption(opt("json", locale))
    .action(action);
}
