/**
 * The CLI output workbook's summary sheet (晋升汇总) carries the near misses, the 9-box grid and
 * the fairness table, with the same numbers as `promo near-miss`, `promo ninebox` and
 * `promo fairness` print as JSON (read back with exceljs). Sample rosters as of 2026-11-23.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ensureCliBuilt, promo, ROOT } from "./run-cli";

beforeAll(ensureCliBuilt, 120_000);

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "promo-summary-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

type Row = ExcelJS.CellValue[];

/** The summary sheet of a fresh review of an example roster, as rows of values from column A. */
async function summary(example: string, policy: string): Promise<{ rows: Row[]; ws: ExcelJS.Worksheet }> {
  const out = path.join(tmp, `${example}-review.xlsx`);
  const r = await promo(["review", path.join(ROOT, "examples", `${example}.xlsx`), "--policy", policy, "--as-of", "2026-11-23", "--out", out]);
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet("晋升汇总")!;
  const rows: Row[] = [];
  for (let i = 1; i <= ws.rowCount; i++) rows.push((ws.getRow(i).values as Row).slice(1));
  return { rows, ws };
}

async function json<T>(args: string[]): Promise<T> {
  const r = await promo([...args, "--as-of", "2026-11-23", "--json"]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

const at = (rows: Row[], test: (a: string) => boolean): number => rows.findIndex((r) => typeof r[0] === "string" && test(r[0]));

describe("taobao-cs.xlsx", () => {
  test("the fairness table of 部门 has promo fairness's numbers; near misses as promo near-miss; a 9-box note", async () => {
    const { rows, ws } = await summary("taobao-cs", "taobao-cs");
    const fair = await json<{ groups: Array<{ group: string; evaluated: number; selected: number; rate: number; ratio: number | null; excluded: number; adverse: boolean }>; reference: string }>([
      "fairness",
      path.join(ROOT, "examples", "taobao-cs.xlsx"),
      "--by",
      "部门",
      "--policy",
      "taobao-cs",
    ]);
    const title = at(rows, (a) => a.startsWith("选拔率（按「部门」，D 列）"));
    expect(String(rows[title]![0])).toContain("66 人参评，19 人可晋升，14 人（数据错误、已最高）不计入");
    expect(rows[title + 1]).toEqual(["部门", "参评", "可晋升", "选拔率", "比率", "五分之四规则", "人数提示", "未计入"]);
    const body = rows.slice(title + 2, title + 2 + fair.groups.length);
    expect(body.map((r) => [r[0], r[1], r[2], r[3], r[4] ?? null, r[7]])).toEqual(fair.groups.map((g) => [g.group, g.evaluated, g.selected, g.rate, g.ratio, g.excluded]));
    expect(body.map((r) => r[0])).toEqual(["售前组", "售后组", "天猫旗舰店客服组", "京东自营店客服组", "VIP客服组"]);
    expect(body.map((r) => r[5] ?? "")).toEqual(["低于 0.8", "", "低于 0.8", "基准", "低于 0.8"]);
    expect(ws.getCell(title + 3, 4).numFmt).toBe("0.0%");
    expect(ws.getCell(title + 3, 6).fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });

    const nm = await json<{ nearMisses: Array<{ id: string; name: string; readyDate: string | null }> }>(["near-miss", path.join(ROOT, "examples", "taobao-cs.xlsx"), "--policy", "taobao-cs"]);
    const head = at(rows, (a) => a.startsWith("差一步："));
    expect(rows[head]![0]).toBe("差一步：28 人只差一项就可晋升（最接近的在前）");
    const listed = rows.slice(head + 2, head + 2 + nm.nearMisses.length);
    expect(listed.map((r) => r[7])).toEqual(nm.nearMisses.map((m) => m.id));
    expect(listed[0]!.slice(0, 3)).toEqual(["肖建军", "客户满意度 88.5% < 90%", "差 1.5 个百分点"]);
    const dated = listed.find((r) => r[7] === "KF1074")!;
    expect(dated[3]).toEqual(new Date(Date.UTC(2027, 0, 6)));
    expect(ws.autoFilter).toBeTruthy();

    expect(at(rows, (a) => a === "九宫格：名单中没有「发展潜力」列（0-100 分），未生成")).toBeGreaterThan(0);
  });
});

describe("user-ops.xlsx", () => {
  test("the 9-box grid has promo ninebox's counts and names, filled by box", async () => {
    const { rows, ws } = await summary("user-ops", "user-ops");
    const box = await json<{ boxes: Array<{ name: { zh: string }; people: Array<{ name: string }> }>; placed: number }>(["ninebox", path.join(ROOT, "examples", "user-ops.xlsx"), "--policy", "user-ops"]);
    const grid = at(rows, (a) => a === "潜力 \\ 绩效");
    expect(rows[grid - 1]![0]).toMatch(/已放入 20 人，未放入 10 人/);
    expect(rows[grid]).toEqual(["潜力 \\ 绩效", "绩效 低（< 70）", "绩效 中（70–85）", "绩效 高（≥ 85）"]);
    const cells = rows.slice(grid + 1, grid + 4).flatMap((r) => r.slice(1, 4).map(String));
    expect(cells.map((c) => c.split("\n")[0])).toEqual(box.boxes.map((b) => `${b.name.zh} ${b.people.length}`));
    expect(cells.map((c) => c.split("\n")[0])).toEqual(["待琢之玉 0", "潜力之星 3", "明星 8", "待提升 0", "中坚力量 5", "绩效之星 4", "待改进 0", "稳定贡献者 0", "专业骨干 0"]);
    expect(cells[1]).toBe(`潜力之星 3\n${box.boxes[1]!.people.map((p) => p.name).join("、")}`);
    expect(ws.getCell(grid + 2, 4).fill).toMatchObject({ fgColor: { argb: "FFC6EFCE" } }); // 明星: green
    expect(ws.getCell(grid + 4, 2).fill).toMatchObject({ fgColor: { argb: "FFFCE4D6" } }); // 待改进: orange
    expect(ws.getCell(grid + 2, 4).alignment).toMatchObject({ wrapText: true });
    expect(ws.getRow(grid + 2).height).toBeGreaterThanOrEqual(45);
  });
});
