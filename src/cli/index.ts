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
import { guardTerminal } from "./terminal";

/**
 * Makes commander's own argument errors (`--bogus`, `--count -1`, a missing roster) reach
 * {@link handleError} as a CommanderError instead of printing its line (and the help) and
 * exiting 1: the CLI then prints one line and exits 2, as for every other input problem.
 * Help and `--version` still print as usual.
 */
function throwArgumentErrors(command: Command): Command {
  command.exitOverride().configureOutput({ outputError: () => undefined });
  for (const sub of command.commands) throwArgumentErrors(sub);
  return command;
}

/** The `promo` program; exported for tests (call `parseAsync` with `{ from: "user" }`). */
export function buildProgram(): Command {
  const program = new Command("promo")
    .description("PromoLadder: review staff rosters against promotion schemes (晋升方案)")
    .version("0.1.0")
    .addCommand(reviewCommand())
    .addCommand(templatesCommand())
    .addCommand(vacancyCommand())
    .addCommand(policyCommand())
    .addCommand(nearMissCommand())
    .addCommand(diffCommand())
    .addCommand(fairnessCommand())
    .addCommand(nineboxCommand());
  return throwArgumentErrors(program);
}

/**
 * Runs `promo ARGS` and resolves with the exit code. Output goes to `process.stdout` and
 * `process.stderr`, with control characters from roster text made visible while it runs
 * ({@link guardTerminal}). The `promo` binary calls it once; tests call it in-process.
 *
 * @example
 * ```ts
 * const code = await runCli(["review", "roster.xlsx", "--as-of", "2026-11-23"]);
 * ```
 */
export async function runCli(args: readonly string[]): Promise<number> {
  const unguard = [guardTerminal(process.stdout), guardTerminal(process.stderr)];
  try {
    await buildProgram().parseAsync([...args], { from: "user" });
    return 0;
  } catch (e: unknown) {
    return e instanceof CommanderError && e.exitCode === 0 ? 0 : handleError(e);
  } finally {
    for (const undo of unguard) undo();
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
