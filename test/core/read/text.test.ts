import fc from "fast-check";
import { errorCell, percentCell } from "../../../src/core/model/cell";
import { fail } from "../../../src/core/read/failure";
import { foldText, plainNumberText, readText } from "../../../src/core/read/text";
import { anyCell } from "./arbitraries";

describe("foldText", () => {
  it("folds full-width characters to half-width", () => {
    expect(foldText("ＩＤ８５％")).toBe("id85%");
  });

  it("trims, collapses inner white space and lower-cases", () => {
    expect(foldText("  Employee \t\u3000 ID  ")).toBe("employee id");
  });

  it("leaves CJK text unchanged", () => {
    expect(foldText("工号")).toBe("工号");
  });
});

describe("readText", () => {
  it("reads empty and white-space cells as null", () => {
    expect(readText(null)).toBeNull();
    expect(readText(undefined)).toBeNull();
    expect(readText("")).toBeNull();
    expect(readText(" \u3000\t")).toBeNull();
  });

  it("trims text", () => {
    expect(readText("  张三 ")).toBe("张三");
  });

  it("reads a numeric id as its plain decimal text", () => {
    expect(readText(10021)).toBe("10021");
    expect(readText(1.5)).toBe("1.5");
    expect(readText(Number.MAX_SAFE_INTEGER)).toBe("9007199254740991");
  });

  it("reads booleans as Excel shows them", () => {
    expect(readText(true)).toBe("TRUE");
    expect(readText(false)).toBe("FALSE");
  });

  it("reads a Date as its UTC ISO date", () => {
    expect(readText(new Date(Date.UTC(2023, 4, 1, 23, 59)))).toBe("2023-05-01");
  });

  it("reads a percent cell as the text of its number", () => {
    expect(readText(percentCell(0.85))).toBe("0.85");
  });

  it("fails on an Excel error cell", () => {
    expect(readText(errorCell("#N/A"))).toBe(fail("excel_error"));
  });

  describe("edge cases", () => {
    it("never writes numbers in exponent form", () => {
      expect(readText(1e21)).toBe("1000000000000000000000");
      expect(readText(1.5e-7)).toBe("0.00000015");
      expect(readText(-2.5e-8)).toBe("-0.000000025");
      expect(readText(1.23e25)).toBe("12300000000000000000000000");
    });

    it("reads -0 as 0 and removes float noise as Excel displays it", () => {
      expect(readText(-0)).toBe("0");
      expect(readText(0.1 + 0.2)).toBe("0.3");
    });

    it("fails on non-finite numbers and invalid Dates", () => {
      expect(readText(NaN)).toBe(fail("text"));
      expect(readText(Infinity)).toBe(fail("text"));
      expect(readText(new Date(NaN))).toBe(fail("text"));
    });

    it("prints every safe integer exactly", () => {
      fc.assert(fc.property(fc.maxSafeInteger(), (n) => plainNumberText(n) === String(n === 0 ? 0 : n)));
    });

    it("prints text that reads back as the same number (15 significant digits)", () => {
      fc.assert(
        fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
          const s = plainNumberText(n);
          expect(s).not.toMatch(/e/i);
          expect(Number(s)).toBe(n === 0 ? 0 : Number.isInteger(n) ? n : Number(n.toPrecision(15)));
        }),
      );
    });

    it("never throws on any cell", () => {
      fc.assert(fc.property(anyCell, (c) => void readText(c)));
    });
  });
});
