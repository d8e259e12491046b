import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { formatGaps, type Review } from "../../src/core";
import { FILE, FINGERPRINT, PINNED } from "./ecom-cs-2026-pinned";
import { ROOT, ensureCliBuilt, promo } from "./run-cli";

// examples/ecom-cs-2026.xlsx (issue #8): blockers and rolling windows end to end, through the
// workbook's own policy sheets. Every pinned number was checked by hand (examples/README.md lists
// the cases).

beforeAll(ensureCliBuilt, 120_000);

let review: Review;
let stderr: string;
beforeAll(async () => {
  const r = await promo(["review", FILE, "--as-of", "2026-11-23", "--json"]);
  expect(r.code).toBe(0);
  review = JSON.parse(r.stdout) as Review;
  stderr = r.stderr;
}, 60_000);

describe(`promo review ${FILE} --as-of 2026-11-23`, () => {
  test("uses the workbook's own policy sheets, blockers and windows included", () => {
    expect(review.policy.fingerprint).toBe(FINGERPRINT);
    expect(stderr).toContain(`使用花名册工作簿中的晋升方案工作表：${FINGERPRINT}`);
    expect(review.warnings).toBeUndefined();
  });

  test("counts: 48 people, 19 eligible, 26 not eligible, 2 top, 1 data error", () => {
    expect(review.summary.total).toBe(48);
    expect(review.summary.byStatus).toEqual({ eligible: 19, awaiting_vacancy: 0, not_eligible: 26, top: 2, error: 1 });
  });

  test.each(PINNED)("row %i %s: %s", (row, id, status, path, ready, gaps) => {
    const r = review.rows.find((x) => x.row === row)!;
    expect(r.id).toBe(id);
    expect(r.status).toBe(status);
    const t = r.targets[0];
    if (status === "top") return expect(r.targets).toEqual([]);
    expect(t!.path).toBe(path);
    expect(t!.readyDate).toBe(ready);
    expect(formatGaps(t!.unmet, "zh-CN")).toBe(gaps);
  });

  test("the JSON marks blockers and windows on the unmet entries", () => {
    const probation = review.rows.find((x) => x.id === "CS2602")!.targets[0]!.unmet;
    expect(probation).toEqual([{ field: "probation_end", op: "<=", required: "as_of", actual: "2027-01-20", reason: "below", blocker: true }]);
    const cert = review.rows.find((x) => x.id === "CS2609")!.targets[0]!.unmet;
    expect(cert).toEqual([{ field: "cert_expiry", op: ">=", required: "as_of", actual: "2026-10-31", reason: "below", blocker: true, label: "上岗证已过期" }]);
    const count = review.rows.find((x) => x.id === "CS2629")!.targets[0]!.unmet;
    expect(count).toEqual([{ field: "csat", op: ">=", required: 4, actual: 3, reason: "below", window: { months: 6, agg: "count_at_least", floor: 0.95 } }]);
  });

  test("the unreadable month cell is a row error naming the cell", () => {
    expect(review.rows.find((x) => x.id === "CS2616")!.errors).toEqual([
      { cell: "客服部!U18", code: "unreadable", message: "“客户满意度(2026/09)”列的值“请假”无法读取：应为百分比，如 95% 或 0.95" },
    ]);
  });

  test("English gaps", () => {
    const gaps = (id: string): string => formatGaps(review.rows.find((x) => x.id === id)!.targets[0]!.unmet, "en-US");
    expect(gaps("CS2619")).toBe("Years in level 0.33 yr < 0.5 yr; Blocked: disciplinary record in the last 12 months (Disciplinary date 2026-06-01)");
    expect(gaps("CS2638")).toBe("Tickets 6-month average 1499.83 < 1500");
    expect(gaps("CS2608")).toBe("Blocked: mandatory training not completed (Mandatory training no)");
  });
});

describe("the review workbook", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "promo-ecs26-"));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("晋升评审 shows the blockers and windows in words, and the ready date", async () => {
    const out = path.join(tmp, "out.xlsx");
    const r = await promo(["review", path.join(ROOT, FILE), "--as-of", "2026-11-23", "--out", out]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("晋升评审")!;
    let headerRow = 1;
    while (!(ws.getRow(headerRow).values as unknown[]).includes("工号")) headerRow++;
    const header = (ws.getRow(headerRow).values as unknown[]).map(String);
    const col = (name: string): number => header.indexOf(name);
    const rowOf = (id: string): ExcelJS.Row => {
      let found: ExcelJS.Row | null = null;
      ws.eachRow((row) => {
        if (row.getCell(col("工号")).value === id) found = row;
      });
      return found!;
    };
    expect(rowOf("CS2602").getCell(col("未达标项")).value).toBe("否决：试用期未结束（转正日期 2027-01-20）");
    expect(rowOf("CS2602").getCell(col("预计达标日期")).value).toEqual(new Date(Date.UTC(2027, 0, 20)));
    expect(rowOf("CS2612").getCell(col("未达标项")).value).toBe("客户满意度近6月平均 88.5% < 90%");
  });
});

describe("the policy as JSON, and a roster with too few months", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "promo-ecs26-json-"));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("policy export --json reads back to the same fingerprint, and reviews the same", async () => {
    const exported = await promo(["policy", "export", FILE, "--json"]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('"window": { "months": 6, "agg": "count_at_least", "floor": 0.95 }');
    const json = path.join(tmp, "ecom-cs-2026.json");
    fs.writeFileSync(json, exported.stdout);
    expect((await promo(["policy", "check", json])).stdout).toBe(`OK ${FINGERPRINT}（电商客服 2026：5 个职级，4 个晋升步骤）\n`);
    const again = await promo(["review", FILE, "--policy", json, "--as-of", "2026-11-23", "--json"]);
    expect((JSON.parse(again.stdout) as Review).rows).toEqual(review.rows);
  });

  test("four monthly columns for a six-month window: a warning on stderr naming the field and the months, the criterion missing", async () => {
    const json = path.join(tmp, "policy.json");
    fs.writeFileSync(json, (await promo(["policy", "export", FILE, "--json"])).stdout);
    const csv = path.join(tmp, "short.csv");
    const lines = [
      "工号,姓名,岗位,定级日期,业务考核,绩效考核,综合素质,转正日期,必修培训,证书有效期,满意度 2026-07,满意度 2026-08,满意度 2026-09,满意度 2026-10",
      "E1,张三,初级客服,2025-01-01,80,80,80,2025-04-01,是,2027-12-31,95%,95%,95%,95%",
    ];
    fs.writeFileSync(csv, `${lines.join("\n")}\n`);
    const r = await promo(["review", csv, "--policy", json, "--as-of", "2026-11-23", "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "promo: 注意：「客户满意度近6月平均」需要「客户满意度」最近 6 个月的月度列，花名册中只找到 4 个（2026-07、2026-08、2026-09、2026-10）",
    );
    const out = JSON.parse(r.stdout) as Review;
    expect(out.warnings!.map((w) => w.found.length)).toEqual([4, 4]);
    expect(formatGaps(out.rows[0]!.targets[0]!.unmet, "zh-CN")).toBe("客户满意度近6月平均 缺少数据（需 ≥ 90%）");
    const en = await promo(["review", csv, "--policy", json, "--as-of", "2026-11-23", "--json", "--lang", "en"]);
    expect(en.stderr).toContain('promo: warning: "CSAT 6-month average" needs monthly "CSAT" columns for the last 6 months; the roster has 4 (2026-07, 2026-08, 2026-09, 2026-10)');
  });
});
