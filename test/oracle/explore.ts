/**
 * Exploration harness, outside `npm test` (run it with `npm run oracle:explore`): samples many rosters per template and
 * prints every disagreement between the main review and the reference, grouped by kind.
 *   ORACLE_RUNS=400 npm run oracle:explore
 */
import fc from "fast-check";
import { reviewRoster, TEMPLATES } from "../../src/core";
import { compareWithReference, type Disagreement } from "./compare";
import { rosterArb } from "./roster-gen";

const run = describe;

run("oracle exploration", () => {
  it("collects disagreements", () => {
    const prevTz = process.env.TZ;
    process.env.TZ = process.env.ORACLE_TZ ?? "America/Los_Angeles";
    const runs = Number(process.env.ORACLE_RUNS ?? 300);
    const groups = new Map<string, Disagreement[]>();
    let rows = 0;
    for (const policy of TEMPLATES) {
      const samples = fc.sample(rosterArb(policy), { seed: Number(process.env.ORACLE_SEED ?? 4242), numRuns: runs });
      for (const g of samples) {
        let review;
        try {
          review = reviewRoster({ sheet: "Sheet1", rows: g.rows }, policy, { asOf: g.asOf });
        } catch (e) {
          const k = `throw:${(e as Error).message.slice(0, 60)}`;
          groups.set(k, [...(groups.get(k) ?? []), { kind: k, row: 0, expected: null, actual: String(e), context: JSON.stringify(g.rows.slice(0, 4)) }]);
          continue;
        }
        rows += g.ref.rows.length;
        for (const d of compareWithReference(g, review)) {
          const key = `${policy.id} ${d.kind}`;
          groups.set(key, [...(groups.get(key) ?? []), d]);
        }
      }
    }
    process.env.TZ = prevTz;
    const lines: string[] = [`rows compared: ${rows}`];
    for (const [k, ds] of [...groups].sort()) {
      lines.push(`== ${k}: ${ds.length}`);
      for (const d of ds.slice(0, Number(process.env.ORACLE_SHOW ?? 3)))
        lines.push(`   expected ${JSON.stringify(d.expected)} got ${JSON.stringify(d.actual)}\n      ${d.context}`);
    }
    console.log(lines.join("\n"));
  });
});
