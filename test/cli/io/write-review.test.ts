import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { getTemplate, reviewRoster, type Review } from "../../../src/core";
import { CliError } from "../../../src/cli/io/errors";
import { readCsvRoster } from "../../../src/cli/io/read-csv";
import { loadWorkbook, pickRosterSheet, rosterFromWorksheet } from "../../../src/cli/io/read-xlsx";
import { assertOverwritable, readSignOffs, writeReviewWorkbook } from "../../../src/cli/io/write-review";
import { DATA, HEADER, makeTempDir, poolReview, removeTempDir } from "./fixtures";

let dir: string;
beforeEach(() => (dir = makeTempDir()));
afterEach(() => removeTempDir(dir));

const ZH_HEADERS = ["行号", "工号", "姓名", "部门", "当前职级", "状态", "下一职级", "综合得分", "未达标项", "预计达标日期", "任现职(年)", "储备津贴(元/月)", "数据问题", "主管确认"];

/** A source workbook: a notes sheet, then the roster under a title row, with typed cells. */
async function makeSource(file: string, extra?: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("说明").addRow(["晋升评审用名单", 2026]);
  const ws = wb.addWorksheet("名单");
  ws.addRow(["2026 年客服晋升名单"]);
  ws.mergeCells("A1:F1");
  ws.addRow([...HEADER]);
  for (const r of DATA) ws.addRow([...r] as ExcelJS.CellValue[]);
  ws.getCell("E3").value = new Date(Date.UTC(2024, 0, 1)); // a real date cell
  ws.getCell("J3").value = 0.96;
  ws.getCell("J3").numFmt = "0%";
  ws.getCell("P3").value = { formula: "G3*2", result: 180 };
  extra?.(wb);
  await wb.xlsx.writeFile(file);
}

