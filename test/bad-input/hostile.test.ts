/**
 * Hostile and unusual files (issue 19), in streaming mode: every hostile case of the bad-input
 * catalogue (cases.json, `hostile: true`) is reviewed with `--stream`, writing the review workbook
 * (catalogue.test.ts runs them in the default mode, workbook mode for these small files, as
 * `--json` and writing). Each run must end within a minute (the child is killed at 60 s), exit 0
 * with the catalogue's results in 晋升评审 or exit 2 with one line naming the file, never print a
 * stack, an internal error or a control character from the roster, and write parts a strict XML
 * parser accepts.
 *
 * Cost: 19 CLI runs, 2 at a time: about 25 s of CPU (measured 40 s of CPU for 36 runs).
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadCatalogue, type ReviewCase } from "./cases";
import { CLI, controlCharacters, ensureCliBuilt, FIXTURES, mapLimit, openWorkbook, tempDir, xmlProblems, type CliRun } from "./helpers";

const catalogue = loadCatalogue();
const hostile = catalogue.cases.filter((c) => (c as { hostile?: boolean }).hostile === true);
/** A run that has not ended after this long is a hang (the judged limit is a minute). */
const KILL_MS = 60_000;

/** Runs `promo ARGS` in a child process, killed after {@link KILL_MS}. */
function promoTimed(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, PROMO_DEBUG: "" } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill("SIGKILL"), KILL_MS);
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
  });
}

const fixture = (file: string): string => path.join(FIXTURES, file);
const reviewArgs = (file: string): string[] => ["review", fixture(file), "--policy", catalogue.policy, "--as-of", catalogue.asOf];

let dir: string;
/** 晋升评审 rows of the clean twin's streamed review, by 工号. */
let twin: Map<string, unknown[]>;
const runs = new Map<string, { run: CliRun; out: string }>();
const extra = new Map<string, CliRun>();

/** Columns of 晋升评审 that must equal the twin's: all but 行号 (1), 姓名 (3) and 部门 (4). */
const COMPARED = [2, 5, 6, 7, 8, 9, 10, 11, 12, 13];
const ISSUES = 13;

/** The result rows of 晋升评审 (below its title and header rows) as value arrays indexed by column. */
async function resultRows(out: string): Promise<unknown[][]> {
  const ws = (await openWorkbook(out)).getWorksheet("晋升评审")!;
  const rows: unknown[][] = [];
  ws.eachRow((row: ExcelJS.Row, n) => {
    if (n > 2) rows.push(row.values as unknown[]);
  });
  return rows;
}

