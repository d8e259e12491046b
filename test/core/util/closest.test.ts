import fc from "fast-check";
import { closest, editDistance } from "../../../src/core/util/closest";
import { must } from "../../util/must";

/** Levenshtein distance by the full table, as a reference for the two-row version. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => must(must(d[i], `row ${i}`)[j], `cell ${i},${j}`);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      must(d[i], `row ${i}`)[j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return at(a.length, b.length);
}

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("", "")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("中级课服", "中级客服")).toBe(1);
    expect(editDistance("领斑", "领班")).toBe(1);
  });

  it("agrees with the full-table distance", () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => editDistance(a, b) === reference(a, b)));
  });
});

describe("closest", () => {
  it("picks the nearest candidate, the first on ties", () => {
    expect(closest("中级课服", ["初级客服", "中级客服"])).toBe("中级客服");
    expect(closest("ab", ["ax", "xb"])).toBe("ax");
  });
});
