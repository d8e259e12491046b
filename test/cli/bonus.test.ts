/**
 * Bonus tiers through the CLI: `promo review` on examples/ecom-cs.xlsx with an example bonus
 * table (JSON, and the 奖金档位 sheet of a policy workbook), in JSON, workbook and streaming
 * mode; `promo policy export/check` with the 奖金档位 sheet; `promo ninebox` with the policy's
 * 9-box setting and the flags that override it.
 */
import { must } from "../util/must";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { getTemplate, policyToJson, type Policy, type Review } from "../../src/core";
import { ensureCliBuilt, promo, ROOT } from "./run-cli";

const ROSTER = path.join(ROOT, "examples/ecom-cs.xlsx");
const AS_OF = "2026-11-23";

/** The example tiers (amounts are examples) on the ecom-cs roster's 累计工单 and 满意度 columns. */
const POLICY: Policy = {
  ...getTemplate("ecom-cs")!,
  id: "ecom-cs-bonus",
  name: "电商客服（含绩效奖金）",
  nameEn: "E-commerce CS with bonus",
  bonus: {
    tiers: [
      { name: "A档", criteria: [{ field: "tickets", op: ">=", value: 6000 }, { field: "csat", op: ">=", value: 0.97 }], amount: 800, note: "示例金额" },
      { name: "B档", criteria: [{ field: "tickets", op: ">=", value: 4000 }, { field: "csat", op: ">=", value: 0.95 }], amount: 500, note: "示例金额" },
      { name: "C档", levels: ["初级客服", "中级客服"], criteria: [{ field: "tickets", op: ">=", value: 2000 }, { field: "csat", op: ">=", value: 0.92 }], amount: 200, note: "示例金额" },
    ],
  },
};

let dir: string;
let json: string;
beforeAll(() => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "promo-bonus-"));
  json = path.join(dir, "bonus.json");
  fs.writeFileSync(json, policyToJson(POLICY));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function reviewJson(policy: string): Promise<Review> {
  const r = await promo(["review", ROSTER, "--policy", policy, "--as-of", AS_OF, "--json"]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Review;
}

/** Every value of a worksheet, rows from 1, columns from 1 (as text for comparisons). */
async function sheetValues(file: string, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name)!;
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => (out[r] = (row.values as unknown[]).slice(1)));
  return out;
}

