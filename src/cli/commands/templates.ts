import { Command } from "commander";
import { TEMPLATES } from "../../core";

/** `promo templates`: the built-in templates. */
export function templatesCommand(): Command {
  return new Command("templates")
    .description("list the built-in promotion policy templates")
    .option("--json", "print them as JSON")
    .action((opts: { json?: boolean }) => {
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(TEMPLATES, null, 2)}\n`);
        return;
      }
      for (const t of TEMPLATES) {
        const ladder = t.levels.map((l) => l.name + (l.reserve ? `(储备 ${l.allowance ?? 0}元)` : "")).join(" → ");
        process.stdout.write(`${t.id.padEnd(12)} ${t.name} · ${t.nameEn}\n  ${ladder}\n  ${(t.sources ?? []).join("; ")}\n`);
      }
    });
}
