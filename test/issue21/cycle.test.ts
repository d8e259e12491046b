/** Cycle over cycle on a hand-checked history (two earlier cycles). */
import { compareCycles, CycleOrderError, pastCycles, reviewRoster, type PastCycle } from "../../src/core";
import { AS_OF, PAY_POLICY, roster, type Person } from "./fixture";

// This cycle (2026-11-23); statuses as the fixture's policy gives them.
const NOW: Person[] = [
  ["A01", "一", "销售", "专员", "2024-01-01", 90, 80, 5200], // 可晋升, 可晋升 in 2026-05 too: overdue, 2 cycles
  ["A02", "二", "销售", "专员", "2024-01-01", 85, 85, 5000], // 可晋升, 未达标 in 2026-05: newly eligible
  ["A03", "三", "客服", "专员", "2024-01-01", 80, 70, ""], // not in 2026-05: new
  ["A04", "四", "客服", "主管", "2024-01-01", 95, 90, 7500], // 专员 in 2026-05 (可晋升): promoted; 任现职 before: on the review date, 6 months
  ["A05", "五", "客服", "经理", "2024-01-01", 92, 0, 9000], // 可晋升 at 经理 in both earlier cycles: overdue, 3 cycles since 2025-11-23
  ["A06", "六", "仓储", "专员", "2025-01-01", 80, 75, 7200], // 组长 (= 主管) in 2026-05: demoted
  ["A07", "七", "销售", "专员", "2024-01-01", 79, 90, 5000], // 可晋升 in 2026-05, now 绩效 79 < 80: no longer eligible
  ["A08", "八", "仓储", "主管", "2024-01-01", 84, 95, 7600], // 未达标 both: still not eligible
  ["A10", "十", "销售", "储备总监", "2026-07-01", 95, "", 12000], // 经理 可晋升 in both: promoted 2026-07-01, 7 months after 2025-11-23
  ["A11", "十一", "客服", "储备总监", "2024-01-01", 91, 60, 12000], // 待空缺 in 2026-05, 未达标 in 2025-11: overdue, 2 cycles
];

const CYCLES: PastCycle[] = [
  {
    asOf: "2025-11-23",
    records: [
      { id: "A05", name: "五", level: "经理", status: "eligible" },
      { id: "A10", name: "十", level: "经理", status: "eligible" },
      { id: "A11", name: "十一", level: "储备总监", status: "not_eligible" },
    ],
  },
  {
    asOf: "2026-05-23",
    records: [
      { id: "A01", name: "一", level: "专员", status: "eligible" },
      { id: "A02", name: "二", level: "专员", status: "not_eligible" },
      { id: "A04", name: "四", level: "专员", status: "eligible" },
      { id: "A05", name: "五", level: "经理", status: "eligible" },
      { id: "A06", name: "六", level: "组长", status: "eligible" },
      { id: "A07", name: "七", level: "专员", status: "eligible" },
      { id: "A08", name: "八", level: "主管", status: "not_eligible" },
      { id: "A10", name: "十", level: "经理", status: "eligible" },
      { id: "A11", name: "十一", level: "储备总监", status: "awaiting_vacancy" },
      { id: "A99", name: "九九", level: "专员", status: "not_eligible" },
    ],
  },
];

const input = roster(NOW);
const review = reviewRoster(input, PAY_POLICY, { asOf: AS_OF });

