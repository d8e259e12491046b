/**
 * The pane's main flow on a 60,000-row roster with three long Chinese comment columns, over the
 * strict Excel double (issue 15): detect the roster, review, results, vacancy. Every request and
 * response stays within the 5 MB limit (enforced under the web profile, recorded under both),
 * and the roster is unchanged. The roster is made in the page (75 MB of JSON would be slow to
 * send). Both languages at both profiles (four pages of the one browser the e2e setup starts, over
 * the one build); each prints its request count and largest request and response.
 *
 * A smaller web test reads a roster whose later rows are much heavier than the first: the read
 * Excel refuses for size is split and read again.
 */
import type { Page } from "playwright-core";
import { inBook, usePane } from "./harness";
import { example, sheetFromXlsx, type HostProfile, type StandinSheet } from "./workbook-fixture";

const pane = usePane();
const AS_OF = "2026-11-23";
const MB5 = 5 * 1024 * 1024;

type Book = {
  payloads(): { requests: number[]; responses: number[]; refused: string[]; maxRequest: number; maxResponse: number };
  digest(name: string): string | null;
  values(name: string): unknown[][] | null;
  syncs: number;
};

/**
 * Source of a page function making the 淘宝客服 roster `copies` x 80 people (unique ids) with three
 * comment columns R:T: `long` characters each from data row `heavyFrom` on, 4 before it.
 */
function generator(base: StandinSheet, copies: number, long: number, heavyFrom: number): string {
  return `() => {
    const base = ${JSON.stringify(base.cells)};
    const cells = new Map();
    const data = [];
    for (const [k, v] of Object.entries(base)) {
      const [r, c] = k.split(",").map(Number);
      const cell = { v: v.v, f: v.f || "General" };
      if (r <= 2) cells.set(k, cell); else data.push([r, c, cell]);
    }
    ["主管评语", "自我评价", "培训记录"].forEach((h, j) => cells.set("2," + (17 + j), { v: h, f: "@" }));
    const text = "客户反馈良好，处理工单及时，团队协作积极，持续学习产品知识。";
    const comment = (n) => text.repeat(Math.ceil(n / text.length)).slice(0, n);
    for (let n = 0; n < ${copies}; n++) {
      for (const [r, c, cell] of data) {
        const row = r + n * 81;
        cells.set(row + "," + c, c === 1 ? { v: cell.v + "-" + n, f: "@" } : { v: cell.v, f: cell.f });
      }
      for (let r = 3; r < 84; r++) {
        const row = r + n * 81;
        const len = row - 3 >= ${heavyFrom} ? ${long} : 4;
        for (let j = 0; j < 3; j++) cells.set(row + "," + (17 + j), { v: comment(len - j), f: "General" });
      }
    }
    return [{ name: ${JSON.stringify(base.name)}, cells }];
  }`;
}

let base: StandinSheet;
beforeAll(async () => {
  const sheet = await sheetFromXlsx(example("taobao-cs.xlsx"));
  // Rows 3..83 hold the people (81 rows: one is blank in the sample? keep rows as they are).
  base = { name: sheet.name, cells: Object.fromEntries(Object.entries(sheet.cells).filter(([k]) => Number(k.split(",")[0]) <= 83)) };
});

async function open(locale: string, profile: HostProfile, copies: number, long: number, heavyFrom: number): Promise<Page> {
  const { page } = await pane.open({
    locale,
    profile,
    sheets: [],
    active: base.name,
    selection: { sheet: base.name, r0: 5, c0: 2, nr: 1, nc: 1 },
    generate: generator(base, copies, long, heavyFrom),
  });
  await page.waitForSelector("#pl-roster-meta", { timeout: 120_000 });
  return page;
}

describe.each([
  ["zh-CN", "web"],
  ["zh-CN", "floor"],
  ["en-US", "web"],
  ["en-US", "floor"],
] as [string, HostProfile][])("60,000 rows, %s, %s profile", (locale, profile) => {
  test("detect, review, results and a vacancy, every payload within 5 MB, the roster unchanged", async () => {
    const started = Date.now(); // for the log line only; nothing asserts a time
    const page = await open(locale, profile, 741, 300, 0); // 741 x 81 = 60,021 rows (the sample's blank row has comments here, so it counts)
    const opened = Date.now();
    const before = await inBook(page, (b: Book) => b.digest("客服部"));
    expect(await page.textContent("#pl-roster-meta")).toMatch(locale === "zh-CN" ? /表头在第 3 行 · 60,?021 行数据$/ : /header in row 3 · 60,?021 data rows$/);
    await page.fill("#pl-asof", AS_OF);
    await page.dispatchEvent("#pl-asof", "change");
    await page.click("#pl-run");
    await page.waitForSelector("#pl-tiles", { timeout: 300_000 });
    const review = (await inBook(page, (b: Book) => (b.values("晋升评审") ?? []).length))!;
    expect(review).toBeGreaterThanOrEqual(2 + 60_000);
    await page.click("#pl-tab-vacancy");
    await page.waitForSelector("#pl-rank");
    await page.click("#pl-rank");
    await page.waitForSelector("#pl-shortlist", { timeout: 120_000 });
    await page.click("#pl-write-shortlist");
    await page.waitForSelector("fluent-message-bar[intent=success]", { timeout: 120_000 });
    const p = await inBook(page, (b: Book) => b.payloads());
    expect(p.refused).toEqual([]);
    expect(p.maxRequest).toBeLessThanOrEqual(MB5);
    expect(p.maxResponse).toBeLessThanOrEqual(MB5);
    expect(await inBook(page, (b: Book) => b.digest("客服部"))).toBe(before);
    console.log(`60k flow ${locale}/${profile}: ${Math.round((Date.now() - started) / 1000)} s (${Math.round((opened - started) / 1000)} s to open and detect), ${p.requests.length} requests, max request ${(p.maxRequest / 1048576).toFixed(2)} MB, max response ${(p.maxResponse / 1048576).toFixed(2)} MB`);
    await page.close();
  }, 600_000);
});

describe("a roster heavier below its first rows (web)", () => {
  test("the read Excel refuses for size is split and read again; the roster is found", async () => {
    const page = await open("zh-CN", "web", 40, 600, 300); // 3,240 rows, 600-character comments from row 300
    const p = await inBook(page, (b: Book) => b.payloads());
    expect(p.refused.length).toBeGreaterThan(0);
    expect(await page.textContent("#pl-roster-meta")).toMatch(/3,?240 行数据$/); // every row has comments
    await page.close();
  }, 180_000);
});
