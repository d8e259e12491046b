import {
  policyFromJson,
  policyFromSheets,
  policyToJson,
  policyToSheets,
  reviewRoster,
  validatePolicy,
  type Cell,
  type Locale,
  type Policy,
  type PolicySheetIssue,
  type SheetData,
} from "../../src/core";
import { POLICY } from "./blockers-fixture";

// Blockers (否决) and rolling windows in the policy sheets and the policy JSON: written, read back
// exactly, and every mistake reported on its cell.

/** The fixture plus a count window on 中级客服 -> 高级客服. */
const WITH_COUNT: Policy = {
  ...POLICY,
  steps: POLICY.steps.map((s, i) =>
    i === 1 ? { ...s, paths: [{ ...s.paths[0]!, criteria: [...s.paths[0]!.criteria, { field: "csat", op: ">=", value: 4, window: { months: 6, agg: "count_at_least", floor: 0.925 } }] }] } : s,
  ),
};

type Sheets = { name: string; rows: Cell[][] }[];

function sheetsOf(policy: Policy, locale: Locale = "zh-CN"): Sheets {
  return policyToSheets(policy, locale).map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) }));
}

function rules(sheets: Sheets): Cell[][] {
  return sheets.find((s) => s.name === "规则" || s.name === "Rules")!.rows;
}

function issuesOf(sheets: readonly SheetData[], locale: Locale = "zh-CN"): PolicySheetIssue[] {
  const r = policyFromSheets(sheets, locale);
  if (r.ok) throw new Error("expected issues, got a valid policy");
  return r.issues;
}

const plain = (p: Policy): Policy => JSON.parse(JSON.stringify(p)) as Policy;

describe("writing", () => {
  test("window criteria name their window in 字段; blockers come last, 从/到 全部, 路径 否决, the label in 说明", () => {
    const rows = rules(sheetsOf(WITH_COUNT));
    const fields = rows.map((r) => r[3]);
    expect(fields).toContain("近6月平均:客户满意度");
    expect(fields).toContain("近6月最低:客户满意度");
    expect(fields).toContain("近6月达标月数(>=92.5%):客户满意度");
    const count = rows.find((r) => r[3] === "近6月达标月数(>=92.5%):客户满意度")!;
    expect(count.slice(4, 6)).toEqual([">=", 4]);
    expect(rows.slice(-4)).toEqual([
      ["全部", "全部", "否决", "转正日期", "<=", "评审日", null, null, null],
      ["全部", "全部", "否决", "违纪日期", "not_within", 6, null, null, null],
      ["全部", "全部", "否决", "必修培训", "=", "是", null, null, null],
      ["中级客服", "全部", "否决", "证书有效期", ">=", "评审日", null, null, "上岗证过期"],
    ]);
    const en = rules(sheetsOf(WITH_COUNT, "en-US"));
    expect(en.slice(-1)[0]).toEqual(["中级客服", "All", "Blocker", "Certificate expiry", ">=", "Review date", null, null, "上岗证过期"]);
    expect(en.map((r) => r[3])).toContain("count6(>=92.5%):CSAT");
  });

  test("the 晋升方案 sheet explains blockers and windows and lists the new date fields", () => {
    const policy = sheetsOf(POLICY)[0]!.rows.map((r) => r.join("|"));
    expect(policy.some((r) => r.includes("否决：路径 填 否决"))).toBe(true);
    expect(policy.some((r) => r.includes("近6月达标月数(>=90%):客户满意度"))).toBe(true);
    expect(policy).toContain("转正日期|日期（与评审日比较，或 not_within 月数）|评审日");
    expect(policy).toContain("必修培训|是/否|是");
  });
});

