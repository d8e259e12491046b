/**
 * The vacancy cascade in the task pane end to end (issue 8): on examples/store-ops.xlsx in the
 * Excel stand-in, at the narrowest pane width (320 px), review as of 2026-11-23, rank 1 place at
 * 四级店长, open the cascade with the keyboard and check each step against the core and against
 * the numbers `promo vacancy --cascade` prints (README "Vacancy cascade": 6 steps, 陶帆 → 丁梓涵 →
 * 段静怡 → 蔡嘉豪 → 欧阳海涛 → nobody); then write it to 空缺候选 and read the sheet back.
 * Screenshots: docs/taskpane-{zh,en}-cascade.png.
 */
import type { Page } from "playwright-core";
import { cascade, compilePolicy, getTemplate, policyFingerprint, reviewRoster, type CascadeStep, type Cell, type Locale } from "../../src/core";
import { cascadeStepText } from "../../src/report";
import { inBook, shot, usePane } from "./harness";
import { example, rowsOf, sheetFromXlsx, type StandinSheet } from "./workbook-fixture";

const AS_OF = "2026-11-23";
/** Who each step appoints, as the README and the CLI give them. */
const CHAIN = ["陶帆", "丁梓涵", "段静怡", "蔡嘉豪", "欧阳海涛"];
const LEVELS = ["四级店长", "储备店长", "领班", "储备领班", "培养对象", "普通员工"];

const pane = usePane();

type Values = (string | number | boolean | null)[][];
type Book = {
  values(name: string): Values | null;
  info(name: string): { freezeRows: number; tables: { name: string; address: string }[] } | null;
  active(): string;
};

const book = <T>(page: Page, fn: (b: Book) => T): Promise<T> => inBook(page, fn);


/** What the pane shows for one step. */
interface ShownStep {
  step: number;
  level: string;
  title: string;
  aside: string;
  caption: string;
  ids: string[];
  appointed: string[];
  warning: boolean;
}

function shownSteps(page: Page): Promise<ShownStep[]> {
  return page.$$eval("#pl-cascade > li.pl-cstep", (items) =>
    items.map((li) => ({
      step: Number(li.getAttribute("data-step")),
      level: li.getAttribute("data-level") ?? "",
      title: li.querySelector("h3")?.textContent ?? "",
      aside: li.querySelector(".pl-card-aside")?.textContent ?? "",
      caption: li.querySelector(":scope > .pl-caption")?.textContent ?? "",
      ids: Array.from(li.querySelectorAll("li.pl-cand")).map((c) => c.getAttribute("data-id") ?? ""),
      appointed: Array.from(li.querySelectorAll("li.pl-cand.in .pl-cand-name")).map((n) => n.firstChild?.textContent ?? ""),
      warning: li.querySelector("fluent-message-bar[intent=warning]") !== null,
    })),
  );
}

