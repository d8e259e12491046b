/**
 * The readers never throw, whatever a cell, a file's bytes or its text hold: the gaps the
 * per-reader properties of test/core/read leave (header detection, whole-row review, exceljs
 * values, CSV decoding and parsing, malformed cell objects).
 */
import fc from "fast-check";
import type ExcelJS from "exceljs";
import { errorCell, findHeaderRow, getTemplate, matchHeader, reviewRoster, type Cell } from "../../src/core";
import { cellFromValue } from "../../src/cli/io/read-xlsx";
import { decodeCsv, detectDelimiter, parseCsvLines, parseCsvText, splitCsvLine } from "../../src/cli/io/read-csv";
import { anyCell, trickyString } from "../core/read/arbitraries";

/**
 * Cells a buggy front end could hand over: anything the type allows, and malformed objects
 * (plain data objects: a null prototype or an own `toString` that is not a function is out of scope).
 */
const wildCell: fc.Arbitrary<Cell> = fc.oneof(
  anyCell,
  fc.constantFrom<unknown>({}, [], [1], { kind: "percent" }, { kind: "percent", value: "x" }, { kind: "error" }, { kind: "error", code: null }, { value: 3 }, new Date(NaN)) as fc.Arbitrary<Cell>,
  fc.dictionary(fc.constantFrom("kind", "value", "code", "text", "x"), fc.oneof(fc.string(), fc.double(), fc.constant(null)), { noNullPrototype: true }) as fc.Arbitrary<unknown> as fc.Arbitrary<Cell>,
);

const HEADER: Cell[] = ["工号", "姓名", "部门", "职级", "入职日期", "任现职日期", "绩效", "团队协作", "学习成长", "客户满意度", "工单量", "差错率", "技能考核", "技能证书", "低质评价"];
const LEVELS = ["初级客服", "中级客服", "高级客服", "资深客服", "中级课服", ""];

describe("header detection", () => {
  test("never throws; a found header row is within the rows searched and maps id and level", () => {
    fc.assert(
      fc.property(fc.array(fc.array(wildCell, { maxLength: 12 }), { maxLength: 25 }), fc.option(fc.nat(30), { nil: undefined }), (rows, limit) => {
        const m = findHeaderRow(rows, limit);
        if (m === null) return;
        expect(m.index).toBeLessThan(rows.length);
        expect(m.fields).toEqual(expect.arrayContaining(["id", "level"]));
      }),
      { numRuns: 300 },
    );
    fc.assert(fc.property(trickyString, (s) => void matchHeader(s)));
  });
});

describe("a whole review", () => {
  test("never throws on any cells below a header row: one result per non-blank row, each error naming a cell of its row", () => {
    const policy = getTemplate("taobao-cs")!;
    const row = fc.tuple(fc.oneof(wildCell, fc.constantFrom("E1", "E2", 10021)), fc.constantFrom(...LEVELS), fc.array(wildCell, { minLength: 13, maxLength: 16 }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (data) => {
        const rows: Cell[][] = [HEADER, ...data.map(([id, level, rest]) => [id, rest[0], rest[1], level, ...rest.slice(2)])];
        const review = reviewRoster({ sheet: "S", rows }, policy, { asOf: "2026-11-23" });
        for (const r of review.rows) {
          expect(r.row).toBeGreaterThan(1);
          expect(r.status === "error").toBe(r.errors.length > 0);
          for (const e of r.errors) expect(e.cell).toMatch(new RegExp(`^S![A-Z]+${r.row}$`));
        }
        JSON.stringify(review);
      }),
      { numRuns: 200 },
    );
  });
});

describe("exceljs values", () => {
  test("cellFromValue never throws on any value exceljs could hand over", () => {
    const value: fc.Arbitrary<unknown> = fc.oneof(
      fc.anything(),
      wildCell,
      fc.record({ richText: fc.array(fc.record({ text: fc.oneof(fc.string(), fc.constant(undefined)) })) }),
      fc.record({ formula: fc.string(), result: fc.oneof(wildCell, fc.record({ error: fc.string() }), fc.constant(undefined)) }),
      fc.record({ sharedFormula: fc.string(), result: fc.option(fc.double()) }),
      fc.record({ hyperlink: fc.string(), text: fc.oneof(fc.string(), fc.record({ richText: fc.array(fc.record({ text: fc.string() })) }), fc.constant(undefined)) }),
      fc.record({ error: fc.oneof(fc.string(), fc.constant(undefined)) }),
    );
    fc.assert(fc.property(value, fc.option(fc.string(), { nil: undefined }), (v, numFmt) => void cellFromValue(v as ExcelJS.CellValue, numFmt)), { numRuns: 500 });
  });
});

describe("CSV bytes and text", () => {
  test("decoding never throws on any bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => typeof decodeCsv(Buffer.from(bytes)) === "string"), { numRuns: 500 });
  });

  test("parsing never fails on any text, and keeps one row per line", async () => {
    const csvish = fc.string({ unit: fc.constantFrom(",", ";", "\t", '"', "\n", "\r\n", "a", "工", " ", "#N/A") });
    await fc.assert(
      fc.asyncProperty(fc.oneof(csvish, trickyString), async (text) => {
        const roster = await parseCsvText(text, "s");
        const lines = text.split(/\r\n|\r|\n/);
        if (lines[lines.length - 1] === "") lines.pop();
        expect(roster.rows.length).toBeLessThanOrEqual(Math.max(lines.length, 1));
      }),
      { numRuns: 300 },
    );
  });

  test("the forgiving line reader splits quote-free lines exactly at the delimiter and forgives stray quotes", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom("a", "工", " ", "1", "%") }), { minLength: 1, maxLength: 6 }), fc.constantFrom(",", ";", "\t"), (fields, d) => {
        expect(splitCsvLine(fields.join(d), d)).toEqual(fields);
      }),
    );
    expect(splitCsvLine('E1,"王"五,"a,b","x""y",', ",")).toEqual(["E1", "王五", "a,b", 'x"y', ""]);
    expect(splitCsvLine('E2,"赵六,客服', ",")).toEqual(["E2", '"赵六', "客服"]);
    expect(parseCsvLines('a,b\r\n\r\n"c,d\n', detectDelimiter("a,b"))).toEqual([["a", "b"], [], ['"c', "d"]]);
  });

  test("an error literal is the Excel error it stands for, as Excel (and the task pane) read it; nothing else is", async () => {
    const roster = await parseCsvText('工号,姓名,绩效\r\nE1,#REF!,#N/A\r\nE2, #N/A,#n/a\r\n', "s");
    expect(roster.rows).toEqual([["工号", "姓名", "绩效"], ["E1", errorCell("#REF!"), errorCell("#N/A")], ["E2", " #N/A", "#n/a"]]);
    expect(parseCsvLines('"x"y,#DIV/0!', ",")).toEqual([["xy", errorCell("#DIV/0!")]]);
  });
});
