/**
 * The pane's read of its 晋升档案 log for the comparison with the previous cycle (issue #21), through
 * office-addin-mock (a property read before load + sync fails, as in Office.js): only the product's
 * own log is read, cycles on or after the review date are left out, a large log is read in
 * probe-sized requests under the 4 MB budget, and a 1904-system workbook's dates read right.
 */
import { getTemplate, reviewRoster, statusLabel, type Cell, type Review } from "../../src/core";
import type * as Adapter from "../../src/excel";
import { setWorkbookDateSystem } from "../../src/excel/cells";
import { AS_OF, UO_ROSTER } from "../core/insight/rosters";
import { MockExcel } from "./mock-excel";

const BUDGET = 4 * 1024 * 1024;
const LOG_HEADER = ["评审日期", "记录时间", "方案指纹", "名单", "工号", "姓名", "部门", "职级", "状态", "下一职级"];

function install(): MockExcel {
  const mock = new MockExcel();
  (globalThis as Record<string, unknown>).Excel = mock.excel;
  return mock;
}

let adapter: typeof Adapter;
beforeAll(async () => {
  install();
  adapter = await import("../../src/excel");
});
afterEach(() => setWorkbookDateSystem(false));

function reviewOn(asOf: string): Review {
  return reviewRoster({ ...UO_ROSTER }, getTemplate("user-ops")!, { asOf, locale: "zh-CN" });
}

/** A workbook with the roster, reviewed (and logged) by the pane on each date. */
async function reviewedOn(dates: readonly string[]): Promise<MockExcel> {
  const mock = install();
  mock.addSheet("用户运营", UO_ROSTER.rows.map((r) => r.map((c: Cell) => (c === null || c === undefined ? "" : (c as string | number)))));
  for (const d of dates) await adapter.writeReviewOutput(reviewOn(d), "zh-CN", { recordedAt: `${d} 10:00` });
  return mock;
}

describe("readLogCycles", () => {
  test("reads the earlier cycles of the product's log by 工号, leaving out this review's date and later", async () => {
    const mock = await reviewedOn(["2026-05-23", AS_OF]);
    const first = reviewOn("2026-05-23");
    const before = mock.syncs;
    const out = await adapter.readLogCycles("用户运营", AS_OF);
    // Workbook and ownership, the log's top rows, then its rows in one read.
    expect(mock.syncs - before).toBe(3);
    expect(out.sheet).toBe("晋升档案");
    expect(out.cycles.map((c) => c.asOf)).toEqual(["2026-05-23"]);
    expect(out.cycles[0]!.records).toEqual(first.rows.filter((r) => r.id !== "").map((r) => ({ id: r.id, name: r.name, level: r.level, status: r.status })));
    // A later date sees both cycles; the first date none.
    expect((await adapter.readLogCycles("用户运营", "2027-01-01")).cycles.map((c) => c.asOf)).toEqual(["2026-05-23", AS_OF]);
    expect((await adapter.readLogCycles("用户运营", "2026-05-23")).cycles).toEqual([]);
  });

  test("a sheet named 晋升档案 the product did not write is never read", async () => {
    const mock = install();
    mock.addSheet("用户运营", [["工号"]]);
    mock.addSheet("晋升档案", [["晋升档案"], LOG_HEADER, [46000, "", "", "", "U1", "甲", "", "专员", "可晋升", ""]], [["General"], LOG_HEADER.map(() => "@"), ["yyyy-mm-dd", ...LOG_HEADER.slice(1).map(() => "@")]]);
    const out = await adapter.readLogCycles("用户运营", AS_OF);
    expect(out).toMatchObject({ sheet: null, cycles: [] });
    expect(mock.syncs).toBe(1);
  });

  test("a log of 60,000 rows: a 2,000-row probe, then requests sized from it, every response under 4 MB", async () => {
    const mock = install();
    mock.addSheet("名单", [["工号"]]);
    const eligible = statusLabel("eligible", "zh-CN");
    const rows: (string | number)[][] = [["晋升档案：每次评审追加一批记录（只追加，不修改）"], LOG_HEADER];
    const formats: string[][] = [["General"], LOG_HEADER.map(() => "@")];
    for (let i = 0; i < 60_000; i++) {
      // Two cycles of 30,000 people, long texts so that the log weighs ~20 MB.
      const serial = i < 30_000 ? 46165 : 46349; // 2026-05-23, 2026-11-23
      rows.push([serial, "2026-11-23 10:00", "user-ops@1.0#0123456789abcdef", "名单", `U${i % 30_000}`, `员工${i}`, "用户运营部".repeat(20), "用户运营专员", eligible, "高级用户运营".repeat(10)]);
      formats.push(["yyyy-mm-dd", ...LOG_HEADER.slice(1).map(() => "@")]);
    }
    const log = mock.addSheet("晋升档案", rows, formats);
    mock.settings.set("PromoLadder.sheets", { log: log.id });
    const out = await adapter.readLogCycles("名单", "2027-01-01");
    expect(out.cycles.map((c) => [c.asOf, c.records.length])).toEqual([
      ["2026-05-23", 30_000],
      ["2026-11-23", 30_000],
    ]);
    const received = mock.requests.map((r) => r.received);
    expect(Math.max(...received)).toBeLessThan(BUDGET);
    expect(out.stats.maxBytes).toBeLessThan(BUDGET);
    expect(out.stats.refused).toBe(0);
    expect(mock.syncs).toBe(out.stats.syncs);
    // The probe (header + 1,999 rows) is much smaller than the reads it sizes.
    expect(received[2]).toBeLessThan(received[3]! / 2);
    console.log(`readLogCycles 60k rows: ${mock.syncs} syncs, responses ${received.map((b) => (b / 1048576).toFixed(2)).join(" / ")} MB`);
  }, 60_000);

  test("in a 1904-system workbook the log's dates are read as the workbook shows them", async () => {
    setWorkbookDateSystem(true);
    const mock = await reviewedOn(["2026-05-23"]);
    // Written as a 1904 serial (1,462 days less), read back as the same date.
    expect(mock.values("晋升档案")[2]![0]).toBe(46165 - 1462);
    // The column's date format is one broadcast value, which the mock keeps on the first row only: spread it, as Excel does.
    const log = mock.sheet("晋升档案");
    for (const r of log.rows.keys()) if (r >= 2) log.formats.set(r, ["yyyy-mm-dd"]);
    expect((await adapter.readLogCycles("用户运营", AS_OF)).cycles.map((c) => c.asOf)).toEqual(["2026-05-23"]);
  });
});
