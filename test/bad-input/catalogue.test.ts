/**
 * The bad-input catalogue (docs/bad-input.md): every fixture in test/fixtures/bad-input is run
 * through the built CLI (`promo review FIXTURE --policy taobao-cs --as-of 2026-11-23 --json`, and
 * once more writing the review workbook) and checked against cases.json: the exit code, every
 * good row evaluating exactly as the same employee in the clean twin, every bad row naming the
 * right cells, a clear one-line message naming the file for files that cannot be read, and an
 * output workbook that opens cleanly. Regenerate the fixtures with scripts/make-bad-input.mjs.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import type { Review, RowResult } from "../../src/core";
import { evaluation, loadCatalogue, type Case, type FailCase, type ReviewCase } from "./cases";
import { FIXTURES, ROOT, ensureCliBuilt, mapLimit, openWorkbook, promoAsync, tempDir, xmlProblems, type CliRun } from "./helpers";

const catalogue = loadCatalogue();
const reviewCases = catalogue.cases.filter((c): c is ReviewCase => c.exit === 0);
const failCases = catalogue.cases.filter((c): c is FailCase => c.exit === 2);
/** Excel's limit on the characters of one cell. */
const EXCEL_CELL_LIMIT = 32767;

interface Outcome {
  readonly json: CliRun;
  /** The run writing a workbook (for refused files, only those in {@link WRITE_CHECKED}). */
  readonly xlsx: CliRun | null;
  readonly out: string;
}

/** Refused files also run without --json, to check that no workbook is written (a sample: runs cost time). */
const WRITE_CHECKED = new Set(["empty-workbook", "empty-csv", "password-protected"]);

let dir: string;
const outcomes = new Map<string, Outcome>();
let twin: Map<string, RowResult>;
const hashesBefore = new Map<string, string>();

function fixture(file: string): string {
  return path.join(FIXTURES, file);
}

function hashes(): Map<string, string> {
  return new Map(fs.readdirSync(FIXTURES).map((f) => [f, createHash("sha256").update(fs.readFileSync(fixture(f))).digest("hex")]));
}

function reviewArgs(file: string): string[] {
  return ["review", fixture(file), "--policy", catalogue.policy, "--as-of", catalogue.asOf];
}

beforeAll(async () => {
  ensureCliBuilt();
  for (const [f, h] of hashes()) hashesBefore.set(f, h);
  dir = tempDir("bad-input");
  const twinRun = await promoAsync([...reviewArgs(catalogue.twin.file), "--json"]);
  if (twinRun.code !== 0) throw new Error(`the twin did not review: ${twinRun.stderr}`);
  twin = new Map((JSON.parse(twinRun.stdout) as Review).rows.map((r) => [r.id, r]));
  await mapLimit(catalogue.cases, 3, async (c: Case) => {
    const out = path.join(dir, `${c.id}-review.xlsx`);
    const json = await promoAsync([...reviewArgs(c.file), "--json"]);
    const xlsx = c.exit === 0 || WRITE_CHECKED.has(c.id) ? await promoAsync([...reviewArgs(c.file), "--out", out]) : null;
    outcomes.set(c.id, { json, xlsx, out });
  });
}, 300_000); // 43 cases, two runs each: ~80 runs (about 60 s of CPU; minutes on a loaded machine)

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the clean twin", () => {
  test("every employee gets the status the catalogue's generator expects", () => {
    expect(Object.fromEntries([...twin].map(([id, r]) => [id, r.status]))).toEqual(catalogue.twin.statuses);
    expect([...twin.values()].every((r) => r.errors.length === 0)).toBe(true);
  });
});

