import { diffReviews, getTemplate, reviewRoster, type Policy } from "../../../src/core";
import { AS_OF, CS_ROSTER } from "./rosters";

const A = getTemplate("taobao-cs")!;

/** A's copy with the 初级 -> 中级 step edited: 满意度 >= 88% (was 90%), 综合得分 >= 80 (was 75). */
function edited(): Policy {
  const copy = JSON.parse(JSON.stringify(A)) as { steps: Array<{ paths: Array<{ criteria: Array<{ field: string; value: unknown }> }> }> };
  const criteria = copy.steps[0]!.paths[0]!.criteria;
  criteria.find((c) => c.field === "csat")!.value = 0.88;
  criteria.find((c) => c.field === "score")!.value = 80;
  return { ...(copy as unknown as Policy), version: "1.1" };
}

describe("diffReviews", () => {
  const a = reviewRoster(CS_ROSTER, A, { asOf: AS_OF });
  const b = reviewRoster(CS_ROSTER, edited(), { asOf: AS_OF });
  const diff = diffReviews(a, b);

  it("finds who becomes eligible and who stops, with the criterion that changed", () => {
    // E02: 满意度 89% now passes (>= 88%) and score 80 >= 80 -> newly eligible.
    // E11: score 77.5 passed >= 75 but fails >= 80 -> no longer eligible.
    // E04: 满意度 88% now passes but score 74 still fails -> same status, not a change.
    // E01 (score 80) stays eligible. 11 rows matched, 2 changed, 9 unchanged.
    expect(diff.counts).toEqual({ newlyEligible: 1, noLongerEligible: 1, statusChanged: 0, unchanged: 9 });
    expect(diff.changes.map((c) => [c.id, c.name, c.kind, c.statusA, c.statusB, c.target])).toEqual([
      ["E02", "乙", "newly_eligible", "not_eligible", "eligible", "中级客服"],
      ["E11", "子", "no_longer_eligible", "eligible", "not_eligible", "中级客服"],
    ]);
    const [e02, e11] = diff.changes;
    expect(e02!.targets).toEqual([{ level: "中级客服", metA: false, metB: true, cleared: [expect.objectContaining({ field: "csat", required: 0.9, actual: 0.89 })], appeared: [] }]);
    expect(e11!.targets[0]!.appeared).toEqual([{ field: "score", op: ">=", required: 80, actual: 77.5, reason: "below" }]);
    expect(e11!.targets[0]!.cleared).toEqual([]);
  });

  it("carries both fingerprints and finds nothing between a review and itself", () => {
    expect(diff.a.fingerprint).toBe(a.policy.fingerprint);
    expect(diff.b.fingerprint).toBe(b.policy.fingerprint);
    expect(diff.a.fingerprint).not.toBe(diff.b.fingerprint);
    const same = diffReviews(a, a);
    expect(same.changes).toEqual([]);
    expect(same.counts.unchanged).toBe(11);
    expect([same.onlyInA, same.onlyInB]).toEqual([[], []]);
  });

  it("reports other status changes, and rows found in only one review", () => {
    // Under a policy that does not know 资深客服, E09 (已最高) becomes a 数据错误 row.
    const short: Policy = { ...A, id: "cs-short", levels: A.levels.slice(0, 3), steps: A.steps.slice(0, 2) };
    const d = diffReviews(a, reviewRoster(CS_ROSTER, short, { asOf: AS_OF }));
    expect(d.changes.map((c) => [c.id, c.kind, c.statusA, c.statusB])).toEqual([["E09", "status_changed", "top", "error"]]);
    const fewer = reviewRoster({ ...CS_ROSTER, rows: CS_ROSTER.rows.slice(0, 3) }, A, { asOf: AS_OF });
    const d2 = diffReviews(a, fewer);
    expect(d2.onlyInA.map((r) => r.id)).toEqual(["E03", "E04", "E05", "E06", "E07", "E08", "E09", "E10", "E11"]);
    expect(d2.onlyInB).toEqual([]);
  });
});
