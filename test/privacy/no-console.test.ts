/**
 * Privacy, statically: no source file under src/ logs to the console, except the add-in's one
 * warning helper (src/excel/diagnostics.ts), which logs a literal message and an error's kind,
 * never its message. The browser half (task pane, functions, adapter, core) writes nothing to
 * process streams either; the CLI's stderr is checked at run time (no-data-in-logs.test.ts).
 *
 * Read with the TypeScript parser, so comments and strings do not count and `console["log"]`,
 * `globalThis.console` or `const c = console` do.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { errorKind, warnWithoutData } from "../../src/excel/diagnostics";

const ROOT = path.join(__dirname, "..", "..");
const SRC = path.join(ROOT, "src");
/** The one file allowed to call the console, and what it may call. */
const DIAGNOSTICS = "src/excel/diagnostics.ts";
const ALLOWED_IN_DIAGNOSTICS = new Set(["console.warn"]);
/** Functions whose first argument is logged: it must be a literal. */
const LOGGING_CALLS = new Set(["warnWithoutData", "warn"]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** Every use of `console` and of `process.stdout`/`process.stderr` in a file, and logging calls with a non-literal message. */
function scan(file: string): { console: Finding[]; streams: Finding[]; nonLiteral: Finding[] } {
  const text = fs.readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const rel = path.relative(ROOT, file).split(path.sep).join("/");
  const out = { console: [] as Finding[], streams: [] as Finding[], nonLiteral: [] as Finding[] };
  const at = (node: ts.Node): Finding => ({ file: rel, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.parent.getText().slice(0, 120) });
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === "console") {
      // `console` as a value (not a property name such as `x.console` in an object literal key).
      const parent = node.parent;
      const isKey = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node);
      if (!isKey) out.console.push({ ...at(node), text: ts.isPropertyAccessExpression(parent) ? parent.getText() : parent.getText().slice(0, 120) });
      else if (ts.isPropertyAccessExpression(parent)) out.console.push({ ...at(node), text: parent.getText() }); // globalThis.console, window.console
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "process" && (node.name.text === "stdout" || node.name.text === "stderr")) {
      out.streams.push(at(node));
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
      const onConsole = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "console";
      const first = node.arguments[0];
      if (LOGGING_CALLS.has(name) && !onConsole && first && !ts.isStringLiteral(first) && !ts.isNoSubstitutionTemplateLiteral(first)) {
        out.nonLiteral.push({ file: rel, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.getText().slice(0, 120) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const files = sourceFiles(SRC);
const scans = files.map(scan);

test("the scan reads the sources (and would see a console call)", () => {
  expect(files.length).toBeGreaterThan(100);
  const probe = path.join(ROOT, "test", "privacy", "fixtures", "logs.ts.txt");
  const found = scan(probe);
  expect(found.console.map((f) => f.text)).toEqual(["console.log", "console[\"info\"]", "globalThis.console", "c = console"]);
  expect(found.streams.map((f) => f.line)).toEqual([7]);
  expect(found.nonLiteral.map((f) => f.line)).toEqual([9]);
});

test("src/ has no console.log, info, debug, trace, table or dir, and no console use outside the warning helper", () => {
  const uses = scans.flatMap((s) => s.console).filter((f) => !(f.file === DIAGNOSTICS && ALLOWED_IN_DIAGNOSTICS.has(f.text)));
  expect(uses).toEqual([]);
  // The helper itself uses console.warn once.
  expect(scans.flatMap((s) => s.console).filter((f) => f.file === DIAGNOSTICS).map((f) => f.text)).toEqual(["console.warn"]);
});

test("only the CLI writes to process.stdout and process.stderr", () => {
  const outside = scans.flatMap((s) => s.streams).filter((f) => !f.file.startsWith("src/cli/"));
  expect(outside).toEqual([]);
});

test("every warning's message is a literal (it cannot carry a cell's value)", () => {
  expect(scans.flatMap((s) => s.nonLiteral).filter((f) => f.file !== DIAGNOSTICS)).toEqual([]);
});

describe("warnWithoutData", () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  test("logs the message and the error's kind, never the error's message or stack", () => {
    const error = new RangeError("“绩效得分”列的值“张三 KF1030 优秀”无法读取");
    warnWithoutData("PromoLadder: batch evaluation failed", error);
    expect(warn.mock.calls).toEqual([["PromoLadder: batch evaluation failed: RangeError"]]);
  });

  test("keeps an Office.js error's code, drops one that is not an identifier", () => {
    const office = Object.assign(new Error("The requested resource 花名册 doesn't exist."), { name: "RichApi.Error", code: "ItemNotFound" });
    expect(errorKind(office)).toBe("RichApi.Error (ItemNotFound)");
    const odd = Object.assign(new Error("x"), { name: "张三", code: "KF1030 张三" });
    expect(errorKind(odd)).toBe("Error");
    expect(errorKind("张三")).toBe("string");
    expect(errorKind({ message: "张三" })).toBe("object");
    warnWithoutData("PromoLadder: cannot read the policy sheets");
    expect(warn.mock.calls).toEqual([["PromoLadder: cannot read the policy sheets"]]);
  });
});
