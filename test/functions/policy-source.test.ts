/**
 * Where a formula's policy comes from (argument, policy sheets, setting, level names) and how
 * often it is compiled: once per policy change, not per call.
 */
import * as core from "../../src/core";
import { getTemplate, policyFingerprint, type Policy } from "../../src/core";
import * as L from "../../src/functions/logic";
import type { SheetsPolicyState } from "../../src/functions/logic";
import { AS_OF, CS_HEADERS, csRow, testEnv, thrown } from "./fixtures";

/** taobao-cs with the 中级 -> 高级 csat threshold raised to 97%, as HR would edit the 规则 sheet. */
function stricter(): Policy {
  const p = structuredClone(getTemplate("taobao-cs")!) as { -readonly [K in keyof Policy]: Policy[K] };
  const step = p.steps[1]!;
  const criteria = step.paths[0]!.criteria.map((c) => (c.field === "csat" ? { ...c, value: 0.97 } : c));
  p.steps = [p.steps[0]!, { ...step, paths: [{ ...step.paths[0]!, criteria }] }, p.steps[2]!];
  p.version = "1.1";
  return p;
}

function okState(policy: Policy): SheetsPolicyState {
  return { kind: "ok", policy, fingerprint: policyFingerprint(policy) };
}

const args = { record: csRow(), headers: CS_HEADERS, target: null, asOf: AS_OF, policy: null };

describe("the policy of a formula", () => {
  it("is the workbook's policy sheets when present, over the setting and the level names", () => {
    let state: SheetsPolicyState = okState(getTemplate("taobao-cs")!);
    const env = testEnv({ workbook: { sheets: () => state, setting: () => "ecom-cs" } });
    expect(L.status(args, env)).toBe("可晋升");
    state = okState(stricter()); // csat 96% < 97% now
    expect(L.status(args, env)).toBe("未达标");
    expect(L.gaps(args, env)).toBe("客户满意度 96% < 97%");
  });

  it("is the sheets' policy when the policy argument is a range (the rules range, for Excel's dependency tracking)", () => {
    const env = testEnv({ workbook: { sheets: () => okState(stricter()) } });
    const rulesRange = [["从", "到", "字段"], ["中级客服", "高级客服", "客户满意度"]];
    expect(L.status({ ...args, policy: rulesRange }, env)).toBe("未达标");
  });

  it("an explicit template wins over the sheets", () => {
    const env = testEnv({ workbook: { sheets: () => okState(stricter()) } });
    expect(L.status({ ...args, policy: [["taobao-cs"]] }, env)).toBe("可晋升");
  });

  it("broken policy sheets are #VALUE! naming the cells, never half-applied nor replaced by a template", async () => {
    const issues = [
      { cell: "规则!F7", code: "bad_value", message: "“高”不是数字" },
      { cell: "职级!C4", code: "duplicate_level", message: "职级重复" },
    ];
    const env = testEnv({ workbook: { sheets: () => ({ kind: "invalid", issues }), setting: () => "taobao-cs" } });
    const e = await thrown(() => L.eligible(args, env));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("规则!F7");
    expect(e.message).toContain("职级!C4");
  });

  it("unreadable policy sheets are #N/A with the reason", async () => {
    const env = testEnv({ workbook: { sheets: () => ({ kind: "unreadable", message: "RichApi.Error" }) } });
    const e = await thrown(() => L.next(args, env));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("RichApi.Error");
  });

  it("the setting is used when there are no sheets; an unknown id in it is #N/A", async () => {
    expect(L.next(args, testEnv({ workbook: { setting: () => "淘宝客服" } }))).toBe("高级客服");
    expect((await thrown(() => L.next(args, testEnv({ workbook: { setting: () => "x" } })))).code).toBe("#N/A");
  });

  it("an omitted as-of date is today", () => {
    const env = { ...testEnv(), today: () => core.dayFromIso("2026-06-01")! };
    expect(L.gaps({ ...args, asOf: null }, env)).toBe("任现职 0.5年 < 1年");
    expect(L.gaps({ ...args, asOf: "" }, env)).toBe("任现职 0.5年 < 1年");
  });
});

describe("compiling", () => {
  afterEach(() => jest.restoreAllMocks());

  it("compiles the sheets' policy once per fingerprint, not per call", () => {
    const spy = jest.spyOn(core, "compilePolicy");
    let state = okState({ ...stricter(), version: "9.1" });
    const env = testEnv({ workbook: { sheets: () => state } });
    for (let i = 0; i < 200; i++) L.eligible({ ...args, record: csRow({ 接待量: 5000 + i }) }, env);
    expect(spy).toHaveBeenCalledTimes(1);
    state = okState({ ...stricter(), version: "9.2" });
    for (let i = 0; i < 200; i++) L.eligible({ ...args, record: csRow({ 接待量: 5000 + i }) }, env);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it("evaluates a row once for the seven per-row functions", () => {
    const spy = jest.spyOn(core, "startReview");
    const env = testEnv();
    const row = { ...args, record: csRow({ 工号: "ONCE" }) };
    L.eligible(row, env);
    L.status(row, env);
    L.next(row, env);
    L.gaps(row, env);
    L.score(row, env);
    L.readyDateSerial(row, env);
    L.allowance(row, env);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
