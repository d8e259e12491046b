/**
 * The summary sheet's decision-support sections as pure tables (src/report/insights.ts,
 * insight-blocks.ts, diff-text.ts), pinned on the sample rosters as of 2026-11-23 (the numbers
 * `promo fairness`, `promo ninebox` and `promo near-miss` print, README "Decision support") and
 * on the hand-checked 用户运营 roster of test/core/insight/rosters.ts.
 */
import * as path from "node:path";
import { compilePolicy, diffReviews, getTemplate, reviewRoster, type Policy, type Review, type RosterInput } from "../../src/core";
import { loadRoster } from "../../src/cli/load-roster";
import {
  boxText,
  changeReason,
  diffSummaryText,
  fairnessTable,
  groupingColumns,
  insightBlocks,
  layoutSheet,
  MAX_BOX_NAMES,
  nearMissTable,
  nineBoxGrid,
  summaryInsights,
  summarySheet,
  type ReportBlock,
  type SummaryInsights,
} from "../../src/report";
import { AS_OF, UO_ROSTER } from "../core/insight/rosters";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");

async function sample(file: string, templateId: string): Promise<{ input: RosterInput; review: Review; insights: SummaryInsights; policy: Policy }> {
  const { input } = await loadRoster(path.join(EXAMPLES, file));
  const policy = getTemplate(templateId)!;
  const review = reviewRoster(input, policy, { asOf: AS_OF, locale: "zh-CN" });
  return { input, review, policy, insights: summaryInsights(review, input, compilePolicy(policy)) };
}

function lines(blocks: readonly ReportBlock[]): string[] {
  return blocks.flatMap((b) => (b.kind === "line" ? [String(b.cells[0])] : []));
}

