/**
 * Issue 18: no cell text is cut at its column's width in any output sheet of the sample rosters.
 * A text that does not wrap must fit its column, unless the cells to its right are empty (Excel
 * and LibreOffice then let it run over them); a number must always fit (else it shows ###).
 * Widths are Excel character widths; CJK characters count two.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { compilePolicy, reviewRoster, type Locale } from "../../src/core";
import { loadRoster } from "../../src/cli/load-roster";
import { resolvePolicy } from "../../src/cli/policy-source";
import { layoutSheet, poolSheet, reviewSheet, summaryInsights, summarySheet, textWidth, type ReportSheet, type ReportValue } from "../../src/report";
import type { ColumnFormat } from "../../src/report/model";

jest.setTimeout(120_000);

const EXAMPLES = path.resolve(__dirname, "../../examples");
const FILES = fs.readdirSync(EXAMPLES).filter((f) => /\.(xlsx|csv)$/.test(f));

/** The text a cell shows under its column's format. */
function shown(v: ReportValue, format: ColumnFormat): string {
  if (v === null) return "";
  if (typeof v !== "number") return String(v);
  if (format === "money") return v.toLocaleString("en-US", { maximumFractionDigits: 0 });
  if (format === "score" || format === "years") return v.toFixed(2);
  if (format === "percent") return `${(v * 100).toFixed(1)}%`;
  return String(v);
}

/** Every cut cell of a sheet as `sheet!R{row}C{col}: text (width > column width)`. */
function cutCells(sheet: ReportSheet): string[] {
  const cut: string[] = [];
  const check = (row: number, col: number, text: string, blocked: boolean, wrap: boolean): void => {
    const width = sheet.widths[col] ?? 8.43;
    for (const line of text.split("\n")) {
      if (!wrap && blocked && textWidth(line) > width) cut.push(`${sheet.baseName}!R${row}C${col + 1}: ${line} (${textWidth(line)} > ${width})`);
    }
  };
  for (const { block, row } of layoutSheet(sheet)) {
    if (block.kind === "table") {
      const t = block.table;
      t.rows.forEach((r, i) => r.forEach((v, j) => check(row + 1 + i, j, shown(v, t.columns[j]!.format), typeof v === "number" || (r[j + 1] ?? null) !== null || j === r.length - 1, t.columns[j]!.wrap === true)));
    } else if (block.kind === "facts") {
      block.rows.forEach(([label], i) => check(row + i, 0, label, true, false));
    } else if (block.kind === "line") {
      block.cells.forEach((v, j) => check(row, j, shown(v, block.formats?.[j] ?? "general"), typeof v === "number" || (block.cells[j + 1] ?? null) !== null, false));
    }
  }
  return cut;
}

describe.each(FILES)("%s", (file) => {
  test.each(["zh-CN", "en-US"] as Locale[])("no cut text in 晋升评审, 人才库 and 晋升汇总 (%s)", async (locale) => {
    const loaded = await loadRoster(path.join(EXAMPLES, file));
    const { policy } = await resolvePolicy(undefined, loaded.input, { workbook: loaded.workbook, locale });
    const compiled = compilePolicy(policy);
    const review = reviewRoster(loaded.input, compiled, { asOf: "2026-11-23", locale });
    const sheets = [reviewSheet(review, locale), poolSheet(review, locale), summarySheet(review, locale, summaryInsights(review, loaded.input, compiled))];
    expect(sheets.flatMap(cutCells)).toEqual([]);
  });
});
