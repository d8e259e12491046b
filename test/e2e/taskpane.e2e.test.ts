/**
 * The task pane end to end: the built pane in headless Chromium over the Excel stand-in. A user
 * opens the pane, corrects a column mapping, runs a review, ranks a vacancy and writes it; the
 * sheets that result in the stand-in's workbook are checked against the core's own review.
 * Screenshots of each state go to docs/ (zh-CN and en-US).
 */
import type { Page } from "playwright-core";
import { getTemplate, policyFingerprint, reviewRoster, shortlist, statusLabel, type Cell, type Locale, type Review } from "../../src/core";
import { displayDate } from "../../src/taskpane/models";
import { inBook, shot, usePane } from "./harness";
import { example, PROFILES, rowsOf, sheetFromXlsx, type HostProfile, type StandinConfig, type StandinSheet } from "./workbook-fixture";

const AS_OF = "2026-11-23";

const pane = usePane();

type Book = {
  values(name: string): (string | number | boolean | null)[][] | null;
  sheetNames(): string[];
  info(name: string): {
    freezeRows: number;
    widths: Record<string, number>;
    charts: { type: string; source: string; title: string; position: string[] | null }[];
    conditionalFormats: { range: string; fill: string | null; font: string | null; rule: { formula1: string; operator: string } | null }[];
    tables: { name: string; address: string; style: string; showTotals: boolean }[];
  } | null;
  format(name: string, address: string): string;
  settings(): Record<string, unknown>;
  selection(): string;
  failNextSync(text: string): void;
  active(): string;
  formulas: string[];
  syncs: number;
  setCell(name: string, address: string, value: unknown): void;
};

/** Calls the stand-in's inspection API in the page. */
const book = <T>(page: Page, fn: (b: Book) => T): Promise<T> => inBook(page, fn);


/** Rows of a product sheet below its header (row 2) as objects keyed by header. */
function tableRows(values: (string | number | boolean | null)[][]): Record<string, string | number | boolean | null>[] {
  const header = values[1]!.map(String);
  return values.slice(2).filter((r) => r.some((v) => v !== null)).map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? null])));
}

function expectedReview(sheet: StandinSheet, policyId: string, locale: Locale, mapping: Record<string, string>): Review {
  const { rows } = rowsOf(sheet);
  return reviewRoster({ sheet: sheet.name, rows: rows as Cell[][] }, getTemplate(policyId)!, { asOf: AS_OF, locale, mapping });
}

