/**
 * `promo review` in streaming mode against the workbook mode, on the same rosters: the same
 * 晋升评审 / 人才库 / 晋升汇总 (values, styles, widths, views, filters), the same copy of the
 * roster's values, sign-offs carried over from either mode's output, the same messages — and
 * what only the streaming copy gives up.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { buildProgram } from "../../src/cli/index";
import { addPolicySheets } from "../../src/cli/io/policy-workbook";
import { estimateCells, shouldStream, STREAM_CELLS } from "../../src/cli/io/stream/mode";
import { getTemplate } from "../../src/core";
import { makeTempDir, removeTempDir } from "./io/fixtures";
import { messyWorkbook } from "./io/stream-fixtures";
import { ROOT } from "./run-cli";

let dir: string;
let stderr: string;
beforeEach(() => {
  dir = makeTempDir();
  stderr = "";
  jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  removeTempDir(dir);
});

/** Runs `promo ARGS` in this process; returns stderr, or throws what the command threw. */
async function promo(...args: string[]): Promise<string> {
  stderr = "";
  await buildProgram().exitOverride().parseAsync(args, { from: "user" });
  return stderr;
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell of a sheet as `address -> [value, style]`, plus widths, views, filter and merges. */
function snapshot(ws: ExcelJS.Worksheet, what: "all" | "results" = "all"): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) => {
      // The copy of a roster: formulas compare by their result (a shared formula is written out per cell).
      const value = what === "results" && c.type === ExcelJS.ValueType.Formula ? { result: c.result } : c.value;
      cells[c.address] = what === "results" ? [value, c.numFmt] : [value, c.style];
    }),
  );
  return {
    cells,
    heights: ws.getRows(1, ws.rowCount)?.map((r) => r.height ?? null),
    widths: (ws.columns ?? []).map((c) => c.width ?? null),
    views: (ws.views ?? []).filter((v) => v.state === "frozen").map((v) => ({ state: v.state, xSplit: (v as { xSplit?: number }).xSplit, ySplit: (v as { ySplit?: number }).ySplit })),
    filter: ws.autoFilter ?? null,
    merges: ws.model.merges,
  };
}

/** Reviews `roster` in both modes (into s.xlsx and w.xlsx) and returns both outputs. */
async function bothModes(roster: string, ...args: string[]): Promise<{ streamed: ExcelJS.Workbook; whole: ExcelJS.Workbook; messages: [string, string] }> {
  const s = path.join(dir, "s.xlsx");
  const w = path.join(dir, "w.xlsx");
  const m1 = await promo("review", roster, "--as-of", "2026-11-23", "--out", s, "--stream", ...args);
  const m2 = await promo("review", roster, "--as-of", "2026-11-23", "--out", w, "--no-stream", ...args);
  const strip = (m: string): string => m.replace(/\S+[sw]\.xlsx/g, "OUT");
  return { streamed: await open(s), whole: await open(w), messages: [strip(m1), strip(m2)] };
}

const PRODUCT = ["晋升评审", "人才库", "晋升汇总"];

/** Sheets only the whole-workbook mode writes (README "Talent pipeline": not yet in streaming mode). */
const WHOLE_ONLY = ["继任梯队", "发展计划"];
const streamable = (ws: ExcelJS.Worksheet): boolean => !WHOLE_ONLY.includes(ws.name);

const rowOf = (address: string): number => Number(address.replace(/^[A-Z]+/, ""));

/**
 * The rows `from` to `to` of a snapshot, renumbered from 1 (cells, heights, merges), without the
 * filter. An empty text cell counts as no cell: exceljs's streaming writer leaves those out.
 */
function rows(snap: Record<string, unknown>, from: number, to: number): Record<string, unknown> {
  const shift = (address: string): string => address.replace(/\d+$/, (n) => String(Number(n) - from + 1));
  const inside = (address: string): boolean => rowOf(address) >= from && rowOf(address) <= to;
  const cells = Object.entries(snap.cells as Record<string, [unknown, unknown]>).filter(([a, [v]]) => inside(a) && v !== "");
  const merges = ((snap.merges as string[] | undefined) ?? []).filter((m) => inside(m.split(":")[0]!)).map((m) => m.split(":").map(shift).join(":"));
  return { ...snap, cells: Object.fromEntries(cells.map(([a, v]) => [shift(a), v])), heights: (snap.heights as unknown[]).slice(from - 1, to), merges, filter: null };
}

