/**
 * The streaming reader against the workbook reader: the same roster (cell for cell), the same
 * sheet choice and messages, the same sign-offs; and the parsing details exceljs's own streaming
 * reader gets wrong (multi-byte characters split between chunks, formula result types, merges).
 */
import { readdirSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { getTemplate, reviewRoster } from "../../../src/core";
import { CliError } from "../../../src/cli/io/errors";
import { loadWorkbook, pickRosterSheet, rosterFromWorksheet } from "../../../src/cli/io/read-xlsx";
import { readSignOffs, writeReviewWorkbook } from "../../../src/cli/io/write-review";
import { readSharedStrings } from "../../../src/cli/io/stream/shared-strings";
import { parseSheet, type ParsedRow, type SheetTail } from "../../../src/cli/io/stream/sheet-parser";
import { streamRoster } from "../../../src/cli/io/stream/read-roster-stream";
import { readSignOffsStreaming } from "../../../src/cli/io/stream/sign-offs";
import { decodeUtf8 } from "../../../src/cli/io/stream/xml-text";
import { ROOT } from "../run-cli";
import { makeTempDir, removeTempDir } from "./fixtures";
import { messyWorkbook } from "./stream-fixtures";

let dir: string;
beforeEach(() => (dir = makeTempDir()));
afterEach(() => removeTempDir(dir));

/** Bytes cut into chunks of `size` (so multi-byte characters fall across chunk boundaries). */
async function* chunks(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, "utf8");
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** The roster as the workbook reader reads it. */
async function workbookRoster(file: string, sheet?: string) {
  return rosterFromWorksheet(pickRosterSheet(await loadWorkbook(file), sheet));
}

describe("decoding and parsing", () => {
  test("a Chinese character split between chunks is decoded whole", async () => {
    const text = "张三李四王五赵六".repeat(50);
    for (const size of [1, 2, 4, 7, 16]) expect((await collect(decodeUtf8(chunks(text, size)))).join("")).toBe(text);
  });

  test("cells read whole whatever the chunk size, with their types, formulas, merges and panes", async () => {
    const xml =
      '<?xml version="1.0"?><worksheet><sheetViews><sheetView><pane xSplit="1" ySplit="2" topLeftCell="B3" state="frozen"/><selection pane="bottomRight" activeCell="C5"/></sheetView></sheetViews>' +
      '<cols><col min="2" max="3" width="14.5" customWidth="1"/></cols><sheetData>' +
      '<row r="2" ht="30" customHeight="1"><c r="A2" t="inlineStr"><is><t>欧阳娜娜</t></is></c><c r="B2" t="s"><v>0</v></c><c r="C2" t="e"><v>#N/A</v></c></row>' +
      '<row r="3" hidden="1"><c r="A3"><f t="shared" ref="A3:A4" si="0">B3*2</f><v>4</v></c><c r="B3" t="b"><f>TRUE()</f><v>1</v></c><c r="C3" t="e"><f>NA()</f><v>#N/A</v></c></row>' +
      '<row r="4"><c r="A4"><f t="shared" si="0"/><v>6</v></c><c r="C4" t="inlineStr"><is><r><t>张</t></r><r><rPr><b/></rPr><t>三</t></r><rPh><t>zhang</t></rPh></is></c></row>' +
      '</sheetData><autoFilter ref="A1:C1"/><mergeCells count="1"><mergeCell ref="A5:C5"/></mergeCells>' +
      '<hyperlinks><hyperlink ref="A2" r:id="rId1"/><hyperlink ref="B2" location="Sheet2!A1" display="x"/></hyperlinks></worksheet>';
    for (const size of [3, 64, 100_000]) {
      const rows: ParsedRow[] = [];
      let tail: SheetTail | null = null;
      let frozen: unknown = null;
      await parseSheet(chunks(xml, size), { head: (h) => (frozen = h.frozen), row: (r) => rows.push(r), tail: (t) => void (tail = t) });
      expect(frozen).toEqual({ rows: 2, columns: 1, topLeftCell: "B3", activeCell: "C5" });
      expect(rows.map((r) => [r.r, r.height, r.hidden])).toEqual([[2, 30, false], [3, undefined, true], [4, undefined, false]]);
      expect(rows[0]!.cells.map((c) => [c.ref, c.type, c.text])).toEqual([["A2", "inlineStr", "欧阳娜娜"], ["B2", "s", "0"], ["C2", "e", "#N/A"]]);
      expect(rows[1]!.cells.map((c) => [c.ref, c.formula, c.type, c.text])).toEqual([["A3", "B3*2", undefined, "4"], ["B3", "TRUE()", "b", "1"], ["C3", "NA()", "e", "#N/A"]]);
      // The shared formula moved to its cell; the inline rich text without its phonetic guide.
      expect(rows[2]!.cells.map((c) => [c.ref, c.formula, c.runs])).toEqual([["A4", "B4*2", null], ["C4", null, ["张", "三"]]]);
      expect(tail).toEqual({
        merges: ["A5:C5"],
        autoFilter: "A1:C1",
        hyperlinks: [
          { ref: "A2", rId: "rId1", location: undefined, tooltip: undefined },
          { ref: "B2", rId: undefined, location: "Sheet2!A1", tooltip: undefined },
        ],
      });
    }
  });

  test("shared strings: plain, rich runs with fonts, escapes, phonetic guides left out", async () => {
    const xml =
      '<sst><si><t>客服一部</t></si><si><t xml:space="preserve"> 行_x000D_二 </t></si><si><r><t>张</t></r><r><rPr><b/><sz val="12"/><color rgb="FFFF0000"/></rPr><t>三</t></r></si>' +
      "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si><si><t/></si></sst>";
    for (const size of [5, 1000]) {
      expect(await readSharedStrings(chunks(xml, size))).toEqual([
        "客服一部",
        " 行\r二 ",
        { richText: [{ text: "张" }, { font: { bold: true, size: 12, color: { argb: "FFFF0000" } }, text: "三" }] },
        "東京",
        "",
      ]);
    }
  });
});

describe("streamRoster reads what the workbook reader reads", () => {
  test("a messy roster: the same cells, rows and columns", async () => {
    const file = path.join(dir, "messy.xlsx");
    await messyWorkbook().xlsx.writeFile(file);
    const streamed = await streamRoster(file);
    const loaded = await workbookRoster(file);
    expect(streamed.input).toEqual(loaded);
    expect(streamed.input.sheet).toBe("名单");
    // The cells that need care, as the core gets them:
    const row = (r: number) => streamed.input.rows[r - (loaded.firstRow ?? 1)]!;
    expect(row(4)[9]).toEqual({ kind: "percent", value: 0.96 });
    expect(row(4)[4]).toEqual(new Date(Date.UTC(2024, 0, 1)));
    expect(row(5)[1]).toBe("李四");
    expect(row(7)[12]).toEqual({ kind: "error", code: "#N/A" });
    expect(row(10)[6]).toEqual({ kind: "error", code: "#N/A" });
    expect(row(11)[5]).toEqual(new Date(Date.UTC(2024, 6, 1)));
    expect(row(4)[15]).toBe(true);
    expect(row(7)[16]).toBe(0); // a formula's cached 0, which exceljs's cell.value drops
    expect(row(5)[16]).toBe(180); // a shared formula's result
    expect(row(1)).toEqual(["2026 年客服晋升名单（内部）", null, null, null, null, null]);
    expect(streamed.sheets.map((s) => [s.name, s.state])).toEqual([["说明", "visible"], ["名单", "visible"], ["旧名单", "hidden"], ["晋升评审", "visible"]]);
    expect(streamed.policyBook.worksheets.map((w) => w.name)).toEqual(["说明", "名单", "旧名单", "晋升评审"]);
  });

  const fixtures = [
    ...readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(ROOT, "examples", f)),
    ...readdirSync(path.join(ROOT, "test/fixtures/bad-input")).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(ROOT, "test/fixtures/bad-input", f)),
  ];

  test.each(fixtures.map((f) => [path.relative(ROOT, f), f]))("%s: the same roster, or the same error", async (_name, file) => {
    const loaded = await workbookRoster(file).catch((e: unknown) => e);
    const streamed = await streamRoster(file).then(
      (s) => s.input,
      (e: unknown) => e,
    );
    if (loaded instanceof Error) {
      expect(streamed).toBeInstanceOf(CliError);
      // The same message, but for the zip library's wording of why a damaged file is damaged.
      expect((streamed as Error).message.replace(/\(.*\)/, "(…)")).toBe(loaded.message.replace(/\(.*\)/, "(…)"));
    } else {
      expect(streamed).toEqual(loaded);
    }
  });

  test("--sheet: the same sheet by name (case and spaces forgiven), the same message for an unknown one", async () => {
    const file = path.join(dir, "messy.xlsx");
    await messyWorkbook().xlsx.writeFile(file);
    expect((await streamRoster(file, { sheet: " 旧名单 " })).input).toEqual(await workbookRoster(file, " 旧名单 "));
    const loaded = await workbookRoster(file, "Nope").catch((e: Error) => e.message);
    await expect(streamRoster(file, { sheet: "Nope" })).rejects.toThrow(loaded as string);
    expect(loaded).toContain(file);
  });

  test("policy sheets in the roster's workbook are rebuilt for the policy reader", async () => {
    const file = path.join(ROOT, "examples/store-ops.xlsx");
    const { addPolicySheets, readPolicySheets } = await import("../../../src/cli/io/policy-workbook");
    const wb = await loadWorkbook(file);
    addPolicySheets(wb, getTemplate("store-ops")!, "zh-CN", file);
    const withPolicy = path.join(dir, "with-policy.xlsx");
    await wb.xlsx.writeFile(withPolicy);
    const streamed = await streamRoster(withPolicy);
    expect(readPolicySheets(streamed.policyBook)).toEqual(readPolicySheets(await loadWorkbook(withPolicy)));
  });
});

describe("sign-offs", () => {
  test("readSignOffsStreaming reads what readSignOffs reads, dates as dates", async () => {
    const input = path.join(dir, "messy.xlsx");
    const out = path.join(dir, "out.xlsx");
    await messyWorkbook().xlsx.writeFile(input);
    const roster = await workbookRoster(input);
    const review = reviewRoster(roster, getTemplate("taobao-cs")!, { asOf: "2026-11-23" });
    await writeReviewWorkbook({ review, source: await loadWorkbook(input), outPath: out, locale: "zh-CN", signOffs: new Map([["E002", "同意"]]) });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("晋升评审 (2)")!;
    ws.getCell("N5").value = new Date(Date.UTC(2026, 10, 25));
    ws.getCell("N5").numFmt = "yyyy-mm-dd";
    ws.getCell("N6").value = 0.5;
    await wb.xlsx.writeFile(out);
    const expected = await readSignOffs(out);
    expect(expected.size).toBe(3);
    expect(await readSignOffsStreaming(out)).toEqual(expected);
    expect(new Map(await readSignOffsStreaming(path.join(dir, "none.xlsx")))).toEqual(new Map());
    expect(new Map(await readSignOffsStreaming(input))).toEqual(new Map()); // not a PromoLadder output
  });
});
