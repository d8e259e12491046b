import { formatGaps, reviewRoster, validatePolicy, type Cell, type Policy, type Review, type RowResult } from "../../src/core";
import { POLICY } from "./blockers-fixture";

// Blockers (否决) and rolling windows over monthly columns (issue #8), on hand-checked rows
// (the policy: ./blockers-fixture.ts).

const MONTHS = ["客户满意度 2026-06", "2026年7月客户满意度", "客户满意度(2026/08)", "客户满意度_202609", "10月客户满意度", "满意度 2026-11"];
const HEADERS = ["工号", "姓名", "职级", "任现职日期", "业务考核", "绩效考核", "综合素质", "客户满意度", "转正日期", "违纪日期", "必修培训", "证书有效期", ...MONTHS];

interface Person {
  level?: string;
  since?: string;
  score?: number;
  csat?: number;
  probation?: string | null;
  discipline?: string | null;
  training?: string | null;
  cert?: string | null;
  months?: Cell[];
}

function row(id: string, p: Person): Cell[] {
  const score = p.score ?? 90;
  return [
    id,
    `员工${id}`,
    p.level ?? "初级客服",
    p.since ?? "2025-01-01",
    score,
    score,
    score,
    p.csat ?? 0.96,
    p.probation === undefined ? "2025-03-01" : p.probation,
    p.discipline ?? null,
    p.training === undefined ? "是" : p.training,
    p.cert === undefined ? "2027-12-31" : p.cert,
    ...(p.months ?? [0.96, 0.96, 0.96, 0.96, 0.96, 0.96]),
  ];
}

function review(people: Array<[string, Person]>, asOf = "2026-11-23", headers: readonly Cell[] = HEADERS, policy: Policy = POLICY): Review {
  return reviewRoster({ sheet: "客服部", rows: [headers, ...people.map(([id, p]) => row(id, p))] }, policy, { asOf });
}

function one(p: Person, asOf?: string): RowResult {
  return review([["E1", p]], asOf).rows[0]!;
}

