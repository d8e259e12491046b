/**
 * Issue 18: rosters with the header variants HR really uses. Every column is found or explained,
 * `--map` fixes what is not found, and the results then agree with the independent oracle.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { getTemplate, type Review } from "../../src/core";
import { fieldListMarkdown } from "../../src/cli/commands/headers";
import { referenceReview, type RefRoster, type RefRow, type TypedValue } from "../oracle/reference";
import { promo, ROOT } from "./run-cli";

jest.setTimeout(60_000);

const DIR = path.join(ROOT, "test/fixtures/hr-headers");
const COMMON = path.join(DIR, "客服花名册-常见表头.csv");
const OWN = path.join(DIR, "客服花名册-自有表头.csv");
const AS_OF = "2026-11-23";
/** The fixtures' columns, in order, as canonical fields (scripts/make-hr-header-rosters.mjs). */
const FIELDS = ["id", "name", "dept", "level", "hire_date", "level_date", "tickets", "csat", "error_rate", "low_quality", "skill", "perf", "teamwork", "learning", "certificate"];
const OWN_MAP = ["--map", "职级=岗位等级", "--map", "任现职日期=现岗位起始日", "--map", "skill=技能考评"];

/** A fixture's data typed by hand for the oracle (the oracle never parses cells). */
function refRoster(file: string): RefRoster {
  const lines = fs.readFileSync(file, "utf8").trim().split("\n").slice(1);
  const typed = (field: string, text: string): TypedValue => {
    if (field.endsWith("date")) {
      const [y, m, d] = text.split("-").map(Number);
      return { t: "date", date: { y: y!, m: m!, d: d! } };
    }
    if (text.endsWith("%")) return { t: "pct", permille: Math.round(Number(text.slice(0, -1)) * 10) };
    if (text === "是" || text === "否") return { t: "bool", value: text === "是" };
    return { t: "num", tenths: Math.round(Number(text) * 10) };
  };
  const rows = lines.map((line, i): RefRow => {
    const cells = line.split(",");
    const row = i + 2;
    const values = new Map<string, { value: TypedValue; cell: string }>();
    FIELDS.forEach((f, j) => {
      if (["id", "name", "dept", "level"].includes(f)) return;
      values.set(f, { value: typed(f, cells[j]!), cell: `${String.fromCharCode(65 + j)}${row}` });
    });
    return { row, id: cells[0]!, idCell: `A${row}`, levelText: cells[3]!, levelCell: `D${row}`, values };
  });
  return { columns: new Set(FIELDS), rows };
}

/** Status, unmet (field: reason) and ready date per row: what the oracle and the CLI must agree on. */
function outcome(rows: ReadonlyArray<{ row: number; status: string; targets: ReadonlyArray<{ unmet: ReadonlyArray<{ field: string; reason: string }>; readyDate: string | null }> }>): string[] {
  return rows.map((r) => `${r.row} ${r.status} ${r.targets.map((t) => `${t.unmet.map((u) => `${u.field}:${u.reason}`).join(",")}@${t.readyDate ?? ""}`).join("|")}`);
}

async function review(file: string, ...extra: string[]): Promise<{ review: Review; stderr: string }> {
  const r = await promo(["review", file, "--policy", "taobao-cs", "--as-of", AS_OF, "--json", ...extra]);
  expect(r.code).toBe(0);
  return { review: JSON.parse(r.stdout) as Review, stderr: r.stderr };
}

const oracle = outcome(referenceReview(refRoster(COMMON), getTemplate("taobao-cs")!, AS_OF));

