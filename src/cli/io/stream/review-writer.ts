/**
 * The review workbook written with exceljs's streaming `WorkbookWriter`: the input's sheets
 * copied as they are read (see `sheet-copy.ts`), then 晋升评审 with one row per employee taken
 * from `run.eachRow()` and never held all at once, 人才库 and 晋升汇总 — the same tables and look
 * as the workbook writer (`review-sheets.ts` draws both). Written to `.<name>.<pid>.tmp` beside
 * the output and renamed over it when complete; removed on failure.
 */
import type * as fs from "node:fs";
import { promises as fsp } from "node:fs";
import ExcelJS from "exceljs";
import type { ColumnReport, Locale, Review, ReviewRun, RosterInput, RowResult } from "../../../core";
import { poolSheet, reviewRow, reviewRowStyle, reviewSheetFrame, roundBlocks, STATUS_COLUMN, summarySheet, WIDTH_SAMPLE_ROWS, type ReportSheet, type ReportTable, type ReportValue, type RoundViewBuilder } from "../../../report";
import { chooseSheetName, PRODUCT_SHEETS, stampKeywords, type ProductSheetKind } from "../ownership";
import { renderSheetStreaming, reportPageSetup, reportViews, type StreamedTableRow } from "../review-sheets";
import { cannotWrite, commitTemp, openTemp, removeStaleTemps, writeTarget } from "../atomic-write";
import { excelText } from "../excel-text";
import { inputMessage } from "../messages";
import type { XlsxCoreProperties } from "../xlsx-props";
import { guardExcelXml, orderStreamSheets, pendingOutput, streamRow } from "./exceljs-internals";
import { copySheet, type CopyTarget } from "./sheet-copy";
import type { SheetContext, SheetVisitor } from "./sheet-parser";
import type { StreamedSheetInfo } from "./workbook-stream";
import { must } from "../../../core/util/must";

// Text such as U+FFFF or a literal `_x0041_` must not break or change the written XML (issue 19).
guardExcelXml();

const KINDS: readonly ProductSheetKind[] = ["review", "pool", "summary"];

/** Output bytes allowed to wait for compression or the disk before the writer pauses to let them drain. */
const HIGH_WATER = 4 * 1024 * 1024;

/** The product sheets' names for a workbook whose sheets are `existing`, and which of them replace a sheet. */
export function productSheetNames(existing: readonly string[], owned: readonly string[]): { names: Record<ProductSheetKind, string>; replaced: string[] } {
  const names = {} as Record<ProductSheetKind, string>;
  const chosen: string[] = [];
  for (const kind of KINDS) chosen.push((names[kind] = chooseSheetName(PRODUCT_SHEETS[kind], existing, owned, chosen)));
  const lower = new Set(existing.map((n) => n.toLowerCase()));
  return { names, replaced: chosen.filter((n) => lower.has(n.toLowerCase())) };
}

/** What {@link StreamingReviewWriter.finish} writes after the copied sheets. */
export interface StreamedReviewOutput {
  readonly review: Review;
  /** The finished run: its rows are read one at a time. */
  readonly run: ReviewRun;
  /** Issue #21's views, fed each row as 晋升评审 is written; their blocks end 晋升汇总 (晋升成本, 校准, 与上轮比较). */
  readonly round?: RoundViewBuilder;
  readonly locale: Locale;
  readonly signOffs: ReadonlyMap<string, string>;
  /** Names of the product sheets (see {@link productSheetNames}). */
  readonly names: Readonly<Record<ProductSheetKind, string>>;
  /** The input's sheets in tab order (empty for CSV), to put the copies back in that order. */
  readonly sheets: readonly StreamedSheetInfo[];
  /** The input's document properties (keywords are stamped with the product sheets). */
  readonly properties: XlsxCoreProperties;
  /** The column report (columns used and left out, fields missing) for the summary's top, as in the workbook mode. */
  readonly columns?: ColumnReport;
}

