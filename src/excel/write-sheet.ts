/**
 * Draws a report sheet (from `src/report`) into an empty worksheet through a
 * {@link RequestBatcher}: values first, in budgeted chunks, then the formatting — real Excel
 * tables with filters, status colours as conditional formats, number formats, wrapped columns,
 * widths, frozen rows and the summary chart.
 */
import { columnAlign, columnName, factFit, layoutSheet, NUMBER_FORMATS, STYLES, type ColumnFormat, type ReportGrid, type ReportSheet, type ReportTable, type ReportValue } from "../report";
import { rangeValue } from "./cells";
import { ACTION_BYTES, gridBytes, rowBytes, stringBytes, type WireValue } from "./payload";
import type { BatchPiece, RequestBatcher } from "./request-batcher";
import { must } from "../core/util/must";

/** Table style of every product table (blue header, banded rows). */
const TABLE_STYLE = "TableStyleMedium2";

/** Allocates workbook-unique table names (Excel table names are unique per workbook). */
export class TableNames {
  private readonly taken: Set<string>;
  constructor(existing: Iterable<string>) {
    this.taken = new Set([...existing].map((n) => n.toLowerCase()));
  }
  /** `base`, or `base2`, `base3`... when taken; the name is then taken. */
  next(base: string): string {
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${base}${n}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}

/** Column width in points for Excel character units (Calibri 11: 7 px per character + 5 px). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A number format for a single written value (text cells get `@`, so nothing reads as a formula). */
function formatOf(v: ReportValue, format: ColumnFormat): string {
  return typeof v === "string" && format !== "date" ? "@" : NUMBER_FORMATS[format];
}

/** Writing `values` at sheet row `row`, as a piece the batcher can halve when Excel refuses it for size. */
/** The wire values of row `i` of a table, a value per column (an empty cell where the row is short). */
export function rowValues(t: ReportTable, i: number): WireValue[] {
  const row = must(t.rows[i], `row ${i} of ${t.name}`);
  return t.columns.map((c, j) => rangeValue(row[j] ?? null, c.format));
}

function rowsPiece(ws: Excel.Worksheet, row: number, col0: number, width: number, values: WireValue[][], bytes: number): BatchPiece {
  return {
    bytes,
    work: () => {
      ws.getRangeByIndexes(row, col0, values.length, width).values = values;
    },
    halves: () => {
      if (values.length < 2) return null;
      const mid = Math.ceil(values.length / 2);
      const top = values.slice(0, mid);
      const bottom = values.slice(mid);
      return [rowsPiece(ws, row, col0, width, top, gridBytes(top)), rowsPiece(ws, row + mid, col0, width, bottom, gridBytes(bottom))];
    },
  };
}

/**
 * Writes rows `[0, count)` of a block at 0-based sheet row `row0`, column `col0`, in chunks that
 * fit the batcher's budget: the batcher syncs between chunks, and halves a chunk Excel refuses
 * for size.
 * @param rowAt - the i-th row as written through `Range.values`
 * @param onRows - called with the number of rows queued so far
 */
export async function writeRows(
  b: RequestBatcher,
  ws: Excel.Worksheet,
  row0: number,
  col0: number,
  count: number,
  width: number,
  rowAt: (i: number) => WireValue[],
  onRows?: (queued: number) => void,
): Promise<void> {
  let chunk: WireValue[][] = [];
  let bytes = 2;
  let start = 0;
  const emit = async (): Promise<void> => {
    if (chunk.length === 0) return;
    const piece = rowsPiece(ws, row0 + start, col0, width, chunk, bytes);
    await b.add(piece.bytes, piece.work, piece.halves);
    start += chunk.length;
    chunk = [];
    bytes = 2;
    onRows?.(start);
  };
  for (let i = 0; i < count; i++) {
    const row = rowAt(i);
    const rb = rowBytes(row);
    if (bytes + rb + ACTION_BYTES > b.room()) {
      if (chunk.length > 0) await emit();
      if (!b.empty) await b.sync();
    }
    chunk.push(row);
    bytes += rb;
  }
  await emit();
}

/** Queues one small block of cells with a number format per cell. */
async function writeCells(b: RequestBatcher, ws: Excel.Worksheet, row0: number, values: ReportValue[][], formats: ColumnFormat[][]): Promise<void> {
  const width = Math.max(...values.map((r) => r.length));
  const wire = values.map((r, i) => Array.from({ length: width }, (_, j) => rangeValue(r[j] ?? null, formats[i]?.[j] ?? "general")));
  const fmts = values.map((r, i) => Array.from({ length: width }, (_, j) => formatOf(r[j] ?? null, formats[i]?.[j] ?? "general")));
  const bytes = wire.reduce((n, r) => n + rowBytes(r), 0) + fmts.reduce((n, r) => n + rowBytes(r), 0);
  await b.add(bytes, () => {
    const range = ws.getRangeByIndexes(row0, 0, values.length, width);
    range.numberFormat = fmts;
    range.values = wire;
  });
}

/** Where a written table sits, for the formatting pass. */
interface PlacedTable {
  readonly table: ReportTable;
  /** 0-based sheet row of the header. */
  readonly row0: number;
}

/** Queues the values of a table: column number formats (broadcast), header, data chunks. */
async function writeTableValues(b: RequestBatcher, ws: Excel.Worksheet, t: ReportTable, row0: number, onRows?: (n: number) => void): Promise<void> {
  const width = t.columns.length;
  const n = t.rows.length;
  await b.add(t.columns.reduce((s, c) => s + stringBytes(c.header) + 12, 0), () => {
    // A 1x1 array sets every cell of a multi-cell range (office-js-docs-reference#578); text
    // columns are `@` before their values arrive, so no text is ever read as a formula.
    if (n > 0) {
      t.columns.forEach((c, j) => {
        if (c.format !== "general") ws.getRangeByIndexes(row0 + 1, j, n, 1).numberFormat = [[NUMBER_FORMATS[c.format]]];
      });
    }
    const header = ws.getRangeByIndexes(row0, 0, 1, width);
    header.numberFormat = [t.columns.map(() => "@")];
    header.values = [t.columns.map((c) => c.header)];
  });
  await writeRows(b, ws, row0 + 1, 0, n, width, (i) => rowValues(t, i), onRows);
  // An empty table gets no Excel table (it would add a blank row): its total row is a plain row.
  if (n === 0 && t.totals) {
    await writeCells(b, ws, row0 + 1, [t.totals.slice()], [t.columns.map((c) => c.format)]);
  }
}

function colourHex(hex: string): string;
function colourHex(hex: string | undefined): string | undefined;
function colourHex(hex: string | undefined): string | undefined {
  return hex === undefined ? undefined : `#${hex}`;
}

/** Queues the formatting of a grid (the 9-box): header colours, bold labels, filled wrapped cells, row heights. */
function formatGrid(ws: Excel.Worksheet, g: ReportGrid, row0: number): void {
  const header = ws.getRangeByIndexes(row0, 0, 1, g.header.length);
  header.format.fill.color = colourHex(STYLES.header.fill);
  header.format.font.color = colourHex(STYLES.header.font);
  header.format.font.bold = true;
  g.rows.forEach((r, i) => {
    const line = ws.getRangeByIndexes(row0 + 1 + i, 0, 1, r.cells.length + 1);
    line.format.wrapText = true;
    line.format.verticalAlignment = "Top";
    line.format.rowHeight = g.rowHeight;
    ws.getRangeByIndexes(row0 + 1 + i, 0, 1, 1).format.font.bold = true;
    r.styles.forEach((key, j) => {
      const spec = STYLES[key];
      const cell = ws.getRangeByIndexes(row0 + 1 + i, j + 1, 1, 1);
      if (spec.fill) cell.format.fill.color = colourHex(spec.fill);
      if (spec.font) cell.format.font.color = colourHex(spec.font);
    });
  });
}

/** Queues the formatting of a written table (`name`: its Excel table name, allocated outside the piece, which may run twice). */
function formatTable(ws: Excel.Worksheet, p: PlacedTable, name: string): void {
  const t = p.table;
  const width = t.columns.length;
  const n = t.rows.length;
  const header = ws.getRangeByIndexes(p.row0, 0, 1, width);
  if (n === 0) {
    const spec = STYLES.header;
    header.format.fill.color = colourHex(spec.fill);
    header.format.font.color = colourHex(spec.font);
    header.format.font.bold = true;
    if (t.totals) ws.getRangeByIndexes(p.row0 + 1, 0, 1, width).format.font.bold = true;
    return;
  }
  const table = ws.tables.add(ws.getRangeByIndexes(p.row0, 0, n + 1, width), true);
  table.name = name;
  table.style = TABLE_STYLE;
  if (t.headerHeight) {
    header.format.wrapText = true;
    header.format.rowHeight = t.headerHeight;
  }
  t.columns.forEach((c, j) => {
    // Numbers and dates align right with their header (report/fit.ts), as the CLI's writer does.
    if (columnAlign(t, j) === "right") ws.getRangeByIndexes(p.row0, j, n + 1, 1).format.horizontalAlignment = "Right";
    if (!c.wrap) return;
    // Wrapped cells without a fixed row height: Excel fits each row to its lines as the values arrive.
    const body = ws.getRangeByIndexes(p.row0 + 1, j, n, 1);
    body.format.wrapText = true;
    body.format.verticalAlignment = "Top";
  });
  if (t.colourRules) {
    const body = ws.getRangeByIndexes(p.row0 + 1, t.colourRules.column, n, 1);
    for (const rule of t.colourRules.rules) {
      const spec = STYLES[rule.style];
      if (!spec.fill && !spec.font) continue;
      const cf = body.conditionalFormats.add("CellValue");
      if (spec.fill) cf.cellValue.format.fill.color = colourHex(spec.fill);
      if (spec.font) cf.cellValue.format.font.color = colourHex(spec.font);
      cf.cellValue.rule = { formula1: `="${rule.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
    }
  }
  if (t.totals) {
    table.showTotals = true;
    const total = table.getTotalRowRange();
    total.numberFormat = [t.totals.map((v, j) => formatOf(v, must(t.columns[j], `column ${j}`).format))];
    total.values = [t.totals.map((v, j) => rangeValue(v, must(t.columns[j], `column ${j}`).format))];
  }
}

/**
 * Writes a report sheet into `ws` (a new, empty worksheet): all values (chunked), then one pass
 * of formatting. `onRows` reports data rows queued so far.
 */
export async function writeReportSheet(b: RequestBatcher, ws: Excel.Worksheet, sheet: ReportSheet, names: TableNames, onRows?: (n: number) => void): Promise<void> {
  const placed = layoutSheet(sheet);
  const tables: PlacedTable[] = [];
  let rowsBefore = 0;
  for (const { block, row } of placed) {
    const row0 = row - 1;
    switch (block.kind) {
      case "title":
        await writeCells(b, ws, row0, [[block.text]], [["text"]]);
        break;
      case "facts":
        await writeCells(b, ws, row0, block.rows.map((r) => [...r]), block.rows.map(() => ["text", "general"]));
        break;
      case "line":
        await writeCells(b, ws, row0, [block.cells.slice()], [block.cells.map((_, j) => block.formats?.[j] ?? "general")]);
        break;
      case "table": {
        const base = rowsBefore;
        await writeTableValues(b, ws, block.table, row0, onRows ? (n) => onRows(base + n) : undefined);
        rowsBefore += block.table.rows.length;
        tables.push({ table: block.table, row0 });
        break;
      }
      case "grid": {
        const g = block.grid;
        const values = [g.header.slice(), ...g.rows.map((r) => [r.label, ...r.cells])];
        await writeCells(b, ws, row0, values, values.map((r) => r.map((): ColumnFormat => "text")));
        break;
      }
      case "blank":
        break;
    }
  }
  const tableNames = tables.map((p) => (p.table.rows.length > 0 ? names.next(p.table.name) : p.table.name));
  await b.small(() => {
    for (const { block, row } of placed) {
      if (block.kind === "title") {
        const f = ws.getRange(`A${row}`).format.font;
        f.bold = true;
        f.size = STYLES.title.size;
      } else if (block.kind === "facts") {
        ws.getRangeByIndexes(row - 1, 0, block.rows.length, 1).format.font.bold = true;
        // A value wider than column B is merged to the last column and wrapped; Excel does not fit merged rows, so the height is set.
        block.rows.forEach(([, value], i) => {
          const fit = factFit(value, sheet.widths);
          if (fit.span <= 1) return;
          const cells = ws.getRangeByIndexes(row - 1 + i, 1, 1, fit.span);
          cells.merge();
          cells.format.wrapText = true;
          cells.format.verticalAlignment = "Top";
          if (fit.height) cells.format.rowHeight = fit.height;
        });
      } else if (block.kind === "line") {
        block.styles.forEach((s, j) => {
          if (STYLES[s].bold) ws.getRangeByIndexes(row - 1, j, 1, 1).format.font.bold = true;
        });
        const heading = block.cells.length === 1 && typeof block.cells[0] === "string" ? factFit(block.cells[0], sheet.widths, 0) : { span: 1 };
        if (heading.span > 1) {
          const cells = ws.getRangeByIndexes(row - 1, 0, 1, heading.span);
          cells.merge();
          cells.format.wrapText = true;
          if (heading.height) cells.format.rowHeight = heading.height;
        }
      } else if (block.kind === "grid") {
        formatGrid(ws, block.grid, row - 1);
      }
    }
    tables.forEach((p, i) => formatTable(ws, p, must(tableNames[i], `name of table ${i}`)));
    sheet.widths.forEach((w, j) => {
      ws.getRange(`${columnName(j)}:${columnName(j)}`).format.columnWidth = widthPoints(w);
    });
    if (sheet.freezeRows > 0) ws.freezePanes.freezeRows(sheet.freezeRows);
  });
  if (sheet.chart) {
    const chart = sheet.chart;
    const source = tables.find((p) => p.table.name === chart.table);
    if (source && source.table.rows.length > 0) {
      await b.small(() => {
        const data = ws.getRangeByIndexes(source.row0, 0, source.table.rows.length + 1, 2);
        const c = ws.charts.add("ColumnClustered", data, "Columns");
        c.title.text = chart.title;
        c.legend.visible = false;
        const left = columnName(sheet.widths.length + 1);
        const right = columnName(sheet.widths.length + 7);
        c.setPosition(`${left}2`, `${right}18`);
      });
    }
  }
}
