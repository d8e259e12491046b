/**
 * The policy JSON shape check (zod, src/core/policy/sheets/json-shape.ts): its issues keep the
 * catalogue's codes, paths and wording, and it never generates code, as the add-in's CSP
 * (no 'unsafe-eval') requires.
 */
import { getTemplate, policyFromJson, policyToJson, TEMPLATES } from "../../src/core";
import { policyFromShape } from "../../src/core/policy/sheets/json-shape";

describe("policy JSON shape (zod, jitless)", () => {
  test("parses every template and rejects bad shapes with Function and eval unusable, as under the pane's CSP", () => {
    const realFunction = globalThis.Function;
    const realEval = globalThis.eval;
    let generated = 0;
    const refuse = (): never => {
      generated++;
      throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not an allowed source (test CSP)");
    };
    globalThis.Function = new Proxy(realFunction, { construct: refuse, apply: refuse });
    globalThis.eval = refuse as typeof eval;
    try {
      for (const t of TEMPLATES) {
        const r = policyFromJson(policyToJson(t));
        expect(r.ok && r.policy).toEqual(JSON.parse(policyToJson(t)));
      }
      const bad = policyFromJson('{"id": "x", "name": 1, "levels": [], "steps": [], "extra": true}');
      expect(bad.ok).toBe(false);
    } finally {
      globalThis.Function = realFunction;
      globalThis.eval = realEval;
    }
    expect(generated).toBe(0);
  });

  test("a missing key, a wrong type and an unknown key, each by path, unknown keys first within their object", () => {
    const r = policyFromShape({ id: "x", name: 1, version: "1", levels: [{ name: "A", reserve: "是", colour: "red" }], steps: [], nameEn: "X" });
    expect(r.policy).toBeNull();
    expect(r.issues).toEqual([
      { path: ["name"], code: "bad_type", detail: { expected: "string" } },
      { path: ["levels", 0, "colour"], code: "unknown_key", detail: { key: "colour", allowed: "name, aliases, track, reserve, allowance, pay" } },
      { path: ["levels", 0, "reserve"], code: "bad_type", detail: { expected: "boolean" } },
    ]);
    expect(policyFromShape({ name: "n" }).issues[0]).toEqual({ path: ["id"], code: "bad_type", detail: { expected: "string", missing: 1 } });
  });

  test("messages name the path and what was expected, in Chinese and English", () => {
    const p = JSON.parse(policyToJson(getTemplate("taobao-cs")!)) as { steps: { paths: { criteria: Record<string, unknown>[] }[]; score?: unknown }[] };
    p.steps[1]!.paths[0]!.criteria[1]!.value = { min: 5000 };
    p.steps[0]!.score = { weights: { perf: "0.5" } };
    const zh = policyFromJson(JSON.stringify(p), "zh-CN");
    const en = policyFromJson(JSON.stringify(p), "en-US");
    if (zh.ok || en.ok) throw new Error("expected shape issues");
    expect(zh.issues.map((i) => i.path)).toEqual(["steps[0].score.weights.perf", "steps[1].paths[0].criteria[1].value"]);
    expect(zh.issues[0]!.message).toMatch(/^类型不对：应为/);
    expect(en.issues[0]!.message).toMatch(/^wrong type: expected /);
    expect(en.issues[1]!.message).toMatch(/^wrong type: expected /);
  });

  test("an empty bonus-tier level list means every level, as before (dropped)", () => {
    const p = JSON.parse(policyToJson(getTemplate("taobao-cs")!)) as Record<string, unknown>;
    p.bonus = { tiers: [{ name: "A", levels: [], criteria: [], amount: 100 }] };
    const r = policyFromShape(p);
    expect(r.policy?.bonus?.tiers[0]).toEqual({ name: "A", criteria: [], amount: 100 });
  });
});
