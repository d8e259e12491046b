import fc from "fast-check";
import { dayFromYmd, edate, latestStart, monthsCompleted, ymdFromDay } from "../../src/core/evaluate/calendar";

/** EDATE from the definition: same day `months` later, clamped to that month's last day. */
function edateByDefinition(day: number, months: number): number {
  const [y, m, d] = ymdFromDay(day);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  const nextMonthFirst = nm === 12 ? dayFromYmd(ny + 1, 1, 1) : dayFromYmd(ny, nm + 1, 1);
  const last = ymdFromDay(nextMonthFirst - 1)[2];
  return dayFromYmd(ny, nm, Math.min(d, last));
}

// Month tables cover 1900-01 .. 2199-12; days and targets outside take the arithmetic path.
const anyDay = fc.integer({ min: dayFromYmd(1850, 1, 1), max: dayFromYmd(2250, 12, 31) });
const anyMonths = fc.integer({ min: -1200, max: 1200 });

describe("calendar", () => {
  test("edate matches the definition inside and outside the month tables", () => {
    fc.assert(fc.property(anyDay, anyMonths, (day, months) => edate(day, months) === edateByDefinition(day, months)), { numRuns: 20000 });
  });

  test("edate at the table edges and month ends", () => {
    const cases: Array<[number, number, number, number, number, number, number]> = [
      [1900, 1, 1, -1, 1899, 12, 1],
      [1899, 12, 31, 1, 1900, 1, 31],
      [2199, 12, 31, 1, 2200, 1, 31],
      [2199, 11, 30, 1, 2199, 12, 30],
      [2024, 1, 31, 1, 2024, 2, 29],
      [2025, 1, 31, 1, 2025, 2, 28],
      [2024, 2, 29, 12, 2025, 2, 28],
      [2025, 3, 31, 6, 2025, 9, 30],
    ];
    for (const [y, m, d, months, ey, em, ed] of cases) expect(edate(dayFromYmd(y, m, d), months)).toBe(dayFromYmd(ey, em, ed));
  });

  test("monthsCompleted(start, asOf) >= m exactly when edate(start, m) <= asOf", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -400, max: 400 }), fc.integer({ min: -60, max: 60 }), (start, offset, m) => {
        const asOf = start + offset * 7;
        return monthsCompleted(start, asOf) >= m === edate(start, m) <= asOf;
      }),
      { numRuns: 20000 },
    );
  });

  test("edate(d, m) <= asOf exactly when d <= latestStart(asOf, m)", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -100, max: 100 }), fc.integer({ min: 0, max: 240 }), (asOf, offset, m) => {
        const latest = latestStart(asOf, m);
        // Around the bound, and a day picked anywhere near it.
        const d = latest + offset;
        return edate(latest, m) <= asOf && edate(latest + 1, m) > asOf && edate(d, m) <= asOf === d <= latest;
      }),
      { numRuns: 20000 },
    );
  });
});
