/**
 * What the pane shows HR (issue 18 item 7): dates in the pane's language, policies by version
 * and revision date, data rows as people are counted, and why a sheet is named `人才库 (2)`.
 */
import { dataRowCount, displacedBy, displayDate, parseDateInput, policyTag } from "../../src/taskpane/models";

describe("dates in the pane's language", () => {
  test("Chinese shows ISO, English the medium form (no day/month order to guess)", () => {
    expect(displayDate("2026-11-23", "zh-CN")).toBe("2026-11-23");
    expect(displayDate("2026-11-23", "en-US")).toBe("Nov 23, 2026");
    expect(displayDate("2027-01-06", "en-US")).toBe("Jan 6, 2027");
  });

  test("typed dates: the --as-of forms in both languages, month-first and month names in English", () => {
    for (const t of ["2026-11-23", "2026/11/23", "2026.11.23", "2026年11月23日", "20261123", " 2026-11-23 "]) {
      expect(parseDateInput(t, "zh-CN")).toBe("2026-11-23");
      expect(parseDateInput(t, "en-US")).toBe("2026-11-23");
    }
    for (const t of ["11/23/2026", "Nov 23, 2026", "November 23 2026", "23 Nov 2026"]) expect(parseDateInput(t, "en-US")).toBe("2026-11-23");
    // A Chinese pane does not guess a month-first date.
    expect(parseDateInput("11/23/2026", "zh-CN")).toBeNull();
    for (const t of ["2026-02-30", "2026-13-01", "优秀", "", "23/11/2026"]) expect(parseDateInput(t, "en-US")).toBeNull();
    expect(parseDateInput(displayDate("2026-02-28", "en-US"), "en-US")).toBe("2026-02-28");
  });
});

test("a policy by version and revision date; the fingerprint kept for the tooltip", () => {
  expect(policyTag({ version: "1.1", revised: "2026-11-23" }, "taobao-cs@1.1#5043122c", "zh-CN")).toEqual({ text: "版本 1.1 · 修订于 2026-11-23", fingerprint: "taobao-cs@1.1#5043122c" });
  expect(policyTag({ version: "1.1", revised: "2026-11-23" }, "taobao-cs@1.1#5043122c", "en-US").text).toBe("version 1.1 · revised Nov 23, 2026");
  expect(policyTag(null, "taobao-cs@1.0#79a4d2b2", "zh-CN").text).toBe("版本 1.0");
});

test("data rows are the rows below the header that hold anything (a blank separator row is no person)", () => {
  const rows = [["花名册"], [], ["工号", "职级"], ["A1", "初级"], [null, "  "], ["A2", "中级"], []];
  expect(dataRowCount(rows, 2)).toBe(2);
});

test("a sheet written beside one the product did not write names the one it avoided", () => {
  expect(displacedBy("人才库 (2)")).toBe("人才库");
  expect(displacedBy("晋升评审 (3)")).toBe("晋升评审");
  expect(displacedBy("人才库")).toBeNull();
  expect(displacedBy("Q4 (1)")).toBeNull();
});