/** Loads, reviews and writes like `promo review` does; returns the review. */
async function runReview(input: string, out: string, signOffs?: Map<string, string>, locale: "zh-CN" | "en-US" = "zh-CN"): Promise<Review> {
  const wb = await loadWorkbook(input);
  const roster = rosterFromWorksheet(pickRosterSheet(wb));
  const review = reviewRoster(roster, getTemplate("taobao-cs")!, { asOf: "2026-11-23", locale });
  await writeReviewWorkbook({ review, source: wb, sourceRows: roster, outPath: out, locale, ...(signOffs ? { signOffs } : {}), inputPath: input });
  return review;
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function rowTexts(ws: ExcelJS.Worksheet, r: number): unknown[] {
  return (ws.getRow(r).values as unknown[]).slice(1);
}

/** Row number (on the results sheet) of an employee id. */
function rowOf(ws: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  for (let r = 3; r <= ws.rowCount; r++) if (ws.getCell(r, 2).value === id) return ws.getRow(r);
  throw new Error(`no row for ${id}`);
}

describe("writeReviewWorkbook from an .xlsx roster", () => {
  let input: string;
  let out: string;
  let review: Review;
  let wb: ExcelJS.Workbook;

  beforeEach(async () => {
    input = path.join(dir, "名单.xlsx");
    out = path.join(dir, "名单-review.xlsx");
    await makeSource(input);
    review = await runReview(input, out);
    wb = await open(out);
  });

  test("the source sheets are still there with identical values; the input is untouched", async () => {
    const before = await open(input);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["说明", "名单", "晋升评审", "人才库", "晋升汇总"]);
    for (const name of ["说明", "名单"]) {
      const a = before.getWorksheet(name)!;
      const b = wb.getWorksheet(name)!;
      expect(rosterFromWorksheet(b)).toEqual(rosterFromWorksheet(a));
      a.eachRow((row, r) => row.eachCell((cell, c) => expect(b.getCell(r, c).value).toEqual(cell.value)));
    }
    expect(wb.getWorksheet("名单")!.getCell("J3").numFmt).toBe("0%");
    expect(wb.getWorksheet("名单")!.getCell("P3").value).toEqual({ formula: "G3*2", result: 180 });
    expect(before.worksheets.map((s) => s.name)).toEqual(["说明", "名单"]);
    expect(before.keywords ?? "").not.toContain("PromoLadder");
  });

  test("results sheet: title, headers, one row per employee", () => {
    const ws = wb.getWorksheet("晋升评审")!;
    const title = String(ws.getCell("A1").value);
    expect(title).toContain("淘宝客服");
    expect(title).toContain(review.policy.fingerprint);
    expect(title).toContain("2026-11-23");
    expect(rowTexts(ws, 2)).toEqual(ZH_HEADERS);
    expect(ws.rowCount).toBe(2 + DATA.length);
    const e1 = rowOf(ws, "E001");
    expect(e1.getCell(1).value).toBe(3); // sheet row of E001 in 名单 (title row above the header)
    expect(e1.getCell(3).value).toBe("张三");
    expect(e1.getCell(6).value).toBe("可晋升");
    expect(e1.getCell(7).value).toBe("中级客服");
    expect(e1.getCell(8).value).toBe(86.25);
    expect(e1.getCell(11).value).toBe(2.83);
    expect(e1.getCell(12).value).toBe(0);
    const e2 = rowOf(ws, "E002");
    expect(e2.getCell(6).value).toBe("未达标");
    expect(e2.getCell(7).value).toBe("高级客服");
    expect(String(e2.getCell(9).value)).toMatch(/^任现职 0\.42年 < 1年$/);
    expect(e2.getCell(9).alignment?.wrapText).toBe(true);
    const e3 = rowOf(ws, "E003");
    expect(e3.getCell(6).value).toBe("已最高");
    expect(e3.getCell(7).value).toBeNull();
    const e4 = rowOf(ws, "E004");
    expect(e4.getCell(6).value).toBe("数据错误");
    expect(e4.getCell(13).value).toMatch(/^G6: .*优秀/);
  });

  test("ready dates are Date cells with a date format", () => {
    const cell = rowOf(wb.getWorksheet("晋升评审")!, "E002").getCell(10);
    expect(cell.value).toEqual(new Date(Date.UTC(2027, 5, 1)));
    expect(cell.type).toBe(ExcelJS.ValueType.Date);
    expect(cell.numFmt).toBe("yyyy-mm-dd");
  });

  test("status colours, bold header with a fill, frozen pane, autoFilter, widths", () => {
    const ws = wb.getWorksheet("晋升评审")!;
    const fill = (id: string): string | undefined => {
      const f = rowOf(ws, id).getCell(6).fill as ExcelJS.FillPattern | undefined;
      return f?.fgColor?.argb;
    };
    expect(fill("E001")).toBe("FFC6EFCE");
    expect(rowOf(ws, "E001").getCell(6).font?.color?.argb).toBe("FF006100");
    expect(fill("E002")).toBeUndefined();
    expect(fill("E003")).toBe("FFDDEBF7");
    expect(fill("E004")).toBe("FFFFC7CE");
    expect(rowOf(ws, "E004").getCell(6).font?.color?.argb).toBe("FF9C0006");
    const header = ws.getCell("A2");
    expect(header.font?.bold).toBe(true);
    expect((header.fill as ExcelJS.FillPattern).pattern).toBe("solid");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(ws.autoFilter).toBe(`A2:N${2 + DATA.length}`);
    expect(ws.getColumn(9).width).toBeGreaterThanOrEqual(20);
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(8);
  });

  test("a name like =SUM(A1) is written as text, not a formula", () => {
    const cell = rowOf(wb.getWorksheet("晋升评审")!, "E005").getCell(3);
    expect(cell.value).toBe("=SUM(A1)");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeFalsy();
    const xml = readFileSync(out).includes(Buffer.from("<f>SUM(A1)</f>"));
    expect(xml).toBe(false);
  });

  test("ownership keywords, summary and pool sheets", () => {
    expect(wb.keywords).toContain("PromoLadder");
    expect(wb.keywords).toContain("PromoLadder:晋升评审|人才库|晋升汇总");
    const pool = wb.getWorksheet("人才库")!;
    expect(rowTexts(pool, 2)).toEqual(["工号", "姓名", "部门", "储备职级", "待补职级", "绩效", "技能", "任现职(年)", "津贴(元/月)"]);
    const summary = wb.getWorksheet("晋升汇总")!;
    const cells: unknown[] = [];
    summary.eachRow((row) => cells.push(...(row.values as unknown[]).slice(1)));
    expect(cells).toEqual(expect.arrayContaining(["淘宝客服", "taobao-cs", review.policy.fingerprint, "2026-11-23", "可晋升", "客服一部", "初级客服"]));
  });

  test("no temp file is left behind", () => {
    expect(readdirSync(dir).sort()).toEqual(["名单-review.xlsx", "名单.xlsx"]);
  });
});