// The main flow runs under both host profiles (the manifest's floor: members above ExcelApi 1.10
// absent; the web: 5 MB payloads); the other suites run under the floor only (harness default),
// the profile that catches a member the floor lacks, while the payload limits are exercised by
// large-roster.e2e.test.ts under both.
describe.each(PROFILES.map((p) => [p] as [HostProfile]))("zh-CN (%s profile): 淘宝客服 roster, a corrected column, a review and a vacancy", (profile) => {
  let sheet: StandinSheet;
  let page: Page;
  let blocked: string[];
  let errors: string[];

  beforeAll(async () => {
    // The 客户满意度 header is renamed to one the core does not know: the user maps it by hand.
    sheet = await sheetFromXlsx(example("taobao-cs.xlsx"), undefined, (r, _c, cell) => (r === 2 && String(cell.v).trim() === "客户满意度" ? { v: "服务满意度", f: "@" } : cell));
    const config: StandinConfig = {
      locale: "zh-CN",
      sheets: [{ name: "说明", cells: { "0,0": { v: "花名册说明" } } }, sheet, { name: "人才库", cells: { "0,0": { v: "我自己的人才库笔记" } } }],
      active: sheet.name,
      selection: { sheet: sheet.name, r0: 5, c0: 2, nr: 1, nc: 1 },
      profile,
    };
    ({ page, blocked, errors } = await pane.open(config));
  });

  test("detects the roster below its title rows and shows the mapping", async () => {
    await page.waitForSelector("#pl-roster-meta");
    expect(await page.textContent("#pl-roster-meta")).toBe("客服部 · 表头在第 3 行 · 80 行数据");
    expect(await page.inputValue('select[data-header="服务满意度"]')).toBe("");
    expect(await page.inputValue('select[data-header="工号"]')).toBe("id");
    await shot(page, "zh-1-roster");
  });

  test("a corrected column is remembered in the workbook", async () => {
    await page.selectOption('select[data-header="服务满意度"]', "csat");
    await page.waitForSelector("#pl-mapping-saved");
    const settings = await book(page, (b) => b.settings());
    expect(JSON.parse(settings["PromoLadder.mapping"] as string)).toEqual({ 客服部: { 服务满意度: "csat" } });
    await shot(page, "zh-2-mapping", "#pl-mapping .pl-map-row.corrected");
  });

  test("the policy is picked from the level names and its fingerprint shown", async () => {
    expect(await page.getAttribute("#pl-fingerprint", "data-fingerprint")).toBe(policyFingerprint(getTemplate("taobao-cs")!));
    // The date in the pane's language (not the browser's 11/23/2026), typed in any Chinese form.
    await page.fill("#pl-asof", "2026年11月23日");
    await page.dispatchEvent("#pl-asof", "change");
    expect(await page.inputValue("#pl-asof")).toBe(AS_OF);
    // The policy by version; its fingerprint only in the tooltip.
    expect(await page.textContent("#pl-fingerprint")).toBe(`版本 ${getTemplate("taobao-cs")!.version} · 修订于 ${getTemplate("taobao-cs")!.revised}`);
    expect(await page.getAttribute("#pl-fingerprint", "title")).toContain(policyFingerprint(getTemplate("taobao-cs")!));
    await shot(page, "zh-3-policy", "#pl-policy");
  });

  test("runs the review with progress and writes the sheets", async () => {
    const rosterBefore = await book(page, (b) => b.values("客服部"));
    await page.evaluate(() => ((window as unknown as { __standin: StandinConfig }).__standin.syncDelayMs = 1200));
    await page.click("#pl-run");
    await page.waitForSelector("#pl-progress");
    expect(await page.textContent("#pl-progress-text")).toMatch(/^正在写入工作表 \d+ \/ \d+ 行$/);
    await page.evaluate(() => ((window as unknown as { __standin: StandinConfig }).__standin.syncDelayMs = 0));
    await page.waitForSelector("#pl-tiles", { timeout: 60000 });
    await shot(page, "zh-5-results", "#pl-tiles");
    // 人才库 (2) is explained: the workbook's own 人才库 was not written by the product.
    expect(await page.textContent('.pl-displaced[data-sheet="人才库 (2)"]')).toContain("工作簿里已有一张“人才库”，不是 PromoLadder 写的");
    expect(await page.textContent("#pl-main")).not.toMatch(/#[0-9a-f]{8}/);

    const expected = expectedReview(sheet, "taobao-cs", "zh-CN", { 服务满意度: "csat" });
    expect(expected.summary.byStatus).toEqual({ eligible: 19, awaiting_vacancy: 0, not_eligible: 47, top: 8, error: 6 });
    // The user's own 人才库 is kept; the product writes 人才库 (2).
    expect(await book(page, (b) => b.sheetNames())).toEqual(["说明", "客服部", "人才库", "晋升评审", "人才库 (2)", "晋升汇总", "晋升档案"]);
    expect(await book(page, (b) => b.values("人才库"))).toEqual([["我自己的人才库笔记"]]);
    expect(await book(page, (b) => b.values("客服部"))).toEqual(rosterBefore);
    expect(await book(page, (b) => b.active())).toBe("晋升评审");
    // PROMO formulas without a policy argument now follow the template of this review.
    expect((await book(page, (b) => b.settings()))["promo.policy"]).toBe("taobao-cs");

    const results = (await book(page, (b) => b.values("晋升评审")))!;
    expect(String(results[0]![0])).toContain(expected.policy.fingerprint);
    const rows = tableRows(results);
    expect(rows).toHaveLength(80);
    const byId = new Map(rows.map((r) => [`${r["工号"]}#${r["行号"]}`, r]));
    for (const e of expected.rows) expect(byId.get(`${e.id}#${e.row}`)?.["状态"]).toBe(statusLabel(e.status, "zh-CN"));
    // Specific people: those whose status depends on the hand-mapped 服务满意度 column.
    const unmapped = expectedReview(sheet, "taobao-cs", "zh-CN", {});
    const changed = expected.rows.filter((e, i) => e.status !== unmapped.rows[i]!.status);
    expect(changed.length).toBeGreaterThan(5);
    for (const e of changed) expect(byId.get(`${e.id}#${e.row}`)?.["状态"]).toBe(statusLabel(e.status, "zh-CN"));
    const error = rows.find((r) => String(r["数据问题"] ?? "").includes("N51"))!;
    expect(error["状态"]).toBe("数据错误");
    const withDate = rows.find((r) => typeof r["预计达标日期"] === "number")!;
    expect(withDate["预计达标日期"]).toBeGreaterThan(46000); // a date serial in 2026-2027
    const info = (await book(page, (b) => b.info("晋升评审")))!;
    expect(info.tables).toEqual([{ name: "PromoReview", address: "A2:N82", style: "TableStyleMedium2", showTotals: false }]);
    expect(info.freezeRows).toBe(2);
    expect(info.conditionalFormats.map((c) => c.rule?.formula1)).toEqual(['="可晋升"', '="待空缺"', '="已最高"', '="数据错误"']);
    expect(await book(page, (b) => b.format("晋升评审", "J3"))).toBe("yyyy-mm-dd");
    expect(await book(page, (b) => b.formulas)).toEqual([]);

    const summary = (await book(page, (b) => b.info("晋升汇总")))!;
    expect(summary.charts).toHaveLength(1);
    expect(summary.charts[0]).toMatchObject({ type: "ColumnClustered", title: "各状态人数" });
    const log = (await book(page, (b) => b.values("晋升档案")))!;
    expect(tableRows(log)).toHaveLength(80);
    expect(tableRows(log)[0]).toMatchObject({ 评审日期: 46349, 方案指纹: expected.policy.fingerprint, 工号: "KF1030", 状态: statusLabel(expected.rows[0]!.status, "zh-CN") });
    expect(blocked).toEqual([]);
  });

  test("an error link selects the offending cell", async () => {
    await page.click('button[data-cell="客服部!N51"]');
    await page.waitForFunction(() => (window as unknown as { __standinBook: Book }).__standinBook.selection() === "客服部!N51");
  });

  test("a re-run keeps the sign-offs and appends to the log", async () => {
    const results = (await book(page, (b) => b.values("晋升评审")))!;
    const r = results.findIndex((row) => row[1] === "KF1051");
    await page.evaluate(`window.__standinBook.setCell("晋升评审", "N${r + 1}", "同意 王经理")`);
    await page.click("#pl-run");
    await page.waitForSelector("#pl-run");
    await page.waitForSelector("#pl-tiles");
    const again = tableRows((await book(page, (b) => b.values("晋升评审")))!);
    expect(again.find((x) => x["工号"] === "KF1051")!["主管确认"]).toBe("同意 王经理");
    expect(tableRows((await book(page, (b) => b.values("晋升档案")))!)).toHaveLength(160);
    expect(await book(page, (b) => b.sheetNames())).toEqual(["说明", "客服部", "人才库", "晋升评审", "人才库 (2)", "晋升汇总", "晋升档案"]);
    expect(await page.textContent("#pl-main")).toContain("保留了 1 条主管确认");
  });

  test("ranks a vacancy with reasons and writes the shortlist", async () => {
    await page.click("#pl-tab-vacancy");
    await page.waitForSelector("#pl-rank");
    await page.selectOption("#pl-vac-level", "高级客服");
    await page.fill("#pl-vac-count", "2");
    await page.dispatchEvent("#pl-vac-count", "change");
    await page.click("#pl-rank");
    await page.waitForSelector("#pl-shortlist");
    const expected = shortlist(expectedReview(sheet, "taobao-cs", "zh-CN", { 服务满意度: "csat" }).rows, "高级客服", 2);
    const shown = await page.$$eval("#pl-shortlist li.pl-cand", (els) => els.map((e) => e.getAttribute("data-id")));
    expect(shown).toEqual(expected.map((e) => e.id));
    // At 320 px (the narrowest default pane) no fact of a line is broken inside ("合计 172").
    await page.setViewportSize({ width: 320, height: 800 });
    const broken = await page.$$eval(".pl-part", (els) => els.filter((e) => e.getClientRects().length > 1 || e.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(e).lineHeight || "20")).map((e) => e.textContent));
    expect(broken).toEqual([]);
    await page.setViewportSize({ width: 350, height: 800 });
    await shot(page, "zh-6-vacancy");
    await page.click("#pl-write-shortlist");
    await page.waitForSelector("fluent-message-bar[intent=success]");
    const written = tableRows((await book(page, (b) => b.values("空缺候选")))!);
    expect(written.map((r) => r["工号"])).toEqual(expected.map((e) => e.id));
    expect(written.map((r) => r["入选"])).toEqual(expected.map((e) => (e.shortlisted ? "是" : "否")));
    expect(String(written[0]!["排名依据"])).toMatch(/^(绩效\+技能|各项相同)/);
    expect(errors).toEqual([]);
  });

  test("changing the places re-ranks the list; a failed write is reported on the vacancy tab", async () => {
    await page.fill("#pl-vac-count", "1");
    await page.dispatchEvent("#pl-vac-count", "change");
    const one = shortlist(expectedReview(sheet, "taobao-cs", "zh-CN", { 服务满意度: "csat" }).rows, "高级客服", 1);
    const chosen = one.filter((e) => e.shortlisted).map((e) => e.id);
    expect(chosen).toHaveLength(1);
    await page.waitForFunction((n) => document.querySelectorAll("#pl-shortlist li.pl-cand.in").length === n, chosen.length);
    expect(await page.$$eval("#pl-shortlist li.pl-cand.in", (els) => els.map((e) => e.getAttribute("data-id")))).toEqual(chosen);
    await book(page, (b) => b.failNextSync("The workbook is protected."));
    await page.click("#pl-write-shortlist");
    await page.waitForSelector("#pl-vacancy-error fluent-message-bar[intent=error]");
    expect(await page.textContent("#pl-vacancy-error")).toContain("The workbook is protected.");
    await page.click("#pl-write-shortlist");
    await page.waitForSelector("fluent-message-bar[intent=success]");
    expect(await page.$("#pl-vacancy-error")).toBeNull();
    expect(tableRows((await book(page, (b) => b.values("空缺候选")))!).filter((r) => r["入选"] === "是").map((r) => r["工号"])).toEqual(chosen);
    expect((await book(page, (b) => b.sheetNames())).filter((n) => n.startsWith("空缺候选"))).toEqual(["空缺候选"]);
  });
});

