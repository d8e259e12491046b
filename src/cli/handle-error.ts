import { CommanderError } from "commander";
import { AsOfError, PolicyCompileError, RosterError, type Locale } from "../core";
import { cannotWrite } from "./io/atomic-write";
import { CliError, hasErrorCode } from "./io/errors";
import { inputMessage } from "./io/messages";
import { cliMessages, type CliMessages } from "./messages";

/** `(Did you mean --policy?)` / `(Did you mean one of a, b?)` after commander's first line, or null. */
function suggestionOf(message: string): string | null {
  const m = /\(Did you mean (?:one of )?(.+?)\?\)/.exec(message);
  return m?.[1] ?? null;
}

/**
 * Commander's usage error in the catalogue's words, by its code; its arguments (the flag, the
 * value) are taken from commander's English message, whose forms are fixed per code. A form not
 * recognised gives the catalogue's general wording (never commander's English).
 * @example usageDetail(new CommanderError(1, "commander.unknownOption", "error: unknown option '--bogus'"), cliMessages("zh-CN"))
 * //=> "没有选项 --bogus"
 */
export function usageDetail(error: CommanderError, m: CliMessages): string {
  const text = error.message;
  const quoted = [...text.matchAll(/'([^']*)'/g)].map((q) => q[1] ?? "");
  const [first, second] = quoted;
  const pair = first !== undefined && second !== undefined ? ([first, second] as const) : null;
  const why = (): string => text.replace(/^[^]*?is invalid(?: for argument '[^']*')?\.\s*/, "").trim();
  switch (error.code) {
    case "commander.unknownOption":
      return quoted[0] !== undefined ? m.unknownOption(quoted[0], suggestionOf(text)) : m.otherUsage;
    case "commander.unknownCommand":
      return quoted[0] !== undefined ? m.unknownCommand(quoted[0], suggestionOf(text)) : m.otherUsage;
    case "commander.missingArgument":
      return quoted[0] !== undefined ? m.missingArgument(quoted[0]) : m.otherUsage;
    case "commander.optionMissingArgument":
      return quoted[0] !== undefined ? m.optionMissingArgument(quoted[0]) : m.otherUsage;
    case "commander.missingMandatoryOptionValue":
      return quoted[0] !== undefined ? m.missingMandatoryOption(quoted[0]) : m.otherUsage;
    case "commander.conflictingOption":
      return pair ? m.conflictingOption(pair[0], pair[1]) : m.otherUsage;
    case "commander.excessArguments": {
      const n = /Expected (\d+) arguments? but got (\d+)/.exec(text);
      return n ? m.excessArguments(Number(n[1]), Number(n[2])) : m.otherUsage;
    }
    case "commander.invalidArgument":
      // Our own parsers' reasons are catalogue text already (InvalidArgumentError(m.wholeNumber)).
      if (/^error: option '/.test(text) && pair) return m.invalidOptionValue(pair[0], pair[1], why());
      if (/^error: command-argument value '/.test(text) && pair) return m.invalidArgumentValue(pair[1], pair[0], why());
      return m.otherUsage;
    default:
      return m.otherUsage;
  }
}

/** True for V8's "Maximum call stack size exceeded" (a policy with thousands of levels, deeply nested input). */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** A file-system error that names its path and that the user can act on (read-only folder, name too long, disk full...), as one line. */
function fileSystemLine(error: unknown, locale: Locale): string | null {
  if (!hasErrorCode(error, "EROFS", "ENAMETOOLONG", "ENOSPC", "EDQUOT", "EACCES", "EPERM")) return null;
  const file = (error as { path?: unknown }).path;
  if (typeof file !== "string") return null;
  const mapped = cannotWrite(file, error);
  return mapped instanceof CliError ? mapped.text(locale) : null;
}

/**
 * Turns any error into one line on stderr, in `locale`, and an exit code: 2 for problems the
 * user can fix (file, sheet, template, date, roster layout, arguments), 1 for bugs. Stack traces
 * only with PROMO_DEBUG=1.
 * @example process.exitCode = handleError(new CliError((m) => m.fileNotFound("a.xlsx")), "zh-CN") // 2, "promo: 找不到文件 a.xlsx"
 */
export function handleError(error: unknown, locale: Locale = "zh-CN"): number {
  const m = cliMessages(locale);
  if (process.env.PROMO_DEBUG === "1" && error instanceof Error) process.stderr.write(`${error.stack ?? ""}\n`);
  if (error instanceof CommanderError) {
    // Bare `promo` prints the help itself (commander.help); every other argument error is one line.
    if (error.code !== "commander.help") process.stderr.write(`promo: ${m.usage(usageDetail(error, m))}\n`);
    return 2;
  }
  if (error instanceof CliError) {
    process.stderr.write(`promo: ${error.text(locale)}\n`);
    return error.exitCode;
  }
  if (error instanceof AsOfError) {
    process.stderr.write(`promo: ${m.badAsOf(error.value)}\n`);
    return 2;
  }
  if (error instanceof PolicyCompileError) {
    process.stderr.write(`promo: ${error.text(locale)}\n`);
    return 2;
  }
  if (error instanceof RosterError) {
    process.stderr.write(`promo: ${error.message}\n`);
    return 2;
  }
  const line = isStackOverflow(error) ? inputMessage("tooDeep", {}, locale) : fileSystemLine(error, locale);
  if (line !== null) {
    process.stderr.write(`promo: ${line}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`promo: ${m.internalError(message)}\n`);
  return 1;
}
