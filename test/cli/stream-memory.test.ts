/**
 * Streaming mode reviews a large roster in bounded memory: a 40,000-row roster (600,000 cells)
 * in a `promo` process whose JavaScript heap is capped at 128 MB. The workbook mode needs about
 * ten times that for this roster and runs out of memory under the same cap, which shows the cap
 * is tight enough to mean something. (The 1M-row figure is measured by `npm run bench`.)
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { rosterRows, AS_OF } from "../../bench/roster-gen";
import { writeRosterXlsx } from "../../bench/write-roster";
import { makeTempDir, removeTempDir } from "./io/fixtures";
import { ROOT, ensureCliBuilt } from "./run-cli";

const ROWS = 40_000;
const HEAP_MB = 128;

let dir: string;
let roster: string;
beforeAll(async () => {
  ensureCliBuilt();
  dir = makeTempDir();
  roster = path.join(dir, "big.xlsx");
  await writeRosterXlsx(rosterRows(ROWS), roster);
}, 120_000);
afterAll(() => removeTempDir(dir));

/** `promo review` in a child process with the heap capped. */
function review(...flags: string[]): { code: number | null; stderr: string } {
  const out = path.join(dir, "big-review.xlsx");
  fs.rmSync(out, { force: true });
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, path.join(ROOT, "dist/cli/index.js"), "review", roster, "--policy", "taobao-cs", "--as-of", AS_OF, "--out", out, ...flags], {
    encoding: "utf8",
  });
  return { code: r.status, stderr: r.stderr };
}

test(`${ROWS} rows stream through a ${HEAP_MB} MB heap, automatically`, () => {
  const r = review();
  expect(r.stderr).toMatch(new RegExp(`已评审 ${ROWS} 人`));
  expect(r.code).toBe(0);
  expect(fs.statSync(path.join(dir, "big-review.xlsx")).size).toBeGreaterThan(1_000_000);
}, 120_000);

test(`the workbook mode cannot do the same under that cap`, () => {
  const r = review("--no-stream");
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/heap out of memory|Allocation failed/i);
  expect(fs.readdirSync(dir).filter((f) => f.startsWith("big-review"))).toEqual([]);
}, 120_000);
