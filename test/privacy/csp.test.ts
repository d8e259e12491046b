/**
 * The task pane's Content-Security-Policy is strict enough, read from the page's source
 * (src/taskpane/taskpane.html; the built page is checked as well when present). That the browser
 * enforces it, and that the pane and the functions live within it, is shown end to end in
 * test/e2e/privacy.e2e.test.ts.
 *
 * The page is the add-in's only one with code: the manifest's task pane, functions and commands all
 * use it (shared runtime) and name no other domain, so this policy covers everything the add-in
 * runs (the functions' help pages are static HTML under the same policy, without scripts).
 *
 * The policy follows the office.js origin the build targets (src/manifest/hosting.js): the global
 * CDN by default, 21Vianet's for ADDIN_CLOUD=china (Microsoft's "Office Add-ins in sovereign
 * clouds"). office.js's own telemetry frame (another origin) stays blocked: see
 * test/e2e/office-js.e2e.test.ts.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { helpPages } from "../../src/manifest/help-pages";
import { contentSecurityPolicy, pageFor } from "../../src/manifest/hosting";
import { CLOUDS, type Cloud } from "../../src/manifest/settings";

const ROOT = path.join(__dirname, "..", "..");
const SOURCE = path.join(ROOT, "src", "taskpane", "taskpane.html");
const BUILT = path.join(ROOT, "dist", "addin", "taskpane.html");

/** The CSP meta tags of a page, each as directive -> sources. */
function policies(html: string): Map<string, string[]>[] {
  const metas = [...html.matchAll(/<meta\b[^>]*>/gi)].map((m) => m[0]).filter((m) => /http-equiv\s*=\s*["']?Content-Security-Policy["'\s>]/i.test(m));
  return metas.map((m) => {
    const content = /content\s*=\s*"([^"]*)"/i.exec(m)?.[1] ?? /content\s*=\s*'([^']*)'/i.exec(m)?.[1] ?? "";
    const out = new Map<string, string[]>();
    for (const part of content.split(";")) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (name) out.set(name.toLowerCase(), sources);
    }
    return out;
  });
}

/** What a directive allows when it is not given: default-src for fetch directives. */
function effective(p: Map<string, string[]>, directive: string): string[] | undefined {
  const fallbacks: Record<string, string[]> = {
    "script-src-elem": ["script-src", "default-src"],
    "script-src-attr": ["script-src", "default-src"],
    "style-src-elem": ["style-src", "default-src"],
    "style-src-attr": ["style-src", "default-src"],
    "worker-src": ["child-src", "script-src", "default-src"],
    "frame-src": ["child-src", "default-src"],
  };
  for (const d of [directive, ...(fallbacks[directive] ?? ["default-src"])]) if (p.has(d)) return p.get(d);
  return undefined;
}

