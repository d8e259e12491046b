/**
 * Shared helpers of the bad-input tests: running the built CLI asynchronously (several at once),
 * temp folders, opening output workbooks, and LibreOffice conversions.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
// exceljs's own dependencies, used here as a second reader of what the CLI writes.
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { promo, ROOT } from "../cli/run-cli";

export { ROOT, ensureCliBuilt, promoProcess } from "../cli/run-cli";

/** The built CLI. */
export const CLI = path.join(ROOT, "dist/cli/index.js");
/** The bad-input fixtures. */
export const FIXTURES = path.join(ROOT, "test/fixtures/bad-input");

export type { CliRun } from "../cli/run-cli";

/** Runs `promo ARGS` in this process (see test/cli/run-cli.ts); {@link promoProcess} for a child process. */
export const promoAsync = promo;

/** Maps `items` through `fn`, at most `limit` at a time, keeping the order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A fresh temp folder. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `promo-${prefix}-`));
}

/** Opens a workbook with exceljs (throws when it cannot). */
export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell of every sheet: sheet name, address, exceljs type and value. */
export function allCells(wb: ExcelJS.Workbook): { sheet: string; address: string; type: ExcelJS.ValueType; value: ExcelJS.CellValue; formula: string | undefined }[] {
  const out: { sheet: string; address: string; type: ExcelJS.ValueType; value: ExcelJS.CellValue; formula: string | undefined }[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      // A merged range's other cells show its first cell's value: they are not cells of their own.
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Merge) out.push({ sheet: ws.name, address: cell.address, type: cell.type, value: cell.value, formula: cell.formula });
      }),
    );
  }
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const tools = require("../system/tools") as { ensureTools(names: string[]): Record<string, string> };

/**
 * LibreOffice's `soffice`: found, or installed where the machine allows (test/system/tools.js;
 * `npm test` does that before any test starts). Throws one line saying what to install otherwise.
 */
export function soffice(): string {
  return tools.ensureTools(["soffice"]).soffice!;
}

/**
 * Converts workbooks to CSV with LibreOffice headless, every sheet to its own file
 * (`<name>-<sheet>.csv`, UTF-8), in a private profile so other soffice instances do not interfere.
 * @returns the CSV text of each sheet, by `<name>-<sheet>`
 */
export async function sofficeCsv(files: readonly string[], outDir: string): Promise<Map<string, string>> {
  const profile = path.join(outDir, "lo-profile");
  // 44 = comma, 34 = quote, 76 = UTF-8, line 1; "as shown"; -1 = every sheet to its own file.
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
  await new Promise<void>((resolve, reject) => {
    execFile(
      soffice(),
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, ...files],
      { timeout: 60_000 },
      (error) => (error ? reject(error) : resolve()),
    );
  });
  const out = new Map<string, string>();
  for (const name of fs.readdirSync(outDir)) if (name.endsWith(".csv")) out.set(name.slice(0, -4), fs.readFileSync(path.join(outDir, name), "utf8"));
  return out;
}

/**
 * Every XML part of a written .xlsx parsed with a strict XML parser (saxes, another reader than
 * exceljs's own writer): the problems found, as `part: message` ([] when every part is well-formed).
 */
export async function xmlProblems(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const problems: string[] = [];
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const parser = new SaxesParser();
    let first: string | null = null;
    parser.on("error", (e: Error) => (first ??= e.message));
    parser.write(await zip.files[name]!.async("string")).close();
    if (first !== null) problems.push(`${name}: ${String(first)}`);
  }
  return problems;
}

/** The C0/C1 control characters (but tab, line feed and carriage return) in `text`, as `U+001B`. */
export function controlCharacters(text: string): string[] {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return [...text.matchAll(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g)].map((m) => `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}
