/**
 * The e2e harness: a tiny static server for dist/addin on 127.0.0.1, and headless Debian
 * Chromium (playwright-core, no browser download) opening the pane with the Excel stand-in
 * injected in place of office.js. Any request off the local server is aborted and recorded.
 * Every request, console message and Content-Security-Policy violation of the page is recorded
 * too (test/e2e/privacy.e2e.test.ts).
 */
import { mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { StandinConfig } from "./workbook-fixture";

const DIST = path.join(__dirname, "..", "..", "dist", "addin");
const STANDIN = readFileSync(path.join(__dirname, "excel-standin.js"), "utf8");
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".xml": "application/xml", ".map": "application/json" };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureChromium } = require("../system/tools") as { ensureChromium(): string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BROWSER_ARGS } = require("./browser-args") as { BROWSER_ARGS: string[] };

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

/**
 * A server on another port of 127.0.0.1 (so another origin) that records every request and
 * WebSocket upgrade it receives: the receiving end of data a page might try to send away.
 */
export async function serveSink(): Promise<{ url: string; hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method ?? "?"} ${req.url ?? ""}`);
    res.writeHead(200, { "access-control-allow-origin": "*", "content-type": "text/plain" }).end("ok");
  });
  server.on("upgrade", (req, socket) => {
    hits.push(`UPGRADE ${req.url ?? ""}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, hits, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * The run's headless Chromium: a connection to the browser the e2e global setup started (one per
 * run), or a browser of its own when a file runs without it. Closing it closes what it opened.
 */
export async function launch(): Promise<Browser> {
  const ws = process.env.PROMO_E2E_BROWSER_WS;
  if (ws) return chromium.connect(ws, { timeout: 120_000 });
  return chromium.launch({ executablePath: ensureChromium(), args: BROWSER_ARGS, timeout: 120_000 });
}

/** office.js on Microsoft's CDN, as taskpane.html loads it: answered with the stand-in. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** A Content-Security-Policy violation the page reported (`securitypolicyviolation`). */
export interface CspViolation {
  readonly directive: string;
  readonly blocked: string;
  readonly sample: string;
}

/** An open pane and what it did. */
export interface OpenPane {
  readonly page: Page;
  /** Off-origin requests that got past the page's CSP to the network layer (aborted there). */
  readonly blocked: string[];
  /** Page errors and console errors. */
  readonly errors: string[];
  /** Every request the page made, in order, including those the CSP then blocked. */
  readonly requests: { readonly url: string; readonly type: string }[];
  /** Every console message (any level) and page error, as `type: text`. */
  readonly console: { readonly type: string; readonly text: string }[];
  /** The CSP violations the page has reported so far. */
  violations(): Promise<CspViolation[]>;
  /** The connections the page's scripts opened so far (API and URL), refused ones included. */
  connections(): Promise<{ api: string; url: string }[]>;
}

/**
 * Runs before the page's own scripts: collects `securitypolicyviolation` events, and records
 * every connection a script opens (fetch, XHR, sendBeacon, WebSocket, EventSource) with its URL
 * before the browser checks it. A connection the CSP refuses never becomes a request Chromium
 * reports (a refused fetch does not), so the attempt is recorded here.
 */
const RECORD_IN_PAGE = `
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__cspViolations.push({ directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI, sample: e.sample || "" });
  });
  window.__connections = [];
  const record = (api, url) => {
    let href = String(url);
    try { href = new URL(href, location.href).href; } catch {}
    window.__connections.push({ api, url: href });
  };
  const fetch0 = window.fetch;
  window.fetch = function (input, init) { record("fetch", input instanceof Request ? input.url : input); return fetch0.call(this, input, init); };
  const open0 = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) { record("xhr", url); return open0.call(this, method, url, ...rest); };
  const beacon0 = navigator.sendBeacon;
  navigator.sendBeacon = function (url, data) { record("beacon", url); return beacon0.call(navigator, url, data); };
  for (const name of ["WebSocket", "EventSource"]) {
    const Original = window[name];
    const Wrapped = function (url, options) { record(name, url); return options === undefined ? new Original(url) : new Original(url, options); };
    Wrapped.prototype = Original.prototype;
    Object.setPrototypeOf(Wrapped, Original);
    window[name] = Wrapped;
  }
`;

/**
 * Opens the pane at 350x800 with the stand-in: the office.js CDN request is answered with the
 * stand-in script, every other off-origin request is aborted, except those to `passThrough`
 * origins (a {@link serveSink}), which go to the network.
 */
export async function openPane(browser: Browser, base: string, config: StandinConfig, passThrough: readonly string[] = []): Promise<OpenPane> {
  const page = await browser.newPage({ viewport: { width: 350, height: 800 }, deviceScaleFactor: 1, locale: config.locale });
  const blocked: string[] = [];
  const errors: string[] = [];
  const requests: { url: string; type: string }[] = [];
  const messages: { type: string; text: string }[] = [];
  page.on("request", (r) => requests.push({ url: r.url(), type: r.resourceType() }));
  page.on("pageerror", (e) => {
    errors.push(String(e));
    messages.push({ type: "pageerror", text: String(e) });
  });
  page.on("console", (m) => {
    messages.push({ type: m.type(), text: m.text() });
    if (m.type() === "error") errors.push(m.text());
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${base}/`)) return route.continue();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: STANDIN });
    if (passThrough.some((origin) => url.startsWith(`${origin}/`))) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await page.addInitScript({ content: RECORD_IN_PAGE });
  await page.addInitScript({ content: `window.__standin = ${JSON.stringify(config)};` });
  await page.goto(`${base}/taskpane.html`);
  const violations = () => page.evaluate(() => (window as unknown as { __cspViolations: CspViolation[] }).__cspViolations.slice());
  const connections = () => page.evaluate(() => (window as unknown as { __connections: { api: string; url: string }[] }).__connections.slice());
  return { page, blocked, errors, requests, console: messages, violations, connections };
}

/**
 * The built pane served on localhost and a headless Chromium for a test file: started before
 * its tests, stopped after them. `open` is {@link openPane} on them.
 */
export function usePane(): { open: (config: StandinConfig, passThrough?: readonly string[]) => Promise<OpenPane> } {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { open: (config, passThrough = []) => openPane(browser!, server!.url, config, passThrough) };
}

/**
 * Where screenshots go: docs/ with SCREENSHOTS=1 (to refresh the README's pictures), else a
 * temporary folder, so that a test run leaves the working tree as it was.
 */
const SHOTS = process.env.SCREENSHOTS === "1" ? path.join(__dirname, "..", "..", "docs") : path.join(tmpdir(), "promoladder-e2e-shots");

/** A screenshot of the pane as `taskpane-NAME.png`, scrolled to `selector` (else the top), nothing focused. */
export async function shot(page: Page, name: string, selector?: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  if (selector) await page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: "start" }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(150);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `taskpane-${name}.png`) });
}

/** Runs `fn` in the page on the Excel stand-in's inspection API (`B` names the part a test uses). */
export function inBook<B, T>(page: Page, fn: (b: B) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(window.__standinBook)`) as Promise<T>;
}
