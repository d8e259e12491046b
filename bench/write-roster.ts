import * as fs from "node:fs";
import ExcelJS from "exceljs";
import type { Cell } from "../src/core";

/**
 * Writes a roster as .xlsx with the streaming writer (dates as real dates, percents formatted),
 * row by row as `rows` yields them; an existing file is kept (generated once into bench/.cache).
 */
export async function writeRosterXlsx(rows: Iterable<readonly Cell[]>, file: string): Promise<void> {
  if (fs.existsSync(file)) return;
  const tmp = `${file}.tmp`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet("花名册");
  let i = 0;
  for (const r of rows) {
    if (i++ === 0) {
      ws.addRow([...r] as ExcelJS.CellValue[]).commit();
      continue;
    }
    const out = [...r] as ExcelJS.CellValue[];
    out[4] = new Date((Number(r[4]) - 25569) * 86400000);
    out[5] = new Date((Number(r[5]) - 25569) * 86400000);
    const row = ws.addRow(out);
    row.getCell(5).numFmt = "yyyy-mm-dd";
    row.getCell(6).numFmt = "yyyy-mm-dd";
    row.getCell(11).numFmt = "0.0%";
    row.getCell(13).numFmt = "0.00%";
    row.commit();
    // Let the zip stream drain now and then: the writer has no backpressure of its own.
    if (i % 5000 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  ws.commit();
  await wb.commit();
  fs.renameSync(tmp, file);
}
