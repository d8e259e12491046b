/**
 * README "Policies in the workbook": the walk-through runs as written (issue 18). Each line of its
 * first sh block is run in a scratch folder holding a copy of examples/, in order.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promo, ROOT } from "./run-cli";

jest.setTimeout(120_000);

/** The command lines of the first sh block under `## Policies in the workbook`, comments dropped. */
function walkthrough(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Policies in the workbook"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  return block
    .split("\n")
    .map((l) => l.replace(/\s+#.*$/, "").trim())
    .filter((l) => l !== "");
}

it("runs the README's workbook-policy walk-through as written", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "readme-walk-"));
  fs.mkdirSync(path.join(dir, "examples"));
  fs.copyFileSync(path.join(ROOT, "examples/taobao-cs.xlsx"), path.join(dir, "examples/taobao-cs.xlsx"));
  const lines = walkthrough();
  expect(lines[0]).toBe("cp examples/taobao-cs.xlsx 客服花名册.xlsx");
  expect(lines.length).toBeGreaterThanOrEqual(5);
  for (const line of lines) {
    const [command, ...rest] = line.split(/\s+/);
    if (command === "cp") {
      fs.copyFileSync(path.join(dir, rest[0]!), path.join(dir, rest[1]!));
      continue;
    }
    expect(command).toBe("promo");
    const redirect = rest.indexOf(">");
    const args = redirect < 0 ? rest : rest.slice(0, redirect);
    const r = await promo(args, dir);
    expect({ line, code: r.code, stderr: r.stderr }).toEqual({ line, code: 0, stderr: expect.any(String) as string });
    if (redirect >= 0) fs.writeFileSync(path.join(dir, rest[redirect + 1]!), r.stdout);
  }
  expect(fs.existsSync(path.join(dir, "客服花名册-review.xlsx"))).toBe(true);
  expect(JSON.parse(fs.readFileSync(path.join(dir, "taobao-cs.json"), "utf8"))).toMatchObject({ id: "taobao-cs" });
});
