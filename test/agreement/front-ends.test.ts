/**
 * The three front ends agree on random rosters (fast-check, test/oracle/roster-gen.ts, every
 * template, messy rosters included). One roster goes, in the shape each receives it
 * (./shapes.ts), to:
 * - the custom functions, called as Excel calls them (the shared-runtime wrappers of
 *   src/functions/functions.ts, every call of a "recalculation" at once, so they batch):
 *   PROMO.STATUS, ELIGIBLE, NEXT, GAPS and READYDATE on every data row (blank rows included), and
 *   one PROMO.REVIEW over the whole sheet from A1;
 * - the task pane's path: an office-addin-mock workbook, the adapter's probeRosterSources and
 *   readRoster, the pane's chunked reviewInChunks (src/taskpane/run-review.ts) and writeReviewOutput,
 *   whose 晋升评审 sheet is read back from the mock;
 * - the CLI: `promo review ROSTER.xlsx --policy ID --as-of DATE --json`, in a child process.
 * Row for row they must give the same status, next level(s), gaps text and ready date; the
 * pane's review must be the CLI's JSON exactly.
 *
 * What legitimately differs is accounted for, not skipped:
 * - duplicate 工号 are a whole-table check: a per-row formula sees one row and answers as the
 *   core does for that row alone (REVIEW, the pane and the CLI flag them);
 * - a row with a bad cell: the per-row functions give STATUS 数据错误 and an Excel error naming
 *   the cell's problem (the CLI's message) for the others; REVIEW shows the messages as its gaps;
 * - several next levels: the sheet puts each level's gaps on a line of its own, the functions
 *   join them with " | ";
 * - percent-formatted cells above 100% reach a function without their format, so the roster
 *   holds them as the text Excel shows (`105%`) for every front end (shapes.ts).
 */
import * as path from "node:path";
import fc from "fast-check";
import { compilePolicy, getTemplate, reviewRoster, statusLabel, TEMPLATES, type Policy, type Review, type RowResult, type Status } from "../../src/core";
import { probeRosterSources, readRoster, writeReviewOutput } from "../../src/excel";
import * as F from "../../src/functions/functions";
import { gapsOf, issuesOf, nextLevels, readyDateOf, REVIEW_HEADERS } from "../../src/report";
import { reviewInChunks } from "../../src/taskpane/run-review";
import { ensureCliBuilt, promoAsync, tempDir } from "../bad-input/helpers";
import { MockExcel } from "../excel/mock-excel";
import { excelError } from "../functions/fixtures";
import { rosterArb, type GeneratedRoster } from "../oracle/roster-gen";
import { asFunctionArgument, asRangeValues, percentsAsFunctionsSeeThem, serialOfIso, writeXlsx, type ExcelValue } from "./shapes";

const SEED = 7_2026_1123;
/** Rosters per template: 9 templates, 18 rosters, 18 CLI runs. */
const RUNS_PER_TEMPLATE = 2;
const LOCALE = "zh-CN" as const;
/** Employees per roster (the CLI's start-up, not the rows, is what costs). */
const ROWS = { min: 8, max: 16 };
const PER_ROW = ["STATUS", "ELIGIBLE", "NEXT", "GAPS", "READYDATE"] as const;

/** A function's answer: a value, or the Excel error it threw. */
type Answer = { readonly value: unknown } | { readonly error: string; readonly message: string };

/** What each front end gave for one roster. */
interface Gathered {
  readonly g: GeneratedRoster;
  /** The cells every front end was given (percents as functions see them). */
  readonly rows: ReturnType<typeof percentsAsFunctionsSeeThem>;
  readonly headerIndex: number;
  readonly cli: Review;
  readonly pane: { readonly review: Review; readonly sheet: ExcelValue[][] };
  /** Per sheet row (1-based) below the header: the answers of PER_ROW. */
  readonly perRow: Map<number, Record<(typeof PER_ROW)[number], Answer>>;
  readonly spilled: unknown[][];
}

let dir: string;
let runs = 0;
/** What the comparisons covered, summed over all rosters (checked at the end). */
const covered = { rosters: 0, rows: 0, blank: 0, errorRows: 0, duplicateOnly: 0, multiTarget: 0, ready: 0, gaps: 0, statuses: new Set<Status>(), templates: new Set<string>() };

beforeAll(() => {
  ensureCliBuilt();
  dir = tempDir("agree");
});

