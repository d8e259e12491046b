import fc from "fast-check";
import { errorCell, percentCell } from "../../../src/core/model/cell";
import { fail } from "../../../src/core/read/failure";
import { readPercent } from "../../../src/core/read/percent";
import { anyCell } from "./arbitraries";

describe("readPercent", () => {
  it("reads percent text as a fraction", () => {
    expect(readPercent("95%")).toBe(0.95);
    expect(readPercent("105%")).toBe(1.05);
    expect(readPercent("0.5%")).toBe(0.005);
    expect(readPercent(" 95% ")).toBe(0.95);
  });

  it("reads full-width percent text", () => {
    expect(readPercent("９５％")).toBe(0.95);
  });

  it("reads a percent cell as the fraction it holds", () => {
    expect(readPercent(percentCell(1.05))).toBe(1.05);
    expect(readPercent(percentCell(0.95))).toBe(0.95);
    expect(readPercent(percentCell(0))).toBe(0);
  });

  it("reads plain numbers up to 1 as fractions", () => {
    expect(readPercent(0.95)).toBe(0.95);
    expect(readPercent(1)).toBe(1);
    expect(readPercent(0.5)).toBe(0.5);
    expect(readPercent(0)).toBe(0);
  });

  it("reads plain numbers above 1 as percent points", () => {
    expect(readPercent(95)).toBe(0.95);
    expect(readPercent(1.05)).toBe(0.0105);
    expect(readPercent(110)).toBe(1.1);
  });

  it("reads text without % like a plain number", () => {
    expect(readPercent("95")).toBe(0.95);
    expect(readPercent("0.95")).toBe(0.95);
    expect(readPercent("1")).toBe(1);
  });

  it("reads empty cells as null", () => {
    expect(readPercent(null)).toBeNull();
    expect(readPercent(undefined)).toBeNull();
    expect(readPercent("  ")).toBeNull();
  });

  it("fails on an Excel error cell as excel_error", () => {
    expect(readPercent(errorCell("#DIV/0!"))).toBe(fail("excel_error"));
  });

  describe("edge cases", () => {
    it("fails on negative values", () => {
      expect(readPercent(-0.1)).toBe(fail("percent"));
      expect(readPercent("-5%")).toBe(fail("percent"));
      expect(readPercent(percentCell(-0.1))).toBe(fail("percent"));
    });

    it("fails on inner spaces, units, words and a lone %", () => {
      expect(readPercent("9 5%")).toBe(fail("percent"));
      expect(readPercent("95分")).toBe(fail("percent"));
      expect(readPercent("%")).toBe(fail("percent"));
      expect(readPercent("95%%")).toBe(fail("percent"));
      expect(readPercent("很高")).toBe(fail("percent"));
    });

    it("fails on booleans, Dates and non-finite numbers", () => {
      expect(readPercent(true)).toBe(fail("percent"));
      expect(readPercent(new Date(0))).toBe(fail("percent"));
      expect(readPercent(NaN)).toBe(fail("percent"));
      expect(readPercent(Infinity)).toBe(fail("percent"));
    });

    it("removes float noise", () => {
      expect(readPercent("57%")).toBe(0.57);
      expect(readPercent(57)).toBe(0.57);
      expect(readPercent("1,234%")).toBe(12.34);
    });

    it("reads any integer percent text as n / 100 without noise", () => {
      fc.assert(fc.property(fc.nat(100000), (n) => readPercent(`${n}%`) === Number((n / 100).toPrecision(12))));
    });

    it("never throws on any cell", () => {
      fc.assert(fc.property(anyCell, (c) => void readPercent(c)));
    });
  });
});