/** The row of the first cell of column A whose text matches `re`, or null. */
function rowMatching(snap: Record<string, unknown>, re: RegExp): number | null {
  const hit = Object.entries(snap.cells as Record<string, [unknown, unknown]>).find(([a, [v]]) => a.startsWith("A") && typeof v === "string" && re.test(v));
  return hit ? rowOf(hit[0]) : null;
}

/** Headings of issue #21's blocks (晋升成本, 校准, 与上轮比较): the first of them opens the part both modes write. */
const ROUND_HEADING = /^(晋升成本|校准|与上轮比较|Promotion cost|Calibration|Against the previous cycle)$/;
/** The workbook mode's first section streaming leaves out (near misses, then 9-box and fairness: README "Decision support"). */
const NEAR_MISSES = /^(差一步|Near misses)[：:]/;

/**
 * Compares the summaries of both modes: the counts (down to the blank row before the first
 * section streaming leaves out, or before issue #21's blocks), then issue #21's blocks, which
 * the streamed summary ends with and the workbook mode writes after its insight sections.
 */
function expectSameSummary(streamed: ExcelJS.Worksheet, whole: ExcelJS.Worksheet): void {
  const s = snapshot(streamed);
  const w = snapshot(whole);
  const last = streamed.rowCount;
  const sRound = rowMatching(s, ROUND_HEADING);
  const wRound = rowMatching(w, ROUND_HEADING);
  expect(sRound === null).toBe(wRound === null);
  const wCounts = rowMatching(w, NEAR_MISSES) ?? wRound ?? whole.rowCount + 2;
  expect(rows(s, 1, (sRound ?? last + 2) - 2)).toEqual(rows(w, 1, wCounts - 2));
  if (sRound !== null && wRound !== null) expect(rows(s, sRound, last)).toEqual(rows(w, wRound, wRound + last - sRound));
}

/** Compares a product sheet of both modes (the summary as {@link expectSameSummary} does). */
function expectSameProduct(streamed: ExcelJS.Worksheet, whole: ExcelJS.Worksheet): void {
  if (whole.name.startsWith("晋升汇总")) expectSameSummary(streamed, whole);
  else expect(snapshot(streamed)).toEqual(snapshot(whole));
}