describe.each([
  ["zh-CN" as const, "zh"],
  ["en-US" as const, "en"],
])("%s: vacancy cascade on store-ops.xlsx", (locale: Locale, tag) => {
  const zh = locale === "zh-CN";
  let sheet: StandinSheet;
  let page: Page;
  let errors: string[];
  let steps: CascadeStep[];

  beforeAll(async () => {
    sheet = await sheetFromXlsx(example("store-ops.xlsx"));
    ({ page, errors } = await pane.open({ locale, sheets: [sheet], active: sheet.name, selection: { sheet: sheet.name, r0: 4, c0: 1, nr: 1, nc: 1 } }));
    await page.setViewportSize({ width: 320, height: 800 });
    await page.waitForSelector("#pl-roster-meta");
    const policy = getTemplate("store-ops")!;
    await page.waitForFunction((fp) => document.getElementById("pl-fingerprint")?.getAttribute("data-fingerprint") === fp, policyFingerprint(policy));
    await page.fill("#pl-asof", AS_OF);
    await page.dispatchEvent("#pl-asof", "change");
    await page.click("#pl-run");
    await page.waitForSelector("#pl-tiles", { timeout: 60000 });
    const review = reviewRoster({ sheet: sheet.name, rows: rowsOf(sheet).rows as Cell[][] }, policy, { asOf: AS_OF, locale });
    steps = cascade(review, compilePolicy(policy), "四级店长", 1);
  });

  test("the core's cascade is the one the README and the CLI show", () => {
    expect(steps.map((s) => s.level)).toEqual(LEVELS);
    expect(steps.map((s) => s.appointed.map((a) => a.name))).toEqual([...CHAIN.map((n) => [n]), []]);
    expect(steps.map((s) => s.candidates.length)).toEqual([2, 2, 2, 2, 4, 0]);
  });

  test("ranks 1 place at 四级店长, then shows the cascade from the keyboard", async () => {
    await page.click("#pl-tab-vacancy");
    await page.waitForSelector("#pl-rank");
    await page.selectOption("#pl-vac-level", "四级店长");
    await page.fill("#pl-vac-count", "1");
    await page.dispatchEvent("#pl-vac-count", "change");
    await page.click("#pl-rank");
    await page.waitForSelector("#pl-shortlist");
    expect(await page.$$eval("#pl-shortlist li.pl-cand", (els) => els.map((e) => e.getAttribute("data-id")))).toEqual(["230134", "230121"]);
    expect(await page.getAttribute("#pl-show-cascade", "aria-expanded")).toBe("false");
    await page.focus("#pl-show-cascade");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#pl-cascade");
    // The focus moves to the cascade's heading, the toggle says it is open.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("pl-cascade-title");
    expect(await page.getAttribute("#pl-show-cascade", "aria-expanded")).toBe("true");
    expect(await page.textContent("#pl-show-cascade")).toBe(zh ? "收起连锁空缺" : "Hide the cascade");
    // Writing moves to the bottom of the cascade.
    expect(await page.$("#pl-write-shortlist")).toBeNull();
  });

  test("each step: level, places, who left it, its ranked candidates, down to the level with none", async () => {
    expect(await page.textContent("#pl-cascade-card .pl-card-aside")).toBe(zh ? "6 步" : "6 step(s)");
    expect(await page.textContent("#pl-cascade-chain")).toBe(
      zh ? "补位链：陶帆 → 丁梓涵 → 段静怡 → 蔡嘉豪 → 欧阳海涛 → 无内部候选" : "Who moves up: 陶帆 → 丁梓涵 → 段静怡 → 蔡嘉豪 → 欧阳海涛 → no internal candidate",
    );
    const shown = await shownSteps(page);
    expect(shown.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(shown.map((s) => s.level)).toEqual(LEVELS);
    expect(shown.map((s) => s.title)).toEqual(LEVELS.map((l) => (zh ? `${l} · 1 个名额` : `${l} · 1 place(s)`)));
    expect(shown.map((s) => s.aside)).toEqual([2, 2, 2, 2, 4, 0].map((n) => (zh ? `候选 ${n} 人` : `${n} candidate(s)`)));
    // Step 1 is the shortlist above: its appointee in the caption; each freed level lists its own candidates.
    expect(shown[0]!.caption).toBe(zh ? "本次空缺：入选 陶帆（名单见上方）" : "The vacancy itself: 陶帆 appointed (shortlist above)");
    expect(shown[0]!.ids).toEqual([]);
    expect(shown.slice(1).map((s) => s.appointed)).toEqual([["丁梓涵"], ["段静怡"], ["蔡嘉豪"], ["欧阳海涛"], []]);
    expect(shown.slice(1).map((s) => s.caption)).toEqual(CHAIN.map((n) => (zh ? `${n} 升任后空出` : `Left by ${n}`)));
    expect(shown.map((s) => s.ids)).toEqual(steps.map((s, i) => (i === 0 ? [] : s.candidates.map((c) => c.id))));
    expect(shown.map((s) => s.warning)).toEqual([false, false, false, false, false, true]);
    // Laid out for 320 px: nothing sticks out sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 320, height: 1000 });
    await shot(page, `${tag}-cascade`, "#pl-cascade-card");
    await page.setViewportSize({ width: 320, height: 800 });
  });

  test("writes the shortlist and the cascade to 空缺候选", async () => {
    await page.click("#pl-write-cascade");
    await page.waitForSelector("#pl-cascade-card fluent-message-bar[intent=success]");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("pl-write-cascade");
    const values = (await book(page, (b) => b.values("空缺候选")))!;
    const colA = values.map((r) => (r[0] === null ? "" : String(r[0])));
    // One line per step, as promo vacancy --cascade prints it.
    const lineRows = steps.map((s) => colA.indexOf(cascadeStepText(s, locale)));
    expect(lineRows.every((r) => r > 0)).toBe(true);
    expect(colA).toContain(zh ? "连锁空缺 6 步：陶帆 → 丁梓涵 → 段静怡 → 蔡嘉豪 → 欧阳海涛 → 无内部候选" : "Vacancy cascade, 6 steps: 陶帆 → 丁梓涵 → 段静怡 → 蔡嘉豪 → 欧阳海涛 → no internal candidate");
    const info = (await book(page, (b) => b.info("空缺候选")))!;
    expect(info.tables.map((t) => t.name)).toEqual(["PromoShortlist", "PromoCascade2", "PromoCascade3", "PromoCascade4", "PromoCascade5"]);
    // Under each freed level's line: a header, then its candidates with the appointed marked.
    const yes = zh ? "是" : "Yes";
    for (const [i, s] of steps.entries()) {
      if (i === 0 || s.candidates.length === 0) continue;
      const rows = values.slice(lineRows[i]! + 2, lineRows[i]! + 2 + s.candidates.length);
      expect(rows.map((r) => [String(r[2]), r[3], r[1]])).toEqual(s.candidates.map((c) => [c.id, c.name, c.shortlisted ? yes : zh ? "否" : "No"]));
      expect(rows.filter((r) => r[1] === yes).map((r) => r[3])).toEqual([CHAIN[i]]);
    }
    expect(values.slice(2, 4).map((r) => r[3])).toEqual(["陶帆", "曾秀兰"]);
    expect(await book(page, (b) => b.active())).toBe("空缺候选");
  });

  test("the cascade closes again, the plain write comes back", async () => {
    await page.focus("#pl-show-cascade");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#pl-cascade-card", { state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("pl-show-cascade");
    expect(await page.getAttribute("#pl-show-cascade", "aria-expanded")).toBe("false");
    expect(await page.$("#pl-write-shortlist")).not.toBeNull();
    expect(errors).toEqual([]);
  });
});