/** A streaming review workbook being written (see the module comment). */
export class StreamingReviewWriter implements CopyTarget {
  private readonly copies = new Map<string, ExcelJS.Worksheet>();
  /** The sheet a CSV roster was copied into (named in the keywords as PromoLadder's own). */
  private csvCopy: string | undefined;
  private failure: unknown = null;

  private constructor(
    readonly outPath: string,
    private readonly tmp: string,
    private readonly out: fs.WriteStream,
    private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter,
  ) {}

  /**
   * Starts the temp file beside `outPath` (after removing temp files killed runs left there).
   * @throws {@link CliError} when the folder does not exist or cannot be written
   */
  static async open(link: string): Promise<StreamingReviewWriter> {
    const outPath = await writeTarget(link); // a symbolic link is written through, not replaced
    await removeStaleTemps(outPath);
    const { tmp, stream: out } = await openTemp(outPath);
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    const writer = new StreamingReviewWriter(outPath, tmp, out, wb);
    out.on("error", (e) => (writer.failure ??= e));
    return writer;
  }

  /** A visitor that copies an input sheet (the roster reader calls it for each sheet). */
  sheet(info: StreamedSheetInfo, ctx: SheetContext): SheetVisitor {
    return copySheet(info, ctx, this);
  }

  addSheet(name: string, options: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet {
    this.check();
    return this.wb.addWorksheet(name, options);
  }

  copied(info: StreamedSheetInfo, ws: ExcelJS.Worksheet): void {
    this.copies.set(info.name, ws);
  }

  /** Says on stderr, in one line, which rows of a sheet the copy could not keep (rows out of order in the file). */
  dropped(info: StreamedSheetInfo, rows: readonly number[]): void {
    const shown = rows.slice(0, 20).join(", ") + (rows.length > 20 ? ` … (${rows.length})` : "");
    process.stderr.write(`promo: ${inputMessage("rowsOutOfOrder", { sheet: info.name, rows: shown })}\n`);
  }

  /**
   * Lets the zip and the file catch up: waits while more than {@link HIGH_WATER} bytes of `ws`
   * wait for compression or for the disk (exceljs's writer has no backpressure of its own).
   */
  async drain(ws: ExcelJS.Worksheet): Promise<void> {
    this.check();
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.failure === null && pendingOutput(ws) + this.out.writableLength > HIGH_WATER) await new Promise<void>((resolve) => setTimeout(resolve, 2));
    this.check();
  }

  /** Copies a roster read from CSV into a sheet at its original rows and columns (percents as 0.00%, texts cut to what a cell holds), as the workbook writer does. */
  async copyRoster(roster: RosterInput, sheetName: string): Promise<void> {
    this.csvCopy = sheetName;
    const ws = this.addSheet(sheetName, {});
    const firstRow = roster.firstRow ?? 1;
    const firstColumn = roster.firstColumn ?? 0;
    const percent: Partial<ExcelJS.Style> = { numFmt: "0.00%" };
    for (const [i, cells] of roster.rows.entries()) {
      if (cells.length === 0) continue;
      const row = streamRow(ws, firstRow + i);
      cells.forEach((c, j) => {
        if (c === null || c === undefined) return;
        const cell = row.getCell(firstColumn + j + 1);
        if (typeof c === "string") cell.value = excelText(c);
        else if (c instanceof Date || typeof c !== "object") cell.value = c;
        else if (c.kind === "error") cell.value = { error: c.code } as ExcelJS.CellErrorValue;
        else {
          cell.value = c.value;
          cell.style = percent;
        }
      });
      row.commit();
      if (i % 2000 === 1999) await this.drain(ws);
    }
    ws.commit();
    this.copies.set(sheetName, ws);
  }

