import { CommanderError } from "commander";
import { AsOfError, PolicyCompileError, RosterError } from "../core";
import { cannotWrite } from "./io/atomic-write";
import { CliError, hasErrorCode } from "./io/errors";
import { inputMessage } from "./io/messages";

/** A commander argument error as one line (`error: unknown option '--bogus'` -> the message table's wording). */
function argumentLine(error: CommanderError): string {
  const [detail = ""] = error.message.replace(/^error:\s*/i, "").trim().split("\n");
  return inputMessage("argument", { detail });
}

/** True for V8's "Maximum call stack size exceeded" (a policy with thousands of levels, deeply nested input). */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** A file-system error that names its path and that the user can act on (read-only folder, name too long, disk full...), as one line. */
function fileSystemLine(error: unknown): string | null {
  if (!hasErrorCode(error, "EROFS", "ENAMETOOLONG", "ENOSPC", "EDQUOT", "EACCES", "EPERM")) return null;
  const file = (error as { path?: unknown }).path;
  if (typeof file !== "string") return null;
  const mapped = cannotWrite(file, error);
  return mapped instanceof CliError ? mapped.message : null;
}

/**
 * Turns any error into one line on stderr and an exit code: 2 for problems the user can fix
 * (file, sheet, template, date, roster layout, arguments), 1 for bugs. Stack traces only with PROMO_DEBUG=1.
 */
export function handleError(error: unknown): number {
  if (process.env.PROMO_DEBUG === "1" && error instanceof Error) process.stderr.write(`${error.stack ?? ""}\n`);
  if (error instanceof CommanderError) {
    // Bare `promo` prints the help itself (commander.help); every other argument error is one line.
    if (error.code !== "commander.help") process.stderr.write(`promo: ${argumentLine(error)}\n`);
    return 2;
  }
  if (error instanceof CliError) {
    process.stderr.write(`promo: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof RosterError || error instanceof AsOfError || error instanceof PolicyCompileError) {
    process.stderr.write(`promo: ${error.message}\n`);
    return 2;
  }
  const line = isStackOverflow(error) ? inputMessage("tooDeep") : fileSystemLine(error);
  if (line !== null) {
    process.stderr.write(`promo: ${line}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`promo: internal error: ${message} (set PROMO_DEBUG=1 for details)\n`);
  return 1;
}
