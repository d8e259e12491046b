/**
 * The Insights tab end to end (issue 8): near misses, fairness by a chosen column, the 9-box and
 * the policy what-if, in headless Chromium at the narrowest pane width (320 px), over the Excel
 * stand-in with the 用户运营 roster and its policy sheets. The what-if edits a threshold in the
 * policy sheet, previews who changes, and applies it. Also checks the summary sheet's new
 * sections against the core. The talent views (issue #20: 准备度, 继任梯队, 发展计划) are checked against the core's talent report.
 * Screenshots: docs/taskpane-{zh,en}-{nearmiss,fairness,ninebox,readiness,succession,plan,whatif}.png.
 */
import type { Page } from "playwright-core";
import {
  compilePolicy,
  diffReviews,
  fairness,
  getTemplate,
  nearMisses,
  nineBox,
  planSentence,
  policyFingerprint,
  policyFromSheets,
  policyToSheets,
  READINESS_BANDS,
  reviewRoster,
  statusLabel,
  talentReport,
  type Cell,
  type Locale,
  type Policy,
  type Review,
  type RosterInput,
  type TalentReport,
} from "../../src/core";
import { displayDate } from "../../src/taskpane/models";
import { inBook, shot, usePane } from "./harness";
import { example, rowsOf, sheetFromXlsx, type StandinCell, type StandinSheet } from "./workbook-fixture";

const AS_OF = "2026-11-23";

const pane = usePane();

type Values = (string | number | boolean | null)[][];
type Book = {
  values(name: string): Values | null;
  sheetNames(): string[];
  settings(): Record<string, unknown>;
  setCell(name: string, address: string, value: unknown): void;
};

const book = <T>(page: Page, fn: (b: Book) => T): Promise<T> => inBook(page, fn);


/** Policy sheets as stand-in sheets (percent cells keep a percent format, as Excel shows them). */
function policySheets(policy: Policy, locale: Locale): StandinSheet[] {
  return policyToSheets(policy, locale).map((sheet) => {
    const cells: Record<string, StandinCell> = {};
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null || cell === undefined || cell === "") return;
        if (cell instanceof Date) return;
        if (typeof cell === "object") {
          if (cell.kind === "percent") cells[`${r},${c}`] = { v: cell.value, f: "0%" };
          return;
        }
        cells[`${r},${c}`] = typeof cell === "string" ? { v: cell, f: "@" } : { v: cell };
      }),
    );
    return { name: sheet.name, cells };
  });
}

/** The policy the stand-in's sheets hold now. */
function policyOf(sheets: StandinSheet[]): Policy {
  const read = policyFromSheets(sheets.map((s) => ({ name: s.name, rows: rowsOf(s).rows as Cell[][] })));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.policy;
}

function input(sheet: StandinSheet): RosterInput {
  return { sheet: sheet.name, rows: rowsOf(sheet).rows as Cell[][] };
}

function review(sheet: StandinSheet, policy: Policy, locale: Locale): Review {
  return reviewRoster(input(sheet), policy, { asOf: AS_OF, locale });
}

/** Sets a policy-sheet cell in the stand-in and in the test's copy. */
async function editCell(page: Page, sheets: StandinSheet[], name: string, r: number, c: number, value: number): Promise<void> {
  const address = `${String.fromCharCode(65 + c)}${r + 1}`;
  await page.evaluate(`window.__standinBook.setCell(${JSON.stringify(name)}, ${JSON.stringify(address)}, ${value})`);
  const sheet = sheets.find((s) => s.name === name)!;
  sheet.cells[`${r},${c}`] = { ...sheet.cells[`${r},${c}`]!, v: value };
}

/** The row of a rules sheet (0-based) with this from-level, field label and value. */
function ruleRow(sheet: StandinSheet, from: string, field: string, value: number): number {
  for (let r = 1; r < 100; r++) {
    if (sheet.cells[`${r},0`]?.v === from && sheet.cells[`${r},3`]?.v === field && sheet.cells[`${r},5`]?.v === value) return r;
  }
  throw new Error(`no rule ${from} ${field} ${value}`);
}

