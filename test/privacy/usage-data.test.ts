/**
 * Office tooling telemetry is off, and stays off.
 *
 * Microsoft's Office add-in tools (office-addin-debugging, -manifest, -dev-certs, and
 * custom-functions-metadata behind the webpack plugin) report usage data through
 * office-addin-usage-data. The installed versions are stubs that never send anything; the
 * project turns it off explicitly anyway, so an upgrade that brings reporting back finds it off:
 * (a) every package.json script that runs such a tool first runs `npm run usage-data:off`
 *     (`office-addin-usage-data off`), chained with `&&`;
 * (b) every installed copy of office-addin-usage-data reports the level "off" in a fresh home
 *     folder (no opt-out recorded) and after the project's opt-out, says usage data is off when
 *     a tool builds its reporter the way the tools do, makes no network call when asked to
 *     report, and loads no network module. An upgrade that re-enables reporting fails here.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT, tempDir } from "../bad-input/helpers";

const USAGE_DATA = "office-addin-usage-data";
const OPT_OUT_SCRIPT = "usage-data:off";

interface LockEntry {
  readonly version?: string;
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly bin?: Record<string, string> | string;
}

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };

/** The lock path a package `name` resolves to from the package at `from` (node's lookup). */
function resolveIn(name: string, from: string): string | null {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ""}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!dir) return null;
    const i = dir.lastIndexOf("/node_modules/");
    dir = i < 0 ? "" : dir.slice(0, i);
  }
}

/** True when the package at `start` (a lock path) depends on office-addin-usage-data, directly or not. */
function reachesUsageData(start: string): boolean {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.pop()!;
    if (seen.has(at)) continue;
    seen.add(at);
    if (at.endsWith(`node_modules/${USAGE_DATA}`)) return true;
    const entry = lock.packages[at]!;
    for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
      const next = resolveIn(dep, at);
      if (next) queue.push(next);
    }
  }
  return false;
}

