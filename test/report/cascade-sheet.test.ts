/**
 * The vacancy cascade as report blocks (src/report/cascade-sheet.ts) on the 空缺候选 sheet, pinned
 * on examples/store-ops.xlsx, 四级店长, 1 place, as of 2026-11-23: the six steps
 * `promo vacancy --cascade` prints (README "Vacancy cascade"), 陶帆 → 丁梓涵 → 段静怡 → 蔡嘉豪 →
 * 欧阳海涛 → nobody, each freed level with its own ranked table.
 */
import * as path from "node:path";
import { cascade, compilePolicy, getTemplate, reviewRoster, shortlist, type CascadeStep, type Review } from "../../src/core";
import { loadRoster } from "../../src/cli/load-roster";
import {
  cascadeBlocks,
  cascadeChain,
  cascadeStepText,
  layoutSheet,
  rankReasons,
  shortlistSheet,
  type ReportBlock,
  type ReportTable,
} from "../../src/report";

const ROSTER = path.join(__dirname, "..", "..", "examples", "store-ops.xlsx");
const AS_OF = "2026-11-23";

let review: Review;
let steps: CascadeStep[];

beforeAll(async () => {
  const { input } = await loadRoster(ROSTER);
  const policy = getTemplate("store-ops")!;
  review = reviewRoster(input, policy, { asOf: AS_OF, locale: "zh-CN" });
  steps = cascade(review, compilePolicy(policy), "四级店长", 1);
});

function lines(blocks: readonly ReportBlock[]): string[] {
  return blocks.flatMap((b) => (b.kind === "line" ? [String(b.cells[0])] : []));
}

function tables(blocks: readonly ReportBlock[]): ReportTable[] {
  return blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
}

describe("store-ops.xlsx, 四级店长 x 1", () => {
  test("the step lines are what promo vacancy --cascade prints", () => {
    expect(steps.map((s) => cascadeStepText(s, "zh-CN"))).toEqual([
      "1. 四级店长 1 个：候选 2 人，入选 230134 陶帆",
      "2. 储备店长 1 个（230134 升任后空出）：候选 2 人，入选 230124 丁梓涵",
      "3. 领班 1 个（230124 升任后空出）：候选 2 人，入选 230141 段静怡",
      "4. 储备领班 1 个（230141 升任后空出）：候选 2 人，入选 230144 蔡嘉豪",
      "5. 培养对象 1 个（230144 升任后空出）：候选 4 人，入选 230159 欧阳海涛",
      "6. 普通员工 1 个（230159 升任后空出）：候选 0 人，入选 无；1 个无内部候选",
    ]);
    expect(cascadeStepText(steps[5]!, "en-US")).toBe("6. 普通员工: 1 place (left by 230159): 0 candidates, appointed nobody; 1 with no internal candidate");
    expect(cascadeChain(steps, "zh-CN")).toBe("陶帆 → 丁梓涵 → 段静怡 → 蔡嘉豪 → 欧阳海涛 → 无内部候选");
    expect(cascadeChain(steps, "en-US")).toBe("陶帆 → 丁梓涵 → 段静怡 → 蔡嘉豪 → 欧阳海涛 → no internal candidate");
  });

  test("blocks: summary, heading, a line per step and a ranked table per freed level with candidates", () => {
    const blocks = cascadeBlocks(steps, "zh-CN");
    expect(lines(blocks).slice(0, 2)).toEqual(["连锁空缺 6 步：陶帆 → 丁梓涵 → 段静怡 → 蔡嘉豪 → 欧阳海涛 → 无内部候选", "连锁空缺（入选者任命后，其原职级空出的位置及其候选）："]);
    expect(lines(blocks).slice(2)).toEqual(steps.map((s) => cascadeStepText(s, "zh-CN")));
    const t = tables(blocks);
    // Step 1's candidates are the shortlist above; step 6 has none.
    expect(t.map((x) => x.name)).toEqual(["PromoCascade2", "PromoCascade3", "PromoCascade4", "PromoCascade5"]);
    expect(t.map((x) => x.rows.length)).toEqual([2, 2, 2, 4]);
    expect(t.map((x) => x.rows.filter((r) => r[1] === "是").map((r) => r[3]))).toEqual([["丁梓涵"], ["段静怡"], ["蔡嘉豪"], ["欧阳海涛"]]);
    expect(t.map((x) => x.rows[0]![2])).toEqual(["230124", "230141", "230144", "230159"]);
    t.forEach((x, i) => {
      const step = steps[i + 1]!;
      expect(x.rows.map((r) => r[10])).toEqual(rankReasons(step.candidates, "zh-CN"));
      expect(x.cellStyles![1]).toEqual(step.candidates.map((c) => (c.shortlisted ? "status:eligible" : "plain")));
    });
  });

  test("空缺候选 with the cascade: the shortlist first, then the cascade, no block overlapping", () => {
    const entries = shortlist(review.rows, "四级店长", 1);
    const plain = shortlistSheet(review, "四级店长", 1, entries, "zh-CN");
    const sheet = shortlistSheet(review, "四级店长", 1, entries, "zh-CN", steps);
    expect(sheet.blocks.slice(0, 2)).toEqual(plain.blocks);
    expect(sheet.blocks.length).toBe(plain.blocks.length + cascadeBlocks(steps, "zh-CN").length);
    expect(tables(sheet.blocks).map((x) => x.name)).toEqual(["PromoShortlist", "PromoCascade2", "PromoCascade3", "PromoCascade4", "PromoCascade5"]);
    expect(tables(sheet.blocks)[0]!.rows.map((r) => [r[2], r[3], r[1]])).toEqual([["230134", "陶帆", "是"], ["230121", "曾秀兰", "否"]]);
    const placed = layoutSheet(sheet);
    for (let i = 1; i < placed.length; i++) expect(placed[i]!.row).toBe(placed[i - 1]!.row + placed[i - 1]!.height);
    // Title (1), shortlist header + 2 rows (2-4), blank (5), summary (6), heading (7), step 1 (8), blank (9), step 2 (10), its table (11-13)...
    expect(placed.map((p) => p.row).slice(0, 10)).toEqual([1, 2, 5, 6, 7, 8, 9, 10, 11, 14]);
    expect(sheet.freezeRows).toBe(2);
    expect(sheet.widths).toHaveLength(11);
  });

  test("English headers and yes/no", () => {
    const t = tables(cascadeBlocks(steps, "en-US"));
    expect(t[0]!.columns.map((c) => c.header)).toEqual(["Rank", "Shortlisted", "ID", "Name", "Department", "Level", "Performance", "Skill", "Perf + skill", "Years in level", "Why this rank"]);
    expect(t[0]!.rows.map((r) => r[1])).toEqual(["Yes", "No"]);
  });

  test("without steps the sheet is the shortlist alone", () => {
    const entries = shortlist(review.rows, "四级店长", 1);
    expect(shortlistSheet(review, "四级店长", 1, entries, "zh-CN", []).blocks).toHaveLength(2);
  });
});
