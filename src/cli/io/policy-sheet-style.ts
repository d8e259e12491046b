/**
 * How exported policy sheets look: bold frozen headers, column widths, percent formats, banded
 * steps, dropdowns, wrapped notes, and a landscape print layout one page wide.
 */
import type ExcelJS from "exceljs";
import { LEVEL_COLUMNS, OP_CHOICES, RULE_COLUMNS, SHEET_WORDS, isPercentCell, type Cell, type Locale, type PolicySheetKind, type SheetData } from "../../core";
import { addValidation } from "./data-validations";
import { must } from "../../core/util/must";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F1" } };
const BAND_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF5F8FC" } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FFB7C3D0" } },
  bottom: { style: "thin", color: { argb: "FFB7C3D0" } },
  left: { style: "thin", color: { argb: "FFB7C3D0" } },
  right: { style: "thin", color: { argb: "FFB7C3D0" } },
};
/** Rows below the data that still get dropdowns, for rows HR adds. */
const SPARE_ROWS = 100;

const WIDTHS: Readonly<Record<PolicySheetKind, readonly number[]> & { policy: readonly [number, number, number] }> = {
  policy: [14, 62, 18],
  levels: [12, 7, 16, 20, 7, 14, 24, 10],
  rules: [14, 14, 9, 14, 8, 10, 8, 7, 22],
  bonus: [10, 18],
  development: [16, 40, 10, 7, 60],
};

/** 发展措施: header, frame, the 负责人 dropdown (free text allowed), wrapped notes. */
function styleDevelopment(ws: ExcelJS.Worksheet, sheet: SheetData, locale: Locale, fieldRange: string): void {
  const cols = WIDTHS.development.length;
  styleHeaderRow(ws, cols);
  frame(ws, sheet.rows.length, cols);
  for (let r = 2; r <= sheet.rows.length; r++) ws.getCell(r, cols).alignment = { wrapText: true, vertical: "top" };
  const last = sheet.rows.length + SPARE_ROWS;
  dropdown(ws, 2, last, list(SHEET_WORDS[locale].owners, false));
  dropdown(ws, 0, last, { type: "list", allowBlank: true, formulae: [fieldRange], showErrorMessage: false });
}

/** Widths of the 奖金档位 sheet: 档位, 适用职级, one per criterion column, 月奖金(元), 说明. */
function bonusWidths(sheet: SheetData): number[] {
  const cols = sheet.rows[0]?.length ?? 0;
  return Array.from({ length: cols }, (_, i) => WIDTHS.bonus[i] ?? (i === cols - 1 ? 40 : i === cols - 2 ? 13 : 16));
}

function styleBonus(ws: ExcelJS.Worksheet, sheet: SheetData): void {
  const cols = sheet.rows[0]?.length ?? 0;
  styleHeaderRow(ws, cols);
  frame(ws, sheet.rows.length, cols);
  for (let r = 2; r <= sheet.rows.length; r++) {
    ws.getCell(r, cols - 1).numFmt = "#,##0";
    ws.getCell(r, cols).alignment = { wrapText: true, vertical: "top" };
  }
}

/** A percent number format with as many decimals as the fraction needs (95% / 95.5%). */
function percentFormat(fraction: number): string {
  for (let d = 0; d <= 3; d++) if (Math.abs(Math.round(fraction * 100 * 10 ** d) - fraction * 100 * 10 ** d) < 1e-9) return d === 0 ? "0%" : `0.${"0".repeat(d)}%`;
  return "0.00%";
}

function writeCell(cell: ExcelJS.Cell, value: Cell): void {
  if (value === null || value === undefined) return;
  if (isPercentCell(value)) {
    cell.value = value.value;
    cell.numFmt = percentFormat(value.value);
  } else if (typeof value === "object" && !(value instanceof Date)) {
    cell.value = { error: value.code } as ExcelJS.CellErrorValue;
  } else {
    cell.value = value;
  }
}

function list(values: readonly string[], strict: boolean): ExcelJS.DataValidation {
  return { type: "list", allowBlank: true, formulae: [`"${values.join(",")}"`], showErrorMessage: strict };
}

/** A dropdown on a column (0-based) from row 2 to `lastRow`. */
function dropdown(ws: ExcelJS.Worksheet, col: number, lastRow: number, validation: ExcelJS.DataValidation): void {
  addValidation(ws, ws.getColumn(col + 1).letter, 2, lastRow, validation);
}

function frame(ws: ExcelJS.Worksheet, rows: number, cols: number, from = 1): void {
  for (let r = from; r <= rows; r++) for (let c = 1; c <= cols; c++) ws.getCell(r, c).border = THIN;
}

/** Rows a note of `text` needs in a column `width` characters wide (CJK characters count twice). */
function linesFor(text: string, width: number): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return Math.max(1, Math.ceil(units / (width - 2)));
}

function boldHeader(ws: ExcelJS.Worksheet, row: number, cols: number): void {
  for (let c = 1; c <= cols; c++) {
    const cell = ws.getCell(row, c);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
  }
}

function styleHeaderRow(ws: ExcelJS.Worksheet, cols: number): void {
  boldHeader(ws, 1, cols);
  ws.views = [{ state: "frozen", ySplit: 1 }];
}

