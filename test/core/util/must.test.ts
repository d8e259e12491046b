import { must, mustExist } from "../../../src/core/util/must";

describe("must", () => {
  it("passes a present value through, falsy ones included", () => {
    expect(must(0, "zero")).toBe(0);
    expect(must("", "empty text")).toBe("");
    expect(must(null, "a null cell")).toBeNull();
    expect(must([1, 2][1], "second")).toBe(2);
  });

  it("throws an Error naming what was missing", () => {
    expect(() => must([1][3], "row 3")).toThrow(new Error("internal: row 3 is missing"));
  });
});

describe("mustExist", () => {
  it("passes a present value through", () => {
    expect(mustExist(0, "zero")).toBe(0);
    expect(mustExist("x", "text")).toBe("x");
  });

  it("throws for null as for undefined", () => {
    expect(() => mustExist(null, "the day of 2026-02-30")).toThrow("internal: the day of 2026-02-30 is missing");
    expect(() => mustExist(undefined, "the row builder")).toThrow("internal: the row builder is missing");
  });
});
