import { parseMonthHeader } from "../../../src/core";
import { monthIndexOf, monthText } from "../../../src/core/read/month-headers";

describe("parseMonthHeader", () => {
  test.each([
    ["满意度 2026-06", "满意度", 2026, 6],
    ["满意度2026-6", "满意度", 2026, 6],
    ["2026年6月满意度", "满意度", 2026, 6],
    ["2026年06月份工单量", "工单量", 2026, 6],
    ["满意度(2026/06)", "满意度", 2026, 6],
    ["满意度（2026/06）", "满意度", 2026, 6],
    ["满意度[2026.06]", "满意度", 2026, 6],
    ["满意度_202606", "满意度", 2026, 6],
    ["工单量-2026-06", "工单量", 2026, 6],
    ["工单量2026年6月", "工单量", 2026, 6],
    ["CSAT 2026-06", "CSAT", 2026, 6],
    ["2026-06 CSAT", "CSAT", 2026, 6],
    ["６月满意度", "满意度", null, 6],
    ["满意度 12月", "满意度", null, 12],
    ["回访率 2026-06", "回访率", 2026, 6],
  ])("%s", (header, base, year, month) => {
    expect(parseMonthHeader(header)).toEqual({ base, year, month });
  });

  test.each(["满意度", "近6月满意度", "2026-06", "13月满意度", "满意度 2026-13", "满意度 0000-06", "2025年度绩效", "Q3绩效", "任现职日期", ""])("%s is not a month column", (header) => {
    expect(parseMonthHeader(header)).toBeNull();
  });

  test("a month without a year is the latest such month not after the review month", () => {
    const june = { base: "满意度", year: null, month: 6 };
    expect(monthText(monthIndexOf(june, 2026, 11))).toBe("2026-06");
    expect(monthText(monthIndexOf(june, 2026, 6))).toBe("2026-06");
    expect(monthText(monthIndexOf(june, 2026, 5))).toBe("2025-06");
    expect(monthText(monthIndexOf({ base: "x", year: 2024, month: 1 }, 2026, 5))).toBe("2024-01");
  });
});
