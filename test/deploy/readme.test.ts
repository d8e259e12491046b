/**
 * README "Deploy" shows what the build makes: its nginx block is the generated one
 * (src/manifest/hosting.js nginxLocation) for its example base URL, the policy it quotes is the
 * page's, and the settings it lists are the ones the build reads.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { CACHE, contentSecurityPolicy, nginxLocation } from "../../src/manifest/hosting";
import { CLOUDS } from "../../src/manifest/settings";

const README = readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
const deploy = README.slice(README.indexOf("## Deploy"), README.indexOf("\n## ", README.indexOf("## Deploy") + 3));

test("the nginx example is the generated block for https://hr.example.cn/promo/", () => {
  const block = /```nginx\n([\s\S]*?)\n```/.exec(deploy)?.[1];
  expect(block).toBe(nginxLocation({ baseUrl: "https://hr.example.cn/promo/", cloud: "global" }, "/srv/www"));
});

test("the policy and cache rules quoted are the build's", () => {
  expect(deploy).toContain(`\`${contentSecurityPolicy("global")}\``);
  for (const c of Object.values(CACHE)) expect(deploy).toContain(c);
  for (const cloud of Object.values(CLOUDS)) expect(deploy).toContain(new URL(cloud.officeJs).origin);
});

test("every setting the build reads is explained", () => {
  const read = readFileSync(path.join(__dirname, "..", "..", "src", "manifest", "settings.js"), "utf8") + readFileSync(path.join(__dirname, "..", "..", "webpack.config.js"), "utf8");
  const names = new Set(read.match(/ADDIN_[A-Z_]+/g));
  names.delete("ADDIN_SELF_SIGNED"); // development server only, explained under Sideloading
  expect(names.size).toBeGreaterThanOrEqual(5);
  for (const n of names) expect(deploy).toContain(`\`${n}`);
});
