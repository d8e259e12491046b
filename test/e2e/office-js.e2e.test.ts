/**
 * The built pane with the REAL office.js (npm @microsoft/office-js, Microsoft's build of the CDN
 * files, served at the CDN path by request interception) under the production
 * Content-Security-Policy (the page's meta tag and the same policy as the HTTP header, as README
 * "Deploy" serves it), in headless Chromium, outside Office, for each cloud the build targets (the
 * china page is the built page with the 21Vianet office.js and policy, src/manifest/hosting.js
 * pageFor).
 *
 * Found with it (issue 15 item 9): office.js creates a telemetry frame on another origin
 * (test/deploy/real-office-js.ts HARMLESS). `frame-src 'none'` blocks it: the one violation
 * documented as harmless; it keeps the privacy guarantee (no origin other than the add-in's and
 * office.js's is reached). No other violation may occur.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { contentSecurityPolicy, pageFor } from "../../src/manifest/hosting";
import { CLOUDS, type Cloud } from "../../src/manifest/settings";
import { certificate, serveStatic } from "../deploy/https";
import { HARMLESS, openWithRealOfficeJs, type RealOfficeRun } from "../deploy/real-office-js";
import { launch } from "./harness";

const DIST = path.join(__dirname, "..", "..", "dist", "addin");

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launch();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function run(cloud: Cloud): Promise<RealOfficeRun> {
  const tls = await certificate("localhost");
  const page = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const server = await serveStatic(DIST, cloud, tls, { "/taskpane.html": pageFor(page, cloud) });
  const context = await browser!.newContext({ ignoreHTTPSErrors: true, locale: "zh-CN" });
  try {
    return await openWithRealOfficeJs(context, `https://localhost:${server.port}/taskpane.html`, cloud);
  } finally {
    await context.close();
    await server.close();
  }
}

describe.each(Object.keys(CLOUDS) as Cloud[])("the built pane with the real office.js (%s cloud)", (cloud) => {
  let r: RealOfficeRun;
  beforeAll(async () => {
    r = await run(cloud);
  }, 90_000);

  it("loads office.js and its companion files from the cloud's CDN path, under the production policy", () => {
    expect(r.cdnFiles[0]).toBe("office.js");
    expect(r.cdnFiles).toContain("o15apptofilemappingtable.js");
    expect(r.officeOnReady).toBe("function");
    expect(r.headerCsp).toBe(contentSecurityPolicy(cloud));
    expect(r.metaCsp).toBe(contentSecurityPolicy(cloud));
  });

  it("reaches no origin other than the add-in's and office.js's", () => {
    expect(r.offOrigin).toEqual([]);
  });

  it("has no CSP violation other than office.js's telemetry frame, documented as harmless", () => {
    for (const v of r.violations) expect(HARMLESS).toContainEqual({ directive: v.directive, blocked: new URL(v.blocked).origin });
    expect(r.errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  });

  it("blocks office.js's telemetry frame, which would otherwise load from another origin", () => {
    expect(r.violations.map((v) => ({ directive: v.directive, blocked: new URL(v.blocked).origin }))).toContainEqual(HARMLESS[0]);
  });
});
