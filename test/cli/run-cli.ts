import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/** Repository root. */
export const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "dist/cli/index.js");

/** Builds the CLI once when `npm test` has not already done so. */
export function ensureCliBuilt(): void {
  if (!fs.existsSync(CLI)) execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
}

/** Runs `promo ARGS` as a user would; returns exit code, stdout and stderr. */
export function promo(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, PROMO_DEBUG: "" } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