function checkPage(html: string, cloud: Cloud = "global"): void {
  const OFFICE_JS = CLOUDS[cloud].officeJs;
  const CDN = new URL(OFFICE_JS).origin;
  const all = policies(html);
  expect(all).toHaveLength(1);
  const p = all[0]!;
  // What the product needs and no more.
  expect(p.get("default-src")).toEqual(["'self'"]);
  expect(p.get("script-src")).toEqual(["'self'", CDN]);
  expect(p.get("connect-src")).toEqual(["'self'"]);
  expect(p.get("object-src")).toEqual(["'none'"]);
  expect(p.get("frame-src")).toEqual(["'none'"]);
  // Not covered by default-src: closed explicitly.
  expect(p.get("form-action")).toEqual(["'none'"]);
  expect(p.get("base-uri")).toEqual(["'none'"]);
  // Every fetch directive, given or inherited, allows this origin (and data: images, the CDN's script) only.
  const allowed: Record<string, readonly string[]> = {
    "script-src": ["'self'", CDN],
    "script-src-elem": ["'self'", CDN],
    "script-src-attr": ["'self'", CDN],
    "worker-src": ["'self'", CDN],
    "style-src": ["'self'", "'unsafe-inline'"],
    "style-src-elem": ["'self'", "'unsafe-inline'"],
    "style-src-attr": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
  };
  for (const d of ["default-src", "connect-src", "script-src", "script-src-elem", "script-src-attr", "worker-src", "style-src", "style-src-elem", "style-src-attr", "img-src", "font-src", "media-src", "manifest-src", "frame-src", "child-src", "object-src"]) {
    const sources = effective(p, d) ?? [];
    const ok = new Set([...(allowed[d] ?? ["'self'"]), "'none'"]);
    expect({ directive: d, extra: sources.filter((s) => !ok.has(s)) }).toEqual({ directive: d, extra: [] });
  }
  // Nothing that runs strings as code or opens the policy up.
  const every = [...p.values()].flat();
  for (const bad of ["'unsafe-eval'", "'wasm-unsafe-eval'", "'unsafe-hashes'", "*", "http:", "https:", "ws:", "wss:", "blob:", "filesystem:"]) expect(every).not.toContain(bad);
  expect(p.get("script-src")).not.toContain("'unsafe-inline'");
  // The policy comes before any script (a meta CSP applies only to what follows it).
  expect(html.search(/http-equiv\s*=\s*["']?Content-Security-Policy/i)).toBeLessThan(html.search(/<script\b/i));
  // The only off-origin script is office.js; no inline script or event handler (script-src has no 'unsafe-inline').
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs!)?.[1];
    expect({ src, inline: body!.trim() }).toEqual({ src: expect.any(String), inline: "" });
    if (/^(https?:)?\/\//i.test(src!)) expect(src).toBe(OFFICE_JS);
  }
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
}

test("src/taskpane/taskpane.html has a strict CSP", () => {
  checkPage(fs.readFileSync(SOURCE, "utf8"));
});

test("the source page's policy is the one the build writes for the global cloud (one home: src/manifest/hosting.js)", () => {
  const page = fs.readFileSync(SOURCE, "utf8");
  expect(policies(page)).toEqual(policies(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy("global")}" />`));
  expect(pageFor(page, "global")).toBe(page);
});

test("ADDIN_CLOUD=china: office.js from 21Vianet's CDN and a policy allowing that origin only", () => {
  const china = pageFor(fs.readFileSync(SOURCE, "utf8"), "china");
  checkPage(china, "china");
  expect(china).toContain('src="https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js"');
  expect(china).not.toContain("appsforoffice.microsoft.com");
  expect(() => checkPage(china, "global")).toThrow();
});

test("the functions' help pages carry the same policy and no script", () => {
  const fn = { id: "STATUS", name: "STATUS", description: "d", parameters: [{ name: "record", description: "r" }] };
  const help = { setup: { en: "s", zh: "设" }, rowErrors: [], functions: { STATUS: { example: { formula: "=PROMO.STATUS()", en: "e", zh: "例" }, errors: [] } } };
  for (const cloud of Object.keys(CLOUDS) as Cloud[]) {
    const { pages, errors } = helpPages({ functions: [fn] }, { functions: [fn] }, help, cloud);
    expect(errors).toEqual([]);
    for (const html of Object.values(pages)) {
      expect(policies(html)).toEqual(policies(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(cloud)}" />`));
      expect(html).not.toMatch(/<script\b|\son[a-z]+\s*=/i);
    }
  }
});

const built = fs.existsSync(BUILT) ? test : test.skip;
built("the built page keeps it (dist/addin/taskpane.html)", () => {
  const html = fs.readFileSync(BUILT, "utf8");
  checkPage(html, html.includes(CLOUDS.china.officeJs) ? "china" : "global");
});

test("the check refuses a looser policy", () => {
  const page = fs.readFileSync(SOURCE, "utf8");
  const loosen = (from: string, to: string) => () => checkPage(page.replace(from, to));
  expect(loosen("connect-src 'self'", "connect-src 'self' https://example.com")).toThrow();
  expect(loosen("script-src 'self'", "script-src 'self' 'unsafe-eval'")).toThrow();
  expect(loosen("img-src 'self' data:", "img-src *")).toThrow();
  expect(loosen("; form-action 'none'", "")).toThrow();
  expect(loosen("default-src 'self'; ", "")).toThrow();
  expect(loosen("</head>", '<script src="https://example.com/x.js"></script></head>')).toThrow();
  expect(loosen("</head>", "<script>fetch('/x')</script></head>")).toThrow();
});

test("the manifest names this page and the help pages only, on the add-in's own origin, and no other domain", () => {
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThan(5);
  expect(new Set(urls.map((u) => new URL(u).origin))).toEqual(new Set(["https://localhost:3000"]));
  const pages = new Set(urls.filter((u) => u.endsWith(".html")).map((u) => new URL(u).pathname));
  expect([...pages].filter((p) => p !== "/taskpane.html").every((p) => /^\/help\/(en-US|zh-CN)\/index\.html$/.test(p))).toBe(true);
  expect(pages).toContain("/taskpane.html");
  expect(manifest).toMatch(/<AppDomains\s*\/>/);
});
