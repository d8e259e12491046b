/**
 * Outside Office (issue 15, item 10): the built taskpane.html opened in a plain browser, as IT
 * does when checking the hosting, with the real office.js (npm `@microsoft/office-js`, served at
 * its CDN path, so the page's own Content-Security-Policy applies). Outside Office, office.js
 * resolves `Office.onReady` with no host; the pane must say, in the browser's language, that
 * PromoLadder runs inside Excel and how to add it, and raise no page error ("Excel is not
 * defined" before).
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launch, serveDist } from "./harness";

/** Where taskpane.html loads office.js from: Microsoft's CDN, answered from the npm package. */
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");

interface Opened {
  readonly page: Page;
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
  readonly offSite: string[];
}

/** Opens the pane in a browser whose language is `locale`, with the real office.js. */
async function openOutside(browser: Browser, base: string, locale: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 350, height: 800 }, locale });
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const offSite: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${base}/`)) return route.continue();
    if (url.startsWith(CDN)) {
      const file = path.join(OFFICE_DIST, path.normalize(decodeURIComponent(new URL(url).pathname.slice("/lib/1/hosted/".length))));
      if (file.startsWith(OFFICE_DIST) && existsSync(file)) return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
      return route.fulfill({ status: 404, body: "" });
    }
    offSite.push(url);
    return route.abort();
  });
  await page.goto(`${base}/taskpane.html`);
  await page.locator("[data-outside-office]").waitFor({ timeout: 30000 });
  return { page, pageErrors, consoleErrors, offSite };
}

describe("taskpane.html outside Office, with the real office.js", () => {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launch();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 30000);

  it("says in Chinese, for a Chinese browser, that PromoLadder runs inside Excel and how to add it", async () => {
    const { page, pageErrors, consoleErrors } = await openOutside(browser!, server!.url, "zh-CN");
    const text = await page.locator("[data-outside-office]").innerText();
    expect(text).toContain("PromoLadder 晋升阶梯需要在 Excel 中使用");
    expect(text).toContain("上传我的加载项");
    expect(text).toContain("开始 > 晋升评审");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    // The real office.js loaded and said where it runs: nowhere (no host, no platform).
    const info = await page.evaluate(() => (globalThis as unknown as { Office: { onReady(): Promise<{ host: unknown; platform: unknown }> } }).Office.onReady());
    expect(info).toMatchObject({ host: null, platform: null });
    expect(pageErrors).toEqual([]);
    expect(consoleErrors.filter((e) => /is not defined/.test(e))).toEqual([]);
    await page.close();
  }, 90000);

  it("says it in English for any other browser language", async () => {
    const { page, pageErrors } = await openOutside(browser!, server!.url, "en-US");
    const text = await page.locator("[data-outside-office]").innerText();
    expect(text).toContain("PromoLadder runs inside Excel");
    expect(text).toContain("Upload My Add-in");
    expect(text).not.toMatch(/[\u4e00-\u9fff]{4}/); // no Chinese sentence (the product name aside)
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 90000);
});