function settle(p: Promise<unknown>): Promise<Answer> {
  return p.then(
    (value) => ({ value }),
    (e: { code?: string; message?: string }) => ({ error: String(e.code), message: String(e.message) }),
  );
}

/** Runs one roster through the three front ends. */
async function gather(g: GeneratedRoster): Promise<Gathered> {
  const headerIndex = g.settings.titleRows;
  const rows = percentsAsFunctionsSeeThem(g.rows, g.settings.columns, headerIndex);
  const policyArg = [[g.policy.id]];

  // The CLI, on the roster saved as .xlsx.
  const file = path.join(dir, `roster-${runs++}.xlsx`);
  await writeXlsx(file, rows);
  const run = await promoAsync(["review", file, "--policy", g.policy.id, "--as-of", g.asOf, "--json"]);
  if (run.code !== 0) throw new Error(`promo exited ${run.code}: ${run.stderr}`);
  const cli = JSON.parse(run.stdout) as Review;

  // The task pane's path, over an office-addin-mock workbook.
  const mock = new MockExcel();
  (globalThis as Record<string, unknown>).Excel = mock.excel;
  const { values, formats } = asRangeValues(rows);
  mock.addSheet("Sheet1", values, formats);
  mock.selection = { sheet: "Sheet1", r0: headerIndex + 1, c0: 0, nr: 1, nc: 1 };
  const probe = await probeRosterSources();
  const source = probe.sources[0]!;
  const read = await readRoster(source);
  const review = await reviewInChunks(read.roster, compilePolicy(g.policy), { asOf: g.asOf, locale: LOCALE, mapping: read.mappings[source.sheet] ?? {} }, { cancelled: false }, () => undefined, 3);
  if (!review) throw new Error("the pane's review was cancelled");
  await writeReviewOutput(review, LOCALE, { recordedAt: `${g.asOf} 09:00` });
  const sheet = mock.values("晋升评审");

  // The custom functions, every call at once as in one recalculation.
  const matrix = asFunctionArgument(rows, excelError);
  const headers = [matrix[headerIndex]!];
  const asOf = serialOfIso(g.asOf);
  const calls: Promise<[number, Record<(typeof PER_ROW)[number], Answer>]>[] = [];
  for (let i = headerIndex + 1; i < matrix.length; i++) {
    const record = [matrix[i]!];
    const fns = { STATUS: F.status, ELIGIBLE: F.eligible, NEXT: F.next, GAPS: F.gaps, READYDATE: F.readydate };
    calls.push(
      Promise.all(PER_ROW.map((id) => settle(fns[id](record, headers, null as never, asOf, policyArg)))).then((answers) => [
        i + 1,
        Object.fromEntries(PER_ROW.map((id, k) => [id, answers[k]!])) as Record<(typeof PER_ROW)[number], Answer>,
      ]),
    );
  }
  const [perRow, spilled] = await Promise.all([Promise.all(calls), F.review(matrix, policyArg, asOf)]);
  return { g, rows, headerIndex, cli, pane: { review: JSON.parse(JSON.stringify(review)) as Review, sheet }, perRow: new Map(perRow), spilled };
}

/** Each next level's gaps, as the sheet (one per line) or a function (" | ") writes them. */
function gapsList(text: unknown, separator: string): string[] {
  return typeof text === "string" && text !== "" ? text.split(separator) : [];
}

const statusOfLabel = new Map((["eligible", "awaiting_vacancy", "not_eligible", "top", "error"] as const).map((s) => [statusLabel(s, LOCALE), s]));

/** The row evaluated alone, as a per-row formula sees it (no other row, so no duplicate). */
function alone(x: Gathered, r: RowResult): RowResult {
  return reviewRoster({ sheet: "Sheet1", rows: [x.rows[x.headerIndex]!, x.rows[r.row - 1]!] }, x.g.policy, { asOf: x.g.asOf, locale: LOCALE }).rows[0]!;
}

