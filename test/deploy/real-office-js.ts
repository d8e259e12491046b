/**
 * Opens a page in Chromium with the REAL office.js: requests to the cloud's office.js folder are
 * answered with the files of npm @microsoft/office-js (Microsoft's build of the CDN files); any
 * other request off `origin` is aborted and recorded. Records CSP violations and page errors.
 * Used by test/e2e/office-js.e2e.test.ts and test/deploy/package.test.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import type { BrowserContext } from "playwright-core";
import { CLOUDS, type Cloud } from "../../src/manifest/settings";

const OFFICE_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/**
 * The violation office.js causes and the policy blocks on purpose: its telemetry frame
 * (https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html,
 * `ULSEndpointProxy.loadProxyFrame` in o15apptofilemappingtable.js, from
 * `OSFAppTelemetry.onAppActivated`), which would upload office.js's own usage logs (app and
 * document URL, host, user id). office.js carries on without it.
 */
export const HARMLESS = [{ directive: "frame-src", blocked: "https://telemetryservice.firstpartyapps.oaspapps.com" }];

/** What the page did. */
export interface RealOfficeRun {
  readonly violations: { directive: string; blocked: string }[];
  readonly offOrigin: string[];
  readonly cdnFiles: string[];
  readonly errors: string[];
  readonly headerCsp: string | null;
  readonly metaCsp: string | null;
  readonly officeOnReady: string;
  readonly appText: string;
}

/** Opens `url` (on `origin`) in `context` with the real office.js of `cloud`; waits for the pane and for office.js's telemetry attempt (up to 20 s). */
export async function openWithRealOfficeJs(context: BrowserContext, url: string, cloud: Cloud): Promise<RealOfficeRun> {
  const origin = new URL(url).origin;
  const cdn = CLOUDS[cloud].officeJs.replace(/office\.js$/, "");
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
    const u = route.request().url();
    if (u.startsWith(`${origin}/`)) return route.continue();
    if (u.startsWith(cdn)) {
      const file = path.join(OFFICE_DIST, u.slice(cdn.length).split("?")[0]!);
      cdnFiles.push(path.relative(OFFICE_DIST, file));
      if (file.startsWith(OFFICE_DIST) && existsSync(file)) return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
      return route.fulfill({ status: 404, body: "" });
    }
    offOrigin.push(u);
    return route.abort();
  });
  const response = await page.goto(url);
  await page.waitForFunction(() => (document.querySelector("#app")?.textContent ?? "") !== "", undefined, { timeout: 30_000 });
  // office.js loads its telemetry frame once it gives up waiting for a host (seconds): wait for
  // the violation it causes, or 20 s.
  await page.waitForFunction(() => (window as unknown as { __v: unknown[] }).__v.length > 0, undefined, { timeout: 20_000 }).catch(() => undefined);
  await page.waitForTimeout(500);
  const state = await page.evaluate(() => ({
    violations: (window as unknown as { __v: { directive: string; blocked: string }[] }).__v,
    officeOnReady: typeof (window as unknown as { Office?: { onReady?: unknown } }).Office?.onReady,
    appText: document.querySelector("#app")?.textContent ?? "",
    metaCsp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? null,
  }));
  await page.close();
  return { ...state, offOrigin, cdnFiles, errors, headerCsp: response?.headers()["content-security-policy"] ?? null };
}
