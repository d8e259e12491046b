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
import { headersCommand } from "./commands/headers";
import { costCommand } from "./commands/cost";
import { calibrateCommand } from "./commands/calibrate";
import { historyCommand } from "./commands/history";
import { pipelineCommand } from "./commands/pipeline";
import { planCommand } from "./commands/plan";
import { successionCommand } from "./commands/succession";
import { handleError } from "./handle-error";
import { setRunArguments } from "./io/messages";
import { guardTerminal } from "./terminal";
import { helpText } from "./help-text";
import { argvLocale } from "./options";
import type { Locale } from "../core";
import { helpFormat } from "./help-format";

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

/**
 * The `promo` program, its help in `locale` (see `argvLocale`); exported for tests (call
 * `parseAsync` with `{ from: "user" }`).
 * @example buildProgram(argvLocale(args)).parseAsync(args, { from: "user" })
 */
export function buildProgram(locale: Locale = "zh-CN"): Command {
  const h = helpText(locale);
  // Titles and usage words in the help language; widths by display columns (CJK counts two) so the help stays aligned.
  const helpConfig = helpFormat(locale);
  const program = new Command("promo")
    .description(h.commands.program)
    .version("0.1.0", "-V, --version", h.options.version)
    .helpOption("-h, --help", h.options.help)
    .helpCommand("help [command]", h.options.helpCommand)
    .configureHelp(helpConfig)
    .addCommand(reviewCommand(locale))
    .addCommand(headersCommand(locale))
    .addCommand(templatesCommand(locale))
    .addCommand(vacancyCommand(locale))
    .addCommand(policyCommand(locale))
    .addCommand(nearMissCommand(locale))
    .addCommand(diffCommand(locale))
    .addCommand(fairnessCommand(locale))
    .addCommand(nineboxCommand(locale))
    // Issue #21: promotion cost and budget, calibration, cycle over cycle.
    .addCommand(costCommand(locale))
    .addCommand(calibrateCommand(locale))
    .addCommand(historyCommand(locale))
    // Issue #20: readiness and forecast, succession cover, development plans.

    .addCommand(pipelineCommand(locale))
    .addCommand(successionCommand(locale))
    .addCommand(planCommand(locale));
  for (const cmd of [...program.commands, ...program.commands.flatMap((c) => c.commands)]) {
    cmd.helpOption("-h, --help", h.options.help).configureHelp(helpConfig);
    if (cmd.commands.length > 0) cmd.helpCommand("help [command]", h.options.helpCommand);
  }
  return throwArgumentErrors(program);
}

/**
 * Runs `promo ARGS` and resolves with the exit code. Output goes to `process.stdout` and
 * `process.stderr`, with control characters from roster text made visible while it runs
 * ({@link guardTerminal}); help and messages in the language `--lang` asks for. The `promo`
 * binary calls it once; tests call it in-process.
 *
 * @example
 * ```ts
 * const code = await runCli(["review", "roster.xlsx", "--as-of", "2026-11-23"]);
 * ```
 */
export async function runCli(args: readonly string[]): Promise<number> {
  const unguard = [guardTerminal(process.stdout), guardTerminal(process.stderr)];
  setRunArguments(args);
  try {
    await buildProgram(argvLocale([...args])).parseAsync([...args], { from: "user" });
    return 0;
  } catch (e: unknown) {
    return e instanceof CommanderError && e.exitCode === 0 ? 0 : handleError(e, argvLocale([...args]));
  } finally {
    for (const undo of unguard) undo();
    setRunArguments(null);
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