  /**
   * Writes the product sheets, orders the tabs (copies in the input's order, a replaced product
   * sheet in its old place, new ones last), stamps the keywords and renames the temp file over
   * the output.
   */
  async finish(o: StreamedReviewOutput): Promise<void> {
    const products = [await this.writeReviewSheet(o)];
    for (const [kind, sheet] of [["pool", poolSheet(o.review, o.locale)], ["summary", streamedSummary(o)]] as const) {
      const ws = this.addSheet(o.names[kind], { views: reportViews(sheet), pageSetup: reportPageSetup() });
      await renderSheetStreaming(ws, sheet, undefined, () => this.drain(ws));
      products.push(ws);
    }
    const byName = new Map<string, ExcelJS.Worksheet>([...this.copies].map(([n, ws]) => [n.toLowerCase(), ws]));
    for (const ws of products) byName.set(ws.name.toLowerCase(), ws);
    const order: ExcelJS.Worksheet[] = [];
    for (const ws of [...o.sheets.map((s) => byName.get(s.name.toLowerCase())), ...this.copies.values(), ...products]) if (ws && !order.includes(ws)) order.push(ws);
    orderStreamSheets(this.wb, order);
    const p = o.properties;
    Object.assign(this.wb, {
      creator: p.creator ?? "PromoLadder",
      title: p.title,
      subject: p.subject,
      description: p.description,
      category: p.category,
      created: p.created ?? new Date(),
      keywords: stampKeywords(p.keywords, [o.names.review, o.names.pool, o.names.summary], this.csvCopy),
      lastModifiedBy: "PromoLadder",
      modified: new Date(),
    });
    try {
      await this.wb.commit();
      this.check();
      await commitTemp(this.tmp, this.outPath);
    } catch (error) {
      await this.abort();
      throw cannotWrite(this.outPath, error);
    }
  }

  /** Stops writing and removes the temp file. */
  async abort(): Promise<void> {
    this.out.destroy();
    await fsp.rm(this.tmp, { force: true }).catch(() => undefined);
  }

  /** 晋升评审: the frame fitted to the first rows, then every row from the run, one at a time. */
  private async writeReviewSheet(o: StreamedReviewOutput): Promise<ExcelJS.Worksheet> {
    const { locale, signOffs } = o;
    const rows = o.run.eachRow();
    const head: RowResult[] = [];
    while (head.length < WIDTH_SAMPLE_ROWS) {
      const next = rows.next();
      if (next.done) break;
      head.push(next.value);
    }
    const sample: ReportValue[][] = head.map((r) => reviewRow(r, locale, signOffs));
    const frame = reviewSheetFrame(o.review, locale, sample);
    const table = must(frame.blocks.find((b): b is { kind: "table"; table: ReportTable } => b.kind === "table"), "the review table block").table;
    function* all(): Generator<StreamedTableRow> {
      for (const [i, r] of head.entries()) {
        o.round?.add(r);
        yield { values: must(sample[i], "the sampled row"), styles: { [STATUS_COLUMN]: reviewRowStyle(r) } };
      }
      for (const r of rows) {
        o.round?.add(r);
        yield { values: reviewRow(r, locale, signOffs), styles: { [STATUS_COLUMN]: reviewRowStyle(r) } };
      }
    }
    const ws = this.addSheet(o.names.review, { views: reportViews(frame), pageSetup: reportPageSetup() });
    await renderSheetStreaming(ws, frame, { table, count: o.review.summary.total, rows: all() }, () => this.drain(ws));
    return ws;
  }

  private check(): void {
    if (this.failure !== null) throw cannotWrite(this.outPath, this.failure);
  }
}

/**
 * 晋升汇总 of a streamed review: the counts and the column report, then issue #21's blocks (the
 * near misses, 9-box, fairness and forecast of the workbook mode need the rows held at once).
 */
function streamedSummary(o: StreamedReviewOutput): ReportSheet {
  const sheet = summarySheet(o.review, o.locale, undefined, o.columns);
  return o.round ? { ...sheet, blocks: [...sheet.blocks, ...roundBlocks(o.round.result(), o.locale)] } : sheet;
}

export { csvSheetName } from "../excel-text";
