/**
 * The built pane with the REAL office.js (npm @microsoft/office-js, Microsoft's build of the CDN
 * files), served at the CDN path by request interception, under the production
 * Content-Security-Policy (the page's meta tag and the same policy as the HTTP header, as the
 * README's hosting rules serve it), in headless Chromium, outside Office, for each cloud the build
 * targets (the china page is the built page with the 21Vianet office.js and policy,
 * src/manifest/hosting.js pageFor).
 *
 * Found with it (issue 15 item 9): office.js creates a telemetry frame on another origin
 * (https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html,
 * `ULSEndpointProxy.loadProxyFrame` in o15apptofilemappingtable.js, called from
 * `OSFAppTelemetry.onAppActivated`) to upload office.js's own usage logs (app URL, document URL,
 * host, user id...). `frame-src 'none'` blocks it: that violation is the one documented as
 * harmless (office.js carries on), and it keeps the privacy guarantee: no origin other than the
 * add-in's and office.js's is reached. No other violation may occur.
 */
import { readFileSync, existsSync } from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { contentSecurityPolicy, pageFor } from "../../src/manifest/hosting";
import { CLOUDS, type Cloud } from "../../src/manifest/settings";
import { certificate, serveStatic } from "../deploy/https";
import { launch } from "./harness";

const DIST = path.join(__dirname, "..", "..", "dist", "addin");
const OFFICE_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
/** The violation office.js causes and the policy blocks on purpose (see above). */
const HARMLESS = [{ directive: "frame-src", blocked: "https://telemetryservice.firstpartyapps.oaspapps.com" }];

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launch();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

interface Run {
  violations: { directive: string; blocked: string }[];
  offOrigin: string[];
  cdnFiles: string[];
  errors: string[];
  headerCsp: string | null;
  office: { onReady: string; hostInfo: unknown };
}

async function openWithRealOfficeJs(cloud: Cloud): Promise<Run> {
  const tls = await certificate("localhost");
  const page0 = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const server = await serveStatic(DIST, cloud, tls, { "/taskpane.html": pageFor(page0, cloud) });
  const base = `https://localhost:${server.port}`;
  const cdn = CLOUDS[cloud].officeJs.replace(/office\.js$/, "");
  const context = await browser!.newContext({ ignoreHTTPSErrors: true, locale: "zh-CN" });
  try {
    const page = await context.newPage();
    const offOrigin: string[] = [];
    const cdnFiles: string[] = [];
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.addInitScript(() => {
      const w = window as unknown as { __v: { directive: string; blocked: string }[] };
      w.__v = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__v.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
    });
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(`${base}/`)) return route.continue();
      if (url.startsWith(cdn)) {
        const file = path.join(OFFICE_DIST, url.slice(cdn.length).split("?")[0]!);
        cdnFiles.push(path.relative(OFFICE_DIST, file));
        if (file.startsWith(OFFICE_DIST) && existsSync(file)) return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
        return route.fulfill({ status: 404, body: "" });
      }
      offOrigin.push(url);
      return route.abort();
    });
    const response = await page.goto(`${base}/taskpane.html`);
    await page.waitForFunction(() => document.querySelector("#app")?.textContent !== "", undefined, { timeout: 30_000 });
    // office.js loads its telemetry frame once it gives up waiting for a host (seconds): wait for the
    // violation it causes, or 20 s.
    await page
      .waitForFunction(() => (window as unknown as { __v: unknown[] }).__v.length > 0, undefined, { timeout: 20_000 })
      .catch(() => undefined);
    await page.waitForTimeout(500);
    const office = await page.evaluate(() => {
      const o = (window as unknown as { Office?: { onReady?: unknown; context?: { host?: unknown } } }).Office;
      return { onReady: typeof o?.onReady, hostInfo: o?.context?.host ?? null };
    });
    const violations = await page.evaluate(() => (window as unknown as { __v: { directive: string; blocked: string }[] }).__v);
    return { violations, offOrigin, cdnFiles, errors, headerCsp: response?.headers()["content-security-policy"] ?? null, office };
  } finally {
    await context.close();
    await server.close();
  }
}

describe.each(Object.keys(CLOUDS) as Cloud[])("the built pane with the real office.js (%s cloud)", (cloud) => {
  let run: Run;
  beforeAll(async () => {
    run = await openWithRealOfficeJs(cloud);
  }, 90_000);

  it("loads office.js and its companion files from the cloud's CDN path (served from @microsoft/office-js)", () => {
    expect(run.cdnFiles[0]).toBe("office.js");
    expect(run.cdnFiles).toContain("o15apptofilemappingtable.js");
    expect(run.office.onReady).toBe("function");
    expect(run.headerCsp).toBe(contentSecurityPolicy(cloud));
  });

  it("reaches no origin other than the add-in's and office.js's", () => {
    expect(run.offOrigin).toEqual([]);
  });

  it("has no CSP violation other than office.js's telemetry frame, documented as harmless", () => {
    for (const v of run.violations) expect(HARMLESS).toContainEqual({ directive: v.directive, blocked: new URL(v.blocked).origin });
    expect(run.errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  });

  it("blocks office.js's telemetry frame, which would otherwise load from another origin", () => {
    expect(run.violations.map((v) => ({ directive: v.directive, blocked: new URL(v.blocked).origin }))).toContainEqual(HARMLESS[0]);
  });
});
