/**
 * What the build ships to Excel: functions.json generated from the JSDoc (never hand-written),
 * finished by the LocalizedMetadataPlugin (allowErrorForDataTypeAny), and functions.zh-CN.json
 * with the same ids, names and parameter types and Chinese texts. `npm test` builds first; run
 * alone, this test builds when dist/addin is missing or older than the sources.
 */
import { execSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { localizeMetadata } from "../../src/functions/build/localized-metadata-plugin";
import { DEV_BASE_URL } from "../../src/manifest/settings";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist", "addin");
const SOURCES = ["src/functions/functions.ts", "src/functions/metadata.zh-CN.json", "src/functions/build/localized-metadata-plugin.js"];

interface Param {
  name: string;
  description: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
}
interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: Fn[];
}

/** The functions and their parameters, as Excel shows them (PROMO.<id>). */
const EXPECTED: Record<string, { params: string[]; optional: string[]; result: string }> = {
  ELIGIBLE: { params: ["record", "headers", "target", "asOf", "policy"], optional: ["target", "asOf", "policy"], result: "boolean" },
  STATUS: { params: ["record", "headers", "target", "asOf", "policy"], optional: ["target", "asOf", "policy"], result: "string" },
  NEXT: { params: ["record", "headers", "target", "asOf", "policy"], optional: ["target", "asOf", "policy"], result: "string" },
  GAPS: { params: ["record", "headers", "target", "asOf", "policy"], optional: ["target", "asOf", "policy"], result: "string" },
  SCORE: { params: ["record", "headers", "target", "asOf", "policy"], optional: ["target", "asOf", "policy"], result: "number" },
  READYDATE: { params: ["record", "headers", "target", "asOf", "policy"], optional: ["target", "asOf", "policy"], result: "number" },
  ALLOWANCE: { params: ["record", "headers", "target", "asOf", "policy"], optional: ["target", "asOf", "policy"], result: "number" },
  BONUS: { params: ["record", "headers", "asOf", "policy"], optional: ["asOf", "policy"], result: "number" },
  READINESS: { params: ["record", "headers", "target", "asOf", "policy"], optional: ["target", "asOf", "policy"], result: "string" },
  PLAN: { params: ["record", "headers", "target", "asOf", "policy"], optional: ["target", "asOf", "policy"], result: "string" },
  TENURE: { params: ["start", "asOf"], optional: ["asOf"], result: "number" },
  REVIEW: { params: ["table", "policy", "asOf"], optional: ["policy", "asOf"], result: "matrix" },
  COST: { params: ["record", "headers", "target", "asOf", "policy"], optional: ["target", "asOf", "policy"], result: "number" },
};
const MATRIX = new Set(["record", "headers", "policy", "table"]);
const HAN = /[\u4e00-\u9fff]/;

function stale(): boolean {
  const built = path.join(DIST, "functions.zh-CN.json");
  if (!existsSync(built) || !existsSync(path.join(DIST, "functions.json"))) return true;
  const at = statSync(built).mtimeMs;
  return SOURCES.some((s) => statSync(path.join(ROOT, s)).mtimeMs > at);
}

let en: Metadata;
let zh: Metadata;

beforeAll(() => {
  if (stale()) execSync("npx webpack --mode production", { cwd: ROOT, stdio: "ignore", timeout: 240_000, env: { ...process.env, ADDIN_BASE_URL: DEV_BASE_URL } });
  en = JSON.parse(readFileSync(path.join(DIST, "functions.json"), "utf8")) as Metadata;
  zh = JSON.parse(readFileSync(path.join(DIST, "functions.zh-CN.json"), "utf8")) as Metadata;
}, 300_000);

describe("dist/addin/functions.json", () => {
  it("has every PROMO function with typed parameters", () => {
    expect(en.functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of en.functions) {
      const want = EXPECTED[f.id]!;
      expect(f.name).toBe(f.id);
      expect(f.parameters.map((p) => p.name)).toEqual(want.params);
      for (const p of f.parameters) {
        expect(p.type).toBeDefined();
        expect(p.description.length).toBeGreaterThan(20);
        expect(p.dimensionality === "matrix").toBe(MATRIX.has(p.name));
        expect(p.optional === true).toBe(want.optional.includes(p.name));
      }
      if (want.result === "matrix") expect(f.result.dimensionality).toBe("matrix");
      else expect(f.result.type).toBe(want.result);
      expect(f.description.length).toBeGreaterThan(40);
    }
  });

  it("lets error values through to the functions (allowErrorForDataTypeAny)", () => {
    expect(en.allowErrorForDataTypeAny).toBe(true);
    expect(zh.allowErrorForDataTypeAny).toBe(true);
  });

  it("is bundled with one CustomFunctions.associate per function", () => {
    const file = readdirSync(DIST).find((f) => /^functions\.[0-9a-f]+\.js$/.test(f))!; // hashed name
    const bundle = readFileSync(path.join(DIST, file), "utf8");
    for (const id of Object.keys(EXPECTED)) expect(bundle).toContain(`associate("${id}"`);
  });
});

describe("dist/addin/functions.zh-CN.json", () => {
  it("has the same ids, names, types and parameters, with Chinese descriptions", () => {
    expect(zh.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    zh.functions.forEach((f, i) => {
      const e = en.functions[i]!;
      expect(f.name).toBe(e.name); // PROMO.ELIGIBLE stays PROMO.ELIGIBLE
      expect(f.result).toEqual(e.result);
      expect(f.description).toMatch(HAN);
      expect(f.description).not.toBe(e.description);
      expect(f.parameters).toHaveLength(e.parameters.length);
      f.parameters.forEach((p, j) => {
        const q = e.parameters[j]!;
        expect([p.type, p.dimensionality, p.optional]).toEqual([q.type, q.dimensionality, q.optional]);
        expect(p.name).toMatch(HAN);
        expect(p.description).toMatch(HAN);
      });
    });
  });
});

describe("the localization step", () => {
  const metadata = { functions: [{ id: "A", name: "A", description: "x", parameters: [{ name: "p", description: "y" }] }] };

  it("fails on a missing function or parameter translation, and on a stale one", () => {
    expect(localizeMetadata(metadata, { functions: {} }).errors).toEqual(["A: no translation"]);
    expect(localizeMetadata(metadata, { functions: { A: { description: "甲", parameters: {} } } }).errors).toEqual(["A(p): no translated name and description"]);
    const stale = { functions: { A: { description: "甲", parameters: { p: { name: "乙", description: "丙" }, q: { name: "丁", description: "戊" } } }, B: { description: "己" } } };
    expect(localizeMetadata(metadata, stale).errors).toEqual(["A(q): translated, but the function has no such parameter", "B: translated, but there is no such function"]);
  });

  it("rejects untranslated (non-Chinese) texts when asked to", () => {
    const english = { functions: { A: { description: "x", parameters: { p: { name: "p", description: "y" } } } } };
    expect(localizeMetadata(metadata, english, { requireHan: true }).errors).toHaveLength(2);
  });
});
