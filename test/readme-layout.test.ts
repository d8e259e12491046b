/**
 * README "A roster value's path, per front end": every `file#function` it names exists, so the
 * map cannot drift from the code silently.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

/** The fenced block under the section's heading. */
function pathsBlock(): string {
  const at = README.indexOf("### A roster value's path, per front end");
  if (at < 0) throw new Error("README has no section \"A roster value's path, per front end\"");
  const open = README.indexOf("```\n", at);
  const close = README.indexOf("```\n", open + 4);
  return README.slice(open + 4, close);
}

const block = pathsBlock();
const refs = [...block.matchAll(/\b(src\/[\w./-]+\.ts)(?:#(\w+))?/g)].map((m) => ({ file: m[1] ?? "", name: m[2] ?? null }));

/** A declaration of `name` in a TypeScript file: function, class, const, or a method. */
function declares(text: string, name: string): boolean {
  return new RegExp(`(?:function\\*?|class|const|let|interface|type)\\s+${name}\\b|^\\s*(?:async\\s+|static\\s+|private\\s+|public\\s+)*${name}\\s*[(<]`, "m").test(text);
}

describe("README project layout: the paths per front end", () => {
  test("names each front end and every stage", () => {
    for (const front of ["CLI, workbook mode", "CLI, streaming mode", "Task pane", "Formulas"]) expect(block).toContain(front);
    expect(refs.length).toBeGreaterThan(30);
  });

  test.each(refs.map((r) => [`${r.file}${r.name ? `#${r.name}` : ""}`, r] as const))("%s exists", (_label, r) => {
    const file = path.join(ROOT, r.file);
    expect(fs.existsSync(file)).toBe(true);
    if (r.name !== null) expect(declares(fs.readFileSync(file, "utf8"), r.name)).toBe(true);
  });

  test("the check itself fails for a name that is not there", () => {
    expect(declares(fs.readFileSync(path.join(ROOT, "src/cli/progress.ts"), "utf8"), "runReview")).toBe(false);
    expect(declares(fs.readFileSync(path.join(ROOT, "src/cli/progress.ts"), "utf8"), "reviewWithProgress")).toBe(true);
  });
});
