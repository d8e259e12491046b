import { writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { errorCell, percentCell, UNCALCULATED } from "../../../src/core";
import { CliError } from "../../../src/cli/io/errors";
import { cellFromValue, isPercentFormat, loadWorkbook, pickRosterSheet, rosterFromWorksheet } from "../../../src/cli/io/read-xlsx";
import { HEADER, makeTempDir, removeTempDir } from "./fixtures";

let dir: string;
beforeEach(() => (dir = makeTempDir()));
afterEach(() => removeTempDir(dir));

/** Writes a workbook built by `build` and loads it back through {@link loadWorkbook}. */
async function roundTrip(build: (wb: ExcelJS.Workbook) => void, name = "book.xlsx"): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return loadWorkbook(file);
}

describe("cellFromValue", () => {
  test("converts each exceljs value kind", () => {
    const d = new Date(Date.UTC(2023, 4, 1));
    expect(cellFromValue(0.95, "0%")).toEqual(percentCell(0.95));
    expect(cellFromValue(95, "0.00")).toBe(95);
    expect(cellFromValue(d)).toBe(d);
    expect(cellFromValue({ formula: "1+1", result: 2 })).toBe(2);
    expect(cellFromValue({ formula: "A1", result: 0.5 }, "0.0%")).toEqual(percentCell(0.5));
    // A formula saved without its result (openpyxl) is an error naming the cell, never empty (issue 19).
    expect(cellFromValue({ formula: "A1" })).toEqual(errorCell(UNCALCULATED));
    expect(cellFromValue({ sharedFormula: "K2", result: "x" } as ExcelJS.CellSharedFormulaValue)).toBe("x");
    expect(cellFromValue({ formula: "NA()", result: { error: "#N/A" } })).toEqual(errorCell("#N/A"));
    expect(cellFromValue({ richText: [{ text: "张" }, { text: "三" }] })).toBe("张三");
    expect(cellFromValue({ text: "link", hyperlink: "http://x" })).toBe("link");
    expect(cellFromValue({ error: "#REF!" })).toEqual(errorCell("#REF!"));
    expect(cellFromValue(true)).toBe(true);
    expect(cellFromValue("=SUM(A1)")).toBe("=SUM(A1)");
    expect(cellFromValue(null)).toBeNull();
  });

  test("percent formats: % outside quotes and escapes only", () => {
    expect(isPercentFormat("0%")).toBe(true);
    expect(isPercentFormat("0.00%;[Red]-0.00%")).toBe(true);
    expect(isPercentFormat('0 "%"')).toBe(false);
    expect(isPercentFormat("0\\%")).toBe(false);
    expect(isPercentFormat("General")).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });
});

