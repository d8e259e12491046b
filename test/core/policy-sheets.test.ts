import {
  TEMPLATES,
  getTemplate,
  hasPolicySheets,
  policyFingerprint,
  policyFromSheets,
  policyToSheets,
  reviewRoster,
  POLICY_SHEETS,
  type Cell,
  type Locale,
  type Policy,
  type PolicySheetIssue,
  type SheetData,
} from "../../src/core";

/** A deep, mutable copy of exported sheets. */
type Sheets = { name: string; rows: Cell[][] }[];

function exported(id: string, locale: Locale = "zh-CN"): Sheets {
  return policyToSheets(getTemplate(id)!, locale).map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) }));
}

/** Sets one cell, by sheet name and A1 address, as a spreadsheet user would. */
function set(sheets: Sheets, sheet: string, address: string, value: Cell): Sheets {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1]!.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const rows = sheets.find((s) => s.name === sheet)!.rows;
  const row = Number(m[2]) - 1;
  while (rows.length <= row) rows.push([]);
  while (rows[row]!.length <= col) rows[row]!.push(null);
  rows[row]![col] = value;
  return sheets;
}

function addRow(sheets: Sheets, sheet: string, row: Cell[]): Sheets {
  sheets.find((s) => s.name === sheet)!.rows.push(row);
  return sheets;
}

function issuesOf(sheets: readonly SheetData[], locale: Locale = "zh-CN"): PolicySheetIssue[] {
  const r = policyFromSheets(sheets, locale);
  if (r.ok) throw new Error("expected issues, got a valid policy");
  expect(r).not.toHaveProperty("policy");
  return r.issues;
}

const cells = (issues: PolicySheetIssue[]): string[] => issues.map((i) => `${i.cell} ${i.code}`);

/** A plain-JSON copy (the templates are frozen; undefined keys dropped). */
const plain = (p: Policy): Policy => JSON.parse(JSON.stringify(p)) as Policy;

describe("round trip", () => {
  it.each(TEMPLATES.map((t) => [t.id]))("%s: policyFromSheets(policyToSheets(t)) equals t, in both languages", (id) => {
    const t = getTemplate(id)!;
    for (const locale of ["zh-CN", "en-US"] as const) {
      const r = policyFromSheets(policyToSheets(t, locale), locale);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.policy).toStrictEqual(plain(t));
      expect(policyFingerprint(r.policy)).toBe(policyFingerprint(t));
    }
  });

  it("reads English sheets with the Chinese locale and the other way round", () => {
    const t = getTemplate("store-ops")!;
    const en = policyFromSheets(policyToSheets(t, "en-US"), "zh-CN");
    expect(en.ok && en.policy).toStrictEqual(plain(t));
  });

  it("writes 晋升方案, 职级, 规则 with the documented columns", () => {
    const [policy, levels, rules] = policyToSheets(getTemplate("taobao-cs")!);
    expect([policy!.name, levels!.name, rules!.name]).toEqual([POLICY_SHEETS.policy, POLICY_SHEETS.levels, POLICY_SHEETS.rules]);
    expect(levels!.rows[0]).toEqual(["通道", "顺序", "职级", "别名", "储备", "月津贴（元）", "下一职级", "关键岗位"]);
    expect(rules!.rows[0]).toEqual(["从", "到", "路径", "字段", "运算", "值", "权重", "空缺", "说明"]);
    expect(rules!.rows[1]).toEqual(["初级客服", "中级客服", "标准", "任现职年限", ">=", 0.5, null, null, null]);
    expect(rules!.rows[3]!.slice(3, 6)).toEqual(["客户满意度", ">=", { kind: "percent", value: 0.9 }]);
    expect(rules!.rows[5]!.slice(2, 7)).toEqual([null, "绩效", null, null, 0.5]);
    expect(policy!.rows.slice(1, 5)).toEqual([
      ["方案编号", "taobao-cs"],
      ["方案名称", "淘宝客服"],
      ["英文名称", "Taobao customer service"],
      ["版本", "1.0"],
    ]);
  });

  it("hasPolicySheets needs two of the three sheet names, in either language", () => {
    expect(hasPolicySheets(["客服部", "晋升方案", "规则"])).toBe(true);
    expect(hasPolicySheets(["Sheet1", "Levels", "Rules"])).toBe(true);
    expect(hasPolicySheets(["Sheet1", "规则"])).toBe(false);
    expect(hasPolicySheets([])).toBe(false);
  });
});

