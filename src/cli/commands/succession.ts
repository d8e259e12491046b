import type { Command } from "commander";
import type { Locale } from "../../core";
import { successionTable } from "../../report";
import { helpText } from "../help-text";
import { opt, rosterCommand, rosterOptions } from "../options";
import { table } from "../reviewed-roster";
import { say } from "../say";
import { printJson, talentRun, type TalentOptions } from "../talent-run";

async function action(roster: string, opts: TalentOptions): Promise<void> {
  const { review, talent, locale, groupHeader } = await talentRun(roster, opts);
  const s = talent.succession;
  if (opts.json) {
    printJson({ policy: review.policy, asOf: review.asOf, column: groupHeader, keyLevels: s.keyLevels, singlePoints: s.singlePoints, entries: s.entries });
    return;
  }
  const keys = s.keyLevels.join(say(locale, "、", ", ")) || say(locale, "无", "none");
  process.stdout.write(
    say(
      locale,
      `继任梯队（${review.policy.fingerprint}，评审日期 ${review.asOf}，按「${groupHeader}」）：关键岗位 ${keys}；${s.entries.length} 个岗位组，${s.singlePoints} 个单点风险（有在岗、无现在可接任者）\n`,
      `Succession cover (${review.policy.fingerprint}, as of ${review.asOf}, by "${groupHeader}"): key positions ${keys}; ${s.entries.length} position groups, ${s.singlePoints} single points of failure (held, no ready successor)\n`,
    ),
  );
  if (s.entries.length === 0) {
    process.stdout.write(say(locale, "方案没有关键岗位：在「职级」表的「关键岗位」列给关键岗位填 是（promo policy export 可导出方案表）\n", "The policy has no key positions: mark them Yes in the Key position column of the Levels sheet (promo policy export writes the sheets)\n"));
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
