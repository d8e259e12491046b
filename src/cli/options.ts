import { Command, InvalidArgumentError, Option } from "commander";
import { fieldLabel, isoFromDay, localDay, matchHeader, parseNumberText, type Locale, type MappingOverride } from "../core";
import { FIELDS } from "../core/model/fields";
import { readDate } from "../core/read/date";
import { closest } from "../core/util/closest";
import { helpText, type OptionKey } from "./help-text";
import { CliError } from "./io/errors";
import { cliMessages } from "./messages";

/** Options shared by the commands that review a roster. */
export interface RosterOptions {
  sheet?: string;
  policy?: string;
  asOf?: string;
  lang?: string;
  /** `--map 字段=列名`, repeatable. */
  map?: string[];
}

/** Today's date in the machine's local time zone, YYYY-MM-DD. */
export function today(): string {
  return isoFromDay(localDay());
}

/** The language of a command line before it is parsed: `--lang en` (or `--lang=en`) anywhere, else Chinese. */
export function argvLocale(argv: readonly string[]): Locale {
  for (const [i, a] of argv.entries()) {
    const value = a.startsWith("--lang=") ? a.slice(7) : a === "--lang" ? argv[i + 1] : undefined;
    if (value !== undefined) return /^en/i.test(value) ? "en-US" : "zh-CN";
  }
  return "zh-CN";
}

/**
 * The --as-of date as YYYY-MM-DD: any form a date cell accepts (`2026-11-23`, `2026/11/23`,
 * `2026.11.23`, `2026年11月23日`, `20261123`); today when absent.
 * @throws {@link CliError} (exit 2) when it is not a real date
 * @example parseAsOf("2026年11月23日", "zh-CN") //=> "2026-11-23"
 */
export function parseAsOf(value: string | undefined, locale: Locale = "zh-CN"): string {
  if (value === undefined) return today();
  const day = value.trim() === "" ? null : readDate(value);
  if (typeof day !== "number") throw new CliError(cliMessages(locale).badAsOf(value));
  return isoFromDay(day);
}

/** The --lang option: zh (default) or en. */
export function parseLang(value: string | undefined): Locale {
  if (value === undefined || /^zh/i.test(value)) return "zh-CN";
  if (/^en/i.test(value)) return "en-US";
  throw new CliError(cliMessages("zh-CN").badLang(value));
}

/** A field named as HR would (`职级`, `岗位`, `Level`) or by its key (`level`), as its key; null when unknown. */
function fieldKeyOf(name: string): string | null {
  const t = name.trim();
  if (FIELDS.some((f) => f.key === t)) return t;
  return matchHeader(t);
}

/**
 * The `--map 字段=列名` values as a header override (header text -> field key); `字段=` with no
 * column is refused.
 * @throws {@link CliError} (exit 2) for a value without `=`, an unknown field (naming the closest) or an empty column
 * @example parseMap(["职级=岗位级别", "skill=技能分"], "zh-CN") //=> { 岗位级别: "level", 技能分: "skill" }
 */
export function parseMap(values: readonly string[] | undefined, locale: Locale): MappingOverride {
  const out: Record<string, string> = {};
  const m = cliMessages(locale);
  for (const v of values ?? []) {
    const eq = v.indexOf("=");
    if (eq < 0) throw new CliError(m.mapSyntax(v));
    const field = v.slice(0, eq).trim();
    const column = v.slice(eq + 1).trim();
    const key = fieldKeyOf(field);
    if (key === null) {
      const labels = FIELDS.map((f) => fieldLabel(f.key, locale));
      throw new CliError(m.mapUnknownField(field, closest(field, labels)));
    }
    if (column === "") throw new CliError(m.mapSyntax(v));
    out[column] = key;
  }
  return out;
}

/** Collects a repeatable option's values. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** A whole number of at least 1 (`--count`, `--min-group`). */
function positiveInt(locale: Locale): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isInteger(n) || n < 1) throw new InvalidArgumentError(cliMessages(locale).wholeNumber);
    return n;
  };
}

/** A number of at least 0 (`--margin`). */
function nonNegative(locale: Locale): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError(cliMessages(locale).numberAtLeast0);
    return n;
  };
}

/** Two numbers `mid,high` (`--perf`, `--potential`; a full-width comma too). */
function bandLimits(locale: Locale): (value: string) => readonly [number, number] {
  return (value) => {
    const parts = value.split(/[,，]/).map((s) => (s.trim() === "" ? NaN : Number(s.trim())));
    const [mid, high] = parts;
    if (parts.length !== 2 || mid === undefined || high === undefined || parts.some((n) => !Number.isFinite(n))) throw new InvalidArgumentError(cliMessages(locale).twoNumbers);
    return [mid, high];
  };
}

