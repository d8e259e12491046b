import * as path from "node:path";
import { compilePolicy, getTemplate, reviewRoster, startReview, type RosterInput } from "../../src/core";
import { loadWorkbook, pickRosterSheet, rosterFromWorksheet } from "../../src/cli/io/read-xlsx";

let roster: RosterInput;
beforeAll(async () => {
  const wb = await loadWorkbook(path.resolve(__dirname, "../../examples/store-ops.xlsx"));
  roster = rosterFromWorksheet(pickRosterSheet(wb));
});

describe("startReview", () => {
  const policy = getTemplate("store-ops")!;
  const options = { asOf: "2026-11-23" };

  it("gives the same review in small chunks as in one go", () => {
    const whole = reviewRoster(roster, policy, options);
    const run = startReview(roster, compilePolicy(policy), options);
    const seen: number[] = [];
    while (run.next(7)) seen.push(run.done);
    expect(seen.every((d, i) => i === 0 || d > seen[i - 1]!)).toBe(true);
    expect(run.done).toBe(run.total);
    expect(JSON.parse(JSON.stringify(run.result()))).toEqual(JSON.parse(JSON.stringify(whole)));
  });

  it("streams the same row objects it returns in rows, in order", () => {
    const run = startReview(roster, compilePolicy(policy), options);
    const streamed = [...run.eachRow()];
    expect(streamed).toEqual(run.result().rows);
    expect(streamed.length).toBeGreaterThan(40);
  });

  it("includes rows in the review JSON even though they are built on first access", () => {
    const json = JSON.parse(JSON.stringify(reviewRoster(roster, policy, options))) as { rows: unknown[] };
    expect(json.rows.length).toBe(reviewRoster(roster, policy, options).rows.length);
  });

  it("puts awaiting reserves with their allowance into the talent pool", () => {
    const review = reviewRoster(roster, policy, options);
    const awaiting = review.rows.filter((r) => r.status === "awaiting_vacancy");
    expect(review.talentPool.entries.map((e) => e.id)).toEqual(awaiting.map((r) => r.id));
    expect(review.talentPool.allowanceTotal).toBe(awaiting.reduce((s, r) => s + r.allowance, 0));
    expect(awaiting.every((r) => r.allowance > 0)).toBe(true);
  });
});