describe("header variants HR uses", () => {
  it("reads 所属部门, 岗位级别, 本岗位开始日期, 月均接待量, 技能分, 绩效分, 协作, 学习 without --map, and agrees with the oracle", async () => {
    const { review: r, stderr } = await review(COMMON);
    expect(r.columns.map((c) => c.field)).toEqual(FIELDS);
    expect(stderr).toContain("职级 ← 岗位级别（D）");
    expect(stderr).not.toMatch(/注意|未使用的列/);
    expect(outcome(r.rows)).toEqual(oracle);
  });

  it("explains a roster whose level column is not recognised: one line, the headers seen, the likely column and the --map", async () => {
    const r = await promo(["review", OWN, "--as-of", AS_OF, "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("岗位等级、入职日期、现岗位起始日");
    expect(lines[0]).toContain("「岗位等级」可能是「职级」？");
    expect(lines[0]).toContain("--map 职级=岗位等级");
  });

  it("reports every field the policy needs but did not find, with the closest header and the --map that fixes it", async () => {
    const { review: r, stderr } = await review(OWN, "--map", "职级=岗位等级");
    expect(stderr).toContain("未使用的列：现岗位起始日（F）、技能考评（K）");
    expect(stderr).toContain("注意：方案需要「技能考核」，花名册中没有这一列，所有人的这一项都记为缺少数据（「技能考评」可能是「技能考核」？）；可用 --map 技能考核=技能考评 指定");
    expect(stderr).toContain("方案需要「任现职日期」，花名册中没有这一列，改按「入职日期」计算（「现岗位起始日」可能是「任现职日期」？）");
    expect(outcome(r.rows)).not.toEqual(oracle);
  });

  it("says so at the top of 晋升汇总", async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hr-headers-")), "out.xlsx");
    expect((await promo(["review", OWN, "--policy", "taobao-cs", "--as-of", AS_OF, "--map", "职级=岗位等级", "--out", out])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("晋升汇总")!;
    expect(ws.getCell("A2").value).toBe("注意");
    expect(String(ws.getCell("B2").value)).toContain("方案需要「任现职日期」");
    expect(String(ws.getCell("B3").value)).toContain("方案需要「技能考核」");
  });

  it("with --map, the company's own headers give the oracle's results", async () => {
    const { review: r, stderr } = await review(OWN, ...OWN_MAP);
    expect(stderr).not.toContain("注意");
    expect(outcome(r.rows)).toEqual(oracle);
  });

  it("refuses an unknown field or column in --map with exit 2 and one line", async () => {
    for (const [map, text] of [
      ["职阶=岗位等级", "「职阶」不是已知字段（是否应为「职级」？）"],
      ["职级=岗位等级X", "不在花名册的表头里"],
      ["职级", "应为 --map 字段=列名"],
    ] as const) {
      const r = await promo(["review", COMMON, "--as-of", AS_OF, "--json", "--map", map]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(text);
    }
  });

  it("promo headers prints the mapping, and every field with its accepted headers without a roster", async () => {
    const r = await promo(["headers", OWN, "--policy", "taobao-cs", ...OWN_MAP]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^K\s+技能考评\s+技能考核$/m);
    const all = await promo(["headers"]);
    expect(all.stdout).toMatch(/^职级\s+level\s+职级名称\s+职级、岗位、职位、当前职级、当前岗位、岗位级别/m);
  });
});

describe("--as-of", () => {
  it("reads every date form a cell accepts, and refuses a date that does not exist with exit 2 and one line", async () => {
    for (const form of ["2026/11/23", "2026年11月23日", "2026.11.23", "20261123"]) {
      const r = await promo(["review", COMMON, "--as-of", form, "--json"]);
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as Review).asOf).toBe(AS_OF);
    }
    const bad = await promo(["review", COMMON, "--as-of", "2026年2月30日", "--json"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toEqual(["promo: --as-of「2026年2月30日」不是有效日期：请写成 2026-11-23、2026/11/23 或 2026年11月23日"]);
  });
});

describe("README", () => {
  it("lists every field with its accepted headers, generated from the field table", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const block = /<!-- fields:start[^>]*-->\n([\s\S]*?)\n<!-- fields:end -->/.exec(readme);
    expect(block?.[1]).toBe(fieldListMarkdown());
  });
});

describe("promo templates", () => {
  it("shows each track of a dual ladder on its own line", async () => {
    const r = await promo(["templates"]);
    expect(r.stdout).toContain("  管理通道：运营专员 → 运营主管 → 运营经理 → 运营总监\n  专业通道：运营专员 → 运营专家 → 资深运营专家\n");
  });
});