describe("en-US: store roster, reserves awaiting a vacancy", () => {
  let sheet: StandinSheet;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    // 技能考核 renamed to a header the core does not know; the user maps it to Skill.
    sheet = await sheetFromXlsx(example("store-ops.xlsx"), undefined, (r, _c, cell) => (r === 2 && cell.v === "技能考核" ? { v: "技能测评", f: "@" } : cell));
    const config: StandinConfig = { locale: "en-US", sheets: [sheet], active: sheet.name, selection: { sheet: sheet.name, r0: 4, c0: 1, nr: 1, nc: 1 } };
    ({ page, errors } = await pane.open(config));
    await page.waitForSelector("#pl-roster-meta");
  });

  test("English texts, mapping correction and policy", async () => {
    expect(await page.textContent("#pl-roster-meta")).toBe("营运部 · header in row 3 · 48 data rows");
    expect(await page.getAttribute("html", "lang")).toBe("en-US");
    await shot(page, "en-1-roster");
    await page.selectOption('select[data-header="技能测评"]', "skill");
    await page.waitForSelector("#pl-mapping-saved");
    await shot(page, "en-2-mapping", "#pl-mapping .pl-map-row.corrected");
    expect(await page.getAttribute("#pl-fingerprint", "data-fingerprint")).toBe(policyFingerprint(getTemplate("store-ops")!));
    await page.fill("#pl-asof", "11/23/2026");
    await page.dispatchEvent("#pl-asof", "change");
    expect(await page.inputValue("#pl-asof")).toBe("Nov 23, 2026");
    expect(await page.textContent("#pl-fingerprint")).toBe(`version ${getTemplate("store-ops")!.version} · revised ${displayDate(getTemplate("store-ops")!.revised!, "en-US")}`);
    await shot(page, "en-3-policy", "#pl-policy");
  });

  test("review: statuses, talent pool with allowances, summary chart", async () => {
    await page.click("#pl-run");
    await page.waitForSelector("#pl-tiles");
    await shot(page, "en-5-results", "#pl-tiles");
    const expected = expectedReview(sheet, "store-ops", "en-US", { 技能测评: "skill" });
    expect(expected.summary.byStatus.awaiting_vacancy).toBe(5);
    const rows = tableRows((await book(page, (b) => b.values("晋升评审")))!);
    for (const e of expected.rows) expect(rows.find((r) => r["ID"] === e.id && r["Row"] === e.row)?.["Status"]).toBe(statusLabel(e.status, "en-US"));
    const pool = (await book(page, (b) => b.values("人才库")))!;
    const entries = tableRows(pool).slice(0, expected.talentPool.entries.length);
    expect(entries.map((r) => r["ID"])).toEqual(expected.talentPool.entries.map((e) => e.id));
    const total = pool[2 + expected.talentPool.entries.length]!;
    expect(total[0]).toBe(`Total (${expected.talentPool.entries.length})`);
    expect(total[8]).toBe(expected.talentPool.allowanceTotal);
    const poolInfo = (await book(page, (b) => b.info("人才库")))!;
    expect(poolInfo.tables.map((t) => [t.name, t.showTotals])).toEqual([["PromoPool", true], ["PromoPoolByLevel", false]]);
    const summary = (await book(page, (b) => b.info("晋升汇总")))!;
    expect(summary.charts[0]).toMatchObject({ type: "ColumnClustered", title: "People by status", source: "A12:B17" }); // below the facts, whose last row names the column not used (备注)
  });

  test("vacancy at 领班: reserves ranked with reasons, written to a sheet", async () => {
    await page.click("#pl-tab-vacancy");
    await page.waitForSelector("#pl-rank");
    expect(await page.inputValue("#pl-vac-level")).toBe("领班");
    await page.fill("#pl-vac-count", "1");
    await page.dispatchEvent("#pl-vac-count", "change");
    await page.click("#pl-rank");
    await page.waitForSelector("#pl-shortlist");
    const expected = shortlist(expectedReview(sheet, "store-ops", "en-US", { 技能测评: "skill" }).rows, "领班", 1);
    expect(await page.$$eval("#pl-shortlist li.pl-cand", (els) => els.map((e) => e.getAttribute("data-id")))).toEqual(expected.map((e) => e.id));
    await shot(page, "en-6-vacancy");
    await page.click("#pl-write-shortlist");
    await page.waitForSelector("fluent-message-bar[intent=success]");
    const written = tableRows((await book(page, (b) => b.values("空缺候选")))!);
    expect(written.map((r) => [r["ID"], r["Shortlisted"]])).toEqual(expected.map((e) => [e.id, e.shortlisted ? "Yes" : "No"]));
    expect(errors).toEqual([]);
  });
});

