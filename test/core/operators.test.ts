/**
 * The operator table (src/core/model/operators.ts): an unknown operator is a compile error, and
 * `between` (inclusive, two bounds), declared only there, works in JSON, the policy sheets, both
 * engines, both languages and near misses.
 */
import {
  compilePolicy,
  formatGaps,
  getTemplate,
  nearMisses,
  OP_CHOICES,
  policyFromJson,
  policyFromSheets,
  policyToJson,
  policyToSheets,
  PolicyCompileError,
  reviewRoster,
  validatePolicy,
  type Cell,
  type Criterion,
  type Policy,
  type Review,
} from "../../src/core";
import { parseOp } from "../../src/core/policy/sheets/vocabulary";
import { parseValue } from "../../src/core/policy/sheets/values";

const AS_OF = "2026-11-23";
const HEADERS = ["工号", "姓名", "部门", "职级", "入职日期", "任现职日期", "接待量", "客户满意度", "差错率", "低质评价", "技能考核", "绩效得分", "协作能力", "学习成长", "技能证书"];

/** taobao-cs with the 中级 -> 高级 csat criterion replaced by `criterion`. */
function withCriterion(criterion: Criterion): Policy {
  const p = structuredClone(getTemplate("taobao-cs")!) as { -readonly [K in keyof Policy]: Policy[K] };
  const step = p.steps[1]!;
  const criteria = step.paths[0]!.criteria.map((c) => (c.field === "csat" ? criterion : c));
  p.steps = [p.steps[0]!, { ...step, paths: [{ ...step.paths[0]!, criteria }] }, p.steps[2]!];
  return p;
}

const BETWEEN = withCriterion({ field: "csat", op: "between", value: [0.95, 0.99] });

/** A 中级客服 who meets every other criterion, with this 客户满意度. */
function row(i: number, csat: Cell): Cell[] {
  return [`KF${String(i).padStart(4, "0")}`, "张三", "售前组", "中级客服", "2023-03-01", "2025-11-01", 6000, csat, 0.005, 0, 85, 90, 85, 85, "有"];
}

function review(csats: readonly Cell[], engine: "interpreted" | "generated" = "interpreted", locale: "zh-CN" | "en-US" = "zh-CN"): Review {
  const rows = [HEADERS, ...csats.map((c, i) => row(i, c))];
  return reviewRoster({ sheet: "客服部", rows }, BETWEEN, { asOf: AS_OF, engine, locale });
}

describe("the operator table", () => {
  it("makes an unknown operator a compile error, not a silent =", () => {
    const bad = withCriterion({ field: "csat", op: "~" as never, value: 0.95 });
    expect(() => compilePolicy(bad)).toThrow(PolicyCompileError);
    expect(() => compilePolicy(bad)).toThrow(/unknown operator "~"/);
    expect(validatePolicy(bad).map((i) => i.code)).toContain("unknown_op");
  });

  it("offers every operator in the 运算 dropdown", () => {
    expect(OP_CHOICES).toEqual([">=", "<=", "=", "in", "not_within", "between"]);
  });
});

describe("between (inclusive, two bounds)", () => {
  it("holds at both bounds and inside, not outside", () => {
    const r = review([0.95, 0.97, 0.99, 0.949, 0.995, null]);
    expect(r.rows.map((x) => x.status)).toEqual(["eligible", "eligible", "eligible", "not_eligible", "not_eligible", "not_eligible"]);
    expect(r.rows[3]!.targets[0]!.unmet).toEqual([{ field: "csat", op: "between", required: [0.95, 0.99], actual: 0.949, reason: "below" }]);
    expect(r.rows[5]!.targets[0]!.unmet[0]!.reason).toBe("missing");
  });

  it("explains a miss in both languages", () => {
    const [above, empty] = review([0.995, null]).rows.map((x) => x.targets[0]!.unmet);
    expect(formatGaps(above!, "zh-CN")).toBe("客户满意度 99.5% 不在 95%–99% 之间");
    expect(formatGaps(empty!, "zh-CN")).toBe("客户满意度 缺少数据（需 介于 95% 与 99% 之间）");
    expect(formatGaps(above!, "en-US")).toMatch(/99\.5% not between 95% and 99%$/);
  });

  it("gives the same review in the generated engine as in the interpreter", () => {
    const csats: Cell[] = Array.from({ length: 300 }, (_, i) => [0.94, 0.949, 0.95, 0.97, 0.99, 0.991, 1, null, "96%", "高"][i % 10]);
    expect(JSON.stringify(review(csats, "generated"))).toBe(JSON.stringify(review(csats, "interpreted")));
  });

  it("measures a near miss from the bound it misses", () => {
    const r = review([0.949, 0.995]);
    const misses = nearMisses(r, compilePolicy(BETWEEN));
    expect(misses.map((m) => m.gaps[0]!.gap)).toEqual([0.1, 0.5]);
  });

  it("is read from the 运算 and 值 cells of the rules sheet, and written back", () => {
    expect(parseOp("between")).toBe("between");
    expect(parseOp("介于")).toBe("between");
    expect(parseValue("80~90", "perf", "between")).toEqual({ ok: true, value: [80, 90] });
    expect(parseValue("95% 至 99%", "csat", "between")).toEqual({ ok: true, value: [0.95, 0.99] });
    expect(parseValue("90~80", "perf", "between")).toEqual({ ok: false, expected: "range" });
    expect(parseValue("80", "perf", "between")).toEqual({ ok: false, expected: "range" });
    for (const locale of ["zh-CN", "en-US"] as const) {
      const back = policyFromSheets(policyToSheets(BETWEEN, locale), locale);
      expect(back).toMatchObject({ ok: true });
      if (back.ok) expect(back.policy.steps[1]!.paths[0]!.criteria).toContainEqual({ field: "csat", op: "between", value: [0.95, 0.99] });
    }
  });

  it("round-trips through the policy JSON, and validation wants two ordered numbers on a number field", () => {
    expect(policyFromJson(policyToJson(BETWEEN))).toEqual({ ok: true, policy: BETWEEN });
    for (const c of [
      { field: "csat", op: "between", value: [0.99, 0.95] },
      { field: "csat", op: "between", value: 0.95 },
      { field: "education", op: "between", value: ["大专", "硕士"] },
    ] as Criterion[]) {
      expect(validatePolicy(withCriterion(c)).map((i) => [i.code, i.detail.expected])).toEqual([["bad_value", "range"]]);
    }
  });
});
