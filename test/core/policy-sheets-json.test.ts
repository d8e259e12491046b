import { TEMPLATES, getTemplate, policyFromJson, policyToJson, type Policy } from "../../src/core";

const plain = (p: Policy): Policy => JSON.parse(JSON.stringify(p)) as Policy;

function issues(text: string, locale: "zh-CN" | "en-US" = "zh-CN"): string[] {
  const r = policyFromJson(text, locale);
  if (r.ok) throw new Error("expected issues");
  expect(r).not.toHaveProperty("policy");
  return r.issues.map((i) => `${i.path} ${i.code}`);
}

describe("policy JSON", () => {
  it.each(TEMPLATES.map((t) => [t.id]))("%s round-trips exactly, and the text is stable", (id) => {
    const t = getTemplate(id)!;
    const text = policyToJson(t);
    const r = policyFromJson(text);
    expect(r.ok && r.policy).toStrictEqual(plain(t));
    if (r.ok) expect(policyToJson(r.policy)).toBe(text);
  });

  it("is pretty: keys in model order, one criterion per line, ends with a newline", () => {
    const text = policyToJson(getTemplate("taobao-cs")!);
    expect(text.startsWith('{\n  "id": "taobao-cs",\n  "name": "淘宝客服",\n  "nameEn"')).toBe(true);
    expect(text).toMatch(/\n +\{ "field": "csat", "op": ">=", "value": 0\.9 \},\n/);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("reports a syntax error with its line", () => {
    const r = policyFromJson('{\n  "id": "x",\n  oops\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.path, i.code])).toEqual([["$", "json_syntax"]]);
      expect(r.issues[0]!.message).toMatch(/line 3/);
    }
  });

  it("reports wrong types, missing and unknown keys by JSON path", () => {
    const p = JSON.parse(policyToJson(getTemplate("taobao-cs")!)) as Record<string, unknown> & { steps: { paths: { criteria: Record<string, unknown>[] }[]; vacancey?: boolean }[]; levels: Record<string, unknown>[] };
    p.version = 1;
    delete p.name;
    p.steps[0]!.vacancey = true;
    p.levels[1]!.reserve = "是";
    p.steps[1]!.paths[0]!.criteria[1]!.value = { min: 5000 };
    expect(issues(JSON.stringify(p))).toEqual([
      "name bad_type",
      "version bad_type",
      "levels[1].reserve bad_type",
      "steps[0].vacancey unknown_key",
      "steps[1].paths[0].criteria[1].value bad_type",
    ]);
  });

  it("maps validation issues to JSON paths, with messages in the locale", () => {
    const p = structuredClone(plain(getTemplate("taobao-cs")!)) as { steps: { to: string; score?: { weights: Record<string, number> } }[] } & Policy;
    p.steps[2]!.to = "资深课服";
    p.steps[0]!.score!.weights.perf = 0.4;
    const r = policyFromJson(JSON.stringify(p), "en-US");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(["steps[0].score.weights weights_sum", "steps[2].to unknown_level", "levels[3] unreachable"]);
    expect(r.issues[1]!.message).toMatch(/"资深课服" is not a level or alias on the "Levels" sheet \(did you mean "资深客服"\?\)/);
  });
});