/** The 淘宝客服 roster repeated to `copies` x 80 people (ids made unique). */
async function longRoster(copies: number): Promise<StandinSheet> {
  const base = await sheetFromXlsx(example("taobao-cs.xlsx"));
  const cells: StandinSheet["cells"] = {};
  const data: [number, number, StandinSheet["cells"][string]][] = [];
  for (const [k, v] of Object.entries(base.cells)) {
    const [r, c] = k.split(",").map(Number) as [number, number];
    if (r <= 2) cells[k] = v;
    else data.push([r, c, v]);
  }
  const height = 82;
  for (let n = 0; n < copies; n++) {
    for (const [r, c, v] of data) cells[`${r + n * height},${c}`] = c === 1 ? { v: `${String(v.v)}-${n}`, f: "@" } : v;
  }
  return { name: base.name, cells };
}

describe.each([["zh-CN" as const, "zh"], ["en-US" as const, "en"]])("%s: a long roster shows progress and can be cancelled", (locale, tag) => {
  test("cancel between chunks leaves the workbook unchanged", async () => {
    const sheet = await longRoster(60);
    const { page } = await pane.open({ locale, sheets: [sheet], active: sheet.name, selection: { sheet: sheet.name, r0: 5, c0: 2, nr: 1, nc: 1 } });
    await page.clock.install();
    await page.waitForSelector("#pl-roster-meta");
    await page.fill("#pl-asof", AS_OF);
    await page.dispatchEvent("#pl-asof", "change");
    const syncs = await book(page, (b) => b.syncs);
    // Freeze the page's timers: the review stops at its first yield, between two chunks.
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.click("#pl-run");
    await page.waitForFunction(() => /2,000|2\s*000/.test(document.getElementById("pl-progress-text")?.textContent ?? ""));
    await shot(page, `${tag}-4-running`, "#pl-policy");
    await page.click("#pl-cancel");
    await page.clock.resume();
    await page.waitForSelector("#pl-run");
    expect(await page.textContent("#pl-run-card")).toContain(locale === "zh-CN" ? "已取消" : "Cancelled");
    expect(await book(page, (b) => b.sheetNames())).toEqual(["客服部"]);
    expect(await book(page, (b) => b.syncs)).toBe(syncs);
    await page.close();
  });
});