describe("ownership of the product's sheet names", () => {
  test("a user's own 晋升评审 sheet is kept; the product writes 晋升评审 (2) and replaces it on a re-run", async () => {
    const input = path.join(dir, "in.xlsx");
    await makeSource(input, (wb) => wb.addWorksheet("晋升评审").addRow(["我的笔记", "不要覆盖"]));
    const out1 = path.join(dir, "out1.xlsx");
    await runReview(input, out1);
    const wb1 = await open(out1);
    expect(wb1.worksheets.map((s) => s.name)).toEqual(["说明", "名单", "晋升评审", "晋升评审 (2)", "人才库", "晋升汇总"]);
    expect(rowTexts(wb1.getWorksheet("晋升评审")!, 1)).toEqual(["我的笔记", "不要覆盖"]);
    expect(rowTexts(wb1.getWorksheet("晋升评审 (2)")!, 2)).toEqual(ZH_HEADERS);
    expect(wb1.keywords).toContain("PromoLadder:晋升评审 (2)|人才库|晋升汇总");

    // A manager signs off in the output, which is then reviewed again (as the input).
    rowOf(wb1.getWorksheet("晋升评审 (2)")!, "E001").getCell(14).value = "同意 王经理";
    await wb1.xlsx.writeFile(out1);
    const out2 = path.join(dir, "out2.xlsx");
    await runReview(out1, out2);
    const wb2 = await open(out2);
    expect(wb2.worksheets.map((s) => s.name)).toEqual(["说明", "名单", "晋升评审", "晋升评审 (2)", "人才库", "晋升汇总"]);
    expect(rowTexts(wb2.getWorksheet("晋升评审")!, 1)).toEqual(["我的笔记", "不要覆盖"]);
    expect(rowOf(wb2.getWorksheet("晋升评审 (2)")!, "E001").getCell(14).value).toBe("同意 王经理");
  });

  test("numbered variants skip names the user already has", async () => {
    const input = path.join(dir, "in.xlsx");
    await makeSource(input, (wb) => {
      wb.addWorksheet("人才库");
      wb.addWorksheet("人才库 (2)");
    });
    const out = path.join(dir, "out.xlsx");
    await runReview(input, out);
    expect((await open(out)).keywords).toContain("PromoLadder:晋升评审|人才库 (3)|晋升汇总");
  });
});

describe("sign-offs", () => {
  test("carried over by id from an existing output, rows reordered", async () => {
    const input = path.join(dir, "in.xlsx");
    const out = path.join(dir, "out.xlsx");
    await makeSource(input);
    await runReview(input, out);
    const wb = await open(out);
    const ws = wb.getWorksheet("晋升评审")!;
    rowOf(ws, "E002").getCell(14).value = "同意";
    rowOf(ws, "E003").getCell(14).value = new Date(Date.UTC(2026, 10, 30));
    await wb.xlsx.writeFile(out);

    const signOffs = await readSignOffs(out);
    expect([...signOffs.entries()].sort()).toEqual([["E002", "同意"], ["E003", "2026-11-30"]]);

    // The roster is re-sorted; sign-offs follow the ids, not the rows.
    const resorted = path.join(dir, "resorted.xlsx");
    await makeSource(resorted, (b) => {
      const s = b.getWorksheet("名单")!;
      const r3 = rowTexts(s, 3);
      const r4 = rowTexts(s, 4);
      s.getRow(3).values = r4 as ExcelJS.CellValue[];
      s.getRow(4).values = r3 as ExcelJS.CellValue[];
    });
    await assertOverwritable(out, resorted);
    await runReview(resorted, out, signOffs);
    const again = (await open(out)).getWorksheet("晋升评审")!;
    expect(again.getCell(3, 2).value).toBe("E002");
    expect(rowOf(again, "E002").getCell(14).value).toBe("同意");
    expect(rowOf(again, "E003").getCell(14).value).toBe("2026-11-30");
    expect(rowOf(again, "E001").getCell(14).value).toBeNull();
  });

  test("English output: headers and sign-offs", async () => {
    const input = path.join(dir, "in.xlsx");
    const out = path.join(dir, "out.xlsx");
    await makeSource(input);
    await runReview(input, out, new Map([["E001", "OK"]]), "en-US");
    const ws = (await open(out)).getWorksheet("晋升评审")!;
    expect(rowTexts(ws, 2)).toEqual(["Row", "ID", "Name", "Department", "Level", "Status", "Next level", "Score", "Gaps", "Ready date", "Years in level", "Allowance (yuan/month)", "Data issues", "Manager sign-off"]);
    expect(rowOf(ws, "E001").getCell(6).value).toBe("Eligible");
    expect(new Map(await readSignOffs(out))).toEqual(new Map([["E001", "OK"]]));
  });

  test("no file, or not a PromoLadder output: no sign-offs", async () => {
    expect(new Map(await readSignOffs(path.join(dir, "none.xlsx")))).toEqual(new Map());
    const other = path.join(dir, "other.xlsx");
    await makeSource(other);
    expect(new Map(await readSignOffs(other))).toEqual(new Map());
  });
});

