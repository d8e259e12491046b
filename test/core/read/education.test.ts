import fc from "fast-check";
import { errorCell } from "../../../src/core/model/cell";
import { fail } from "../../../src/core/read/failure";
import { EDUCATION_LEVELS, educationOrdinal, readEducation } from "../../../src/core/read/education";
import { anyCell } from "./arbitraries";

describe("readEducation", () => {
  it.each([
    ["初中", 0],
    ["高中", 1],
    ["中专", 1],
    ["职高", 1],
    ["大专", 2],
    ["本科", 3],
    ["硕士", 4],
    ["博士", 5],
  ])("reads %s as ordinal %i", (text, ordinal) => {
    expect(readEducation(text)).toBe(ordinal);
  });

  it.each([
    ["junior high", 0],
    ["high school", 1],
    ["associate", 2],
    ["bachelor", 3],
    ["master", 4],
    ["doctorate", 5],
    ["PhD", 5],
  ])("reads the English %s as ordinal %i", (text, ordinal) => {
    expect(readEducation(text)).toBe(ordinal);
  });

  it.each([
    ["专科", 2],
    ["大学本科", 3],
    ["学士", 3],
    ["研究生", 4],
    ["硕士研究生", 4],
    ["博士研究生", 5],
    ["bachelor's", 3],
    ["master's", 4],
    ["associate degree", 2],
    ["Ph.D.", 5],
  ])("reads the extra name %s as ordinal %i", (text, ordinal) => {
    expect(readEducation(text)).toBe(ordinal);
  });

  it("lists the canonical Chinese names by ordinal", () => {
    expect(EDUCATION_LEVELS).toEqual(["初中", "高中", "大专", "本科", "硕士", "博士"]);
    EDUCATION_LEVELS.forEach((name, i) => expect(educationOrdinal(name)).toBe(i));
  });

  it("reads empty cells as null", () => {
    expect(readEducation(null)).toBeNull();
    expect(readEducation(undefined)).toBeNull();
    expect(readEducation(" ")).toBeNull();
  });

  it("fails on unknown names as education", () => {
    expect(readEducation("小学")).toBe(fail("education"));
    expect(educationOrdinal("小学")).toBeNull();
  });

  describe("edge cases", () => {
    it("matches case-insensitively, full-width and with extra spaces", () => {
      expect(readEducation("  HIGH   School ")).toBe(1);
      expect(readEducation("ＰｈＤ")).toBe(5);
      expect(readEducation(" 本科 ")).toBe(3);
    });

    it("fails on numbers, booleans and Dates, and on Excel errors as excel_error", () => {
      expect(readEducation(3)).toBe(fail("education"));
      expect(readEducation(true)).toBe(fail("education"));
      expect(readEducation(new Date(0))).toBe(fail("education"));
      expect(readEducation(errorCell("#N/A"))).toBe(fail("excel_error"));
    });

    it("never throws on any cell", () => {
      fc.assert(fc.property(anyCell, (c) => void readEducation(c)));
    });
  });
});