describe("round trip", () => {
  test.each(["zh-CN", "en-US"] as const)("sheets (%s) read back to the same policy", (locale) => {
    const r = policyFromSheets(policyToSheets(WITH_COUNT, locale), locale);
    expect(r.ok && r.policy).toStrictEqual(plain(WITH_COUNT));
  });

  test("JSON reads back to the same policy; a window stays on its criterion's line", () => {
    const text = policyToJson(WITH_COUNT);
    expect(text).toContain('{ "field": "csat", "op": ">=", "value": 0.9, "window": { "months": 6, "agg": "avg" } }');
    expect(text).toContain('"blockers": [');
    expect(text).toContain('"criterion": { "field": "probation_end", "op": "<=", "value": "as_of" }');
    const r = policyFromJson(text);
    expect(r.ok && r.policy).toStrictEqual(plain(WITH_COUNT));
    expect(policyToJson((r as { policy: Policy }).policy)).toBe(text);
  });

  test("sheets typed by hand: *, 评审日期, 12个月, ≥, full-width colons and English words are read", () => {
    const sheets = sheetsOf(POLICY);
    const r = rules(sheets);
    const n = r.length;
    r[n - 4] = ["*", "", "一票否决", "试用期结束日期", "≤", "评审日期", null, null, null];
    r[n - 3] = ["全部", "全部", "blocker", "处分日期", "不在近", "6个月", null, null, null];
    r.push([null, null, null, null, null, null, null, null, "说明行"]);
    const read = policyFromSheets(sheets);
    expect(read.ok && read.policy.blockers).toEqual(POLICY.blockers);
    const w = sheetsOf(POLICY);
    const row = rules(w).find((x) => x[3] === "近6月平均:客户满意度")!;
    row[3] = "近６个月平均：满意度";
    const again = policyFromSheets(w);
    expect(again.ok && again.policy).toStrictEqual(plain(POLICY));
  });
});

