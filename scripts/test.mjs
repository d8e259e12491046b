#!/usr/bin/env node
/**
 * `npm test`: lint and type check, build, unit/CLI tests (jest), browser tests (jest + Chromium).
 *
 * Every phase runs even when an earlier one failed (a lint error must not hide a failing test),
 * except that the tests need the build. Chromium and LibreOffice are found or installed first
 * (test/system/tools.js), so a machine without them learns it in one line before anything runs. At the end: each phase's
 * wall time and result, and one closing line with the test counts. Reports go to a temp folder:
 * the working tree is left as it was.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const { ensureTools } = require(path.join(ROOT, "test/system/tools.js"));

const npx = (bin, ...args) => [process.execPath, [path.join(ROOT, "node_modules", ...bin.split("/")), ...args]];
const reports = mkdtempSync(path.join(tmpdir(), "promo-test-"));

/** The phases in order: name, command, and the phases it needs to have passed. */
const PHASES = [
  { name: "lint", run: [npx("eslint/bin/eslint.js", "."), npx("typescript/bin/tsc", "--noEmit", "-p", "tsconfig.json")] },
  // The type check above covers src/, so webpack only transpiles (PROMO_TYPECHECKED).
  { name: "build", run: [npx("typescript/bin/tsc", "-p", "tsconfig.cli.json"), npx("webpack/bin/webpack.js", "--mode", "production")], env: { PROMO_TYPECHECKED: "1" } },
  { name: "unit", needs: ["build"], run: [npx("jest/bin/jest.js", "--json", `--outputFile=${path.join(reports, "unit.json")}`)] },
  { name: "e2e", needs: ["build"], run: [npx("jest/bin/jest.js", "-c", "jest.e2e.config.js", "--json", `--outputFile=${path.join(reports, "e2e.json")}`)] },
];

function runPhase(phase, results) {
  const unmet = (phase.needs ?? []).filter((n) => results.get(n)?.ok !== true);
  if (unmet.length > 0) return { ok: false, seconds: 0, note: `not run: ${unmet.join(", ")} failed` };
  const start = process.hrtime.bigint();
  process.stderr.write(`\n> ${phase.name}\n`);
  let ok = true;
  for (const [cmd, args] of phase.run) {
    const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...phase.env } });
    if (r.status !== 0) {
      ok = false;
      break;
    }
  }
  return { ok, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

/** Passed and failed test counts from a jest --json report (zeros when the phase did not write one). */
function counts(file) {
  try {
    const j = JSON.parse(readFileSync(file, "utf8"));
    return { passed: j.numPassedTests, failed: j.numFailedTests + j.numRuntimeErrorTestSuites };
  } catch {
    return { passed: 0, failed: 0 };
  }
}

function main() {
  try {
    ensureTools(undefined, (line) => process.stderr.write(`npm test: ${line}\n`));
  } catch (e) {
    process.stderr.write(`npm test: ${e.message}\n`);
    return 1;
  }
  const started = process.hrtime.bigint();
  const results = new Map();
  for (const phase of PHASES) results.set(phase.name, runPhase(phase, results));
  const total = Number(process.hrtime.bigint() - started) / 1e9;
  const unit = counts(path.join(reports, "unit.json"));
  const e2e = counts(path.join(reports, "e2e.json"));
  rmSync(reports, { recursive: true, force: true });
  process.stderr.write("\nphase   seconds  result\n");
  for (const [name, r] of results) process.stderr.write(`${name.padEnd(7)} ${r.seconds.toFixed(0).padStart(7)}  ${r.ok ? "ok" : (r.note ?? "FAILED")}\n`);
  process.stderr.write(`total   ${total.toFixed(0).padStart(7)}  (unit ${unit.passed} passed, e2e ${e2e.passed} passed)\n`);
  const failedPhases = [...results.values()].filter((r) => !r.ok).length;
  // The closing line CI reads: tests passed and failed (a failed phase without a test report counts as one).
  const failed = unit.failed + e2e.failed + (failedPhases > 0 && unit.failed + e2e.failed === 0 ? failedPhases : 0);
  process.stdout.write(`\ntests: ${unit.passed + e2e.passed} passed, ${failed} failed\n`);
  return failedPhases > 0 ? 1 : 0;
}

process.exitCode = main();
