/**
 * A generated row program that cannot be made (any error, not only a host's EvalError) leaves
 * the review to the interpreter, which gives the same review; generation stays allowed for the
 * next review.
 */
import fc from "fast-check";
import { compilePolicy, reviewRoster, TEMPLATES, type Policy } from "../../src/core";
import { findHeaderRow } from "../../src/core/read/headers";
import { planColumns } from "../../src/core/review/column-plan";
import { RowReader } from "../../src/core/review/read-rows";
import { rowProgram } from "../../src/core/review/row-program";
import { rosterArb } from "../oracle/roster-gen";

describe("a generator failure", () => {
  it("falls back to the interpreter instead of failing the review", () => {
    // A policy no other test generated code for (programs are kept by their source).
    const template = TEMPLATES.find((p) => p.id === "taobao-cs")!;
    const policy: Policy = { ...template, version: "fallback", steps: template.steps.map((s) => ({ ...s, paths: s.paths.map((p) => ({ ...p, criteria: p.criteria.map((c) => (c.field === "tickets" ? { ...c, value: (c.value as number) + 3 } : c)) })) })) };
    const [roster] = fc.sample(rosterArb(policy, 300, 300), { seed: 23, numRuns: 1 });
    const input = { sheet: "花名册", rows: roster!.rows };
    const expected = JSON.stringify(reviewRoster(input, policy, { asOf: roster!.asOf, engine: "interpreted" }));
    // A bug in the generator: code that does not parse.
    const broken = jest.spyOn(globalThis, "Function").mockImplementation(() => {
      throw new SyntaxError("Unexpected token");
    });
    let attempts = 0;
    try {
      expect(JSON.stringify(reviewRoster(input, compilePolicy(policy), { asOf: roster!.asOf, engine: "generated" }))).toBe(expected);
    } finally {
      attempts = broken.mock.calls.length;
      broken.mockRestore();
    }
    expect(attempts).toBe(1);
    // Not taken for a host that forbids generated code: the next review generates its program.
    const compiled = compilePolicy(policy);
    const plan = planColumns(findHeaderRow(roster!.rows)!, compiled, 0);
    expect(rowProgram(compiled, plan, 1, RowReader.keyColumnsOf(plan), true)).not.toBeNull();
    expect(JSON.stringify(reviewRoster(input, compiled, { asOf: roster!.asOf, engine: "generated" }))).toBe(expected);
  });
});
