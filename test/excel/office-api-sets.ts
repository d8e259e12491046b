/**
 * Requirement sets of the Office.js API as its type definitions document them: every member of
 * @types/office-js carries a `[Api set: ExcelApi 1.13]` annotation in its TSDoc. Read by the
 * strict Excel double (members above a host profile are absent) and by the floor audit
 * (test/excel/api-floor.test.ts).
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";

/** Where @types/office-js keeps its declarations. */
export const OFFICE_DTS = path.join(__dirname, "..", "..", "node_modules", "@types", "office-js", "index.d.ts");

/** A requirement set and version, e.g. `{ set: "ExcelApi", version: "1.13" }`. */
export interface ApiSet {
  readonly set: string;
  readonly version: string;
}

/** The first `[Api set: Name x.y]` of a TSDoc comment, or null. */
export function apiSetOf(comment: string): ApiSet | null {
  const m = /\[Api set: (\w+) (\d+(?:\.\d+)?)/.exec(comment);
  return m ? { set: m[1]!, version: m[2]! } : null;
}

/** True when version `a` is at most `b` (`1.9` < `1.10`). */
export function versionAtMost(a: string, b: string): boolean {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  }
  return true;
}

/**
 * The ExcelApi version of each member of the given `Excel.*` classes, from the annotations in
 * @types/office-js (`Excel.Table.resize` -> `1.13`).
 * @example
 * excelMemberVersions(["Table"]).get("Excel.Table.resize") // "1.13"
 */
export function excelMemberVersions(classes: readonly string[], dts: string = readFileSync(OFFICE_DTS, "utf8")): Map<string, string> {
  const out = new Map<string, string>();
  const wanted = new Set(classes);
  const lines = dts.split("\n");
  let inExcel = false;
  let cls: string | null = null;
  let comment = "";
  for (const line of lines) {
    if (/^declare namespace /.test(line)) inExcel = line.startsWith("declare namespace Excel ");
    if (!inExcel) continue;
    const c = /^ {4}(?:export )?(?:class|interface) (\w+)/.exec(line);
    if (c) {
      cls = wanted.has(c[1]!) ? c[1]! : null;
      continue;
    }
    if (/^ {4}\}/.test(line)) cls = null;
    if (!cls) continue;
    if (/^ {8}\/\*\*/.test(line)) comment = "";
    if (/^ {8,9}\*/.test(line) || /^ {8}\/\*\*/.test(line)) {
      comment += line;
      continue;
    }
    const m = /^ {8}(?:readonly )?(?:get |set )?([A-Za-z_$][\w$]*)\??\s*[(:<]/.exec(line);
    if (m && comment) {
      const set = apiSetOf(comment);
      const name = `Excel.${cls}.${m[1]!}`;
      if (set?.set === "ExcelApi" && !out.has(name)) out.set(name, set.version);
      comment = "";
    }
  }
  return out;
}

/**
 * ExcelApi of the hosts that have SharedRuntime 1.1 and nothing more: the floor
 * ("Excel builds with ExcelApi 1.10/1.11"). Used only while the manifest does not declare an
 * ExcelApi MinVersion of its own.
 */
export const EXCEL_API_UNDER_SHARED_RUNTIME = "1.10";

/**
 * The requirement sets the manifest declares (`<Requirements><Sets>`), with ExcelApi filled in
 * from {@link EXCEL_API_UNDER_SHARED_RUNTIME} when the manifest leaves it out: the add-in's floor.
 * @example
 * manifestFloor() // { SharedRuntime: "1.1", ExcelApi: "1.10" }
 */
export function manifestFloor(xml: string = readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8")): Record<string, string> {
  const sets = /<Requirements>[\s\S]*?<Sets([^>]*)>([\s\S]*?)<\/Sets>[\s\S]*?<\/Requirements>/.exec(xml);
  const floor: Record<string, string> = {};
  const fallback = /DefaultMinVersion="([\d.]+)"/.exec(sets?.[1] ?? "")?.[1] ?? "1.1";
  for (const m of (sets?.[2] ?? "").matchAll(/<Set\s+Name="(\w+)"(?:\s+MinVersion="([\d.]+)")?/g)) floor[m[1]!] = m[2] ?? fallback;
  if (floor.ExcelApi === undefined) floor.ExcelApi = EXCEL_API_UNDER_SHARED_RUNTIME;
  return floor;
}
