// Runs one measured job in its own process and prints {"ms", "maxRssMb", ...} as the last stdout
// line, so each variant's peak memory is its own.
import ExcelJS from "exceljs";
import { buildProgram } from "../src/cli/index";
import { adapterReview } from "./adapter";

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  const t0 = process.hrtime.bigint();
  let extra: object = {};
  if (mode === "exceljs-io") {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(args[0]!);
    await wb.xlsx.writeFile(args[1]!);
  } else if (mode === "cli") {
    await buildProgram().exitOverride().parseAsync(args, { from: "user" });
  } else if (mode === "adapter") {
    extra = await adapterReview(Number(args[0]));
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(`\n${JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, ...extra })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
