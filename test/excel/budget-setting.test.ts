/**
 * The 成本与校准 view's monthly budget, remembered per workbook in the document settings (the one
 * store of src/excel/settings.ts), through office-addin-mock.
 */
import { MockExcel } from "./mock-excel";
import type * as Settings from "../../src/excel/settings";

let settings: typeof Settings;
let mock: MockExcel;
beforeEach(async () => {
  mock = new MockExcel();
  (globalThis as Record<string, unknown>).Excel = mock.excel;
  settings = await import("../../src/excel/settings");
});

test("a saved budget is read back in one request; cleared, it reads as none", async () => {
  expect(await settings.readBudget()).toBeNull();
  await settings.saveBudget(20000);
  expect(mock.settings.get(settings.BUDGET_KEY)).toBe(20000);
  expect(await settings.readBudget()).toBe(20000);
  await settings.saveBudget(null);
  expect(await settings.readBudget()).toBeNull();
  expect(mock.syncs).toBe(5);
});

test("parseBudget keeps amounts not below 0, as text or number", () => {
  expect(settings.parseBudget("3000")).toBe(3000);
  expect(settings.parseBudget(0)).toBe(0);
  expect(settings.parseBudget("")).toBeNull();
  expect(settings.parseBudget("-1")).toBeNull();
  expect(settings.parseBudget("三千")).toBeNull();
  expect(settings.parseBudget({})).toBeNull();
});
