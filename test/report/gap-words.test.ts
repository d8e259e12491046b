import { gapWords } from "../../src/report";
import type { NearMissGap } from "../../src/core";

const gap = (unmet: NearMissGap["unmet"], g: Partial<NearMissGap> = {}): NearMissGap => ({ unmet, unit: "none", gap: null, withinMargin: false, ...g });

describe("差距 is always in words, never a bare field name", () => {
  test.each([
    [gap({ field: "csat", op: ">=", required: 0.9, actual: 0.885, reason: "below" }, { unit: "percent_points", gap: 1.5 }), "差 1.5 个百分点", "short by 1.5 pp"],
    [gap({ field: "low_quality", op: "<=", required: 2, actual: 3, reason: "below" }), "超出 1", "over by 1"],
    [gap({ field: "discipline_date", op: "not_within", required: 12, actual: "2026-06-01", reason: "below", blocker: true }), "否决未解除", "still blocked"],
    [gap({ field: "certificate", op: "=", required: true, actual: false, reason: "below" }), "需为「是」", "must be yes"],
    [gap({ field: "skill", op: ">=", required: 80, actual: null, reason: "missing" }), "缺少数据", "missing data"],
  ])("%#", (g, zh, en) => {
    expect(gapWords(g, "zh-CN")).toBe(zh);
    expect(gapWords(g, "en-US")).toBe(en);
  });
});
