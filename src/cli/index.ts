#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { diffCommand } from "./commands/diff";
import { fairnessCommand } from "./commands/fairness";
import { nearMissCommand } from "./commands/near-miss";
import { nineboxCommand } from "./commands/ninebox";
import { policyCommand } from "./commands/policy";
import { reviewCommand } from "./commands/review";
import { templatesCommand } from "./commands/templates";
import { vacancyCommand } from "./commands/vacancy";
import { handleError } from "./handle-error";

/** The `promo` program; exported for tests (call `parseAsync` with `{ from: "user" }`). */
export function buildProgram(): Command {
  return new Command("promo")
    .description("PromoLadder: review staff rosters against promotion schemes (晋升方案)")
    .version("0.1.0")
    .showHelpAfterError()
    .addCommand(reviewCommand())
    .addCommand(templatesCommand())
    .addCommand(vacancyCommand())
    .addCommand(policyCommand())
    .addCommand(nearMissCommand())
    .addCommand(diffCommand())
    .addCommand(fairnessCommand())
    .addCommand(nineboxCommand());
}

/** Makes commander throw instead of calling `process.exit`, on the program and every subcommand. */
function throwInsteadOfExit(command: Command): void {
  command.exitOverride();
  for (const sub of command.commands) throwInsteadOfExit(sub);
}

/**
 * Runs `promo ARGS` and resolves with the exit code; output goes to `process.stdout` and
 * `process.stderr`. The `promo` binary calls it once; tests call it in-process.
 *
 * @example
 * ```ts
 * const code = await runCli(["review", "roster.xlsx", "--as-of", "2026-11-23"]);
 * ```
 */
export async function runCli(args: readonly string[]): Promise<number> {
  const program = buildProgram();
  throwInsteadOfExit(program);
  try {
    await program.parseAsync([...args], { from: "user" });
    return 0;
  } catch (e: unknown) {
    // Commander has already printed its message (or the help / version it was asked for).
    if (e instanceof CommanderError) return e.exitCode;
    return handleError(e);
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
