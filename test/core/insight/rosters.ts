/**
 * Hand-checked rosters for the insight tests. Every expected number in the tests is worked out
 * by hand from these rows (see the comments next to them). Review date: 2026-11-23.
 */
import type { Cell, RosterInput } from "../../../src/core";

export const AS_OF = "2026-11-23";

// ---------------------------------------------------------------------------------------------
// 淘宝客服 (taobao-cs). 初级 -> 中级: 任现职 >= 0.5年; 工单量 >= 2000; 满意度 >= 90%; 综合得分 >= 75,
// 综合得分 = 0.5 绩效 + 0.25 协作 + 0.25 学习. 中级 -> 高级: 任现职 >= 1年; 工单量 >= 5000; 满意度 >= 95%;
// 差错率 <= 1%; 技能考核 >= 80; 综合得分 >= 80.
// ---------------------------------------------------------------------------------------------
const CS_HEADER = ["工号", "姓名", "部门", "职级", "入职日期", "任现职日期", "接待量", "客户满意度", "差错率", "低质评价", "技能考核", "绩效得分", "协作能力", "学习成长", "技能证书"];

/** A 初级客服 who meets every criterion: 10 months in level (0.83年), score 80. */
const CS_BASE: Record<string, Cell> = {
  部门: "售前",
  职级: "初级客服",
  入职日期: "2025-06-01",
  任现职日期: "2026-01-01",
  接待量: 2500,
  客户满意度: "95%",
  差错率: "0.5%",
  低质评价: 0,
  技能考核: 80,
  绩效得分: 80,
  协作能力: 80,
  学习成长: 80,
  技能证书: "否",
};

function csRow(id: string, name: string, over: Record<string, Cell> = {}): Cell[] {
  const cells: Record<string, Cell> = { ...CS_BASE, 工号: id, 姓名: name, ...over };
  return CS_HEADER.map((h) => cells[h] ?? null);
}

/**
 * Sheet rows 2-12 (row 1 is the header):
 * - E01 甲 row 2: meets all, score 80 -> 可晋升
 * - E02 乙 row 3: 满意度 89% < 90% only (1 pp short) -> 未达标, one gap
 * - E03 丙 row 4: in level since 2026-08-01: 3 completed months < 6 -> one gap of 3 months, ready 2027-02-01
 * - E04 丁 row 5: 满意度 88% (2 pp short) and score 74 (1 point short) -> two gaps
 * - E05 戊 row 6: 工单量 1500 < 2000 only (500 short)
 * - E06 己 row 7: 满意度 80% and 工单量 1000 -> two large gaps
 * - E07 庚 row 8: 中级客服, 17 months in level, 技能考核 78 < 80 only (score 0.5*85+0.25*80+0.25*80 = 82.5)
 * - E08 辛 row 9: 绩效 "优秀" -> 数据错误
 * - E09 壬 row 10: 资深客服 -> 已最高
 * - E10 癸 row 11: 满意度 empty -> one gap, missing
 * - E11 子 row 12: score 0.5*80 + 0.25*75 + 0.25*75 = 77.5 >= 75 -> 可晋升
 */
export const CS_ROSTER: RosterInput = {
  sheet: "客服部",
  rows: [
    CS_HEADER,
    csRow("E01", "甲"),
    csRow("E02", "乙", { 客户满意度: "89%" }),
    csRow("E03", "丙", { 任现职日期: "2026-08-01" }),
    csRow("E04", "丁", { 客户满意度: "88%", 绩效得分: 74, 协作能力: 74, 学习成长: 74 }),
    csRow("E05", "戊", { 接待量: 1500 }),
    csRow("E06", "己", { 客户满意度: "80%", 接待量: 1000 }),
    csRow("E07", "庚", { 部门: "售后", 职级: "中级客服", 任现职日期: "2025-06-01", 接待量: 6000, 客户满意度: "96%", 技能考核: 78, 绩效得分: 85 }),
    csRow("E08", "辛", { 部门: "售后", 绩效得分: "优秀" }),
    csRow("E09", "壬", { 部门: "售后", 职级: "资深客服" }),
    csRow("E10", "癸", { 部门: "售后", 客户满意度: "" }),
    csRow("E11", "子", { 部门: "售后", 协作能力: 75, 学习成长: 75 }),
  ],
};

export type CsKind = "eligible" | "not" | "error" | "top";

/**
 * A taobao-cs roster with a 性别 column (a header PromoLadder does not know: kept as a custom
 * column) built from (性别, kind) pairs: `eligible` meets all, `not` has 工单量 1000, `error`
 * has 绩效 "优秀", `top` is a 资深客服.
 */
