/**
 * Issue #21 in the task pane end to end: the 成本与校准 view compares with the previous cycle of the
 * pane's own 晋升档案 log, and the budget typed there reaches 晋升汇总. In headless Chromium with the
 * Excel stand-in, examples/store-ops-pay.xlsx (roster and policy sheets with pay) is reviewed as of
 * 2026-05-23; then one eligible employee's 职级 is raised to the level they were eligible for (a
 * promotion) and the roster detected again; then it is reviewed as of 2026-11-23, and again as of
 * 2026-11-23 (a re-run still compares with May, not with itself); a budget of 3,000 is typed, remembered in the workbook and written with
 * 写入晋升汇总. The tables are checked against the core (`compareCycles`, `budgetWhatIf`) and the
 * report tables the CLI prints; Chinese on the manifest floor, English on the web profile.
 * Screenshots: docs/taskpane-{zh,en}-round-{320,450}.png and docs/taskpane-{zh,en}-history-{320,450}.png.
 */
import type { Page } from "playwright-core";
import { budgetWhatIf, compareCycles, policyFromSheets, promotionCost, reviewRoster, type Cell, type Locale, type PastCycle, type Policy, type Review, type RosterInput } from "../../src/core";
import { budgetHeading, budgetTable, categoryText, historyCountsTable, historyTable, tableCells } from "../../src/report";
import { inBook, shot, usePane } from "./harness";
import { example, rowsOf, sheetFromXlsx, type HostProfile, type StandinSheet } from "./workbook-fixture";

const MAY = "2026-05-23";
const NOV = "2026-11-23";
const BUDGET = 3000;
const FILE = example("store-ops-pay.xlsx");

const pane = usePane();

type Values = (string | number | boolean | null)[][];
type Book = { values(name: string): Values | null; settings(): Record<string, unknown>; reads(): Record<string, number> };
const book = <T>(page: Page, fn: (b: Book) => T): Promise<T> => inBook(page, fn);

function input(sheet: StandinSheet): RosterInput {
  return { sheet: sheet.name, rows: rowsOf(sheet).rows as Cell[][] };
}

function policyOf(sheets: StandinSheet[]): Policy {
  const read = policyFromSheets(sheets.map((s) => ({ name: s.name, rows: rowsOf(s).rows as Cell[][] })));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.policy;
}

/** May's review as the log holds it: one cycle of 工号, name, level and status. */
function cycleOf(review: Review): PastCycle {
  return { asOf: review.asOf, records: review.rows.filter((r) => r.id !== "").map((r) => ({ id: r.id, name: r.name, level: r.level, status: r.status })) };
}

/** Log rows in the stand-in (below the title and header). */
async function logRows(page: Page): Promise<number> {
  return book(page, (b) => Math.max(0, (b.values("晋升档案")?.length ?? 2) - 2));
}

/** Reviews as of `asOf` and waits until the log has grown by the review's rows. */
async function reviewAsOf(page: Page, asOf: string, people: number): Promise<void> {
  const before = await logRows(page);
  await page.click("#pl-tab-review");
  await page.fill("#pl-asof", asOf);
  await page.dispatchEvent("#pl-asof", "change");
  await page.click("#pl-run");
  await page.waitForFunction((n) => {
    const log = (window as unknown as { __standinBook: Book }).__standinBook.values("晋升档案");
    return (log?.length ?? 0) - 2 >= n;
  }, before + people);
  await page.waitForSelector("#pl-tiles");
}

/**
 * Promotes the first 可晋升 employee of `may` in the roster (their 职级 cell set to the level they
 * were eligible for) in the stand-in and in the test's copy, selects the roster and detects it again.
 * @returns the employee's 工号
 */
async function promoteOne(page: Page, roster: StandinSheet, may: Review): Promise<string> {
  const level = may.columns.find((c) => c.field === "level");
  const row = may.rows.find((r) => r.status === "eligible" && r.targets.some((t) => t.met));
  const target = row?.targets.find((t) => t.met)?.level;
  if (!level || !row || !target) throw new Error("no eligible employee to promote");
  const key = `${row.row - 1},${level.index}`;
  roster.cells[key] = { ...roster.cells[key], v: target };
  const before = (await book(page, (b) => b.reads()))[roster.name] ?? 0;
  await page.evaluate(`window.__standinBook.setCell(${JSON.stringify(roster.name)}, "${level.column}${row.row}", ${JSON.stringify(target)})`);
  await page.evaluate(`window.__standinBook.select(${JSON.stringify(roster.name)}, [{ r0: ${row.row - 1}, c0: 0, nr: 1, nc: 1 }])`);
  await page.click("#pl-tab-review");
  await page.click("#pl-detect");
  // Detected again once the roster's values were read and the pane shows it (no spinner).
  const ready = (args: { name: string; before: number }): boolean => {
    const b = (window as unknown as { __standinBook: Book }).__standinBook;
    return (b.reads()[args.name] ?? 0) > args.before && document.getElementById("pl-roster-meta") !== null && document.querySelector("#pl-main fluent-spinner") === null;
  };
  await page.waitForFunction(ready, { name: roster.name, before });
  await page.waitForTimeout(300);
  await page.waitForFunction(ready, { name: roster.name, before });
  return row.id;
}

