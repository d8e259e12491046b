import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { getTemplate, policyFingerprint, type Policy, type Review, type RowResult } from "../../src/core";
import { readScore } from "../../src/core/read/number";
import { loadWorkbook, pickRosterSheet, rosterFromWorksheet } from "../../src/cli/io/read-xlsx";
import { ROOT, ensureCliBuilt, promo } from "./run-cli";

beforeAll(ensureCliBuilt, 120_000);

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "promo-policy-"));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ROSTER = path.join(ROOT, "examples", "taobao-cs.xlsx");
const AS_OF = ["--as-of", "2026-11-23"];

async function exportTo(id: string, file: string, ...extra: string[]): Promise<void> {
  const r = await promo(["policy", "export", id, "--out", file, ...extra]);
  expect(r.stderr).not.toMatch(/error/i);
  expect(r.code).toBe(0);
}

/** Edits cells of a workbook with exceljs and saves it, as a spreadsheet program would. */
async function edit(file: string, sheet: string, cells: Record<string, ExcelJS.CellValue>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
  await wb.xlsx.writeFile(file);
}

async function review(args: string[]): Promise<{ review: Review; stderr: string }> {
  const r = await promo(["review", ...args, ...AS_OF, "--json"]);
  expect(r.stderr).not.toMatch(/internal error|内部错误/);
  expect(r.code).toBe(0);
  return { review: JSON.parse(r.stdout) as Review, stderr: r.stderr };
}

