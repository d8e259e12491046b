/**
 * Bonus tiers (绩效奖金): tier selection on a hand-checked roster (boundaries, percent forms,
 * missing and unreadable cells, level scope, status independence), the summary total, and
 * reviews without bonus tiers left exactly as they were.
 */
import { formatBonus, getTemplate, percentCell, reviewRoster, validatePolicy, type Cell, type Policy, type RowResult } from "../../src/core";
import { bonusPolicy } from "./bonus-fixture";

const HEADER: Cell[] = ["工号", "姓名", "部门", "职级", "入职日期", "任现职日期", "工单量", "客户满意度", "业务考核", "绩效考核", "综合素质", "管理能力"];
const row = (id: string, level: string, tickets: Cell, csat: Cell, mgmt: Cell = null): Cell[] => [id, `员工${id}`, "售后组", level, "2022-01-10", "2024-03-01", tickets, csat, 80, 82, 80, mgmt];

const ROWS: Cell[][] = [
  row("E01", "中级客服", 2000, "95%"), // exactly at B: text percent
  row("E02", "中级客服", 2000, percentCell(0.95)), // percent-formatted cell
  row("E03", "中级客服", 2000, 95), // percent points
  row("E04", "初级客服", 1999, 0.99), // just under B, C applies to 初级客服
  row("E05", "高级客服", 1999, 0.99), // just under B, C does not apply to 高级客服
  row("E06", "中级客服", 3500, null), // csat missing: C only
  row("E07", "中级客服", "很多", 0.99), // unreadable tickets: data error, no bonus
  row("E08", "客服经理", 3000, 0.98, 90), // top of the ladder, exactly at A
  row("E09", "高级客服", 1948, 0.935), // B missing by 52 单 and 1.5 pp
  row("E10", "客服主管", 5000, 0.97, 80), // A missing csat only
];

function review(policy: Policy = bonusPolicy()): ReturnType<typeof reviewRoster> {
  return reviewRoster({ sheet: "客服部", rows: [HEADER, ...ROWS] }, policy, { asOf: "2026-11-23" });
}

function byId(rows: readonly RowResult[], id: string): RowResult {
  return rows.find((r) => r.id === id)!;
}

describe("bonus tiers", () => {
  const r = review();

  it("the example policy is valid", () => {
    expect(validatePolicy(bonusPolicy())).toEqual([]);
  });

  it("pays the highest tier whose scope and criteria hold, at the thresholds exactly, in every percent form", () => {
    for (const id of ["E01", "E02", "E03"]) expect(byId(r.rows, id).bonus).toMatchObject({ tier: "B档", amount: 500, error: false });
    expect(byId(r.rows, "E08").bonus).toEqual({ tier: "A档", amount: 800, next: null, error: false });
    expect(byId(r.rows, "E08").status).toBe("top"); // paid on 已最高 rows too
  });

  it("respects level scope", () => {
    expect(byId(r.rows, "E04").bonus).toMatchObject({ tier: "C档", amount: 200 });
    expect(byId(r.rows, "E05").bonus).toMatchObject({ tier: null, amount: 0 });
    expect(byId(r.rows, "E06").bonus).toMatchObject({ tier: "C档", amount: 200 });
  });

  it("names the next tier up and what it lacks", () => {
    const e09 = byId(r.rows, "E09").bonus!;
    expect(e09.next).toEqual({
      tier: "B档",
      amount: 500,
      unmet: [
        { field: "tickets", op: ">=", required: 2000, actual: 1948, reason: "below" },
        { field: "csat", op: ">=", required: 0.95, actual: 0.935, reason: "below" },
      ],
    });
    expect(formatBonus(e09, "zh-CN")).toBe("距 B档（500元）：工单量差 52 单；客户满意度差 1.5 个百分点");
    expect(formatBonus(e09, "en-US")).toBe("To B档 (500 yuan): Tickets short by 52; CSAT short by 1.5 pp");
    const e05 = byId(r.rows, "E05").bonus!;
    expect(formatBonus(e05, "zh-CN")).toBe("距 B档（500元）：工单量差 1 单");
    expect(formatBonus(e05, "en-US")).toBe("To B档 (500 yuan): Tickets short by 1");
    const e06 = byId(r.rows, "E06").bonus!;
    expect(e06.next).toEqual({ tier: "B档", amount: 500, unmet: [{ field: "csat", op: ">=", required: 0.95, actual: null, reason: "missing" }] });
    expect(formatBonus(byId(r.rows, "E10").bonus!, "zh-CN")).toBe("距 A档（800元）：客户满意度差 1 个百分点");
  });

  it("pays nothing on data-error rows and says why", () => {
    const e07 = byId(r.rows, "E07");
    expect(e07.status).toBe("error");
    expect(e07.bonus).toEqual({ tier: null, amount: 0, next: null, error: true });
    expect(formatBonus(e07.bonus!, "zh-CN")).toContain("数据错误");
  });

  it("totals the bonuses in the summary, per tier", () => {
    // B: E01 E02 E03 = 1500; A: E08 = 800; C: E04 E06 = 400; E10 B = 500
    expect(r.summary.bonusTotal).toBe(3200);
    expect(r.summary.bonusByTier).toEqual([
      { tier: "A档", amount: 800, count: 1, total: 800 },
      { tier: "B档", amount: 500, count: 4, total: 2000 },
      { tier: "C档", amount: 200, count: 2, total: 400 },
    ]);
  });

  it("leaves reviews without bonus tiers exactly as they were (no bonus keys)", () => {
    const plain = review(getTemplate("ecom-cs")!);
    expect(JSON.stringify(plain)).not.toContain("bonus");
    expect(Object.keys(plain.summary)).toEqual(["total", "byStatus", "byLevel", "byDept", "allowanceTotal"]);
    expect(Object.keys(plain.rows[0]!)).not.toContain("bonus");
  });
});