/** The rows of a pane table as text cells, header first. */
function tableText(page: Page, id: string): Promise<string[][]> {
  return page.$$eval(`#${id} tr`, (trs) => trs.map((tr) => Array.from(tr.querySelectorAll("th,td"), (c) => c.textContent ?? "")));
}

/** Index of the summary row whose column A is `text`. */
function rowOf(values: Values, text: string, from = 0): number {
  return values.findIndex((r, i) => i >= from && r[0] === text);
}

/** Wider than the pane: the page scrolls sideways, or a card's content is wider than the card (its tables scroll inside `.pl-scroll`). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) out.push(`page ${document.documentElement.scrollWidth}`);
    document.querySelectorAll<HTMLElement>("#pl-main .pl-card").forEach((c) => {
      if (c.scrollWidth > c.clientWidth) out.push(`card "${c.querySelector("h2")?.textContent ?? ""}" ${c.scrollWidth} > ${c.clientWidth}`);
    });
    return out;
  });
}

describe.each([
  ["zh-CN" as Locale, "zh", "floor" as HostProfile],
  ["en-US" as Locale, "en", "web" as HostProfile],
])("%s: cost, budget and cycle over cycle in the pane (%s, %s profile)", (locale, tag, profile) => {
  const zh = locale === "zh-CN";
  let page: Page;
  let errors: string[];
  let roster: StandinSheet;
  let policy: Policy;
  let nov: Review;
  let may: Review;
  let promoted: string;
  let firstNote: string | null;

  beforeAll(async () => {
    roster = await sheetFromXlsx(FILE, "营运部");
    const sheets = await Promise.all(["晋升方案", "职级", "规则"].map((n) => sheetFromXlsx(FILE, n)));
    policy = policyOf(sheets);
    ({ page, errors } = await pane.open({ locale, profile, sheets: [roster, ...sheets], active: roster.name, selection: { sheet: roster.name, r0: 3, c0: 1, nr: 1, nc: 1 } }));
    await page.setViewportSize({ width: 320, height: 800 });
    await page.waitForSelector("#pl-roster-meta");
    await page.waitForSelector("#pl-fingerprint[data-fingerprint]");
    may = reviewRoster(input(roster), policy, { asOf: MAY, locale });
    const people = may.rows.length;
    await reviewAsOf(page, MAY, people);
    await page.click("#pl-tab-insights");
    await page.click("#pl-view-round");
    firstNote = await page.textContent("#pl-history-none");
    promoted = await promoteOne(page, roster, may);
    await reviewAsOf(page, NOV, people);
    nov = reviewRoster(input(roster), policy, { asOf: NOV, locale });
  }, 120_000);

  test("after the first review the view says the comparison starts with the next one", () => {
    expect(firstNote).toBe(zh ? `「晋升档案」中还没有早于本轮（${MAY}）的评审记录：下一轮评审后即可与本轮比较。` : `The 晋升档案 log holds no review before this one (${MAY}) yet: the next review will be compared with this one.`);
  });

  test("成本与校准 compares with May from the pane's own log, as `promo history` prints it", async () => {
    await page.click("#pl-tab-insights");
    await page.click("#pl-view-round");
    await page.waitForSelector("#pl-history");
    const expected = compareCycles(nov, input(roster), policy, [cycleOf(may)]);
    expect(expected.previousAsOf).toBe(MAY);
    expect(expected.entries.find((e) => e.id === promoted)?.category).toBe("promoted");
    expect(expected.counts.overdue + expected.counts.newly_eligible).toBeGreaterThan(0);
    expect(await tableText(page, "pl-history-counts")).toEqual(tableCells(historyCountsTable(expected, locale)));
    expect(await tableText(page, "pl-history")).toEqual(tableCells(historyTable(expected, locale)));
    expect(await page.textContent("#pl-history-heading")).toContain(zh ? `上轮评审日期 ${MAY}，共读到 1 轮；本轮 ${NOV}` : `as of ${MAY}, 1 cycle read; this one ${NOV}`);
    expect(await page.$("#pl-history-none")).toBeNull();
  });

  test("a budget typed in the view is simulated at once, remembered in the workbook and written by 写入晋升汇总 to 晋升汇总 only", async () => {
    const cost = promotionCost(nov, input(roster), policy);
    const b = budgetWhatIf(cost, BUDGET);
    expect(await page.getAttribute("#pl-write-summary", "disabled")).not.toBeNull();
    await page.fill("#pl-budget", String(BUDGET));
    await page.dispatchEvent("#pl-budget", "change");
    await page.waitForSelector("#pl-budget-table");
    expect(await page.textContent("#pl-budget-heading")).toBe(budgetHeading(b, locale));
    expect(await tableText(page, "pl-budget-table")).toEqual(tableCells(budgetTable(b, locale)));
    await page.waitForFunction(() => (window as unknown as { __standinBook: Book }).__standinBook.settings()["PromoLadder.budget"] !== undefined);
    expect(Number((await book(page, (x) => x.settings()))["PromoLadder.budget"])).toBe(BUDGET);

    const reviewBefore = await book(page, (x) => x.values("晋升评审"));
    const logBefore = await logRows(page);
    expect(rowOf((await book(page, (x) => x.values("晋升汇总")))!, budgetHeading(b, locale))).toBe(-1);
    await page.click("#pl-write-summary");
    await page.waitForSelector("#pl-summary-written fluent-message-bar[intent=success]");
    const values = (await book(page, (x) => x.values("晋升汇总")))!;
    const at = rowOf(values, budgetHeading(b, locale));
    expect(at).toBeGreaterThan(0);
    const table = budgetTable(b, locale);
    expect(values[at + 1]!.slice(0, table.columns.length)).toEqual(table.columns.map((c) => c.header));
    expect(values.slice(at + 2, at + 2 + table.rows.length).map((r) => r.slice(0, 3))).toEqual(table.rows.map((r) => r.slice(0, 3)));
    // The other sheets and the log are as the review left them; the button is done until the budget changes.
    expect(await book(page, (x) => x.values("晋升评审"))).toEqual(reviewBefore);
    expect(await logRows(page)).toBe(logBefore);
    expect(await page.getAttribute("#pl-write-summary", "disabled")).not.toBeNull();
    expect(await overflowing(page)).toEqual([]);
  });

  test("晋升汇总 carries 与上轮比较: the counts per category and everyone but 仍未达标", async () => {
    const expected = compareCycles(nov, input(roster), policy, [cycleOf(may)]);
    const values = (await book(page, (x) => x.values("晋升汇总")))!;
    const at = rowOf(values, zh ? "与上轮比较" : "Against the previous cycle");
    expect(at).toBeGreaterThan(0);
    const counts = historyCountsTable(expected, locale);
    expect(values[at + 2]!.slice(0, 2)).toEqual(counts.columns.map((c) => c.header));
    expect(values.slice(at + 3, at + 3 + counts.rows.length).map((r) => r.slice(0, 2))).toEqual(counts.rows);
    const detail = historyTable(expected, locale);
    const head = at + 3 + counts.rows.length + 1;
    expect(values[head]![0]).toBe(detail.columns[0]!.header);
    expect(values.slice(head + 1, head + 1 + detail.rows.length).map((r) => r.slice(0, 2))).toEqual(detail.rows.map((r) => r.slice(0, 2)));
    expect(detail.rows.some((r) => r[0] === categoryText("overdue", locale))).toBe(true);
  });

  test("a re-run on the same date compares with May, not with itself, and its summary carries the remembered budget", async () => {
    await reviewAsOf(page, NOV, nov.rows.length);
    await page.click("#pl-tab-insights");
    await page.click("#pl-view-round");
    await page.waitForSelector("#pl-history-heading");
    expect(await page.textContent("#pl-history-heading")).toContain(zh ? `上轮评审日期 ${MAY}，共读到 1 轮` : `as of ${MAY}, 1 cycle read`);
    expect(await page.inputValue("#pl-budget")).toBe(String(BUDGET));
    const b = budgetWhatIf(promotionCost(nov, input(roster), policy), BUDGET);
    expect(rowOf((await book(page, (x) => x.values("晋升汇总")))!, budgetHeading(b, locale))).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  }, 60_000);

  test("screenshots at 320 and 450 px: nothing wider than the pane outside its scrolling tables", async () => {
    for (const width of [320, 450]) {
      await page.setViewportSize({ width, height: 800 });
      await page.waitForTimeout(100);
      expect(await overflowing(page)).toEqual([]);
      await shot(page, `${tag}-round-${width}`, "#pl-insight-views");
      await shot(page, `${tag}-history-${width}`, "section.pl-card:has(#pl-history-heading)");
    }
    await page.setViewportSize({ width: 320, height: 800 });
  });
});
