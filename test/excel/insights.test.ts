/**
 * The task pane's write of the summary sheet's decision-support sections through office-addin-mock:
 * the near-miss table, the 9-box grid (written as cells with fills) and the fairness table land on
 * 晋升汇总 with the core's numbers, the applied policy is recorded in the same request as the
 * ownership (still 3 requests for a first run), and the roster is not written.
 */
import { compilePolicy, getTemplate, policyFingerprint, reviewRoster, type Cell } from "../../src/core";
import type * as Adapter from "../../src/excel";
import { summaryInsights } from "../../src/report";
import { AS_OF, UO_ROSTER } from "../core/insight/rosters";
import { MockExcel } from "./mock-excel";

function install(): MockExcel {
  const mock = new MockExcel();
  (globalThis as Record<string, unknown>).Excel = mock.excel;
  return mock;
}

let adapter: typeof Adapter;
beforeAll(async () => {
  install();
  adapter = await import("../../src/excel");
});

test("writes near misses, the 9-box grid and fairness on 晋升汇总 and records the applied policy", async () => {
  const mock = install();
  const values = UO_ROSTER.rows.map((r) => r.map((c: Cell) => (c === null || c === undefined ? "" : (c as string | number))));
  mock.addSheet("用户运营", values);
  const policy = getTemplate("user-ops")!;
  const review = reviewRoster({ ...UO_ROSTER }, policy, { asOf: AS_OF, locale: "zh-CN" });
  const insights = summaryInsights(review, UO_ROSTER, compilePolicy(policy));
  const applied = { policy, fingerprint: policyFingerprint(policy), source: "user-ops", asOf: AS_OF };
  const out = await adapter.writeReviewOutput(review, "zh-CN", { recordedAt: "2026-11-23 10:00", insights, applied });
  expect(out.stats.syncs).toBe(3);
  expect(mock.syncs).toBe(3);
  expect(mock.values("用户运营")).toEqual(values);

  const sheet = mock.values("晋升汇总");
  const find = (text: string): number => sheet.findIndex((r) => r[0] === text);
  // 9-box: N1, N8 明星; N2 潜力之星; N4 待琢之玉; N5 绩效之星; N3 稳定贡献者; N10 待改进 (nine-box.test.ts).
  const grid = find("潜力 \\ 绩效");
  expect(grid).toBeGreaterThan(0);
  expect(sheet.slice(grid + 1, grid + 4).map((r) => r.slice(1, 4))).toEqual([
    ["待琢之玉 1\n员工N4", "潜力之星 1\n员工N2", "明星 2\n员工N1、员工N8"],
    ["待提升 0", "中坚力量 0", "绩效之星 1\n员工N5"],
    ["待改进 1\n员工N10", "稳定贡献者 1\n员工N3", "专业骨干 0"],
  ]);
  // Fairness of 部门: one group 用户部 (everybody), the reference.
  const fair = sheet.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("选拔率（按「部门」"));
  expect(sheet[fair + 1]![0]).toBe("部门");
  const group = sheet[fair + 2]!;
  expect(group.slice(0, 3)).toEqual(["用户部", insights.fairness[0]!.groups[0]!.evaluated, insights.fairness[0]!.groups[0]!.selected]);
  expect(group[5]).toBe("基准");
  // Near misses: a table under its heading, one row per near miss, closest first.
  const nm = sheet.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("差一步："));
  expect(sheet[nm]![0]).toBe(`差一步：${insights.nearMisses.length} 人只差一项就可晋升（最接近的在前）`);
  if (insights.nearMisses.length > 0) expect(sheet.slice(nm + 2, nm + 2 + insights.nearMisses.length).map((r) => r[7])).toEqual(insights.nearMisses.map((m) => m.id));

  const recorded = mock.settings.get("PromoLadder.appliedPolicy") as { fingerprint: string; source: string; asOf: string };
  expect(recorded).toMatchObject({ fingerprint: policyFingerprint(policy), source: "user-ops", asOf: AS_OF });
  const { parseAppliedPolicy } = await import("../../src/excel/settings");
  expect(parseAppliedPolicy(JSON.stringify(recorded))).toMatchObject({ fingerprint: policyFingerprint(policy), source: "user-ops" });
  expect(parseAppliedPolicy("{\"policy\":{\"id\":\"x\"}}")).toBeNull();
  expect(parseAppliedPolicy(undefined)).toBeNull();
});
