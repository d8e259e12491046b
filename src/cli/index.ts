#!/usr/bin/env node
import { Command } from "commander";
import { diffCommand } from "./commands/diff";
import { fairnessCommand } from "./commands/fairness";
import { nearMissCommand } from "./commands/near-miss";
import { nineboxCommand } from "./commands/ninebox";
import { policyCommand } from "./commands/policy";
import { reviewCommand } from "./commands/review";
import { templatesCommand } from "./commands/templates";
import { vacancyCommand } from "./commands/vacancy";
import { headersCommand } from "./commands/headers";
import { handleError } from "./handle-error";
import { helpText } from "./help-text";
import { argvLocale } from "./options";
import { stripVTControlCharacters } from "node:util";
import type { Locale } from "../core";
import { textWidth } from "../report";

/**
 * The `promo` program, its help in `locale` (see `argvLocale`); exported for tests (call
 * `parseAsync` with `{ from: "user" }`).
 * @example buildProgram(argvLocale(args)).parseAsync(args, { from: "user" })
 */
export function buildProgram(locale: Locale = "zh-CN"): Command {
  const h = helpText(locale);
  const titles = h.titles;
  // Titles in the help language; widths by display columns (CJK counts two) so the help stays aligned.
  const helpConfig = { styleTitle: (title: string) => titles[title] ?? title, displayWidth: (text: string) => textWidth(stripVTControlCharacters(text)) };
  const program = new Command("promo")
    .description(h.commands.program)
    .version("0.1.0", "-V, --version", h.options.version)
    .helpOption("-h, --help", h.options.help)
    .helpCommand("help [command]", h.options.helpCommand)
    .configureHelp(helpConfig)
    .showHelpAfterError()
    .addCommand(reviewCommand(locale))
    .addCommand(headersCommand(locale))
    .addCommand(templatesCommand(locale))
    .addCommand(vacancyCommand(locale))
    .addCommand(policyCommand(locale))
    .addCommand(nearMissCommand(locale))
    .addCommand(diffCommand(locale))
    .addCommand(fairnessCommand(locale))
    .addCommand(nineboxCommand(locale));
  for (const cmd of [...program.commands, ...program.commands.flatMap((c) => c.commands)]) {
    cmd.helpOption("-h, --help", h.options.help).configureHelp(helpConfig);
  }
  return program;
}

if (require.main === module) {
  buildProgram(argvLocale(process.argv.slice(2)))
    .parseAsync(process.argv)
    .catch((e: unknown) => {
      process.exitCode = handleError(e);
    });
}
