import fc from "fast-check";
import { errorCell, percentCell } from "../../../src/core/model/cell";
import { fail } from "../../../src/core/read/failure";
import { readBoolean } from "../../../src/core/read/boolean";
import { anyCell } from "./arbitraries";

describe("readBoolean", () => {
  it.each(["是", "有", "通过", "已完成", "已结业", "Y", "Yes", "TRUE", "1", "✓"])("reads the catalogue token %s as true", (t) => {
    expect(readBoolean(t)).toBe(true);
  });

  it.each(["否", "无", "未通过", "未完成", "N", "No", "FALSE", "0", "✗"])("reads the catalogue token %s as false", (t) => {
    expect(readBoolean(t)).toBe(false);
  });

  it.each(["√", "✔", "已通过", "合格", "true"])("reads the extra token %s as true", (t) => {
    expect(readBoolean(t)).toBe(true);
  });

  it.each(["×", "✘", "不合格", "false"])("reads the extra token %s as false", (t) => {
    expect(readBoolean(t)).toBe(false);
  });

  it("reads the empty cell as false", () => {
    expect(readBoolean(null)).toBe(false);
    expect(readBoolean(undefined)).toBe(false);
    expect(readBoolean("")).toBe(false);
    expect(readBoolean("  ")).toBe(false);
  });

  it("passes booleans and reads the numbers 1 and 0", () => {
    expect(readBoolean(true)).toBe(true);
    expect(readBoolean(false)).toBe(false);
    expect(readBoolean(1)).toBe(true);
    expect(readBoolean(0)).toBe(false);
  });

  it("fails on an Excel error cell as excel_error", () => {
    expect(readBoolean(errorCell("#N/A"))).toBe(fail("excel_error"));
  });

  describe("edge cases", () => {
    it("matches tokens case-insensitively, full-width and with surrounding spaces", () => {
      expect(readBoolean("yes")).toBe(true);
      expect(readBoolean("YES")).toBe(true);
      expect(readBoolean("ｙ")).toBe(true);
      expect(readBoolean(" n ")).toBe(false);
      expect(readBoolean("１")).toBe(true);
    });

    it("fails on other numbers, words, Dates and percent cells", () => {
      expect(readBoolean(2)).toBe(fail("boolean"));
      expect(readBoolean(0.5)).toBe(fail("boolean"));
      expect(readBoolean(NaN)).toBe(fail("boolean"));
      expect(readBoolean("也许")).toBe(fail("boolean"));
      expect(readBoolean("yes!")).toBe(fail("boolean"));
      expect(readBoolean(new Date(0))).toBe(fail("boolean"));
      expect(readBoolean(percentCell(1))).toBe(fail("boolean"));
    });

    it("never returns null and never throws on any cell", () => {
      fc.assert(fc.property(anyCell, (c) => readBoolean(c) !== null));
    });
  });
});
