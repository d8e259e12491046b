/**
 * Differential oracle: the main review (`reviewRoster`) against an independent reference
 * (./reference.ts) on random rosters for every template, plus a hand-derived table of boundary
 * cases read straight from the policy catalogue (/work/shared/spec/policy-catalogue.md).
 */
import { must } from "../util/must";
import fc from "fast-check";
import { getTemplate, percentCell, reviewRoster, TEMPLATES, type Cell, type RowResult } from "../../src/core";
import { compareWithReference, failures, formatDisagreements } from "./compare";
import { edate, monthsCompleted, isoToYmd, ymdToIso } from "./reference";
import { rosterArb } from "./roster-gen";

// Midnight-UTC dates must be read with UTC getters (catalogue §6): run west of Greenwich so a
// local-time getter would land on the previous day.
let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = "America/Los_Angeles";
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

const RUNS = 150;
const SEED = 20261123;

// ---------------------------------------------------------------------------------------------
// The reference's own calendar, against the catalogue's worked example
// ---------------------------------------------------------------------------------------------

describe("reference calendar (catalogue §2)", () => {
  it("hired 2025-03-31, t = 0.5 -> ready on 2025-09-30", () => {
    expect(ymdToIso(edate(isoToYmd("2025-03-31"), 6))).toBe("2025-09-30");
    expect(monthsCompleted(isoToYmd("2025-03-31"), isoToYmd("2025-09-30"))).toBe(6);
    expect(monthsCompleted(isoToYmd("2025-03-31"), isoToYmd("2025-09-29"))).toBe(5);
  });
  it("Feb 29 anniversaries clamp to Feb 28", () => {
    expect(ymdToIso(edate(isoToYmd("2024-02-29"), 12))).toBe("2025-02-28");
    expect(ymdToIso(edate(isoToYmd("2024-02-29"), 48))).toBe("2028-02-29");
    expect(monthsCompleted(isoToYmd("2024-02-29"), isoToYmd("2025-02-28"))).toBe(12);
  });
});

// ---------------------------------------------------------------------------------------------
// Property: main and reference agree on every row of random rosters
// ---------------------------------------------------------------------------------------------

