import { AsOfError, PolicyCompileError, RosterError } from "../core";
import { CliError } from "./io/errors";

/**
 * Turns any error into one line on stderr and an exit code: 2 for problems the user can fix
 * (file, sheet, template, date, roster layout), 1 for bugs. Stack traces only with PROMO_DEBUG=1.
 */
export function handleError(error: unknown): number {
  if (process.env.PROMO_DEBUG === "1" && error instanceof Error) process.stderr.write(`${error.stack ?? ""}\n`);
  if (error instanceof CliError) {
    process.stderr.write(`promo: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof RosterError || error instanceof AsOfError || error instanceof PolicyCompileError) {
    process.stderr.write(`promo: ${error.message}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`promo: internal error: ${message} (set PROMO_DEBUG=1 for details)\n`);
  return 1;
}
