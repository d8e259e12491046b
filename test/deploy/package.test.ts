/**
 * `npm run package` on one real production build (made once, here, into a temporary folder, with
 * ADDIN_BASE_URL=https://hr.example.cn/promo/ as an IT admin would): the zip holds the static
 * files with hashed bundle names and no source maps, both manifests and the help pages; every URL
 * of either manifest (and every function's helpUrl) resolves to a file of the unpacked zip served
 * over local HTTPS with a certificate made here, or is the office.js CDN; the page carries one copy
 * of the core (issue 15 item 13); and the generated nginx block serves the package with the page's
 * CSP and the cache rules. Where /usr/sbin/nginx exists (Debian: apt-get install nginx-light) that
 * is checked with nginx itself, else with the node server applying the same rules; the test's name
 * says which ran. Then, as an IT admin would check it, Chromium opens the manifest's page URL
 * (https://hr.example.cn/promo/taskpane.html, resolved to that server) with the real office.js.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { chromium } from "playwright-core";
import { CACHE, contentSecurityPolicy, HASHED_BUNDLE } from "../../src/manifest/hosting";
import { makePackage } from "../../src/manifest/package";
import { CLOUDS, readSettings, type Settings } from "../../src/manifest/settings";
import { certificate, fetchVia, serveStatic } from "./https";
import { schemaErrors } from "./schemas";
import { HARMLESS, openWithRealOfficeJs } from "./real-office-js";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS test helpers without types (as test/e2e/harness.ts)
const { ensureChromium } = require("../system/tools") as { ensureChromium(): string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BROWSER_ARGS } = require("../e2e/browser-args") as { BROWSER_ARGS: string[] };
const ROOT = path.join(__dirname, "..", "..");
const PKG = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string; scripts: Record<string, string> };
const BASE = "https://hr.example.cn/promo/";
const ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const NGINX = "/usr/sbin/nginx";
const SERVER = existsSync(NGINX) ? "nginx" : "the node server (nginx is not installed)";

let tmp: string;
let site: string; // the web root: the zip is unpacked into site/promo/
let files: Record<string, Buffer>;
let settings: Settings;
let out: { zip: string; app: string; nginx: string };
let tls: { key: string; cert: string };

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), "promo-package-"));
  const env = { ...process.env, ADDIN_BASE_URL: BASE, ADDIN_ID: ID, ADDIN_OUT_DIR: path.join(tmp, "addin"), ADDIN_PACKAGE_DIR: path.join(tmp, "dist") };
  // npm run package = npm run build (the CLI, then webpack) && node scripts/package.mjs; the CLI is not part of the package.
  const run = (args: string[], timeout: number) => {
    try {
      execFileSync(process.execPath, args, { cwd: ROOT, env, stdio: "pipe", timeout, maxBuffer: 64 * 1024 * 1024 });
    } catch (e) {
      const { stdout, stderr } = e as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`${args.join(" ")} failed:\n${String(stdout ?? "").slice(-3000)}\n${String(stderr ?? "").slice(-2000)}`);
    }
  };
  run([path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], 540_000);
  run([path.join(ROOT, "scripts", "package.mjs")], 60_000);
  const read = readSettings(env, { production: true, version: PKG.version });
  if ("error" in read) throw new Error(read.error);
  settings = read.settings;
  const name = `promoladder-${PKG.version}`;
  out = { zip: path.join(tmp, "dist", `${name}.zip`), app: path.join(tmp, "dist", `${name}-m365-app.zip`), nginx: path.join(tmp, "dist", `${name}.nginx.conf`) };
  const zip = await JSZip.loadAsync(readFileSync(out.zip));
  files = {};
  site = path.join(tmp, "www");
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    files[entry.name] = await entry.async("nodebuffer");
    const target = path.join(site, "promo", entry.name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, files[entry.name]!);
  }
  tls = await certificate("hr.example.cn");
}, 600_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const text = (name: string) => files[name]!.toString("utf8");

/** Every URL named by the manifests and the functions metadata (helpUrl), fragments dropped. */
function manifestUrls(): string[] {
  const urls = [
    ...[...text("manifest.xml").matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!),
    ...[text("manifest.json"), text("manifest.zh-cn.json"), text("functions.json"), text("functions.zh-CN.json")].flatMap((t) => t.match(/https?:\/\/[^"\s]+/g) ?? []),
  ];
  return [...new Set(urls.map((u) => u.split("#")[0]!))];
}

test("npm run package is the build followed by scripts/package.mjs", () => {
  expect(PKG.scripts.package).toBe("npm run build && node scripts/package.mjs");
});

test("the zip holds the static files with hashed bundles, no source maps, both manifests and the help pages", () => {
  const names = Object.keys(files);
  const bundles = names.filter((n) => n.endsWith(".js"));
  expect(bundles.map((b) => b.replace(new RegExp(HASHED_BUNDLE), "")).sort()).toEqual(["commands", "core", "functions", "runtime", "taskpane"]);
  expect(names.filter((n) => n.endsWith(".map"))).toEqual([]);
  for (const f of ["taskpane.html", "manifest.xml", "manifest.json", "manifest.zh-cn.json", "functions.json", "functions.zh-CN.json", "assets/icon-32.png", "help/en-US/index.html", "help/zh-CN/STATUS.html"]) expect(names).toContain(f);
  expect(text("manifest.xml")).toContain(`<Version>${settings.version.xml}</Version>`);
  expect(text("manifest.xml")).toContain(`<Id>${ID}</Id>`);
});

test("the unified manifest of the build validates against its schema, and the app package holds it with its icons", async () => {
  const manifest = JSON.parse(text("manifest.json")) as { manifestVersion: string; icons: { color: string; outline: string } };
  expect(schemaErrors(manifest, manifest.manifestVersion, "manifest")).toEqual([]);
  expect(schemaErrors(JSON.parse(text("manifest.zh-cn.json")), manifest.manifestVersion, "localization")).toEqual([]);
  const app = await JSZip.loadAsync(readFileSync(out.app));
  expect(Object.keys(app.files).sort()).toEqual(["manifest.json", "manifest.zh-cn.json", manifest.icons.color, manifest.icons.outline].sort());
});

test("every function has a helpUrl on the base URL, in its language", () => {
  for (const [file, lang] of [["functions.json", "en-US"], ["functions.zh-CN.json", "zh-CN"]] as const) {
    const { functions } = JSON.parse(text(file)) as { functions: { id: string; helpUrl?: string }[] };
    // Every @customfunction of the source, none lost on the way to the package.
    expect(functions.length).toBe(readFileSync("src/functions/functions.ts", "utf8").match(/@customfunction\b/g)?.length);
    for (const f of functions) expect(f.helpUrl).toBe(`${BASE}help/${lang}/${f.id}.html`);
  }
});

test("the manifests name only the base URL (and the schema's address)", () => {
  for (const u of manifestUrls()) expect(u.startsWith(BASE) || u.startsWith("https://developer.microsoft.com/json-schemas/")).toBe(true);
  expect(Object.values(files).some((b) => /localhost:3000|promoladder\.example\.com/.test(b.toString("latin1")))).toBe(false);
});

test("the page loads office.js, then one runtime, the core once, and the pane, functions and commands", () => {
  const html = text("taskpane.html");
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!.replace(new RegExp(HASHED_BUNDLE), ""));
  expect(scripts).toEqual([CLOUDS.global.officeJs, "runtime", "core", "taskpane", "functions", "commands"]);
  // Code of src/core only (issue codes no other source file names): in the core chunk only, not in the pane's or the functions' bundles.
  for (const marker of ['"too_many_criteria"', '"count_at_least"', '"window_months"']) {
    const holders = Object.keys(files).filter((n) => n.endsWith(".js") && text(n).includes(marker));
    expect({ marker, holders: holders.map((h) => h.replace(new RegExp(HASHED_BUNDLE), "")) }).toEqual({ marker, holders: ["core"] });
  }
});

test("package.js refuses a build made for other settings", async () => {
  const other = readSettings({ ADDIN_BASE_URL: "https://other.example.cn/" }, { production: true, version: PKG.version });
  if ("error" in other) throw new Error(other.error);
  await expect(makePackage({ dir: path.join(tmp, "addin"), outDir: path.join(tmp, "other"), settings: other.settings, version: PKG.version })).rejects.toThrow(/built with other settings/);
});

test("every URL of either manifest resolves inside the package served over HTTPS (or is office.js)", async () => {
  const server = await serveStatic(site, "global", tls);
  try {
    const urls = manifestUrls().filter((u) => !u.startsWith("https://developer.microsoft.com/json-schemas/"));
    expect(urls.length).toBeGreaterThan(25); // page, script, metadata, icons, 20 help pages, index pages
    for (const u of urls) expect({ u, status: (await fetchVia(u, server.port, tls.cert)).status }).toEqual({ u, status: 200 });
  } finally {
    await server.close();
  }
}, 60_000);

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as { port: number };
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/** Starts nginx with the generated location block (root pointed at the unpacked zip) in an https server for hr.example.cn. */
async function startNginx(): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const dir = path.join(tmp, "nginx");
  mkdirSync(path.join(dir, "logs"), { recursive: true });
  writeFileSync(path.join(dir, "key.pem"), tls.key);
  writeFileSync(path.join(dir, "cert.pem"), tls.cert);
  // nginx's workers must read the files
  for (let d = site; d.startsWith(tmp); d = path.dirname(d)) chmodSync(d, 0o755);
  const location = readFileSync(out.nginx, "utf8").replace("root /srv/www;", `root ${site};`);
  const conf = [
    "worker_processes 1;",
    "daemon off;",
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/logs/error.log;`,
    "events { worker_connections 64; }",
    "http {",
    "  include /etc/nginx/mime.types;",
    "  access_log off;",
    `  server { listen 127.0.0.1:${port} ssl; server_name hr.example.cn; ssl_certificate ${dir}/cert.pem; ssl_certificate_key ${dir}/key.pem;`,
    location,
    "  }",
    "}",
  ].join("\n");
  writeFileSync(path.join(dir, "nginx.conf"), conf);
  const proc: ChildProcess = spawn(NGINX, ["-p", dir, "-e", `${dir}/logs/error.log`, "-c", path.join(dir, "nginx.conf")], { stdio: "ignore" });
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await fetchVia(`${BASE}taskpane.html`, port, tls.cert);
      break;
    } catch (e) {
      if (Date.now() > deadline || proc.exitCode !== null) throw new Error(`nginx did not start: ${String(e)}\n${readFileSync(`${dir}/logs/error.log`, "utf8")}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once("exit", () => resolve());
        proc.kill("SIGQUIT");
      }),
  };
}

