import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { isUtf8 } from "node:buffer";
import * as iconv from "iconv-lite";
import { getTemplate, reviewRoster } from "../../../src/core";
import { decodeCsv, detectDelimiter, readCsvRoster } from "../../../src/cli/io/read-csv";
import { makeTempDir, removeTempDir } from "./fixtures";

let dir: string;
beforeEach(() => (dir = makeTempDir()));
afterEach(() => removeTempDir(dir));

const TEXT = "工号,姓名,部门,职级,绩效\r\nE001,张三,客服一部,初级客服,85\r\nE002,,\"客服,二部\",中级客服\r\n";
const ROWS = [
  ["工号", "姓名", "部门", "职级", "绩效"],
  ["E001", "张三", "客服一部", "初级客服", "85"],
  ["E002", null, "客服,二部", "中级客服"],
];

function write(name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe("readCsvRoster", () => {
  test("UTF-8 without BOM; sheet is the base name; empty -> null; ragged rows", async () => {
    const roster = await readCsvRoster(write("客服名单.csv", TEXT));
    expect(roster).toEqual({ sheet: "客服名单", rows: ROWS, firstRow: 1, firstColumn: 0 });
  });

  test("UTF-8 with BOM: the BOM is stripped", async () => {
    const roster = await readCsvRoster(write("bom.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")])));
    expect(roster.rows).toEqual(ROWS);
    expect(roster.rows[0]![0]).toBe("工号");
  });

  test("GBK (Chinese Excel's CSV)", async () => {
    const gbk = iconv.encode(TEXT, "gbk");
    expect(gbk.equals(Buffer.from(TEXT, "utf8"))).toBe(false);
    const roster = await readCsvRoster(write("gbk.csv", gbk));
    expect(roster.rows).toEqual(ROWS);
  });

  test("UTF-16LE with BOM, tab-separated (Excel's Unicode text)", async () => {
    const tsv = TEXT.replace(/,/g, "\t").replace('"客服\t二部"', "客服二部");
    const roster = await readCsvRoster(write("u16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(tsv, "utf16le")])));
    expect(roster.rows[1]).toEqual(ROWS[1]);
    expect(roster.rows[2]).toEqual(["E002", null, "客服二部", "中级客服"]);
  });

  test("UTF-16LE with BOM, comma-separated", async () => {
    const roster = await readCsvRoster(write("u16c.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, "utf16le")])));
    expect(roster.rows).toEqual(ROWS);
  });

  test("rows[i] stays line i + 1: blank lines and quoted line breaks", async () => {
    const roster = await readCsvRoster(write("lines.csv", 'a,b\n\n"x\ny",c\nd,e\n'));
    expect(roster.rows).toEqual([["a", "b"], [], ["x\ny", "c"], [], ["d", "e"]]);
  });

  test("a review of a CSV names the CSV line and the file in cell addresses", async () => {
    const csv = "工号,姓名,部门,职级,入职日期,绩效\n\nE001,张三,一部,初级客服,2024-01-01,优秀\n";
    const roster = await readCsvRoster(write("名单.csv", csv));
    const review = reviewRoster(roster, getTemplate("taobao-cs")!, { asOf: "2026-11-23" });
    expect(review.rows[0]!.row).toBe(3);
    expect(review.rows[0]!.errors[0]!.cell).toBe("名单!F3");
  });

  test("missing file", async () => {
    const file = path.join(dir, "none.csv");
    await expect(readCsvRoster(file)).rejects.toThrow(`找不到文件 ${file}`);
  });
});

describe("decodeCsv / detectDelimiter", () => {
  test("decodes every encoding to the same text", () => {
    expect(decodeCsv(Buffer.from(TEXT))).toBe(TEXT);
    expect(decodeCsv(iconv.encode(TEXT, "gbk"))).toBe(TEXT);
    expect(decodeCsv(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, "utf16be")]))).toBe(TEXT);
  });

  test("GB18030 by TextDecoder agrees with iconv-lite on every GBK code but the 18 that GB18030-2022 moved out of private use", () => {
    const moved = new Set(["a6d9", "a6da", "a6db", "a6dc", "a6dd", "a6de", "a6df", "a6ec", "a6ed", "a6f3", "fe59", "fe61", "fe66", "fe67", "fe6d", "fe7e", "fe90", "fea0"]);
    const differ: string[] = [];
    let checked = 0;
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        // "x" before the pair keeps the buffer from being valid UTF-8 by accident.
        const bytes = Buffer.from([0x78, lead, trail, 0x80]);
        if (isUtf8(bytes)) continue;
        checked++;
        if (decodeCsv(bytes) !== iconv.decode(bytes, "gb18030")) differ.push(bytes.subarray(1, 3).toString("hex"));
      }
    }
    expect(checked).toBeGreaterThan(22_900); // of 23,940: pairs that happen to complete a UTF-8 sequence are skipped
    expect(differ.filter((code) => !moved.has(code))).toEqual([]);
    expect(differ.length).toBe(moved.size);
    expect(decodeCsv(Buffer.from([0x78, 0xa6, 0xd9]))).toBe("x\ufe10"); // ︐ PRESENTATION FORM FOR VERTICAL COMMA, not U+E78D
    expect(decodeCsv(Buffer.from([0x84, 0x31, 0x95, 0x33, 0xd6, 0xd0]))).toBe("中"); // GB18030 byte-order mark dropped
    expect(decodeCsv(Buffer.from([0xff, 0xfe, 0xff, 0xfe, 0x41, 0x00]))).toBe(iconv.decode(Buffer.from([0xff, 0xfe, 0x41, 0x00]), "utf16le"));
  });

  test("comma unless the first line has more tabs or semicolons", () => {
    expect(detectDelimiter("a,b;c\n")).toBe(",");
    expect(detectDelimiter("a\tb\tc\nx,y,z,w")).toBe("\t");
    expect(detectDelimiter("a;b;c")).toBe(";");
    expect(detectDelimiter('"a;b;c",d')).toBe(",");
    expect(detectDelimiter("")).toBe(",");
  });
});
