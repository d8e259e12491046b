import fc from "fast-check";
import { errorCell, percentCell } from "../../../src/core/model/cell";
import { fail } from "../../../src/core/read/failure";
import { readCount, readNumber, readScore, readYears } from "../../../src/core/read/number";
import { anyCell } from "./arbitraries";

describe("readNumber", () => {
  it("passes finite numbers through", () => {
    expect(readNumber(85)).toBe(85);
    expect(readNumber(-3.25)).toBe(-3.25);
  });

  it("reads empty cells as null", () => {
    expect(readNumber(null)).toBeNull();
    expect(readNumber(undefined)).toBeNull();
    expect(readNumber("   ")).toBeNull();
  });

  it("reads number text with surrounding spaces", () => {
    expect(readNumber(" 85 ")).toBe(85);
    expect(readNumber("\u300085\u3000")).toBe(85);
  });

  it("reads full-width digits", () => {
    expect(readNumber("８５")).toBe(85);
    expect(readNumber("３，０００．５")).toBe(3000.5);
  });

  it("reads thousands separators in groups of three", () => {
    expect(readNumber("3,000")).toBe(3000);
    expect(readNumber("1,234,567.5")).toBe(1234567.5);
  });

  it("drops every trailing unit of the catalogue", () => {
    for (const unit of ["分", "年", "单", "件", "个", "次", "条", "元", "岁", "人", "项", "张"]) {
      expect(readNumber(`12${unit}`)).toBe(12);
    }
    expect(readNumber("85分")).toBe(85);
    expect(readNumber("3年")).toBe(3);
    expect(readNumber("2000单")).toBe(2000);
    expect(readNumber("2,000 单")).toBe(2000);
  });

  it("reads signs and decimals", () => {
    expect(readNumber("+5")).toBe(5);
    expect(readNumber("-5")).toBe(-5);
    expect(readNumber("2.5年")).toBe(2.5);
    expect(readNumber(".5")).toBe(0.5);
  });

  it("reads a percent cell as percent points", () => {
    expect(readNumber(percentCell(0.85))).toBe(85);
    expect(readNumber(percentCell(0.07))).toBe(7);
  });

  it("fails on booleans, Dates and words", () => {
    expect(readNumber(true)).toBe(fail("number"));
    expect(readNumber(new Date(0))).toBe(fail("number"));
    expect(readNumber("优秀")).toBe(fail("number"));
  });

  it("fails on an Excel error cell as excel_error", () => {
    expect(readNumber(errorCell("#N/A"))).toBe(fail("excel_error"));
  });

  it("round-trips integers formatted with separators or a unit", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const expected = n === 0 ? 0 : n;
        expect(readNumber(n.toLocaleString("en-US"))).toBe(expected);
        expect(readNumber(n + "分")).toBe(expected);
      }),
    );
  });

  describe("edge cases", () => {
    it("rejects misplaced thousands separators", () => {
      expect(readNumber("30,00")).toBe(fail("number"));
      expect(readNumber("1234,567")).toBe(fail("number"));
      expect(readNumber("1,23,456")).toBe(fail("number"));
      expect(readNumber(",300")).toBe(fail("number"));
      expect(readNumber("3,000,")).toBe(fail("number"));
    });

    it("rejects units other than the catalogue's, inner spaces and exponents", () => {
      expect(readNumber("85kg")).toBe(fail("number"));
      expect(readNumber("8 5")).toBe(fail("number"));
      expect(readNumber("1e5")).toBe(fail("number"));
      expect(readNumber("分")).toBe(fail("number"));
      expect(readNumber("85分分")).toBe(fail("number"));
      expect(readNumber("-")).toBe(fail("number"));
      expect(readNumber(".")).toBe(fail("number"));
    });

    it("fails on non-finite numbers", () => {
      expect(readNumber(NaN)).toBe(fail("number"));
      expect(readNumber(Infinity)).toBe(fail("number"));
      expect(readNumber(percentCell(NaN))).toBe(fail("number"));
    });

    it("reads negative zero as zero", () => {
      expect(Object.is(readNumber(-0), 0)).toBe(true);
      expect(Object.is(readNumber("-0"), 0)).toBe(true);
    });

    it("never throws on any cell", () => {
      fc.assert(
        fc.property(anyCell, (c) => {
          readNumber(c);
          readScore(c);
          readCount(c);
          readYears(c);
        }),
      );
    });
  });
});

describe("readScore", () => {
  it("reads scores within 0-100", () => {
    expect(readScore(0)).toBe(0);
    expect(readScore("85分")).toBe(85);
    expect(readScore("１００")).toBe(100);
    expect(readScore(percentCell(0.85))).toBe(85);
    expect(readScore(null)).toBeNull();
  });

  it("fails on out-of-range scores and words as score", () => {
    expect(readScore(100.5)).toBe(fail("score"));
    expect(readScore(-1)).toBe(fail("score"));
    expect(readScore("优秀")).toBe(fail("score"));
    expect(readScore(true)).toBe(fail("score"));
  });

  it("keeps an Excel error as excel_error", () => {
    expect(readScore(errorCell("#VALUE!"))).toBe(fail("excel_error"));
  });
});

describe("readCount", () => {
  it("reads non-negative counts", () => {
    expect(readCount("2000单")).toBe(2000);
    expect(readCount("5,000")).toBe(5000);
    expect(readCount(0)).toBe(0);
  });

  it("fails on negative counts and words as count", () => {
    expect(readCount(-1)).toBe(fail("count"));
    expect(readCount("很多")).toBe(fail("count"));
  });
});

describe("readYears", () => {
  it("reads non-negative years", () => {
    expect(readYears("3年")).toBe(3);
    expect(readYears(2.5)).toBe(2.5);
  });

  it("fails on negative years and words as years", () => {
    expect(readYears("-1年")).toBe(fail("years"));
    expect(readYears("三年")).toBe(fail("years"));
  });
});
