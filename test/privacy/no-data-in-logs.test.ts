/**
 * Privacy at run time: no employee data in logs.
 *
 * - The CLI: `promo review` (--json and workbook mode, a re-run, --lang en) and `promo vacancy`
 *   (text and --json) on every sample roster, every bad-input fixture and random messy rosters.
 *   Its stderr may name files, sheets, cells, levels and counts, never a person: no employee's
 *   name or 工号 appears in it. In workbook mode stdout stays empty (the review goes to the file);
 *   a roster the CLI refuses is named by file, and none of its cells' text is echoed.
 * - The core, the PROMO functions' logic, the report tables and the task pane's adapter (on an
 *   office-addin-mock workbook) log nothing at all, whatever the roster: every console method
 *   and both process streams are spied on while they run.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import ExcelJS from "exceljs";
import {
  getTemplate,
  pickTemplate,
  reviewRoster,
  rosterLevelTexts,
  shortlist,
  TEMPLATES,
  type Cell,
  type Policy,
  type Review,
  type RosterInput,
} from "../../src/core";
import { loadRoster } from "../../src/cli/load-roster";
import { readRoster, writeReviewOutput, writeShortlistOutput } from "../../src/excel";
import * as logic from "../../src/functions/logic";
import { logSheet, poolSheet, reviewSheet, shortlistSheet, summarySheet } from "../../src/report";
import { loadCatalogue } from "../bad-input/cases";
import { ensureCliBuilt, FIXTURES, mapLimit, promoAsync, ROOT, tempDir, type CliRun } from "../bad-input/helpers";
import { MockExcel } from "../excel/mock-excel";
import { rosterArb } from "../oracle/roster-gen";
import { asFunctionArgument, asRangeValues, writeXlsx } from "../agreement/shapes";

const AS_OF = "2026-11-23";
const EXAMPLES = path.join(ROOT, "examples");

/** A roster the CLI reviews: the file (a copy in the temp folder) and how. */
interface Input {
  readonly label: string;
  readonly file: string;
  readonly policy: string | null;
  /** A level to rank a vacancy at, for `promo vacancy`. */
  readonly vacancy?: string;
  /** Also review in workbook mode (and, with `rerun`, again over the previous output), and in English. */
  readonly workbook?: boolean;
  readonly rerun?: boolean;
  readonly english?: boolean;
}

/** The CLI's runs on one input, by mode. */
type Runs = Record<string, CliRun>;

/** Fixtures whose rows quote cells in their messages (names, ids, long texts): reviewed in every mode. */
const QUOTING_FIXTURES = new Set(["duplicate-ids.xlsx", "excel-errors.xlsx", "long-cells.xlsx", "long-cells.csv", "unknown-levels.xlsx", "impossible-dates.xlsx", "gbk.csv"]);

let dir: string;
const inputs: Input[] = [];
const runs = new Map<string, Runs>();
const refused: { label: string; run: CliRun; texts: string[] }[] = [];

/** A person's name or 工号 as it could show up in a log (long texts by their first 12 characters). */
function personalStrings(review: Review): string[] {
  const out = new Set<string>();
  for (const r of review.rows) {
    for (const s of [r.id, r.name]) {
      const t = s.trim();
      if (t.length >= 2) out.add(t.length > 12 ? t.slice(0, 12) : t);
    }
  }
  return [...out];
}

function leaks(text: string, personal: readonly string[]): string[] {
  return personal.filter((p) => text.includes(p));
}

/** Every text cell of a workbook (2+ characters), for a file the CLI refuses. */
async function cellTexts(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    return [];
  }
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => {
    const t = typeof c.value === "string" ? c.value.trim() : "";
    if (t.length >= 2) out.push(t);
  })));
  return out;
}

function reviewArgs(i: Input, extra: string[]): string[] {
  return ["review", i.file, "--as-of", AS_OF, ...(i.policy ? ["--policy", i.policy] : []), ...extra];
}

