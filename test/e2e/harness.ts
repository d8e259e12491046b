/**
 * The e2e harness: a tiny static server for dist/addin on 127.0.0.1, and headless Debian
 * Chromium (playwright-core, no browser download) opening the pane with the Excel stand-in
 * injected in place of office.js. Any request off the local server is aborted and recorded.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { StandinConfig } from "./workbook-fixture";

const DIST = path.join(__dirname, "..", "..", "dist", "addin");
const STANDIN = readFileSync(path.join(__dirname, "excel-standin.js"), "utf8");
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".xml": "application/xml", ".map": "application/json" };

/** Chromium from Debian (CI installs it with apt); override with CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Serves dist/addin; resolves with the base URL. */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? "/").split("?")[0]!);
    const file = path.join(DIST, path.normalize(name === "/" ? "/taskpane.html" : name));
    if (!file.startsWith(DIST)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Launches headless Chromium. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

/** An open pane and the requests it tried to send elsewhere. */
export interface OpenPane {
  readonly page: Page;
  readonly blocked: string[];
  readonly errors: string[];
}

/**
 * Opens the pane at 350x800 with the stand-in: the office.js CDN request is answered with the
 * stand-in script, every other off-origin request is aborted.
 */
export async function openPane(browser: Browser, base: string, config: StandinConfig): Promise<OpenPane> {
  const page = await browser.newPage({ viewport: { width: 350, height: 800 }, deviceScaleFactor: 1, locale: config.locale });
  const blocked: string[] = [];
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    if (url.startsWith("https://appsforoffice.microsoft.com/")) return route.fulfill({ status: 200, contentType: "text/javascript", body: STANDIN });
    blocked.push(url);
    return route.abort();
  });
  await page.addInitScript({ content: `window.__standin = ${JSON.stringify(config)};` });
  await page.goto(`${base}/taskpane.html`);
  return { page, blocked, errors };
}
