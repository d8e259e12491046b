import type { Command } from "commander";
import { bandLabel, planSentence, type DevelopmentPlan, type Locale } from "../../core";
import { planRows } from "../../report";
import { helpText } from "../help-text";
import { opt, rosterCommand, rosterOptions } from "../options";
import { say } from "../say";
import { printJson, talentRun, type TalentOptions } from "../talent-run";

/** One employee's plan as text lines. */
function planLines(p: DevelopmentPlan, bands: readonly [number, number], locale: Locale): string[] {
  const lines: string[] = [];
  for (const t of p.targets) {
    lines.push(say(locale, `行 ${p.row}  ${p.id} ${p.name}  ${p.dept}  ${p.level} → ${t.level}（${bandLabel(t.band, bands, locale)}）`, `Row ${p.row}  ${p.id} ${p.name}  ${p.dept}  ${p.level} → ${t.level} (${bandLabel(t.band, bands, locale)})`));
    for (const r of planRows(t, locale)) {
      const [order, criteria, act, owner, weeks, start, done] = r;
      const when = start ? `${String(start)} → ${String(done)}` : done ? say(locale, `至 ${String(done)}`, `until ${String(done)}`) : "";
      const who = [owner, weeks === null ? null : say(locale, `${String(weeks)} 周`, `${String(weeks)} wk`)].filter((x) => x !== null).join(" · ");
      lines.push(`  ${order === null ? "-" : `${String(order)}.`} ${String(criteria)} → ${String(act)}${who ? ` · ${who}` : ""}${when ? ` · ${when}` : ""}`);
    }
    lines.push(`  ${planSentence(t, locale)}`);
  }
  return lines;
}

async function action(roster: string, opts: TalentOptions): Promise<void> {
  const { review, talent, locale } = await talentRun(roster, opts);
  if (opts.json) {
    printJson({ policy: review.policy, asOf: review.asOf, actions: talent.settings.actions, plans: talent.plans });
    return;
  }
  const dated = talent.plans.filter((p) => p.targets.some((t) => t.projected !== null)).length;
  process.stdout.write(
    say(
      locale,
      `个人发展计划（${review.policy.fingerprint}，评审日期 ${review.asOf}）：${talent.plans.length} 人尚未可晋升，其中 ${dated} 人有预计可晋升日期；措施从评审日起依次进行，周数短的在前\n`,
      `Development plans (${review.policy.fingerprint}, as of ${review.asOf}): ${talent.plans.length} not yet ready, ${dated} with a projected date; actions run one after another from the review date, shortest first\n`,
    ),
  );
  for (const p of talent.plans) process.stdout.write(`\n${planLines(p, talent.settings.bands, locale).join("\n")}\n`);
}

/** `promo plan ROSTER`: development plans (个人发展计划) from the unmet criteria. */
export function planCommand(locale: Locale = "zh-CN"): Command {
  return rosterOptions(rosterCommand("plan", helpText(locale).commands.plan, locale), locale)
    .addOption(opt("json", locale))
    .action(action);
}
