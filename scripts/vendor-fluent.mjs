#!/usr/bin/env node
/**
 * Builds vendor/fluentui-web-components-<version>.tgz: the registry's @fluentui/web-components
 * tarball with one change, its `engines` field removed (README, "Node versions").
 *
 * Why: every 3.x release declares `engines.node: ^22 || ^24`, so `npm ci` warns EBADENGINE on
 * Node 20, which this project's machines and CI run. The package is browser code that webpack
 * bundles into the task pane; Node never runs it, and 2.x (the last line without the field) is a
 * different API (FAST element 1). When the machines move to Node 22, point package.json back at
 * the registry (`"@fluentui/web-components": "^3.1.3"`) and delete vendor/.
 *
 * Usage: node scripts/vendor-fluent.mjs [VERSION]   (then `npm install --prefer-offline`)
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const version = process.argv[2] ?? "3.1.3";
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "vendor-fluent-"));
try {
  const packed = execFileSync("npm", ["pack", `@fluentui/web-components@${version}`, "--prefer-offline", "--silent"], { cwd: work, encoding: "utf8" }).trim().split("\n").pop();
  execFileSync("tar", ["-xzf", packed], { cwd: work });
  const manifest = path.join(work, "package", "package.json");
  const pkg = JSON.parse(fs.readFileSync(manifest, "utf8"));
  if (!pkg.engines) throw new Error(`@fluentui/web-components@${version} has no engines field: use the registry package instead`);
  delete pkg.engines;
  fs.writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
  fs.mkdirSync(path.join(root, "vendor"), { recursive: true });
  const out = path.join(root, "vendor", `fluentui-web-components-${version}.tgz`);
  // Fixed owner, order and times: the same input gives the same bytes (and the same lockfile integrity).
  const tar = execFileSync("tar", ["--sort=name", "--owner=0", "--group=0", "--numeric-owner", "--mtime=1985-10-26 08:15Z", "-cf", "-", "package"], { cwd: work, maxBuffer: 1 << 28 });
  fs.writeFileSync(out, execFileSync("gzip", ["-n", "-9"], { input: tar, maxBuffer: 1 << 28 }));
  console.log(`${path.relative(root, out)} (${fs.statSync(out).size} bytes): engines removed from @fluentui/web-components@${version}`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
