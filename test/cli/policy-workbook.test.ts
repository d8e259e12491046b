import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { getTemplate } from "../../src/core";
import { coalesceValidations } from "../../src/cli/io/data-validations";
import { exportPolicyWorkbook, readPolicySheets, sheetDataOf } from "../../src/cli/io/policy-workbook";
import { readZipEntry } from "../../src/cli/io/xlsx-props";

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "promo-pw-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The data-validation ranges of the n-th sheet of an .xlsx file. */
async function sqrefs(file: string, n: number): Promise<string[]> {
  const xml = (await readZipEntry(file, `xl/worksheets/sheet${n}.xml`))!.toString("utf8");
  return [...xml.matchAll(/sqref="([^"]*)"/g)].map((m) => m[1]!);
}

describe("exported policy workbook", () => {
  it("has bold frozen headers, landscape one-page-wide printing, dropdowns as whole ranges, and its keywords", async () => {
    const file = path.join(dir, "p.xlsx");
    await exportPolicyWorkbook(getTemplate("taobao-cs")!, file, "zh-CN");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.keywords).toBe("PromoLadder-policy:晋升方案|职级|规则|发展措施");
    const rules = wb.getWorksheet("规则")!;
    expect(rules.getCell("A1").font?.bold).toBe(true);
    expect(rules.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(rules.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1 });
    expect(rules.getCell("F4").numFmt).toBe("0%");
    expect(rules.getCell("E2").dataValidation).toMatchObject({ type: "list", formulae: ['">=,<=,=,in,not_within,between"'] });
    expect(rules.getCell("D30").dataValidation?.formulae).toEqual(["'晋升方案'!$A$23:$A$49"]); // two talent rows (issue #20) above the field list
    expect(await sqrefs(file, 3)).toEqual(["C2:C125", "D2:D125", "E2:E125", "H2:H125"]);
    expect(await sqrefs(file, 2)).toEqual(["E2:E105", "H2:H105"]); // 储备 and 关键岗位 dropdowns
  });

  it("reads back through exceljs cell values (percent cells, numbers, text) as the core reads them", async () => {
    const file = path.join(dir, "p.xlsx");
    await exportPolicyWorkbook(getTemplate("store-ops")!, file, "en-US");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheets = readPolicySheets(wb);
    expect(sheets.map((s) => s.name)).toEqual(["Policy", "Levels", "Rules", "Development actions"]);
    expect(sheets[1]!.rows[3]).toEqual([null, 3, "储备领班", "储备厨师长", "Yes", 30, "领班"]);
  });

  it("sheetDataOf puts cells at their sheet row and column", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("x");
    ws.getCell("C3").value = "a";
    ws.getCell("D4").value = 1;
    expect(sheetDataOf(ws).rows).toEqual([[], [], [null, null, "a"], [null, null, null, 1]]);
  });
});

describe("coalesceValidations", () => {
  it("writes per-cell dropdowns read back by exceljs as one range, not overlapping ones", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    for (let r = 2; r <= 105; r++) ws.getCell(r, 5).dataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
    ws.getCell("G7").dataValidation = { type: "list", allowBlank: true, formulae: ['"a,b"'] };
    const file = path.join(dir, "dv.xlsx");
    await wb.xlsx.writeFile(file);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    coalesceValidations(back.worksheets[0]!); // without it exceljs writes E10:E105 and E2:E105, overlapping
    await back.xlsx.writeFile(file);
    expect((await sqrefs(file, 1)).sort()).toEqual(["E2:E105", "G7"]);
  });
});