describe("blockers (否决)", () => {
  test("the policy is valid", () => {
    expect(validatePolicy(POLICY)).toEqual([]);
  });

  test("a clean row is eligible; its ready date is the latest time-based date (任现职 half a year)", () => {
    const r = one({});
    expect(r.status).toBe("eligible");
    expect(r.targets[0]).toMatchObject({ met: true, path: "standard", unmet: [], readyDate: "2025-07-01" });
  });

  test("still in probation: blocked until the 转正日期, which is the ready date", () => {
    const r = one({ probation: "2027-01-15" });
    expect(r.status).toBe("not_eligible");
    expect(r.targets[0]!.unmet).toEqual([{ field: "probation_end", op: "<=", required: "as_of", actual: "2027-01-15", reason: "below", blocker: true }]);
    expect(r.targets[0]!.readyDate).toBe("2027-01-15");
    expect(formatGaps(r.targets[0]!.unmet, "zh-CN")).toBe("否决：试用期未结束（转正日期 2027-01-15）");
    expect(formatGaps(r.targets[0]!.unmet, "en-US")).toBe("Blocked: still in probation (Probation end 2027-01-15)");
  });

  test("转正日期 on the review date is not blocked; a day later is", () => {
    expect(one({ probation: "2026-11-23" }).status).toBe("eligible");
    expect(one({ probation: "2026-11-24" }).targets[0]!.readyDate).toBe("2026-11-24");
  });

  test("an empty 转正日期 is missing: unmet, no ready date", () => {
    const t = one({ probation: null }).targets[0]!;
    expect(t.unmet).toEqual([{ field: "probation_end", op: "<=", required: "as_of", actual: null, reason: "missing", blocker: true }]);
    expect(t.readyDate).toBeNull();
    expect(formatGaps(t.unmet, "zh-CN")).toBe("否决：转正日期 缺少数据（需 ≤ 评审日）");
  });

  test("a disciplinary record blocks for N months: exactly N months ago no longer blocks; ready = EDATE(date, N)", () => {
    expect(one({ discipline: "2026-05-23" }).status).toBe("eligible");
    const t = one({ discipline: "2026-05-24" }).targets[0]!;
    expect(t.unmet).toEqual([{ field: "discipline_date", op: "not_within", required: 6, actual: "2026-05-24", reason: "below", blocker: true }]);
    expect(t.readyDate).toBe("2026-11-24");
    expect(formatGaps(t.unmet, "zh-CN")).toBe("否决：近6个月内有违纪记录（违纪日期 2026-05-24）");
    expect(formatGaps(t.unmet, "en-US")).toBe("Blocked: disciplinary record in the last 6 months (Disciplinary date 2026-05-24)");
  });

  test("month ends follow EDATE: a record of 05-31 blocks until 11-30", () => {
    expect(one({ discipline: "2026-05-31" }).targets[0]!.readyDate).toBe("2026-11-30");
    expect(one({ discipline: "2026-05-31" }, "2026-11-29").status).toBe("not_eligible");
    expect(one({ discipline: "2026-05-31" }, "2026-11-30").status).toBe("eligible");
  });

  test("an empty 违纪日期 means no record; an unreadable one is a row error", () => {
    expect(one({ discipline: null }).status).toBe("eligible");
    const r = one({ discipline: "2026-02-30" });
    expect(r.status).toBe("error");
    expect(r.errors[0]!.cell).toBe("客服部!J2");
    expect(r.targets[0]!.unmet).toMatchObject([{ field: "discipline_date", reason: "error", blocker: true }]);
  });

  test("mandatory training not completed (否 or empty) blocks with no ready date", () => {
    for (const training of ["否", null]) {
      const t = one({ training }).targets[0]!;
      expect(t.unmet).toEqual([{ field: "mandatory_training", op: "=", required: true, actual: false, reason: "below", blocker: true }]);
      expect(t.readyDate).toBeNull();
      expect(formatGaps(t.unmet, "zh-CN")).toBe("否决：必修培训未完成（必修培训 否）");
    }
    expect(one({ training: "已完成" }).status).toBe("eligible");
  });

  test("a blocker applies only to the steps its 从/到 name: the certificate from 中级客服 on", () => {
    expect(one({ cert: "2026-01-01" }).status).toBe("eligible"); // 初级客服: not covered
    const mid = { level: "中级客服", since: "2025-06-01" };
    expect(one({ ...mid, cert: "2026-11-23" }).status).toBe("eligible");
    const t = one({ ...mid, cert: "2026-11-22" }).targets[0]!;
    expect(t.unmet).toEqual([{ field: "cert_expiry", op: ">=", required: "as_of", actual: "2026-11-22", reason: "below", blocker: true, label: "上岗证过期" }]);
    expect(t.readyDate).toBeNull();
    expect(formatGaps(t.unmet, "zh-CN")).toBe("否决：上岗证过期（证书有效期 2026-11-22）");
    const empty = one({ ...mid, cert: null }).targets[0]!;
    expect(empty.unmet).toMatchObject([{ field: "cert_expiry", reason: "missing" }]);
    expect(formatGaps(empty.unmet, "en-US")).toBe("Blocked: Certificate expiry missing (needs ≥ review date)");
  });

  test("a fast track (破格) cannot bypass a blocker", () => {
    const fast = { since: "2026-07-01", months: [0.97, 0.97, 0.97, 0.97, 0.97, 0.97] };
    expect(one(fast).targets[0]).toMatchObject({ met: true, path: "fast_track" });
    const t = one({ ...fast, discipline: "2026-10-01" }).targets[0]!;
    expect(t.met).toBe(false);
    expect(t.path).toBeNull();
    expect(t.unmet.map((u) => u.field)).toEqual(["years_in_level", "discipline_date"]); // the standard path is reported
    expect(t.readyDate).toBe("2027-04-01"); // EDATE(2026-10-01, 6), after the half year in level (2027-01-01)
  });

  test("blocked with other gaps: no ready date unless only time is missing", () => {
    const t = one({ probation: "2027-01-15", score: 70 }).targets[0]!;
    expect(t.unmet.map((u) => u.field)).toEqual(["score", "probation_end"]);
    expect(t.readyDate).toBeNull();
  });
});

