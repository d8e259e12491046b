/**
 * The write budget counts the bytes office.js sends (issue 15, item 6): the batch as
 * `JSON.stringify` makes it, wrapped by the web host's envelope, which office.js itself builds
 * with `Microsoft.Office.Common.MessagePackager.envelope` (npm @microsoft/office-js,
 * dist/excel-web-16.00.debug.js). That function is taken from the package and run here.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { gridBytes, stringBytes } from "../../src/excel/payload";

const OFFICE_WEB = path.join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist", "excel-web-16.00.debug.js");

/** office.js's own `MessagePackager.envelope`, evaluated from its source. */
function officeEnvelope(): (message: object) => string {
  const source = readFileSync(OFFICE_WEB, "utf8");
  const m = /envelope: (function Microsoft_Office_Common_MessagePackager\$envelope\(messageObject, serializerVersion\) \{[\s\S]*?\n {4}\})/.exec(source);
  if (!m) throw new Error("MessagePackager.envelope not found in office.js");
  // The function refers to OSF.SerializerVersion.Browser only.
  return new Function("OSF", `return (${m[1]});`)({ SerializerVersion: { Browser: 1 } }) as (message: object) => string;
}

/** Bytes of `grid` on the wire: office.js's request text (`JSON.stringify` of the body) inside its envelope, as UTF-8. */
function wireBytesOf(grid: unknown[][]): number {
  const envelope = officeEnvelope();
  const empty = Buffer.byteLength(envelope({ body: "" }), "utf8");
  return Buffer.byteLength(envelope({ body: JSON.stringify(grid) }), "utf8") - empty;
}

/** Rows like 晋升评审's: Chinese names and reasons, quotes, a newline, numbers and dates. */
function reviewRows(n: number): unknown[][] {
  return Array.from({ length: n }, (_, i) => [
    `KF${1000 + i}`,
    i % 3 === 0 ? "王\"小明\"" : "李静怡",
    "售前组",
    "高级客服",
    46000 + i,
    i % 2 === 0 ? "可晋升" : "未达标",
    `“绩效得分”差 ${i % 7} 分；技能考核 ≥ 80\\n见 C:\\评审\\${i}`,
    i % 5 === 0 ? "第一行\n第二行\t制表" : "",
    0.95,
    i % 4 === 0,
    "📈 满意度 96%",
  ]);
}

describe("the write budget counts office.js's enveloped bytes", () => {
  test("gridBytes is never below what office.js sends, and within one byte per row of it", () => {
    const grid = reviewRows(500);
    const wire = wireBytesOf(grid);
    const estimate = gridBytes(grid);
    expect(estimate).toBeGreaterThanOrEqual(wire);
    expect(estimate - wire).toBeLessThanOrEqual(grid.length + 2);
  });

  test("a string's quotes and backslashes count twice, as the envelope escapes them again", () => {
    for (const s of ["", "abc", '他说"好"', "C:\\路径", "a\nb", "\u0001", "𠮷", "\ud800"]) {
      expect(stringBytes(s)).toBe(wireBytesOf([[s]]) - 4);
    }
  });
});
