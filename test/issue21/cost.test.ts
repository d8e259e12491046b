/** Promotion cost and the budget what-if on the hand-checked sample (test/issue21/fixture.ts). */
import { budgetWhatIf, promotionCost, PayColumnError, reviewRoster, levelPayAmount } from "../../src/core";
import { AS_OF, PAY_POLICY, SAMPLE, roster } from "./fixture";

const input = roster(SAMPLE);
const review = reviewRoster(input, PAY_POLICY, { asOf: AS_OF });

describe("promotion cost (hand-checked sample)", () => {
  const report = promotionCost(review, input, PAY_POLICY);

  it("ranks the 可晋升 in the vacancy ranking's order and costs each by the raise to the new level's pay", () => {
    expect(report.payColumn).toEqual({ header: "现月薪", column: "I" });
    expect(report.candidates.map((c) => [c.rank, c.id, c.target, c.targetPay, c.currentPay, c.monthly, c.annual, c.basis])).toEqual([
      [1, "A04", "经理", null, 7500, null, null, "no_pay"],
      [2, "A01", "主管", 7000, 5200, 1800, 21600, "raise"],
      [3, "A02", "主管", 7000, 5000, 2000, 24000, "raise"],
      [4, "A06", "主管", 7000, 7200, 0, 0, "raise"],
      [5, "A03", "主管", 7000, null, 7000, 84000, "band_min"],
      [6, "A05", "储备总监", 12000, 9000, 3000, 36000, "raise"],
    ]);
    expect([report.monthlyTotal, report.annualTotal, report.uncosted]).toEqual([13800, 165600, 1]);
    expect(report.levelsWithoutPay).toEqual(["经理"]);
  });

  it("totals by department (roster order) and by new level (ladder order)", () => {
    expect(report.byDept).toEqual([
      { key: "销售", count: 2, costed: 2, monthly: 3800, annual: 45600 },
      { key: "客服", count: 3, costed: 2, monthly: 10000, annual: 120000 },
      { key: "仓储", count: 1, costed: 1, monthly: 0, annual: 0 },
    ]);
    expect(report.byLevel.map((g) => [g.key, g.count, g.costed, g.monthly])).toEqual([
      ["主管", 4, 4, 10800],
      ["经理", 1, 0, 0],
      ["储备总监", 1, 1, 3000],
    ]);
  });

  it("adds the reserve allowances of the 待空缺", () => {
    expect([report.allowance.count, report.allowance.monthly, report.allowance.annual]).toEqual([2, 200, 2400]);
    expect(report.allowance.byDept.map((g) => [g.key, g.monthly])).toEqual([
      ["销售", 100],
      ["客服", 100],
    ]);
  });

  it("without a current-pay column, costs the new level's 月薪 or band minimum", () => {
    const bare = roster(SAMPLE, false);
    const r = promotionCost(reviewRoster(bare, PAY_POLICY, { asOf: AS_OF }), bare, PAY_POLICY);
    expect(r.payColumn).toBeNull();
    expect(r.candidates.map((c) => [c.id, c.monthly, c.basis])).toEqual([
      ["A04", null, "no_pay"],
      ["A01", 7000, "band_min"],
      ["A02", 7000, "band_min"],
      ["A06", 7000, "band_min"],
      ["A03", 7000, "band_min"],
      ["A05", 12000, "level_pay"],
    ]);
    expect(r.monthlyTotal).toBe(40000);
  });

  it("names a --pay-column the roster does not have", () => {
    expect(() => promotionCost(review, input, PAY_POLICY, { payColumn: "工资" })).toThrow(PayColumnError);
    expect(promotionCost(review, input, PAY_POLICY, { payColumn: "现月薪" }).monthlyTotal).toBe(13800);
  });

  it("costs a level at its 月薪, else its band minimum", () => {
    expect(levelPayAmount({ pay: { monthly: 6000, min: 5000 } })).toEqual({ amount: 6000, basis: "monthly" });
    expect(levelPayAmount({ pay: { min: 5000, max: 7000 } })).toEqual({ amount: 5000, basis: "band_min" });
    expect(levelPayAmount({ pay: { max: 7000 } })).toBeNull();
    expect(levelPayAmount({})).toBeNull();
  });
});

describe("budget what-if", () => {
  const report = promotionCost(review, input, PAY_POLICY);

  it("promotes in ranking order while the cost fits; a budget met to the yuan is met", () => {
    const b = budgetWhatIf(report, 10800);
    expect(b.selected.map((c) => c.id)).toEqual(["A01", "A02", "A06", "A03"]);
    expect(b.left.map((l) => [l.line.id, l.reason, l.remainingAtTurn])).toEqual([
      ["A04", "no_pay", 10800],
      ["A05", "over_budget", 0],
    ]);
    expect([b.spent, b.remaining, b.passedOver]).toEqual([10800, 0, []]);
  });

  it("lets a cheaper promotion further down go first when a dearer one does not fit, and says so", () => {
    const b = budgetWhatIf(report, 8000);
    expect(b.selected.map((c) => c.id)).toEqual(["A01", "A02", "A06", "A05"]);
    expect(b.left.map((l) => [l.line.id, l.reason, l.remainingAtTurn])).toEqual([
      ["A04", "no_pay", 8000],
      ["A03", "over_budget", 4200],
    ]);
    expect([b.spent, b.remaining, b.passedOver]).toEqual([6800, 1200, ["A05"]]);
  });

  it("with no budget, promotes only those whose raise is 0", () => {
    const b = budgetWhatIf(report, 0);
    expect(b.selected.map((c) => c.id)).toEqual(["A06"]);
    expect(b.remaining).toBe(0);
  });
});
