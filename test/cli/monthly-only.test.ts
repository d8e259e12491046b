/**
 * Issue 18: a field the policy reads as one value, when the roster has it only as monthly
 * columns, is explained — which monthly columns were found and how many months the rolling
 * window needs — rather than reported as "no such column"; `promo headers` shows the monthly
 * columns as read by the window, not as unused.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { promo, ROOT } from "./run-cli";

jest.setTimeout(120_000);

let dir: string;
let roster: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "promo-monthly-"));
  // examples/ecom-cs-2026.xlsx without its single-value 客户满意度 column (K): only the monthly ones remain.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(ROOT, "examples/ecom-cs-2026.xlsx"));
  const ws = wb.getWorksheet("客服部")!;
  let column = 0;
  for (let r = 1; r <= 20 && column === 0; r++) ws.getRow(r).eachCell((cell, c) => void (cell.value === "客户满意度" && (column = c)));
  expect(column).toBe(11);
  ws.spliceColumns(column, 1);
  roster = path.join(dir, "月度满意度.xlsx");
  await wb.xlsx.writeFile(roster);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("zh: the monthly columns found and the months the window needs, not 没有这一列", async () => {
  const run = await promo(["headers", roster, "--as-of", "2026-11-23"]);
  expect(run.code).toBe(0);
  const line = run.stdout.split("\n").find((l) => l.includes("「客户满意度」"))!;
  expect(line).toContain("只有它的 7 个月度列（客户满意度 2026-04、…、10月客户满意度）");
  expect(line).toContain("近 6 个月的窗口条件");
  expect(line).not.toContain("没有这一列");
  expect(run.stdout).toMatch(/客户满意度 2026-04\s+客户满意度 2026-04（月度列，供滚动窗口）/);
  expect(run.stdout).toMatch(/10月客户满意度\s+客户满意度 10月（月度列，供滚动窗口）/);
});

test("en: the same in English", async () => {
  const run = await promo(["headers", roster, "--as-of", "2026-11-23", "--lang", "en"]);
  const line = run.stdout.split("\n").find((l) => l.includes('"CSAT"'))!;
  expect(line).toContain("only as 7 monthly columns");
  expect(line).toContain("6-month rolling window");
});

test("a roster with the single-value column is not warned about it (the warning above is the removed column's)", async () => {
  const run = await promo(["headers", path.join(ROOT, "examples/ecom-cs-2026.xlsx"), "--as-of", "2026-11-23"]);
  expect(run.stdout).not.toContain("「客户满意度」这一列");
});
