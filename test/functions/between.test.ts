/**
 * A policy with the `between` operator, declared only in the operator table, reaches the
 * formulas through the core: the workbook's policy sheets give the decision and the gaps.
 */
import { getTemplate, policyFingerprint, policyFromSheets, policyToSheets, type Policy } from "../../src/core";
import * as L from "../../src/functions/logic";
import { AS_OF, CS_HEADERS, csRow, testEnv } from "./fixtures";

/** taobao-cs with 中级 -> 高级 客户满意度 between 95% and 99%, read back from its policy sheets as the add-in reads them. */
function betweenPolicy(): Policy {
  const p = structuredClone(getTemplate("taobao-cs")!) as { -readonly [K in keyof Policy]: Policy[K] };
  const step = p.steps[1]!;
  const criteria = step.paths[0]!.criteria.map((c) => (c.field === "csat" ? { field: "csat", op: "between" as const, value: [0.95, 0.99] } : c));
  p.steps = [p.steps[0]!, { ...step, paths: [{ ...step.paths[0]!, criteria }] }, p.steps[2]!];
  const read = policyFromSheets(policyToSheets(p));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.policy;
}

describe("a between criterion in the formulas", () => {
  const policy = betweenPolicy();
  const env = testEnv({ workbook: { sheets: () => ({ kind: "ok", policy, fingerprint: policyFingerprint(policy) }) } });
  const args = (csat: number) => ({ record: csRow({ 客户满意度: csat }), headers: CS_HEADERS, target: null, asOf: AS_OF, policy: null });

  it("decides inside and at the bounds, and words a value outside", () => {
    expect(L.status(args(0.96), env)).toBe("可晋升");
    expect(L.status(args(0.99), env)).toBe("可晋升");
    expect(L.status(args(0.995), env)).toBe("未达标");
    expect(L.gaps(args(0.995), env)).toBe("客户满意度 99.5% 不在 95%–99% 之间");
  });
});
