/**
 * The talent pipeline (src/core/talent) against the independent reference
 * (test/talent/reference-pipeline.ts), item by item, on seeded boundary rosters: ready dates
 * exactly 12 and 24 months out and a day later, month-end review dates, key levels without an
 * incumbent, ties between successors, a criterion without an action.
 */
import { developmentPlans, forecast, readiness, reviewRoster, succession, talentSettings, timeDates } from "../../src/core";
import { employees, productPolicy, refPolicy, rosterOf } from "./boundary-roster";
import { refForecast, refPlans, refReadiness, refSuccession } from "./reference-pipeline";

interface Case {
  readonly asOf: string;
  readonly bands: readonly [number, number];
  readonly months: number;
  readonly unmapped: boolean;
  readonly seed: number;
}

const CASES: readonly Case[] = [
  { asOf: "2026-11-23", bands: [12, 24], months: 12, unmapped: false, seed: 1 },
  { asOf: "2026-08-31", bands: [12, 24], months: 12, unmapped: true, seed: 2 },
  { asOf: "2027-01-31", bands: [12, 24], months: 18, unmapped: false, seed: 3 },
  { asOf: "2028-02-29", bands: [6, 18], months: 24, unmapped: true, seed: 4 },
  { asOf: "2026-12-31", bands: [12, 24], months: 12, unmapped: false, seed: 5 },
];

describe.each(CASES)("talent pipeline vs reference, as of $asOf, bands $bands, $months months, unmapped $unmapped", (c) => {
  const ref = refPolicy(c.bands, c.unmapped);
  const policy = productPolicy(ref, c.months);
  const people = employees(c.asOf, 150, c.seed);
  const input = rosterOf(people);
  const review = reviewRoster(input, policy, { asOf: c.asOf });
  const settings = talentSettings(policy);
  const ready = readiness(review, settings.bands);
  const expected = refReadiness(ref, people, c.asOf);

  it("reads every row (no data errors in the generated roster)", () => {
    expect(review.rows.filter((r) => r.status === "error").map((r) => r.errors)).toEqual([]);
    expect(ready).toHaveLength(people.length);
  });

  it("gives each employee the reference's band and ready date", () => {
    const got = ready.map((r) => [r.id, r.band, r.targets[0]?.band === "develop" ? null : (r.targets[0]?.readyDate ?? null)]);
    const want = expected.map((x) => [x.e.id, x.band, x.band === "develop" || x.band === "top" ? null : x.band === "ready_now" ? got.find((g) => g[0] === x.e.id)![2] : x.target!.timeDate]);
    expect(got).toEqual(want);
  });

  it("counts the reference's employees per level and month", () => {
    const f = forecast(ready, policy, c.asOf, settings.forecastMonths);
    const want = refForecast(ref, expected, c.asOf, c.months);
    expect(f.months).toHaveLength(c.months);
    for (const level of f.levels) expect([level.level, level.readyNow, ...level.months]).toEqual([level.level, ...want.get(level.level)!]);
    // The first band's months hold exactly its employees.
    const inFirstBand = expected.filter((x) => x.band === "within_1y").length;
    if (c.months === c.bands[0]) expect(f.totals.reduce((a, b) => a + b, 0)).toBe(inFirstBand);
  });

  it("builds the reference's successor slates and bench strength", () => {
    const s = succession(review, ready, settings.keyLevels);
    const got = s.entries.map((e) => ({ level: e.level, dept: e.group, incumbents: e.incumbents.map((i) => i.id), readyNow: e.readyNow.map((x) => x.id), within1y: e.within1y.map((x) => x.id), bench: e.bench }));
    expect(got).toEqual(refSuccession(ref, expected, c.asOf));
    expect(s.singlePoints).toBe(s.entries.filter((e) => e.incumbents.length > 0 && e.readyNow.length === 0).length);
  });

  it("plans the reference's actions, dates and projected ready dates", () => {
    const plans = developmentPlans(review, ready, settings.actions, timeDates(input, policy, { asOf: c.asOf }));
    const got = plans.map((p) => ({ id: p.id, actions: p.targets[0]!.steps.map((s) => ({ action: s.action, done: s.done })), projected: p.targets[0]!.projected }));
    expect(got).toEqual(refPlans(ref, expected, c.asOf));
  });
});

it("covers the boundaries it claims to", () => {
  const ref = refPolicy([12, 24], true);
  const results = refReadiness(ref, employees("2026-11-23", 0, 1), "2026-11-23");
  const band = (id: string): string => results.find((r) => r.e.id === id)!.band;
  expect([band("T001"), band("T002"), band("T003"), band("T004")]).toEqual(["within_1y", "within_2y", "within_2y", "later"]);
  expect(band("T011")).toBe("develop");
  const slates = refSuccession(ref, results, "2026-11-23");
  expect(slates.find((s) => s.level === "经理" && s.dept === "VIP")).toMatchObject({ incumbents: [], readyNow: ["T008", "T009"], bench: null });
  expect(slates.find((s) => s.level === "经理" && s.dept === "售前")!.readyNow).toEqual(["T005", "T006", "T007"]);
  expect(refPlans(ref, results, "2026-11-23").find((p) => p.id === "T012")).toEqual({ id: "T012", actions: [{ action: "数据分析与挖掘（第二周）", done: "2026-12-21" }, { action: null, done: null }], projected: null });
});
