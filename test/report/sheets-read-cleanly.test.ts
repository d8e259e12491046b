/**
 * Issue 18, "sheets that read cleanly": on every output sheet of a review of every sample roster
 * in examples/, no text is cut at its column's width (a wrapped text has the row height its lines
 * need; an unwrapped one fits or runs over empty cells within the sheet), every number stands
 * under a header aligned the same way, and the near misses' 差距 is in words, never a bare
 * field name. Measured from the saved file (test/report/sheet-fit.ts), not from the writer's own
 * arithmetic.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { FIELDS } from "../../src/core/model/fields";
import { promo, ROOT } from "../cli/run-cli";
import { cutCells, minLines, misalignedHeaders } from "./sheet-fit";

jest.setTimeout(600_000);

const OUTPUT_SHEETS = ["晋升评审", "人才库", "晋升汇总", "晋升档案"];
const ROSTERS = fs
  .readdirSync(path.join(ROOT, "examples"))
  .filter((f) => /\.(xlsx|csv)$/.test(f) && !f.endsWith("-review.xlsx"))
  .sort();

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "promo-fit-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("the sample rosters are found", () => {
  expect(ROSTERS.length).toBeGreaterThanOrEqual(10);
});

describe.each(ROSTERS)("%s", (roster) => {
  let out: string;
  beforeAll(async () => {
    // One output per roster file: store-ops.csv and store-ops.xlsx must not share one (a re-run over another roster's output is refused).
    out = path.join(dir, `${roster.replace(/\./g, "-")}-review.xlsx`);
    const run = await promo(["review", path.join("examples", roster), "--as-of", "2026-11-23", "--out", out]);
    expect(run.code).toBe(0);
  });

  test("no cell text is cut on any output sheet", async () => {
    expect((await cutCells(out, OUTPUT_SHEETS)).map((c) => `${c.sheet}!${c.cell} (${c.why}): ${c.text}`)).toEqual([]);
  });

  test("every number on the summary stands under a header aligned as it is", async () => {
    expect(await misalignedHeaders(out, "晋升汇总")).toEqual([]);
  });

  test("the near misses' 差距 is in words, never a bare field name", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("晋升汇总")!;
    const names = new Set(FIELDS.flatMap((f) => f.zh));
    const gaps: string[] = [];
    ws.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        if (cell.value !== "差距") return;
        for (let k = r + 1; ws.getCell(k, c).value !== null; k++) gaps.push(String(ws.getCell(k, c).value));
      });
    });
    const bare = gaps.flatMap((g) => g.split(/[；;]/).map((p) => p.trim())).filter((p) => names.has(p) || !/差|缺少|否决|超出|需为|未|有误|学历/.test(p));
    expect(bare).toEqual([]);
  });
});

test("the measure can fail: a long unwrapped text beside a filled cell, and a wrapped one in a short row, are cut", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("晋升评审");
  ws.getColumn(1).width = 10;
  ws.getCell("A1").value = "任现职 0.25年 < 1年；客户满意度 缺少数据";
  ws.getCell("B1").value = "x";
  ws.getCell("A2").value = "任现职 0.25年 < 1年；客户满意度 缺少数据";
  ws.getCell("A2").alignment = { wrapText: true };
  ws.getCell("A3").value = 123456789012;
  const file = path.join(dir, "cut.xlsx");
  await wb.xlsx.writeFile(file);
  expect((await cutCells(file, ["晋升评审"])).map((c) => c.cell)).toEqual(["A1", "A2", "A3"]);
  expect(minLines("任现职 0.25年", 5)).toBe(3);
});
