/**
 * Properties of the CLI on random rosters (test/oracle/roster-gen.ts, messy ones included):
 * `promo review --json` on a roster saved as .xlsx or .csv (UTF-8 with BOM, or GB18030 as
 * Chinese Excel saves it) gives exactly the core's review of the same cells and agrees with the
 * independent reference evaluator; the same input always gives byte-identical JSON.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import * as iconv from "iconv-lite";
import { TEMPLATES, reviewRoster, type Cell, type Review } from "../../src/core";
import { plainNumberText } from "../../src/core/read/text";
import { csvCell } from "../../src/cli/io/read-csv";
import { compareWithReference, failures, formatDisagreements } from "../oracle/compare";
import { rosterArb, type GeneratedRoster } from "../oracle/roster-gen";
import { ensureCliBuilt, mapLimit, promoAsync, tempDir, type CliRun } from "./helpers";

const SEED = 20261123;
/** Random rosters, every template in turn; even ones saved as .xlsx, odd ones as .csv. */
const ROSTERS = 20;

/** A core cell as exceljs writes it (percent cells as formatted fractions, errors as error values). */
function excelCell(c: Cell): { value: ExcelJS.CellValue; numFmt?: string } | null {
  if (c === null || c === undefined) return null;
  if (c instanceof Date) return { value: c, numFmt: "yyyy-mm-dd hh:mm" };
  if (typeof c !== "object") return { value: c };
  if (c.kind === "error") return { value: { error: c.code } as ExcelJS.CellErrorValue };
  return { value: c.value, numFmt: "0.0%" };
}

async function writeXlsx(file: string, rows: readonly (readonly Cell[])[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  rows.forEach((cells, i) =>
    cells.forEach((c, j) => {
      const v = excelCell(c);
      if (v === null) return;
      const cell = ws.getCell(i + 1, j + 1);
      cell.value = v.value;
      if (v.numFmt) cell.numFmt = v.numFmt;
    }),
  );
  await wb.xlsx.writeFile(file);
}

/** A cell's text as Excel saves it in a CSV: dates as shown (2023/5/1 9:00), percents with %, TRUE/FALSE. */
function csvText(c: Cell): string {
  if (c === null || c === undefined) return "";
  if (typeof c === "string") return c;
  if (typeof c === "number") return plainNumberText(c);
  if (typeof c === "boolean") return c ? "TRUE" : "FALSE";
  if (c instanceof Date) {
    const day = `${c.getUTCFullYear()}/${c.getUTCMonth() + 1}/${c.getUTCDate()}`;
    const minutes = c.getUTCHours() * 60 + c.getUTCMinutes();
    return minutes === 0 ? day : `${day} ${c.getUTCHours()}:${String(c.getUTCMinutes()).padStart(2, "0")}`;
  }
  return c.kind === "error" ? c.code : `${Number((c.value * 100).toPrecision(12))}%`;
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes the CSV; returns its cells as the core receives them (text; empty as null, `#N/A` as the error). */
function writeCsv(file: string, rows: readonly (readonly Cell[])[], gb18030: boolean): Cell[][] {
  const texts = rows.map((cells) => Array.from(cells, csvText));
  const body = texts.map((cells) => cells.map(csvField).join(",")).join("\r\n") + "\r\n";
  fs.writeFileSync(file, gb18030 ? iconv.encode(body, "gb18030") : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, "utf8")]));
  return texts.map((cells) => cells.map(csvCell));
}

interface Sample {
  readonly g: GeneratedRoster;
  readonly file: string;
  /** The cells the file holds, as the core receives them. */
  readonly cells: readonly (readonly Cell[])[];
  run?: CliRun;
}

let dir: string;
const samples: Sample[] = [];
const reruns: CliRun[] = [];

function args(s: Sample): string[] {
  return ["review", s.file, "--policy", s.g.policy.id, "--as-of", s.g.asOf, "--json"];
}

beforeAll(async () => {
  ensureCliBuilt();
  dir = tempDir("props");
  for (let i = 0; i < ROSTERS; i++) {
    const policy = TEMPLATES[i % TEMPLATES.length]!;
    const g = fc.sample(rosterArb(policy, 8), { seed: SEED + i, numRuns: 1 })[0]!;
    const sub = path.join(dir, String(i));
    fs.mkdirSync(sub);
    if (i % 2 === 0) {
      const file = path.join(sub, "Sheet1.xlsx");
      await writeXlsx(file, g.rows);
      samples.push({ g, file, cells: g.rows });
    } else {
      const file = path.join(sub, "Sheet1.csv");
      samples.push({ g, file, cells: writeCsv(file, g.rows, i % 4 === 3) });
    }
  }
  await mapLimit(samples, 3, async (s) => {
    s.run = await promoAsync(args(s));
  });
  reruns.push(...(await mapLimit(samples.slice(0, 2), 2, (s) => promoAsync(args(s)))));
}, 120_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function label(s: Sample): string {
  return `${path.basename(s.file)} ${s.g.policy.id} asOf ${s.g.asOf} (${s.g.rows.length} rows, messy ${s.g.settings.messy})`;
}

test.each(Array.from({ length: ROSTERS }, (_, i) => i))("roster %i: the CLI's --json is the core's review of the same cells", (i) => {
  const s = samples[i]!;
  expect({ roster: label(s), code: s.run!.code, stderr: s.run!.code === 0 ? "" : s.run!.stderr }).toEqual({ roster: label(s), code: 0, stderr: "" });
  const cli = JSON.parse(s.run!.stdout) as Review;
  const core = JSON.parse(JSON.stringify(reviewRoster({ sheet: "Sheet1", rows: s.cells }, s.g.policy, { asOf: s.g.asOf }))) as Review;
  expect(cli).toEqual(core);
  const bad = failures(compareWithReference(s.g, cli));
  if (bad.length > 0) throw new Error(`${label(s)}: ${bad.length} disagreement(s) with the reference:\n${formatDisagreements(bad.slice(0, 5))}`);
});

test("the same input gives byte-identical JSON (.xlsx and .csv)", () => {
  reruns.forEach((r, i) => {
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(samples[i]!.run!.stdout);
  });
});

test("the samples cover both formats, messy rosters and every template", () => {
  expect(new Set(samples.map((s) => path.extname(s.file)))).toEqual(new Set([".xlsx", ".csv"]));
  expect(samples.some((s) => s.g.settings.messy)).toBe(true);
  expect(new Set(samples.map((s) => s.g.policy.id)).size).toBe(TEMPLATES.length);
  expect(samples.reduce((n, s) => n + (JSON.parse(s.run!.stdout) as Review).rows.filter((r) => r.status === "error").length, 0)).toBeGreaterThan(0);
});