describe("promo review with bonus tiers", () => {
  it("pays the tiers of named people and totals them (--json)", async () => {
    const review = await reviewJson(json);
    const by = (id: string) => review.rows.find((r) => r.id === id)!;
    expect(review.summary.bonusTotal).toBe(5300);
    expect(review.summary.bonusByTier).toEqual([
      { tier: "A档", amount: 800, count: 2, total: 1600 },
      { tier: "B档", amount: 500, count: 5, total: 2500 },
      { tier: "C档", amount: 200, count: 6, total: 1200 },
    ]);
    expect(by("10047")).toMatchObject({ name: "陈欣然", status: "eligible", bonus: { tier: "A档", amount: 800, next: null, error: false } });
    expect(by("10028")).toMatchObject({ name: "张静", status: "top", bonus: { tier: "B档", amount: 500, next: { tier: "A档" } } });
    expect(by("10037")).toMatchObject({ name: "侯若曦", status: "error", bonus: { tier: null, amount: 0, next: null, error: true } });
    expect(by("10060").bonus).toEqual({
      tier: "C档",
      amount: 200,
      error: false,
      next: {
        tier: "B档",
        amount: 500,
        unmet: [
          { field: "tickets", op: ">=", required: 4000, actual: 2080, reason: "below" },
          { field: "csat", op: ">=", required: 0.95, actual: 0.93, reason: "below" },
        ],
      },
    });
    expect(by("10021")).toMatchObject({ name: "熊敏", status: "eligible", bonus: { tier: null, amount: 0 } });
  });

  it.each([
    ["taobao-cs", "920ad26fceb0f9987a36159f4f26aebd30f8dbc01b82e72f6e0c1cd2c3a508ff"],
    ["ecom-cs", "ce173ac29945e123609a87ef26dbbe9bdb2cac7fd308ba387ed517d708bf1d85"],
    ["store-ops", "fc0a80ae01c4aa212dee47a24984f8ce50044efc21a212420942c83a55cd410c"],
  ])("leaves a template review byte-identical to the one before bonus tiers existed (%s)", async (id, sha256) => {
    // The hashes are those of the same command built from the commit before bonus tiers.
    const out = (await promo(["review", path.join(ROOT, `examples/${id}.xlsx`), "--policy", id, "--as-of", AS_OF, "--json"])).stdout;
    expect(createHash("sha256").update(out).digest("hex")).toBe(sha256);
  });

  it("adds only the bonus keys to a review", async () => {
    const plain = (await promo(["review", ROSTER, "--policy", "ecom-cs", "--as-of", AS_OF, "--json"])).stdout;
    const same = path.join(dir, "same-name.json");
    fs.writeFileSync(same, policyToJson({ ...getTemplate("ecom-cs")!, bonus: must(POLICY.bonus, "bonus table") }));
    const withBonus = await reviewJson(same);
    const stripped = {
      ...withBonus,
      policy: (JSON.parse(plain) as Review).policy,
      summary: { ...withBonus.summary, bonusTotal: undefined, bonusByTier: undefined },
      rows: withBonus.rows.map((r) => ({ ...r, bonus: undefined })),
    };
    expect(`${JSON.stringify(stripped, null, 2)}\n`).toBe(plain);
  });

  it.each([["workbook", "--no-stream"], ["streaming", "--stream"]])("writes 奖金档位 / 绩效奖金 / 距下一档 and the total (%s mode)", async (_mode, flag) => {
    const out = path.join(dir, `review${flag}.xlsx`);
    expect((await promo(["review", ROSTER, "--policy", json, "--as-of", AS_OF, "--out", out, flag])).code).toBe(0);
    const rows = await sheetValues(out, "晋升评审");
    const header = rows[2]!.map(String);
    expect(header.slice(-4)).toEqual(["奖金档位", "绩效奖金(元/月)", "距下一档", "主管确认"]);
    const chen = rows.find((r) => r?.[1] === "10060")!;
    expect(chen.slice(13, 16)).toEqual(["C档", 200, "距 B档（500元）：工单量差 1920 单；客户满意度差 2 个百分点"]);
    const summary = (await sheetValues(out, "晋升汇总")).filter(Boolean);
    expect(summary.find((r) => r[0] === "绩效奖金合计(元/月)")?.[1]).toBe(5300);
    expect(summary.find((r) => r[0] === "B档")).toEqual(["B档", 500, 5, 2500]);
  });

  it("has no bonus columns without bonus tiers", async () => {
    const out = path.join(dir, "plain.xlsx");
    expect((await promo(["review", ROSTER, "--policy", "ecom-cs", "--as-of", AS_OF, "--out", out])).code).toBe(0);
    const header = (await sheetValues(out, "晋升评审"))[2]!.map(String);
    expect(header).not.toContain("奖金档位");
    expect(header.at(-1)).toBe("主管确认");
    expect((await sheetValues(out, "晋升汇总")).some((r) => r?.[0] === "绩效奖金合计(元/月)")).toBe(false);
  });
});