describe("promo policy export / check", () => {
  it("exports a template to a new workbook that checks OK with the template's fingerprint", async () => {
    const file = path.join(tmp, "taobao-cs-policy.xlsx");
    await exportTo("taobao-cs", file);
    const r = await promo(["policy", "check", file]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toContain(`OK ${policyFingerprint(getTemplate("taobao-cs")!)}`);
    expect(r.stderr).toBe("");
  });

  it("exports JSON on stdout that checks OK and equals the template", async () => {
    const r = await promo(["policy", "export", "store-ops", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toStrictEqual(JSON.parse(JSON.stringify(getTemplate("store-ops"))));
    const file = path.join(tmp, "store-ops.json");
    fs.writeFileSync(file, r.stdout);
    const c = await promo(["policy", "check", file, "--lang", "en"]);
    expect(c.code).toBe(0);
    expect(c.stdout).toMatch(/^OK store-ops@1\.0#[0-9a-f]{8} \(Store operations: 13 levels, 12 steps\)\n$/);
  });

  it("adds the sheets to an existing workbook, keeps its sheets, and replaces only its own policy sheets", async () => {
    const file = path.join(tmp, "roster.xlsx");
    fs.copyFileSync(ROSTER, file);
    await exportTo("taobao-cs", file);
    await exportTo("store-ops", file, "--lang", "en");
    const wb = await loadWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["客服部", "Policy", "Levels", "Rules", "Development actions"]);
    const before = rosterFromWorksheet(pickRosterSheet(await loadWorkbook(ROSTER)));
    expect(rosterFromWorksheet(wb.getWorksheet("客服部")!)).toEqual(before);
    expect((await promo(["policy", "check", file])).stdout).toMatch(/^OK store-ops@/);
  });

  it("refuses to touch a sheet of the user's own with a policy sheet's name, and writes nothing", async () => {
    const file = path.join(tmp, "mine.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("规则").getCell("A1").value = "我的规则";
    await wb.xlsx.writeFile(file);
    const bytes = fs.readFileSync(file);
    const r = await promo(["policy", "export", "taobao-cs", "--out", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/已有不是 PromoLadder 建的工作表「规则」/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it("exit 2 for an unknown template, or neither --out nor --json", async () => {
    expect((await promo(["policy", "export", "nope", "--json"])).code).toBe(2);
    expect((await promo(["policy", "export", "erp"])).stderr).toMatch(/--out 文件\.xlsx.*或 --json/);
    expect((await promo(["policy", "check", ROSTER])).stderr).toMatch(/中没有晋升方案工作表/);
  });

  it("check: exit 2 with every problem by cell on stderr, in Chinese or English", async () => {
    const file = path.join(tmp, "broken.xlsx");
    await exportTo("taobao-cs", file);
    await edit(file, "规则", { D3: "工单两", F10: "五千", G16: 0.35, B20: "资深客" });
    await edit(file, "职级", { D4: "初级客服" });
    const r = await promo(["policy", "check", file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const listed = r.stderr.split("\n").filter((l) => l.startsWith("  ")).map((l) => l.trim().split(":")[0]);
    expect(listed).toEqual(["职级!C2", "职级!D4", "规则!D3", "规则!F10", "规则!G15", "规则!B20"]);
    expect(r.stderr).toMatch(/晋升方案有 6 处问题，未使用/);
    const en = await promo(["policy", "check", file, "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/the policy has 6 problems and was not used/);
    expect(en.stderr).toMatch(/规则!D3: "工单两" is not a known field/);
  });

  it("check: exit 2 with JSON paths for a broken JSON policy", async () => {
    const p = JSON.parse(JSON.stringify(getTemplate("erp"))) as { steps: { paths: { criteria: { op: string }[] }[] }[] };
    p.steps[1]!.paths[0]!.criteria[0]!.op = "≈";
    const file = path.join(tmp, "erp.json");
    fs.writeFileSync(file, JSON.stringify(p));
    const r = await promo(["policy", "check", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/steps\[1\]\.paths\[0\]\.criteria\[0\]\.op: 运算「≈」无法识别/);
  });
});

describe("a new user edits the exported policy and reviews with it", () => {
  /** perf, teamwork and learning of each roster row (null when unreadable), by sheet row. */
  async function componentsByRow(): Promise<Map<number, [number, number, number] | null>> {
    const input = rosterFromWorksheet(pickRosterSheet(await loadWorkbook(ROSTER)));
    const base = (await review([ROSTER, "--policy", "taobao-cs"])).review;
    const col = (field: string): number => base.columns.find((c) => c.field === field)!.index - (input.firstColumn ?? 0);
    const out = new Map<number, [number, number, number] | null>();
    input.rows.forEach((cells, i) => {
      const v = ["perf", "teamwork", "learning"].map((f) => readScore(cells[col(f)] ?? null));
      out.set((input.firstRow ?? 1) + i, v.every((x) => typeof x === "number") ? (v as [number, number, number]) : null);
    });
    return out;
  }

  it("changes exactly the decisions the edit implies, and the fingerprint", async () => {
    const edited = path.join(tmp, "edited.xlsx");
    await exportTo("taobao-cs", edited);
    // 中级客服 -> 高级客服: 技能考核 >= 80 becomes >= 65; 初级客服 -> 中级客服: weights 0.5/0.25/0.25 become 0.7/0.05/0.25.
    await edit(edited, "规则", { F13: 65, G6: 0.7, G7: 0.05 });
    const before = (await review([ROSTER, "--policy", "taobao-cs"])).review;
    const after = await review([ROSTER, "--policy", edited]);
    expect(after.stderr).toMatch(/使用 .*edited\.xlsx 中的晋升方案 taobao-cs@1\.0#[0-9a-f]{8}/);
    expect(after.review.policy.fingerprint).not.toBe(before.policy.fingerprint);
    expect(after.review.policy.fingerprint).toMatch(/^taobao-cs@1\.0#[0-9a-f]{8}$/);
    expect(after.stderr).toContain(after.review.policy.fingerprint);

    const components = await componentsByRow();
    const expected = (row: RowResult): { status: string; unmet: string[]; score?: number } | RowResult => {
      if (row.level !== "初级客服" && row.level !== "中级客服") return row;
      if (row.status === "error") return { status: "error", unmet: [] }; // still an error, whatever the rules
      const t = row.targets[0]!;
      let unmet = t.unmet.filter((u) => !(row.level === "中级客服" && u.field === "skill" && typeof u.actual === "number" && u.actual >= 65));
      let score: number | undefined;
      if (row.level === "初级客服") {
        const [p, tw, l] = components.get(row.row)!;
        score = Math.round((0.7 * p + 0.05 * tw + 0.25 * l) * 1e6) / 1e6;
        unmet = unmet.filter((u) => u.field !== "score");
        if (score < 75) unmet = [...unmet, { field: "score", op: ">=", required: 75, actual: score, reason: "below" }];
      }
      return { status: unmet.length === 0 ? "eligible" : "not_eligible", unmet: unmet.map((u) => u.field).sort(), ...(score !== undefined ? { score } : {}) };
    };
    let changed = 0;
    after.review.rows.forEach((row, i) => {
      const old = before.rows[i]!;
      const want = expected(old);
      if ("targets" in want) {
        expect(row).toStrictEqual(want);
        return;
      }
      if (want.status === "error") {
        expect([row.status, row.errors]).toStrictEqual(["error", old.errors]);
        return;
      }
      const t = row.targets[0]!;
      expect({ status: row.status, unmet: t.unmet.map((u) => u.field).sort(), ...(want.score !== undefined ? { score: t.score } : {}) }).toStrictEqual(want);
      if (row.status !== old.status) changed++;
    });
    expect(changed).toBeGreaterThanOrEqual(3);
    expect(after.review.summary.byStatus.eligible).toBeGreaterThan(before.summary.byStatus.eligible);
  });

  it("uses the policy sheets inside the roster workbook, says so, and --policy overrides them", async () => {
    const roster = path.join(tmp, "taobao-cs.xlsx");
    fs.copyFileSync(ROSTER, roster);
    await exportTo("taobao-cs", roster);
    await edit(roster, "规则", { F13: 65 });
    const inside = await review([roster]);
    expect(inside.stderr).toMatch(/使用花名册工作簿中的晋升方案工作表：taobao-cs@1\.0#/);
    expect(inside.review.policy.fingerprint).not.toBe(policyFingerprint(getTemplate("taobao-cs")!));
    const override = await review([roster, "--policy", "taobao-cs"]);
    expect(override.stderr).toMatch(/--policy 优先于花名册工作簿中的晋升方案工作表/);
    expect(override.review.policy.fingerprint).toBe(policyFingerprint(getTemplate("taobao-cs")!));
    const written = await promo(["review", roster, ...AS_OF]);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain(inside.review.policy.fingerprint);
  });

  it("a broken policy: exit 2, the cells on stderr, and no output written", async () => {
    const roster = path.join(tmp, "taobao-cs.xlsx");
    fs.copyFileSync(ROSTER, roster);
    await exportTo("taobao-cs", roster);
    await edit(roster, "规则", { G6: 0.6 });
    const r = await promo(["review", roster, ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/规则!G6: 初级客服 → 中级客服 的综合得分权重合计为 1.1/);
    expect(fs.existsSync(path.join(tmp, "taobao-cs-review.xlsx"))).toBe(false);
    const json = await promo(["review", ROSTER, "--policy", roster, ...AS_OF, "--json"]);
    expect(json.code).toBe(2);
    expect(json.stdout).toBe("");
    const out = path.join(tmp, "out.xlsx");
    expect((await promo(["review", ROSTER, "--policy", roster, ...AS_OF, "--out", out])).code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(tmp).sort()).toEqual(["taobao-cs.xlsx"]);
  });
});

describe("vacancy reads the same policy sources", () => {
  it("promo vacancy --policy FILE.xlsx", async () => {
    const file = path.join(tmp, "store-ops-policy.xlsx");
    await exportTo("store-ops", file);
    const r = await promo(["vacancy", path.join(ROOT, "examples", "store-ops.xlsx"), "--level", "领班", "--count", "2", "--policy", file, ...AS_OF, "--json"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { policy: Policy & { fingerprint: string } }).policy.fingerprint).toBe(policyFingerprint(getTemplate("store-ops")!));
  });
});