/** Every disagreement between the front ends (empty when they agree). */
function compare(x: Gathered): string[] {
  const out: string[] = [];
  const differ = (where: string, got: unknown, want: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`${where}: got ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  };
  const cliRows = x.cli.rows;

  // The pane's review is the CLI's.
  differ("pane review = CLI --json", x.pane.review, x.cli);

  // The pane's 晋升评审 sheet, row for row.
  const header = REVIEW_HEADERS[LOCALE];
  differ("pane 晋升评审 header", x.pane.sheet[1], header);
  differ("pane 晋升评审 rows", x.pane.sheet.length - 2, cliRows.length);
  const col = (name: string) => header.indexOf(name);
  cliRows.forEach((r, i) => {
    const line = x.pane.sheet[2 + i] ?? [];
    const at = (name: string) => line[col(name)] ?? "";
    const where = `pane 晋升评审 row ${r.row}`;
    differ(`${where} 行号`, at("行号"), r.row);
    differ(`${where} 状态`, statusOfLabel.get(String(at("状态"))), r.status);
    differ(`${where} 下一职级`, at("下一职级"), nextLevels(r));
    differ(`${where} 未达标项`, gapsList(at("未达标项"), "\n"), gapsList(gapsOf(r, LOCALE), "\n"));
    const ready = readyDateOf(r);
    differ(`${where} 预计达标日期`, at("预计达标日期"), ready === null ? "" : serialOfIso(ready));
    differ(`${where} 数据问题`, at("数据问题"), issuesOf(r));
  });

  // PROMO.REVIEW over the sheet from A1.
  differ("REVIEW rows", x.spilled.length - 1, cliRows.length);
  cliRows.forEach((r, i) => {
    const line = x.spilled[1 + i] ?? [];
    const where = `REVIEW row ${i + 1} (sheet row ${r.row})`;
    differ(`${where} 工号`, line[0], r.id);
    differ(`${where} 状态`, statusOfLabel.get(String(line[3])), r.status);
    differ(`${where} 下一职级`, line[4], nextLevels(r));
    if (r.status === "error") differ(`${where} 问题`, line[6], r.errors.map((e) => e.message).join("；"));
    else differ(`${where} 未达标项`, gapsList(line[6], " | "), gapsList(gapsOf(r, LOCALE), "\n"));
    const ready = readyDateOf(r);
    differ(`${where} 预计达标日期`, line[7], ready === null ? "" : serialOfIso(ready));
  });

  // The per-row functions on every data row.
  const reviewed = new Map(cliRows.map((r) => [r.row, r]));
  for (const [row, a] of x.perRow) {
    const where = `row ${row}`;
    const r = reviewed.get(row);
    if (!r) {
      // A blank row: no result anywhere, #N/A from a formula.
      differ(`${where} (blank) STATUS`, "error" in a.STATUS ? a.STATUS.error : a.STATUS, "#N/A");
      continue;
    }
    const own = r.errors.filter((e) => e.code !== "duplicate_id");
    if (own.length > 0) {
      differ(`${where} STATUS`, "value" in a.STATUS ? a.STATUS.value : a.STATUS, statusLabel("error", LOCALE));
      const code = own.some((e) => e.code === "unknown_level") ? "#N/A" : "#VALUE!";
      for (const id of ["ELIGIBLE", "NEXT", "GAPS", "READYDATE"] as const) {
        const ans = a[id];
        if (!("error" in ans)) out.push(`${where} ${id}: got ${JSON.stringify(ans)}, expected ${code} naming ${own.map((e) => e.message).join("；")}`);
        else {
          differ(`${where} ${id} error`, ans.error, code);
          for (const e of own) if (!ans.message.includes(e.message)) out.push(`${where} ${id}: message ${JSON.stringify(ans.message)} does not name ${JSON.stringify(e.message)}`);
        }
      }
      continue;
    }
    // Clean, or flagged only as a duplicate by the whole-table front ends.
    const status = r.status === "error" ? alone(x, r).status : r.status;
    differ(`${where} STATUS`, a.STATUS, { value: statusLabel(status, LOCALE) });
    differ(`${where} ELIGIBLE`, a.ELIGIBLE, { value: r.targets.some((t) => t.met) });
    differ(`${where} NEXT`, a.NEXT, { value: nextLevels(r) });
    differ(`${where} GAPS`, "value" in a.GAPS ? gapsList(a.GAPS.value, " | ") : a.GAPS, gapsList(gapsOf(r, LOCALE), "\n"));
    const ready = readyDateOf(r);
    if (ready === null) differ(`${where} READYDATE`, "error" in a.READYDATE ? a.READYDATE.error : a.READYDATE, "#N/A");
    else differ(`${where} READYDATE`, a.READYDATE, { value: serialOfIso(ready) });
  }
  // Every data row of the sheet was asked.
  differ("rows asked", x.perRow.size, x.rows.length - x.headerIndex - 1);
  return out;
}

function count(x: Gathered): void {
  covered.rosters++;
  covered.templates.add(x.g.policy.id);
  for (const r of x.cli.rows) {
    covered.rows++;
    covered.statuses.add(r.status);
    if (r.status === "error") covered.errorRows++;
    if (r.errors.length > 0 && r.errors.every((e) => e.code === "duplicate_id")) covered.duplicateOnly++;
    if (r.targets.length > 1) covered.multiTarget++;
    if (readyDateOf(r) !== null) covered.ready++;
    if (gapsOf(r, LOCALE) !== "") covered.gaps++;
  }
  covered.blank += x.perRow.size - x.cli.rows.length;
}

function describeRoster(g: GeneratedRoster): string {
  return `${g.policy.id} as of ${g.asOf}, ${g.rows.length} rows (messy ${g.settings.messy}):\n${g.rows.map((r, i) => `  ${i + 1}: ${JSON.stringify(r)}`).join("\n")}`;
}

describe.each(TEMPLATES.map((p, i) => [p.id, p, i] as [string, Policy, number]))("%s", (_id, policy, index) => {
  test(`the functions, the task pane's adapter and the CLI agree on ${RUNS_PER_TEMPLATE} random rosters`, async () => {
    await fc.assert(
      fc.asyncProperty(rosterArb(policy, ROWS.max, ROWS.min), async (g) => {
        const x = await gather(g);
        const bad = compare(x);
        if (bad.length > 0) throw new Error(`${bad.length} disagreement(s) on ${describeRoster(g)}\n${bad.slice(0, 12).join("\n")}`);
        count(x);
      }),
      // No shrinking: each run starts the CLI; the message names the roster and the rows.
      { seed: SEED + index, numRuns: RUNS_PER_TEMPLATE, endOnFailure: true },
    );
  }, 60_000);
});