describe("rolling windows over monthly columns", () => {
  test("the average of the 6 months is compared; exactly the threshold meets it", () => {
    expect(one({ months: [0.9, 0.9, 0.9, 0.9, 0.9, 0.9] }).status).toBe("eligible");
    const t = one({ months: [0.9, 0.9, 0.9, 0.9, 0.9, 0.84] }).targets[0]!;
    expect(t.unmet).toEqual([{ field: "csat", op: ">=", required: 0.9, actual: 0.89, reason: "below", window: { months: 6, agg: "avg" } }]);
    expect(t.readyDate).toBeNull();
    expect(formatGaps(t.unmet, "zh-CN")).toBe("客户满意度近6月平均 89% < 90%");
    expect(formatGaps(t.unmet, "en-US")).toBe("CSAT 6-month average 89% < 90%");
  });

  test("percent cells are read as the catalogue reads percents (95%, 0.95 and 95 alike)", () => {
    const t = one({ months: ["80%", 0.8, 80, "８０％", 0.8, 0.8] }).targets[0]!;
    expect(t.unmet[0]).toMatchObject({ actual: 0.8, reason: "below" });
  });

  test("an empty month in the window makes the criterion missing", () => {
    const t = one({ months: [0.96, null, 0.96, 0.96, 0.96, 0.96] }).targets[0]!;
    expect(t.unmet).toEqual([{ field: "csat", op: ">=", required: 0.9, actual: null, reason: "missing", window: { months: 6, agg: "avg" } }]);
    expect(formatGaps(t.unmet, "zh-CN")).toBe("客户满意度近6月平均 缺少数据（需 ≥ 90%）");
  });

  test("an unreadable month cell is a row error naming the cell", () => {
    const r = one({ months: [0.96, 0.96, "优秀", 0.96, 0.96, 0.96] });
    expect(r.status).toBe("error");
    expect(r.errors).toEqual([{ cell: "客服部!O2", code: "unreadable", message: expect.stringContaining("客户满意度(2026/08)") }]);
  });

  test("the window is the N months up to the latest month column not after the review month; later and older ones are not read", () => {
    const headers = [...HEADERS, "客户满意度 2026-05", "客户满意度 2026-12"];
    const r = reviewRoster({ sheet: "S", rows: [headers, [...row("E1", {}), "坏", "坏"]] }, POLICY, { asOf: "2026-11-23" });
    expect(r.rows[0]!.status).toBe("eligible");
    // Reviewed on 2026-10-31: 2026-11 and 2026-12 are after the review month; the window is 2026-05 .. 2026-10.
    const oct = reviewRoster({ sheet: "S", rows: [headers, [...row("E1", {}), 0.96, "坏"]] }, POLICY, { asOf: "2026-10-31" });
    expect(oct.warnings).toBeUndefined();
    expect(oct.rows[0]!.errors).toEqual([]);
  });

  test("a month header without a year is the latest such month not after the review month", () => {
    expect(review([["E1", {}]], "2027-02-01").warnings).toBeUndefined(); // 10月 = 2026-10
    // Reviewed in 2026-09, 10月 is 2025-10 and 2026-11 is after the review month: five months.
    const sept = review([["E1", {}]], "2026-09-30");
    expect(sept.warnings![0]!.found).toEqual(["2025-10", "2026-06", "2026-07", "2026-08", "2026-09"]);
  });

  test("fewer month columns than the window needs: a review-level warning naming the field and the months; the criterion is missing", () => {
    const headers = HEADERS.slice(0, 12 + 4); // 2026-06 .. 2026-09 only
    const rows = [headers, row("E1", {}).slice(0, 16)];
    const r = reviewRoster({ sheet: "S", rows }, POLICY, { asOf: "2026-11-23" });
    expect(r.warnings).toHaveLength(2); // the average (standard) and the minimum (破格)
    expect(r.warnings![0]).toMatchObject({ code: "window_months", field: "csat", window: { months: 6, agg: "avg" }, found: ["2026-06", "2026-07", "2026-08", "2026-09"], missing: ["2026-04", "2026-05"] });
    expect(r.warnings![0]!.message).toContain("只找到 4 个（2026-06、2026-07、2026-08、2026-09）");
    expect(r.rows[0]!.targets[0]!.unmet).toMatchObject([{ field: "csat", reason: "missing", window: { agg: "avg" } }]);
    const en = reviewRoster({ sheet: "S", rows }, POLICY, { asOf: "2026-11-23", locale: "en-US" });
    expect(en.warnings![0]!.message).toContain('"CSAT 6-month average" needs monthly "CSAT" columns for the last 6 months; the roster has 4 (2026-06, 2026-07, 2026-08, 2026-09)');
  });

  test("a month missing inside the window is not replaced by an older month: the window is incomplete", () => {
    // 2026-08 has no column (its place holds 2026-05): the six months up to 2026-11 are 06..11.
    const headers = [...HEADERS.slice(0, 12), "客户满意度 2026-06", "2026年7月客户满意度", "客户满意度(2026/05)", "客户满意度_202609", "10月客户满意度", "满意度 2026-11"];
    const r = reviewRoster({ sheet: "S", rows: [headers, row("E1", {})] }, POLICY, { asOf: "2026-11-23" });
    expect(r.warnings![0]).toMatchObject({ code: "window_months", field: "csat", found: ["2026-05", "2026-06", "2026-07", "2026-09", "2026-10", "2026-11"], missing: ["2026-08"] });
    expect(r.warnings![0]!.message).toContain("缺少 2026-08");
    expect(r.rows[0]!.targets[0]!.unmet).toMatchObject([{ field: "csat", reason: "missing", window: { agg: "avg" } }]);
    const en = reviewRoster({ sheet: "S", rows: [headers, row("E1", {})] }, POLICY, { asOf: "2026-11-23", locale: "en-US" });
    expect(en.warnings![0]!.message).toContain("the roster has 6 (2026-05, 2026-06, 2026-07, 2026-09, 2026-10, 2026-11), missing 2026-08");
  });

  test("the window ends at the latest month column: data a few months behind the review is used", () => {
    // Columns 2026-04 .. 2026-09, reviewed in November: the window is 04..09.
    const months = ["客户满意度 2026-04", "客户满意度 2026-05", "客户满意度 2026-06", "客户满意度 2026-07", "客户满意度 2026-08", "客户满意度 2026-09"];
    const headers = [...HEADERS.slice(0, 12), ...months];
    const r = reviewRoster({ sheet: "S", rows: [headers, row("E1", { months: [0.5, 0.96, 0.96, 0.96, 0.96, 0.96] })] }, POLICY, { asOf: "2026-11-23" });
    expect(r.warnings).toBeUndefined();
    const unmet = r.rows[0]!.targets[0]!.unmet;
    expect(unmet).toMatchObject([{ field: "csat", reason: "below", window: { agg: "avg" } }]);
    expect(unmet[0]!.actual).toBeCloseTo(0.883333333, 9);
  });

  test("minimum and count of months at or above a floor", () => {
    const policy: Policy = {
      ...POLICY,
      blockers: [],
      steps: [
        {
          ...POLICY.steps[0]!,
          paths: [
            {
              id: "standard",
              label: "标准",
              criteria: [
                { field: "csat", op: ">=", value: 0.9, window: { months: 6, agg: "min" } },
                { field: "csat", op: ">=", value: 4, window: { months: 6, agg: "count_at_least", floor: 0.95 } },
              ],
            },
          ],
        },
        ...POLICY.steps.slice(1),
      ],
    };
    expect(validatePolicy(policy)).toEqual([]);
    const r = review(
      [
        ["E1", { months: [0.95, 0.95, 0.95, 0.89, 0.949, 0.96] }], // min 0.89; 4 months >= 95%
        ["E2", { months: [0.95, "95%", 0.94, 0.96, 0.91, 0.92] }], // min 0.91; 3 months >= 95%
      ],
      "2026-11-23",
      HEADERS,
      policy,
    ).rows;
    expect(r[0]!.targets[0]!.unmet).toEqual([{ field: "csat", op: ">=", required: 0.9, actual: 0.89, reason: "below", window: { months: 6, agg: "min" } }]);
    const count = r[1]!.targets[0]!.unmet;
    expect(count).toEqual([{ field: "csat", op: ">=", required: 4, actual: 3, reason: "below", window: { months: 6, agg: "count_at_least", floor: 0.95 } }]);
    expect(formatGaps(count, "zh-CN")).toBe("客户满意度近6月达标月数(≥95%) 3 < 4");
    expect(formatGaps(count, "en-US")).toBe("CSAT months ≥ 95% of last 6 3 < 4");
  });
});

describe("windows elsewhere", () => {
  test("a bonus tier may judge a window: the aggregate, not the single column", () => {
    const policy: Policy = {
      ...POLICY,
      bonus: { tiers: [{ name: "A档", criteria: [{ field: "csat", op: ">=", value: 0.95, window: { months: 6, agg: "avg" } }], amount: 300 }] },
    };
    expect(validatePolicy(policy)).toEqual([]);
    // 客户满意度 (single column) 0.96 in both rows; the monthly average is 0.96 and 0.9.
    const rows = review([["E1", {}], ["E2", { months: [0.9, 0.9, 0.9, 0.9, 0.9, 0.9] }]], "2026-11-23", HEADERS, policy).rows;
    expect(rows.map((r) => r.bonus?.amount)).toEqual([300, 0]);
  });
});
