/* The programs from outside npm that the tests drive, found where they are installed or, on a
 * Debian/Ubuntu machine run as root (a fresh CI or developer machine), installed with apt-get in
 * one step before the tests start:
 *
 * - Chromium, for the browser tests (playwright-core drives it and never downloads a browser).
 *   Debian's package rather than a browser shipped in an npm package: the npm packages that carry a
 *   Chromium binary are built for AWS Lambda, unpack a ~60 MB archive into /tmp at each launch and
 *   follow their own releases, not playwright-core's; Debian's package is what this machine kind
 *   was probed with, gets security updates, and installs with the machine's own package manager.
 * - LibreOffice (soffice), the second spreadsheet program that opens the CLI's outputs
 *   (test/bad-input/formula-injection.test.ts).
 *
 * Elsewhere (macOS, Windows, non-root) an installed program is used, or the path in CHROMIUM_PATH
 * / SOFFICE_PATH; when one is missing and cannot be installed, one line says what to install. */
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

/** Each tool: where it usually lives, the variable that overrides that, and its Debian package. */
const TOOLS = {
  chromium: {
    label: "Chromium or Chrome (browser tests)",
    variable: "CHROMIUM_PATH",
    aptPackage: "chromium",
    install: "Debian/Ubuntu: sudo apt-get install chromium",
    candidates: [
      "/usr/bin/chromium",
      "/usr/bin/chromium-browser",
      "/snap/bin/chromium",
      "/usr/bin/google-chrome",
      "/usr/bin/google-chrome-stable",
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    ],
  },
  soffice: {
    label: "LibreOffice (the second reader of the outputs)",
    variable: "SOFFICE_PATH",
    aptPackage: "libreoffice-calc-nogui",
    install: "Debian/Ubuntu: sudo apt-get install libreoffice-calc-nogui",
    candidates: ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice", "C:\\Program Files\\LibreOffice\\program\\soffice.exe"],
  },
  // Optional: the deploy test serves the package with nginx where it is installed, and with a
  // node server applying the same rules elsewhere (test/deploy/package.test.ts says which ran).
  nginx: {
    label: "nginx (the deploy test's web server)",
    variable: "NGINX_PATH",
    aptPackage: "nginx-light",
    install: "Debian/Ubuntu: sudo apt-get install nginx-light",
    optional: true,
    candidates: ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/opt/homebrew/bin/nginx", "/usr/local/bin/nginx"],
  },
};

/** The tool's executable: its variable when set, else the first installed candidate or one on the PATH, else null. */
function findTool(name) {
  const tool = TOOLS[name];
  const chosen = process.env[tool.variable];
  if (chosen) return fs.existsSync(chosen) ? chosen : null;
  const onPath = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean).map((d) => path.join(d, name));
  return [...tool.candidates, ...onPath].find((p) => fs.existsSync(p)) ?? null;
}

/** True where `apt-get install` can run without asking: root on a machine with apt-get. */
function canAptInstall() {
  return typeof process.getuid === "function" && process.getuid() === 0 && fs.existsSync("/usr/bin/apt-get");
}

/** The one line printed for a tool that cannot be had. */
function missingLine(name, why = "") {
  const tool = TOOLS[name];
  return `The tests need ${tool.label} and none was found${why}: install it (${tool.install}) or set ${tool.variable} to its executable.`;
}

/**
 * Finds every tool in `names`, installing the missing ones with apt-get when that is possible, and
 * sets each tool's variable (CHROMIUM_PATH, SOFFICE_PATH) for the processes started after it.
 * Throws an Error whose message is one line naming what to install.
 * @param log - where the one progress line goes while installing
 */
function ensureTools(names = Object.keys(TOOLS), log = (line) => process.stderr.write(`${line}\n`)) {
  let missing = names.filter((n) => !findTool(n));
  const installable = missing.filter((n) => !process.env[TOOLS[n].variable]);
  if (installable.length > 0 && canAptInstall()) {
    const packages = installable.map((n) => TOOLS[n].aptPackage);
    log(`Installing ${packages.join(" and ")} from Debian's packages for the tests (apt-get, once; a minute or two)...`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    try {
      // Waits for another apt-get (an unattended upgrade, a second test run) instead of failing.
      const wait = ["-o", "DPkg::Lock::Timeout=300"];
      execFileSync("apt-get", [...wait, "update", "-qq"], { stdio: "ignore", env });
      execFileSync("apt-get", [...wait, "install", "-y", "-qq", ...packages], { stdio: "ignore", env });
    } catch {
      throw new Error(missingLine(installable[0], " (apt-get install failed)"));
    }
    missing = names.filter((n) => !findTool(n));
  }
  const required = missing.filter((n) => !TOOLS[n].optional);
  if (required.length > 0) throw new Error(missingLine(required[0]));
  for (const n of names) if (findTool(n)) process.env[TOOLS[n].variable] = findTool(n);
  return Object.fromEntries(names.map((n) => [n, findTool(n)]));
}

/** Chromium's executable (installed if need be); see {@link ensureTools}. */
function ensureChromium() {
  return ensureTools(["chromium"]).chromium;
}

module.exports = { TOOLS, findTool, ensureTools, ensureChromium };
