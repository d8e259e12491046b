/**
 * Issue 19, class 14 leftovers that a catalogue fixture alone does not show: an `--out` that is a
 * symbolic link, a roster sheet named 晋升评审 read with `--sheet`, a policy JSON in UTF-16, a
 * policy workbook with thousands of problems, text with a leading tab or line break and a literal
 * `_x0041_` written by the streaming writer, and sheet names cut to 31 characters.
 * Cost: about 20 CLI runs in process (~20 s of CPU).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { excelSheetNames } from "../../src/cli/io/excel-text";
import { decodePolicyJson, MAX_LISTED_PROBLEMS } from "../../src/cli/policy-source";
import { FIXTURES, ensureCliBuilt, openWorkbook, promoAsync, tempDir, xmlProblems } from "./helpers";

const MODES = ["--no-stream", "--stream"] as const;
const BASE = ["--policy", "taobao-cs", "--as-of", "2026-11-23"];
const CLEAN = path.join(FIXTURES, "clean.xlsx");

let dir: string;
beforeAll(ensureCliBuilt);
beforeEach(() => (dir = tempDir("leftovers")));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(MODES)("%s: --out a symbolic link", (mode) => {
  test("the file it points to is replaced and the link kept", async () => {
    const target = path.join(dir, "2026", "review.xlsx");
    fs.mkdirSync(path.dirname(target));
    expect((await promoAsync(["review", CLEAN, ...BASE, "--out", target])).code).toBe(0);
    const link = path.join(dir, "latest.xlsx");
    fs.symlinkSync(path.join("2026", "review.xlsx"), link);
    const run = await promoAsync(["review", CLEAN, ...BASE, mode, "--out", link]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.stringContaining(link) as unknown });
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readdirSync(path.dirname(target))).toEqual(["review.xlsx"]); // no temp file left beside the target
    expect(await xmlProblems(target)).toEqual([]);
  }, 60_000);

  test("a link loop is exit 2 with one line", async () => {
    fs.symlinkSync("b.xlsx", path.join(dir, "a.xlsx"));
    fs.symlinkSync("a.xlsx", path.join(dir, "b.xlsx"));
    const run = await promoAsync(["review", CLEAN, ...BASE, mode, "--out", path.join(dir, "a.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n").filter((l) => l !== "")).toEqual([expect.stringContaining("符号链接")]);
  }, 60_000);
});

describe.each(MODES)("%s: a roster sheet named 晋升评审", (mode) => {
  test("--sheet 晋升评审 reviews it: the copy keeps the name, the results go to 晋升评审 (2)", async () => {
    const out = path.join(dir, "out.xlsx");
    const run = await promoAsync(["review", path.join(FIXTURES, "product-named-roster.xlsx"), ...BASE, mode, "--sheet", "晋升评审", "--out", out]);
    expect(run.code).toBe(0);
    const wb = await openWorkbook(out);
    // Workbook mode also writes the talent sheets (继任梯队, 发展计划); streaming mode does not.
    const sheets = ["晋升评审", "晋升评审 (2)", "人才库", "晋升汇总", ...(mode === "--no-stream" ? ["继任梯队", "发展计划"] : [])];
    expect(wb.worksheets.map((s) => s.name)).toEqual(sheets);
    expect(wb.getWorksheet("晋升评审")!.getCell("A2").value).toBe("E001");
    // A re-run over it replaces only the product's sheets.
    expect((await promoAsync(["review", path.join(FIXTURES, "product-named-roster.xlsx"), ...BASE, mode, "--sheet", "晋升评审", "--out", out])).code).toBe(0);
    expect((await openWorkbook(out)).worksheets.map((s) => s.name)).toEqual(sheets);
  }, 60_000);
});

describe("a policy JSON in UTF-16", () => {
  let exported: string;
  beforeAll(async () => {
    exported = (await promoAsync(["policy", "export", "taobao-cs", "--json"])).stdout;
  }, 60_000);

  test.each([
    ["UTF-16LE with a BOM", (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")])],
    ["UTF-16BE with a BOM", (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, "utf16le").swap16()])],
    ["UTF-16LE without a BOM", (t: string) => Buffer.from(t, "utf16le")],
    ["UTF-8 with a BOM", (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, "utf8")])],
  ])("%s is read as the policy", async (_what, encode) => {
    expect(decodePolicyJson(encode(exported))).toBe(exported);
    const file = path.join(dir, "p.json");
    fs.writeFileSync(file, encode(exported));
    const run = await promoAsync(["review", CLEAN, "--policy", file, "--as-of", "2026-11-23", "--json"]);
    expect(run.code).toBe(0);
  }, 60_000);

  test("a syntax error in a file of other bytes is one line per problem, control characters escaped", async () => {
    const file = path.join(dir, "bad.json");
    fs.writeFileSync(file, Buffer.from([0x00, 0x0a, 0xff, 0xfe, 0x0a, 0x41]));
    const run = await promoAsync(["policy", "check", file]);
    expect(run.code).toBe(2);
    const lines = run.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(2); // the count, then the one problem
    expect(lines[1]).toContain("\\u000a");
  }, 60_000);
});

describe("a policy workbook with thousands of problems", () => {
  test("lists the first 50 and counts the rest", async () => {
    const file = path.join(dir, "policy.xlsx");
    expect((await promoAsync(["policy", "export", "taobao-cs", "--out", file])).code).toBe(0);
    const wb = await openWorkbook(file);
    const rules = wb.getWorksheet("规则")!;
    for (let r = rules.rowCount + 1; r <= 2000; r++) rules.getRow(r).values = ["初级客服", "中级客服", `路径${r}`, "x"];
    await wb.xlsx.writeFile(file);
    const run = await promoAsync(["review", CLEAN, "--policy", file, "--as-of", "2026-11-23", "--json"]);
    expect(run.code).toBe(2);
    const lines = run.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(MAX_LISTED_PROBLEMS + 2);
    const total = Number(/有 (\d+) 处问题/.exec(lines[0]!)![1]);
    expect(total).toBeGreaterThan(5000);
    expect(lines.at(-1)).toContain(`另有 ${total - MAX_LISTED_PROBLEMS} 处问题未列出`);
  }, 120_000);
});

describe("text the streaming writer writes", () => {
  test("a leading tab or line break and a literal _x0041_ read back as they were, in Excel's and exceljs's terms", async () => {
    const roster = path.join(dir, "名单.csv");
    const header = "工号,姓名,部门,职级,入职日期,任现职日期,绩效,团队协作,学习成长,客户满意度,工单量,差错率,技能考核,技能证书,低质评价,备注";
    const row = (id: string, note: string): string => `${id},张三,客服一部,初级客服,2025/3/1,2025/3/1,90,85,80,96.5%,3000,0.5%,85,是,0,"${note}"`;
    fs.writeFileSync(roster, [header, row("E001", "\t缩进"), row("E002", "\n换行在前"), row("E003", "_x0041_"), row("E004", "尾随空格 ")].join("\r\n"));
    const out = path.join(dir, "out.xlsx");
    expect((await promoAsync(["review", roster, ...BASE, "--stream", "--out", out])).code).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).not.toContain('t="str"');
    expect(xml).toContain('<c r="P2" t="inlineStr"><is><t xml:space="preserve">\t缩进</t></is></c>');
    // E002's note spans two lines of the CSV, so E003 is on line 5 (rows keep their line numbers).
    expect(xml).toContain('<c r="P5" t="inlineStr"><is><t>_x005F_x0041_</t></is></c>');
    const ws = (await openWorkbook(out)).getWorksheet("名单")!;
    expect(["P2", "P3", "P5", "P6"].map((a) => ws.getCell(a).value)).toEqual(["\t缩进", "\n换行在前", "_x0041_", "尾随空格 "]);
    // The streaming reader reads the output back the same (a re-run with the output as the roster).
    const again = await promoAsync(["review", out, ...BASE, "--sheet", "名单", "--stream", "--json"]);
    expect(again.code).toBe(0);
  }, 60_000);
});

describe("sheet names over 31 characters", () => {
  test.each([
    [[`${"名".repeat(30)}😀尾巴`], ["名".repeat(30)]],
    [["a".repeat(40), "a".repeat(35)], ["a".repeat(31), `${"a".repeat(27)} (2)`]],
    [["名单", "a[b]"], ["名单", "a_b_"]],
    [["名单"], ["名单"]],
  ])("%j -> %j", (names, fixed) => {
    const out = excelSheetNames(names);
    expect(out).toEqual(fixed);
    for (const n of out) expect({ n, halfSurrogate: /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(n) }).toEqual({ n, halfSurrogate: false });
  });
});
