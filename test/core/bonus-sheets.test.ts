/**
 * The 奖金档位 sheet and the 9-box rows of 晋升方案: written only when set, read back exactly
 * (sheets and JSON), and every problem reported on its cell.
 */
import {
  getTemplate,
  percentCell,
  policyFingerprint,
  policyFromJson,
  policyFromSheets,
  policyToJson,
  policyToSheets,
  TEMPLATES,
  validatePolicy,
  type Cell,
  type Policy,
  type SheetData,
} from "../../src/core";
import { bonusPolicy } from "./bonus-fixture";

type Sheets = { name: string; rows: Cell[][] }[];

function copy(sheets: readonly SheetData[]): Sheets {
  return sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) }));
}

function sheet(sheets: Sheets, name: string): Cell[][] {
  return sheets.find((s) => s.name === name)!.rows;
}

/** Bonus tiers HR would type: order of criteria differs between tiers, a custom column, a time field. */
const RICH: Policy = {
  ...bonusPolicy(),
  nineBox: { perf: [75, 90], potential: [60, 80] },
  bonus: {
    tiers: [
      { name: "A档", criteria: [{ field: "csat", op: ">=", value: 0.98 }, { field: "tickets", op: ">=", value: 3000 }], amount: 800, note: "示例金额" },
      { name: "B档", levels: ["中级客服", "高级客服"], criteria: [{ field: "tickets", op: ">=", value: 2000 }, { field: "考勤天数", op: ">=", value: 21 }], amount: 500 },
      { name: "新人奖", levels: ["初级客服"], criteria: [{ field: "tenure", op: "<=", value: 0.5 }, { field: "error_rate", op: "<=", value: 0.01 }], amount: 100 },
      { name: "保底", criteria: [], amount: 0 },
    ],
  },
};

describe("奖金档位 sheet", () => {
  it("is a table HR reads at a glance", () => {
    const sheets = policyToSheets(bonusPolicy());
    expect(sheets.map((s) => s.name)).toEqual(["晋升方案", "职级", "规则", "奖金档位", "发展措施"]);
    expect(sheets[3]!.rows).toEqual([
      ["档位", "适用职级", "工单量 >=", "客户满意度 >=", "月奖金(元)", "说明"],
      ["A档", null, 3000, percentCell(0.98), 800, null],
      ["B档", null, 2000, percentCell(0.95), 500, null],
      ["C档", "初级客服、中级客服", 1000, null, 200, null],
    ]);
    expect(policyToSheets(bonusPolicy(), "en-US")[3]!.rows[0]).toEqual(["Tier", "Levels", "Tickets >=", "CSAT >=", "Monthly bonus (yuan)", "Note"]);
  });

  it("is not written without bonus tiers, and templates are unchanged", () => {
    for (const t of TEMPLATES) {
      const sheets = policyToSheets(t);
      expect(sheets.map((s) => s.name)).toEqual(["晋升方案", "职级", "规则", "发展措施"]); // 发展措施 always (issue #20)
      expect(sheet(copy(sheets), "晋升方案").some((r) => String(r[0]).startsWith("九宫格"))).toBe(false);
    }
    expect(policyFingerprint(getTemplate("taobao-cs")!)).toBe("taobao-cs@1.0#79a4d2b2"); // as in the README
    const back = policyFromSheets(policyToSheets(getTemplate("ecom-cs")!));
    expect(back.ok && back.policy).toEqual(getTemplate("ecom-cs"));
  });

  it.each(["zh-CN", "en-US"] as const)("reads back exactly, sheets and JSON (%s)", (locale) => {
    expect(validatePolicy(RICH)).toEqual([]);
    const back = policyFromSheets(policyToSheets(RICH, locale), locale);
    expect(back.ok && back.policy).toEqual(RICH);
    expect(back.ok && policyFingerprint(back.policy)).toBe(policyFingerprint(RICH));
    const json = policyFromJson(policyToJson(RICH));
    expect(json.ok && json.policy).toEqual(RICH);
  });

  it("keeps each tier's criteria order with a column per criterion", () => {
    const rows = policyToSheets(RICH)[3]!.rows;
    expect(rows[0]).toEqual(["档位", "适用职级", "客户满意度 >=", "工单量 >=", "列:考勤天数 >=", "司龄 <=", "差错率 <=", "月奖金(元)", "说明"]);
    expect(rows[3]).toEqual(["新人奖", "初级客服", null, null, null, 0.5, percentCell(0.01), 100, null]);
  });

  it("writes the 9-box cuts in the header block only when set", () => {
    const rows = policyToSheets(RICH)[0]!.rows;
    expect(rows.slice(7, 9)).toEqual([
      ["九宫格绩效分界", "75, 90"],
      ["九宫格潜力分界", "60, 80"],
    ]);
    expect(rows[9]![0]).toBe("准备度分界（月）"); // the talent rows (issue #20) follow
    expect(rows[11]).toEqual([]);
  });

  it("reports every problem on its cell", () => {
    const sheets = copy(policyToSheets(RICH));
    const bonus = sheet(sheets, "奖金档位");
    bonus[0]![4] = "考勤天 >="; // unknown field in a header
    bonus[0]![6] = "差错率"; // no operator
    bonus[1]![2] = "很高"; // not a percent
    bonus[2]![7] = -5; // negative amount
    bonus[3]![0] = "A档"; // duplicate tier name
    bonus[2]![1] = "中级课服"; // unknown level
    const header = sheet(sheets, "晋升方案");
    header[7]![1] = "90, 80"; // not increasing
    header[8]![1] = "高"; // not numbers
    const result = policyFromSheets(sheets);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => `${i.cell} ${i.code}`)).toEqual([
      "晋升方案!B8 bad_nine_box",
      "晋升方案!B9 bad_nine_box",
      "奖金档位!E1 unknown_field",
      "奖金档位!G1 bonus_header",
      "奖金档位!C2 bad_value",
      "奖金档位!B3 unknown_level",
      "奖金档位!H3 bad_amount",
      "奖金档位!A4 duplicate_tier",
    ]);
    const message = (cell: string): string => issues.find((i) => i.cell === cell)!.message;
    expect(message("晋升方案!B8")).toContain("九宫格绩效分界「[90,80]」不对");
    expect(message("晋升方案!B9")).toContain("九宫格潜力分界「高」不对");
    expect(message("奖金档位!E1")).toContain("「考勤天」不是已知字段");
    expect(message("奖金档位!G1")).toContain("「工单量 >=」");
    expect(message("奖金档位!C2")).toContain("「客户满意度 >=」的值「很高」不对");
    expect(message("奖金档位!B3")).toContain("是否应为「中级客服」");
    expect(message("奖金档位!H3")).toBe("档位「B档」的月奖金「-5」无效：请填写不小于 0 的金额（元），例如 500");
    expect(message("奖金档位!A4")).toContain("档位「A档」重复");
  });

  it("validates JSON bonus tiers by path", () => {
    const bad = JSON.parse(policyToJson(RICH)) as { bonus: { tiers: { amount: unknown; criteria: { field: string }[] }[] } };
    bad.bonus.tiers[1]!.amount = -1;
    bad.bonus.tiers[0]!.criteria[0]!.field = "score";
    const result = policyFromJson(JSON.stringify(bad));
    expect(result.ok ? [] : result.issues.map((i) => `${i.path} ${i.code}`)).toEqual(["bonus.tiers[0].criteria[0].field bonus_field", "bonus.tiers[1].amount bad_amount"]);
  });
});