describe("what HR may type", () => {
  it("accepts ≥ and ≤, 95% as text, 是/否 in other spellings, full-width digits and units", () => {
    const s = exported("taobao-cs");
    set(s, "规则", "E2", "≥");
    set(s, "规则", "F2", "0.5年");
    set(s, "规则", "F3", "２０００");
    set(s, "规则", "F4", "90%");
    set(s, "规则", "G6", "50%");
    set(s, "规则", "E19", "＝");
    set(s, "规则", "F19", "Y");
    const r = policyFromSheets(s);
    expect(r.ok && r.policy).toStrictEqual(plain(getTemplate("taobao-cs")!));
  });

  it("sorts levels by 顺序, and a row with empty 从/到 continues the step above", () => {
    const s = exported("taobao-cs");
    const levels = s.find((x) => x.name === "职级")!.rows;
    levels.splice(1, 4, levels[4]!, levels[2]!, levels[1]!, levels[3]!); // rows shuffled, 顺序 kept
    set(s, "规则", "A3", null);
    set(s, "规则", "B3", null);
    const r = policyFromSheets(s);
    expect(r.ok && r.policy).toStrictEqual(plain(getTemplate("taobao-cs")!));
  });

  it("reads a custom roster column written 列:header, and changes to thresholds and weights", () => {
    const s = exported("taobao-cs");
    set(s, "规则", "G6", 0.6);
    set(s, "规则", "G7", 0.15);
    set(s, "规则", "F13", 65);
    addRow(s, "规则", ["初级客服", "中级客服", "标准", "列:考勤天数", ">=", 20]);
    const r = policyFromSheets(s);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const steps = r.policy.steps;
    expect(steps[0]!.score!.weights).toEqual({ perf: 0.6, teamwork: 0.15, learning: 0.25 });
    expect(steps[0]!.paths[0]!.criteria.at(-1)).toEqual({ field: "考勤天数", op: ">=", value: 20 });
    expect(steps[1]!.paths[0]!.criteria[4]).toEqual({ field: "skill", op: ">=", value: 65 });
    expect(policyFingerprint(r.policy)).not.toBe(policyFingerprint(getTemplate("taobao-cs")!));
  });

  it("a custom column criterion is evaluated on the roster column of that header", () => {
    const s = exported("erp");
    addRow(s, "规则", ["ERP实施顾问", "ERP项目经理", "标准", "列:认证考试", "=", "通过"]);
    const r = policyFromSheets(s);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const header = ["工号", "姓名", "部门", "职级", "入职日期", "工作年限", "技能考核", "绩效", "认证考试"];
    const rows = [header, ["E1", "甲", "顾问", "ERP实施顾问", "2020-01-01", 3, 85, 80, "是"], ["E2", "乙", "顾问", "ERP实施顾问", "2020-01-01", 3, 85, 80, "否"]];
    const review = reviewRoster({ sheet: "顾问", rows }, r.policy, { asOf: "2026-11-23" });
    expect(review.rows.map((x) => x.status)).toEqual(["eligible", "not_eligible"]);
    expect(review.rows[1]!.targets[0]!.unmet.map((u) => u.field)).toEqual(["认证考试"]);
  });

  it("keeps a 破格 path as fast_track and a custom label as its own id", () => {
    const s = exported("ops-general");
    set(s, "规则", "C5", "特批");
    const r = policyFromSheets(s);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.policy.steps[0]!.paths.map((p) => [p.id, p.label])).toEqual([
      ["standard", "标准"],
      ["特批", "特批"],
      ["fast_track", "破格"],
    ]);
  });
});

