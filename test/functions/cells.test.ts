/**
 * Excel argument values as core cells: the shapes Excel may pass for empty cells, errors and
 * data types, and attainment columns (percent formats are not passed to custom functions).
 */
import { attainmentCell, cellFromArgument, isMultiCell, isOmitted } from "../../src/functions/logic/cells";
import { excelError } from "./fixtures";

describe("cellFromArgument", () => {
  it("keeps numbers, text and booleans; empty is null", () => {
    expect([46349, "张三", true, "", null, undefined].map(cellFromArgument)).toEqual([46349, "张三", true, "", null, null]);
  });

  it("reads every shape of Excel error as an error cell", () => {
    expect(cellFromArgument(excelError("#N/A"))).toEqual({ kind: "error", code: "#N/A" });
    expect(cellFromArgument({ type: "Error", basicValue: "#DIV/0!" })).toEqual({ kind: "error", code: "#DIV/0!" });
    expect(cellFromArgument({ type: "Error", errorType: "Ref" })).toEqual({ kind: "error", code: "#REF!" });
    expect(cellFromArgument("#VALUE!")).toEqual({ kind: "error", code: "#VALUE!" });
    expect(cellFromArgument("#N/A 待补")).toBe("#N/A 待补");
  });

  it("reads data types by their basic value, percent-formatted numbers as percent cells", () => {
    expect(cellFromArgument({ type: "Double", basicValue: 0.95, numberFormat: "0.0%" })).toEqual({ kind: "percent", value: 0.95 });
    expect(cellFromArgument({ type: "Double", basicValue: 95, numberFormat: '0"分"' })).toBe(95);
    expect(cellFromArgument({ type: "Entity", text: "x", basicValue: "x" })).toBe("x");
    expect(cellFromArgument({ anything: 1 })).toBeNull();
  });
});

describe("attainment columns (销售达成率)", () => {
  it("read a number above 1 and up to 10 as a fraction, as a percent-formatted cell holds it", () => {
    expect(attainmentCell(1.05)).toEqual({ kind: "percent", value: 1.05 });
    expect(attainmentCell(10)).toEqual({ kind: "percent", value: 10 });
  });

  it("leave fractions up to 1, percent points above 10, and text as they are", () => {
    expect([0.95, 1, 105, 10.5, "105%", ""].map(attainmentCell)).toEqual([0.95, 1, 105, 10.5, "105%", ""]);
  });
});

describe("optional arguments", () => {
  it("are omitted when null, empty, or an empty 1x1 range", () => {
    expect([null, undefined, "", [[null]], [[""]], [[]], []].every(isOmitted)).toBe(true);
    expect([0, "x", [["x"]], [["", ""]]].some(isOmitted)).toBe(false);
  });

  it("tell a multi-cell range from a scalar or 1x1 range", () => {
    expect(isMultiCell([["a", "b"]])).toBe(true);
    expect(isMultiCell([["a"], ["b"]])).toBe(true);
    expect(isMultiCell([["a"]])).toBe(false);
    expect(isMultiCell("a")).toBe(false);
  });
});