describe.each(reviewCases.map((c) => [c.id, c] as const))("%s: reviewed, exit 0", (_id, c) => {
  const review = (): Review => JSON.parse(outcomes.get(c.id)!.json.stdout) as Review;

  test("exit 0, the review JSON on stdout, no internal error", () => {
    const run = outcomes.get(c.id)!.json;
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.not.stringMatching(/internal error|内部错误/) as unknown });
    expect(review().rows).toHaveLength(c.rows);
    if (c.headerRow !== undefined) expect(review().headerRow).toBe(c.headerRow);
  });

  test("every bad row is an error naming exactly the right cells", () => {
    const byRow = new Map(review().rows.map((r) => [r.row, r]));
    for (const bad of c.bad) {
      const r = byRow.get(bad.row);
      expect({ row: bad.row, found: r !== undefined }).toEqual({ row: bad.row, found: true });
      expect({ row: bad.row, id: r!.id, status: r!.status }).toEqual({ row: bad.row, id: bad.id, status: "error" });
      expect({ row: bad.row, cells: r!.errors.map((e) => e.cell).sort() }).toEqual({ row: bad.row, cells: [...bad.cells].sort() });
      expect({ row: bad.row, codes: r!.errors.map((e) => e.code).sort() }).toEqual({ row: bad.row, codes: [...bad.codes].sort() });
      const messages = r!.errors.map((e) => e.message).join(" ");
      for (const fragment of bad.message) expect(messages).toContain(fragment);
    }
    if (c.maxMessageLength !== undefined) {
      for (const r of review().rows) for (const e of r.errors) expect(e.message.length).toBeLessThanOrEqual(c.maxMessageLength);
    }
  });

  test("every good row evaluates exactly as the same employee in the clean twin", () => {
    const special = new Set([...c.bad.map((b) => b.row), ...c.extra.map((x) => x.row)]);
    const good = review().rows.filter((r) => !special.has(r.row));
    expect(good.length + special.size).toBe(c.rows);
    for (const r of good) {
      const same = twin.get(r.id);
      expect({ row: r.row, id: r.id, inTwin: same !== undefined }).toEqual({ row: r.row, id: r.id, inTwin: true });
      expect({ row: r.row, ...evaluation(r) }).toEqual({ row: r.row, ...evaluation(same!) });
    }
    for (const x of c.extra) {
      const r = review().rows.find((y) => y.row === x.row)!;
      expect({ row: x.row, status: r.status, errors: r.errors }).toEqual({ row: x.row, status: x.status, errors: [] });
      if (x.idLength !== undefined) expect(r.id).toHaveLength(x.idLength);
      else expect(r.id).toBe(x.id);
    }
  });

  test("the review workbook opens cleanly and lists every row", async () => {
    const { xlsx, out } = outcomes.get(c.id)!;
    expect({ code: xlsx!.code, stderr: xlsx!.stderr }).toEqual({ code: 0, stderr: expect.stringContaining(out) as unknown });
    expect(await xmlProblems(out)).toEqual([]); // a second, strict XML reader (issue 19: U+FFFF broke the parts)
    const wb = await openWorkbook(out);
    const results = wb.getWorksheet("晋升评审");
    expect(results).toBeDefined();
    expect(wb.getWorksheet("人才库")).toBeDefined();
    expect(wb.getWorksheet("晋升汇总")).toBeDefined();
    const rows: ExcelJS.Row[] = [];
    results!.eachRow((row, n) => {
      if (n > 2) rows.push(row);
    });
    expect(rows).toHaveLength(c.rows);
    for (const bad of c.bad) {
      const row = rows.find((r) => r.getCell(1).value === bad.row)!;
      const issues = String(row.getCell(13).value);
      for (const cell of bad.cells) expect(issues).toContain(`${cell.slice(cell.lastIndexOf("!") + 1)}: `);
    }
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string") expect(cell.value.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
        }),
      );
    }
  }, 60_000);
});

describe.each(failCases.map((c) => [c.id, c] as const))("%s: refused, exit 2", (_id, c) => {
  test("one line on stderr naming the file, nothing on stdout", () => {
    const run = outcomes.get(c.id)!.json;
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^promo: /);
    expect(lines[0]).toContain(fixture(c.file));
    expect(lines[0]).not.toMatch(/internal error|内部错误|\n\s+at /);
    for (const fragment of c.stderr) expect(lines[0]).toContain(fragment);
  });

  if (WRITE_CHECKED.has(c.id)) {
    test("no workbook is written", () => {
      const { xlsx, out } = outcomes.get(c.id)!;
      expect(xlsx!.code).toBe(2);
      expect(fs.existsSync(out)).toBe(false);
    });
  }
});

describe("the catalogue itself", () => {
  test("no fixture was changed by the runs", () => {
    expect(hashes()).toEqual(hashesBefore);
  });

  test("docs/bad-input.md lists every case with its fixture", () => {
    const doc = fs.readFileSync(path.join(ROOT, "docs/bad-input.md"), "utf8");
    for (const c of catalogue.cases) expect(doc).toContain(`| \`${c.file}\` | ${c.exit} |`);
  });

  test("covers every kind of bad input of issue 7", () => {
    const ids = catalogue.cases.map((c) => c.id);
    for (const id of [
      "title-rows", "merged-header", "blank-rows", "hidden-rows", "header-spelling", "duplicate-ids", "unknown-levels", "excel-errors",
      "numbers-as-text", "date-forms", "impossible-dates", "long-cells", "empty-workbook", "headers-only", "csv-utf8", "csv-utf8-bom",
      "csv-gbk", "password-protected", "corrupt-xlsx",
    ]) expect(ids).toContain(id);
  });
});
