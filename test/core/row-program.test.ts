/**
 * The generated row program (src/core/review/row-program.ts) against the interpreter, which
 * test/oracle checks against an independent reference: on rosters of typed cells as Excel hands
 * them over (the rows the program decides itself) with a few empty, off-shortcut and unreadable
 * cells, unknown levels and blank rows (the rows it leaves to the interpreter), every template
 * gives byte-identical reviews.
 */
import fc from "fast-check";
import { compilePolicy, reviewRoster, TEMPLATES, type Cell, type Criterion, type Policy, type Review } from "../../src/core";
import { dayFromIso, edate } from "../../src/core/evaluate/calendar";
import { resolveLevel } from "../../src/core/evaluate/compile";
import { createResultTable } from "../../src/core/evaluate/evaluate-table";
import { createSlotStore } from "../../src/core/evaluate/slot-store";
import { findHeaderRow } from "../../src/core/read/headers";
import { planColumns } from "../../src/core/review/column-plan";
import { RowReader } from "../../src/core/review/read-rows";
import { allowGeneratedCode, rowProgram } from "../../src/core/review/row-program";
import { DuplicateFinder } from "../../src/core/util/duplicates";
import { TextMemo } from "../../src/core/util/text-memo";
import { FIELD_TYPE } from "../oracle/reference";
import { HEADERS, templateFields } from "../oracle/roster-gen";

const AS_OFS = ["2026-11-23", "2026-02-28", "2024-02-29", "2026-08-31"];
const SERIAL_EPOCH = 25569;

/** A value near the interesting range of a field type, as Excel hands it over. */
function typedArb(field: string, asOf: string): fc.Arbitrary<Cell> {
  const day = dayFromIso(asOf)!;
  switch (FIELD_TYPE[field]) {
    case "date":
      return fc.oneof(
        // Exactly N months back, one day either side: the time criteria's boundaries.
        fc.tuple(fc.integer({ min: 0, max: 120 }), fc.constantFrom(-1, 0, 0, 1)).map(([m, d]) => edate(day, -m) + d + SERIAL_EPOCH),
        fc.integer({ min: day - 4000, max: day + 30 }).map((d) => d + SERIAL_EPOCH),
      );
    case "score":
      return fc.oneof(fc.integer({ min: 40, max: 100 }), fc.integer({ min: 80, max: 200 }).map((h) => h / 2));
    case "count":
      return fc.oneof(fc.integer({ min: 0, max: 12000 }), fc.constantFrom(0, 1, 2, 3, 1999, 2000, 4999, 5000));
    case "years":
      return fc.integer({ min: 0, max: 30 }).map((h) => h / 2);
    case "percent":
      return fc.oneof(fc.integer({ min: 700, max: 1000 }).map((p) => p / 1000), fc.integer({ min: 0, max: 40 }).map((p) => p / 1000));
    case "boolean":
      return fc.constantFrom<Cell>("是", "否", "是", "否", true, false, "通过");
    case "education":
      return fc.constantFrom<Cell>("本科", "大专", "硕士", "高中");
    default:
      return fc.constantFrom<Cell>("备注");
  }
}

/** Mostly typed cells; sometimes empty, off the shortcut ("85分", untrimmed) or unreadable. */
function cellArb(field: string, asOf: string): fc.Arbitrary<Cell> {
  return fc.oneof(
    { weight: 200, arbitrary: typedArb(field, asOf) },
    { weight: 5, arbitrary: fc.constantFrom<Cell>(null, "", "  ") },
    { weight: 2, arbitrary: typedArb(field, asOf).map((v) => (typeof v === "number" ? `${v}` : typeof v === "string" ? ` ${v} ` : v)) },
    { weight: 1, arbitrary: fc.constantFrom<Cell>("优秀", { kind: "error", code: "#N/A" }) },
  );
}

interface Roster {
  readonly asOf: string;
  readonly rows: Cell[][];
}