/** A `--budget` value: yuan a month, 0 or more (`20000`, `20,000`, `20000元`). */
function budget(locale: Locale): (value: string) => number {
  return (value) => {
    const n = parseNumberText(value, true);
    if (typeof n !== "number" || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError(cliMessages(locale).badBudget(value));
    return n;
  };
}

/** A number of 0 or more as HR types it (`5`, `5分`), the error naming `flag` (`--threshold`, `--tolerance`). */
function amountAtLeast0(flag: string): (locale: Locale) => (value: string) => number {
  return (locale) => (value) => {
    const n = parseNumberText(value, true);
    if (typeof n !== "number" || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError(cliMessages(locale).badNumber(flag, value));
    return n;
  };
}

/** How one option is declared: flags, help text key, and what turns its value into the option's. */
interface OptionSpec {
  /** The flags, or per language when the value's placeholder is a word (`<字段=列名>`). */
  readonly flags: string | Readonly<Record<Locale, string>>;
  readonly help: OptionKey;
  readonly parse?: (locale: Locale) => (value: string, previous: never) => unknown;
  readonly default?: readonly [value: unknown, shown: string];
  readonly mandatory?: true;
}

/**
 * Every option of `promo`, declared once: its flags, its help (by key of `help-text.ts`) and its
 * parser. Commands add them with {@link opt}; a new command reuses these rather than declaring
 * `--policy` or `--json` again, so the help of one option reads the same under every command.
 */
export const OPTIONS = {
  sheet: { flags: "--sheet <name>", help: "sheet" },
  policy: { flags: "--policy <id|file>", help: "policy" },
  policyA: { flags: "--policy <id|file>", help: "policyA" },
  against: { flags: "--against <id|file>", help: "against", mandatory: true },
  asOf: { flags: "--as-of <date>", help: "asOf" },
  map: { flags: { "zh-CN": "--map <字段=列名>", "en-US": "--map <field=header>" }, help: "map", parse: () => collect },
  lang: { flags: "--lang <zh|en>", help: "lang" },
  json: { flags: "--json", help: "json" },
  out: { flags: "--out <file>", help: "out" },
  exportOut: { flags: "--out <file>", help: "exportOut" },
  stream: { flags: "--stream", help: "stream" },
  noStream: { flags: "--no-stream", help: "noStream" },
  discardEdits: { flags: "--discard-edits", help: "discardEdits" },
  months: { flags: "--months <n>", help: "months" },
  successionBy: { flags: "--by <column>", help: "successionBy" },
  level: { flags: "--level <name>", help: "level", mandatory: true },
  count: { flags: "--count <n>", help: "count", parse: positiveInt, default: [1, "1"] },
  cascade: { flags: "--cascade", help: "cascade" },
  margin: { flags: "--margin <n>", help: "margin", parse: nonNegative },
  by: { flags: "--by <column>", help: "by", mandatory: true },
  minGroup: { flags: "--min-group <n>", help: "minGroup", parse: positiveInt, default: [5, "5"] },
  countAwaiting: { flags: "--count-awaiting", help: "countAwaiting" },
  perf: { flags: "--perf <mid,high>", help: "perf", parse: bandLimits },
  potential: { flags: "--potential <mid,high>", help: "potential", parse: bandLimits },
  potentialColumn: { flags: "--potential-column <header>", help: "potentialColumn" },
  budget: { flags: "--budget <yuan>", help: "budget", parse: budget },
  payColumn: { flags: "--pay-column <header>", help: "payColumn" },
  field: { flags: "--field <name>", help: "field" },
  threshold: { flags: "--threshold <n>", help: "threshold", parse: amountAtLeast0("--threshold") },
  tolerance: { flags: "--tolerance <n>", help: "tolerance", parse: amountAtLeast0("--tolerance") },
  previous: { flags: "--previous <file>", help: "previous" },
  previousRequired: { flags: "--previous <file>", help: "previous", mandatory: true },
  calibrateBy: { flags: "--by <column>", help: "calibrateBy", mandatory: true },
} as const satisfies Readonly<Record<string, OptionSpec>>;

/** An option's name in {@link OPTIONS}. */
export type OptionName = keyof typeof OPTIONS;

/**
 * A new commander `Option` for `name` of {@link OPTIONS}, its help and parse errors in `locale`.
 * @example new Command("near-miss").addOption(opt("margin", "zh-CN"))
 */
export function opt(name: OptionName, locale: Locale): Option {
  const spec: OptionSpec = OPTIONS[name];
  const o = new Option(typeof spec.flags === "string" ? spec.flags : spec.flags[locale], helpText(locale).options[spec.help]);
  if (spec.parse) o.argParser(spec.parse(locale) as (value: string, previous: unknown) => unknown);
  if (spec.default) o.default(spec.default[0], spec.default[1]);
  if (spec.mandatory) o.makeOptionMandatory();
  return o;
}

/**
 * Adds the options every roster command shares (--sheet, --policy, --as-of, --map, --lang), from
 * {@link OPTIONS}, with help in `locale`.
 * @example rosterOptions(new Command("near-miss"), "zh-CN")
 */
export function rosterOptions(cmd: Command, locale: Locale, policy: "policy" | "policyA" = "policy"): Command {
  for (const name of ["sheet", policy, "asOf", "map", "lang"] as const) cmd.addOption(opt(name, locale));
  return cmd;
}

/**
 * A new command with its description and `<roster>` argument in `locale`.
 * @example rosterCommand("vacancy", helpText("zh-CN").commands.vacancy, "zh-CN")
 */
export function rosterCommand(name: string, description: string, locale: Locale): Command {
  return new Command(name).description(description).argument("<roster>", helpText(locale).options.roster);
}
