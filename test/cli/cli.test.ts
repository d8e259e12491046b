import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Review } from "../../src/core";
import { ROOT, ensureCliBuilt, promo, promoProcess } from "./run-cli";

beforeAll(ensureCliBuilt, 120_000);

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "promo-cli-"));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

function copyExample(name: string): string {
  const dest = path.join(tmp, name);
  fs.copyFileSync(path.join(ROOT, "examples", name), dest);
  return dest;
}

describe("promo review --json", () => {
  it("prints only the review JSON on stdout, with the catalogue §7 row contract", async () => {
    const r = await promo(["review", "examples/taobao-cs.xlsx", "--policy", "taobao-cs", "--as-of", "2026-11-23", "--json"]);
    expect(r.code).toBe(0);
    const review = JSON.parse(r.stdout) as Review;
    expect(review.asOf).toBe("2026-11-23");
    expect(review.policy.id).toBe("taobao-cs");
    expect(review.policy.fingerprint).toMatch(/^taobao-cs@1\.0#[0-9a-f]{8}$/);
    expect(review.rows.length).toBe(80);
    const row = review.rows[0]!;
    for (const key of ["row", "id", "name", "level", "status", "targets", "allowance", "errors"]) expect(row).toHaveProperty(key);
    expect(r.stderr).toMatch(/已评审 80 人/);
  });

  it("picks the template from the roster's level names when --policy is absent, and says so", async () => {
    const r = await promo(["review", "examples/store-ops.xlsx", "--as-of", "2026-11-23", "--json"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Review).policy.id).toBe("store-ops");
    expect(r.stderr).toMatch(/按职级名称自动选择了模板 store-ops（营运部门店）：花名册中的 16 个职级名称它认识 15 个/);
  });

  it("reviews a GBK-encoded CSV and names CSV cells by file", async () => {
    const r = await promo(["review", "examples/taobao-cs-gbk.csv", "--as-of", "2026-11-23", "--json"]);
    expect(r.code).toBe(0);
    const review = JSON.parse(r.stdout) as Review;
    const cells = review.rows.flatMap((x) => x.errors.filter((e) => e.message.includes("优秀")).map((e) => e.cell));
    expect(cells).toEqual(["'taobao-cs-gbk'!N11"]);
  });
});

describe("promo review writes a workbook beside the roster", () => {
  it("writes <roster>-review.xlsx and leaves the roster byte-for-byte unchanged", async () => {
    const roster = copyExample("taobao-cs.xlsx");
    const before = fs.readFileSync(roster);
    const r = await promoProcess(["review", roster, "--as-of", "2026-11-23"]); // a real process: its exit status and files
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(tmp, "taobao-cs-review.xlsx"))).toBe(true);
    expect(fs.readFileSync(roster).equals(before)).toBe(true);
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses to write over the roster itself", async () => {
    const roster = copyExample("taobao-cs.xlsx");
    const before = fs.readFileSync(roster);
    const r = await promo(["review", roster, "--as-of", "2026-11-23", "--out", roster]);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(roster).equals(before)).toBe(true);
  });
});

describe("exit 2 with one clear line (real processes: exit status and streams)", () => {
  it.each([
    [["review", "nope.xlsx"], /找不到文件 nope\.xlsx/],
    [["review", "examples/taobao-cs.xlsx", "--policy", "no-such"], /「no-such」既不是模板编号也不是方案文件/],
    [["review", "examples/taobao-cs.xlsx", "--as-of", "2026-02-30"], /--as-of「2026-02-30」不是有效日期/],
    [["review", "examples/taobao-cs.xlsx", "--sheet", "Nope"], /Nope/],
    [["vacancy", "examples/store-ops.xlsx", "--level", "宇航员"], /--level「宇航员」不是方案 store-ops 的职级/],
  ])("promo %j", async (args, message) => {
    const r = await promoProcess(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });

  it("rejects a corrupt workbook without a stack trace", async () => {
    const bad = path.join(tmp, "broken.xlsx");
    fs.writeFileSync(bad, "this is not a zip file");
    const r = await promo(["review", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.xlsx/);
  });
});

describe("promo vacancy and promo templates", () => {
  it("ranks reserves awaiting the vacancy by perf + skill", async () => {
    const r = await promo(["vacancy", "examples/store-ops.xlsx", "--level", "领班", "--count", "1", "--as-of", "2026-11-23", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { candidates: Array<{ rank: number; total: number; level: string; shortlisted: boolean }> };
    expect(out.candidates.length).toBeGreaterThan(0);
    expect(out.candidates.every((c) => c.level === "储备领班")).toBe(true);
    const totals = out.candidates.map((c) => c.total);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    expect(out.candidates.filter((c) => c.shortlisted)).toHaveLength(1);
  });

  it("lists the nine templates", async () => {
    const r = await promo(["templates"]);
    expect(r.code).toBe(0);
    for (const id of ["taobao-ops", "taobao-cs", "ecom-cs", "store-ops", "mall-ops", "ops-general", "ops-dual", "erp", "user-ops"]) {
      expect(r.stdout).toContain(id);
    }
  });
});
