/**
 * `promo cost`, `promo calibrate`, `promo history` and the issue #21 blocks of `promo review`, on
 * examples/store-ops-pay.xlsx (as of 2026-11-23) and its previous cycle
 * examples/store-ops-pay-review-2026-05.xlsx. The numbers are checked by hand from the printed
 * tables (现月薪 in column N; pay on the 职级 sheet).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ensureCliBuilt, promo } from "./run-cli";

beforeAll(ensureCliBuilt, 120_000);

const ROSTER = "examples/store-ops-pay.xlsx";
const PREVIOUS = "examples/store-ops-pay-review-2026-05.xlsx";
const AS_OF = ["--as-of", "2026-11-23"];

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "promo-round-"));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface CostJson {
  monthlyTotal: number;
  annualTotal: number;
  candidates: Array<{ rank: number; id: string; target: string; targetPay: number; currentPay: number | null; monthly: number; basis: string }>;
  allowance: { count: number; monthly: number };
  budget: { selected: Array<{ id: string }>; left: Array<{ line: { id: string }; reason: string }>; spent: number; remaining: number };
}

describe("promo cost", () => {
  it("costs the 可晋升 and takes a budget in the ranking's order (--json)", async () => {
    const r = await promo(["cost", ROSTER, ...AS_OF, "--budget", "3000", "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as CostJson;
    // 丁梓涵 领班 -> 储备店长: 5800 - 5100 = 700; 谭晓东 三级 -> 二级店长: 8500 - 7500 = 1000.
    expect(j.candidates.slice(0, 5).map((c) => [c.rank, c.id, c.target, c.targetPay, c.currentPay, c.monthly])).toEqual([
      [1, "230124", "储备店长", 5800, 5100, 700],
      [2, "230159", "培养对象", 4300, 4100, 200],
      [3, "230122", "储备店长", 5800, 5200, 600],
      [4, "230162", "培养对象", 4300, 4100, 200],
      [5, "230110", "二级店长", 8500, 7500, 1000],
    ]);
    // 700 + 200 + 600 + 200 + 1000 + 200 + 800 + 300 + 300 + 400 = 4700 a month; 56400 a year.
    expect([j.monthlyTotal, j.annualTotal]).toEqual([4700, 56400]);
    // Reserves awaiting: 储备领班 x2 (30), 储备店长 x2 (50), 储备区域经理 x1 (100) = 260.
    expect([j.allowance.count, j.allowance.monthly]).toEqual([5, 260]);
    // Budget 3000: 700, 200, 600, 200, 1000, 200 (100 left); 800, 300, 300, 400 do not fit.
    expect(j.budget.selected.map((c) => c.id)).toEqual(["230124", "230159", "230122", "230162", "230110", "230144"]);
    expect(j.budget.left.map((l) => [l.line.id, l.reason])).toEqual([
      ["230115", "over_budget"],
      ["230155", "over_budget"],
      ["230146", "over_budget"],
      ["230145", "over_budget"],
    ]);
    expect([j.budget.spent, j.budget.remaining]).toEqual([2900, 100]);
  });

  it("prints the tables in Chinese, or English with --lang en, naming every input", async () => {
    const zh = await promo(["cost", ROSTER, ...AS_OF, "--budget", "3000"]);
    expect(zh.stdout).toContain("晋升成本：可晋升 10 人，10 人计入；每月 4,700 元，每年 56,400 元");
    expect(zh.stdout).toContain("现月薪取自「现月薪」（N 列）");
    expect(zh.stdout).toContain("预算 3,000 元/月：按排名依次晋升，成本不超过剩余预算者入选；入选 6 人，花费 2,900 元，剩余 100 元；留待下一轮 4 人");
    const en = await promo(["cost", ROSTER, ...AS_OF, "--lang", "en"]);
    expect(en.stdout).toContain("Promotion cost: 10 eligible, 10 costed; 4,700 yuan a month, 56,400 a year");
  });

  it("reports the current-pay column as read, not as unused, when the cost reads it", async () => {
    const used = (stderr: string): string => /读取的列：(.*)/.exec(stderr)?.[1] ?? "";
    const unused = (stderr: string): string => /未使用的列：(.*)/.exec(stderr)?.[1] ?? "";
    // The roster's policy has pay: review (晋升成本 block) and cost both read 现月薪.
    for (const args of [["review", ROSTER, ...AS_OF, "--out", path.join(tmp, "out.xlsx")], ["cost", ROSTER, ...AS_OF]]) {
      const r = await promo(args);
      expect(used(r.stderr)).toContain("现月薪（N）");
      expect(unused(r.stderr)).toBe("备注（M）");
    }
    // A policy without pay: the review computes no cost and leaves 现月薪 unused; promo cost still reads it.
    const plain = await promo(["review", ROSTER, ...AS_OF, "--policy", "store-ops", "--out", path.join(tmp, "plain.xlsx")]);
    expect(unused(plain.stderr)).toBe("备注（M）、现月薪（N）");
    const cost = await promo(["cost", ROSTER, ...AS_OF, "--policy", "store-ops"]);
    expect(unused(cost.stderr)).toBe("备注（M）");
    // --pay-column names another column: that one is read.
    const other = await promo(["cost", ROSTER, ...AS_OF, "--pay-column", "备注"]);
    expect(used(other.stderr)).toContain("备注（M）");
    expect(unused(other.stderr)).toBe("现月薪（N）");
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.readFile(path.join(tmp, "out.xlsx"));
    const facts = (summary.getWorksheet("晋升汇总")!.getColumn(2).values as unknown[]).filter((v): v is string => typeof v === "string");
    expect(facts).toContain("备注（M）");
  });

  it("refuses a bad budget or pay column with one line and exit 2", async () => {
    const bad = await promo(["cost", ROSTER, ...AS_OF, "--budget", "两万"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toContain("--budget「两万」不是金额");
    const col = await promo(["cost", ROSTER, ...AS_OF, "--pay-column", "工资"]);
    expect(col.code).toBe(2);
    expect(col.stderr).toContain("--pay-column「工资」：花名册中没有这一列");
  });
});

describe("promo calibrate", () => {
  it("flags the store whose 绩效 is out of line, with the exact test (--json)", async () => {
    const r = await promo(["calibrate", ROSTER, ...AS_OF, "--by", "门店", "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { threshold: number; tolerance: number; groups: Array<{ group: string; n: number; mean: number; outOfLine: boolean; method: string }>; distribution: { bands: Array<{ label: string; count: number }> } };
    expect([j.threshold, j.tolerance]).toEqual([80, 5]);
    expect(j.groups.filter((g) => g.outOfLine).map((g) => [g.group, g.n, g.method])).toEqual([["宁波海曙店", 3, "exact"]]);
    expect(j.distribution.bands.map((b) => [b.label, b.count])).toEqual([
      ["优秀", 16],
      ["合格", 22],
      ["待改进", 8],
    ]);
  });

  it("names an unknown --by or --field column", async () => {
    const r = await promo(["calibrate", ROSTER, ...AS_OF, "--by", "主管"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--by「主管」：花名册中没有这一列");
  });
});

describe("promo history", () => {
  it("compares with the previous cycle's review workbook", async () => {
    const r = await promo(["history", ROSTER, ...AS_OF, "--previous", PREVIOUS, "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { previousAsOf: string; counts: Record<string, number>; entries: Array<{ id: string; category: string; monthsToPromotion: number | null; unmet: Array<{ field: string; actual: number }> }>; medianMonthsToPromotion: number };
    expect(j.previousAsOf).toBe("2026-05-23");
    expect(j.counts).toEqual({ newly_eligible: 1, overdue: 12, promoted: 2, no_longer_eligible: 3, demoted: 1, still_not_eligible: 28, new: 0 });
    const by = (id: string) => j.entries.find((e) => e.id === id)!;
    // 丁梓涵 储备领班 待空缺 on 2026-05-23, 领班 now: 6 months to promotion.
    expect([by("230124").category, by("230124").monthsToPromotion]).toEqual(["promoted", 6]);
    expect([by("230106").category, by("230106").unmet.map((u) => [u.field, u.actual])]).toEqual(["no_longer_eligible", [["perf", 94]]]);
    expect(by("230112").category).toBe("demoted");
    expect(j.medianMonthsToPromotion).toBe(6);
  });

  it("names a missing or unusable --previous file", async () => {
    const missing = await promo(["history", ROSTER, ...AS_OF, "--previous", "没有.xlsx"]);
    expect([missing.code, missing.stderr.trim()]).toEqual([2, "promo: --previous 没有.xlsx：找不到这个文件：请指定上一轮 promo review 写出的评审工作簿（…-review.xlsx）"]);
    const same = await promo(["history", ROSTER, ...AS_OF, "--previous", ROSTER]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("不能是本轮的花名册");
    const later = await promo(["history", ROSTER, "--as-of", "2026-05-01", "--previous", PREVIOUS]);
    expect(later.code).toBe(2);
    expect(later.stderr).toContain("上一轮的评审日期 2026-05-23 不早于本轮 2026-05-01");
  });
});

describe("promo review with --budget and --previous", () => {
  it("adds 晋升成本, 校准 and 与上轮比较 to 晋升汇总 and leaves the roster alone", async () => {
    const roster = path.join(tmp, "roster.xlsx");
    fs.copyFileSync(ROSTER, roster);
    const before = fs.readFileSync(roster);
    const out = path.join(tmp, "out.xlsx");
    const r = await promo(["review", roster, ...AS_OF, "--budget", "3000", "--previous", PREVIOUS, "--out", out]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(roster).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("晋升汇总")!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    for (const heading of ["晋升成本", "校准", "与上轮比较"]) expect(texts).toContain(heading);
    expect(texts.some((t) => t.startsWith("预算 3,000 元/月"))).toBe(true);
    expect(texts.some((t) => t.startsWith("校准（按「门店」"))).toBe(true);
  });
});

describe("promo review --previous carries the 晋升档案 log forward", () => {
  /** The 晋升档案 rows of a review workbook, counted by 评审日期. */
  async function logDates(file: string): Promise<Record<string, number>> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const counts: Record<string, number> = {};
    wb.getWorksheet("晋升档案")?.eachRow((row, i) => {
      const v = row.getCell(1).value;
      if (i > 2 && v instanceof Date) counts[v.toISOString().slice(0, 10)] = (counts[v.toISOString().slice(0, 10)] ?? 0) + 1;
    });
    return counts;
  }

  it("a chain of three runs keeps every cycle: overdue counts 3 cycles; a re-run of a cycle replaces it", async () => {
    const [c1, c2, c3] = ["c1.xlsx", "c2.xlsx", "c3.xlsx"].map((f) => path.join(tmp, f)) as [string, string, string];
    expect((await promo(["review", ROSTER, "--as-of", "2025-11-23", "--out", c1])).code).toBe(0);
    expect((await promo(["review", ROSTER, "--as-of", "2026-05-23", "--previous", c1, "--out", c2])).code).toBe(0);
    expect(await logDates(c2)).toEqual({ "2025-11-23": 47, "2026-05-23": 48 });
    // The third cycle reads both earlier ones from c2's log: the same roster 可晋升 in all three is overdue for 3 cycles.
    const h = await promo(["history", ROSTER, ...AS_OF, "--previous", c2, "--json"]);
    const report = JSON.parse(h.stdout) as { pastCycles: number; entries: Array<{ category: string; cycles: number; firstEligible: string }> };
    expect(report.pastCycles).toBe(2);
    const overdue = report.entries.filter((e) => e.category === "overdue");
    expect(overdue.length).toBeGreaterThan(0);
    expect(Math.max(...overdue.map((e) => e.cycles))).toBe(3);
    expect(overdue.find((e) => e.cycles === 3)?.firstEligible).toBe("2025-11-23");
    expect((await promo(["review", ROSTER, ...AS_OF, "--previous", c2, "--out", c3])).code).toBe(0);
    expect(await logDates(c3)).toEqual({ "2025-11-23": 47, "2026-05-23": 48, "2026-11-23": 48 });
    // Re-run in place with the same as-of: this cycle's rows replace the ones of that date, never doubled.
    expect((await promo(["review", ROSTER, ...AS_OF, "--previous", c3, "--out", c3])).code).toBe(0);
    expect(await logDates(c3)).toEqual({ "2025-11-23": 47, "2026-05-23": 48, "2026-11-23": 48 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(c3);
    expect(wb.keywords).toContain("|晋升档案");
  });
});
