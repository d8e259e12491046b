/**
 * The double's rules for typed input by culture, `Range.formulas`, workbook events by profile and
 * the Common API settings copy (test/e2e/excel-standin.js, each rule citing its Microsoft doc),
 * checked first on the double itself, then on the product:
 * - nothing the pane writes is changed by typed input (a string stays that string) and nothing
 *   becomes a formula, in zh-CN and en-US, at both profiles;
 * - the pane and the formulas never use the Common API copy (`Office.context.document.settings`);
 * - the product subscribes to the events its profile has (no `onNameChanged` below ExcelApi 1.17),
 *   and a user's edit of a policy sheet, delivered as `worksheets.onChanged`, makes it read the
 *   policy sheets again and recalculate only the sheets that have formulas (`Worksheet.calculate`,
 *   never `Application.calculate`, which recalculates every open workbook).
 */
import type { Page } from "playwright-core";
import { inBook, usePane } from "./harness";
import { example, PROFILES, sheetFromXlsx, type HostProfile, type StandinSheet } from "./workbook-fixture";

const pane = usePane();
const AS_OF = "2026-11-23";
const SERIAL_2026_11_23 = Math.round((Date.UTC(2026, 10, 23) - Date.UTC(1899, 11, 30)) / 86400000);

type Book = {
  values(name: string): (string | number | boolean | null)[][] | null;
  converted(): { cell: string; from: string; to: unknown }[];
  formulas: string[];
  commonSettingsCalls(): string[];
  settings(): Record<string, unknown>;
  listeners(): Record<string, number>;
  events(): { event: string; handlers: number }[];
  calculated(): string[];
  reads(): Record<string, number>;
  setCell(name: string, address: string, value: unknown): void;
  setFormula(name: string, address: string, formula: string): void;
};
const book = <T>(page: Page, fn: (b: Book) => T): Promise<T> => inBook(page, fn);

/** Runs `body` (the source of an async function of `Excel`, the book) in the page; resolves with its result or `{ code }` of its error. */
function run(page: Page, body: string): Promise<unknown> {
  return page.evaluate(`(async () => { try { return await (${body})(window.Excel, window.__standinBook); } catch (e) { return { code: e.code, message: String(e.message) }; } })()`);
}