beforeAll(async () => {
  ensureCliBuilt();
  dir = tempDir("privacy");
  const copy = (from: string, name: string) => {
    const to = path.join(dir, name);
    fs.copyFileSync(from, to);
    return to;
  };
  // The sample rosters (the CLI picks the template), the bad-input fixtures, random messy rosters.
  for (const name of fs.readdirSync(EXAMPLES).filter((n) => /\.(xlsx|csv)$/.test(n) && !n.includes("-review"))) {
    const vacancy = /^store-ops\.(xlsx|csv)$/.test(name) ? "领班" : name === "taobao-cs.xlsx" ? "高级客服" : undefined;
    const main = name === "taobao-cs.xlsx" || name === "store-ops.csv";
    inputs.push({ label: `examples/${name}`, file: copy(path.join(EXAMPLES, name), `example-${name}`), policy: null, workbook: true, rerun: main, english: main, ...(vacancy ? { vacancy } : {}) });
  }
  const catalogue = loadCatalogue();
  for (const c of catalogue.cases) {
    const all = QUOTING_FIXTURES.has(c.file);
    if (c.exit === 0) inputs.push({ label: `bad-input/${c.file}`, file: copy(path.join(FIXTURES, c.file), `fixture-${c.file}`), policy: catalogue.policy, workbook: all, rerun: all, english: all });
  }
  const messy = TEMPLATES.slice(0, 4).map((p, i) => fc.sample(rosterArb(p, 12, 6).filter((g) => g.settings.messy), { seed: 4242 + i, numRuns: 1 })[0]!);
  for (const [i, g] of messy.entries()) {
    const file = path.join(dir, `random-${i}.xlsx`);
    await writeXlsx(file, g.rows);
    inputs.push({ label: `random ${g.policy.id} roster ${i}`, file, policy: g.policy.id, workbook: true });
  }

  await mapLimit(inputs, 3, async (i) => {
    const r: Runs = {};
    const out = ["--out", path.join(dir, `${path.basename(i.file)}-review.xlsx`)];
    r.json = await promoAsync(reviewArgs(i, ["--json"]));
    if (i.english) r.english = await promoAsync(reviewArgs(i, ["--json", "--lang", "en"]));
    if (i.workbook) r.workbook = await promoAsync(reviewArgs(i, out));
    if (i.rerun) r.rerun = await promoAsync(reviewArgs(i, out));
    if (i.vacancy) {
      r.vacancy = await promoAsync(["vacancy", i.file, "--level", i.vacancy, "--count", "2", "--as-of", AS_OF]);
      r.vacancyJson = await promoAsync(["vacancy", i.file, "--level", i.vacancy, "--count", "2", "--as-of", AS_OF, "--json"]);
    }
    runs.set(i.label, r);
  });

  for (const c of catalogue.cases) {
    if (c.exit !== 2) continue;
    const file = copy(path.join(FIXTURES, c.file), `refused-${c.file}`);
    // A crafted file's cells (a 64 MB title, 400,000 shared strings) are no one's data, and loading them whole costs a minute.
    const texts = c.hostile ? [] : await cellTexts(file);
    refused.push({ label: c.file, run: await promoAsync(["review", file, "--as-of", AS_OF, "--policy", catalogue.policy]), texts });
  }
}, 180_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the CLI's stderr names no employee", () => {
  test("the inputs cover the samples, every reviewable fixture and random messy rosters", () => {
    expect(inputs.filter((i) => i.label.startsWith("examples/")).length).toBeGreaterThanOrEqual(10);
    expect(inputs.filter((i) => i.label.startsWith("bad-input/")).length).toBe(loadCatalogue().cases.filter((c) => c.exit === 0).length);
    expect(inputs.filter((i) => i.label.startsWith("random")).length).toBe(4);
    expect(inputs.filter((i) => i.vacancy).length).toBe(3);
  });

  test("every run exits 0 and its stderr names no employee; workbook mode prints nothing on stdout", () => {
    let checked = 0;
    for (const input of inputs) {
      const r = runs.get(input.label)!;
      for (const [mode, run] of Object.entries(r)) {
        expect({ input: input.label, mode, code: run.code, stderr: run.code === 0 ? "" : run.stderr }).toEqual({ input: input.label, mode, code: 0, stderr: "" });
      }
      // What to look for: the roster's people, as the CLI read them.
      const review = JSON.parse(r.json!.stdout) as Review;
      const personal = personalStrings(review);
      if (review.rows.length > 0) expect(personal.length).toBeGreaterThan(0);
      for (const [mode, run] of Object.entries(r)) {
        expect({ input: input.label, mode, leaks: leaks(run.stderr, personal) }).toEqual({ input: input.label, mode, leaks: [] });
        checked++;
      }
      // Each review says what it did (a summary line; the file written): there is stderr to check.
      for (const mode of ["json", "english", "workbook", "rerun"]) if (r[mode]) expect(r[mode]!.stderr).toMatch(/^promo: /m);
      for (const mode of ["workbook", "rerun"]) if (r[mode]) expect({ input: input.label, mode, stdout: r[mode]!.stdout }).toEqual({ input: input.label, mode, stdout: "" });
    }
    expect(checked).toBeGreaterThan(60);
  });

  test("a refused file is named, none of its cells is echoed", () => {
    expect(refused.length).toBeGreaterThanOrEqual(5);
    expect(refused.flatMap((x) => x.texts).length).toBeGreaterThan(0); // no-header.xlsx: notes, names, scores
    for (const x of refused) {
      expect({ file: x.label, code: x.run.code, lines: x.run.stderr.trim().split("\n").length }).toEqual({ file: x.label, code: 2, lines: 1 });
      expect(x.run.stderr).toContain(x.label);
      const echoed = x.texts.filter((t) => x.run.stderr.includes(t) && !x.run.stderr.includes(`"${t}"`)); // a sheet's name is quoted
      expect({ file: x.label, echoed }).toEqual({ file: x.label, echoed: [] });
    }
  });
});

