// First step of npm run build / package: stops with one line (exit 2) when the production build
// settings are missing or wrong (ADDIN_BASE_URL, ADDIN_ID, ADDIN_CLOUD; src/manifest/settings.js),
// before anything else runs. webpack.config.js checks the same again for direct webpack runs.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { readSettings } = require("../src/manifest/settings.js");
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const read = readSettings(process.env, { production: true, version });
if ("error" in read) {
  process.stderr.write(`${read.error}\n`);
  process.exit(2);
}
