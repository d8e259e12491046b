import { Command, InvalidArgumentError } from "commander";
import { cascade, resolveLevel, compilePolicy, shortlist, type CascadeStep, type Locale, type ShortlistEntry } from "../../core";
import { cascadeHeading, cascadeStepText } from "../../report";
import { CliError } from "../io/errors";
import { loadRoster } from "../load-roster";
import { shouldStream } from "../io/stream/mode";
import { parseAsOf, parseLang, type RosterOptions } from "../options";
import { resolvePolicy } from "../policy-source";
import { runReview } from "./review";

interface VacancyOptions extends RosterOptions {
  level: string;
  count: number;
  json?: boolean;
  cascade?: boolean;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
  return n;
}

function line(e: ShortlistEntry): string {
  const years = e.yearsInLevel === null ? "-" : e.yearsInLevel.toFixed(2);
  return `${e.shortlisted ? "*" : " "} ${String(e.rank).padStart(3)}  ${e.id.padEnd(10)} ${e.name.padEnd(6)} ${e.level.padEnd(8)} perf ${e.perf} + skill ${e.skill} = ${e.total}  years ${years}  (${e.dept})`;
}

/** The chain of vacancies that the appointments open below, step by step (the same lines as the 空缺候选 sheet). */
function cascadeLines(steps: readonly CascadeStep[], locale: Locale): string[] {
  return [cascadeHeading(locale), ...steps.map((s) => `  ${cascadeStepText(s, locale)}`)];
}

async function action(roster: string, opts: VacancyOptions): Promise<void> {
  const locale = parseLang(opts.lang);
  const asOf = parseAsOf(opts.asOf);
  // A large .xlsx is read with the streaming reader (the review is still held whole to rank it).
  const loaded = await loadRoster(roster, opts.sheet, await shouldStream(roster, undefined));
  const resolved = await resolvePolicy(opts.policy, loaded.input, { workbook: loaded.workbook, locale });
  if (resolved.note) process.stderr.write(`promo: ${resolved.note}\n`);
  const compiled = compilePolicy(resolved.policy);
  const index = resolveLevel(compiled, opts.level);
  if (index < 0) {
    throw new CliError(`--level "${opts.level}" is not a level of ${resolved.policy.id}: ${compiled.levels.map((l) => l.name).join(", ")}`);
  }
  const level = compiled.levels[index]!.name;
  const review = runReview(loaded.input, compiled, { asOf, locale });
  const list = shortlist(review.rows, level, opts.count);
  const chain = opts.cascade ? cascade(review, compiled, level, opts.count) : null;
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ level, count: opts.count, asOf, policy: review.policy, candidates: list, ...(chain ? { cascade: chain } : {}) }, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    locale === "zh-CN"
      ? `${level} 空缺 ${opts.count} 个：候选 ${list.length} 人（按 绩效+技能、绩效、任现职年限、工号 排序；* 为入选）\n`
      : `${level}: ${opts.count} place(s), ${list.length} candidate(s) (ranked by perf + skill, perf, years in level, id; * = shortlisted)\n`,
  );
  for (const e of list) process.stdout.write(`${line(e)}\n`);
  if (chain) for (const l of cascadeLines(chain, locale)) process.stdout.write(`${l}\n`);
}

/** `promo vacancy ROSTER --level L --count N`. */
export function vacancyCommand(): Command {
  return new Command("vacancy")
    .description("rank the candidates for vacancies at a level (reserves awaiting that vacancy first)")
    .argument("<roster>", "roster workbook (.xlsx) or CSV file")
    .requiredOption("--level <name>", "level with the vacancy, e.g. 领班")
    .option("--count <n>", "number of places", positiveInt, 1)
    .option("--sheet <name>", "sheet holding the roster")
    .option("--policy <id|file>", "template id, policy JSON file or workbook with policy sheets (default: the roster workbook's policy sheets, else the best match)")
    .option("--as-of <date>", "review date, YYYY-MM-DD (default: today)")
    .option("--cascade", "also show the vacancies the appointments open below, and their shortlists, down the ladder")
    .option("--json", "print the shortlist as JSON")
    .option("--lang <zh|en>", "language of messages", "zh")
    .action(action);
}
