import { FairnessColumnError, fairness, fairnessWarningText, getTemplate, reviewRoster } from "../../../src/core";
import { AS_OF, CS_ROSTER, genderRoster, type CsKind } from "./rosters";

const policy = getTemplate("taobao-cs")!;

function repeat(gender: string, kind: CsKind, n: number): Array<readonly [string, CsKind]> {
  return Array.from({ length: n }, () => [gender, kind] as const);
}

// 女: 6 eligible + 4 not (10 evaluated) + 1 error; 男: 3 eligible + 5 not (8) + 1 top;
// empty 性别: 3 eligible (3 evaluated, a small group).
const roster = genderRoster([
  ...repeat("女", "eligible", 6),
  ...repeat("女", "not", 4),
  ["女", "error"],
  ...repeat("男", "eligible", 3),
  ...repeat("男", "not", 5),
  ["男", "top"],
  ...repeat("", "eligible", 3),
]);
const review = reviewRoster(roster, policy, { asOf: AS_OF });

describe("fairness", () => {
  it("gives selection rates and four-fifths ratios per group, the reference being the best group of at least 5", () => {
    const report = fairness(review, roster, "性别");
    // Rates: 女 6/10 = 0.6, 男 3/8 = 0.375, empty 3/3 = 1 (but only 3 people: not the reference).
    // Ratios to 女: 1, 0.375/0.6 = 0.625 (< 0.8: adverse), 1/0.6 = 1.666667.
    expect(report.reference).toBe("女");
    expect(report.groups.map((g) => [g.group, g.evaluated, g.selected, g.excluded, g.rate])).toEqual([
      ["女", 10, 6, 1, 0.6],
      ["男", 8, 3, 1, 0.375],
      ["", 3, 3, 0, 1],
    ]);
    expect(report.groups.map((g) => Number(g.ratio!.toFixed(6)))).toEqual([1, 0.625, 1.666667]);
    expect(report.groups.map((g) => [g.adverse, g.small])).toEqual([
      [false, false],
      [true, false],
      [false, true],
    ]);
    expect([report.evaluated, report.selected, report.excluded]).toEqual([21, 12, 2]);
    expect(report.warnings).toEqual([
      { kind: "adverse_impact", group: "男" },
      { kind: "small_group", group: "" },
    ]);
    expect(report.column).toBe("性别");
    expect(report.columnLetters).toBe("P");
    expect(fairnessWarningText(report.warnings[0]!, report, "zh-CN")).toBe(
      "「男」的选拔率 37.5% 只有「女」的 0.63 倍（低于 0.8，五分之四规则）：请复核该组的评审依据",
    );
    expect(fairnessWarningText(report.warnings[1]!, report, "en-US")).toBe('"(empty)" has only 3 evaluated (fewer than 5): its ratio says little');
  });

  it("takes the small-group size and threshold as options", () => {
    // With groups of 3 counting, the empty group (rate 1) is the reference: 女 0.6 and 男 0.375 are adverse.
    const report = fairness(review, roster, "性别", { minGroup: 3 });
    expect(report.reference).toBe("");
    expect(report.groups.filter((g) => g.adverse).map((g) => g.group)).toEqual(["女", "男"]);
    expect(fairness(review, roster, "性别", { threshold: 0.6 }).warnings.filter((w) => w.kind === "adverse_impact")).toEqual([]);
  });

  it("does not flag a ratio of exactly four fifths", () => {
    const r = genderRoster([...repeat("A", "eligible", 5), ...repeat("B", "eligible", 4), ["B", "not"]]);
    const report = fairness(reviewRoster(r, policy, { asOf: AS_OF }), r, "性别");
    expect(report.groups.map((g) => [g.group, g.ratio, g.adverse])).toEqual([
      ["A", 1, false],
      ["B", 0.8, false],
    ]);
  });

  it("counts 待空缺 as selected only when asked, reads a column by field key, and names a missing column", () => {
    const byDept = fairness(reviewRoster(CS_ROSTER, policy, { asOf: AS_OF }), CS_ROSTER, "dept");
    // 售前: E01 eligible, E02-E06 not (6 evaluated, 1 selected); 售后: E07, E10 not, E11 eligible,
    // E08 error and E09 top left out (3 evaluated, 1 selected).
    expect(byDept.column).toBe("部门");
    expect(byDept.groups.map((g) => [g.group, g.evaluated, g.selected, g.excluded])).toEqual([
      ["售前", 6, 1, 0],
      ["售后", 3, 1, 2],
    ]);
    expect(() => fairness(review, roster, "年龄段")).toThrow(FairnessColumnError);
    expect(() => fairness(review, roster, "年龄段")).toThrow(/no column "年龄段".*性别/);
  });

  it("warns when nobody is selected", () => {
    const r = genderRoster([...repeat("A", "not", 5), ...repeat("B", "not", 5)]);
    const report = fairness(reviewRoster(r, policy, { asOf: AS_OF }), r, "性别");
    expect(report.warnings).toEqual([{ kind: "no_selection", group: null }]);
    expect(report.groups.every((g) => g.ratio === null && !g.adverse)).toBe(true);
  });
});