describe("both modes write the same review", () => {
  test("a messy roster: the same output sheets, cell for cell and style for style; the roster copied with the same values", async () => {
    const roster = path.join(dir, "messy.xlsx");
    await messyWorkbook().xlsx.writeFile(roster);
    const { streamed, whole, messages } = await bothModes(roster, "--policy", "taobao-cs");
    expect(messages[0]).toBe(messages[1]);
    expect(streamed.worksheets.map((w) => [w.name, w.state])).toEqual(whole.worksheets.filter(streamable).map((w) => [w.name, w.state]));
    expect(streamed.worksheets.map((w) => w.name)).toEqual(["说明", "名单", "旧名单", "晋升评审", "晋升评审 (2)", "人才库", "晋升汇总"]);
    for (const name of ["晋升评审 (2)", "人才库", "晋升汇总"]) expectSameProduct(streamed.getWorksheet(name)!, whole.getWorksheet(name)!);
    for (const name of ["说明", "名单", "旧名单", "晋升评审"]) expect(snapshot(streamed.getWorksheet(name)!, "results")).toEqual(snapshot(whole.getWorksheet(name)!, "results"));
    // The copy keeps styles, merges, frozen panes, widths, row heights, hidden rows and the filter.
    const copy = streamed.getWorksheet("名单")!;
    expect(copy.getCell("J4").numFmt).toBe("0.0%");
    expect(copy.getCell("B5").value).toEqual({ richText: [{ text: "李" }, { font: { bold: true, color: { argb: "FFFF0000" } }, text: "四" }] });
    expect(copy.getCell("Q5").formula).toBe("G5*2");
    expect(copy.getRow(9).hidden).toBe(true);
    expect(streamed.keywords).toBe("客服; 2026; PromoLadder; PromoLadder:晋升评审 (2)|人才库|晋升汇总");
    expect(streamed.title).toBe("2026 晋升名单");
  });

  test.each(["taobao-cs.xlsx", "store-ops.xlsx", "ops-dual.xlsx", "store-ops.csv", "taobao-cs-gbk.csv"])("examples/%s", async (name) => {
    const { streamed, whole, messages } = await bothModes(path.join(ROOT, "examples", name));
    expect(messages[0]).toBe(messages[1]);
    expect(streamed.worksheets.map((w) => w.name)).toEqual(whole.worksheets.filter(streamable).map((w) => w.name));
    for (const ws of whole.worksheets.filter(streamable)) {
      const other = streamed.getWorksheet(ws.name)!;
      if (PRODUCT.includes(ws.name)) expectSameProduct(other, ws);
      else expect(snapshot(other, "results")).toEqual(snapshot(ws, "results"));
    }
  });

  test("issue #21's blocks (晋升成本 with --budget, 校准, 与上轮比较 with --previous): the same cells in both modes", async () => {
    const previous = path.join(ROOT, "examples/store-ops-pay-review-2026-05.xlsx");
    const { streamed, whole, messages } = await bothModes(path.join(ROOT, "examples/store-ops-pay.xlsx"), "--budget", "3000", "--previous", previous);
    // Only the streamed run says it writes no 晋升档案 log (the workbook mode carries the cycles forward).
    const note = /^promo: 流式模式不写「晋升档案」.*\n/m;
    expect(messages[0]).toMatch(note);
    expect(messages[0].replace(note, "")).toBe(messages[1]);
    expect(whole.getWorksheet("晋升档案")).toBeDefined();
    expect(streamed.getWorksheet("晋升档案")).toBeUndefined();
    const summary = streamed.getWorksheet("晋升汇总")!;
    const columnA = (summary.getColumn(1).values as unknown[]).filter((v): v is string => typeof v === "string");
    expect(columnA).toEqual(expect.arrayContaining(["晋升成本", "校准", "与上轮比较", expect.stringMatching(/^预算 3,000 元\/月：.*入选 6 人/)]));
    expectSameSummary(summary, whole.getWorksheet("晋升汇总")!);
  });

  test("policy sheets in the roster's workbook are used, and copied", async () => {
    const roster = path.join(dir, "with-policy.xlsx");
    const wb = await open(path.join(ROOT, "examples/store-ops.xlsx"));
    addPolicySheets(wb, getTemplate("store-ops")!, "zh-CN", roster);
    await wb.xlsx.writeFile(roster);
    const { streamed, whole, messages } = await bothModes(roster);
    expect(messages[0]).toMatch(/使用花名册工作簿中的晋升方案工作表：store-ops@/);
    expect(messages[0]).toBe(messages[1]);
    expect(snapshot(streamed.getWorksheet("晋升评审")!)).toEqual(snapshot(whole.getWorksheet("晋升评审")!));
    expect(snapshot(streamed.getWorksheet("规则")!, "results")).toEqual(snapshot(whole.getWorksheet("规则")!, "results"));
  });
});

