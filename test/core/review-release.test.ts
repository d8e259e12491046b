/**
 * A review reads each input row once: rows before `run.done` may be released while the run goes
 * on (the CLI's streaming mode does so for million-row rosters) without changing the review.
 */
import * as path from "node:path";
import { compilePolicy, getTemplate, reviewRoster, startReview, type Cell, type RosterInput } from "../../src/core";
import { loadWorkbook, pickRosterSheet, rosterFromWorksheet } from "../../src/cli/io/read-xlsx";

/** A row that throws when anything reads it. */
const RELEASED = new Proxy([] as Cell[], {
  get() {
    throw new Error("a released row was read again");
  },
});

test.each(["store-ops.xlsx", "taobao-cs.xlsx", "ops-general.xlsx"])("%s: the same review when rows are released as the run passes them (transient input)", async (name) => {
  const wb = await loadWorkbook(path.resolve(__dirname, "../../examples", name));
  const roster: RosterInput = rosterFromWorksheet(pickRosterSheet(wb));
  const policyId = name === "taobao-cs.xlsx" ? "taobao-cs" : name === "store-ops.xlsx" ? "store-ops" : "ops-general";
  const policy = getTemplate(policyId)!;
  const whole = reviewRoster(roster, policy, { asOf: "2026-11-23" });
  const rows = roster.rows.map((r) => [...r]);
  const copy: RosterInput = { ...roster, rows, transient: true };
  const run = startReview(copy, compilePolicy(policy), { asOf: "2026-11-23" });
  let released = 0;
  while (run.next(5)) for (; released < run.done; released++) rows[released] = RELEASED;
  for (; released < rows.length; released++) rows[released] = RELEASED;
  expect(JSON.parse(JSON.stringify(run.result()))).toEqual(JSON.parse(JSON.stringify(whole)));
  expect(whole.rows.some((r) => r.errors.length > 0)).toBe(true);
});
