import { type Command } from "commander";
import { cascade, resolveLevel, compilePolicy, shortlist, type CascadeStep, type Locale, type ShortlistEntry } from "../../core";
import { cascadeHeading, cascadeStepText } from "../../report";
import { CliError } from "../io/errors";
import { loadRoster } from "../load-roster";
import { shouldStream } from "../io/stream/mode";
import { checkMapColumns, printColumns } from "../columns";
import { helpText } from "../help-text";
import { cliMessages } from "../messages";
import { table } from "../reviewed-roster";
import { opt, parseAsOf, parseLang, parseMap, rosterCommand, rosterOptions, type RosterOptions } from "../options";
import { resolvePolicy } from "../policy-source";
import { reviewWithProgress } from "../progress";

interface VacancyOptions extends RosterOptions {
  level: string;
  count: number;
  json?: boolean;
  cascade?: boolean;
}


/** The shortlist as a table under its headings, numbers right-aligned (display width: CJK counts two). */
function lines(list: readonly ShortlistEntry[], locale: Locale): string[] {
  const rows = list.map((e) => [
    `${e.shortlisted ? "*" : " "} ${e.rank}`,
    e.id,
    e.name,
    e.level,
    String(e.perf),
    String(e.skill),
    String(e.total),
    e.yearsInLevel === null ? "-" : e.yearsInLevel.toFixed(2),
    e.dept,
  ]);
  return table([[...cliMessages(locale).vacancyColumns], ...rows], [true, false, false, false, true, true, true, true, false]);
}

/** The chain of vacancies that the appointments open below, step by step (the same lines as the 空缺候选 sheet). */
function cascadeLines(steps: readonly CascadeStep[], locale: Locale): string[] {
  return [cascadeHeading(locale), ...steps.map((s) => `  ${cascadeStepText(s, locale)}`)];
}

async function action(roster: string, opts: VacancyOptions): Promise<void> {
  const locale = parseLang(opts.lang);
  const asOf = parseAsOf(opts.asOf, locale);
  const mapping = parseMap(opts.map, locale);
  // A large .xlsx is read with the streaming reader (the review is still held whole to rank it).
  const loaded = await loadRoster(roster, opts.sheet, await shouldStream(roster, undefined), { mapping, locale });
  checkMapColumns(loaded.input, mapping, locale);
  const resolved = await resolvePolicy(opts.policy, loaded.input, { workbook: loaded.workbook, locale, mapping });
  if (resolved.note) process.stderr.write(`promo: ${resolved.note}\n`);
  const compiled = compilePolicy(resolved.policy);
  const found = compiled.levels[resolveLevel(compiled, opts.level)];
  if (!found) {
    throw new CliError(cliMessages(locale).unknownLevel(opts.level, resolved.policy.id, compiled.levels.map((l) => l.name)));
  }
  const level = found.name;
  const review = reviewWithProgress(loaded.input, compiled, { asOf, locale, mapping });
  printColumns(review, compiled, locale);
  const list = shortlist(review.rows, level, opts.count);
  const chain = opts.cascade ? cascade(review, compiled, level, opts.count) : null;
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ level, count: opts.count, asOf, policy: review.policy, candidates: list, ...(chain ? { cascade: chain } : {}) }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${cliMessages(locale).vacancyHead(level, opts.count, list.length)}\n`);
  for (const l of lines(list, locale)) process.stdout.write(`${l}\n`);
  if (chain) for (const l of cascadeLines(chain, locale)) process.stdout.write(`${l}\n`);
}

/** `promo vacancy ROSTER --level L --count N`. */
export function vacancyCommand(locale: Locale = "zh-CN"): Command {
  return rosterOptions(rosterCommand("vacancy", helpText(locale).commands.vacancy, locale), locale)
    .addOption(opt("level", locale))
    .addOption(opt("count", locale))
    .addOption(opt("cascade", locale))
    .addOption(opt("json", locale))
    .action(action);
}
