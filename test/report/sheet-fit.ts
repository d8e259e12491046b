/**
 * Measures an output workbook as a reader sees it (issue 18, "sheets that read cleanly"): every
 * cell whose text does not fit its column — a wrapped text with more lines than its row is high,
 * or an unwrapped text wider than its column with a filled cell to its right (or past the last
 * column), a number wider than its column (Excel shows ####). Written independently of the
 * writers' own fitting (src/report/fit.ts): its own wrap rule, from the file as saved.
 */
import ExcelJS from "exceljs";
import stringWidth from "string-width";

/** Points of one line of 11-pt text. */
const LINE_POINTS = 15;
/** Excel's default column width and row height. */
const DEFAULT_WIDTH = 8.43;
const DEFAULT_HEIGHT = 15;

/** A cell whose text does not fit. */
export interface CutCell {
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
  readonly why: string;
}

/** Lines `text` needs in `width` display columns, breaking anywhere (the fewest lines any wrapping gives). */
export function minLines(text: string, width: number): number {
  let lines = 0;
  for (const para of text.split("\n")) {
    let used = 0;
    lines++;
    for (const ch of para) {
      const w = stringWidth(ch);
      if (used + w > width && used > 0) {
        lines++;
        used = 0;
      }
      used += w;
    }
  }
  return lines;
}

/** The text a cell shows (numbers and dates as their format shows them, roughly). */
function shown(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (v === null || v === undefined || v === "") return null;
  if (v instanceof Date) return "2026-11-23";
  if (typeof v === "number") {
    const fmt = cell.numFmt ?? "General";
    if (/%/.test(fmt)) return `${(v * 100).toFixed(1)}%`;
    if (/#,##0/.test(fmt)) return Math.round(v).toLocaleString("en-US");
    if (/0\.00/.test(fmt)) return v.toFixed(2);
    return String(Math.round(v * 100) / 100);
  }
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  if (typeof v === "object" && "text" in v) return String(v.text);
  return String(v);
}

/** The cells of `sheets` in `file` whose text is cut. */
export async function cutCells(file: string, sheets: readonly string[]): Promise<CutCell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: CutCell[] = [];
  for (const ws of wb.worksheets) {
    if (!sheets.some((s) => ws.name === s || ws.name.startsWith(`${s} (`))) continue;
    const widthOf = (c: number): number => ws.getColumn(c).width ?? DEFAULT_WIDTH;
    const lastColumn = ws.columnCount;
    ws.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const text = shown(cell);
        if (text === null) return;
        // A merged cell spans its columns.
        let span = 1;
        if (cell.isMerged) while (ws.getCell(r, c + span).master === cell) span++;
        let width = 0;
        for (let k = 0; k < span; k++) width += widthOf(c + k);
        const usable = width - 1;
        const textWidth = Math.max(...text.split("\n").map((l) => stringWidth(l)));
        if (cell.alignment?.wrapText) {
          const need = minLines(text, usable) * LINE_POINTS;
          const height = row.height ?? DEFAULT_HEIGHT;
          if (need > height + 0.5) out.push({ sheet: ws.name, cell: cell.address, text, why: `${minLines(text, usable)} lines in ${height} pt` });
          return;
        }
        if (textWidth <= usable) return;
        if (typeof cell.value === "number" || cell.value instanceof Date) {
          out.push({ sheet: ws.name, cell: cell.address, text, why: `number ${textWidth} wide in ${width}` });
          return;
        }
        // Unwrapped text may run over empty cells to its right, within the sheet's columns.
        let room = width;
        let k = c + span;
        while (room - 1 < textWidth && k <= lastColumn && (shown(ws.getCell(r, k)) === null)) room += widthOf(k++);
        if (room - 1 < textWidth) out.push({ sheet: ws.name, cell: cell.address, text, why: `${textWidth} wide in ${width}${k > lastColumn ? " (past the last column)" : ""}` });
      });
    });
  }
  return out;
}

/** Right-aligned header cells over left-aligned (or default text) values, and the reverse: headers not aligned as their numbers. */
export async function misalignedHeaders(file: string, sheet: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) return [];
  const out: string[] = [];
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      // A header cell: the table header fill (1F4E78) with a number right below it.
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      if (fill?.fgColor?.argb !== "FF1F4E78") return;
      const below = ws.getCell(r + 1, c);
      if (typeof below.value !== "number") return;
      const headerRight = cell.alignment?.horizontal === "right";
      const valueRight = below.alignment?.horizontal === undefined || below.alignment.horizontal === "right";
      if (headerRight !== valueRight) out.push(`${cell.address} ${String(cell.value)}`);
    });
  });
  return out;
}
