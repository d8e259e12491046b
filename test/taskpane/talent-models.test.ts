/**
 * The view models of the pane's talent views (issue #20): band counts, forecast bars and the plan
 * lookup by 工号, on examples/taobao-cs.xlsx (sheet 客服部) and on hand-made forecasts.
 */
import * as path from "node:path";
import { loadWorkbook, rosterFromWorksheet } from "../../src/cli/io/read-xlsx";
import { getTemplate, READINESS_BANDS, reviewRoster, talentReport, type Forecast, type TalentReport } from "../../src/core";
import { bandTable } from "../../src/report";
import { bandCounts, findPlan, forecastBars, idInRow, monthLabel } from "../../src/taskpane/talent-models";

const SAMPLE = path.join(__dirname, "..", "..", "examples", "taobao-cs.xlsx");
const POLICY = getTemplate("taobao-cs")!;

let talent: TalentReport;

beforeAll(async () => {
  const wb = await loadWorkbook(SAMPLE);
  const input = rosterFromWorksheet(wb.getWorksheet("客服部")!);
  const review = reviewRoster(input, POLICY, { asOf: "2026-11-23" });
  talent = talentReport(review, input, POLICY);
}, 60_000);

describe("band counts", () => {
  test("every band in order, the counts of the 晋升汇总 readiness table, summing to everyone", () => {
    for (const locale of ["zh-CN", "en-US"] as const) {
      const counts = bandCounts(talent, locale);
      expect(counts.map((c) => c.band)).toEqual(READINESS_BANDS.map((b) => b.key));
      expect(counts.map((c) => [c.label, c.count])).toEqual(bandTable(talent, locale).rows);
      expect(counts.reduce((a, c) => a + c.count, 0)).toBe(talent.readiness.length);
    }
    expect(bandCounts(talent, "zh-CN").map((c) => c.label)).toEqual(["现在可晋升", "1 年内", "1-2 年", "2 年以上", "需发展", "已最高", "数据错误"]);
    // The sample has people in more than one band (else the test would prove little).
    expect(bandCounts(talent, "zh-CN").filter((c) => c.count > 0).length).toBeGreaterThan(1);
  });

  test("other band limits name their months", () => {
    const t: TalentReport = { ...talent, settings: { ...talent.settings, bands: [6, 18] } };
    expect(bandCounts(t, "zh-CN").slice(1, 4).map((c) => c.label)).toEqual(["6 个月内", "6-18 个月", "18 个月以上"]);
  });
});

describe("forecast bars", () => {
  const f: Forecast = {
    asOf: "2026-11-23",
    months: [
      { index: 1, after: "2026-11-23", until: "2026-12-23" },
      { index: 2, after: "2026-12-23", until: "2027-01-23" },
      { index: 3, after: "2027-01-23", until: "2027-02-23" },
    ],
    levels: [
      { level: "中级客服", readyNow: 2, months: [1, 0, 3], total: 4 },
      { level: "高级客服", readyNow: 0, months: [1, 0, 1], total: 2 },
    ],
    totals: [2, 0, 4],
  };

  test("one bar per month with the month's total over all levels, heights relative to the tallest", () => {
    expect(forecastBars(f, "zh-CN")).toEqual([
      { until: "2026-12-23", label: "12月", count: 2, share: 0.5 },
      { until: "2027-01-23", label: "1月", count: 0, share: 0 },
      { until: "2027-02-23", label: "2月", count: 4, share: 1 },
    ]);
    expect(forecastBars(f, "en-US").map((b) => b.label)).toEqual(["Dec", "Jan", "Feb"]);
  });

  test("an empty forecast has flat bars, no division by zero", () => {
    expect(forecastBars({ ...f, totals: [0, 0, 0] }, "zh-CN").map((b) => b.share)).toEqual([0, 0, 0]);
  });

  test("the sample's bars are the report's monthly totals", () => {
    const bars = forecastBars(talent.forecast, "zh-CN");
    expect(bars.map((b) => b.count)).toEqual(talent.forecast.totals);
    expect(bars).toHaveLength(12);
    expect(Math.max(...bars.map((b) => b.share))).toBe(talent.forecast.totals.some((n) => n > 0) ? 1 : 0);
  });

  test("month labels", () => {
    expect(monthLabel("2027-10-23", "zh-CN")).toBe("10月");
    expect(monthLabel("2027-10-23", "en-US")).toBe("Oct");
    expect(monthLabel("not a date", "en-US")).toBe("not a date");
  });
});

describe("plan lookup by 工号", () => {
  test("finds a plan whatever the case and spaces; says why someone has none", () => {
    const plan = talent.plans[0]!;
    expect(findPlan(talent, plan.id)).toEqual({ kind: "plan", plan });
    expect(findPlan(talent, `  ${plan.id.toLowerCase()} `)).toEqual({ kind: "plan", plan });
    const ready = talent.readiness.find((r) => r.band === "ready_now")!;
    expect(talent.plans.some((p) => p.id === ready.id)).toBe(false);
    expect(findPlan(talent, ready.id)).toEqual({ kind: "none", readiness: ready });
    expect(findPlan(talent, "NOBODY-404")).toEqual({ kind: "unknown" });
    expect(findPlan(talent, "   ")).toEqual({ kind: "empty" });
  });
});

describe("the 工号 in a selected row", () => {
  test("the first cell equal to a reviewed 工号, case and spaces ignored; null when none", () => {
    const [a, b] = [talent.readiness[0]!.id, talent.readiness[1]!.id];
    expect(idInRow([7, "", ` ${a.toLowerCase()} `, b], talent)).toBe(a);
    expect(idInRow([null, true, b, a], talent)).toBe(b);
    expect(idInRow(["晋升评审 · 淘宝客服", null, 3], talent)).toBeNull();
    expect(idInRow([], talent)).toBeNull();
  });
});
