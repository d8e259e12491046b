/**
 * The Office.js adapter against office-addin-mock: how many requests (syncs) it sends, that no
 * request or response goes over the 4 MB budget (Excel on the web refuses 5 MB), that it reads
 * the roster in one request, and what it writes — for an 80-row and a 100,000-row roster.
 */
import { getTemplate, reviewRoster, type Cell, type Review } from "../../src/core";
import type * as Adapter from "../../src/excel";
import { MockExcel } from "./mock-excel";

const BUDGET = 4 * 1024 * 1024;
const HEADER = ["工号", "姓名", "部门", "职级", "入职日期", "任现职日期", "绩效", "团队协作", "学习成长", "客户满意度", "工单量", "差错率", "技能考核", "技能证书", "低质评价"];
const LEVELS = ["初级客服", "中级客服", "高级客服", "资深客服"];

/** A taobao-cs roster of `n` people as Excel values (dates as serials, percents formatted). */
function roster(n: number): { values: (string | number)[][]; formats: string[][] } {
  const values: (string | number)[][] = [["2026 年客服晋升名单"], [], HEADER];
  const formats: string[][] = [["General"], [], HEADER.map(() => "General")];
  for (let i = 0; i < n; i++) {
    values.push([`KF${100000 + i}`, `员工${i}`, `客服${(i % 7) + 1}部`, LEVELS[i % 4]!, 44000 + (i % 900), 45000 + (i % 600), 70 + (i % 30), 80 + (i % 15), 75 + (i % 20), 0.9 + (i % 10) / 100, 1000 + (i % 7000), 0.005 + (i % 3) / 1000, 70 + (i % 25), i % 3 === 0 ? "否" : "是", i % 4]);
    formats.push(["General", "General", "General", "General", "yyyy-mm-dd", "yyyy-mm-dd", "General", "General", "General", "0.0%", "General", "0.0%", "General", "General", "General"]);
  }
  return { values, formats };
}

function install(): MockExcel {
  const mock = new MockExcel();
  (globalThis as Record<string, unknown>).Excel = mock.excel;
  return mock;
}

function review(values: (string | number)[][], formats: string[][]): Review {
  const rows: Cell[][] = values.map((r, i) => r.map((v, j) => (typeof v === "number" && formats[i]?.[j]?.includes("%") ? { kind: "percent", value: v } : v)));
  return reviewRoster({ sheet: "名单", rows }, getTemplate("taobao-cs")!, { asOf: "2026-11-23", locale: "zh-CN" });
}

// The adapter reads the `Excel` global when called; import it after the mock is installed.
let adapter: typeof Adapter;
beforeAll(async () => {
  install();
  adapter = await import("../../src/excel");
});

const SOURCE = (rows: number, columns: number) => ({ kind: "used" as const, sheet: "名单", address: "", rowIndex: 0, columnIndex: 0, rowCount: rows, columnCount: columns });

describe("readRoster", () => {
  test("reads an 80-row roster in one request, percent-formatted cells as percents", async () => {
    const mock = install();
    const { values, formats } = roster(80);
    mock.addSheet("名单", values, formats);
    mock.settings.set("PromoLadder.mapping", { 名单: { 绩效: "perf" } });
    const read = await adapter.readRoster(SOURCE(values.length, HEADER.length));
    expect(mock.syncs).toBe(1);
    expect(read.stats.syncs).toBe(1);
    expect(read.roster.rows).toHaveLength(83);
    expect(read.roster.rows[3]![9]).toEqual({ kind: "percent", value: 0.9 });
    expect(read.roster.rows[3]![4]).toBe(44000);
    expect(read.roster.rows[1]).toEqual(HEADER.map(() => null));
    expect(read.mappings).toEqual({ 名单: { 绩效: "perf" } });
  });

  test("a 100,000-row roster is read in budgeted chunks: every response under 4 MB", async () => {
    const mock = install();
    const { values, formats } = roster(100_000);
    mock.addSheet("名单", values, formats);
    const read = await adapter.readRoster(SOURCE(values.length, HEADER.length));
    expect(read.roster.rows).toHaveLength(100_003);
    expect(read.roster.rows[100_002]![0]).toBe("KF199999");
    const received = mock.requests.map((r) => r.received);
    expect(Math.max(...received)).toBeLessThan(BUDGET);
    expect(read.stats.maxBytes).toBeLessThan(BUDGET);
    // 15 columns x 100k rows ~ 26 MB of values and formats: a first request of 266 rows
    // (4,000 cells) sizes the rest, each sized at the budget over the heaviest rows seen with a
    // 25% margin, counted as enveloped bytes (src/excel/payload.ts).
    expect(mock.syncs).toBe(read.stats.syncs);
    expect(mock.syncs).toBe(10);
    console.log(`readRoster 100k rows: ${mock.syncs} syncs, responses ${received.map((b) => (b / 1048576).toFixed(2)).join(" / ")} MB`);
  }, 60_000);
});

