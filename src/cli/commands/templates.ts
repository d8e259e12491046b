import { Command } from "commander";
import { TEMPLATES, policyName, type Locale, type Policy } from "../../core";
import { helpText } from "../help-text";
import { cliMessages } from "../messages";
import { opt, parseLang } from "../options";
import { must } from "../../core/util/must";

/** One track of a ladder: its name (a dual ladder's 通道, else null) and its levels in order. */
export interface Track {
  readonly name: string | null;
  readonly levels: readonly string[];
}

/**
 * The tracks of a policy's ladder: every chain of steps from a level no step leads to, to a level
 * no step leaves, named by the track of its last level (a dual ladder's 管理通道 / 专业通道).
 * @example ladderTracks(getTemplate("ops-dual")!).map((t) => t.name) //=> ["管理通道", "专业通道"]
 */
export function ladderTracks(policy: Policy): Track[] {
  const next = new Map<string, string[]>();
  const reached = new Set<string>();
  for (const s of policy.steps) {
    next.set(s.from, [...(next.get(s.from) ?? []), s.to]);
    reached.add(s.to);
  }
  const trackOf = new Map(policy.levels.map((l) => [l.name, l.track ?? null]));
  const order = new Map(policy.levels.map((l, i) => [l.name, i]));
  const out: Track[] = [];
  const walk = (chain: string[], seen: Set<string>): void => {
    const last = must(chain.at(-1), "the chain's last level");
    const outs = (next.get(last) ?? []).filter((t) => !seen.has(t)).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    if (outs.length === 0) {
      out.push({ name: trackOf.get(last) ?? null, levels: chain });
      return;
    }
    for (const t of outs) walk([...chain, t], new Set([...seen, t]));
  };
  for (const l of policy.levels) if (!reached.has(l.name)) walk([l.name], new Set([l.name]));
  return out;
}

/** A level as listed: reserves with their allowance. */
function levelText(policy: Policy, name: string, locale: Locale): string {
  const l = policy.levels.find((x) => x.name === name);
  if (!l?.reserve) return name;
  return cliMessages(locale).reserveLevel(name, l.allowance ?? 0);
}

/** The lines of one template: id and name, one line per track, its sources. */
export function templateLines(t: Policy, locale: Locale): string[] {
  const m = cliMessages(locale);
  const tracks = ladderTracks(t);
  const lines = [`${t.id.padEnd(12)} ${policyName(t, locale)}`];
  for (const tr of tracks) {
    const ladder = tr.levels.map((n) => levelText(t, n, locale)).join(" → ");
    lines.push(`  ${tracks.length > 1 && tr.name ? m.trackName(tr.name) : ""}${ladder}`);
  }
  if ((t.sources ?? []).length > 0) lines.push(`  ${(t.sources ?? []).join(m.clauseSep)}`);
  return lines;
}

/** `promo templates`: the built-in templates. */
export function templatesCommand(locale: Locale = "zh-CN"): Command {
  return new Command("templates")
    .description(helpText(locale).commands.templates)
    .addOption(opt("json", locale))
    .addOption(opt("lang", locale))
    .action((opts: { json?: boolean; lang?: string }) => {
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(TEMPLATES, null, 2)}\n`);
        return;
      }
      const lang = parseLang(opts.lang);
      for (const t of TEMPLATES) for (const l of templateLines(t, lang)) process.stdout.write(`${l}\n`);
    });
}
