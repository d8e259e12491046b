import { Command, Option } from "commander";
import { fieldLabel, isoFromDay, localDay, matchHeader, type Locale, type MappingOverride } from "../core";
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
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
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

/** A commander option described in the help language. */
function option(flags: string, key: OptionKey, locale: Locale): Option {
  return new Option(flags, helpText(locale).options[key]);
}

/** Collects a repeatable option's values. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * Adds the options every roster command shares (--sheet, --policy, --as-of, --map, --lang), in
 * one declaration, with help in `locale`.
 * @example rosterOptions(new Command("near-miss"), "zh-CN")
 */
export function rosterOptions(cmd: Command, locale: Locale, policyKey: OptionKey = "policy"): Command {
  return cmd
    .addOption(option("--sheet <name>", "sheet", locale))
    .addOption(option("--policy <id|file>", policyKey, locale))
    .addOption(option("--as-of <date>", "asOf", locale))
    .addOption(option("--map <字段=列名>", "map", locale).argParser(collect))
    .addOption(langOption(locale));
}

/** The --lang option. */
export function langOption(locale: Locale): Option {
  return option("--lang <zh|en>", "lang", locale);
}

/** An option with help in `locale` (for a command's own options). */
export function localOption(flags: string, key: OptionKey, locale: Locale): Option {
  return option(flags, key, locale);
}

/** A new command with its description and `<roster>` argument in `locale`. */
export function rosterCommand(name: string, description: string, locale: Locale): Command {
  return new Command(name).description(description).argument("<roster>", helpText(locale).options.roster);
}