describe("rosterFromWorksheet", () => {
  test("reads every value kind from a saved workbook", async () => {
    const wb = await roundTrip((b) => {
      const ws = b.addWorksheet("名单");
      ws.addRow(["工号", "满意度", "公式", "富文本", "错误", "日期", "链接", "布尔", "共享"]);
      const r = ws.addRow(["E1", 0.95, { formula: "1+1", result: 2 }, { richText: [{ text: "张", font: { bold: true } }, { text: "三" }] }, { error: "#N/A" }, new Date(Date.UTC(2023, 4, 1)), { text: "主页", hyperlink: "http://x" }, true, { formula: "2+3", result: 5 }]);
      r.getCell(2).numFmt = "0.0%";
      ws.getCell("I3").value = { sharedFormula: "I2", result: 7 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell("C3").value = { formula: "B2*100", result: 0.9 };
      ws.getCell("C3").numFmt = "0%";
    });
    const roster = rosterFromWorksheet(wb.getWorksheet("名单")!);
    expect(roster.sheet).toBe("名单");
    expect(roster.firstRow).toBe(1);
    expect(roster.firstColumn).toBe(0);
    expect(roster.rows[1]).toEqual(["E1", percentCell(0.95), 2, "张三", errorCell("#N/A"), new Date(Date.UTC(2023, 4, 1)), "主页", true, 5]);
    expect(roster.rows[2]).toEqual([null, null, percentCell(0.9), null, null, null, null, null, 7]);
  });

  test("merged header cells: value on the master only", async () => {
    const wb = await roundTrip((b) => {
      const ws = b.addWorksheet("S");
      ws.getCell("A1").value = "2026 年度晋升名单";
      ws.mergeCells("A1:D1");
      ws.getCell("A2").value = "基本信息";
      ws.mergeCells("A2:B2");
      ws.getCell("C2").value = "考核";
      ws.addRow(["工号", "姓名", "职级", "绩效"]);
    });
    const roster = rosterFromWorksheet(wb.getWorksheet("S")!);
    expect(roster.rows[0]).toEqual(["2026 年度晋升名单", null, null, null]);
    expect(roster.rows[1]).toEqual(["基本信息", null, "考核"]);
    expect(roster.rows[2]).toEqual(["工号", "姓名", "职级", "绩效"]);
  });

  test("used range: first used row and column, empty rows inside kept", async () => {
    const wb = await roundTrip((b) => {
      const ws = b.addWorksheet("S");
      ws.getCell("C3").value = "title";
      ws.getCell("D6").value = 1;
      ws.getCell("F6").value = "x";
    });
    const roster = rosterFromWorksheet(wb.getWorksheet("S")!);
    expect(roster.firstRow).toBe(3);
    expect(roster.firstColumn).toBe(2);
    expect(roster.rows).toEqual([["title"], [], [], [null, 1, null, "x"]]);
  });

  test("an empty sheet gives no rows", async () => {
    const wb = await roundTrip((b) => void b.addWorksheet("Empty"));
    expect(rosterFromWorksheet(wb.getWorksheet("Empty")!).rows).toEqual([]);
  });
});

describe("pickRosterSheet", () => {
  const build = (b: ExcelJS.Workbook): void => {
    b.addWorksheet("说明").addRow(["本工作簿用于晋升评审"]);
    const review = b.addWorksheet("晋升评审");
    review.addRow([...HEADER]); // a product sheet, even with a header row
    const roster = b.addWorksheet("名单");
    roster.addRow(["2026 年客服晋升名单"]);
    roster.addRow([]);
    roster.addRow([...HEADER]);
    roster.addRow(["E1", "张三"]);
    b.addWorksheet("人才库 (2)").addRow([...HEADER]);
  };

  test("the first non-product sheet with a header row (title rows above it)", async () => {
    const wb = await roundTrip(build);
    expect(pickRosterSheet(wb).name).toBe("名单");
  });

  test("by name, exact or ignoring case and spaces", async () => {
    const wb = await roundTrip(build);
    expect(pickRosterSheet(wb, "说明").name).toBe("说明");
    wb.addWorksheet("Roster");
    expect(pickRosterSheet(wb, " roster ").name).toBe("Roster");
  });

  test("an unknown name lists the sheets", async () => {
    const wb = await roundTrip(build);
    expect(() => pickRosterSheet(wb, "花名册")).toThrow(CliError);
    expect(() => pickRosterSheet(wb, "花名册")).toThrow(/「花名册」.*「说明」、「晋升评审」、「名单」、「人才库 \(2\)」/);
  });

  test("no sheet with a header row", async () => {
    const wb = await roundTrip((b) => void b.addWorksheet("A").addRow(["工号", "姓名"]));
    expect(() => pickRosterSheet(wb)).toThrow(/没有花名册.*「A」.*--sheet/);
  });

  test("a header row below row 20 is not found", async () => {
    const wb = await roundTrip((b) => {
      const ws = b.addWorksheet("A");
      ws.getCell("A21").value = "x"; // used rows start at 21: row 21 is the first, header at 41
      ws.getRow(41).values = [...HEADER];
    });
    expect(() => pickRosterSheet(wb)).toThrow(CliError);
  });
});

describe("loadWorkbook", () => {
  test("missing file", async () => {
    const file = path.join(dir, "nope.xlsx");
    await expect(loadWorkbook(file)).rejects.toThrow(`找不到文件 ${file}`);
  });

  test("a password-protected (OLE) file", async () => {
    const file = path.join(dir, "secret.xlsx");
    writeFileSync(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    const error = await loadWorkbook(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toContain(file);
    expect((error as CliError).message).toMatch(/密码保护或已损坏/);
    expect((error as CliError).text("en-US")).toMatch(/password-protected or damaged/);
    expect((error as CliError).exitCode).toBe(2);
  });

  test("a corrupt file: not a zip, or a truncated zip", async () => {
    const text = path.join(dir, "text.xlsx");
    writeFileSync(text, "工号,姓名\n");
    await expect(loadWorkbook(text)).rejects.toThrow(/text\.xlsx.*密码保护或已损坏/);
    const good = new ExcelJS.Workbook();
    good.addWorksheet("S").addRow(["a"]);
    const buffer = Buffer.from(await good.xlsx.writeBuffer());
    const cut = path.join(dir, "cut.xlsx");
    writeFileSync(cut, buffer.subarray(0, Math.floor(buffer.length / 2)));
    await expect(loadWorkbook(cut)).rejects.toThrow(/cut\.xlsx.*密码保护或已损坏/);
    const empty = path.join(dir, "empty.xlsx");
    writeFileSync(empty, "");
    await expect(loadWorkbook(empty)).rejects.toThrow(/密码保护或已损坏/);
  });

  test("a folder", async () => {
    await expect(loadWorkbook(dir)).rejects.toThrow(CliError);
  });
});