describe.each([
  ["zh-CN", "floor"],
  ["en-US", "web"],
] as [string, HostProfile][])("the double's rules (%s, %s profile)", (locale, profile) => {
  let page: Page;
  beforeAll(async () => {
    const cells = { "0,0": { v: "工号" }, "0,1": { v: "备注" }, "1,0": { v: 7 }, "1,1": { v: "x" } };
    ({ page } = await pane.open({ locale, profile, sheets: [{ name: "S", cells }, { name: "T", cells: { "0,0": { v: 1 } } }], active: "S", selection: { sheet: "S", r0: 0, c0: 0, nr: 1, nc: 1 } }));
    await page.waitForSelector("#pl-main", { timeout: 60_000 });
  }, 60_000);
  afterAll(async () => page?.close());

  test("typed input follows the culture's date order and separators; a text cell keeps the string", async () => {
    const out = (await run(page, `async (Excel, B) => Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const typed = ["2026/11/23", "2026年11月23日", "11/23/2026", "1,234.5", "23.11.2026", "-0", "00123", "=A2*2"];
      ws.getRange("D1:D8").values = typed.map((t) => [t]);
      const text = ws.getRange("E1:E8"); text.numberFormat = typed.map(() => ["@"]); text.values = typed.map((t) => [t]);
      await ctx.sync();
      const rows = B.values("S");
      return { typed: rows.slice(0, 8).map((r) => r[3]), text: rows.slice(0, 8).map((r) => r[4]), converted: B.converted().map((c) => c.cell) };
    })`)) as { typed: unknown[]; text: string[]; converted: string[] };
    const zh = locale === "zh-CN";
    expect(out.typed).toEqual([SERIAL_2026_11_23, zh ? SERIAL_2026_11_23 : "2026年11月23日", zh ? "11/23/2026" : SERIAL_2026_11_23, 1234.5, "23.11.2026", -0, 123, 0]);
    expect(out.text).toEqual(["2026/11/23", "2026年11月23日", "11/23/2026", "1,234.5", "23.11.2026", "-0", "00123", "=A2*2"]);
    expect(out.converted).toEqual(["S!D1", ...(zh ? ["S!D2"] : ["S!D3"]), "S!D4", "S!D6", "S!D7", "S!D8"]);
  });

  test("Range.formulas: set and read back; values are the last calculated ones; special cells find formula cells", async () => {
    const out = await run(page, `async (Excel) => Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("G1:G2").formulas = [["=A2*2"], ["plain"]];
      const r = ws.getRange("G1:G2").load("formulas,values");
      const found = ws.getRange().getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas).load("cellCount");
      const none = ctx.workbook.worksheets.getItem("T").getRange().getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas).load("cellCount");
      await ctx.sync();
      return { formulas: r.formulas, values: r.values, found: found.isNullObject ? null : found.cellCount, none: none.isNullObject };
    })`);
    expect(out).toEqual({ formulas: [["=A2*2"], ["plain"]], values: [[0], ["plain"]], found: 2, none: true });
  });

  test("events: registered at sync, raised after a change, present only where the profile has their set", async () => {
    const out = (await run(page, `async (Excel, B) => {
      const seen = [];
      const present = await Excel.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.onChanged.add(async (e) => { seen.push(["changed", e.address, e.changeType, typeof e.worksheetId]); });
        ctx.workbook.settings.onSettingsChanged.add(async () => { seen.push(["settings"]); });
        const before = B.listeners().onChanged;
        await ctx.sync();
        return { before, after: B.listeners().onChanged, nameChanged: typeof sheets.onNameChanged, added: typeof sheets.onAdded };
      });
      B.setCell("S", "B2", "y");
      await Excel.run(async (ctx) => { ctx.workbook.settings.add("k", "v"); await ctx.sync(); });
      await new Promise((r) => setTimeout(r, 50));
      return { present, seen };
    }`)) as { present: Record<string, unknown>; seen: unknown[][] };
    expect(out.present).toEqual({ before: expect.any(Number), after: (out.present.before as number) + 1, nameChanged: profile === "web" ? "object" : "undefined", added: "object" });
    expect(out.seen).toEqual(expect.arrayContaining([["changed", "B2", "RangeEdited", "string"], ["settings"]]));
  });

  test("the Common API settings copy is stale until refreshAsync, and saveAsync writes the whole copy back", async () => {
    const out = await run(page, `async (Excel, B) => {
      const common = Office.context.document.settings;
      const first = common.get("shared");
      await Excel.run(async (ctx) => { ctx.workbook.settings.add("shared", "from workbook.settings"); await ctx.sync(); });
      const stale = common.get("shared");
      await new Promise((r) => common.refreshAsync(r));
      const fresh = common.get("shared");
      await Excel.run(async (ctx) => { ctx.workbook.settings.add("shared", "newer"); await ctx.sync(); });
      common.set("mine", 1);
      await new Promise((r) => common.saveAsync(r));
      return [first, stale, fresh, B.settings().shared, B.settings().mine];
    }`);
    expect(out).toEqual([null, null, "from workbook.settings", "from workbook.settings", 1]);
  });
});

/** The 淘宝客服 roster with strings Excel would read as something else if typed into General cells. */
async function trickyRoster(): Promise<StandinSheet> {
  const tricky: Record<number, string> = { 3: "=1+1", 4: "2026/11/23", 5: "11/23/2026", 6: "50%", 7: "00123", 8: "+86 138" };
  return sheetFromXlsx(example("taobao-cs.xlsx"), undefined, (r, c, cell) => (c === 2 && tricky[r] !== undefined ? { v: tricky[r]!, f: "@" } : cell));
}