/** Commands that run Office tooling: the binaries of packages that report usage data, and webpack when its config loads one. */
function toolingCommands(): Set<string> {
  const out = new Set<string>();
  for (const [at, entry] of Object.entries(lock.packages)) {
    if (!at || at.endsWith(`node_modules/${USAGE_DATA}`) || !entry.bin || !reachesUsageData(at)) continue;
    const name = at.slice(at.lastIndexOf("node_modules/") + "node_modules/".length);
    for (const bin of typeof entry.bin === "string" ? [name] : Object.keys(entry.bin)) out.add(bin);
  }
  const config = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
  const required = [...config.matchAll(/require\(\s*["']([^"'.][^"']*)["']\s*\)/g)].map((m) => m[1]!).filter((m) => !m.startsWith("node:"));
  if (required.some((m) => resolveIn(m, "") !== null && reachesUsageData(resolveIn(m, "")!))) out.add("webpack");
  return out;
}

const OPT_OUT = new RegExp(`^(npm run( -s| --silent)? ${OPT_OUT_SCRIPT.replace(":", "\\:")}|(npx )?${USAGE_DATA} off)$`);

/** A script's commands and the operators between them (environment assignments dropped). */
function parse(command: string): { segments: string[]; joins: string[] } {
  const parts = command.split(/\s*(&&|\|\||;|\|)\s*/);
  const segments: string[] = [];
  const joins: string[] = [];
  parts.forEach((p, i) => (i % 2 === 0 ? segments.push(p.trim().replace(/^(\w+=\S*\s+)+/, "")) : joins.push(p)));
  return { segments, joins };
}

/** Matches a command that runs one of `tooling` (by name, through npx, or by its path). */
function toolPattern(tooling: ReadonlySet<string>): RegExp {
  return new RegExp(`(^|[\\s/])(${[...tooling].map((t) => t.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")).join("|")})(\\.js)?(\\s|$|/)`);
}

/** Scripts whose own commands run Office tooling. */
function toolingScripts(scripts: Record<string, string>, tooling: ReadonlySet<string>): string[] {
  const tool = toolPattern(tooling);
  return Object.entries(scripts)
    .filter(([name, command]) => name !== OPT_OUT_SCRIPT && parse(command).segments.some((s) => tool.test(s) && !OPT_OUT.test(s)))
    .map(([name]) => name);
}

/**
 * Scripts that run a tooling command without the opt-out before it (earlier in the same
 * script, joined by `&&` all the way, or in its `pre` script).
 */
function unprotected(scripts: Record<string, string>, tooling: ReadonlySet<string>): string[] {
  const toolWord = toolPattern(tooling);
  const out: string[] = [];
  for (const [name, command] of Object.entries(scripts)) {
    if (name === OPT_OUT_SCRIPT) continue;
    const { segments, joins } = parse(command);
    const pre = scripts[`pre${name}`];
    const preOptsOut = pre !== undefined && parse(pre).segments.some((s) => OPT_OUT.test(s)) && parse(pre).joins.every((j) => j === "&&");
    segments.forEach((segment, k) => {
      if (!toolWord.test(segment) || OPT_OUT.test(segment)) return;
      let j = k - 1;
      while (j >= 0 && joins[j] === "&&" && !OPT_OUT.test(segments[j]!)) j--;
      const chained = j >= 0 && OPT_OUT.test(segments[j]!) && joins.slice(j, k).every((x) => x === "&&");
      if (!chained && !preOptsOut) out.push(`${name}: ${segment}`);
    });
  }
  return out;
}

describe("(a) the scripts turn usage data off before Office tooling", () => {
  const tooling = toolingCommands();

  test("Office tooling is found from the lock file: the add-in tools, custom-functions-metadata and webpack", () => {
    for (const t of ["office-addin-debugging", "office-addin-manifest", "office-addin-dev-certs", "custom-functions-metadata", "webpack"]) expect(tooling).toContain(t);
    expect(tooling).not.toContain("jest");
    expect(tooling).not.toContain("tsc");
  });

  test(`the opt-out script is \`${USAGE_DATA} off\`, from a declared dev dependency`, () => {
    expect(pkg.scripts[OPT_OUT_SCRIPT]).toBe(`${USAGE_DATA} off`);
    expect(pkg.devDependencies[USAGE_DATA]).toBeDefined();
    expect(fs.existsSync(path.join(ROOT, "node_modules", ".bin", USAGE_DATA))).toBe(true);
  });

  test("every script that runs Office tooling runs the opt-out first", () => {
    // The scripts that run Office tooling (so the check below is not vacuous).
    expect(toolingScripts(pkg.scripts, tooling).sort()).toEqual(["build", "build:dev", "build:local", "dev-server", "start", "stop", "validate", "watch"]);
    expect(unprotected(pkg.scripts, tooling)).toEqual([]);
  });

  test("the check finds a tool run without the opt-out, or after it without &&", () => {
    const scripts = {
      [OPT_OUT_SCRIPT]: `${USAGE_DATA} off`,
      a: "office-addin-debugging start manifest.xml",
      b: `npm run -s ${OPT_OUT_SCRIPT}; office-addin-manifest validate manifest.xml`,
      c: `npm run ${OPT_OUT_SCRIPT} && tsc -p x && webpack serve`,
      d: "npx office-addin-dev-certs install",
      e: `ADDIN_SELF_SIGNED=1 npm run -s ${OPT_OUT_SCRIPT} && webpack serve --mode development`,
      prestart: `npm run -s ${OPT_OUT_SCRIPT}`,
      start: "office-addin-debugging start manifest.xml",
      f: "node node_modules/office-addin-debugging/cli.js stop manifest.xml",
    };
    expect(unprotected(scripts, tooling)).toEqual(["a: office-addin-debugging start manifest.xml", "b: office-addin-manifest validate manifest.xml", "d: npx office-addin-dev-certs install", "f: node node_modules/office-addin-debugging/cli.js stop manifest.xml"]);
  });
});

describe("(b) every installed office-addin-usage-data reports usage data off", () => {
  const copies = Object.keys(lock.packages).filter((at) => at.endsWith(`node_modules/${USAGE_DATA}`));

  /** What a copy says in a child process whose home folder is `home`, and whether it touched the network. */
  function probe(at: string, home: string): Record<string, unknown> {
    const script = `
      const calls = [];
      for (const name of ["http", "https", "http2", "net", "tls", "dgram", "dns"]) {
        const mod = require(name);
        for (const fn of ["request", "get", "connect", "createConnection", "lookup", "createSocket", "resolve"]) {
          if (typeof mod[fn] === "function") mod[fn] = (...args) => { calls.push(name + "." + fn); throw new Error("network call"); };
        }
      }
      globalThis.fetch = async () => { calls.push("fetch"); throw new Error("network call"); };
      const before = new Set(Object.keys(require.cache));
      const m = require(${JSON.stringify(path.join(ROOT, at))});
      (async () => {
        const level = m.readUsageDataLevel(m.groupName);
        // As the tools build their reporter (office-addin-debugging, -manifest, -dev-certs).
        const reporter = new m.OfficeAddinUsageData({ projectName: "promoladder-test", instrumentationKey: m.instrumentationKeyForOfficeAddinCLITools,
          connectionString: m.connectionStringForOfficeAddinCLITools, promptQuestion: "", raisePrompt: false, usageDataLevel: level, method: m.UsageDataReportingMethod && m.UsageDataReportingMethod.applicationInsights, isForTesting: false });
        const reported = [];
        for (const call of [() => reporter.reportSuccess("start"), () => reporter.reportEvent("start", { a: 1 }), () => reporter.reportException("start", new Error("x")), () => reporter.sendUsageDataEvent({ a: 1 })]) {
          try { await call(); reported.push("ok"); } catch (e) { reported.push(String(e)); }
        }
        await new Promise((r) => setTimeout(r, 50));
        const loaded = Object.keys(require.cache).filter((k) => !before.has(k) && k.includes("node_modules") && !k.includes(${JSON.stringify(`/${USAGE_DATA}/`)})).map((k) => k.replace(/.*node_modules\\//, ""));
        process.stdout.write(JSON.stringify({ version: require(${JSON.stringify(path.join(ROOT, at, "package.json"))}).version, level, off: m.UsageDataLevel.off,
          on: reporter.isUsageDataOn(), reporterLevel: reporter.getUsageDataLevel(), reported, calls, loaded }));
      })();
    `;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", env: { ...process.env, HOME: home, USERPROFILE: home } });
    if (r.status !== 0) throw new Error(`${at}: ${r.stderr}`);
    return JSON.parse(r.stdout) as Record<string, unknown>;
  }

  test("the lock file's copies are the ones installed", () => {
    expect(copies.length).toBeGreaterThanOrEqual(1);
    expect(copies).toContain(`node_modules/${USAGE_DATA}`);
    for (const at of copies) expect(JSON.parse(fs.readFileSync(path.join(ROOT, at, "package.json"), "utf8")).version).toBe(lock.packages[at]!.version);
  });

  test("in a fresh home folder (no opt-out recorded): level off, reporter off, no network call", () => {
    const home = tempDir("usage-home");
    try {
      for (const at of copies) {
        const said = probe(at, home);
        expect({ at, ...said }).toMatchObject({ at, level: said.off, on: false, reporterLevel: said.off, calls: [], reported: ["ok", "ok", "ok", "ok"] });
        expect(said.off).toBe("off");
      }
      expect(fs.readdirSync(home)).toEqual([]); // nothing was recorded about this machine
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  test("after the project's opt-out (`npm run usage-data:off`): still off everywhere", () => {
    const home = tempDir("usage-home");
    try {
      const npm = process.platform === "win32" ? "npm.cmd" : "npm";
      const r = spawnSync(npm, ["run", "-s", OPT_OUT_SCRIPT], { cwd: ROOT, encoding: "utf8", env: { ...process.env, HOME: home, USERPROFILE: home } });
      expect({ code: r.status, out: r.stdout.trim() }).toEqual({ code: 0, out: "Usage data has been turned off." });
      for (const at of copies) expect({ at, level: probe(at, home).level }).toEqual({ at, level: "off" });
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  test("no copy loads a network module or a telemetry client", () => {
    const allowed = new Set(["os", "path", "fs", "commander"]);
    for (const at of copies) {
      const lib = path.join(ROOT, at, "lib");
      const requires = fs
        .readdirSync(lib)
        .filter((f) => f.endsWith(".js"))
        .flatMap((f) => [...fs.readFileSync(path.join(lib, f), "utf8").matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))
        .filter((m) => !m.startsWith("."))
        .map((m) => m.replace(/^node:/, ""));
      expect({ at, unexpected: requires.filter((m) => !allowed.has(m)) }).toEqual({ at, unexpected: [] });
      expect(lock.packages[at]!.dependencies ?? {}).toEqual({ commander: expect.any(String) });
    }
  });
});
