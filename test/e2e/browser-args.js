/* Headless Chromium's flags for the tests: no sandbox (root in CI), no GPU, and none of the
 * background connections a closed network refuses (updates, component downloads, first-run). */
const BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];
module.exports = { BROWSER_ARGS };
