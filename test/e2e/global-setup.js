/* Before the e2e files run: builds the add-in (webpack production) when dist/addin is missing or
 * older than the sources, so `npm run test:e2e` always tests the current pane and `npm test` (which
 * builds first) does not build twice; then finds (or installs) Chromium and starts one browser
 * for the whole run, which every test file connects to (PROMO_E2E_BROWSER_WS). */
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");
const { ensureChromium } = require("../system/tools");
const { BROWSER_ARGS } = require("./browser-args");

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

module.exports = async () => {
  const root = path.join(__dirname, "..", "..");
  // taskpane.html: the bundles have hashed names (webpack.config.js)
  const built = path.join(root, "dist", "addin", "taskpane.html");
  const stale = !fs.existsSync(built) || fs.statSync(built).mtimeMs < Math.max(newest(path.join(root, "src")), fs.statSync(path.join(root, "webpack.config.js")).mtimeMs);
  if (stale) {
    // A production build needs a base URL: the development one (the tests serve the files themselves).
    const { DEV_BASE_URL } = require("../../src/manifest/settings");
    execFileSync(process.execPath, [path.join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], { cwd: root, stdio: "inherit", env: { ...process.env, ADDIN_BASE_URL: DEV_BASE_URL } });
  }
  const executablePath = ensureChromium();
  process.env.CHROMIUM_PATH = executablePath;
  const server = await chromium.launchServer({ executablePath, args: BROWSER_ARGS, timeout: 120_000 });
  globalThis.__promoBrowserServer = server;
  process.env.PROMO_E2E_BROWSER_WS = server.wsEndpoint();
};