describe("safety", () => {
  test("refuses to write over the input", async () => {
    const input = path.join(dir, "in.xlsx");
    await makeSource(input);
    const before = readFileSync(input);
    const same = path.join(dir, ".", "sub", "..", "in.xlsx");
    await expect(runReview(input, same)).rejects.toThrow(CliError);
    await expect(assertOverwritable(same, input)).rejects.toThrow(/就是花名册本身.*换一个 --out/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test("assertOverwritable: missing or a PromoLadder output is fine; anything else is refused", async () => {
    const input = path.join(dir, "in.xlsx");
    const out = path.join(dir, "out.xlsx");
    await makeSource(input);
    await expect(assertOverwritable(out, input)).resolves.toBeUndefined();
    await runReview(input, out);
    await expect(assertOverwritable(out, input)).resolves.toBeUndefined();
    const user = path.join(dir, "budget.xlsx");
    await makeSource(user);
    await expect(assertOverwritable(user, input)).rejects.toThrow(/budget\.xlsx 已存在且不是 PromoLadder 写的.*换一个 --out/);
    const text = path.join(dir, "notes.xlsx");
    writeFileSync(text, "hello");
    await expect(assertOverwritable(text)).rejects.toThrow(CliError);
    await expect(assertOverwritable(dir)).rejects.toThrow(/是文件夹/);
  });

  test("a failed write leaves no temp file and no output", async () => {
    const input = path.join(dir, "in.xlsx");
    await makeSource(input);
    await expect(runReview(input, path.join(dir, "missing", "out.xlsx"))).rejects.toThrow(/所在文件夹不存在/);
    const target = path.join(dir, "adir.xlsx");
    mkdirSync(target);
    writeFileSync(path.join(target, "keep"), "x");
    await expect(runReview(input, target)).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(["adir.xlsx", "in.xlsx"]);
  });
});

describe("CSV input and the talent pool", () => {
  test("the CSV rows are copied into a sheet named after the file", async () => {
    const csv = path.join(dir, "客服名单.csv");
    writeFileSync(csv, [HEADER.join(","), ...DATA.map((r) => r.map((c) => (c === null ? "" : String(c))).join(","))].join("\n"));
    const roster = await readCsvRoster(csv);
    const review = reviewRoster(roster, getTemplate("taobao-cs")!, { asOf: "2026-11-23" });
    const out = path.join(dir, "out.xlsx");
    await writeReviewWorkbook({ review, source: null, sourceRows: roster, outPath: out, locale: "zh-CN", inputPath: csv });
    const wb = await open(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["客服名单", "晋升评审", "人才库", "晋升汇总"]);
    const copy = rosterFromWorksheet(wb.getWorksheet("客服名单")!);
    expect(copy.rows).toEqual(roster.rows);
    expect(wb.getWorksheet("客服名单")!.getCell("B6").value).toBe("=SUM(A1)");
    expect(rowOf(wb.getWorksheet("晋升评审")!, "E001").getCell(6).value).toBe("可晋升");
  });

  test("awaiting a vacancy: amber status, pool rows, allowance total and by-level table", async () => {
    const review = poolReview();
    const out = path.join(dir, "pool.xlsx");
    await writeReviewWorkbook({ review, source: null, outPath: out, locale: "zh-CN" });
    const wb = await open(out);
    const results = wb.getWorksheet("晋升评审")!;
    const s01 = rowOf(results, "S01");
    expect(s01.getCell(6).value).toBe("待空缺");
    expect((s01.getCell(6).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFEB9C");
    expect(s01.getCell(12).value).toBe(30);
    const pool = wb.getWorksheet("人才库")!;
    expect(rowTexts(pool, 3)).toEqual(["S01", "钱七", "一号店", "储备领班", "领班", 88, 85, 1.83, 30]);
    expect(rowTexts(pool, 4)).toEqual(["S02", "孙八", "二号店", "储备店长", "四级店长", 90, 92, 2.83, 50]);
    const total = rowTexts(pool, 5);
    expect(total[0]).toMatch(/^合计/);
    expect(total[8]).toBe(80);
    expect(rowTexts(pool, 7)).toEqual(["储备职级", "人数", "津贴合计(元/月)"]);
    expect(rowTexts(pool, 8)).toEqual(["储备领班", 1, 30]);
    const summary = wb.getWorksheet("晋升汇总")!;
    let allowance: unknown;
    summary.eachRow((row) => {
      if (row.getCell(1).value === "储备津贴合计(元/月)") allowance = row.getCell(2).value;
    });
    expect(allowance).toBe(80);
  });
});

describe("what the output workbook carries besides values", () => {
  test("output sheets print landscape, one page wide, with the frozen header repeated", async () => {
    const input = path.join(dir, "名单.xlsx");
    const out = path.join(dir, "out.xlsx");
    await makeSource(input);
    await runReview(input, out);
    const wb = await open(out);
    for (const name of ["晋升评审", "人才库", "晋升汇总"]) {
      const setup = wb.getWorksheet(name)!.pageSetup;
      expect(setup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 });
    }
    expect(wb.getWorksheet("晋升评审")!.pageSetup.printTitlesRow).toBe("1:2");
  });

  test("a dropdown on the roster is written back as its one range, not as overlapping ranges (exceljs #2820)", async () => {
    const input = path.join(dir, "名单.xlsx");
    const out = path.join(dir, "out.xlsx");
    await makeSource(input, (wb) => {
      const ws = wb.getWorksheet("名单")!;
      for (let r = 3; r <= 12; r++) ws.getCell(`N${r}`).dataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
    });
    await runReview(input, out);
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(readFileSync(out));
    const wb = await open(out);
    const index = wb.worksheets.findIndex((s) => s.name === "名单") + 1;
    const xml = await zip.file(`xl/worksheets/sheet${index}.xml`)!.async("string");
    const sqrefs = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(sqrefs).toEqual(["N3:N12"]);
  });

  test("a report text longer than an Excel cell holds is cut to 32,767 characters", async () => {
    const long = "张".repeat(40000);
    const csv = path.join(dir, "名单.csv");
    writeFileSync(csv, `\uFEFF${HEADER.join(",")}\n${DATA.map((r, i) => r.map((c, j) => (i === 0 && j === 1 ? long : String(c ?? ""))).join(",")).join("\n")}\n`);
    const roster = await readCsvRoster(csv);
    const review = reviewRoster(roster, getTemplate("taobao-cs")!, { asOf: "2026-11-23", locale: "zh-CN" });
    const out = path.join(dir, "out.xlsx");
    await writeReviewWorkbook({ review, source: null, sourceRows: roster, outPath: out, locale: "zh-CN", inputPath: csv });
    const wb = await open(out);
    const names = [...Array(wb.getWorksheet("晋升评审")!.rowCount).keys()].map((r) => wb.getWorksheet("晋升评审")!.getCell(r + 1, 3).value);
    expect(names).toContain("张".repeat(32767));
  });
});