test("the comparison notices a front end that disagrees", async () => {
  const policy = getTemplate("ops-dual")!;
  const samples = fc.sample(rosterArb(policy, ROWS.max, ROWS.min), { seed: SEED, numRuns: 10 });
  const g = samples.find((s) => s.rows.length > s.settings.titleRows + 3)!;
  const x = await gather(g);
  expect(compare(x)).toEqual([]);
  const i = x.cli.rows.findIndex((r) => r.status !== "error");
  expect(i).toBeGreaterThanOrEqual(0);
  const r = x.cli.rows[i]!;
  const flipped: Status = r.status === "eligible" ? "not_eligible" : "eligible";
  // The CLI's status, the pane sheet's next level, REVIEW's ready date, a function's gaps.
  expect(compare({ ...x, cli: { ...x.cli, rows: x.cli.rows.map((y, k) => (k === i ? { ...y, status: flipped } : y)) } }).length).toBeGreaterThan(0);
  const sheet = x.pane.sheet.map((line, k) => (k === 2 + i ? line.map((v, j) => (j === REVIEW_HEADERS[LOCALE].indexOf("下一职级") ? "资深客服" : v)) : line));
  expect(compare({ ...x, pane: { ...x.pane, sheet } }).join("\n")).toMatch(/下一职级/);
  const spilled = x.spilled.map((line, k) => (k === 1 + i ? line.map((v, j) => (j === 7 ? 12345 : v)) : line));
  expect(compare({ ...x, spilled }).join("\n")).toMatch(/预计达标日期/);
  const perRow = new Map(x.perRow);
  perRow.set(r.row, { ...perRow.get(r.row)!, GAPS: { value: "绩效 1 < 2" } });
  expect(compare({ ...x, perRow }).join("\n")).toMatch(/GAPS/);
});

test("the rosters covered every status, bad and duplicate rows, blank rows, dual ladders and ready dates", () => {
  // The seeds are fixed: these hold as long as roster-gen makes the same rosters.
  expect(covered.rosters).toBe(TEMPLATES.length * RUNS_PER_TEMPLATE);
  expect(covered.templates.size).toBe(TEMPLATES.length);
  expect(covered.rows).toBeGreaterThan(150);
  expect([...covered.statuses].sort()).toEqual(["awaiting_vacancy", "eligible", "error", "not_eligible", "top"]);
  expect(covered.errorRows).toBeGreaterThan(10);
  expect(covered.duplicateOnly).toBeGreaterThan(0);
  expect(covered.blank).toBeGreaterThan(10);
  expect(covered.multiTarget).toBeGreaterThan(0);
  expect(covered.ready).toBeGreaterThan(10);
  expect(covered.gaps).toBeGreaterThan(50);
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).Excel;
});
