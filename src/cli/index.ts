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

if (require.main === module) {
  buildProgram()
    .parseAsync(process.argv)
    .catch((e: unknown) => {
      process.exitCode = handleError(e);
    });
}
