/**
 * What the user selected before opening the pane (issue 15, item 8), over the strict Excel
 * double: several areas (Excel refuses `getSelectedRange` with InvalidSelection), whole columns
 * and the whole sheet (unbounded ranges read as null). The pane detects the roster from the used
 * range and says what to select; nothing reads a million rows.
 */
import type { Page } from "playwright-core";
import { inBook, usePane } from "./harness";
import { example, sheetFromXlsx, type StandinConfig, type StandinSheet } from "./workbook-fixture";

const pane = usePane();

type Book = { payloads(): { requests: number[]; responses: number[]; maxResponse: number }; syncs: number };

let sheet: StandinSheet;
beforeAll(async () => {
  sheet = await sheetFromXlsx(example("taobao-cs.xlsx"));
});

/** Opens the pane on the 淘宝客服 roster with `selection` (areas of the roster's sheet). */
async function openWith(locale: string, areas: { r0: number; c0: number; nr: number; nc: number }[]): Promise<Page> {
  const config: StandinConfig & { selection: StandinConfig["selection"] & { areas?: typeof areas } } = {
    locale,
    sheets: [sheet],
    active: sheet.name,
    selection: { sheet: sheet.name, ...areas[0]!, ...(areas.length > 1 ? { areas } : {}) },
  };
  const { page } = await pane.open(config);
  await page.waitForSelector("#pl-roster-meta, #pl-main fluent-message-bar[intent=error]", { timeout: 30_000 });
  return page;
}

const ROWS = 1_048_576;
const COLS = 16_384;

describe("selections the roster cannot be read from as they are", () => {
  test("several areas: the roster is found in the sheet, and the pane says to select one block", async () => {
    const page = await openWith("zh-CN", [{ r0: 3, c0: 1, nr: 5, nc: 2 }, { r0: 10, c0: 6, nr: 3, nc: 1 }]);
    expect(await page.textContent("#pl-roster-meta")).toBe("客服部 · 表头在第 3 行 · 80 行数据");
    expect(await page.textContent("#pl-selection-note")).toContain("选中了多块区域");
    expect(await page.textContent("#pl-main")).not.toContain("出错了");
    await page.close();
  }, 60_000);

  test("a whole column: only the used range is read, and the pane says what to select (en-US)", async () => {
    const page = await openWith("en-US", [{ r0: 0, c0: 1, nr: ROWS, nc: 1 }]);
    expect(await page.textContent("#pl-roster-meta")).toBe("客服部 · header in row 3 · 80 data rows");
    expect(await page.textContent("#pl-selection-note")).toContain("Whole rows or columns are selected");
    const p = await inBook(page, (b: Book) => b.payloads());
    // The reads cover the used range (84 rows), not a million rows.
    expect(p.maxResponse).toBeLessThan(200_000);
    await page.close();
  }, 60_000);

  test("whole columns A:Q: their part with data is the roster", async () => {
    const page = await openWith("zh-CN", [{ r0: 0, c0: 0, nr: ROWS, nc: 17 }]);
    expect(await page.textContent("#pl-roster-meta")).toBe("客服部 · 表头在第 3 行 · 80 行数据");
    expect(await page.inputValue("#pl-source")).toBe("0");
    expect(await page.textContent("#pl-source-range")).toContain("A1:Q84");
    await page.close();
  }, 60_000);

  test("the whole sheet: no error, the used range is read", async () => {
    const page = await openWith("zh-CN", [{ r0: 0, c0: 0, nr: ROWS, nc: COLS }]);
    expect(await page.textContent("#pl-roster-meta")).toBe("客服部 · 表头在第 3 行 · 80 行数据");
    expect(await page.textContent("#pl-selection-note")).toContain("选中了整行或整列");
    expect(await page.textContent("#pl-main")).not.toContain("出错了");
    await page.close();
  }, 60_000);
});
