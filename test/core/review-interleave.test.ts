/**
 * Two reviews stepped alternately in one process (two policies, two rosters, two review dates,
 * both engines) give what each gives alone: nothing is shared between reviews (no module state
 * in src/core, see the no-restricted-syntax rule in eslint.config.mjs).
 */
import * as path from "node:path";
import { compilePolicy, getTemplate, reviewRoster, startReview, type Review, type ReviewOptions, type RosterInput } from "../../src/core";
import { loadWorkbook, pickRosterSheet, rosterFromWorksheet } from "../../src/cli/io/read-xlsx";

async function roster(file: string): Promise<RosterInput> {
  return rosterFromWorksheet(pickRosterSheet(await loadWorkbook(path.resolve(__dirname, "../../examples", file))));
}

const plain = (r: Review): unknown => JSON.parse(JSON.stringify(r));

describe("two reviews interleaved", () => {
  let stores: RosterInput;
  let ops: RosterInput;
  beforeAll(async () => {
    [stores, ops] = await Promise.all([roster("store-ops.xlsx"), roster("ops-general.xlsx")]);
  });

  for (const [engineA, engineB] of [
    ["interpreted", "interpreted"],
    ["generated", "generated"],
    ["generated", "interpreted"],
  ] as const) {
    it(`give the same results as run apart (${engineA} / ${engineB})`, () => {
      const a: [RosterInput, ReviewOptions] = [stores, { asOf: "2026-11-23", engine: engineA }];
      const b: [RosterInput, ReviewOptions] = [ops, { asOf: "2024-02-29", engine: engineB, locale: "en-US" }];
      const policyA = getTemplate("store-ops")!;
      const policyB = getTemplate("ops-general")!;
      const apartA = plain(reviewRoster(a[0], policyA, a[1]));
      const apartB = plain(reviewRoster(b[0], policyB, b[1]));
      const runA = startReview(a[0], compilePolicy(policyA), a[1]);
      const runB = startReview(b[0], compilePolicy(policyB), b[1]);
      let moreA = true;
      let moreB = true;
      while (moreA || moreB) {
        if (moreA) moreA = runA.next(3);
        if (moreB) moreB = runB.next(5);
      }
      // Rows are built on first access: build them alternately too.
      const rowsA = runA.eachRow();
      const rowsB = runB.eachRow();
      const builtA: unknown[] = [];
      const builtB: unknown[] = [];
      for (let doneA = false, doneB = false; !doneA || !doneB; ) {
        const x = doneA ? { done: true as const } : rowsA.next();
        const y = doneB ? { done: true as const } : rowsB.next();
        if (x.done) doneA = true;
        else builtA.push(plain(x.value as never));
        if (y.done) doneB = true;
        else builtB.push(plain(y.value as never));
      }
      expect(plain(runA.result())).toEqual(apartA);
      expect(plain(runB.result())).toEqual(apartB);
      expect(builtA).toEqual((apartA as Review).rows);
      expect(builtB).toEqual((apartB as Review).rows);
    });
  }
});