describe("sign-offs and re-runs", () => {
  test.each([
    ["--stream", "--stream"],
    ["--no-stream", "--stream"],
    ["--stream", "--no-stream"],
  ])("a sign-off written on %s output is kept by a %s re-run, and replaced sheets keep their place", async (first, second) => {
    const roster = path.join(dir, "r.xlsx");
    fs.copyFileSync(path.join(ROOT, "examples/taobao-cs.xlsx"), roster);
    const out = path.join(dir, "r-review.xlsx");
    await promo("review", roster, "--as-of", "2026-11-23", first);
    const wb = await open(out);
    const ws = wb.getWorksheet("晋升评审")!;
    const id = String(ws.getCell("B5").value);
    ws.getCell("N5").value = "同意";
    await wb.xlsx.writeFile(out);
    await promo("review", roster, "--as-of", "2026-11-23", second);
    const again = await open(out);
    const row = again.getWorksheet("晋升评审")!.getRows(3, 200)!.find((r) => r.getCell(2).value === id)!;
    expect(row.getCell(14).value).toBe("同意");
    // A streamed re-run writes no talent sheets, and leaves none from a whole-workbook run behind.
    expect(again.worksheets.map((w) => w.name)).toEqual(["客服部", "晋升评审", "人才库", "晋升汇总", ...(second === "--no-stream" ? WHOLE_ONLY : [])]);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("reviewing a PromoLadder output itself: its own sheets are replaced in place, their sign-offs kept", async () => {
    const roster = path.join(dir, "r.xlsx");
    fs.copyFileSync(path.join(ROOT, "examples/taobao-cs.xlsx"), roster);
    await promo("review", roster, "--as-of", "2026-11-23", "--stream");
    const first = path.join(dir, "r-review.xlsx");
    const wb = await open(first);
    wb.getWorksheet("晋升评审")!.getCell("N4").value = "待定";
    const id = String(wb.getWorksheet("晋升评审")!.getCell("B4").value);
    wb.addWorksheet("备注").addRow(["my notes"]);
    await wb.xlsx.writeFile(first);
    const { streamed, whole } = await bothModes(first);
    for (const out of [streamed, whole]) {
      expect(out.worksheets.filter(streamable).map((w) => w.name)).toEqual(["客服部", "晋升评审", "人才库", "晋升汇总", "备注"]);
      const row = out.getWorksheet("晋升评审")!.getRows(3, 200)!.find((r) => r.getCell(2).value === id)!;
      expect(row.getCell(14).value).toBe("待定");
    }
    expect(snapshot(streamed.getWorksheet("晋升评审")!)).toEqual(snapshot(whole.getWorksheet("晋升评审")!));
  });
});

describe("errors and safety", () => {
  test.each([
    [["review", "nope.xlsx"], /找不到文件 nope\.xlsx/],
    [["review", path.join(ROOT, "test/fixtures/bad-input/password-protected.xlsx")], /密码保护或已损坏/],
    [["review", path.join(ROOT, "test/fixtures/bad-input/no-header.xlsx")], /no-header\.xlsx 中没有花名册/],
    [["review", path.join(ROOT, "examples/taobao-cs.xlsx"), "--sheet", "Nope"], /taobao-cs\.xlsx 中没有名为「Nope」的工作表；现有：「客服部」/],
  ])("promo %j --stream fails as the workbook mode does, and writes nothing", async (args, message) => {
    const out = path.join(dir, "out.xlsx");
    const errors: string[] = [];
    for (const mode of ["--stream", "--no-stream"]) {
      const e = await promo(...(args as string[]), "--out", out, mode).then(
        () => null,
        (x: Error) => x,
      );
      expect(e?.message).toMatch(message as RegExp);
      errors.push(e!.message);
    }
    expect(errors[0]).toBe(errors[1]);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test("a file written by someone else is never replaced", async () => {
    const out = path.join(dir, "mine.xlsx");
    fs.writeFileSync(out, "not mine");
    await expect(promo("review", path.join(ROOT, "examples/taobao-cs.xlsx"), "--out", out, "--stream")).rejects.toThrow(/不是 PromoLadder 写的/);
    expect(fs.readFileSync(out, "utf8")).toBe("not mine");
  });
});

describe("automatic mode", () => {
  test("streams from STREAM_CELLS estimated cells; the flags decide otherwise", async () => {
    const small = path.join(ROOT, "examples/taobao-cs.xlsx");
    expect(await estimateCells(small)).toBeLessThan(STREAM_CELLS);
    expect(await shouldStream(small, undefined)).toBe(false);
    expect(await shouldStream(small, true)).toBe(true);
    const big = path.join(dir, "big.csv");
    fs.writeFileSync(big, "x".repeat(STREAM_CELLS * 8));
    expect(await shouldStream(big, undefined)).toBe(true);
    expect(await shouldStream(big, false)).toBe(false);
    expect(await estimateCells(path.join(dir, "missing.xlsx"))).toBe(0);
  });
});