describe("cycle over cycle", () => {
  const report = compareCycles(review, input, PAY_POLICY, CYCLES);

  it("puts every employee in one category", () => {
    expect(report.entries.map((e) => [e.id, e.category, e.cycles, e.firstEligible])).toEqual([
      ["A01", "overdue", 2, "2026-05-23"],
      ["A02", "newly_eligible", 1, AS_OF],
      ["A03", "new", 1, AS_OF],
      ["A04", "promoted", 1, "2026-05-23"],
      ["A05", "overdue", 3, "2025-11-23"],
      ["A06", "demoted", 1, AS_OF], // 可晋升 again at 专员: its first cycle there
      ["A07", "no_longer_eligible", 0, null],
      ["A08", "still_not_eligible", 0, null],
      ["A10", "promoted", 1, "2025-11-23"], // 待空缺 at 储备总监 now: 1 cycle there
      ["A11", "overdue", 2, "2026-05-23"],
    ]);
    expect(report.counts).toEqual({ newly_eligible: 1, overdue: 3, promoted: 2, no_longer_eligible: 1, demoted: 1, still_not_eligible: 1, new: 1 });
    expect(report.left.map((r) => r.id)).toEqual(["A99"]);
    expect([report.previousAsOf, report.pastCycles]).toEqual(["2026-05-23", 2]);
  });

  it("says which criterion now fails for those no longer eligible", () => {
    const a07 = report.entries.find((e) => e.id === "A07")!;
    expect(a07.target).toBe("主管");
    expect(a07.unmet.map((u) => [u.field, u.actual, u.required])).toEqual([["perf", 79, 80]]);
  });

  it("measures months from first eligible to promoted, and their median", () => {
    const months = report.entries.filter((e) => e.category === "promoted").map((e) => [e.id, e.promotedOn, e.monthsToPromotion]);
    expect(months).toEqual([
      ["A04", AS_OF, 6],
      ["A10", "2026-07-01", 7],
    ]);
    expect([report.medianMonthsToPromotion, report.promotedMeasured]).toEqual([6.5, 2]);
  });

  it("with one earlier cycle only, counts overdue cycles from it", () => {
    const one = compareCycles(review, input, PAY_POLICY, [CYCLES[1]!]);
    expect(one.entries.find((e) => e.id === "A05")!.cycles).toBe(2);
    expect(one.entries.find((e) => e.id === "A10")!.monthsToPromotion).toBe(1); // 2026-05-23 -> 2026-07-01
  });

  it("leaves out cycles on or after the review date (a log that holds this run), and refuses when none is earlier", () => {
    const withThis = compareCycles(review, input, PAY_POLICY, [...CYCLES, { asOf: AS_OF, records: [] }]);
    expect([withThis.previousAsOf, withThis.pastCycles, withThis.counts.overdue]).toEqual(["2026-05-23", 2, 3]);
    expect(() => compareCycles(review, input, PAY_POLICY, [{ asOf: AS_OF, records: [] }])).toThrow(CycleOrderError);
  });
});

describe("reading earlier cycles from a workbook", () => {
  it("reads a 晋升评审 sheet with its date from the title", () => {
    const sheet = {
      name: "晋升评审",
      rows: [
        ["晋升评审：成本测试 · 方案 pay-test@1.0#00000000 · 评审日期 2026-05-23 · 名单 花名册"],
        ["行号", "工号", "姓名", "部门", "当前职级", "状态"],
        [2, "A01", "一", "销售", "专员", "可晋升"],
        [3, "A02", "二", "销售", "专员", "未达标"],
        [4, "A11", "十一", "客服", "储备总监", "待空缺"],
      ],
    };
    const got = pastCycles([sheet]);
    expect(got).toEqual({
      cycles: [
        {
          asOf: "2026-05-23",
          records: [
            { id: "A01", name: "一", level: "专员", status: "eligible" },
            { id: "A02", name: "二", level: "专员", status: "not_eligible" },
            { id: "A11", name: "十一", level: "储备总监", status: "awaiting_vacancy" },
          ],
        },
      ],
    });
  });

  it("prefers the 晋升档案 log, one cycle per 评审日期, a re-run replacing the earlier rows", () => {
    const log = {
      name: "晋升档案",
      rows: [
        ["晋升档案：每次评审追加一批记录（只追加，不修改）"],
        ["评审日期", "记录时间", "方案指纹", "名单", "工号", "姓名", "部门", "职级", "状态", "下一职级"],
        ["2026-05-23", "x", "f", "s", "A01", "一", "销售", "专员", "未达标", "主管"],
        ["2025-11-23", "x", "f", "s", "A01", "一", "销售", "专员", "未达标", "主管"],
        ["2026-05-23", "y", "f", "s", "A01", "一", "销售", "专员", "Eligible", "主管"],
      ],
    };
    const got = pastCycles([{ name: "晋升评审", rows: [] }, log]);
    expect("cycles" in got && got.cycles.map((c) => [c.asOf, c.records.map((r) => r.status)])).toEqual([
      ["2025-11-23", ["not_eligible"]],
      ["2026-05-23", ["eligible"]],
    ]);
  });

  it("says what is missing", () => {
    expect(pastCycles([{ name: "Sheet1", rows: [] }])).toEqual({ problem: "no_sheet" });
    expect(pastCycles([{ name: "晋升评审", rows: [["工号", "状态", "职级"], ["A01", "可晋升", "专员"]] }])).toEqual({ problem: "no_date" });
  });
});
