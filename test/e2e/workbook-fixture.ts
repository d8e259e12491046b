/**
 * Workbooks for the Excel stand-in, made from the sample rosters: each cell as `Range.values`
 * gives it (dates as serial numbers, errors as `#N/A` texts) with its number format.
 */
import ExcelJS from "exceljs";
import * as path from "node:path";

/** One cell of the stand-in: value and number format. */
export interface StandinCell {
  readonly v: string | number | boolean;
  readonly f?: string;
}

/** One sheet of the stand-in. */
export interface StandinSheet {
  readonly name: string;
  readonly cells: Record<string, StandinCell>;
}

/**
 * The host a stand-in plays: the manifest's floor (SharedRuntime 1.1, ExcelApi 1.10: members
 * above it absent, no payload limit) or Microsoft 365 on the web (ExcelApi 1.20, 5 MB requests
 * and responses). See test/e2e/excel-standin.js.
 */
export type HostProfile = "floor" | "web";

/** Both host profiles, for suites that run under each. */
export const PROFILES: readonly HostProfile[] = ["floor", "web"];

/** What `window.__standin` holds. */
export interface StandinConfig {
  readonly locale: string;
  readonly sheets: StandinSheet[];
  readonly active: string;
  readonly selection: { sheet: string; r0: number; c0: number; nr: number; nc: number };
  syncDelayMs?: number;
  /** The host profile (the harness's default when left out). */
  readonly profile?: HostProfile;
  /**
   * Source of a function run in the page before the stand-in starts, returning more sheets as
   * `{ name, cells: Map<"r,c", { v, f }> }` (a large roster is made in the page, not sent as JSON).
   */
  readonly generate?: string;
}

/** Excel serial (1900 system) of a date exceljs read (midnight UTC). */
function serial(d: Date): number {
  return Math.round((d.getTime() - Date.UTC(1899, 11, 30)) / 86400000);
}

function standinValue(v: ExcelJS.CellValue): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return serial(v);
  if (typeof v === "object") {
    if ("error" in v) return String(v.error);
    if ("result" in v) return standinValue(v.result as ExcelJS.CellValue);
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v) return String(v.text);
    return null;
  }
  return v;
}

/** A sheet of an .xlsx file as stand-in cells; `edit` may change a cell (row, col 0-based). */
export async function sheetFromXlsx(file: string, sheetName?: string, edit?: (r: number, c: number, v: StandinCell) => StandinCell | null): Promise<StandinSheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = sheetName ? wb.getWorksheet(sheetName)! : wb.worksheets[0]!;
  const cells: Record<string, StandinCell> = {};
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return; // Excel keeps a merged value in its first cell only
      const v = standinValue(cell.value);
      if (v === null || v === "") return;
      const f = cell.numFmt || (cell.value instanceof Date ? "yyyy-mm-dd" : "General");
      const out = edit ? edit(r - 1, c - 1, { v, f }) : { v, f };
      if (out) cells[`${r - 1},${c - 1}`] = out;
    });
  });
  return { name: ws.name, cells };
}

/** Path of a sample roster. */
export function example(name: string): string {
  return path.join(__dirname, "..", "..", "examples", name);
}

/** The stand-in sheet's cells as core cells (what the adapter reads), for the expected review. */
export function rowsOf(sheet: StandinSheet): { rows: (string | number | boolean | null | { kind: "percent"; value: number } | { kind: "error"; code: string })[][] } {
  let maxR = 0;
  let maxC = 0;
  for (const k of Object.keys(sheet.cells)) {
    const [r, c] = k.split(",").map(Number) as [number, number];
    maxR = Math.max(maxR, r);
    maxC = Math.max(maxC, c);
  }
  const rows = Array.from({ length: maxR + 1 }, () => new Array(maxC + 1).fill(null));
  for (const [k, cell] of Object.entries(sheet.cells)) {
    const [r, c] = k.split(",").map(Number) as [number, number];
    let v: (typeof rows)[number][number] = cell.v;
    if (typeof cell.v === "number" && cell.f && cell.f.replace(/"[^"]*"/g, "").includes("%")) v = { kind: "percent", value: cell.v };
    else if (typeof cell.v === "string" && /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!)$/.test(cell.v)) v = { kind: "error", code: cell.v };
    rows[r]![c] = v;
  }
  return { rows };
}