beforeAll(async () => {
  ensureCliBuilt();
  dir = tempDir("hostile");
  const twinOut = path.join(dir, "twin.xlsx");
  await promoTimed([...reviewArgs(catalogue.twin.file), "--stream", "--out", twinOut]);
  twin = new Map((await resultRows(twinOut)).map((r) => [String(r[2]), r]));
  const controls = fixture("control-chars.csv");
  const base = ["--policy", catalogue.policy, "--as-of", catalogue.asOf];
  const jobs: (readonly [string, readonly string[], string])[] = [
    ...hostile.map((c) => {
      const out = path.join(dir, `${c.id}-stream.xlsx`);
      return [c.id, [...reviewArgs(c.file), "--stream", "--out", out], out] as const;
    }),
    ["near-miss", ["near-miss", controls, ...base], ""],
    ["fairness", ["fairness", controls, "--by", "部门", "--min-group", "1", ...base], ""],
  ];
  await mapLimit(jobs, 2, async ([id, args, out]) => {
    const run = await promoTimed(args);
    if (out === "") extra.set(id, run);
    else runs.set(id, { run, out });
  });
}, 240_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test("the catalogue has a hostile case for every class of issue 19 that a file shows", () => {
  expect(hostile.map((c) => c.id).sort()).toEqual(
    [
      "blank-lines-csv", "chart-sheet", "control-chars-csv", "core-bomb", "date1904", "decimal-comma-csv", "far-footer", "formula-no-cache",
      "history-csv", "iso-dates", "leading-whitespace-csv", "long-csv-name", "long-sheet-name", "percent-range", "percent-range-csv", "product-named-roster", "row-beyond-limit", "rows-out-of-order", "sst-bomb", "wide-row-csv", "xml-illegal-csv", "xml-illegal-xlsx",
    ].sort(),
  );
});

describe.each(hostile.map((c) => [c.id, c] as const))("%s with --stream", (_id, c) => {
  test("ends within a minute, no stack, no internal error, no control character", () => {
    const { run } = runs.get(c.id)!;
    expect({ signal: run.signal, code: run.code }).toEqual({ signal: null, code: c.exit });
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(controlCharacters(run.stdout + run.stderr)).toEqual([]);
  });

  if (c.exit === 2) {
    test("refused with one line naming the file, no workbook written", () => {
      const { run, out } = runs.get(c.id)!;
      const lines = run.stderr.split("\n").filter((l) => l !== "");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(fixture(c.file));
      for (const fragment of c.stderr) expect(lines[0]).toContain(fragment);
      expect(fs.existsSync(out)).toBe(false);
    });
    return;
  }

  const rc = c as ReviewCase;
  test("every part of the review workbook is well-formed XML", async () => {
    expect(await xmlProblems(runs.get(c.id)!.out)).toEqual([]);
  });

  test("晋升评审 lists the catalogue's results: bad rows name their cells, good rows equal the clean twin's", async () => {
    const rows = await resultRows(runs.get(c.id)!.out);
    expect(rows).toHaveLength(rc.rows);
    const bad = new Map(rc.bad.map((b) => [b.row, b]));
    for (const r of rows) {
      const b = bad.get(Number(r[1]));
      if (b) {
        for (const cell of b.cells) expect(String(r[ISSUES])).toContain(`${cell.slice(cell.lastIndexOf("!") + 1)}: `);
        continue;
      }
      const same = twin.get(String(r[2]))!;
      expect({ row: r[1], values: COMPARED.map((k) => r[k] ?? null) }).toEqual({ row: r[1], values: COMPARED.map((k) => same[k] ?? null) });
    }
  });
});

describe("class by class, beyond the catalogue's checks", () => {
  test("1904 dates: the streaming copy shows the same dates as the roster", async () => {
    const wb = await openWorkbook(runs.get("date1904")!.out);
    const copy = wb.getWorksheet("名单")!;
    expect(copy.getCell("E2").value).toEqual(new Date("2025-03-01T00:00:00Z"));
    expect(copy.getCell("F13").value).toEqual(new Date("2025-05-31T00:00:00Z"));
  });

  test("ISO date cells: the streaming copy writes them as dates", async () => {
    const wb = await openWorkbook(runs.get("iso-dates")!.out);
    expect(wb.getWorksheet("名单")!.getCell("E2").value).toEqual(new Date("2025-03-01T00:00:00Z"));
  });

  test("rows out of order: the streaming run says on one line which rows its copy could not keep", () => {
    const lines = runs.get("rows-out-of-order")!.run.stderr.split("\n").filter((l) => l.includes("名单"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("6, 7");
  });

  test("leading white space and a literal _x0041_: the streaming copy keeps them (inline strings, xml:space=preserve)", async () => {
    const out = runs.get("leading-whitespace-csv")!.out;
    const ws = (await openWorkbook(out)).getWorksheet("leading-whitespace")!;
    expect([ws.getCell("P2").value, ws.getCell("B3").value]).toEqual(["\t缩进", "  李四"]);
    // Escaped as OOXML says, which Excel and LibreOffice read back as `_x0041_` (plain exceljs does not
    // decode escapes in inline strings; the product's readers do, see leftovers.test.ts).
    const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toContain('<c r="P4" t="inlineStr"><is><t>_x005F_x0041_</t></is></c>');
  });

  test("a sheet name over 31 characters: cut whole in the streaming copy, no exceljs warning", async () => {
    const wb = await openWorkbook(runs.get("long-sheet-name")!.out);
    expect(wb.worksheets[0]!.name).toBe("名".repeat(30));
    expect(runs.get("long-sheet-name")!.run.stderr).not.toContain("exceeds 31 chars");
  });

  test("History.csv: the copied sheet is History_", async () => {
    const wb = await openWorkbook(runs.get("history-csv")!.out);
    expect(wb.worksheets.map((w) => w.name)).toContain("History_");
  });

  test.each(["near-miss", "fairness"])("control characters: %s prints none from the roster", (name) => {
    const run = extra.get(name)!;
    expect(run.code).toBe(0);
    expect(controlCharacters(run.stdout + run.stderr)).toEqual([]);
  });

  test("control characters: fairness shows the department with its escape sequence written out", () => {
    expect(extra.get("fairness")!.stdout).toContain("客服一部\\u001b[8m");
  });
});