function rosterArb(policy: Policy): fc.Arbitrary<Roster> {
  const fields = templateFields(policy);
  const columns = ["id", "name", "dept", "level", "hire_date", ...(fields.includes("level_date") ? [] : ["level_date"]), ...fields.filter((f) => f !== "hire_date")];
  const levels = policy.levels.map((l) => l.name);
  return fc.constantFrom(...AS_OFS).chain((asOf) =>
    fc
      .array(
        fc.record({
          level: fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...levels) }, { weight: 1, arbitrary: fc.constantFrom(" 实习生", `${levels[0]!} `, "") }),
          dept: fc.constantFrom("售前组", "售后组", "天猫旗舰店", ""),
          cells: fc.tuple(...columns.slice(4).map((f) => cellArb(f, asOf))),
          shape: fc.constantFrom("row", "row", "row", "row", "row", "row", "row", "row", "row", "row", "row", "blank", "dup", "numeric id"),
        }),
        { minLength: 300, maxLength: 420 },
      )
      .map((data) => {
        const header = columns.map((f) => HEADERS[f]!.zh[0]!);
        const rows: Cell[][] = [header];
        data.forEach((d, i) => {
          const id = d.shape === "dup" ? "E10001" : d.shape === "numeric id" ? 20000 + i : `E${10000 + i}`;
          rows.push(d.shape === "blank" ? [null, "", null] : [id, `员工${i}`, d.dept, d.level, ...d.cells]);
        });
        return { asOf, rows };
      }),
  );
}

/** Rows of `roster` the program decides itself, out of the non-blank ones. */
function programShare(policy: Policy, roster: Roster, lazy: boolean): number {
  const compiled = compilePolicy(policy);
  const match = findHeaderRow(roster.rows)!;
  const plan = planColumns(match, compiled, 0);
  const total = roster.rows.length - 1;
  const store = createSlotStore(total, compiled.slotCount, { cells: roster.rows, at: 1 });
  const table = createResultTable(compiled, total);
  const level = new Int32Array(total).fill(-1);
  const hasErrors = new Uint8Array(total);
  const skip = new Uint8Array(total);
  const keys = { ids: new DuplicateFinder(total, () => ""), levelOf: new TextMemo((t) => resolveLevel(compiled, t)), deptOf: new TextMemo(() => 0), level, dept: new Int32Array(total) };
  const mark = (r: number): void => void (hasErrors[r] = 1);
  const reader = new RowReader(plan, store, keys, { unreadable: (_k, r) => mark(r), emptyId: mark, emptyLevel: mark, unknownLevel: (_t, r) => mark(r) }, lazy);
  const program = rowProgram(compiled, plan, table.width, RowReader.keyColumnsOf(plan), lazy)!;
  const pending = new Int32Array(total);
  const left = program(roster.rows, 1, 0, total, { reader, table, skip, level, hasErrors, asOf: dayFromIso(roster.asOf)!, pending });
  const rows = total - skip.reduce((a, b) => a + b, 0);
  return (rows - left) / rows;
}

/** Byte-identical reviews; a difference is shown for the first row that differs (a whole review is too long to diff). */
function expectSameReview(actual: Review, expected: Review): void {
  const i = actual.rows.findIndex((row, k) => JSON.stringify(row) !== JSON.stringify(expected.rows[k]));
  if (i >= 0) expect(actual.rows[i]).toEqual(expected.rows[i]);
  expect(actual.rows.length).toBe(expected.rows.length);
  expect(JSON.stringify({ ...actual, rows: [] })).toBe(JSON.stringify({ ...expected, rows: [] }));
}

