/**
 * Every Office.js member the add-in calls is within the declared floor (the manifest's
 * `<Requirements>`: SharedRuntime 1.1, ExcelApi 1.10) or behind a requirement-set check. The
 * members and their sets come from the `[Api set: ...]` annotations of @types/office-js, read
 * through the TypeScript checker over src/ ("Office versions and requirement sets",
 * docs/develop/office-versions-and-requirement-sets.md: "check at runtime with isSetSupported").
 */
import * as path from "node:path";
import ts from "typescript";
import { apiSetOf, manifestFloor, versionAtMost, type ApiSet } from "./office-api-sets";

const ROOT = path.join(__dirname, "..", "..");

/** One use of an Office.js member in src/. */
interface Use {
  readonly member: string;
  readonly set: ApiSet;
  readonly where: string;
  readonly guarded: boolean;
}

/** The api set of a declaration in @types/office-js, from the TSDoc just above it. */
function declarationSet(decl: ts.Declaration): ApiSet | null {
  const sf = decl.getSourceFile();
  if (!sf.fileName.includes("@types/office-js")) return null;
  const ranges = ts.getLeadingCommentRanges(sf.text, decl.getFullStart()) ?? [];
  const text = ranges.map((r) => sf.text.slice(r.pos, r.end)).join("\n");
  return apiSetOf(text);
}

/** A condition that checks `set` at `version` or higher (`isSetSupported("ExcelApi", "1.13")`, `supports("1.13")`). */
function checks(cond: ts.Node, set: ApiSet): boolean {
  const text = cond.getText();
  for (const m of text.matchAll(/(?:isSetSupported|supports\w*)\(\s*(?:"(\w+)"\s*,\s*)?"([\d.]+)"/g)) {
    const name = m[1] ?? "ExcelApi";
    if (name === set.set && versionAtMost(set.version, m[2]!)) return true;
  }
  return false;
}

/** True when `node` only runs after a check of `set` (if/&&/?: on the way up). */
function isGuarded(node: ts.Node, set: ApiSet): boolean {
  for (let child = node, up = node.parent; up; child = up, up = up.parent) {
    if (ts.isIfStatement(up) && child === up.thenStatement && checks(up.expression, set)) return true;
    if (ts.isConditionalExpression(up) && child === up.whenTrue && checks(up.condition, set)) return true;
    if (ts.isBinaryExpression(up) && up.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === up.right && checks(up.left, set)) return true;
  }
  return false;
}

function officeUses(): Use[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const files = config.fileNames.filter((f) => f.includes(`${path.sep}src${path.sep}`));
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const sf of program.getSourceFiles()) {
    if (!files.includes(path.normalize(sf.fileName))) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        for (const decl of symbol?.declarations ?? []) {
          const set = declarationSet(decl);
          if (!set) continue;
          const owner = (decl.parent as ts.ClassDeclaration | ts.InterfaceDeclaration).name?.getText() ?? "?";
          const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
          uses.push({ member: `${owner}.${node.name.text}`, set, where: `${path.relative(ROOT, sf.fileName)}:${line + 1}`, guarded: isGuarded(node, set) });
          break;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}

describe("the Office.js members the add-in calls, against the declared floor", () => {
  const floor = manifestFloor();
  let uses: Use[];
  beforeAll(() => {
    uses = officeUses();
  }, 120_000);

  test("the floor comes from the manifest (SharedRuntime 1.1; ExcelApi 1.10)", () => {
    expect(floor.SharedRuntime).toBe("1.1");
    expect(floor.ExcelApi).toBe("1.10");
  });

  test("the audit sees the adapter's calls (Range.values, Workbook.getSelectedRange, Worksheet.getRangeByIndexes)", () => {
    const members = new Set(uses.map((u) => u.member));
    for (const m of ["Range.values", "Workbook.getSelectedRange", "Worksheet.getRangeByIndexes", "WorksheetCollection.onChanged"]) expect(members).toContain(m);
  });

  test("every member above the floor is behind a requirement-set check", () => {
    const above = uses.filter((u) => floor[u.set.set] === undefined || !versionAtMost(u.set.version, floor[u.set.set]!));
    const unguarded = above.filter((u) => !u.guarded).map((u) => `${u.where} ${u.member} [${u.set.set} ${u.set.version}]`);
    expect(unguarded).toEqual([]);
  });
});