export function genderRoster(people: ReadonlyArray<readonly [string, CsKind]>): RosterInput {
  const header = [...CS_HEADER, "性别"];
  const rows = people.map(([gender, kind], i) => {
    const over: Record<string, Cell> =
      kind === "not" ? { 接待量: 1000 } : kind === "error" ? { 绩效得分: "优秀" } : kind === "top" ? { 职级: "资深客服" } : {};
    return [...csRow(`G${String(i + 1).padStart(2, "0")}`, `员工${i + 1}`, over), gender];
  });
  return { sheet: "客服部", rows: [header, ...rows] };
}

// ---------------------------------------------------------------------------------------------
// 用户运营 (user-ops) with 发展潜力, for the 9-box (default bands: low < 70 <= mid < 85 <= high).
// ---------------------------------------------------------------------------------------------
const UO_HEADER = ["工号", "姓名", "部门", "职级", "入职日期", "任现职日期", "绩效得分", "技能得分", "发展潜力", "管理能力"];

function uoRow(id: string, perf: Cell, potential: Cell, level = "用户运营专员"): Cell[] {
  return [id, `员工${id}`, "用户部", level, "2024-01-01", "2025-01-01", perf, 80, potential, 70];
}

/**
 * - N1 (85, 85) high/high 明星; N2 (84.9, 85) mid/high 潜力之星; N3 (70, 69.9) mid/low 稳定贡献者;
 *   N4 (69, 90) low/high 待琢之玉; N5 (90, 70) high/mid 绩效之星; N10 (50, 50) low/low 待改进;
 *   N8 用户运营经理 (top) (95, 95) 明星: 7 placed.
 * - Unplaced: N6 (potential empty), N7 (绩效 "优秀": 数据错误), N9 (绩效 empty).
 */
export const UO_ROSTER: RosterInput = {
  sheet: "用户运营",
  rows: [
    UO_HEADER,
    uoRow("N1", 85, 85),
    uoRow("N2", 84.9, 85),
    uoRow("N3", 70, 69.9),
    uoRow("N4", 69, 90),
    uoRow("N5", 90, 70),
    uoRow("N6", 80, ""),
    uoRow("N7", "优秀", 80),
    uoRow("N8", 95, 95, "用户运营经理"),
    uoRow("N9", "", 80),
    uoRow("N10", 50, 50),
  ],
};

// ---------------------------------------------------------------------------------------------
// 营运部门店 (store-ops), for the vacancy cascade. 储备店长 -> 四级店长 (空缺): 技能 >= 85, 绩效 >= 85.
// 领班 -> 储备店长: 任现职 >= 1年, 绩效 >= 85, 技能 >= 85, 培训结业. 储备领班 -> 领班 (空缺): 技能 >= 80,
// 绩效 >= 80. 培养对象 -> 储备领班: 任现职 >= 0.25年, 技能 >= 75, 培训结业.
// ---------------------------------------------------------------------------------------------
const SO_HEADER = ["工号", "姓名", "门店", "岗位", "入职日期", "晋升日期", "绩效", "技能考核", "管理能力", "培训结业"];

function soRow(id: string, level: string, perf: number, skill: number, training: string, since = "2024-01-01"): Cell[] {
  return [id, `员工${id}`, "一店", level, "2020-01-01", since, perf, skill, 70, training];
}

/**
 * - S1 储备店长 90+90=180, S2 储备店长 86+86=172: 待空缺 for 四级店长; S3 储备店长 80/80: 未达标.
 * - L1 领班 88+88=176 and L2 领班 86+90=176: 可晋升 to 储备店长 (tie on the total: L1 has the higher
 *   绩效); L3 领班 90/90 without 培训结业: 未达标.
 * - R1 储备领班 82+81: 待空缺 for 领班.
 * - P1 培养对象 one month in level: 未达标 (needs 3 months), so nobody fills a 储备领班 place.
 */
export const SO_ROSTER: RosterInput = {
  sheet: "门店",
  rows: [
    SO_HEADER,
    soRow("S1", "储备店长", 90, 90, "是"),
    soRow("S2", "储备店长", 86, 86, "是"),
    soRow("S3", "储备店长", 80, 80, "是"),
    soRow("L1", "领班", 88, 88, "是"),
    soRow("L2", "领班", 86, 90, "是"),
    soRow("L3", "领班", 90, 90, "否"),
    soRow("R1", "储备领班", 82, 81, "是"),
    soRow("P1", "培养对象", 90, 80, "是", "2026-10-01"),
  ],
};
