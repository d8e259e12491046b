/**
 * Hand-checked fixtures for issue #21 (cost and budget, calibration, cycle over cycle). The policy
 * is small on purpose: 专员 -> 主管 -> 经理 -> 储备总监 -> 总监 (vacancy), every step on 绩效 and 技能.
 * Review date 2026-11-23.
 */
import type { Cell, Policy, RosterInput } from "../../src/core";

export const AS_OF = "2026-11-23";

/**
 * Pay: 专员 月薪 5000; 主管 band 7000 / 8000 / 9000 (costed at the minimum, 7000); 经理 no pay
 * set; 储备总监 月薪 12000 and a 100 元 reserve allowance; 总监 月薪 15000.
 */
export const PAY_POLICY: Policy = {
  id: "pay-test",
  name: "成本测试",
  nameEn: "Cost test",
  version: "1.0",
  levels: [
    { name: "专员", pay: { monthly: 5000 } },
    { name: "主管", aliases: ["组长"], pay: { min: 7000, mid: 8000, max: 9000 } },
    { name: "经理" },
    { name: "储备总监", reserve: true, allowance: 100, pay: { monthly: 12000 } },
    { name: "总监", pay: { monthly: 15000 } },
  ],
  steps: [
    { from: "专员", to: "主管", paths: [{ id: "standard", label: "标准", criteria: [{ field: "perf", op: ">=", value: 80 }, { field: "skill", op: ">=", value: 70 }] }] },
    { from: "主管", to: "经理", paths: [{ id: "standard", label: "标准", criteria: [{ field: "perf", op: ">=", value: 85 }, { field: "skill", op: ">=", value: 80 }] }] },
    { from: "经理", to: "储备总监", paths: [{ id: "standard", label: "标准", criteria: [{ field: "perf", op: ">=", value: 90 }] }] },
    { from: "储备总监", to: "总监", vacancy: true, paths: [{ id: "standard", label: "标准", criteria: [{ field: "perf", op: ">=", value: 90 }] }] },
  ],
  calibration: {
    tolerance: 5,
    bands: [
      { label: "优秀", min: 90, share: 0.2 },
      { label: "合格", min: 70, share: 0.7 },
      { label: "待改进", min: null, share: 0.1 },
    ],
    bandTolerance: 0.05,
  },
};

export const HEADER = ["工号", "姓名", "部门", "职级", "入职日期", "任现职日期", "绩效", "技能考核", "现月薪"];

/** One roster row: [工号, 姓名, 部门, 职级, 任现职日期, 绩效, 技能考核, 现月薪]. */
export type Person = readonly [string, string, string, string, string, Cell, Cell, Cell];

export function roster(people: readonly Person[], withPay = true, sheet = "花名册"): RosterInput {
  const header = withPay ? HEADER : HEADER.slice(0, -1);
  const rows: Cell[][] = [header, ...people.map(([id, name, dept, level, since, perf, skill, pay]) => [id, name, dept, level, "2020-01-01", since, perf, skill, ...(withPay ? [pay] : [])])];
  return { sheet, rows };
}

/**
 * The hand-checked sample (sheet rows 2-13). Eligible (可晋升) and their cost with 现月薪:
 * - A01 一 销售 专员 90/80 pay 5200 -> 主管 7000: raise 1800 (rank: 170)
 * - A02 二 销售 专员 85/85 pay 5000 -> 主管: raise 2000 (170, 绩效 85 < 90: after A01)
 * - A03 三 客服 专员 80/70 pay ""  -> 主管: no current pay -> band min 7000 (150)
 * - A04 四 客服 主管 95/90 pay 7500 -> 经理: no pay set (185, first in rank)
 * - A05 五 客服 经理 92/0  pay 9000 -> 储备总监 12000: raise 3000 (92+0 = 92... skill 0)
 * - A06 六 仓储 专员 80/75 pay 7200 -> 主管 7000: raise 0 (already paid more) (155)
 * Not eligible: A07 七 销售 专员 79/90; A08 八 仓储 主管 84/95; A09 九 仓储 专员 "优秀" (数据错误).
 * 待空缺: A10 十 销售 储备总监 95/- (allowance 100); A11 十一 客服 储备总监 91/60 (allowance 100).
 * 已最高: A12 十二 销售 总监 88/88.
 * Ranking (绩效+技能, 绩效, 任现职, 工号): A04 185, A01 170 (绩效 90), A02 170, A06 155, A03 150, A05 92.
 * Total a month: 1800 + 2000 + 7000 + 0 + 3000 = 13800 (A04 not costed); a year 165600.
 * Budget 10800: A04 no pay -> left; A01 1800 (9000 left); A02 2000 (7000); A06 0 (7000); A03 7000 (0:
 * exactly exhausted); A05 3000 > 0 -> left. Spent 10800, remaining 0.
 * Budget 8000: A01 (6200), A02 (4200), A06 (4200), A03 7000 > 4200 left, A05 3000 (1200): A05 passes A03.
 * By department (roster order): 销售 3800 (2), 客服 10000 (3, 2 costed), 仓储 0 (1). By new level: 主管
 * 10800 (4), 经理 not costed (1), 储备总监 3000 (1).
 * Allowances: 2 x 100 = 200 a month (销售 100, 客服 100), 2400 a year.
 */
export const SAMPLE: readonly Person[] = [
  ["A01", "一", "销售", "专员", "2024-01-01", 90, 80, 5200],
  ["A02", "二", "销售", "专员", "2024-01-01", 85, 85, 5000],
  ["A03", "三", "客服", "专员", "2024-01-01", 80, 70, ""],
  ["A04", "四", "客服", "主管", "2024-01-01", 95, 90, 7500],
  ["A05", "五", "客服", "经理", "2024-01-01", 92, 0, 9000],
  ["A06", "六", "仓储", "专员", "2025-01-01", 80, 75, 7200],
  ["A07", "七", "销售", "专员", "2024-01-01", 79, 90, 5000],
  ["A08", "八", "仓储", "主管", "2024-01-01", 84, 95, 7600],
  ["A09", "九", "仓储", "专员", "2024-01-01", "优秀", 60, 5000],
  ["A10", "十", "销售", "储备总监", "2024-01-01", 95, "", 12000],
  ["A11", "十一", "客服", "储备总监", "2024-01-01", 91, 60, 12000],
  ["A12", "十二", "销售", "总监", "2024-01-01", 88, 88, 15000],
];
