import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Cell, RosterInput } from "../../src/core";
import { AS_OF, CS_ROSTER, SO_ROSTER, UO_ROSTER, genderRoster } from "../core/insight/rosters";
import { ensureCliBuilt, promo } from "./run-cli";

beforeAll(ensureCliBuilt, 120_000);

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "promo-insight-"));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Writes a hand-checked roster (see test/core/insight/rosters.ts) as a CSV file. */
function csv(input: RosterInput, name: string): string {
  const file = path.join(tmp, name);
  const text = (c: Cell): string => (c === null || c === undefined ? "" : String(c));
  fs.writeFileSync(file, input.rows.map((r) => r.map(text).join(",")).join("\n") + "\n");
  return file;
}

describe("promo near-miss", () => {
  it("prints the near misses closest first, with what each lacks and the ready date", async () => {
    const r = await promo(["near-miss", csv(CS_ROSTER, "cs.csv"), "--policy", "taobao-cs", "--as-of", AS_OF]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/差一步（taobao-cs@1\.0#[0-9a-f]{8}，评审日期 2026-11-23）：5 人，其中 5 人只差一项/);
    expect(lines.slice(2).map((l) => l.split(/\s{2,}/)[1])).toEqual(["E02", "E07", "E05", "E03", "E10"]);
    expect(lines[2]).toMatch(/客户满意度 89% < 90%\s+差 1 个百分点/);
    expect(lines[5]).toMatch(/任现职 0\.25年 < 0\.5年\s+差 3 个月\s+2027-02-01$/);
  });

  it("widens the list with --margin and prints JSON with --json", async () => {
    const r = await promo(["near-miss", csv(CS_ROSTER, "cs.csv"), "--policy", "taobao-cs", "--as-of", AS_OF, "--margin", "2", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { margin: number; nearMisses: Array<{ id: string; distance: number }> };
    expect(json.margin).toBe(2);
    expect(json.nearMisses.map((m) => m.id)).toEqual(["E02", "E07", "E05", "E03", "E10", "E04"]);
    expect((await promo(["near-miss", "x.csv", "--margin", "-1"])).code).not.toBe(0);
  });

  it("judges every path: examples/ops-general.xlsx has two near misses on 破格 beside 8 on the standard path", async () => {
    const r = await promo(["near-miss", "examples/ops-general.xlsx", "--policy", "ops-general", "--as-of", AS_OF, "--json"]);
    expect(r.code).toBe(0);
    const list = (JSON.parse(r.stdout) as { nearMisses: Array<{ id: string; name: string; target: string; path: { label: string; standard: boolean } }> }).nearMisses;
    expect(list).toHaveLength(10);
    expect(list.filter((m) => !m.path.standard).map((m) => [m.name, m.target, m.path.label])).toEqual([
      ["韦永强", "高级运营", "破格"],
      ["任梦瑶", "初级运营", "破格"],
    ]);
    const text = (await promo(["near-miss", "examples/ops-general.xlsx", "--policy", "ops-general", "--as-of", AS_OF])).stdout;
    expect(text).toMatch(/韦永强\s+用户增长部\s+中级运营\s+高级运营（破格）\s+管理能力 75 < 80\s+差 5 分/);
  });
});

describe("promo diff", () => {
  it("compares a policy workbook with an edited JSON copy on the same roster", async () => {
    const sheets = path.join(tmp, "policy.xlsx");
    expect((await promo(["policy", "export", "taobao-cs", "--out", sheets])).code).toBe(0);
    const json = JSON.parse((await promo(["policy", "export", "taobao-cs", "--json"])).stdout) as {
      version: string;
      steps: Array<{ paths: Array<{ criteria: Array<{ field: string; value: unknown }> }> }>;
    };
    const criteria = json.steps[0]!.paths[0]!.criteria;
    criteria.find((c) => c.field === "csat")!.value = 0.88;
    criteria.find((c) => c.field === "score")!.value = 80;
    json.version = "1.1";
    const edited = path.join(tmp, "edited.json");
    fs.writeFileSync(edited, JSON.stringify(json));
    const roster = csv(CS_ROSTER, "cs.csv");
    const r = await promo(["diff", roster, "--policy", sheets, "--against", edited, "--as-of", AS_OF]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    // E02 passes 满意度 >= 88%; E11's score 77.5 fails the raised minimum 80 (see diff.test.ts).
    expect(lines[1]).toMatch(/^新可晋升\s+3\s+E02\s+乙.*A：客户满意度 89% < 90% → B 满足$/);
    expect(lines[2]).toMatch(/^不再可晋升\s+12\s+E11\s+子.*B：综合得分 77\.5 < 80（A 满足）$/);
    expect(lines[3]).toMatch(/^1 人新可晋升，1 人不再可晋升，0 人其他状态变化，9 人不变（A taobao-cs@1\.0#[0-9a-f]{8} → B taobao-cs@1\.1#[0-9a-f]{8}）$/);
    const j = await promo(["diff", roster, "--policy", "taobao-cs", "--against", edited, "--as-of", AS_OF, "--json"]);
    expect((JSON.parse(j.stdout) as { counts: unknown }).counts).toEqual({ newlyEligible: 1, noLongerEligible: 1, statusChanged: 0, unchanged: 9 });
  });

  it("exits 2 for an unknown policy B", async () => {
    const r = await promo(["diff", csv(CS_ROSTER, "cs.csv"), "--policy", "taobao-cs", "--against", "no-such-template", "--as-of", AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/「no-such-template」既不是模板编号也不是方案文件/);
  });
});

describe("promo fairness", () => {
  it("prints rates, four-fifths ratios and warnings per group of a roster column", async () => {
    const people: Array<readonly [string, "eligible" | "not" | "error" | "top"]> = [
      ...Array.from({ length: 6 }, () => ["女", "eligible"] as const),
      ...Array.from({ length: 4 }, () => ["女", "not"] as const),
      ["女", "error"],
      ...Array.from({ length: 3 }, () => ["男", "eligible"] as const),
      ...Array.from({ length: 5 }, () => ["男", "not"] as const),
      ["男", "top"],
    ];
    const r = await promo(["fairness", csv(genderRoster(people), "g.csv"), "--by", "性别", "--policy", "taobao-cs", "--as-of", AS_OF]);
    expect(r.code).toBe(0);
    // 女 6/10 = 60% (reference), 男 3/8 = 37.5%, ratio 0.625 -> 0.63 (< 0.8).
    expect(r.stdout).toMatch(/18 人参评，9 人可晋升；数据错误和已最高的 2 人不计入/);
    expect(r.stdout).toMatch(/女\s+10\s+6\s+60%\s+1\.00\s+基准\s+1/);
    expect(r.stdout).toMatch(/男\s+8\s+3\s+37\.5%\s+0\.63\s+< 0\.8 !\s+1/);
    expect(r.stdout).toMatch(/注意：「男」的选拔率 37\.5% 只有「女」的 0\.63 倍/);
    const j = JSON.parse((await promo(["fairness", csv(genderRoster(people), "g.csv"), "--by", "性别", "--policy", "taobao-cs", "--as-of", AS_OF, "--json"])).stdout) as {
      reference: string;
      groups: Array<{ group: string; ratio: number }>;
    };
    expect(j.reference).toBe("女");
    expect(j.groups.map((g) => g.ratio)).toEqual([1, 0.625]);
  });

  it("exits 2 naming the columns when --by is not one of them", async () => {
    const r = await promo(["fairness", csv(CS_ROSTER, "cs.csv"), "--by", "年龄段", "--policy", "taobao-cs", "--as-of", AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--by「年龄段」：花名册中没有「年龄段」列；现有的列：工号、姓名、部门/);
  });
});

describe("promo ninebox", () => {
  it("draws the grid and lists the people per box", async () => {
    const r = await promo(["ninebox", csv(UO_ROSTER, "uo.csv"), "--policy", "user-ops", "--as-of", AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/已放入 7 人，未放入 3 人/);
    expect(r.stdout).toMatch(/高\s+待琢之玉 1\s+潜力之星 1\s+明星 2/);
    expect(r.stdout).toMatch(/明星：员工N1\(85\/85\) 员工N8\(95\/95\)/);
    const j = JSON.parse((await promo(["ninebox", csv(UO_ROSTER, "uo.csv"), "--policy", "user-ops", "--as-of", AS_OF, "--perf", "60,80", "--potential", "60,80", "--json"])).stdout) as {
      boxes: Array<{ name: { zh: string }; people: Array<{ id: string }> }>;
    };
    expect(j.boxes.find((b) => b.name.zh === "明星")!.people.map((p) => p.id)).toEqual(["N1", "N2", "N8"]);
  });

  it("exits 2 without a potential column or with bad thresholds", async () => {
    const r = await promo(["ninebox", csv(CS_ROSTER, "cs.csv"), "--policy", "taobao-cs", "--as-of", AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/中没有潜力列/);
    expect((await promo(["ninebox", csv(UO_ROSTER, "uo.csv"), "--perf", "85,70", "--as-of", AS_OF])).code).toBe(2);
  });
});

describe("promo vacancy --cascade", () => {
  it("follows the appointments down the ladder", async () => {
    const r = await promo(["vacancy", csv(SO_ROSTER, "so.csv"), "--level", "四级店长", "--count", "2", "--policy", "store-ops", "--as-of", AS_OF, "--cascade"]);
    expect(r.code).toBe(0);
    const chain = r.stdout.split("\n").filter((l) => /^ {2}\d\. /.test(l));
    expect(chain).toEqual([
      "  1. 四级店长 2 个：候选 2 人，入选 S1 员工S1、S2 员工S2",
      "  2. 储备店长 2 个（S1、S2 升任后空出）：候选 2 人，入选 L1 员工L1、L2 员工L2",
      "  3. 领班 2 个（L1、L2 升任后空出）：候选 1 人，入选 R1 员工R1；1 个无内部候选",
      "  4. 储备领班 1 个（R1 升任后空出）：候选 0 人，入选 无；1 个无内部候选",
    ]);
    const j = JSON.parse((await promo(["vacancy", csv(SO_ROSTER, "so.csv"), "--level", "四级店长", "--policy", "store-ops", "--as-of", AS_OF, "--cascade", "--json"])).stdout) as {
      cascade: Array<{ level: string; appointed: Array<{ id: string }> }>;
    };
    expect(j.cascade.map((s) => [s.level, s.appointed.map((a) => a.id)])).toEqual([
      ["四级店长", ["S1"]],
      ["储备店长", ["L1"]],
      ["领班", ["R1"]],
      ["储备领班", []],
    ]);
  });

  it("prints no cascade without the flag", async () => {
    const r = await promo(["vacancy", csv(SO_ROSTER, "so.csv"), "--level", "四级店长", "--policy", "store-ops", "--as-of", AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/连锁空缺/);
  });
});
