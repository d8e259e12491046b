import type { Command } from "commander";
import { bandLabel, planSentence, type DevelopmentPlan, type Locale } from "../../core";
import { planRows } from "../../report";
import { helpText } from "../help-text";
import { cliMessages } from "../messages";
import { opt, rosterCommand, rosterOptions } from "../options";
import { printJson, talentRun, type TalentOptions } from "../talent-run";

/** One employee's plan as text lines. */
function planLines(p: DevelopmentPlan, bands: readonly [number, number], locale: Locale): string[] {
  const m = cliMessages(locale);
  const lines: string[] = [];
  for (const t of p.targets) {
    lines.push(m.planPerson({ row: p.row, id: p.id, name: p.name, dept: p.dept, level: p.level, target: t.level, band: bandLabel(t.band, bands, locale) }));
    for (const r of planRows(t, locale)) {
      const [order, criteria, act, owner, weeks, start, done] = r;
      const when = start ? `${String(start)} → ${String(done)}` : done ? m.until(String(done)) : "";
      const who = [owner, weeks === null ? null : m.weeks(String(weeks))].filter((x) => x !== null).join(" · ");
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
  process.stdout.write(`${cliMessages(locale).plansTitle(review.policy.fingerprint, review.asOf, talent.plans.length, dated)}\n`);
  for (const p of talent.plans) process.stdout.write(`\n${planLines(p, talent.settings.bands, locale).join("\n")}\n`);
}

/** `promo plan ROSTER`: development plans (个人发展计划) from the unmet criteria. */
export function planCommand(locale: Locale = "zh-CN"): Command {
  return rosterOptions(rosterCommand("plan", helpText(locale).commands.plan, locale), locale)
    .addOption(opt("json", locale))
    .action(action);
}
