import { compilePolicy, formatGap, formatUnmet, getTemplate, nearMisses, reviewRoster } from "../../../src/core";
import { nearMissTarget } from "../../../src/report";
import { AS_OF, CS_ROSTER } from "./rosters";

const compiled = compilePolicy(getTemplate("taobao-cs")!);
const review = reviewRoster(CS_ROSTER, compiled, { asOf: AS_OF });

describe("nearMisses", () => {
  it("lists the not-eligible employees with exactly one unmet criterion, closest first", () => {
    const list = nearMisses(review, compiled);
    // distance = shortfall / required: E02 1pp/90pp = 0.011111, E07 2/80 = 0.025, E05 500/2000 = 0.25,
    // E03 3/6 months = 0.5, E10 missing = 1. E04 and E06 miss two criteria; E01, E11 are eligible,
    // E08 an error row, E09 at the top.
    expect(list.map((m) => m.id)).toEqual(["E02", "E07", "E05", "E03", "E10"]);
    expect(list.map((m) => m.distance)).toEqual([0.011111, 0.025, 0.25, 0.5, 1]);
    expect(list.map((m) => m.target)).toEqual(["中级客服", "高级客服", "中级客服", "中级客服", "中级客服"]);
  });

  it("names the one thing each lacks, with its unit, shortfall and ready date", () => {
    const byId = new Map(nearMisses(review, compiled).map((m) => [m.id, m]));
    const gap = (id: string) => byId.get(id)!.gaps[0]!;
    expect(gap("E02")).toMatchObject({ unit: "percent_points", gap: 1, unmet: { field: "csat", required: 0.9, actual: 0.89, reason: "below" } });
    expect(gap("E07")).toMatchObject({ unit: "points", gap: 2, unmet: { field: "skill", required: 80, actual: 78 } });
    expect(gap("E05")).toMatchObject({ unit: "count", gap: 500, unmet: { field: "tickets" } });
    // In level since 2026-08-01: 3 completed months on 2026-11-23; 6 needed -> ready 2027-02-01.
    expect(gap("E03")).toMatchObject({ unit: "months", gap: 3, unmet: { field: "years_in_level", actual: 0.25 } });
    expect(byId.get("E03")!.readyDate).toBe("2027-02-01");
    expect(byId.get("E02")!.readyDate).toBeNull();
    expect(gap("E10")).toMatchObject({ gap: null, unmet: { field: "csat", reason: "missing" } });
    expect(formatUnmet(gap("E02").unmet, "zh-CN")).toBe("客户满意度 89% < 90%");
    expect(formatGap(gap("E02"), "zh-CN")).toBe("差 1 个百分点");
    expect(formatGap(gap("E03"), "en-US")).toBe("short by 3 mo");
    expect(formatGap(gap("E10"), "zh-CN")).toBe("");
  });

  it("adds those whose every unmet criterion is within the margin, after the single misses", () => {
    // E04: 满意度 88% (2 pp short) and score 74 (1 point short): within a margin of 2, not of 1.
    // distance 2/90 + 1/75 = 0.035556. E06 (10 pp and 1000 tickets short) never qualifies.
    expect(nearMisses(review, compiled, { margin: 1 }).map((m) => m.id)).toEqual(["E02", "E07", "E05", "E03", "E10"]);
    const wide = nearMisses(review, compiled, { margin: 2 });
    expect(wide.map((m) => m.id)).toEqual(["E02", "E07", "E05", "E03", "E10", "E04"]);
    const e04 = wide[5]!;
    expect(e04.distance).toBe(0.035556);
    expect(e04.gaps.map((g) => [g.unmet.field, g.unit, g.gap, g.withinMargin])).toEqual([
      ["csat", "percent_points", 2, true],
      ["score", "points", 1, true],
    ]);
    // Per-unit margins: 2 pp alone leaves the score point outside.
    expect(nearMisses(review, compiled, { margin: { percentPoints: 2 } }).map((m) => m.id)).not.toContain("E04");
    expect(nearMisses(review, compiled, { margin: { percentPoints: 2, points: 1 } }).map((m) => m.id)).toContain("E04");
    // A plain-number margin never covers counts: 1000 tickets short stays out even with margin 1000.
    expect(nearMisses(review, compiled, { margin: 1000 }).map((m) => m.id)).not.toContain("E06");
  });
});

describe("nearMisses on every path of a step (the roster given)", () => {
  // ops-general 中级运营 -> 高级运营. 标准: 工作年限 >= 6, 学历 >= 博士, 绩效 >= 85, 管理能力 >= 80;
  // 破格: 工作年限 >= 3, 学历 >= 博士, 绩效 >= 95, 管理能力 >= 80.
  const header = ["工号", "姓名", "部门", "职级", "工作年限", "学历", "绩效", "管理能力"];
  const rows = [
    header,
    ["F01", "一", "活动运营部", "中级运营", 4, "博士", 90, 80], // 标准: 工作年限 only; 破格: 绩效 only -> 标准 kept
    ["F02", "二", "活动运营部", "中级运营", 4, "博士", 96, 70], // 标准: 工作年限 + 管理能力; 破格: 管理能力 only
    ["F03", "三", "活动运营部", "中级运营", 2, "硕士", 90, 70], // 标准: 3 unmet; 破格: 4 -> none
    ["F04", "四", "活动运营部", "中级运营", 4, "博士", 96, 85], // meets 破格 -> 可晋升
  ];
  const ops = compilePolicy(getTemplate("ops-general")!);
  const input = { sheet: "运营部", rows };
  const opsReview = reviewRoster(input, ops, { asOf: AS_OF });

  it("finds a near miss on the fast track that the reported path hides, and keeps the standard path when both miss by one", () => {
    expect(opsReview.rows.map((r) => r.status)).toEqual(["not_eligible", "not_eligible", "not_eligible", "eligible"]);
    expect(nearMisses(opsReview, ops).map((m) => m.id)).toEqual(["F01"]);
    const list = nearMisses(opsReview, ops, { roster: input });
    expect(list.map((m) => [m.id, m.path.id, m.path.label, m.path.standard])).toEqual([
      ["F02", "fast_track", "破格", false],
      ["F01", "standard", "标准", true],
    ]);
    // F02: 管理能力 70 < 80 -> 10 points of 80 (0.125); F01: 工作年限 4 < 6 -> 24 months of 72 (0.333333).
    expect(list[0]!.gaps).toMatchObject([{ unit: "points", gap: 10, unmet: { field: "mgmt", required: 80, actual: 70, reason: "below" } }]);
    expect(list[1]!.gaps).toMatchObject([{ unit: "months", gap: 24, unmet: { field: "experience", required: 6, actual: 4 } }]);
    expect(list.map((m) => m.distance)).toEqual([0.125, 0.333333]);
    expect(nearMissTarget(list[0]!, "zh-CN")).toBe("高级运营（破格）");
    expect(nearMissTarget(list[0]!, "en-US")).toBe("高级运营 (破格)");
    expect(nearMissTarget(list[1]!, "zh-CN")).toBe("高级运营");
  });

  it("a policy with one path per step gives the same list with or without the roster", () => {
    expect(nearMisses(review, compiled, { roster: CS_ROSTER })).toEqual(nearMisses(review, compiled));
  });
});
