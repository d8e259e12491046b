// npm run package, after the build: zips dist/addin for the settings in the environment (the
// same as the build's: ADDIN_BASE_URL, ADDIN_ID, ADDIN_CLOUD, ADDIN_SOURCE_MAPS; ADDIN_OUT_DIR and
// ADDIN_PACKAGE_DIR move the build and the package). See src/manifest/package.js.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { readSettings } = require("../src/manifest/settings.js");
const { makePackage } = require("../src/manifest/package.js");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const read = readSettings(process.env, { production: true, version });
if ("error" in read) {
  process.stderr.write(`${read.error}\n`);
  process.exit(2);
}
try {
  const dir = path.resolve(root, process.env.ADDIN_OUT_DIR || "dist/addin");
  const outDir = path.resolve(root, process.env.ADDIN_PACKAGE_DIR || "dist");
  const out = await makePackage({ dir, outDir, settings: read.settings, version });
  const rel = (p) => path.relative(process.cwd(), p);
  process.stdout.write(`${rel(out.zip)} (${out.files.length} files), ${rel(out.app)}, ${rel(out.nginx)}\n`);
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}