describe("taobao-cs.xlsx (淘宝客服, 80 rows)", () => {
  let s: Awaited<ReturnType<typeof sample>>;
  beforeAll(async () => {
    s = await sample("taobao-cs.xlsx", "taobao-cs");
  });

  test("fairness of 部门 only (no 门店, 性别, 年龄段), with promo fairness's numbers", () => {
    expect(s.insights.fairness.map((r) => r.column)).toEqual(["部门"]);
    const t = fairnessTable(s.insights.fairness[0]!, "zh-CN");
    expect(t.columns.map((c) => c.header)).toEqual(["部门", "参评", "可晋升", "选拔率", "比率", "五分之四规则", "人数提示", "未计入"]);
    expect(t.rows.map((r) => [r[0], r[1], r[2], Math.round((r[3] as number) * 1000) / 10, Math.round((r[4] as number) * 100) / 100, r[5], r[6], r[7]])).toEqual([
      ["售前组", 21, 5, 23.8, 0.54, "低于 0.8", "", 2],
      ["售后组", 17, 7, 41.2, 0.93, "", "", 4],
      ["天猫旗舰店客服组", 11, 1, 9.1, 0.2, "低于 0.8", "", 4],
      ["京东自营店客服组", 9, 4, 44.4, 1, "基准", "", 1],
      ["VIP客服组", 8, 2, 25, 0.56, "低于 0.8", "", 3],
    ]);
    expect(t.cellStyles![5]).toEqual(["status:error", "plain", "status:error", "plain", "status:error"]);
    expect(t.colourRules).toEqual({ column: 5, rules: [{ text: "低于 0.8", style: "status:error" }] });
    expect(t.columns[3]!.format).toBe("percent");
  });

  test("28 near misses, 肖建军 first, as promo near-miss lists them", () => {
    expect(s.insights.nearMisses).toHaveLength(28);
    const t = nearMissTable(s.insights.nearMisses, "zh-CN");
    expect(t.rows[0]).toEqual(["肖建军", "客户满意度 88.5% < 90%", "差 1.5 个百分点", null, "初级客服", "中级客服", "VIP客服组", "KF1088"]);
    const waiting = t.rows.find((r) => r[7] === "KF1074")!;
    expect(waiting.slice(1, 4)).toEqual(["任现职 0.83年 < 1年", "差 2 个月", "2027-01-06"]);
    expect(t.columns[3]!.format).toBe("date");
    expect(t.filter).toBe(true);
  });

  test("no 发展潜力 column: the 9-box is a one-line note, not a grid", () => {
    expect(s.insights.nineBox!.potentialColumn).toBeNull();
    const blocks = insightBlocks(s.insights, "zh-CN");
    expect(blocks.some((b) => b.kind === "grid")).toBe(false);
    expect(lines(blocks)).toContain("九宫格：名单中没有「发展潜力」列（0-100 分），未生成");
    expect(lines(insightBlocks(s.insights, "en-US"))).toContain("9-box: the roster has no potential (发展潜力) column, scored 0-100; not drawn");
  });

  test("the summary sheet: the old sections unchanged, then near misses, 9-box, fairness", () => {
    const plain = summarySheet(s.review, "zh-CN");
    const full = summarySheet(s.review, "zh-CN", s.insights);
    // The facts gain the columns not used (no field is missing in this roster), the rest is unchanged.
    expect(full.blocks.slice(2, plain.blocks.length)).toEqual(plain.blocks.slice(2));
    const facts = (sheet: typeof full): ReadonlyArray<readonly [string, string | number]> => {
      const b = sheet.blocks[1]!;
      return b.kind === "facts" ? b.rows : [];
    };
    expect(facts(full).slice(0, facts(plain).length)).toEqual(facts(plain));
    expect(facts(full)[facts(plain).length]).toEqual(["未使用的列", "序号（A）、备注（Q）"]);
    // The same widths with or without insights (a streamed summary has none): room for the 9-box in B-D.
    expect(full.widths).toEqual(plain.widths);
    expect(full.widths.slice(1, 4).every((w) => w >= 24)).toBe(true);
    const tables = full.blocks.flatMap((b) => (b.kind === "table" ? [b.table.name] : []));
    // Then issue #21's calibration by 部门 on 绩效 (taobao-cs sets no pay: no cost block), then issue #20's readiness and forecast.
    expect(tables).toEqual(["PromoStatus", "PromoByLevel", "PromoByDept", "PromoNearMiss", "PromoFairness", "PromoCalibration", "PromoReadiness", "PromoForecast"]);
    // Layout: every block below the previous one, the near-miss table 1 + 28 rows high.
    const placed = layoutSheet(full);
    const nm = placed.find((p) => p.block.kind === "table" && p.block.table.name === "PromoNearMiss")!;
    expect(nm.height).toBe(29);
    for (let i = 1; i < placed.length; i++) expect(placed[i]!.row).toBe(placed[i - 1]!.row + placed[i - 1]!.height);
    expect(full.chart).toEqual(plain.chart);
  });

  test("what-if in words: 客户满意度 0.9 -> 0.88 makes 肖建军 eligible", () => {
    const edited: Policy = JSON.parse(JSON.stringify(s.policy)) as Policy;
    const c = edited.steps[0]!.paths[0]!.criteria.find((x) => x.field === "csat")! as { value: unknown };
    c.value = 0.88;
    const d = diffReviews(s.review, reviewRoster(s.input, { ...edited, version: "1.1" }, { asOf: AS_OF, locale: "zh-CN" }));
    expect(d.changes.map((x) => x.id)).toEqual(["KF1088"]);
    expect(changeReason(d.changes[0]!, "zh-CN")).toBe("A：客户满意度 88.5% < 90% → B 满足");
    expect(changeReason(d.changes[0]!, "en-US")).toMatch(/^A: .+ 88\.5% < 90% → met under B$/);
    expect(diffSummaryText(d, "zh-CN")).toMatch(/^1 人新可晋升，0 人不再可晋升，0 人其他状态变化，79 人不变（A taobao-cs@1\.0#[0-9a-f]{8} → B taobao-cs@1\.1#[0-9a-f]{8}）$/);
  });
});

describe("user-ops.xlsx (用户运营, 30 rows)", () => {
  let s: Awaited<ReturnType<typeof sample>>;
  beforeAll(async () => {
    s = await sample("user-ops.xlsx", "user-ops");
  });

  test("the 9-box grid: potential high to low, performance low to high, names truncated", () => {
    const g = nineBoxGrid(s.insights.nineBox!, "zh-CN");
    expect(g.header).toEqual(["潜力 \\ 绩效", "绩效 低（< 70）", "绩效 中（70–85）", "绩效 高（≥ 85）"]);
    expect(g.rows.map((r) => r.label)).toEqual(["潜力 高（≥ 85）", "潜力 中（70–85）", "潜力 低（< 70）"]);
    expect(g.rows.map((r) => r.cells.map((c) => c.split("\n")[0]))).toEqual([
      ["待琢之玉 0", "潜力之星 3", "明星 8"],
      ["待提升 0", "中坚力量 5", "绩效之星 4"],
      ["待改进 0", "稳定贡献者 0", "专业骨干 0"],
    ]);
    expect(g.rows[0]!.cells[1]).toBe("潜力之星 3\n方博、石晨、邓佳慧");
    expect(g.rows[0]!.cells[2]).toBe("明星 8\n方文涛、李紫涵、吴佳琪、倪雅琴、郭诗琪、俞泽宇 等 8 人");
    expect(g.rows.map((r) => r.styles)).toEqual([
      ["box:mid", "box:high", "box:high"],
      ["box:low", "box:mid", "box:high"],
      ["box:low", "box:low", "box:mid"],
    ]);
    expect(nineBoxGrid(s.insights.nineBox!, "en-US").rows[0]!.cells[2]).toBe("Star 8\n方文涛, 李紫涵, 吴佳琪, 倪雅琴, 郭诗琪, 俞泽宇 +2 more");
    expect(MAX_BOX_NAMES).toBe(6);
  });

  test("fairness of 部门: small groups and the reference as promo fairness prints them", () => {
    const t = fairnessTable(s.insights.fairness[0]!, "en-US");
    expect(t.columns[0]!.header).toBe("部门");
    expect(t.rows.map((r) => [r[0], r[1], r[2], r[5], r[6]])).toEqual([
      ["会员运营组", 11, 3, "below 0.8", ""],
      ["社群运营组", 2, 0, "below 0.8", "fewer than 5"],
      ["私域运营组", 5, 2, "reference", ""],
      ["用户增长组", 4, 3, "", "fewer than 5"],
    ]);
    expect(s.insights.nearMisses.map((m) => m.id).slice(0, 3)).toEqual(["UO0529", "UO0521", "UO0533"]);
    expect(groupingColumns(s.review).slice(0, 2)).toEqual(["部门", "工号"]);
  });

  test("the 9-box heading names the cut points and the placed count", () => {
    expect(lines(insightBlocks(s.insights, "zh-CN"))).toContain("九宫格：绩效 低 < 70 ≤ 中 < 85 ≤ 高；发展潜力 低 < 70 ≤ 中 < 85 ≤ 高。已放入 20 人，未放入 10 人（数据错误或缺少绩效/潜力）");
  });
});

describe("hand-checked 用户运营 roster", () => {
  test("the policy's nineBox setting moves the cut points (absent: 70 / 85)", () => {
    const policy = getTemplate("user-ops")!;
    const review = reviewRoster(UO_ROSTER, policy, { asOf: AS_OF });
    const byDefault = summaryInsights(review, UO_ROSTER, compilePolicy(policy)).nineBox!;
    expect(byDefault.boxes.find((b) => b.name.zh === "明星")!.people.map((p) => p.id)).toEqual(["N1", "N8"]);
    const moved = summaryInsights(review, UO_ROSTER, compilePolicy({ ...policy, nineBox: { perf: [60, 80], potential: [60, 80] } })).nineBox!;
    expect(moved.thresholds).toEqual({ perf: [60, 80], potential: [60, 80] });
    expect(moved.boxes.find((b) => b.name.zh === "明星")!.people.map((p) => p.id)).toEqual(["N1", "N2", "N8"]);
    // Unusable cut points: no grid, a note instead.
    const bad = summaryInsights(review, UO_ROSTER, compilePolicy({ ...policy, nineBox: { perf: [85, 70], potential: [60, 80] } }));
    expect(bad.nineBox).toBeNull();
    expect(lines(insightBlocks(bad, "zh-CN"))).toContain("九宫格：方案中的九宫格分界不可用，未生成");
  });

  test("a box with more people than fit names them up to the limit", () => {
    const box = { perf: "high" as const, potential: "high" as const, name: { zh: "明星", en: "Star" }, people: Array.from({ length: 9 }, (_, i) => ({ row: i, id: `X${i}`, name: i === 0 ? "" : `员工${i}`, dept: "", level: "", perf: 90, potential: 90 })) };
    expect(boxText(box, "zh-CN")).toBe("明星 9\nX0、员工1、员工2、员工3、员工4、员工5 等 9 人");
    expect(boxText({ ...box, people: [] }, "en-US")).toBe("Star 0");
  });
});
