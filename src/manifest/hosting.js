// @ts-check
/**
 * How the add-in is served: the page's Content-Security-Policy (one home: the built page's meta
 * tag, the web server's header and the tests all use `contentSecurityPolicy`), the cache rules
 * and the nginx configuration that applies both.
 *
 * The policy allows this origin and the office.js origin of the build's cloud, nothing else.
 * office.js also creates a telemetry frame on another origin
 * (telemetryservice.firstpartyapps.oaspapps.com, `ULSEndpointProxy.loadProxyFrame` in
 * @microsoft/office-js's o15apptofilemappingtable.js); `frame-src 'none'` blocks it, which keeps
 * the add-in's privacy guarantee and costs nothing: office.js catches it and works on
 * (test/e2e/office-js.e2e.test.ts loads the built pane with the real office.js and records it).
 */
const { CLOUDS } = require("./settings");

/** Length of the content hash in bundle names, e.g. functions.0123456789ab.js. */
const HASH_LENGTH = 12;

/** webpack's output file name for production bundles. */
const BUNDLE_NAME = `[name].[contenthash:${HASH_LENGTH}].js`;

/** A hashed bundle (long cache) as a regular expression source, on the file name. */
const HASHED_BUNDLE = `\\.[0-9a-f]{${HASH_LENGTH}}\\.js$`;

/**
 * Excel on the web reads functions.json from its own origin, so the files are served with
 * `Access-Control-Allow-Origin: *` (as webpack-dev-server does for development); they are public
 * static files, sent without credentials.
 */
const CORS = "*";

/** Cache-Control values: hashed bundles never change under their name; everything else is revalidated. */
const CACHE = { hashed: "public, max-age=31536000, immutable", other: "no-cache" };

/**
 * The Content-Security-Policy of the page (and of the web server's header).
 *
 * @example
 * contentSecurityPolicy("china")
 * // => "default-src 'self'; script-src 'self' https://appsforoffice.cdn.partner.office365.cn; …"
 *
 * @param {import("./settings").Cloud} cloud
 * @returns {string}
 */
function contentSecurityPolicy(cloud) {
  const officeOrigin = new URL(CLOUDS[cloud].officeJs).origin;
  return [
    "default-src 'self'",
    `script-src 'self' ${officeOrigin}`,
    // the pane's one <style> element (src/taskpane/styles.ts)
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    // office.js's telemetry frame is on another origin: blocked (see the top of this file)
    "frame-src 'none'",
    "object-src 'none'",
    // not covered by default-src: closed explicitly
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

const META_CSP = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)("\s*\/?>)/g;
const OFFICE_JS_SCRIPT = /(<script\b[^>]*\bsrc=")(https:\/\/[^"]*\/office\.js)("[^>]*><\/script>)/g;

/**
 * The built page for a cloud: its CSP meta tag and office.js script replaced by the cloud's.
 * Throws when the page does not have exactly one of each (the build then fails).
 *
 * @example
 * pageFor(html, "china") // office.js from appsforoffice.cdn.partner.office365.cn, CSP to match
 *
 * @param {string} html
 * @param {import("./settings").Cloud} cloud
 * @returns {string}
 */
function pageFor(html, cloud) {
  const metas = html.match(META_CSP) ?? [];
  const scripts = html.match(OFFICE_JS_SCRIPT) ?? [];
  if (metas.length !== 1 || scripts.length !== 1) {
    throw new Error(`the page needs exactly one Content-Security-Policy meta tag and one office.js script (found ${metas.length} and ${scripts.length})`);
  }
  return html.replace(META_CSP, (_m, a, _c, b) => `${a}${contentSecurityPolicy(cloud)}${b}`).replace(OFFICE_JS_SCRIPT, (_m, a, _s, b) => `${a}${CLOUDS[cloud].officeJs}${b}`);
}

/**
 * The headers a file of the package is served with.
 *
 * @example
 * headersFor("functions.0123456789ab.js", "global")["Cache-Control"] // => "public, max-age=31536000, immutable"
 *
 * @param {string} file path inside the package, e.g. "taskpane.html"
 * @param {import("./settings").Cloud} cloud
 * @returns {Record<string, string>}
 */
function headersFor(file, cloud) {
  const hashed = new RegExp(HASHED_BUNDLE).test(file);
  return { "Content-Security-Policy": contentSecurityPolicy(cloud), "Cache-Control": hashed ? CACHE.hashed : CACHE.other, "Access-Control-Allow-Origin": CORS };
}

/**
 * An nginx `location` block serving the package unpacked at `<root><path>` for the base URL.
 *
 * @example
 * nginxLocation({ baseUrl: "https://hr.example.cn/promo/", cloud: "global" }, "/srv/www")
 * // => "location /promo/ {\n    root /srv/www;\n …"
 *
 * @param {{ baseUrl: string, cloud: import("./settings").Cloud }} settings
 * @param {string} root the directory that holds the base path (the package goes in root + path)
 * @returns {string}
 */
function nginxLocation(settings, root) {
  const path = new URL(settings.baseUrl).pathname;
  // add_header in a nested location replaces the outer ones: each location names every header.
  const headers = (/** @type {string} */ cache, /** @type {string} */ indent) =>
    [
      `add_header Content-Security-Policy "${contentSecurityPolicy(settings.cloud)}" always;`,
      `add_header Access-Control-Allow-Origin "${CORS}" always;`,
      `add_header Cache-Control "${cache}" always;`,
    ].map((line) => `${indent}${line}`);
  return [
    `location ${path} {`,
    `    root ${root};`,
    ...headers(CACHE.other, "    "),
    `    location ~ "${HASHED_BUNDLE}" {`,
    ...headers(CACHE.hashed, "        "),
    `    }`,
    `}`,
  ].join("\n");
}

module.exports = { HASH_LENGTH, BUNDLE_NAME, HASHED_BUNDLE, CACHE, CORS, contentSecurityPolicy, pageFor, headersFor, nginxLocation };