describe("agreement with the reference on random rosters", () => {
  for (const policy of TEMPLATES) {
    it(`${policy.id}: ${RUNS} rosters`, () => {
      fc.assert(
        fc.property(rosterArb(policy), (g) => {
          const review = reviewRoster({ sheet: "Sheet1", rows: g.rows }, policy, { asOf: g.asOf });
          const bad = failures(compareWithReference(g, review));
          if (bad.length > 0) throw new Error(`${bad.length} disagreement(s):\n${formatDisagreements(bad.slice(0, 5))}`);
          // Texts read from the rows when asked or copied as read (transient input), rows evaluated
          // by the interpreter or by code generated for the policy and layout: the same review.
          const expected = JSON.stringify(review);
          const copied = reviewRoster({ sheet: "Sheet1", rows: g.rows, transient: true }, policy, { asOf: g.asOf, engine: "interpreted" });
          expect(JSON.stringify(copied)).toBe(expected);
          const generated = reviewRoster({ sheet: "Sheet1", rows: g.rows }, policy, { asOf: g.asOf, engine: "generated" });
          expect(JSON.stringify(generated)).toBe(expected);
          const both = reviewRoster({ sheet: "Sheet1", rows: g.rows, transient: true }, policy, { asOf: g.asOf, engine: "generated" });
          expect(JSON.stringify(both)).toBe(expected);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: false },
      );
    });
  }
});

describe("the comparison is not vacuous", () => {
  it("notices a flipped met, a moved ready date and a changed status", () => {
    const policy = getTemplate("ops-general")!;
    let checked = 0;
    for (const g of fc.sample(rosterArb(policy), { seed: SEED, numRuns: 40 })) {
      const review = reviewRoster({ sheet: "Sheet1", rows: g.rows }, policy, { asOf: g.asOf });
      const i = review.rows.findIndex((r) => r.status !== "error" && r.targets.length > 0);
      if (i < 0) continue;
      const r = must(review.rows[i], "reviewed row");
      const mutate = (row: RowResult) => ({ ...review, rows: review.rows.map((x, k) => (k === i ? row : x)) });
      const t0 = must(r.targets[0], "first target");
      expect(compareWithReference(g, mutate({ ...r, targets: [{ ...t0, met: !t0.met }, ...r.targets.slice(1)] })).length).toBeGreaterThan(0);
      expect(compareWithReference(g, mutate({ ...r, targets: [{ ...t0, readyDate: "1999-12-31" }, ...r.targets.slice(1)] })).length).toBeGreaterThan(0);
      expect(compareWithReference(g, mutate({ ...r, status: r.status === "eligible" ? "not_eligible" : "eligible" })).length).toBeGreaterThan(0);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-derived boundary cases
// ---------------------------------------------------------------------------------------------

interface ExpectedTarget {
  readonly level: string;
  readonly met: boolean;
  readonly path: string | null;
  /** "field:reason", any order. */
  readonly unmet: readonly string[];
  readonly readyDate: string | null;
  /** Expected `actual` of some unmet criteria, by field. */
  readonly actual?: Readonly<Record<string, number | string | boolean | null>>;
  readonly score?: number | null;
}

interface ExpectedRow {
  readonly row: number;
  readonly status: RowResult["status"];
  readonly level?: string;
  readonly id?: string;
  readonly allowance?: number;
  /** "code@cell", any order (checked when given). */
  readonly errors?: readonly string[];
  /** Text every error message of the row together must contain (cell value, closest level...). */
  readonly messageIncludes?: readonly string[];
  readonly targets?: readonly ExpectedTarget[];
}

interface Case {
  readonly name: string;
  readonly template: string;
  readonly asOf: string;
  readonly rows: readonly (readonly Cell[])[];
  readonly expect: readonly ExpectedRow[];
}

const A = "2026-11-23";
const met = (level: string, readyDate: string | null, path = "standard"): ExpectedTarget => ({ level, met: true, path, unmet: [], readyDate });
const unmet = (level: string, u: string[], readyDate: string | null, actual?: ExpectedTarget["actual"]): ExpectedTarget => ({
  level,
  met: false,
  path: null,
  unmet: u,
  readyDate,
  ...(actual === undefined ? {} : { actual }),
});

const CS_HEAD = ["工号", "职级", "入职日期", "绩效", "团队协作", "学习成长", "客户满意度", "工单量"];
const CS2_HEAD = ["工号", "职级", "入职日期", "任现职日期", "绩效", "团队协作", "学习成长", "客户满意度", "工单量", "差错率", "技能考核"];
const OPS_HEAD = ["工号", "职级", "入职日期", "任现职日期", "绩效", "技能考核", "管理能力", "销售达成率"];
const GEN_HEAD = ["工号", "职级", "入职日期", "工作年限", "学历", "绩效", "团队协作"];
const STORE_HEAD = ["工号", "职级", "入职日期", "任现职日期", "绩效", "技能考核", "管理能力", "培训结业"];
const DUAL_HEAD = ["工号", "职级", "入职日期", "任现职日期", "绩效", "管理能力", "技能考核"];

const CASES: Case[] = [
  {
    name: "catalogue example: hired 2025-03-31, t = 0.5 -> ready 2025-09-30; composite exactly at 75; csat 95% text; tickets 2,500单",
    template: "taobao-cs",
    asOf: A,
    rows: [CS_HEAD, ["E1", "初级客服", "2025-03-31", 80, 70, 70, "95%", "2,500单"]],
    expect: [{ row: 2, status: "eligible", targets: [{ ...met("中级客服", "2025-09-30"), score: 75 }] }],
  },
  {
    name: "hire date in every accepted form (serial, Date, text forms) gives the same ready date",
    template: "taobao-cs",
    asOf: A,
    rows: [
      CS_HEAD,
      ["E1", "初级客服", 45747, 80, 70, 70, "95%", 2500],
      ["E2", "初级客服", 45747.75, 80, 70, 70, "95%", 2500],
      ["E3", "初级客服", new Date(Date.UTC(2025, 2, 31)), 80, 70, 70, "95%", 2500],
      ["E4", "初级客服", "2025/3/31", 80, 70, 70, "95%", 2500],
      ["E5", "初级客服", "2025.3.31", 80, 70, 70, "95%", 2500],
      ["E6", "初级客服", "2025年3月31日", 80, 70, 70, "95%", 2500],
      ["E7", "初级客服", "20250331", 80, 70, 70, "95%", 2500],
    ],
    expect: [2, 3, 4, 5, 6, 7, 8].map((row) => ({ row, status: "eligible" as const, targets: [met("中级客服", "2025-09-30")] })),
  },
  {
    name: "one day before the half-year anniversary: not yet, ready 2025-09-30, 5 months completed",
    template: "taobao-ops",
    asOf: "2025-09-29",
    rows: [OPS_HEAD, ["T1", "运营助理", "2024-01-01", "2025-03-31", 75, 70, null, null]],
    expect: [{ row: 2, status: "not_eligible", targets: [unmet("推广专员", ["years_in_level:below"], "2025-09-30", { years_in_level: 5 / 12 })] }],
  },
  {
    name: "on the half-year anniversary (clamped month end): met; skill and perf exactly at thresholds",
    template: "taobao-ops",
    asOf: "2025-09-30",
    rows: [OPS_HEAD, ["T1", "初级推广", "2024-01-01", "2025-03-31", 75, 70, null, null]],
    expect: [{ row: 2, status: "eligible", level: "运营助理", targets: [met("推广专员", "2025-09-30")] }],
  },
  {
    name: "Feb 29 start: first anniversary is 2025-02-28",
    template: "taobao-ops",
    asOf: "2025-02-28",
    rows: [OPS_HEAD, ["T1", "推广专员", "2023-01-01", "2024-02-29", 85, 80, null, "100%"]],
    expect: [{ row: 2, status: "eligible", targets: [met("运营主管", "2025-02-28")] }],
  },
  {
    name: "Feb 29 start, the day before: 11 months completed",
    template: "taobao-ops",
    asOf: "2025-02-27",
    rows: [OPS_HEAD, ["T1", "推广专员", "2023-01-01", 45351, 85, 80, null, 1]],
    expect: [{ row: 2, status: "not_eligible", targets: [unmet("运营主管", ["years_in_level:below"], "2025-02-28", { years_in_level: 11 / 12 })] }],
  },
  {
    name: "level date empty: years in level fall back to the hire date",
    template: "taobao-ops",
    asOf: A,
    rows: [OPS_HEAD, ["T1", "店长", "2024-11-23", null, 90, null, 80, percentCell(1)]],
    expect: [{ row: 2, status: "eligible", level: "运营主管", targets: [met("运营总监", "2026-11-23")] }],
  },
  {
    name: "no date at all: years missing, no ready date",
    template: "taobao-ops",
    asOf: A,
    rows: [OPS_HEAD, ["T1", "运营助理", null, "", 90, 90, null, null]],
    expect: [{ row: 2, status: "not_eligible", targets: [unmet("推广专员", ["years_in_level:missing"], null, { years_in_level: null })] }],
  },
  {
    name: "dual ladder: exactly one year in level meets 运营主管, 运营专家 waits until 2027-11-23",
    template: "ops-dual",
    asOf: A,
    rows: [DUAL_HEAD, ["D1", "运营专员", "2020-01-01", "2025-11-23", 85, 75, 90]],
    expect: [
      {
        row: 2,
        status: "eligible",
        targets: [met("运营主管", "2026-11-23"), unmet("运营专家", ["years_in_level:below"], "2027-11-23", { years_in_level: 1 })],
      },
    ],
  },
  {
    name: "dual ladder: one day short of a year",
    template: "ops-dual",
    asOf: A,
    rows: [DUAL_HEAD, ["D1", "运营专员", "2020-01-01", "2025-11-24", 85, 75, 90]],
    expect: [
      {
        row: 2,
        status: "not_eligible",
        targets: [
          unmet("运营主管", ["years_in_level:below"], "2026-11-24", { years_in_level: 11 / 12 }),
          unmet("运营专家", ["years_in_level:below"], "2027-11-24"),
        ],
      },
    ],
  },
  {
    name: "破格 path met (experience falls back to tenure: 17 months >= 1 year)",
    template: "ops-general",
    asOf: A,
    rows: [GEN_HEAD, ["G1", "运营专员", "2025-06-15", null, "本科", 96, null]],
    expect: [{ row: 2, status: "eligible", targets: [met("初级运营", "2026-06-15", "fast_track")] }],
  },
  {
    name: "neither path met: the standard path's gaps and ready date are reported",
    template: "ops-general",
    asOf: A,
    rows: [GEN_HEAD, ["G1", "运营专员", "2025-06-15", "", "bachelor", 90, null]],
    expect: [{ row: 2, status: "not_eligible", targets: [unmet("初级运营", ["experience:below"], "2027-06-15", { experience: 17 / 12 })] }],
  },
  {
    name: "typed experience is a plain number: met, no ready date",
    template: "ops-general",
    asOf: A,
    rows: [GEN_HEAD, ["G1", "运营专员", "2026-01-01", "3年", "本科", 80, null]],
    expect: [{ row: 2, status: "eligible", targets: [met("初级运营", null)] }],
  },
  {
    name: "typed experience 1.5 with perf 96 and 硕士: 破格 met, no ready date",
    template: "ops-general",
    asOf: A,
    rows: [GEN_HEAD, ["G1", "运营专员", "2026-01-01", 1.5, "硕士", 96, null]],
    expect: [{ row: 2, status: "eligible", targets: [met("初级运营", null, "fast_track")] }],
  },
  {
    name: "typed experience below: not projected, no ready date",
    template: "ops-general",
    asOf: A,
    rows: [GEN_HEAD, ["G1", "运营专员", "2020-01-01", 1.5, "本科", 80, null]],
    expect: [{ row: 2, status: "not_eligible", targets: [unmet("初级运营", ["experience:below"], null, { experience: 1.5 })] }],
  },
  {
    name: "education below (大专 < 本科): no ready date",
    template: "ops-general",
    asOf: A,
    rows: [GEN_HEAD, ["G1", "运营专员", "2020-01-01", 5, "大专", 96, null]],
    expect: [{ row: 2, status: "not_eligible", targets: [unmet("初级运营", ["education:below"], null, { education: "大专" })] }],
  },
  {
    name: "中专 = 高中, reported by its canonical name",
    template: "ops-general",
    asOf: A,
    rows: [GEN_HEAD, ["G1", "初级运营", "2020-01-01", 5, "中专", 85, 80]],
    expect: [{ row: 2, status: "not_eligible", targets: [unmet("中级运营", ["education:below"], null, { education: "高中" })] }],
  },
  {
    name: "education empty: missing",
    template: "ops-general",
    asOf: A,
    rows: [GEN_HEAD, ["G1", "运营专员", "2020-01-01", 5, null, 85, 80]],
    expect: [{ row: 2, status: "not_eligible", targets: [unmet("初级运营", ["education:missing"], null, { education: null })] }],
  },
  {
    name: "both paths met: reported as the standard path",
    template: "ops-general",
    asOf: A,
    rows: [GEN_HEAD, ["G1", "运营专员", "2023-01-01", null, "PhD", 96, null]],
    expect: [{ row: 2, status: "eligible", targets: [met("初级运营", "2025-01-01", "standard")] }],
  },
  {
    name: "reserve meeting its vacancy step: awaiting vacancy, allowance 50",
    template: "store-ops",
    asOf: A,
    rows: [STORE_HEAD, ["S1", "储备店长", "2020-01-01", "2026-11-01", 85, 85, null, null]],
    expect: [{ row: 2, status: "awaiting_vacancy", allowance: 50, targets: [met("四级店长", null)] }],
  },
  {
    name: "reserve by alias 储备厨师长: allowance 30",
    template: "store-ops",
    asOf: A,
    rows: [STORE_HEAD, ["S1", "储备厨师长", "2020-01-01", null, 80, 80, null, null]],
    expect: [{ row: 2, status: "awaiting_vacancy", level: "储备领班", allowance: 30, targets: [met("领班", null)] }],
  },
  {
    name: "reserve not meeting its vacancy step: no allowance",
    template: "store-ops",
    asOf: A,
    rows: [STORE_HEAD, ["S1", "储备区域经理", "2020-01-01", null, 90, null, 84, null]],
    expect: [{ row: 2, status: "not_eligible", allowance: 0, targets: [unmet("区域经理", ["mgmt:below"], null, { mgmt: 84 })] }],
  },
  {
    name: "step into a reserve level needs no vacancy: eligible, no allowance",
    template: "store-ops",
    asOf: A,
    rows: [STORE_HEAD, ["S1", "领班", "2020-01-01", "2025-11-23", 85, 85, null, "已结业"]],
    expect: [{ row: 2, status: "eligible", allowance: 0, targets: [met("储备店长", "2026-11-23")] }],
  },
  {
    name: "empty training cell is false (below), not missing; exactly 3 months in level",
    template: "store-ops",
    asOf: A,
    rows: [STORE_HEAD, ["S1", "培养对象", "2020-01-01", "2026-08-23", null, 75, null, null]],
    expect: [{ row: 2, status: "not_eligible", targets: [unmet("储备领班", ["training:below"], null, { training: false })] }],
  },
  {
    name: "training derived from attendance 80%, mid 60, final 60",
    template: "store-ops",
    asOf: A,
    rows: [
      ["工号", "职级", "入职日期", "任现职日期", "技能考核", "培训出勤率", "中期考核", "结业考核"],
      ["S1", "培养对象", "2020-01-01", "2026-08-23", 75, "80%", 60, 60],
      ["S2", "培养对象", "2020-01-01", "2026-08-23", 75, "79.9%", 60, 60],
      ["S3", "培养对象", "2020-01-01", "2026-08-23", 75, 0.8, 59, 60],
    ],
    expect: [
      { row: 2, status: "eligible", targets: [met("储备领班", "2026-11-23")] },
      { row: 3, status: "not_eligible", targets: [unmet("储备领班", ["training:below"], null)] },
      { row: 4, status: "not_eligible", targets: [unmet("储备领班", ["training:below"], null)] },
    ],
  },
  {
    name: "no training column and no programme columns: training missing",
    template: "store-ops",
    asOf: A,
    rows: [
      ["工号", "职级", "入职日期", "任现职日期", "技能考核", "绩效"],
      ["S1", "培养对象", "2020-01-01", "2026-08-23", 75, 80],
    ],
    expect: [{ row: 2, status: "not_eligible", targets: [unmet("储备领班", ["training:missing"], null)] }],
  },
  {
    name: "tenure from a month end: hired 2026-05-31, ready 2026-11-30",
    template: "store-ops",
    asOf: "2026-11-30",
    rows: [STORE_HEAD, ["S1", "普通员工", "2026-05-31", null, 80, null, null, null]],
    expect: [{ row: 2, status: "eligible", targets: [met("培养对象", "2026-11-30")] }],
  },
  {
    name: "tenure from a month end, the day before",
    template: "store-ops",
    asOf: "2026-11-29",
    rows: [STORE_HEAD, ["S1", "普通员工", "2026-05-31", "2026-11-01", 80, null, null, null]],
    expect: [{ row: 2, status: "not_eligible", targets: [unmet("培养对象", ["tenure:below"], "2026-11-30", { tenure: 5 / 12 })] }],
  },
  {
    name: "top of the ladder",
    template: "store-ops",
    asOf: A,
    rows: [STORE_HEAD, ["S1", "督导", "2020-01-01", null, 99, 99, 99, "是"]],
    expect: [{ row: 2, status: "top", allowance: 0, targets: [] }],
  },
  {
    name: "csat 95% in every form; error rate 1% at the limit",
    template: "taobao-cs",
    asOf: A,
    rows: [
      CS2_HEAD,
      ["C1", "中级客服", "2020-01-01", "2025-11-23", 80, 80, 80, "95%", 5000, "1%", 80],
      ["C2", "中级客服", "2020-01-01", "2025-11-23", 80, 80, 80, 0.95, 5000, 0.01, 80],
      ["C3", "中级客服", "2020-01-01", "2025-11-23", 80, 80, 80, percentCell(0.95), 5000, percentCell(0.01), 80],
      ["C4", "中级客服", "2020-01-01", "2025-11-23", 80, 80, 80, 95, 5000, "1%", 80],
      ["C5", "中级客服", "2020-01-01", "2025-11-23", 80, 80, 80, "95", 5000, "0.01", 80],
      ["C6", "中级客服", "2020-01-01", "2025-11-23", 80, 80, 80, "９５％", "５,０００", "１％", "８０分"],
    ],
    expect: [2, 3, 4, 5, 6, 7].map((row) => ({ row, status: "eligible" as const, targets: [{ ...met("高级客服", "2026-11-23"), score: 80 }] })),
  },
  {
    name: "csat 94.9%, error rate 1.1%, error rate written 1 (= 100%), tickets 4999",
    template: "taobao-cs",
    asOf: A,
    rows: [
      CS2_HEAD,
      ["C1", "中级客服", "2020-01-01", "2025-11-23", 80, 80, 80, "94.9%", 5000, "1%", 80],
      ["C2", "中级客服", "2020-01-01", "2025-11-23", 80, 80, 80, "95%", 5000, 0.011, 80],
      ["C3", "中级客服", "2020-01-01", "2025-11-23", 80, 80, 80, "95%", 5000, 1, 80],
      ["C4", "中级客服", "2020-01-01", "2025-11-23", 80, 80, 80, "95%", "4,999单", "1%", 80],
    ],
    expect: [
      { row: 2, status: "not_eligible", targets: [unmet("高级客服", ["csat:below"], null, { csat: 0.949 })] },
      { row: 3, status: "not_eligible", targets: [unmet("高级客服", ["error_rate:below"], null, { error_rate: 0.011 })] },
      { row: 4, status: "not_eligible", targets: [unmet("高级客服", ["error_rate:below"], null, { error_rate: 1 })] },
      { row: 5, status: "not_eligible", targets: [unmet("高级客服", ["tickets:below"], null, { tickets: 4999 })] },
    ],
  },
  {
    name: "composite score with an empty component is missing (score null, no ready date)",
    template: "taobao-cs",
    asOf: A,
    rows: [CS_HEAD, ["E1", "初级客服", "2025-03-31", 80, 70, null, "95%", 2500]],
    expect: [{ row: 2, status: "not_eligible", targets: [{ ...unmet("中级客服", ["score:missing"], null, { score: null }), score: null }] }],
  },
  {
    name: "certificate: empty cell is below; absent column is missing",
    template: "taobao-cs",
    asOf: A,
    rows: [
      ["工号", "职级", "任现职日期", "绩效", "团队协作", "学习成长", "差错率", "低质评价", "技能证书"],
      ["C1", "高级客服", "2025-11-23", 85, 85, 85, "0.5%", 2, null],
      ["C2", "高级客服", "2025-11-23", 85, 85, 85, "0.5%", 2, "✓"],
    ],
    expect: [
      { row: 2, status: "not_eligible", targets: [unmet("资深客服", ["certificate:below"], null, { certificate: false })] },
      { row: 3, status: "eligible", targets: [met("资深客服", "2026-11-23")] },
    ],
  },
  {
    name: "certificate column absent: missing",
    template: "taobao-cs",
    asOf: A,
    rows: [
      ["工号", "职级", "任现职日期", "绩效", "团队协作", "学习成长", "差错率", "低质评价"],
      ["C1", "高级客服", "2025-11-23", 85, 85, 85, "0.5%", 2],
    ],
    expect: [{ row: 2, status: "not_eligible", targets: [unmet("资深客服", ["certificate:missing"], null)] }],
  },
  {
    name: "ecom-cs composite 0.3*85 + 0.5*85 + 0.2*85 exactly at 85",
    template: "ecom-cs",
    asOf: A,
    rows: [
      ["工号", "职级", "任现职日期", "业务考核", "绩效考核", "综合素质", "管理能力"],
      ["K1", "高级客服", "2025-11-23", 85, 85, 85, 75],
      ["K2", "高级客服", "2025-11-23", 90, 83, 84, 75], // 27 + 41.5 + 16.8 = 85.3
      ["K3", "高级客服", "2025-11-23", 84, 85, 85, 75], // 25.2 + 42.5 + 17 = 84.7
    ],
    expect: [
      { row: 2, status: "eligible", targets: [{ ...met("客服主管", "2026-11-23"), score: 85 }] },
      { row: 3, status: "eligible", targets: [{ ...met("客服主管", "2026-11-23"), score: 85.3 }] },
      { row: 4, status: "not_eligible", targets: [{ ...unmet("客服主管", ["score:below"], null, { score: 84.7 }), score: 84.7 }] },
    ],
  },
  {
    name: "user-ops composite exactly 80 meets; 79.7 does not",
    template: "user-ops",
    asOf: A,
    rows: [
      ["工号", "职级", "任现职日期", "绩效", "技能得分", "发展潜力"],
      ["U1", "用户运营专员", "2025-11-23", 80, 80, 80],
      ["U2", "用户运营专员", "2025-11-23", 80, 79, 80],
    ],
    expect: [
      { row: 2, status: "eligible", targets: [{ ...met("高级用户运营", "2026-11-23"), score: 80 }] },
      { row: 3, status: "not_eligible", targets: [{ ...unmet("高级用户运营", ["score:below"], null, { score: 79.7 }), score: 79.7 }] },
    ],
  },
  {
    name: "sales: 1.05 as a plain number is 1.05%; 105%, percent cell 1.05 and 105 are 105%",
    template: "mall-ops",
    asOf: A,
    rows: [
      ["工号", "职级", "任现职日期", "销售达成率", "绩效"],
      ["M1", "中级运营员", "2025-11-23", 1.05, 85],
      ["M2", "中级运营员", "2025-11-23", "105%", 85],
      ["M3", "中级运营员", "2025-11-23", percentCell(1.05), 85],
      ["M4", "中级运营员", "2025-11-23", 105, 85],
    ],
    expect: [
      { row: 2, status: "not_eligible", targets: [unmet("高级运营员", ["sales:below"], null, { sales: 0.0105 })] },
      { row: 3, status: "eligible", targets: [met("高级运营员", "2026-11-23")] },
      { row: 4, status: "eligible", targets: [met("高级运营员", "2026-11-23")] },
      { row: 5, status: "eligible", targets: [met("高级运营员", "2026-11-23")] },
    ],
  },
  {
    name: "erp experience: empty falls back to tenure (ready date); typed 2 is plain; typed 1.9 below",
    template: "erp",
    asOf: A,
    rows: [
      ["工号", "职级", "入职日期", "工作年限", "技能考核", "绩效"],
      ["P1", "技术支持工程师", "2024-11-23", null, 80, null],
      ["P2", "ERP实施顾问", "2026-01-01", 2, 80, null],
      ["P3", "ERP实施顾问", "2010-01-01", 1.9, 80, null],
      ["P4", "ERP实施顾问", "2024-11-24", "  ", 80, null],
    ],
    expect: [
      { row: 2, status: "eligible", level: "ERP实施顾问", targets: [met("ERP项目经理", "2026-11-23")] },
      { row: 3, status: "eligible", targets: [met("ERP项目经理", null)] },
      { row: 4, status: "not_eligible", targets: [unmet("ERP项目经理", ["experience:below"], null, { experience: 1.9 })] },
      { row: 5, status: "not_eligible", targets: [unmet("ERP项目经理", ["experience:below"], "2026-11-24", { experience: 23 / 12 })] },
    ],
  },
  {
    name: "erp without an experience column: tenure",
    template: "erp",
    asOf: A,
    rows: [
      ["工号", "职级", "入职日期", "技能考核", "绩效", "姓名"],
      ["P1", "ERP实施顾问", "2024-11-23", 80, null, "张三"],
    ],
    expect: [{ row: 2, status: "eligible", targets: [met("ERP项目经理", "2026-11-23")] }],
  },
  {
    name: "row errors: unreadable score, unknown level, unreadable cell in a column the step does not need",
    template: "taobao-ops",
    asOf: A,
    rows: [
      OPS_HEAD,
      ["T1", "运营助理", "2020-01-01", null, "优秀", 80, null, null],
      ["T2", "推广专圆", "2020-01-01", null, 80, 80, null, null],
      ["T3", "运营助理", "2020-01-01", null, 80, 80, { kind: "error", code: "#N/A" }, null],
      ["T4", "运营助理", "2023-13-45", null, 80, 80, null, null],
      ["T5", "运营助理", 60, null, 80, 80, null, null],
      ["T6", "运营助理", "2023-02-29", null, 80, 80, null, null],
      ["T7", "运营助理", "2020-01-01", null, 80, 80, null, "很高"],
    ],
    expect: [
      { row: 2, status: "error", allowance: 0, errors: ["unreadable@Sheet1!E2"], messageIncludes: ["优秀"] },
      { row: 3, status: "error", errors: ["unknown_level@Sheet1!B3"], messageIncludes: ["推广专圆", "推广专员"] },
      { row: 4, status: "error", errors: ["unreadable@Sheet1!G4"] },
      { row: 5, status: "error", errors: ["unreadable@Sheet1!C5"] },
      { row: 6, status: "error", errors: ["unreadable@Sheet1!C6"] },
      { row: 7, status: "error", errors: ["unreadable@Sheet1!C7"] },
      { row: 8, status: "error", errors: ["unreadable@Sheet1!H8"] },
    ],
  },
  {
    name: "ids are text: 10021 and \"10021\" are the same id, flagged on both; empty id and level are errors",
    template: "taobao-ops",
    asOf: A,
    rows: [
      OPS_HEAD,
      [10021, "运营助理", "2020-01-01", null, 80, 80, null, null],
      ["10021", "运营助理", "2020-01-01", null, 80, 80, null, null],
      [null, "运营助理", "2020-01-01", null, 80, 80, null, null],
      ["T9", "  ", "2020-01-01", null, 80, 80, null, null],
      ["T10", "运营助理", "2020-01-01", null, 80, 80, null, null],
    ],
    expect: [
      { row: 2, status: "error", id: "10021", errors: ["duplicate_id@Sheet1!A2"] },
      { row: 3, status: "error", id: "10021", errors: ["duplicate_id@Sheet1!A3"] },
      { row: 4, status: "error", errors: ["empty_id@Sheet1!A4"] },
      { row: 5, status: "error", errors: ["empty_level@Sheet1!B5"] },
      { row: 6, status: "eligible", targets: [met("推广专员", "2020-07-01")] },
    ],
  },
  {
    name: "title and blank rows above the header, blank row between data rows, English headers",
    template: "taobao-ops",
    asOf: A,
    rows: [
      ["2026 年度晋升评审"],
      [],
      [" employee id ", "LEVEL", "Hire date", "In level since", "Performance", "skill test", "Ｍａｎａｇｅｍｅｎｔ", "Sales attainment"],
      ["T1", "运营助理", "2020-01-01", "2026-05-23", 75, 70, null, null],
      [null, "   ", null],
      ["T2", "运营助理", "2020-01-01", "2026-05-24", 75, 70, null, null],
    ],
    expect: [
      { row: 4, status: "eligible", targets: [met("推广专员", "2026-11-23")] },
      { row: 6, status: "not_eligible", targets: [unmet("推广专员", ["years_in_level:below"], "2026-11-24", { years_in_level: 5 / 12 })] },
    ],
  },
];

function checkCase(c: Case): string[] {
  const policy = getTemplate(c.template)!;
  const review = reviewRoster({ sheet: "Sheet1", rows: c.rows.map((r) => [...r]) }, policy, { asOf: c.asOf });
  const problems: string[] = [];
  const rowsSeen = review.rows.map((r) => r.row).sort((a, b) => a - b);
  const rowsExpected = c.expect.map((e) => e.row).sort((a, b) => a - b);
  if (JSON.stringify(rowsSeen) !== JSON.stringify(rowsExpected)) problems.push(`rows: expected ${rowsExpected} got ${rowsSeen}`);
  for (const e of c.expect) {
    const r = review.rows.find((x) => x.row === e.row);
    if (!r) continue;
    const p = (what: string, exp: unknown, got: unknown) => problems.push(`row ${e.row} ${what}: expected ${JSON.stringify(exp)} got ${JSON.stringify(got)}`);
    if (r.status !== e.status) p("status", e.status, r.status);
    if (e.level !== undefined && r.level !== e.level) p("level", e.level, r.level);
    if (e.id !== undefined && r.id !== e.id) p("id", e.id, r.id);
    if (r.allowance !== (e.allowance ?? 0)) p("allowance", e.allowance ?? 0, r.allowance);
    if (e.errors) {
      const got = r.errors.map((x) => `${x.code}@${x.cell}`).sort();
      if (JSON.stringify(got) !== JSON.stringify([...e.errors].sort())) p("errors", e.errors, got);
    } else if (r.errors.length > 0) p("errors", [], r.errors);
    const messages = r.errors.map((x) => x.message).join(" ");
    for (const text of e.messageIncludes ?? []) if (!messages.includes(text)) p("error message", text, messages);
    if (!e.targets) continue;
    if (JSON.stringify(r.targets.map((t) => t.level)) !== JSON.stringify(e.targets.map((t) => t.level)))
      p("targets", e.targets.map((t) => t.level), r.targets.map((t) => t.level));
    for (const et of e.targets) {
      const t = r.targets.find((x) => x.level === et.level);
      if (!t) continue;
      if (t.met !== et.met) p(`${et.level}.met`, et.met, t.met);
      if (t.path !== et.path) p(`${et.level}.path`, et.path, t.path);
      const u = t.unmet.map((x) => `${x.field}:${x.reason}`).sort();
      if (JSON.stringify(u) !== JSON.stringify([...et.unmet].sort())) p(`${et.level}.unmet`, et.unmet, u);
      if (t.readyDate !== et.readyDate) p(`${et.level}.readyDate`, et.readyDate, t.readyDate);
      for (const [field, value] of Object.entries(et.actual ?? {})) {
        const got = t.unmet.find((x) => x.field === field)?.actual;
        const same = typeof value === "number" && typeof got === "number" ? Math.abs(value - got) < 1e-9 : value === got;
        if (!same) p(`${et.level}.unmet[${field}].actual`, value, got);
      }
      if (et.score !== undefined) {
        const same = et.score === null ? t.score === null : t.score !== null && Math.abs(t.score - et.score) < 1e-9;
        if (!same) p(`${et.level}.score`, et.score, t.score);
      }
    }
  }
  return problems;
}

describe("hand-derived boundary cases (catalogue §2, §3, §6)", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect(checkCase(c)).toEqual([]);
  });
});
