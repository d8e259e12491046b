/**
 * A review's warnings reach the task pane: examples/ecom-cs-2026.xlsx with its own policy sheets,
 * its 客户满意度 month columns cut to four (2026-07 .. 2026-10) while the policy's windows need six.
 * The results card shows each warning as the CLI prints it (README "Rolling windows").
 */
import type { Page } from "playwright-core";
import { policyFromSheets, reviewRoster, type Cell, type Locale } from "../../src/core";
import { usePane } from "./harness";
import { example, rowsOf, sheetFromXlsx, type StandinSheet } from "./workbook-fixture";

const AS_OF = "2026-11-23";
/** 客户满意度 2026-04, -05 and -06 (0-based columns of the roster sheet; the header is on row index 1). */
const CUT = new Set([15, 16, 17]);

const pane = usePane();

describe.each([["zh-CN" as const], ["en-US" as const]])("%s", (locale: Locale) => {
  let page: Page;
  let errors: string[];
  let expected: string[];

  beforeAll(async () => {
    const file = example("ecom-cs-2026.xlsx");
    // The cut columns stay (an empty column would end the roster's current region) under headers that name no month.
    const roster = await sheetFromXlsx(file, "客服部", (r, c, v) => (CUT.has(c) && r === 1 ? { v: `旧列${c}` } : v));
    const policySheets: StandinSheet[] = [];
    for (const name of ["晋升方案", "职级", "规则"]) policySheets.push(await sheetFromXlsx(file, name));
    const read = policyFromSheets(policySheets.map((s) => ({ name: s.name, rows: rowsOf(s).rows as Cell[][] })), locale);
    if (!read.ok) throw new Error("the sample's policy sheets should read");
    const review = reviewRoster({ sheet: roster.name, rows: rowsOf(roster).rows as Cell[][] }, read.policy, { asOf: AS_OF, locale });
    expected = (review.warnings ?? []).map((w) => w.message);
    ({ page, errors } = await pane.open({ locale, sheets: [roster, ...policySheets], active: roster.name, selection: { sheet: roster.name, r0: 3, c0: 1, nr: 1, nc: 1 } }));
    await page.waitForSelector("#pl-roster-meta");
    await page.waitForFunction((fp) => document.getElementById("pl-fingerprint")?.getAttribute("data-fingerprint") === fp, review.policy.fingerprint);
    await page.fill("#pl-asof", AS_OF);
    await page.dispatchEvent("#pl-asof", "change");
    await page.click("#pl-run");
    await page.waitForSelector("#pl-tiles", { timeout: 60000 });
  });

  test("the core warns for each 客户满意度 window", () => {
    expect(expected.length).toBeGreaterThan(0);
    for (const m of expected) expect(m).toContain(locale === "zh-CN" ? "只找到 4 个（2026-07、2026-08、2026-09、2026-10）" : "the roster has 4 (2026-07, 2026-08, 2026-09, 2026-10)");
  });

  test("the results card shows the same warnings", async () => {
    const shown = await page.$$eval(".pl-review-warning fluent-message-bar", (bars) => bars.map((b) => b.textContent?.trim() ?? ""));
    expect(shown).toEqual(expected);
    expect(errors).toEqual([]);
  });
});
