/** The lint rule that keeps src/core free of mutable module state (eslint.config.mjs). */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");

/** The no-restricted-syntax messages ESLint gives for `code` as a file of src/core (the project's config, in a process of its own). */
function messages(code: string): string[] {
  const bin = path.join(root, "node_modules/eslint/bin/eslint.js");
  const run = spawnSync(process.execPath, [bin, "--format", "json", "--stdin", "--stdin-filename", "src/core/util/example.ts"], { cwd: root, input: code, encoding: "utf8" });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result!.messages.filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.message);
}

describe("no module state in src/core", () => {
  it("flags a module-level let or var and an unannotated module-level Map or Set, exported or not", () => {
    const found = messages(
      ["let a = 0;", "export let b = 0;", "var c = 0;", "const d = new Map<string, number>();", "export const e = new Set<string>();", "export const f = (): number => a + b + c + d.size + e.size;"].join("\n"),
    );
    expect(found).toHaveLength(5);
  });

  it("allows constants, read-only lookup tables and state inside functions", () => {
    const found = messages(
      [
        "const A: ReadonlyMap<string, number> = new Map([['x', 1]]);",
        "const B: ReadonlySet<string> = new Set(['x']);",
        "export function f(): number { let n = A.size + B.size; const m = new Map<string, number>(); m.set('y', n); n++; return n + m.size; }",
      ].join("\n"),
    );
    expect(found).toEqual([]);
  });
});