test(`the generated nginx block serves the package with the page's CSP and the cache rules (served by ${SERVER})`, async () => {
  const server = existsSync(NGINX) ? await startNginx() : await serveStatic(site, "global", tls).then((s) => ({ port: s.port, stop: s.close }));
  console.log(`deploy test served the package with ${SERVER}`);
  try {
    const page = await fetchVia(`${BASE}taskpane.html`, server.port, tls.cert);
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page.body.toString("utf8"))![1];
    expect(page.status).toBe(200);
    expect(page.headers["content-security-policy"]).toBe(meta);
    expect(meta).toBe(contentSecurityPolicy("global"));
    expect(page.headers["cache-control"]).toBe(CACHE.other);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    for (const f of ["manifest.xml", "manifest.json", "functions.json"]) {
      const r = await fetchVia(`${BASE}${f}`, server.port, tls.cert);
      expect({ f, status: r.status, cache: r.headers["cache-control"], cors: r.headers["access-control-allow-origin"] }).toEqual({ f, status: 200, cache: CACHE.other, cors: "*" });
    }
    expect((await fetchVia(`${BASE}functions.json`, server.port, tls.cert)).headers["content-type"]).toMatch(/^application\/json/);
    const bundles = readdirSync(path.join(site, "promo")).filter((n) => n.endsWith(".js"));
    expect(bundles).toHaveLength(5);
    for (const b of bundles) {
      const r = await fetchVia(`${BASE}${b}`, server.port, tls.cert);
      expect({ b, status: r.status, cache: r.headers["cache-control"], csp: r.headers["content-security-policy"] }).toEqual({ b, status: 200, cache: CACHE.hashed, csp: meta });
      expect(r.headers["content-type"]).toMatch(/javascript/);
    }
    for (const u of manifestUrls().filter((x) => x.startsWith(BASE))) expect({ u, status: (await fetchVia(u, server.port, tls.cert)).status }).toEqual({ u, status: 200 });
    expect((await fetchVia(`${BASE}nothing-here.js`, server.port, tls.cert)).status).toBe(404);

    // The pane from the manifest's URL, in Chromium, with the real office.js.
    const sourceLocation = /<SourceLocation DefaultValue="([^"]+)"/.exec(text("manifest.xml"))![1]!;
    const browser = await chromium.launch({ executablePath: ensureChromium(), args: [...BROWSER_ARGS, `--host-resolver-rules=MAP hr.example.cn 127.0.0.1:${server.port}`], timeout: 60_000 });
    try {
      const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: "zh-CN" }); // the test's own certificate
      const run = await openWithRealOfficeJs(context, sourceLocation, "global");
      expect(run.headerCsp).toBe(meta);
      expect(run.cdnFiles[0]).toBe("office.js");
      expect(run.offOrigin).toEqual([]);
      expect(run.appText).toMatch(/PromoLadder/);
      for (const v of run.violations) expect(HARMLESS).toContainEqual({ directive: v.directive, blocked: new URL(v.blocked).origin });
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}, 120_000);