describe("generated row programs agree with the interpreter", () => {
  for (const policy of TEMPLATES) {
    it(`${policy.id}: 12 rosters of 300-420 rows`, () => {
      const compiled = compilePolicy(policy);
      fc.assert(
        fc.property(rosterArb(policy), (roster) => {
          const input = { sheet: "花名册", rows: roster.rows };
          const expected = reviewRoster(input, compiled, { asOf: roster.asOf, engine: "interpreted" });
          expectSameReview(reviewRoster(input, compiled, { asOf: roster.asOf, engine: "generated" }), expected);
          expectSameReview(reviewRoster({ ...input, transient: true }, compiled, { asOf: roster.asOf, engine: "generated" }), expected);
        }),
        // A failing roster of 400 rows takes minutes to shrink and stays large: reported as found.
        { seed: 20261124, numRuns: 12, endOnFailure: true },
      );
    });
  }

  it("decides most rows of such rosters itself (the comparison is not vacuous)", () => {
    for (const policy of TEMPLATES) {
      const [roster] = fc.sample(rosterArb(policy), { seed: 7, numRuns: 1 });
      // About 1 row in 10 has a cell off the shortcut, an unknown level or a duplicate id.
      expect(programShare(policy, roster!, false)).toBeGreaterThan(0.5);
      expect(programShare(policy, roster!, true)).toBeGreaterThan(0.5);
    }
  });

  it("reviews 256 rows or more with generated code by default, as the interpreter would", () => {
    const policy = TEMPLATES.find((p) => p.id === "taobao-cs")!;
    const [roster] = fc.sample(rosterArb(policy), { seed: 11, numRuns: 1 });
    const input = { sheet: "花名册", rows: roster!.rows };
    expectSameReview(reviewRoster(input, policy, { asOf: roster!.asOf }), reviewRoster(input, policy, { asOf: roster!.asOf, engine: "interpreted" }));
  });

  it("interprets every row where the host forbids generating code (an add-in's Content-Security-Policy)", () => {
    // A policy no earlier test generated code for (programs are kept by their source).
    const template = TEMPLATES.find((p) => p.id === "store-ops")!;
    const policy: Policy = { ...template, levels: template.levels.map((l) => (l.reserve ? { ...l, allowance: (l.allowance ?? 0) + 7 } : l)) };
    const [roster] = fc.sample(rosterArb(policy), { seed: 13, numRuns: 1 });
    const input = { sheet: "花名册", rows: roster!.rows };
    const expected = reviewRoster(input, policy, { asOf: roster!.asOf, engine: "interpreted" });
    const original = globalThis.Function;
    let attempts = 0;
    // What a browser does under script-src without 'unsafe-eval'.
    globalThis.Function = function forbidden(): never {
      attempts++;
      throw new EvalError("Refused to evaluate a string as JavaScript");
    } as unknown as FunctionConstructor;
    try {
      expectSameReview(reviewRoster(input, compilePolicy(policy), { asOf: roster!.asOf, engine: "generated" }), expected);
      expectSameReview(reviewRoster(input, compilePolicy(policy), { asOf: roster!.asOf, engine: "generated" }), expected);
    } finally {
      globalThis.Function = original;
      allowGeneratedCode(true);
    }
    // Tried once: the refusal is remembered (each attempt would be reported as a CSP violation).
    expect(attempts).toBe(1);
  });

  it("does not try at all once told the host forbids it", () => {
    const policy = TEMPLATES.find((p) => p.id === "taobao-cs")!;
    const compiled = compilePolicy(policy);
    const [roster] = fc.sample(rosterArb(policy), { seed: 17, numRuns: 1 });
    const plan = planColumns(findHeaderRow(roster!.rows)!, compiled, 0);
    const keys = RowReader.keyColumnsOf(plan);
    allowGeneratedCode(false);
    try {
      expect(rowProgram(compiled, plan, 1, keys, true)).toBeNull();
    } finally {
      allowGeneratedCode(true);
    }
    expect(rowProgram(compiled, plan, 1, keys, true)).not.toBeNull();
  });

  it("reuses the code of a policy compiled again (each reviewRoster of a Policy compiles it)", () => {
    const policy = TEMPLATES.find((p) => p.id === "erp")!;
    const [roster] = fc.sample(rosterArb(policy), { seed: 19, numRuns: 1 });
    const plan = (compiled: ReturnType<typeof compilePolicy>) => planColumns(findHeaderRow(roster!.rows)!, compiled, 0);
    const a = compilePolicy(policy);
    const b = compilePolicy(policy);
    const first = rowProgram(a, plan(a), 1, RowReader.keyColumnsOf(plan(a)), true);
    expect(first).not.toBeNull();
    expect(rowProgram(b, plan(b), 1, RowReader.keyColumnsOf(plan(b)), true)).toBe(first);
    expect(rowProgram(b, plan(b), 1, RowReader.keyColumnsOf(plan(b)), false)).not.toBe(first);
  });

  it("writes any threshold a policy compiles (negative years in level, 1e300 tickets)", () => {
    const template = TEMPLATES.find((p) => p.id === "taobao-cs")!;
    const odd = (field: string, value: number) => (c: Criterion): Criterion => (c.field === field ? { ...c, value } : c);
    const policy: Policy = {
      ...template,
      steps: template.steps.map((s, i) => ({
        ...s,
        paths: s.paths.map((p) => ({ ...p, criteria: p.criteria.map(i === 0 ? odd("years_in_level", -0.5) : odd("tickets", 1e300)) })),
      })),
    };
    const [roster] = fc.sample(rosterArb(policy), { seed: 23, numRuns: 1 });
    const input = { sheet: "花名册", rows: roster!.rows };
    expectSameReview(reviewRoster(input, policy, { asOf: roster!.asOf, engine: "generated" }), reviewRoster(input, policy, { asOf: roster!.asOf, engine: "interpreted" }));
  });
});
