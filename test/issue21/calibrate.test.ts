/** The calibration check on hand-checked rosters. */
import { bandCounts, calibrate, CalibrationColumnError, rankTest, reviewRoster } from "../../src/core";
import { AS_OF, PAY_POLICY, SAMPLE, roster, type Person } from "./fixture";

describe("calibration check (hand-checked sample)", () => {
  const input = roster(SAMPLE);
  const review = reviewRoster(input, PAY_POLICY, { asOf: AS_OF });
  const report = calibrate(review, input, PAY_POLICY, "部门", { field: "绩效" });

  it("gives each group's mean, median and share at or above the policy's threshold against the rest", () => {
    // 绩效 >= 80 is the policy's lowest bar on 绩效 (专员 -> 主管).
    expect([report.threshold, report.thresholdSource, report.tolerance, report.toleranceSource]).toEqual([80, "policy", 5, "policy"]);
    expect(report.field).toEqual({ key: "perf", header: "绩效", column: "G" });
    // 销售 90 85 79 95 88; 客服 80 95 92 91; 仓储 80 84 and 优秀 (not a number: missing).
    const g = (name: string) => report.groups.find((x) => x.group === name)!;
    expect([g("销售").n, g("销售").mean, g("销售").median, g("销售").shareAbove]).toEqual([5, 87.4, 88, 0.8]);
    expect([g("客服").n, g("客服").mean, g("客服").median, g("客服").shareAbove]).toEqual([4, 89.5, 91.5, 1]);
    expect([g("仓储").n, g("仓储").missing, g("仓储").mean, g("仓储").median]).toEqual([2, 1, 82, 82]);
    expect(g("销售").rest.mean).toBeCloseTo(87, 10); // (80+95+92+91+80+84) / 6
    expect(g("仓储").diff).toBeCloseTo(82 - 795 / 9, 10);
    expect([report.overall.n, report.missing]).toEqual([11, 1]);
  });

  it("does not flag a group of two 6.3 points below the rest: the exact test is not significant", () => {
    // Ranks of 仓储 (80 = 2.5, 84 = 4) sum to 6.5; of the 55 pairs of ranks, 7 sum to 6.5 or less: p = 2 x 7/55.
    const g = report.groups.find((x) => x.group === "仓储")!;
    expect(g.method).toBe("exact");
    expect(g.p).toBeCloseTo(14 / 55, 12);
    expect(g.outOfLine).toBe(false);
  });

  it("checks the company's distribution against the policy's target (20/70/10)", () => {
    // 11 scores: >= 90: 90 95 95 92 91 (5); 70-89: 85 79 88 80 80 84 (6); below 70: none.
    const d = report.distribution!;
    expect(d.bands.map((b) => [b.label, b.count, b.target, b.flagged])).toEqual([
      ["优秀", 5, 0.2, true],
      ["合格", 6, 0.7, true],
      ["待改进", 0, 0.1, true],
    ]);
    expect(d.bands[0]!.share).toBeCloseTo(5 / 11, 12);
  });

  it("names a grouping column or field the roster does not have", () => {
    expect(() => calibrate(review, input, PAY_POLICY, "门店")).toThrow(CalibrationColumnError);
    expect(() => calibrate(review, input, PAY_POLICY, "部门", { field: "管理能力" })).toThrow(CalibrationColumnError);
  });
});

describe("an out-of-line group", () => {
  // 门店 X: five 95s; the ten others 70-79 (one each). Ranks of X are the top five of 15: p = 2 / C(15,5) = 2/3003.
  const people: Person[] = [
    ...Array.from({ length: 5 }, (_, i): Person => [`X${i}`, `X${i}`, "X", "专员", "2024-01-01", 95, 80, 5000]),
    ...Array.from({ length: 10 }, (_, i): Person => [`Y${i}`, `Y${i}`, "Y", "专员", "2024-01-01", 70 + i, 80, 5000]),
  ];
  const input = roster(people);
  const review = reviewRoster(input, PAY_POLICY, { asOf: AS_OF });

  it("is flagged when its mean is more than the tolerance away and the test is significant", () => {
    const report = calibrate(review, input, PAY_POLICY, "部门");
    const x = report.groups.find((g) => g.group === "X")!;
    expect(x.diff).toBeCloseTo(95 - 74.5, 12);
    expect(x.p).toBeCloseTo(2 / 3003, 12);
    expect(x.outOfLine).toBe(true);
    expect(report.groups.find((g) => g.group === "Y")!.outOfLine).toBe(true);
  });

  it("is not flagged when the tolerance is wider than the difference", () => {
    const report = calibrate(review, input, PAY_POLICY, "部门", { tolerance: 25 });
    expect(report.groups.some((g) => g.outOfLine)).toBe(false);
    expect(report.toleranceSource).toBe("argument");
  });
});

describe("rank test and bands", () => {
  it("is exact for small groups and symmetric", () => {
    expect(rankTest([90, 92, 95], [70, 72, 75, 80, 81])).toEqual({ p: 2 / 56, method: "exact", rankSum: 21 });
    expect(rankTest([70, 72, 75, 80, 81], [90, 92, 95])!.p).toBeCloseTo(2 / 56, 15);
    expect(rankTest([80], [80, 80])!.p).toBe(1);
    expect(rankTest([], [1])).toBeNull();
  });

  it("uses the normal approximation for large groups", () => {
    const a = Array.from({ length: 400 }, (_, i) => 60 + (i % 40));
    const b = Array.from({ length: 400 }, (_, i) => 62 + (i % 40));
    const t = rankTest(a, b)!;
    expect(t.method).toBe("normal");
    expect(t.p).toBeGreaterThan(0);
    expect(t.p).toBeLessThan(0.05);
  });

  it("puts a score in the first band it reaches", () => {
    const bands = [
      { label: "优", min: 90, share: 0.2 },
      { label: "良", min: 60, share: 0.8 },
    ];
    expect(bandCounts([90, 89.9, 60, 59], bands).map((b) => b.count)).toEqual([1, 2]);
  });
});
