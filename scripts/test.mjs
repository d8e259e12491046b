#!/usr/bin/env node
/**
 * `npm test`: lint and type check, build, unit/CLI tests (jest), browser tests (jest + Chromium).
 *
 * Chromium and LibreOffice are found or installed first (test/system/tools.js), so a machine
 * without them learns it in one line before anything runs. Lint and build run side by side (one
 * core each); then the unit tests, then the browser tests. Every phase runs even when another
 * failed (a lint error must not hide a failing test), except that the tests need the build. At the
 * end: each phase's wall time and result, and one closing line with the test counts. jest's reports
 * go to a temp folder: the working tree is left as it was.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { ensureTools } = require(path.join(ROOT, "test/system/tools.js"));

const bin = (file, ...args) => [process.execPath, [path.join(ROOT, "node_modules", ...file.split("/")), ...args]];
const reports = mkdtempSync(path.join(tmpdir(), "promo-test-"));

/** The phases: name, commands run one after the other, the phases it needs, and extra environment. */
const LINT = { name: "lint", run: [bin("eslint/bin/eslint.js", "."), bin("typescript/bin/tsc", "--noEmit", "-p", "tsconfig.json")] };
// The lint phase type-checks src/ at the same time, so webpack only transpiles (PROMO_TYPECHECKED);
// if the type check fails, the run fails with it.
const BUILD = { name: "build", run: [bin("typescript/bin/tsc", "-p", "tsconfig.cli.json"), bin("webpack/bin/webpack.js", "--mode", "production")], env: { PROMO_TYPECHECKED: "1", ADDIN_BASE_URL: "https://localhost:3000/" } }; // a production build needs a base URL (README "Deploy"): the development one
const UNIT = { name: "unit", needs: ["build"], run: [bin("jest/bin/jest.js", "--json", `--outputFile=${path.join(reports, "unit.json")}`)] };
const E2E = { name: "e2e", needs: ["build"], run: [bin("jest/bin/jest.js", "-c", "jest.e2e.config.js", "--json", `--outputFile=${path.join(reports, "e2e.json")}`)] };
/** Steps in order; the phases of one step run side by side. */
const STEPS = [[LINT, BUILD], [UNIT], [E2E]];

function exec([cmd, args], env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("close", (code) => resolve(code === 0));
    child.on("error", () => resolve(false));
  });
}

async function runPhase(phase, results) {
  const unmet = (phase.needs ?? []).filter((n) => results.get(n)?.ok !== true);
  if (unmet.length > 0) return { ok: false, seconds: 0, note: `not run: ${unmet.join(", ")} failed` };
  const start = process.hrtime.bigint();
  process.stderr.write(`\n> ${phase.name}\n`);
  let ok = true;
  for (const command of phase.run) {
    ok = await exec(command, phase.env);
    if (!ok) break;
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

async function main() {
  try {
    ensureTools(undefined, (line) => process.stderr.write(`npm test: ${line}\n`));
  } catch (e) {
    process.stderr.write(`npm test: ${e.message}\n`);
    return 1;
  }
  const started = process.hrtime.bigint();
  const results = new Map();
  for (const step of STEPS) {
    const done = await Promise.all(step.map((phase) => runPhase(phase, results)));
    step.forEach((phase, i) => results.set(phase.name, done[i]));
  }
  const total = Number(process.hrtime.bigint() - started) / 1e9;
  const unit = counts(path.join(reports, "unit.json"));
  const e2e = counts(path.join(reports, "e2e.json"));
  rmSync(reports, { recursive: true, force: true });
  process.stderr.write("\nphase   seconds  result\n");
  for (const [name, r] of results) process.stderr.write(`${name.padEnd(7)} ${r.seconds.toFixed(0).padStart(7)}  ${r.ok ? "ok" : (r.note ?? "FAILED")}\n`);
  process.stderr.write(`total   ${total.toFixed(0).padStart(7)}  (lint and build side by side; unit ${unit.passed} tests, e2e ${e2e.passed} tests passed)\n`);
  const failedPhases = [...results.values()].filter((r) => !r.ok).length;
  // The closing line CI reads. A failed phase without failed tests (lint, build) counts as one failure.
  const failed = unit.failed + e2e.failed + (failedPhases > 0 && unit.failed + e2e.failed === 0 ? failedPhases : 0);
  process.stdout.write(`\ntests: ${unit.passed + e2e.passed} passed, ${failed} failed\n`);
  return failedPhases > 0 ? 1 : 0;
}

process.exitCode = await main();