describe.each([
  ["zh-CN", "floor"],
  ["zh-CN", "web"],
  ["en-US", "floor"],
  ["en-US", "web"],
] as [string, HostProfile][])("the product (%s, %s profile)", (locale, profile) => {
  test("what the pane writes stays as written (no typed-input conversion, no formula); the Common API copy is never used", async () => {
    const sheet = await trickyRoster();
    const { page, errors } = await pane.open({ locale, profile, sheets: [sheet], active: sheet.name, selection: { sheet: sheet.name, r0: 5, c0: 2, nr: 1, nc: 1 } });
    await page.waitForSelector("#pl-roster-meta", { timeout: 60_000 });
    await page.fill("#pl-asof", AS_OF);
    await page.dispatchEvent("#pl-asof", "change");
    await page.click("#pl-run");
    await page.waitForSelector("#pl-tiles", { timeout: 120_000 });
    expect(await book(page, (b) => b.converted())).toEqual([]);
    expect(await book(page, (b) => b.formulas)).toEqual([]);
    const names = ((await book(page, (b) => b.values("晋升评审"))) ?? []).flat();
    for (const s of ["=1+1", "2026/11/23", "11/23/2026", "50%", "00123", "+86 138"]) expect(names).toContain(s);
    expect(await book(page, (b) => b.commonSettingsCalls())).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(PROFILES.map((p) => [p] as [HostProfile]))("workbook events at the %s profile", (profile) => {
  test("subscribes where the profile has the event; a policy-sheet edit re-reads the policy and recalculates only the formula sheets", async () => {
    const names = ["客服部", "晋升方案", "职级", "规则"];
    const sheets = await Promise.all(names.map((n) => sheetFromXlsx(example("ecom-cs-2026.xlsx"), n)));
    const rules = sheets[3]!;
    const { page, errors } = await pane.open({ locale: "zh-CN", profile, sheets, active: "客服部", selection: { sheet: "客服部", r0: 5, c0: 2, nr: 1, nc: 1 } });
    await page.waitForSelector("#pl-roster-meta", { timeout: 60_000 });
    await page.waitForFunction(() => (window as unknown as { __standinBook: Book }).__standinBook.listeners().onSettingsChanged! > 0, undefined, { timeout: 60_000 });
    const listeners = await book(page, (b) => b.listeners());
    expect({ onChanged: listeners.onChanged! > 0, onAdded: listeners.onAdded! > 0, onDeleted: listeners.onDeleted! > 0, onNameChanged: listeners.onNameChanged! > 0, onSettingsChanged: listeners.onSettingsChanged! > 0 }).toEqual({
      onChanged: true,
      onAdded: true,
      onDeleted: true,
      onNameChanged: profile === "web", // ExcelApi 1.17
      onSettingsChanged: true,
    });
    // A sheet with a PROMO formula, and one without.
    await page.evaluate(`window.__standinBook.setFormula("客服部", "Z4", "=PROMO.STATUS(A4:Q4,A$3:Q$3)")`);
    const readsBefore = (await book(page, (b) => b.reads()))["规则"] ?? 0;
    // The user changes a threshold of the rules sheet (a number in column F).
    const r = Object.keys(rules.cells).map((k) => k.split(",").map(Number) as [number, number]).find(([row, c]) => c === 5 && row > 0 && typeof rules.cells[`${row},5`]!.v === "number")![0];
    const old = rules.cells[`${r},5`]!.v as number;
    await page.evaluate(`window.__standinBook.setCell("规则", "F${r + 1}", ${old + 1})`);
    await page.waitForFunction(() => (window as unknown as { __standinBook: Book }).__standinBook.calculated().length > 0, undefined, { timeout: 60_000 });
    expect(await book(page, (b) => b.calculated())).toEqual(["sheet:客服部"]);
    expect((await book(page, (b) => b.reads()))["规则"]).toBeGreaterThan(readsBefore);
    expect((await book(page, (b) => b.events())).some((e) => e.event === "onChanged" && e.handlers > 0)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