describe("the core, the functions' logic, the report and the adapter log nothing", () => {
  const methods = ["log", "info", "debug", "warn", "error", "trace", "dir", "table", "group", "groupCollapsed", "count", "time", "timeLog", "assert"] as const;
  let spies: jest.SpyInstance[] = [];
  beforeEach(() => {
    spies = methods.map((m) => jest.spyOn(console, m).mockImplementation(() => undefined));
  });
  afterEach(() => spies.forEach((s) => s.mockRestore()));
  const logged = () => spies.flatMap((s, i) => s.mock.calls.map((args) => `console.${methods[i]}(${args.map(String).join(", ").slice(0, 200)})`));

  /** Runs synchronous work with process.stdout and process.stderr spied on as well. */
  function silently<T>(work: () => T): { result: T; written: string[] } {
    const written: string[] = [];
    const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk: unknown) => (written.push(`stdout: ${String(chunk)}`), true));
    const err = jest.spyOn(process.stderr, "write").mockImplementation((chunk: unknown) => (written.push(`stderr: ${String(chunk)}`), true));
    try {
      return { result: work(), written };
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }

  async function rosters(): Promise<{ label: string; input: RosterInput; policy: Policy }[]> {
    const out: { label: string; input: RosterInput; policy: Policy }[] = [];
    for (const i of inputs.filter((x) => !x.label.startsWith("random"))) {
      const loaded = await loadRoster(i.file);
      const policy = i.policy ? getTemplate(i.policy)! : (pickTemplate(rosterLevelTexts(loaded.input), TEMPLATES)?.policy ?? getTemplate("taobao-cs")!);
      out.push({ label: i.label, input: loaded.input, policy });
    }
    for (const [k, p] of TEMPLATES.entries()) {
      for (const g of fc.sample(rosterArb(p, 12, 4), { seed: 99 + k, numRuns: 3 })) out.push({ label: `random ${p.id}`, input: { sheet: "Sheet1", rows: g.rows }, policy: p });
    }
    return out;
  }

  test("reviews, shortlists, report tables and PROMO functions over every roster", async () => {
    const all = await rosters();
    expect(all.length).toBeGreaterThan(40);
    const { written } = silently(() => {
      for (const { input, policy } of all) {
        for (const locale of ["zh-CN", "en-US"] as const) {
          const review = reviewRoster(input, policy, { asOf: AS_OF, locale });
          for (const level of policy.levels) shortlist(review.rows, level.name, 2);
          reviewSheet(review, locale);
          poolSheet(review, locale);
          summarySheet(review, locale);
          logSheet(review, locale, "2026-11-23 09:00");
          shortlistSheet(review, policy.levels[1]!.name, 2, shortlist(review.rows, policy.levels[1]!.name, 2), locale);
        }
        // The functions' logic, row by row and REVIEW, on the same cells as Excel passes them.
        const env = { locale: "zh-CN" as const, today: () => 20000, workbook: logic.NO_WORKBOOK_POLICY };
        const matrix = asFunctionArgument(input.rows as Cell[][], (code) => ({ code }));
        const header = reviewRoster(input, policy, { asOf: AS_OF }).headerRow - 1;
        const asOf = 46349;
        const policyArg = [[policy.id]];
        for (let i = header + 1; i < matrix.length; i++) {
          const args = { record: [matrix[i]], headers: [matrix[header]], target: null, asOf, policy: policyArg };
          for (const fn of [logic.eligible, logic.status, logic.next, logic.gaps, logic.score, logic.readyDateSerial, logic.allowance]) {
            try {
              fn(args, env);
            } catch {
              // An Excel error for the cell: a result, not a log.
            }
          }
        }
        logic.reviewTable(matrix, policyArg, asOf, env);
      }
    });
    expect(written).toEqual([]);
    expect(logged()).toEqual([]);
  }, 60_000);

  test("the task pane's adapter reads and writes every roster without a log", async () => {
    const all = (await rosters()).filter((r) => r.label.startsWith("examples/") || r.label.startsWith("bad-input/"));
    for (const { label, input, policy } of all) {
      const mock = new MockExcel();
      (globalThis as Record<string, unknown>).Excel = mock.excel;
      const { values, formats } = asRangeValues(input.rows as Cell[][]);
      mock.addSheet("名单", values, formats);
      const read = await readRoster({ kind: "used", sheet: "名单", address: "", rowIndex: 0, columnIndex: 0, rowCount: values.length, columnCount: values[0]?.length ?? 1 });
      const review = reviewRoster(read.roster, policy, { asOf: AS_OF });
      await writeReviewOutput(review, "zh-CN", { recordedAt: "2026-11-23 09:00" });
      await writeReviewOutput(review, "zh-CN", { recordedAt: "2026-11-23 10:00" }); // a re-run reads the sign-offs
      const level = policy.levels[1]!.name;
      await writeShortlistOutput(review, level, 2, shortlist(review.rows, level, 2), "zh-CN");
      expect({ label, logged: logged() }).toEqual({ label, logged: [] });
    }
    delete (globalThis as Record<string, unknown>).Excel;
  }, 60_000);
});