describe("examples/ecom-cs-bonus.xlsx", () => {
  it("reviews with its own 奖金档位 sheet: named people and the total", async () => {
    const r = await promo(["review", path.join(ROOT, "examples/ecom-cs-bonus.xlsx"), "--as-of", AS_OF, "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("ecom-cs-bonus@1.0#6198c1f9");
    const review = JSON.parse(r.stdout) as Review;
    const pay = (id: string) => review.rows.find((x) => x.id === id)!.bonus;
    expect(review.summary.bonusTotal).toBe(5300);
    expect([pay("10047")?.tier, pay("10028")?.tier, pay("10060")?.tier, pay("10021")?.tier, pay("10037")?.error]).toEqual(["A档", "B档", "C档", null, true]);
  });
});

describe("promo policy export / check with bonus tiers", () => {
  it("exports the 奖金档位 sheet, checks it, reads it back exactly and reviews with it", async () => {
    const book = path.join(dir, "policy.xlsx");
    expect((await promo(["policy", "export", json, "--out", book])).stderr).toContain("晋升方案、职级、规则、奖金档位、发展措施");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    // 发展措施 (development actions, issue #20) is written for every policy, after the bonus tiers.
    expect(wb.worksheets.map((w) => w.name)).toEqual(["晋升方案", "职级", "规则", "奖金档位", "发展措施"]);
    expect(wb.keywords).toBe("PromoLadder-policy:晋升方案|职级|规则|奖金档位|发展措施");
    const tiers = wb.getWorksheet("奖金档位")!;
    expect(tiers.getRow(1).values).toEqual([undefined, "档位", "适用职级", "工单量 >=", "客户满意度 >=", "月奖金(元)", "说明"]);
    expect(tiers.getCell("D2").numFmt).toBe("0%");
    const check = await promo(["policy", "check", book]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^OK ecom-cs-bonus@1\.0#[0-9a-f]{8}（电商客服（含绩效奖金）：5 个职级，4 个晋升步骤，3 个奖金档位）\n$/);
    expect((await promo(["policy", "export", book, "--json"])).stdout).toBe(fs.readFileSync(json, "utf8"));
    expect((await reviewJson(book)).summary.bonusTotal).toBe(5300);
    // Re-exporting a policy without tiers into the same workbook removes PromoLadder's own 奖金档位 sheet.
    expect((await promo(["policy", "export", "ecom-cs", "--out", book])).code).toBe(0);
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(book);
    expect(again.worksheets.map((w) => w.name)).toEqual(["晋升方案", "职级", "规则", "发展措施"]);
  });

  it("reports a broken 奖金档位 sheet by cell and exits 2", async () => {
    const book = path.join(dir, "broken.xlsx");
    await promo(["policy", "export", json, "--out", book]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    wb.getWorksheet("奖金档位")!.getCell("E3").value = "五百";
    await wb.xlsx.writeFile(book);
    const check = await promo(["policy", "check", book]);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain("奖金档位!E3: 档位「B档」的月奖金「五百」无效");
  });
});

describe("promo ninebox with the policy's 9-box setting", () => {
  it("uses the policy's cuts unless --perf / --potential are given", async () => {
    const file = path.join(dir, "uo.json");
    fs.writeFileSync(file, policyToJson({ ...getTemplate("user-ops")!, nineBox: { perf: [60, 80], potential: [75, 90] } }));
    const uo = path.join(ROOT, "examples/user-ops.xlsx");
    const own = await promo(["ninebox", uo, "--policy", file, "--as-of", AS_OF]);
    expect(own.code).toBe(0);
    expect(own.stdout.split("\n")[0]).toMatch(/^九宫格：绩效 低 < 60 ≤ 中 < 80 ≤ 高；发展潜力 低 < 75 ≤ 中 < 90 ≤ 高。/);
    const flag = await promo(["ninebox", uo, "--policy", file, "--as-of", AS_OF, "--perf", "70,85"]);
    expect(flag.stdout.split("\n")[0]).toMatch(/^九宫格：绩效 低 < 70 ≤ 中 < 85 ≤ 高；发展潜力 低 < 75 ≤ 中 < 90 ≤ 高。/);
    const template = await promo(["ninebox", uo, "--policy", "user-ops", "--as-of", AS_OF]);
    expect(template.stdout.split("\n")[0]).toMatch(/^九宫格：绩效 低 < 70 ≤ 中 < 85 ≤ 高；发展潜力 低 < 70 ≤ 中 < 85 ≤ 高。/);
  });
});