/** 1-based row of the field list's header on the 晋升方案 sheet: the first row below the notes using column C (0 if none). */
function fieldListRow(sheet: SheetData): number {
  return sheet.rows.findIndex((row, i) => i > 7 && row[2] !== null && row[2] !== undefined) + 1;
}

function stylePolicy(ws: ExcelJS.Worksheet, sheet: SheetData): void {
  styleHeaderRow(ws, 2);
  // The header block: rows 2-7, and the 9-box rows below them when the policy sets them.
  const blockEnd = Math.max(7, sheet.rows.findIndex((row, i) => i > 0 && row.length === 0));
  for (let r = 2; r <= blockEnd; r++) {
    ws.getCell(r, 1).font = { bold: true };
    ws.getCell(r, 2).numFmt = "@"; // a version typed as 1.10 stays 1.10
  }
  frame(ws, blockEnd, 2);
  const fieldsAt = fieldListRow(sheet);
  sheet.rows.forEach((row, i) => {
    if (i <= blockEnd || (fieldsAt > 0 && i + 1 >= fieldsAt)) return;
    const text = row[1];
    if (typeof text !== "string") return;
    ws.getCell(i + 1, 1).font = { bold: true };
    ws.getCell(i + 1, 1).alignment = { vertical: "top" };
    ws.getCell(i + 1, 2).alignment = { wrapText: true, vertical: "top" };
    ws.getRow(i + 1).height = 15 * linesFor(text, WIDTHS.policy[1]);
  });
  if (fieldsAt > 0) {
    boldHeader(ws, fieldsAt, 3);
    frame(ws, sheet.rows.length, 3, fieldsAt + 1);
  }
}

function styleLevels(ws: ExcelJS.Worksheet, sheet: SheetData, locale: Locale): void {
  // Pay columns (issue #21) sit before 下一职级 when the policy has pay: the last column is 下一职级 either way.
  const width = Math.max(LEVEL_COLUMNS.length, sheet.rows[0]?.length ?? 0);
  styleHeaderRow(ws, width);
  frame(ws, sheet.rows.length, width);
  const next = width;
  for (let r = 2; r <= sheet.rows.length; r++) ws.getCell(r, next).font = { italic: true, color: { argb: "FF7F7F7F" } };
  const yesNo = [SHEET_WORDS[locale].yes, SHEET_WORDS[locale].no];
  dropdown(ws, LEVEL_COLUMNS.indexOf("reserve"), sheet.rows.length + SPARE_ROWS, list(yesNo, true));
  dropdown(ws, LEVEL_COLUMNS.indexOf("key"), sheet.rows.length + SPARE_ROWS, list(yesNo, true));
}

function styleRules(ws: ExcelJS.Worksheet, sheet: SheetData, locale: Locale, fieldRange: string): void {
  styleHeaderRow(ws, RULE_COLUMNS.length);
  frame(ws, sheet.rows.length, RULE_COLUMNS.length);
  let band = false;
  sheet.rows.forEach((row, i) => {
    if (i === 0) return;
    const prev = must(sheet.rows[i - 1], `row ${i - 1}`);
    if (i > 1 && (row[0] !== prev[0] || row[1] !== prev[1])) band = !band;
    if (band) for (let c = 1; c <= RULE_COLUMNS.length; c++) ws.getCell(i + 1, c).fill = BAND_FILL;
  });
  const last = sheet.rows.length + SPARE_ROWS;
  const words = SHEET_WORDS[locale];
  const yesNo = [words.yes, words.no];
  dropdown(ws, RULE_COLUMNS.indexOf("op"), last, list(OP_CHOICES, true));
  dropdown(ws, RULE_COLUMNS.indexOf("vacancy"), last, list(yesNo, true));
  dropdown(ws, RULE_COLUMNS.indexOf("path"), last, list([words.standard, words.fastTrack, words.blocker], false));
  dropdown(ws, RULE_COLUMNS.indexOf("field"), last, { type: "list", allowBlank: true, formulae: [fieldRange], showErrorMessage: false });
}

/** Adds one policy sheet, filled and formatted, printing landscape one page wide (晋升方案 on one page). */
export function addSheet(wb: ExcelJS.Workbook, kind: PolicySheetKind, sheet: SheetData, locale: Locale, fieldRange: string): void {
  const margins = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 };
  const ws = wb.addWorksheet(sheet.name, {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: kind === "policy" ? 1 : 0, paperSize: 9, margins },
  });
  (kind === "bonus" ? bonusWidths(sheet) : WIDTHS[kind]).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  sheet.rows.forEach((row, r) => row.forEach((value, c) => writeCell(ws.getCell(r + 1, c + 1), value)));
  if (kind === "policy") stylePolicy(ws, sheet);
  else if (kind === "levels") styleLevels(ws, sheet, locale);
  else if (kind === "bonus") styleBonus(ws, sheet);
  else if (kind === "development") styleDevelopment(ws, sheet, locale, fieldRange);
  else styleRules(ws, sheet, locale, fieldRange);
}

/** An Excel reference to the field names listed on the 晋升方案 sheet (column A below the notes). */
export function fieldListRange(policySheet: SheetData): string {
  const header = fieldListRow(policySheet);
  return `'${policySheet.name}'!$A$${header + 1}:$A$${policySheet.rows.length}`;
}