describe("mistakes are reported on their cells", () => {
  function broken(edit: (rows: Cell[][]) => void, locale: Locale = "zh-CN"): PolicySheetIssue[] {
    const sheets = sheetsOf(POLICY, locale);
    edit(rules(sheets));
    return issuesOf(sheets, locale);
  }
  const at = (rows: Cell[][], field: string): number => rows.findIndex((r) => r[3] === field) + 1;

  test("date criteria: 评审日 for <= and >=, whole months for not_within, no other operator", () => {
    let line = 0;
    const issues = broken((r) => {
      line = r.length;
      r[line - 4]![5] = "2026-01-01";
      r[line - 3]![5] = "半年";
      r[line - 1]![4] = "=";
    });
    expect(issues).toEqual([
      { cell: `规则!F${line - 3}`, code: "bad_value", message: "「转正日期」的值「2026-01-01」不对：这里应填评审日（日期字段与评审日期比较）" },
      { cell: `规则!F${line - 2}`, code: "bad_value", message: "「违纪日期」的值「半年」不对：这里应填月数（例如 12）" },
      { cell: `规则!E${line}`, code: "op_field", message: "「证书有效期」是日期字段，运算只能是 <=、>=（值填 评审日）或 not_within（值填月数，例如 12）" },
    ]);
  });

  test("not_within on a number field", () => {
    let row = 0;
    const issues = broken((r) => {
      row = r.length + 1;
      r.push(["全部", "全部", "否决", "绩效考核", "not_within", 12, null, null, null]);
    });
    expect(issues).toEqual([
      { cell: `规则!E${row}`, code: "op_field", message: "运算 not_within（不在近 N 个月内）只能用于日期字段（如 违纪日期）：「绩效」请改用 >=、<=、= 或 in" },
    ]);
  });

  test("windows: months, floors, fields and counts", () => {
    let rows: Cell[][] = [];
    const issues = broken((r) => {
      rows = r;
      r[at(r, "近6月平均:客户满意度") - 1]![3] = "近40月平均:客户满意度";
      r[at(r, "近6月最低:客户满意度") - 1]![3] = "近6月达标月数(>=优秀):客户满意度";
      r.push(["中级客服", "高级客服", null, "近6月平均:学历", ">=", "本科", null, null, null]);
      r.push(["中级客服", "高级客服", null, "近6月达标月数(>=90%):客户满意度", ">=", 7, null, null, null]);
    });
    expect(issues.map((i) => `${i.cell} ${i.code} ${i.message}`)).toEqual([
      `规则!D${at(rows, "近40月平均:客户满意度")} bad_window 滚动窗口的月数「40」不对：请写 1 到 36 之间的整数，例如 近6月平均:客户满意度`,
      `规则!D${at(rows, "近6月达标月数(>=优秀):客户满意度")} bad_window 达标月数需要每月的下限：请写成 近6月达标月数(>=90%):客户满意度 这样`,
      `规则!D${rows.length - 1} bad_window 「学历」不是数值字段，不能按月滚动统计：请用分数、百分比或数量字段（如 客户满意度、工单量）`,
      `规则!D${rows.length} bad_window 达标月数 7 超过了窗口的 6 个月：请填不大于 6 的数`,
    ]);
  });

  test("blockers: unknown levels, a scope without steps, the composite score", () => {
    let n = 0;
    const issues = broken((r) => {
      r.push(["资深客服", "全部", "否决", "必修培训", "=", "是", null, null, null]);
      r.push(["客服经理", "全部", "否决", "必修培训", "=", "是", null, null, null]);
      r.push(["全部", "全部", "否决", "综合得分", ">=", 60, null, null, null]);
      n = r.length;
    });
    expect(issues.map((i) => `${i.cell} ${i.code}`)).toEqual([`规则!A${n - 2} unknown_level`, `规则!C${n - 1} blocker_scope`, `规则!D${n} blocker_score`]);
    expect(issues[0]!.message).toContain("「资深客服」不是「职级」表里的职级或别名");
    expect(issues[1]!.message).toBe("否决行的 从「客服经理」到「*」没有对应的晋升步骤：请改成已有的步骤，或写 全部");
  });

  test("in English", () => {
    const issues = broken((r) => {
      r.push(["All", "All", "Blocker", "Performance", "not_within", 12, null, null, null]);
    }, "en-US");
    expect(issues[0]!.message).toBe('the operator not_within (not in the last N months) applies to date fields only (e.g. Disciplinary date): use >=, <=, = or in for "Performance"');
  });

  test("JSON problems name their JSON path", () => {
    const json = JSON.parse(policyToJson(POLICY)) as { blockers: Array<{ criterion: Record<string, unknown> }>; steps: Array<{ paths: Array<{ criteria: Array<Record<string, unknown>> }> }> };
    json.blockers[1]!.criterion.value = 0;
    json.steps[0]!.paths[0]!.criteria[2]!.window = { months: 6, agg: "median" };
    const r = policyFromJson(JSON.stringify(json));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(["steps[0].paths[0].criteria[2].window bad_window", "blockers[1].criterion.value bad_value"]);
    expect(r.issues[0]!.message).toBe("滚动窗口「median」无法识别：请写 近N月平均、近N月最低 或 近N月达标月数(>=下限)");
  });

  test("validatePolicy on the model", () => {
    expect(validatePolicy(WITH_COUNT)).toEqual([]);
    const bad: Policy = { ...POLICY, blockers: [{ criterion: { field: "cert_expiry", op: "in", value: ["a"] }, to: "客服总监" }] };
    expect(validatePolicy(bad).map((i) => `${i.path.join(".")} ${i.code}`)).toEqual(["blockers.0.to unknown_level", "blockers.0.criterion.op op_field"]);
  });

  test("a path may hold 32 criteria, the blockers on its step counted: one more is an issue naming the step and the path", () => {
    const step = POLICY.steps[0]!;
    const applying = POLICY.blockers!.filter((b) => (b.from === undefined || b.from === step.from) && (b.to === undefined || b.to === step.to)).length;
    const filler = (n: number) => Array.from({ length: n }, (_, i) => ({ field: "perf", op: ">=" as const, value: i % 100 }));
    const withCriteria = (n: number): Policy => ({ ...POLICY, steps: [{ ...step, paths: [{ id: "standard", label: "标准", criteria: filler(n) }] }, ...POLICY.steps.slice(1)] });
    expect(validatePolicy(withCriteria(32 - applying))).toEqual([]);
    expect(() => reviewRoster({ sheet: "S", rows: [["工号", "姓名", "职级", "入职日期", "绩效"]] }, withCriteria(32 - applying), { asOf: "2026-11-23" })).not.toThrow();
    const over = withCriteria(33 - applying);
    expect(validatePolicy(over)).toEqual([
      { code: "too_many_criteria", path: ["steps", 0, "paths", 0, "criteria"], detail: { from: step.from, to: step.to, pathId: "standard", path: "标准", count: 33, blockers: applying, max: 32 } },
    ]);
    const issues = issuesOf(policyToSheets(over, "zh-CN"));
    expect(issues.map((i) => i.code)).toEqual(["too_many_criteria"]);
    expect(issues[0]!.cell).toMatch(/^规则!/);
    expect(issues[0]!.message).toBe(`${step.from} → ${step.to} 的路径「标准」有 33 个条件（含适用于这一步的 ${applying} 个否决条件），最多 32 个：请合并或删去一些条件`);
  });
});