describe("writeReviewOutput", () => {
  test("a sign-off is carried while the decision it sat next to holds; when it changed, the cell says it needs review (issue 19)", async () => {
    const mock = install();
    const { values, formats } = roster(12);
    mock.addSheet("名单", values, formats);
    const first = review(values, formats);
    await adapter.writeReviewOutput(first, "zh-CN", { recordedAt: "2026-11-23 10:00" });
    const rowOf = (id: string): number => mock.values("晋升评审").findIndex((x) => x[1] === id);
    const sheet = mock.sheet("晋升评审");
    const [kept, changed] = ["KF100000", "KF100001"];
    sheet.rows.get(rowOf(kept))![13] = "同意";
    sheet.rows.get(rowOf(changed))![13] = "同意晋升";
    const was = { level: mock.cell("晋升评审", rowOf(changed), 4), status: mock.cell("晋升评审", rowOf(changed), 5), next: mock.cell("晋升评审", rowOf(changed), 6) };
    // KF100001 (a 中级客服) is now at the top of the ladder in the roster.
    const moved = values.map((r) => r.slice());
    moved[3 + 1]![3] = "资深客服";
    await adapter.writeReviewOutput(review(moved, formats), "zh-CN", { recordedAt: "2026-11-24 10:00" });
    expect(mock.cell("晋升评审", rowOf(kept), 13)).toBe("同意");
    expect(mock.cell("晋升评审", rowOf(changed), 5)).toBe("已最高");
    expect(mock.cell("晋升评审", rowOf(changed), 13)).toBe(`需复核：上次确认“同意晋升”是对 2026-11-23 评审结论“${String(was.level)} · ${String(was.status)}${was.next ? ` → ${String(was.next)}` : ""}”的，结论已变`);
  });

  test("80 rows: 3 requests (look, write, record ownership); a re-run keeps sign-offs in 5", async () => {
    const mock = install();
    const { values, formats } = roster(80);
    mock.addSheet("名单", values, formats);
    mock.addSheet("晋升评审", [["我的笔记"]]); // the user's own sheet of that name
    const r = review(values, formats);
    const first = await adapter.writeReviewOutput(r, "zh-CN", { recordedAt: "2026-11-23 10:00" });
    expect(mock.syncs).toBe(3);
    expect(first.stats.syncs).toBe(3);
    expect(first.sheets).toEqual({ review: "晋升评审 (2)", pool: "人才库", summary: "晋升汇总", log: "晋升档案" });
    expect(mock.values("晋升评审")).toEqual([["我的笔记"]]);
    expect(mock.values("名单")).toEqual(values.map((row) => row.slice()));
    expect(mock.cell("晋升评审 (2)", 1, 13)).toBe("主管确认");
    expect(mock.cell("晋升评审 (2)", 2, 1)).toBe("KF100000");
    expect(mock.cell("晋升档案", 81, 4)).toBe("KF100079");
    // A manager signs off, and the review runs again.
    const row = mock.values("晋升评审 (2)").findIndex((x) => x[1] === "KF100003");
    mock.sheet("晋升评审 (2)").rows.get(row)![13] = "同意";
    const before = mock.syncs;
    const again = await adapter.writeReviewOutput(r, "zh-CN", { recordedAt: "2026-11-24 10:00" });
    expect(mock.syncs - before).toBe(5); // look, scan the old sheets, read sign-offs, write, record
    expect(again.signOffs).toBe(1);
    expect(again.sheets.review).toBe("晋升评审 (2)");
    expect(mock.cell("晋升评审 (2)", row, 13)).toBe("同意");
    expect(mock.values("晋升档案")).toHaveLength(2 + 160); // appended, never rewritten
    expect(mock.cell("晋升档案", 2, 1)).toBe("2026-11-23 10:00");
    expect(mock.cell("晋升档案", 82, 1)).toBe("2026-11-24 10:00");
    expect(mock.values("晋升评审")).toEqual([["我的笔记"]]);
  });

  test("100,000 rows: values in budgeted chunks, every request under 4 MB", async () => {
    const mock = install();
    const { values, formats } = roster(100_000);
    mock.addSheet("名单", values, formats);
    const r = review(values, formats);
    const out = await adapter.writeReviewOutput(r, "zh-CN", { recordedAt: "2026-11-23 10:00" });
    const sent = mock.requests.map((x) => x.sent);
    expect(Math.max(...sent)).toBeLessThan(BUDGET);
    expect(out.stats.maxBytes).toBeLessThan(BUDGET);
    // The adapter's estimate of each request covers what was really sent.
    out.stats.requestBytes.forEach((estimate, i) => expect(estimate).toBeGreaterThanOrEqual(sent[i]!));
    expect(mock.syncs).toBe(out.stats.syncs);
    expect(mock.syncs).toBe(10); // look, 8 data requests of up to 4 MB enveloped, record ownership
    expect(mock.values("晋升评审")).toHaveLength(2 + 100_000);
    expect(mock.values("晋升档案")).toHaveLength(2 + 100_000);
    expect(mock.cell("晋升评审", 100_001, 1)).toBe("KF199999");
    console.log(`writeReviewOutput 100k rows: ${mock.syncs} syncs, requests ${sent.map((b) => (b / 1048576).toFixed(2)).join(" / ")} MB (estimates ${out.stats.requestBytes.map((b) => (b / 1048576).toFixed(2)).join(" / ")} MB)`);
  }, 120_000);
});
