/**
 * `promo pipeline`, `promo succession`, `promo plan` and the talent sheets of `promo review` on a
 * hand-checked roster: examples/ecom-cs-talent.csv, ecom-cs template, as of
 * 2026-11-23. ecom-cs: 初级→中级 任现职 >= 0.5, 综合得分 >= 75; 中级→高级 >= 1 年, >= 80, 满意度 >= 95%;
 * 高级→客服主管 >= 1 年, >= 85, 管理能力 >= 75; 客服主管→客服经理 >= 2 年, >= 90, 管理能力 >= 85;
 * 综合得分 = 0.3 技能 + 0.5 绩效 + 0.2 综合素质. Key positions: 客服主管, 客服经理.
 *
 * By hand:
 * - C01 初级 10 months, score 80: 现在可晋升. C02 初级 since 2026-11-23: ready 2027-05-23, 1 年内
 *   (forecast month 6: 2027-04-23 < d <= 2027-05-23). C03 score 70: 需发展, 综合得分 12 weeks -> 2027-02-15.
 * - C04 中级 since 2025-11-23: exactly one year on the review date, 现在可晋升.
 * - C05 (score 90, 绩效+技能 180, 绩效 90) and C11 (score 87, 180, 绩效 85) 高级 in A组: 现在可晋升 for 客服主管,
 *   C05 first (tie on 180, higher 绩效). C08 高级 B组 since 2026-05-23: 1 年内 (2027-05-23). C10 管理能力 70:
 *   需发展, 管理能力 4 weeks -> 2026-12-21.
 * - C06 客服主管 A组, two years exactly, score 88 < 90: 需发展 (2027-02-15). C07 客服主管 B组 since
 *   2025-11-24: ready 2027-11-24, one day past EDATE(2026-11-23, 12): 1-2 年. C09 客服经理: 已最高.
 * - 客服主管 A组: C06 held, C05 and C11 ready (bench 2.00). B组: C07 held, none ready (单点风险), C08 within a year.
 *   客服经理 A组: C09 held, no one ready (单点风险). B组: no incumbent (无在岗).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ensureCliBuilt, promo, ROOT } from "./run-cli";

beforeAll(ensureCliBuilt, 120_000);

const SAMPLE = path.join(ROOT, "examples/ecom-cs-talent.csv");
const ARGS = ["--policy", "ecom-cs", "--as-of", "2026-11-23"];

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "promo-talent-"));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface PipelineJson {
  readiness: Array<{ id: string; band: string; targets: Array<{ level: string; readyDate: string | null }> }>;
  forecast: { months: Array<{ until: string }>; levels: Array<{ level: string; readyNow: number; months: number[]; total: number }> };
}

describe("promo pipeline", () => {
  it("gives the hand-checked bands and monthly counts", async () => {
    const r = await promo(["pipeline", SAMPLE, ...ARGS, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as PipelineJson;
    expect(Object.fromEntries(json.readiness.map((x) => [x.id, x.band]))).toEqual({
      C01: "ready_now",
      C02: "within_1y",
      C03: "develop",
      C04: "ready_now",
      C05: "ready_now",
      C06: "develop",
      C07: "within_2y",
      C08: "within_1y",
      C09: "top",
      C10: "develop",
      C11: "ready_now",
    });
    expect(json.readiness.find((x) => x.id === "C07")!.targets[0]!.readyDate).toBe("2027-11-24");
    const level = (name: string) => json.forecast.levels.find((l) => l.level === name)!;
    expect(json.forecast.months[5]!.until).toBe("2027-05-23");
    expect([level("中级客服").readyNow, level("中级客服").months[5], level("中级客服").total]).toEqual([1, 1, 1]);
    expect([level("客服主管").readyNow, level("客服主管").months[5], level("客服主管").total]).toEqual([2, 1, 1]);
    expect([level("客服经理").readyNow, level("客服经理").total]).toEqual([0, 0]); // C07 is one day past 12 months
  });

  it("prints the counts and the forecast in Chinese, English with --lang en, and takes --months", async () => {
    const zh = await promo(["pipeline", SAMPLE, ...ARGS, "--months", "18"]);
    expect(zh.stdout.split("\n")[0]).toMatch(/^准备度（ecom-cs@1\.0#[0-9a-f]{8}，评审日期 2026-11-23）：现在可晋升 4，1 年内 2，1-2 年 1，2 年以上 0，需发展 3，已最高 1，数据错误 0$/);
    expect(zh.stdout).toMatch(/未来 18 个月/);
    expect(zh.stdout).toMatch(/客服经理(\s+0){13}\s+1\s+0\s+0\s+0\s+0\s+0\s+1\n/); // C07 in month 13 (to 2027-12-23)
    const en = await promo(["pipeline", SAMPLE, ...ARGS, "--lang", "en"]);
    expect(en.stdout).toMatch(/^Readiness \(ecom-cs@1\.0#[0-9a-f]{8}, as of 2026-11-23\): Ready now 4, Within 1 year 2, 1-2 years 1/);
  });

  it("refuses a bad --months with one line and exit 2", async () => {
    const r = await promo(["pipeline", SAMPLE, ...ARGS, "--months", "0"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/--months/);
  });
});

describe("promo succession", () => {
  it("lists incumbents, ranked successors, bench strength and single points of failure", async () => {
    const r = await promo(["succession", SAMPLE, ...ARGS, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      keyLevels: string[];
      singlePoints: number;
      entries: Array<{ level: string; group: string; incumbents: Array<{ id: string }>; readyNow: Array<{ id: string }>; within1y: Array<{ id: string }>; bench: number | null; risk: string | null }>;
    };
    expect(json.keyLevels).toEqual(["客服主管", "客服经理"]);
    expect(json.entries.map((e) => [e.level, e.group, e.incumbents.map((i) => i.id), e.readyNow.map((s) => s.id), e.within1y.map((s) => s.id), e.bench, e.risk])).toEqual([
      ["客服主管", "A组", ["C06"], ["C05", "C11"], [], 2, null],
      ["客服主管", "B组", ["C07"], [], ["C08"], 0, "single_point"],
      ["客服经理", "A组", ["C09"], [], [], 0, "single_point"],
      ["客服经理", "B组", [], [], [], null, "vacant"],
    ]);
    expect(json.singlePoints).toBe(2);
  });

  it("says how to mark key positions when the policy has none (淘宝客服)", async () => {
    const r = await promo(["succession", SAMPLE, "--policy", "taobao-cs", "--as-of", "2026-11-23"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/关键岗位 无；0 个岗位组/);
    expect(r.stdout).toMatch(/在「职级」表的「关键岗位」列给关键岗位填 是/);
  });

  it("groups by another column with --by and names a missing one", async () => {
    const r = await promo(["succession", SAMPLE, ...ARGS, "--by", "职级"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/按「职级」/);
    const bad = await promo(["succession", SAMPLE, ...ARGS, "--by", "门店"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--by「门店」：花名册中没有「门店」列/);
  });
});

describe("promo plan", () => {
  it("plans each unmet criterion with its action and projected date", async () => {
    const r = await promo(["plan", SAMPLE, ...ARGS, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { plans: Array<{ id: string; targets: Array<{ steps: Array<{ action: string; done: string }>; waitUntil: string | null; projected: string | null }> }> };
    const got = Object.fromEntries(json.plans.map((p) => [p.id, [p.targets[0]!.steps.map((s) => `${s.action}@${s.done}`), p.targets[0]!.waitUntil, p.targets[0]!.projected]]));
    expect(got).toEqual({
      C02: [[], "2027-05-23", "2027-05-23"],
      C03: [["综合得分提升：按得分构成逐项改进@2027-02-15"], null, "2027-02-15"],
      C06: [["综合得分提升：按得分构成逐项改进@2027-02-15"], null, "2027-02-15"],
      C07: [[], "2027-11-24", "2027-11-24"],
      C08: [[], "2027-05-23", "2027-05-23"],
      C10: [["团队文化建设与激励（第七周）@2026-12-21"], null, "2026-12-21"],
    });
  });

  it("says it in a sentence", async () => {
    const r = await promo(["plan", SAMPLE, ...ARGS]);
    expect(r.stdout).toMatch(/完成「团队文化建设与激励（第七周）」后，预计 2026-12-21 可晋升为客服主管/);
    expect(r.stdout).toMatch(/满足任现职条件后，预计 2027-05-23 可晋升为中级客服/);
  });
});

describe("promo review: talent sheets", () => {
  it("adds 继任梯队 and 发展计划 and the forecast on 晋升汇总; the roster is unchanged", async () => {
    const before = fs.readFileSync(SAMPLE);
    const out = path.join(tmp, "out.xlsx");
    const r = await promo(["review", SAMPLE, ...ARGS, "--out", out]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(SAMPLE).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name).slice(-5)).toEqual(["晋升评审", "人才库", "晋升汇总", "继任梯队", "发展计划"]);
    const texts = (name: string): string[] => {
      const lines: string[] = [];
      wb.getWorksheet(name)!.eachRow((row) => lines.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ""))).join("|")));
      return lines;
    };
    expect(texts("晋升汇总")).toContain("客服主管|2|0|0|0|0|0|1|0|0|0|0|0|0|1");
    expect(texts("继任梯队")).toContain("客服主管|B组|1|陈七||1. 陈八（C08，2027-05-23）|0.00|单点风险：无现在可接任者");
    const plan = texts("发展计划");
    expect(plan).toContain("1|管理能力 70 < 75|团队文化建设与激励（第七周）|培训部|4|2026-11-23|2026-12-21");
    expect(plan).toContain("完成「团队文化建设与激励（第七周）」后，预计 2026-12-21 可晋升为客服主管");
    expect(plan.filter((l) => /^陈.（C\d+）/.test(l))).toHaveLength(6);
  });
});
