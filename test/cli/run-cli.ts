import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/** Repository root. */
export const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "dist/cli/index.js");

/** Builds the CLI when `dist/cli` is missing or older than a file under `src` (`npm test` builds it first). */
export function ensureCliBuilt(): void {
  if (!fs.existsSync(CLI) || newestSource(path.join(ROOT, "src")) > fs.statSync(CLI).mtimeMs) {
    execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
  }
}

/** The latest modification time of a file under `dir` (a stale build must not test old code). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Runs `promo ARGS` as a user would; returns exit code, stdout and stderr. */
export function promo(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, PROMO_DEBUG: "" } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