describe("broken sheets: every issue, each on its cell", () => {
  it("unknown field, with a suggestion and how to write a custom column", () => {
    const issues = issuesOf(set(exported("taobao-cs"), "规则", "D3", "工单两"));
    expect(cells(issues)).toEqual(["规则!D3 unknown_field"]);
    expect(issues[0]!.message).toMatch(/「工单两」不是已知字段（是否应为「工单量」？）.*列:工单两/);
  });

  it("unknown operator", () => {
    const issues = issuesOf(set(exported("taobao-cs"), "规则", "E4", "大约"));
    expect(cells(issues)).toEqual(["规则!E4 unknown_op"]);
    expect(issues[0]!.message).toMatch(/>=、<=、= 或 in/);
  });

  it("a threshold that is not a number where one is needed", () => {
    const issues = issuesOf(set(set(exported("taobao-cs"), "规则", "F10", "五千"), "规则", "F13", 120));
    expect(cells(issues)).toEqual(["规则!F10 bad_value", "规则!F13 bad_value"]);
    expect(issues[0]!.message).toMatch(/「工单量」的值「五千」不对：这里应填不小于 0 的数/);
    expect(issues[1]!.message).toMatch(/0 到 100 之间的分数/);
  });

  it("a value of the wrong kind: education, 是/否, a list where one value is needed, an empty value", () => {
    const s = exported("ops-general");
    set(s, "规则", "F3", "小学");
    const t = set(set(exported("taobao-cs"), "规则", "F19", "也许"), "规则", "F20", "1%、2%");
    set(t, "规则", "F21", null);
    expect(cells(issuesOf(s))).toEqual(["规则!F3 bad_value"]);
    expect(cells(issuesOf(t))).toEqual(["规则!F19 bad_value", "规则!F20 bad_value", "规则!F21 bad_value"]);
  });

  it("weights that do not sum to 1: on the step's first weight, naming every weight cell", () => {
    const issues = issuesOf(set(exported("taobao-cs"), "规则", "G16", 0.35));
    expect(cells(issues)).toEqual(["规则!G15 weights_sum"]);
    expect(issues[0]!.message).toMatch(/中级客服 → 高级客服 的综合得分权重合计为 1.1，应为 1（规则!G15、规则!G16、规则!G17）/);
  });

  it("a weight that is not a number, a weight on a field that is not a score, a repeated weight", () => {
    const s = exported("taobao-cs");
    set(s, "规则", "G7", "四分之一");
    set(s, "规则", "D16", "工单量");
    addRow(s, "规则", ["高级客服", "资深客服", null, "绩效", null, null, 0.5]);
    expect(cells(issuesOf(s))).toEqual(["规则!G7 weight_field", "规则!D16 weight_field", "规则!G26 duplicate_weight"]);
  });

  it("a step naming an unknown level", () => {
    const issues = issuesOf(set(exported("taobao-cs"), "规则", "A18", "高级课服"));
    expect(cells(issues)).toEqual(["规则!A18 unknown_level"]);
    expect(issues[0]!.message).toMatch(/「高级课服」不是「职级」表里的职级或别名（是否应为「高级客服」？）/);
  });

  it("a ladder cycle, on the step that closes it", () => {
    const issues = issuesOf(addRow(exported("taobao-cs"), "规则", ["资深客服", "初级客服", "标准", "绩效", ">=", 99]));
    expect(cells(issues)).toEqual(["规则!B26 cycle"]);
    expect(issues[0]!.message).toMatch(/初级客服 -> 中级客服 -> 高级客服 -> 资深客服 -> 初级客服/);
  });

  it("an unreachable level", () => {
    const issues = issuesOf(addRow(exported("taobao-cs"), "职级", [null, 5, "客服专家"]));
    expect(cells(issues)).toEqual(["职级!C6 unreachable"]);
    expect(issues[0]!.message).toMatch(/没有任何规则晋升到「客服专家」/);
  });

  it("duplicate levels and aliases", () => {
    const s = exported("taobao-ops");
    set(s, "职级", "D3", "店长");
    const issues = issuesOf(s);
    expect(cells(issues)).toEqual(["职级!D3 duplicate_level", "职级!D4 duplicate_level"]);
    expect(issues[0]!.message).toMatch(/「店长」已在「职级」表用过（职级!D4）/);
    expect(issues[1]!.message).toMatch(/「店长」已在「职级」表用过（职级!D3）/);
    const t = addRow(exported("taobao-cs"), "职级", [null, 5, "中级客服"]);
    expect(cells(issuesOf(t))).toEqual(["职级!C3 duplicate_level", "职级!C6 duplicate_level", "职级!C6 unreachable"]);
  });

  it("missing header block values, and a missing row", () => {
    const s = exported("taobao-cs");
    set(s, "晋升方案", "B2", null);
    set(s, "晋升方案", "B3", "  ");
    set(s, "晋升方案", "A5", null);
    set(s, "晋升方案", "B6", "下个月");
    const issues = issuesOf(s);
    expect(cells(issues)).toEqual(["晋升方案!B2 missing_value", "晋升方案!B3 missing_value", "晋升方案!B6 bad_date", "晋升方案!A10 missing_value"]); // below the talent rows (准备度分界, 预测月数)
    expect(issues[3]!.message).toMatch(/缺少「版本」这一行/);
  });

  it("reserve flags, allowances, vacancy cells that disagree, a row with only one of 从/到", () => {
    const s = exported("store-ops");
    set(s, "职级", "E4", "也许");
    set(s, "职级", "F6", "五十");
    set(s, "规则", "H8", "否");
    set(s, "规则", "A9", null);
    expect(cells(issuesOf(s))).toEqual(["职级!E4 bad_flag", "职级!F6 bad_allowance", "规则!H8 vacancy_conflict", "规则!A9 incomplete_rule"]);
  });

  it("a reserve level without an allowance; a composite score without components", () => {
    const s = exported("store-ops");
    set(s, "职级", "F4", null);
    const t = exported("taobao-cs");
    t.find((x) => x.name === "规则")!.rows.splice(5, 3);
    expect(cells(issuesOf(s))).toEqual(["职级!F4 bad_allowance"]);
    expect(cells(issuesOf(t))).toEqual(["规则!D5 score_without_weights"]);
  });

  it("a missing sheet or column is reported alone", () => {
    const s = exported("taobao-cs").filter((x) => x.name !== "职级");
    expect(cells(issuesOf(s))).toEqual(["职级!A1 missing_sheet"]);
    const t = set(exported("taobao-cs"), "规则", "E1", "比较");
    expect(cells(issuesOf(t))).toEqual(["规则!E1 missing_column"]);
  });

  it("several at once, in sheet and cell order, and nothing is half-applied", () => {
    const s = exported("taobao-cs");
    set(s, "规则", "G8", 0.3);
    set(s, "规则", "F3", "很多");
    set(s, "规则", "D9", "任职时间");
    set(s, "规则", "E11", "~");
    set(s, "规则", "B20", "资深客");
    set(s, "职级", "D4", "初级客服");
    addRow(s, "职级", [null, 9, "客服组长"]);
    set(s, "晋升方案", "B5", null);
    expect(cells(issuesOf(s))).toEqual([
      "晋升方案!B5 missing_value",
      "职级!C2 duplicate_level",
      "职级!D4 duplicate_level",
      "职级!C6 unreachable",
      "规则!F3 bad_value",
      "规则!G6 weights_sum",
      "规则!D9 unknown_field",
      "规则!E11 unknown_op",
      "规则!B20 unknown_level",
    ]);
  });

  it("messages in English with --lang en", () => {
    const s = set(set(exported("taobao-cs", "en-US"), "Rules", "D3", "Tickts"), "Rules", "G16", 0.3);
    const issues = issuesOf(s, "en-US");
    expect(cells(issues)).toEqual(["Rules!D3 unknown_field", "Rules!G15 weights_sum"]);
    expect(issues[0]!.message).toMatch(/"Tickts" is not a known field \(did you mean "Tickets"\?\)/);
    expect(issues[1]!.message).toMatch(/sum to 1.05, not 1 \(Rules!G15, Rules!G16, Rules!G17\)/);
  });
});
