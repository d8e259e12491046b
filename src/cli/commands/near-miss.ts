import { type Command, InvalidArgumentError } from "commander";
import { formatUnmet, nearMisses, type Locale, type NearMiss } from "../../core";
import { helpText } from "../help-text";
import { cliMessages } from "../messages";
import { localOption, rosterCommand, rosterOptions, type RosterOptions } from "../options";
import { nearMissGap, nearMissTarget } from "../../report";
import { reviewedRoster, say, table } from "../reviewed-roster";

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
  const zh = locale === "zh-CN";
  const head = zh
    ? ["行", "工号", "姓名", "部门", "职级", "→ 目标", "差什么", "差距", "可晋升日期"]
    : ["Row", "ID", "Name", "Dept", "Level", "→ Target", "Lacks", "Gap", "Ready"];
  const rows = list.map((m: NearMiss) => [
    String(m.row),
    m.id,
    m.name,
    m.dept,
    m.level,
    nearMissTarget(m, locale),
    m.gaps.map((g) => formatUnmet(g.unmet, locale)).join(zh ? "；" : "; "),
    nearMissGap(m, locale),
    m.readyDate ?? "",
  ]);
  const single = list.filter((m) => m.gaps.length === 1).length;
  process.stdout.write(
    say(
      locale,
      `差一步（${review.policy.fingerprint}，评审日期 ${review.asOf}${opts.margin ? `，差距 ${opts.margin} 以内` : ""}）：${list.length} 人，其中 ${single} 人只差一项；最接近的在前\n`,
      `Near misses (${review.policy.fingerprint}, as of ${review.asOf}${opts.margin ? `, within ${opts.margin}` : ""}): ${list.length}, ${single} lacking one criterion only; closest first\n`,
    ),
  );
  if (list.length > 0) for (const l of table([head, ...rows])) process.stdout.write(`${l}\n`);
}

/** `promo near-miss ROSTER`: who is one criterion (or a small margin) away from promotion. */
export function nearMissCommand(locale: Locale = "zh-CN"): Command {
  const margin = (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError(cliMessages(locale).numberAtLeast0);
    return n;
  };
  return rosterOptions(rosterCommand("near-miss", helpText(locale).commands.nearMiss, locale), locale)
    .addOption(localOption("--margin <n>", "margin", locale).argParser(margin))
    .addOption(localOption("--json", "json", locale))
    .action(action);
}