/** Rows of the summary sheet starting with `text` in column A. */
function rowIndex(values: Values, test: (a: string) => boolean): number {
  return values.findIndex((r) => typeof r[0] === "string" && test(r[0]));
}

describe.each([
  ["zh-CN" as const, "zh", "规则", "用户运营专员", "绩效", 80, 79, "UO0533"],
  ["en-US" as const, "en", "Rules", "高级用户运营", "Performance", 85, 84, "UO0521"],
])("%s: insights and the policy what-if on the 用户运营 roster", (locale, tag, rulesName, from, fieldLabel, oldValue, newValue, changedId) => {
  const zh = locale === "zh-CN";
  let roster: StandinSheet;
  let sheets: StandinSheet[];
  let page: Page;
  let errors: string[];
  let blocked: string[];
  const template = getTemplate("user-ops")!;

  beforeAll(async () => {
    roster = await sheetFromXlsx(example("user-ops.xlsx"));
    sheets = policySheets(template, locale);
    ({ page, errors, blocked } = await pane.open({
      locale,
      sheets: [roster, ...sheets],
      active: roster.name,
      selection: { sheet: roster.name, r0: 3, c0: 1, nr: 1, nc: 1 },
    }));
    await page.setViewportSize({ width: 320, height: 800 });
    await page.waitForSelector("#pl-roster-meta");
    // The workbook's policy sheets are picked (they hold the user-ops template as exported).
    await page.waitForFunction((fp) => document.getElementById("pl-fingerprint")?.getAttribute("data-fingerprint") === fp, policyFingerprint(template));
    await page.fill("#pl-asof", AS_OF);
    await page.dispatchEvent("#pl-asof", "change");
    await page.click("#pl-run");
    await page.waitForSelector("#pl-tiles", { timeout: 60000 });
  });

  test("the summary sheet carries near misses, the 9-box grid and the fairness table of 部门", async () => {
    const expected = review(roster, template, locale);
    const values = (await book(page, (b) => b.values("晋升汇总")))!;
    // Fairness by 部门: the numbers of `promo fairness --by 部门`.
    const report = fairness(expected, input(roster), "部门");
    expect(report.groups.map((g) => [g.group, g.evaluated, g.selected])).toEqual([
      ["会员运营组", 11, 3],
      ["社群运营组", 2, 0],
      ["私域运营组", 5, 2],
      ["用户增长组", 4, 3],
    ]);
    const title = rowIndex(values, (a) => /^(选拔率|Selection rates)/.test(a));
    expect(String(values[title]![0])).toContain(zh ? "22 人参评，8 人可晋升" : "22 evaluated, 8 eligible");
    const head = title + 1;
    expect(values[head]![0]).toBe("部门");
    const fairRows = values.slice(head + 1, head + 1 + report.groups.length);
    expect(fairRows.map((r) => r.slice(0, 5))).toEqual(report.groups.map((g) => [g.group, g.evaluated, g.selected, g.rate, g.ratio]));
    expect(fairRows.map((r) => r[5] ?? "")).toEqual(zh ? ["低于 0.8", "低于 0.8", "基准", ""] : ["below 0.8", "below 0.8", "reference", ""]);
    // The 9-box: potential rows high to low, performance columns low to high.
    const box = nineBox(expected, input(roster));
    const grid = rowIndex(values, (a) => a.startsWith(zh ? "潜力 \\ 绩效" : "Potential \\ Performance"));
    expect(grid).toBeGreaterThan(0);
    const counts = values.slice(grid + 1, grid + 4).map((r) => r.slice(1, 4).map((v) => Number(/ (\d+)/.exec(String(v))![1])));
    expect(counts).toEqual([
      [0, 3, 8],
      [0, 5, 4],
      [0, 0, 0],
    ]);
    expect(counts.flat()).toEqual(box.boxes.map((c) => c.people.length));
    expect(String(values[grid + 1]![3])).toMatch(zh ? /^明星 8\n方文涛、李紫涵、吴佳琪、倪雅琴、郭诗琪、俞泽宇 等 8 人$/ : /^Star 8\n方文涛, 李紫涵, 吴佳琪, 倪雅琴, 郭诗琪, 俞泽宇 \+2 more$/);
    // Near misses: the first rows of the table are `promo near-miss`'s, closest first.
    const nm = rowIndex(values, (a) => a === (zh ? "姓名" : "Name"));
    expect(values[nm + 1]!.slice(0, 3)).toEqual(["唐雅婷", zh ? "综合得分 79.1 < 80" : "Score 79.1 < 80", zh ? "差 0.9 分" : "short by 0.9 pt"]);
  });

  test("near misses, closest first", async () => {
    await page.click("#pl-tab-insights");
    await page.waitForSelector("#pl-nearmiss");
    const expected = nearMisses(review(roster, template, locale), compilePolicy(template));
    const shown = await page.$$eval("#pl-nearmiss li.pl-nm", (els) => els.map((e) => e.getAttribute("data-id")));
    expect(shown).toEqual(expected.map((m) => m.id));
    expect(shown.slice(0, 3)).toEqual(["UO0529", "UO0521", "UO0533"]);
    await shot(page, `${tag}-nearmiss`);
  });

  test("fairness by a chosen column (default 部门), keyboard included", async () => {
    await page.click("#pl-view-fairness");
    await page.waitForSelector("#pl-fairness");
    expect(await page.inputValue("#pl-fairness-by")).toBe("部门");
    const rows = await page.$$eval("#pl-fairness tbody tr", (els) => els.map((e) => [e.getAttribute("data-group"), e.querySelector("td")!.textContent]));
    expect(rows).toEqual([
      ["会员运营组", "3/11"],
      ["社群运营组", "0/2"],
      ["私域运营组", "2/5"],
      ["用户增长组", "3/4"],
    ]);
    await shot(page, `${tag}-fairness`);
    // Another column, chosen with the keyboard: the focus stays on the select.
    await page.focus("#pl-fairness-by");
    await page.selectOption("#pl-fairness-by", "职级");
    await page.waitForFunction(() => document.querySelector("#pl-fairness tbody tr")?.getAttribute("data-group") !== "会员运营组");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("pl-fairness-by");
    await page.selectOption("#pl-fairness-by", "部门");
  });

  test("fairness options: the smallest group and reserves awaiting a vacancy, as `promo fairness` takes them", async () => {
    await page.waitForSelector("#pl-fairness");
    const expected = review(roster, template, locale);
    const shown = (): Promise<Array<[string | null, string | null, boolean]>> =>
      page.$$eval("#pl-fairness tbody tr", (els, small) => els.map((e) => [e.getAttribute("data-group"), e.querySelector("td")!.textContent, e.textContent!.includes(small)] as [string | null, string | null, boolean]), zh ? "少于 3 人" : "fewer than 3");
    await page.fill("#pl-fairness-min", "3");
    await page.dispatchEvent("#pl-fairness-min", "change");
    const three = fairness(expected, input(roster), "部门", { minGroup: 3 });
    await page.waitForFunction((t) => document.getElementById("pl-fairness")?.textContent?.includes(t), zh ? "少于 3 人" : "fewer than 3");
    expect(await shown()).toEqual(three.groups.map((g) => [g.group, `${g.selected}/${g.evaluated}`, g.small]));
    expect(three.groups.filter((g) => g.small).map((g) => g.group)).toEqual(["社群运营组"]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("pl-fairness-min");
    await page.check("#pl-fairness-awaiting");
    const awaiting = fairness(expected, input(roster), "部门", { minGroup: 3, countAwaiting: true });
    await page.waitForFunction((t) => document.getElementById("pl-fairness-totals")?.textContent?.includes(t), zh ? "可晋升或待空缺" : "eligible or awaiting");
    expect(await page.textContent("#pl-fairness-totals")).toContain(String(awaiting.selected));
    expect(await shown()).toEqual(awaiting.groups.map((g) => [g.group, `${g.selected}/${g.evaluated}`, g.small]));
    await page.uncheck("#pl-fairness-awaiting");
    await page.fill("#pl-fairness-min", "5");
    await page.dispatchEvent("#pl-fairness-min", "change");
    await page.waitForFunction((t) => !document.getElementById("pl-fairness")?.textContent?.includes(t), zh ? "少于 3 人" : "fewer than 3");
  });

  test("the 9-box grid: a box lists its people", async () => {
    await page.click("#pl-view-ninebox");
    await page.waitForSelector("#pl-ninebox");
    const counts = await page.$$eval("#pl-ninebox .pl-box-n", (els) => els.map((e) => Number(e.textContent)));
    expect(counts).toEqual([0, 3, 8, 0, 5, 4, 0, 0, 0]);
    // Keyboard: Tab to the 潜力之星 box and press Enter.
    await page.focus('[data-box="2"]');
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-box="1"][aria-pressed="true"]');
    expect(await page.$$eval("#pl-box-people li", (els) => els.map((e) => e.getAttribute("data-id")))).toEqual(boxIds(1));
    await page.click('[data-box="2"]');
    await page.waitForSelector('[data-box="2"][aria-pressed="true"]');
    expect(await page.$$eval("#pl-box-people li", (els) => els.length)).toBe(8);
    await shot(page, `${tag}-ninebox`);
  });

  /** Ids in a box of the expected 9-box. */
  function boxIds(index: number): string[] {
    return nineBox(review(roster, template, locale), input(roster)).boxes[index]!.people.map((p) => p.id);
  }

  test("准备度: band counts and the monthly forecast of the core's talent report, within 320 px", async () => {
    const t = talent();
    await page.click("#pl-view-readiness");
    await page.waitForSelector("#pl-readiness");
    const bands = await page.$$eval("#pl-readiness tr", (els) => els.map((e) => [e.getAttribute("data-band"), e.querySelector("th")!.textContent, Number(e.querySelector("td")!.textContent)]));
    const count = (band: string): number => t.readiness.filter((r) => r.band === band).length;
    expect(bands).toEqual(READINESS_BANDS.map((b) => [b.key, zh ? b.zh : b.en, count(b.key)]));
    expect(bands.reduce((a, b) => a + Number(b[2]), 0)).toBe(t.readiness.length);
    expect(new Set(bands.map((b) => b[2])).size).toBeGreaterThan(2);
    const bars = await page.$$eval("#pl-forecast .pl-fc-col", (els) => els.map((e) => [e.getAttribute("data-until"), Number(e.getAttribute("data-count")), Number(e.querySelector(".pl-fc-n")!.textContent), e.querySelector<HTMLElement>(".pl-fc-bar")!.offsetHeight]));
    expect(bars.map((b) => [b[0], b[1], b[2]])).toEqual(t.forecast.months.map((m, k) => [m.until, t.forecast.totals[k], t.forecast.totals[k]]));
    expect(t.forecast.totals.some((n) => n > 1)).toBe(true);
    // Taller bars for more people; none for nobody.
    const height = (n: number): number => bars.find((b) => b[1] === n)![3] as number;
    expect(height(2)).toBeGreaterThan(height(1));
    expect(height(0)).toBe(0);
    const total = t.forecast.totals.reduce((a, b) => a + b, 0);
    const readyNow = t.forecast.levels.reduce((a, l) => a + l.readyNow, 0);
    expect(await page.textContent("#pl-forecast-total")).toBe(zh ? `合计 ${total} 人；另有 ${readyNow} 人现在可晋升` : `${total} in all; ${readyNow} more are ready now`);
    expect(await page.$$eval("#pl-forecast-levels li", (els) => els.map((e) => e.getAttribute("data-level")))).toEqual(t.forecast.levels.map((l) => l.level));
    // Readable at 320 px: nothing wider than the pane.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await page.$eval("#pl-forecast", (e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    await page.mouse.move(0, 790);
    await shot(page, `${tag}-readiness`);
  });

  test("继任梯队: per key level and group, incumbents, successors, bench and risk flags as the core computes them", async () => {
    const t = talent();
    await page.click("#pl-view-succession");
    await page.waitForSelector("#pl-succession");
    expect(await page.textContent("#pl-succession-keys")).toContain(t.succession.keyLevels.join(zh ? "、" : ", "));
    const shown = await page.$$eval("#pl-succession > li", (els) =>
      els.map((e) => ({
        level: e.getAttribute("data-level"),
        group: e.getAttribute("data-group"),
        risk: e.getAttribute("data-risk"),
        facts: e.querySelector(".pl-succ-facts")!.textContent,
        readyNow: Array.from(e.querySelectorAll('[data-kind="ready_now"] li')).map((li) => li.getAttribute("data-id")),
        within1y: Array.from(e.querySelectorAll('[data-kind="within_1y"] li')).map((li) => li.getAttribute("data-id")),
        flag: e.querySelector(".pl-risk")?.textContent ?? "",
      })),
    );
    const bench = (b: number | null): string => (b === null ? "-" : b.toFixed(2));
    expect(shown).toEqual(
      t.succession.entries.map((e) => ({
        level: e.level,
        group: e.group,
        risk: e.risk ?? "",
        facts: zh ? `在岗 ${e.incumbents.length} 人 · 梯队强度 ${bench(e.bench)}` : `${e.incumbents.length} incumbent${e.incumbents.length === 1 ? "" : "s"} · bench ${bench(e.bench)}`,
        readyNow: e.readyNow.map((x) => x.id),
        within1y: e.within1y.map((x) => x.id),
        flag: e.risk === "single_point" ? (zh ? "单点风险" : "Single point of failure") : e.risk === "vacant" ? (zh ? "无在岗人员" : "No incumbent") : "",
      })),
    );
    // The roster has both flags and successors in both bands (else this would prove little).
    expect(shown.map((e) => e.risk)).toEqual(expect.arrayContaining(["single_point", "vacant", ""]));
    expect(shown.some((e) => e.within1y.length > 0) && shown.some((e) => e.readyNow.length > 0)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.mouse.move(0, 790);
    await shot(page, `${tag}-succession`);
  });

  test("发展计划: the plan of a 工号 typed in the box, actions in order with owners, dates and the projected date", async () => {
    const t = talent();
    const plan = t.plans.find((p) => p.targets.some((x) => x.steps.length > 1))!;
    expect(plan).toBeDefined();
    await page.click("#pl-view-plan");
    await page.waitForSelector("#pl-plan-id");
    // At 320 px the sub-tabs scroll sideways: after the render the chosen one is still in view.
    const inView = (): Promise<boolean> =>
      page.$eval("#pl-insight-views", (list) => {
        const l = list.getBoundingClientRect();
        const t = document.getElementById("pl-view-plan")!.getBoundingClientRect();
        return t.left >= l.left && t.right <= l.right;
      });
    expect(await inView()).toBe(true);
    // Case and spaces do not matter.
    await page.fill("#pl-plan-id", ` ${plan.id.toLowerCase()} `);
    await page.dispatchEvent("#pl-plan-id", "change");
    await page.waitForSelector(`#pl-plan[data-id="${plan.id}"]`);
    const targets = await page.$$eval("#pl-plan .pl-plan-target", (els) =>
      els.map((e) => ({
        level: e.getAttribute("data-level"),
        steps: Array.from(e.querySelectorAll(".pl-plan-steps > li")).map((li) => [li.getAttribute("data-order"), li.querySelector(".pl-plan-action")!.textContent, li.querySelector(".pl-cand-line")!.textContent]),
        sentence: e.querySelector(".pl-plan-sentence")!.textContent,
      })),
    );
    const date = (iso: string): string => displayDate(iso, locale);
    expect(targets).toEqual(
      plan.targets.map((x) => ({
        level: x.level,
        steps: x.steps.map((st) => [
          String(st.order),
          st.action,
          [st.owner ? (zh ? `负责人 ${st.owner}` : `owner ${st.owner}`) : "", st.weeks !== null ? (zh ? `${st.weeks} 周` : `${st.weeks} wk`) : "", zh ? `最早 ${date(st.start!)} 开始，${date(st.done!)} 完成` : `earliest ${date(st.start!)} to ${date(st.done!)}`].filter((f) => f !== "").join(" · "),
        ]),
        sentence: planSentence(x, locale),
      })),
    );
    expect(targets[0]!.sentence).toMatch(zh ? /^完成「.+」后，预计 \d{4}-\d{2}-\d{2} 可晋升为/ : /^After completing ".+", projected ready for .+ on \d{4}-\d{2}-\d{2}$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await inView()).toBe(true);
    await page.mouse.move(0, 790);
    await shot(page, `${tag}-plan`);
    // Someone ready now has no plan; an unknown 工号 is said to be unknown.
    const ready = t.readiness.find((r) => r.band === "ready_now")!;
    await page.fill("#pl-plan-id", ready.id);
    await page.dispatchEvent("#pl-plan-id", "change");
    await page.waitForFunction((id) => document.getElementById("pl-main")?.textContent?.includes(id), zh ? "此人没有发展计划（现在可晋升）" : "No development plan for this person (Ready now)");
    expect(await page.$("#pl-plan")).toBeNull();
    await page.fill("#pl-plan-id", "NOBODY");
    await page.dispatchEvent("#pl-plan-id", "change");
    await page.waitForFunction((id) => document.getElementById("pl-main")?.textContent?.includes(id), zh ? "没有工号“NOBODY”" : 'No employee "NOBODY"');
    // The selected row of 晋升评审 (any cell of it) picks the person.
    const rows = (await book(page, (b) => b.values("晋升评审")))!;
    const r = rows.findIndex((x) => x.includes(plan.id));
    expect(r).toBeGreaterThan(0);
    const other = talentPlanOther(t, plan.id);
    await page.evaluate(`window.__standinBook.select("晋升评审", [{ r0: ${r}, c0: 4, nr: 1, nc: 1 }])`);
    await page.fill("#pl-plan-id", other);
    await page.dispatchEvent("#pl-plan-id", "change");
    await page.waitForSelector(`#pl-plan[data-id="${other}"]`);
    await page.click("#pl-plan-selection");
    await page.waitForSelector(`#pl-plan[data-id="${plan.id}"]`);
    expect(await page.inputValue("#pl-plan-id")).toBe(plan.id);
    // A row without a 工号 (the title row) says what to select, and shows no plan.
    await page.evaluate(`window.__standinBook.select("晋升评审", [{ r0: 0, c0: 0, nr: 1, nc: 1 }])`);
    await page.click("#pl-plan-selection");
    await page.waitForFunction((text) => document.getElementById("pl-main")?.textContent?.includes(text), zh ? "选中的行里没有上次评审名单中的工号" : "The selected row holds no employee ID");
    expect(await page.$("#pl-plan")).toBeNull();
  });

  /** Another person with a plan than `id`. */
  function talentPlanOther(t: TalentReport, id: string): string {
    return t.plans.find((p) => p.id !== id)!.id;
  }

  /** The core's talent report of the review the pane ran. */
  function talent(): TalentReport {
    return talentReport(review(roster, template, locale), input(roster), template);
  }

  test("what-if: an edited threshold is previewed by name, then applied", async () => {
    const rules = sheets.find((s) => s.name === rulesName)!;
    const r = ruleRow(rules, from, fieldLabel, oldValue);
    await editCell(page, sheets, rulesName, r, 5, newValue);
    const edited = policyOf(sheets);
    expect(policyFingerprint(edited)).not.toBe(policyFingerprint(template));
    const diff = diffReviews(review(roster, template, locale), review(roster, edited, locale));
    const newly = diff.changes.filter((c) => c.kind === "newly_eligible").map((c) => c.id);
    expect(newly).toEqual([changedId]);

    if (zh) {
      // The review tab offers the preview once the pane has seen the edited sheets.
      await page.click("#pl-view-whatif");
      await page.waitForSelector("#pl-edits-pending");
      await page.click("#pl-tab-review");
      await page.waitForSelector("#pl-preview-edits");
      await page.click("#pl-preview-edits");
    } else {
      await page.click("#pl-view-whatif");
      await page.waitForSelector("#pl-whatif-recheck");
      await page.click("#pl-whatif-recheck");
      await page.waitForSelector("#pl-edits-pending");
      await page.click("#pl-whatif-preview");
    }
    await page.waitForSelector("#pl-whatif-summary");
    expect(await page.$$eval("#pl-whatif-newly_eligible li", (els) => els.map((e) => e.getAttribute("data-id")))).toEqual(newly);
    // The policies by name and version; the fingerprints in the tooltips, never as text (issue 18 item 7).
    expect(await page.getAttribute("#pl-whatif-a", "data-fingerprint")).toBe(policyFingerprint(template));
    expect(await page.getAttribute("#pl-whatif-b", "data-fingerprint")).toBe(policyFingerprint(edited));
    expect(await page.textContent("#pl-whatif-policies")).toContain(zh ? `版本 ${template.version}` : `version ${template.version}`);
    // The edit kept the version and date: the pane says the content changed, or A and B would read alike.
    expect(await page.$("#pl-whatif-same-version")).not.toBeNull();
    expect(await page.textContent("#pl-main")).not.toMatch(/#[0-9a-f]{8}/);
    const reason = await page.textContent(`#pl-whatif-newly_eligible li[data-id="${changedId}"] .pl-reason`);
    expect(reason).toMatch(zh ? /^A：绩效 79 < 80 → B 满足$/ : /^A: Performance 84 < 85 → met under B$/);
    await shot(page, `${tag}-whatif`, "#pl-whatif-summary");

    // Nothing was written by the preview.
    const applied0 = JSON.parse(String((await book(page, (b) => b.settings()))["PromoLadder.appliedPolicy"])) as { fingerprint: string };
    expect(applied0.fingerprint).toBe(policyFingerprint(template));

    await page.click("#pl-whatif-apply");
    await page.waitForSelector("#pl-whatif-outcome", { timeout: 60000 });
    const applied = JSON.parse(String((await book(page, (b) => b.settings()))["PromoLadder.appliedPolicy"])) as { fingerprint: string; source: string };
    expect(applied).toMatchObject({ fingerprint: policyFingerprint(edited), source: "sheets" });
    const results = (await book(page, (b) => b.values("晋升评审")))!;
    const row = results.find((x) => x[1] === changedId)!;
    expect(row[5]).toBe(statusLabel("eligible", locale));
    expect(await page.$("#pl-edits-pending")).toBeNull();

    // Compared with the built-in template, the change shows the other way round.
    await page.selectOption("#pl-whatif-against", "user-ops");
    await page.click("#pl-whatif-preview");
    await page.waitForSelector("#pl-whatif-summary");
    expect(await page.$$eval("#pl-whatif-no_longer_eligible li", (els) => els.map((e) => e.getAttribute("data-id")))).toEqual(newly);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  });
});
