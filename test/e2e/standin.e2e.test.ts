/**
 * The strict Excel double itself (test/e2e/excel-standin.js): each rule it takes from
 * Microsoft's documentation, checked in the page under both host profiles, so that a double
 * that grows lax fails here before it lets an adapter mistake through.
 */
import type { Page } from "playwright-core";
import { usePane } from "./harness";
import { PROFILES, type HostProfile } from "./workbook-fixture";

const pane = usePane();

/** Runs `body` (the source of an async function of `Excel`) in the page; resolves with its result or `{ code }` of its error. */
function run(page: Page, body: string): Promise<unknown> {
  return page.evaluate(`(async () => { try { return await (${body})(window.Excel, window.__standinBook); } catch (e) { return { code: e.code, name: e.name }; } })()`);
}

describe.each(PROFILES.map((p) => [p] as [HostProfile]))("the double under the %s profile", (profile) => {
  let page: Page;
  beforeAll(async () => {
    const cells: Record<string, { v: string | number; f?: string }> = { "0,0": { v: "工号" }, "0,1": { v: "备注" }, "1,0": { v: "A1" }, "1,1": { v: "x" } };
    ({ page } = await pane.open({ locale: "zh-CN", profile, sheets: [{ name: "S", cells }], active: "S", selection: { sheet: "S", r0: 0, c0: 0, nr: 1, nc: 1 } }));
    await page.waitForSelector("#pl-main");
  }, 60_000);
  afterAll(async () => page?.close());

  test("a property is readable only after load and sync (PropertyNotLoaded)", async () => {
    const out = await run(page, `async (Excel) => Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B2");
      let before = "read"; try { void r.values; } catch (e) { before = e.code; }
      r.load("values"); let queued = "read"; try { void r.values; } catch (e) { queued = e.code; }
      await ctx.sync();
      return [before, queued, r.values];
    })`);
    expect(out).toEqual(["PropertyNotLoaded", "PropertyNotLoaded", [["工号", "备注"], ["A1", "x"]]]);
  });

  test("writes reach the workbook at sync; a failing command rejects the sync with its code, earlier commands stay", async () => {
    const out = await run(page, `async (Excel, B) => Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("D1").values = [["queued"]];
      const beforeSync = B.values("S")[0][3] ?? null;
      ctx.workbook.worksheets.getItem("nope").getRange("A1").values = [[1]];
      let code = null; try { await ctx.sync(); } catch (e) { code = e.code; }
      return [beforeSync, B.values("S")[0][3], code];
    })`);
    expect(out).toEqual([null, "queued", "ItemNotFound"]);
  });

  test("payloads over 5 MB are refused on the web only; a read over 5,000,000 cells always", async () => {
    const out = (await run(page, `async (Excel) => {
      const big = "长".repeat(2_000_000);
      const request = await Excel.run(async (ctx) => { ctx.workbook.worksheets.getItem("S").getRange("F1").values = [[big]]; await ctx.sync(); return "ok"; }).catch((e) => e.code);
      const half = "长".repeat(1_000_000);
      for (const a of ["F2", "F3"]) await Excel.run(async (ctx) => { ctx.workbook.worksheets.getItem("S").getRange(a).values = [[half]]; await ctx.sync(); });
      const response = await Excel.run(async (ctx) => { ctx.workbook.worksheets.getItem("S").getRange("F2:F3").load("values"); await ctx.sync(); return "ok"; }).catch((e) => e.code);
      const cells = await Excel.run(async (ctx) => { ctx.workbook.worksheets.getItem("S").getRange("A1:E1000001").load("values"); await ctx.sync(); return "ok"; }).catch((e) => e.code);
      const column = await Excel.run(async (ctx) => { const r = ctx.workbook.worksheets.getItem("S").getRange("A:A").load("values,rowCount"); await ctx.sync(); return [r.values, r.rowCount]; });
      return { request, response, cells, column };
    }`)) as Record<string, unknown>;
    expect(out.request).toBe(profile === "web" ? "RequestPayloadSizeLimitExceeded" : "ok");
    expect(out.cells).toBe("RangeExceedsLimit");
    // An unbounded range reads as null ("Read or write to an unbounded range").
    expect(out.column).toEqual([null, 1_048_576]);
    expect(out.response).toBe(profile === "web" ? "ResponsePayloadSizeLimitExceeded" : "ok");
  });

  test("sheet bounds and a selection of several areas are errors of the sync", async () => {
    const out = await run(page, `async (Excel, B) => {
      const bounds = await Excel.run(async (ctx) => { ctx.workbook.worksheets.getItem("S").getRangeByIndexes(1048570, 0, 10, 1).load("values"); await ctx.sync(); return "ok"; }).catch((e) => e.code);
      B.select("S", [{ r0: 0, c0: 0, nr: 2, nc: 1 }, { r0: 5, c0: 3, nr: 1, nc: 1 }]);
      const several = await Excel.run(async (ctx) => { const r = ctx.workbook.getSelectedRange(); r.load("address"); await ctx.sync(); return "ok"; }).catch((e) => e.code);
      B.select("S", [{ r0: 0, c0: 0, nr: 1, nc: 1 }]);
      return [bounds, several];
    }`);
    expect(out).toEqual(["InvalidArgument", "InvalidSelection"]);
  });

  test("strings on General cells are read as typed; a text cell keeps them; a table grows when written below", async () => {
    const out = await run(page, `async (Excel, B) => Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const t = ws.getRange("H1:H2"); t.numberFormat = [["@"], ["@"]]; t.values = [["0012"], ["=SUM(1)"]];
      ws.getRange("I1:I4").values = [["0012"], ["50%"], ["TRUE"], ["'=x"]];
      const table = ws.tables.add("K1:L2", true); table.name = "T1";
      await ctx.sync();
      ws.getRange("K3:L4").values = [["a", 1], ["b", 2]];
      await ctx.sync();
      const rows = B.values("S");
      return { text: [rows[0][7], rows[1][7]], typed: [rows[0][8], rows[1][8], rows[2][8], rows[3][8]], formulas: B.formulas, table: B.info("S").tables[0].address };
    })`);
    expect(out).toEqual({ text: ["0012", "=SUM(1)"], typed: [12, 0.5, true, "=x"], formulas: [], table: "K1:L4" });
  });

  test("requirement sets and members follow the profile (Table.resize is ExcelApi 1.13)", async () => {
    const out = await run(page, `async (Excel) => Excel.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("T1");
      return [Office.context.requirements.isSetSupported("ExcelApi", "1.10"), Office.context.requirements.isSetSupported("ExcelApi", "1.13"), typeof t.resize, typeof ctx.workbook.worksheets.onNameChanged];
    })`);
    expect(out).toEqual(profile === "web" ? [true, true, "function", "object"] : [true, false, "undefined", "undefined"]);
  });
});
