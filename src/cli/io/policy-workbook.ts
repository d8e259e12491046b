/**
 * Policy sheets in .xlsx workbooks: reading them as core sheets, and writing them (formatted by
 * `policy-sheet-style.ts`) into a new or an existing workbook without touching the user's sheets.
 */
import { writeAtomically } from "./atomic-write";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { hasPolicySheets, policySheetKind, policyToSheets, type Cell, type Locale, type Policy, type SheetData } from "../../core";
import { coalesceValidations } from "./data-validations";
import { CliError, hasErrorCode } from "./errors";
import { keywordTokens } from "./ownership";
import { addSheet, fieldListRange } from "./policy-sheet-style";
import { loadWorkbook, rosterFromWorksheet } from "./read-xlsx";
import { must, mustExist } from "../../core/util/must";

/** Keyword token naming the policy sheets PromoLadder wrote: `PromoLadder-policy:晋升方案|职级|规则`. */
const POLICY_TOKEN = "PromoLadder-policy:";

/** A worksheet as a core sheet: rows from sheet row 1, cells from column A (values as the roster reader reads them). */
export function sheetDataOf(ws: ExcelJS.Worksheet): SheetData {
  const used = rosterFromWorksheet(ws);
  const pad = used.firstColumn ?? 0;
  const rows: Cell[][] = [];
  for (let r = 1; r < (used.firstRow ?? 1); r++) rows.push([]);
  for (const row of used.rows) rows.push(row.length === 0 ? [] : [...new Array<Cell>(pad).fill(null), ...row]);
  return { name: ws.name, rows };
}

/** True when the workbook holds policy sheets (see `hasPolicySheets`). */
export function workbookHasPolicy(wb: ExcelJS.Workbook): boolean {
  return hasPolicySheets(wb.worksheets.map((ws) => ws.name));
}

/** The workbook's policy sheets (晋升方案, 职级, 规则 or Policy, Levels, Rules) as core sheets. */
export function readPolicySheets(wb: ExcelJS.Workbook): SheetData[] {
  return wb.worksheets.filter((ws) => policySheetKind(ws.name) !== null).map(sheetDataOf);
}

/** Names of the policy sheets the workbook's keywords say PromoLadder wrote. */
function ownedPolicySheets(keywords: string | undefined): Set<string> {
  const token = keywordTokens(keywords).find((t) => t.startsWith(POLICY_TOKEN));
  return new Set(token ? token.slice(POLICY_TOKEN.length).split("|").map((s) => s.trim().toLowerCase()) : []);
}

function stampPolicyKeywords(keywords: string | undefined, names: readonly string[]): string {
  const own = keywordTokens(keywords).filter((t) => !t.startsWith(POLICY_TOKEN));
  return [...own, `${POLICY_TOKEN}${names.join("|")}`].join("; ");
}

/**
 * Adds the policy's sheets to `wb`. Policy sheets PromoLadder wrote before (in either language)
 * are replaced; a sheet of the user's own with a policy sheet's name is never touched.
 * @throws {@link CliError} naming the user's sheets that stand in the way
 */
export function addPolicySheets(wb: ExcelJS.Workbook, policy: Policy, locale: Locale, file: string): void {
  const owned = ownedPolicySheets(wb.keywords);
  const existing = wb.worksheets.filter((ws) => policySheetKind(ws.name) !== null);
  const foreign = existing.filter((ws) => !owned.has(ws.name.toLowerCase()));
  if (foreign.length > 0) {
    throw new CliError((m) => m.foreignPolicySheets(file, foreign.map((ws) => ws.name)));
  }
  for (const ws of existing) wb.removeWorksheet(ws.id);
  const sheets = policyToSheets(policy, locale);
  const range = fieldListRange(must(sheets[0], "the 晋升方案 sheet"));
  // 晋升方案, 职级, 规则, then 奖金档位 when the policy has bonus tiers.
  for (const sheet of sheets) addSheet(wb, mustExist(policySheetKind(sheet.name), `kind of sheet ${sheet.name}`), sheet, locale, range);
  wb.keywords = stampPolicyKeywords(wb.keywords, sheets.map((s) => s.name));
}

/** Writes `wb` to a temp file beside `file`, then renames it over `file` (see `writeAtomically`). */
async function saveAtomically(wb: ExcelJS.Workbook, file: string): Promise<void> {
  await writeAtomically(file, (stream) => wb.xlsx.write(stream));
}

/**
 * Writes the policy sheets into `file`: a new workbook, or an existing one with its other sheets
 * kept (see {@link addPolicySheets}).
 * @returns whether the file existed before
 */
export async function exportPolicyWorkbook(policy: Policy, file: string, locale: Locale): Promise<boolean> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".xlsm") throw new CliError((m) => m.policyOutType(file));
  let existed = true;
  try {
    await fs.stat(file);
  } catch (error) {
    if (!hasErrorCode(error, "ENOENT")) throw error;
    existed = false;
  }
  const wb = existed ? await loadWorkbook(file) : new ExcelJS.Workbook();
  if (!existed) {
    wb.creator = "PromoLadder";
    wb.created = new Date();
  }
  addPolicySheets(wb, policy, locale, file);
  for (const ws of wb.worksheets) coalesceValidations(ws); // the user's own dropdowns, read back per cell
  wb.lastModifiedBy = "PromoLadder";
  wb.modified = new Date();
  await saveAtomically(wb, file);
  return existed;
}
