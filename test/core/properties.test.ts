import fc from "fast-check";
import { FIELDS, TEMPLATES, dayFromIso, edate, isoFromDay, reviewRoster, type Cell, type Policy, type RowResult } from "../../src/core";

// Properties of the evaluator over random clean rosters of every template:
// - raising any score (or the as-of date) never turns a met target into an unmet one;
// - a row's result never depends on the other rows (ids kept unique);
// - the same input always gives the same review.

const HEADERS = FIELDS.map((f) => f.zh[0]!);
const EDUCATION = ["初中", "高中", "大专", "本科", "硕士", "博士"];
const SCORE_FIELDS = FIELDS.filter((f) => f.type === "score").map((f) => f.key);
const AS_OF = "2026-11-23";
const ASOF_DAY = dayFromIso(AS_OF)!;

function rowArb(policy: Policy): fc.Arbitrary<Cell[]> {
  const score = fc.integer({ min: 40, max: 100 });
  const byType: Record<string, fc.Arbitrary<Cell>> = {
    score,
    date: fc.integer({ min: 1, max: 120 }).map((m) => isoFromDay(edate(ASOF_DAY, -m))),
    years: fc.integer({ min: 0, max: 10 }),
    education: fc.constantFrom(...EDUCATION),
    boolean: fc.constantFrom("是", "否"),
    percent: fc.integer({ min: 70, max: 130 }).map((p) => `${p}%`),
    count: fc.integer({ min: 0, max: 9000 }),
  };
  return fc.tuple(fc.constantFrom(...policy.levels.map((l) => l.name)), ...FIELDS.slice(4).map((f) => byType[f.type] ?? fc.constant(null))).map(
    ([level, ...rest]) => ["", "员工", "测试部", level, ...rest],
  );
}

function rosterArb(policy: Policy): fc.Arbitrary<Cell[][]> {
  return fc.array(rowArb(policy), { minLength: 1, maxLength: 8 }).map((rows) => rows.map((r, i) => [`E${i + 1}`, ...r.slice(1)]));
}

function review(policy: Policy, rows: Cell[][], asOf = AS_OF): readonly RowResult[] {
  return reviewRoster({ sheet: "Sheet1", rows: [HEADERS, ...rows] }, policy, { asOf }).rows;
}

const metTargets = (r: RowResult): string[] => r.targets.filter((t) => t.met).map((t) => t.level);

describe.each(TEMPLATES.map((p) => [p.id, p] as const))("template %s", (_id, policy) => {
  it("never loses a met target when a score rises", () => {
    fc.assert(
      fc.property(rosterArb(policy), fc.constantFrom(...SCORE_FIELDS), fc.integer({ min: 1, max: 30 }), (rows, field, delta) => {
        const col = FIELDS.findIndex((f) => f.key === field);
        const raised = rows.map((r) => r.map((c, i) => (i === col && typeof c === "number" ? Math.min(100, c + delta) : c)));
        const before = review(policy, rows);
        const after = review(policy, raised);
        before.forEach((b, i) => {
          for (const level of metTargets(b)) expect(metTargets(after[i]!)).toContain(level);
        });
      }),
      { numRuns: 60, seed: 20261123 },
    );
  });

  it("never loses a met target as time passes", () => {
    fc.assert(
      fc.property(rosterArb(policy), fc.integer({ min: 1, max: 800 }), (rows, days) => {
        const later = isoFromDay(ASOF_DAY + days);
        const before = review(policy, rows);
        const after = review(policy, rows, later);
        before.forEach((b, i) => {
          for (const level of metTargets(b)) expect(metTargets(after[i]!)).toContain(level);
        });
      }),
      { numRuns: 60, seed: 20261123 },
    );
  });

  it("gives each row the same result alone as in the roster, every time", () => {
    fc.assert(
      fc.property(rosterArb(policy), (rows) => {
        const together = review(policy, rows);
        expect(review(policy, rows)).toEqual(together);
        rows.forEach((r, i) => {
          const alone = review(policy, [r])[0]!;
          const row = together[i]!.row;
          // Alone, the row sits at another sheet row: its error cells name that row (W2 for W3).
          const errors = alone.errors.map((e) => ({ ...e, cell: e.cell.replace(/\d+$/, String(row)) }));
          expect({ ...alone, row, errors }).toEqual(together[i]);
        });
      }),
      { numRuns: 40, seed: 20261123 },
    );
  });
});
