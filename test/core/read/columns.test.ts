import fc from "fast-check";
import { cellAddress, columnLetters } from "../../../src/core/read/columns";

describe("columnLetters", () => {
  it("names columns as Excel does", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(5)).toBe("F");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(51)).toBe("AZ");
    expect(columnLetters(52)).toBe("BA");
    expect(columnLetters(701)).toBe("ZZ");
    expect(columnLetters(702)).toBe("AAA");
    expect(columnLetters(16383)).toBe("XFD");
  });

  it("gives distinct names to distinct columns", () => {
    fc.assert(
      fc.property(fc.nat(20000), fc.nat(20000), (a, b) => a === b || columnLetters(a) !== columnLetters(b)),
    );
  });

  describe("edge cases", () => {
    it("gives an empty name for negative or non-finite indexes", () => {
      expect(columnLetters(-1)).toBe("");
      expect(columnLetters(NaN)).toBe("");
      expect(columnLetters(Infinity)).toBe("");
    });
  });
});

describe("cellAddress", () => {
  it("writes a plain sheet name unquoted", () => {
    expect(cellAddress("Sheet1", 5, 7)).toBe("Sheet1!F7");
    expect(cellAddress("花名册", 0, 2)).toBe("花名册!A2");
    expect(cellAddress("roster_2025", 1, 3)).toBe("roster_2025!B3");
  });

  it("quotes a sheet name with other characters", () => {
    expect(cellAddress("My Sheet", 5, 7)).toBe("'My Sheet'!F7");
    expect(cellAddress("roster.csv", 0, 1)).toBe("'roster.csv'!A1");
    expect(cellAddress("Bob's", 0, 1)).toBe("'Bob''s'!A1");
  });

  describe("edge cases", () => {
    it("quotes names that start with a digit or read as a cell reference", () => {
      expect(cellAddress("2025", 0, 1)).toBe("'2025'!A1");
      expect(cellAddress("A1", 0, 1)).toBe("'A1'!A1");
      expect(cellAddress("R1C1", 0, 1)).toBe("'R1C1'!A1");
    });

    it("gives the bare address for an empty sheet name", () => {
      expect(cellAddress("", 5, 7)).toBe("F7");
    });
  });
});
