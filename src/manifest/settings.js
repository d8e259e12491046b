// @ts-check
/**
 * Build settings of the add-in, read from the environment (or webpack's `--env`), never from
 * edits to the code: where it is hosted (ADDIN_BASE_URL), its id (ADDIN_ID), the Microsoft 365
 * cloud whose office.js it loads (ADDIN_CLOUD) and its version (package.json).
 *
 * Every refusal is one line, naming the variable and what to do (the build prints it and stops).
 */

/**
 * The office.js each cloud's Excel expects, one home for the address (page, CSP, tests, README).
 * Microsoft's "Referencing the Office JavaScript API library" names the global CDN;
 * "Office Add-ins in sovereign clouds" names the 21Vianet one for China-operated Microsoft 365.
 */
const CLOUDS = {
  global: { officeJs: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js" },
  china: { officeJs: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js" },
};

/** The development address (webpack-dev-server, `npm start`). */
const DEV_BASE_URL = "https://localhost:3000/";

/** The add-in id when ADDIN_ID is not set (the project's own; each organisation should set its own). */
const DEFAULT_ID = "6f1d2c9a-4b7e-4d0a-9a51-2c8e7f3b5a10";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * An https base URL ending in "/", or an error line. http is accepted for localhost only.
 * @param {string} raw
 * @returns {{ url: string } | { error: string }}
 */
function parseBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    return { error: `ADDIN_BASE_URL is not a URL: "${raw}". Set it to the https address the add-in is served from, e.g. https://hr.example.cn/promo/` };
  }
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !(local && url.protocol === "http:")) {
    return { error: `ADDIN_BASE_URL must be https (Office loads add-ins over https only): "${raw}"` };
  }
  if (url.search || url.hash || url.username || url.password) {
    return { error: `ADDIN_BASE_URL must be a plain address without query, fragment or credentials: "${raw}"` };
  }
  const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return { url: `${url.origin}${path}` };
}

/**
 * Manifest versions: the XML manifest wants four parts (1.2.3.0), the unified one three (1.2.3).
 * @param {string} version package.json's version, e.g. "0.1.0"
 */
function manifestVersions(version) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!m) throw new Error(`package.json version "${version}" is not major.minor.patch`);
  const core = `${m[1]}.${m[2]}.${m[3]}`;
  return { xml: `${core}.0`, unified: core };
}

/**
 * Reads the build settings. `production` builds need ADDIN_BASE_URL; development builds use
 * https://localhost:3000/ unless it is set.
 *
 * @example
 * readSettings({ ADDIN_BASE_URL: "https://hr.example.cn/promo" }, { production: true, version: "0.1.0" })
 * // => { settings: { baseUrl: "https://hr.example.cn/promo/", id: "6f1d…", cloud: "global", officeJs: "https://appsforoffice…", version: { xml: "0.1.0.0", unified: "0.1.0" }, sourceMaps: false } }
 * readSettings({}, { production: true, version: "0.1.0" }).error
 * // => "ADDIN_BASE_URL is not set: a production build needs …"
 *
 * @param {Record<string, string | undefined>} env process.env merged with webpack's --env
 * @param {{ production: boolean, version: string }} build
 * @returns {{ settings: import("./settings").Settings } | { error: string }}
 */
function readSettings(env, build) {
  const rawBase = (env.ADDIN_BASE_URL ?? "").trim();
  if (build.production && rawBase === "") {
    return { error: "ADDIN_BASE_URL is not set: a production build needs the https address the add-in will be served from, e.g. ADDIN_BASE_URL=https://hr.example.cn/promo/ npm run build" };
  }
  const base = parseBaseUrl(rawBase === "" ? DEV_BASE_URL : rawBase);
  if ("error" in base) return base;
  const id = (env.ADDIN_ID ?? "").trim() || DEFAULT_ID;
  if (!GUID.test(id)) return { error: `ADDIN_ID must be a GUID such as 6f1d2c9a-4b7e-4d0a-9a51-2c8e7f3b5a10: "${id}"` };
  const cloud = (env.ADDIN_CLOUD ?? "").trim().toLowerCase() || "global";
  if (!Object.prototype.hasOwnProperty.call(CLOUDS, cloud)) {
    return { error: `ADDIN_CLOUD must be one of ${Object.keys(CLOUDS).join(", ")}: "${env.ADDIN_CLOUD}"` };
  }
  const sourceMaps = env.ADDIN_SOURCE_MAPS === "1" || env.ADDIN_SOURCE_MAPS === "true";
  return {
    settings: {
      baseUrl: base.url,
      id: id.toLowerCase(),
      cloud: /** @type {keyof typeof CLOUDS} */ (cloud),
      officeJs: CLOUDS[/** @type {keyof typeof CLOUDS} */ (cloud)].officeJs,
      version: manifestVersions(build.version),
      sourceMaps,
    },
  };
}

module.exports = { CLOUDS, DEV_BASE_URL, DEFAULT_ID, readSettings, parseBaseUrl, manifestVersions };
