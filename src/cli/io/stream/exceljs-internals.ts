/**
 * The few exceljs 4.4 internals the streaming mode relies on, typed and kept in one place so an
 * exceljs upgrade has one file to check. None of them is in exceljs's public typings:
 *
 * - `lib/utils/utils`: `isDateFmt`, `excelToDate`, `xmlDecode`, and
 *   `lib/xlsx/xform/style/styles-xform`: the style table, so that a streamed cell gets exactly
 *   the value and number format `workbook.xlsx.readFile` gives it;
 * - `lib/utils/shared-formula`: `slideFormula`, exceljs's own translation of a shared formula
 *   to another cell;
 * - the streaming writer's private `_merges`, `_sheetRelsWriter` (merged ranges and hyperlinks,
 *   written when a sheet is committed), `_worksheets` (the tab order, read at commit) and
 *   `_stream` (what a sheet has produced and the zip has not compressed yet).
 */
import type ExcelJS from "exceljs";
import { must } from "../../../core/util/must";

interface ExcelUtils {
  isDateFmt(fmt: string | undefined): boolean;
  excelToDate(serial: number, date1904?: boolean): Date;
  xmlDecode(text: string): string;
  xmlEncode(text: string): string;
}

/* eslint-disable @typescript-eslint/no-require-imports -- untyped internal modules of exceljs */
const utils = require("exceljs/lib/utils/utils") as ExcelUtils;
const sharedFormula = require("exceljs/lib/utils/shared-formula") as { slideFormula(formula: string, from: string, to: string): string };
/* eslint-enable @typescript-eslint/no-require-imports */

/** True when a number format shows dates or times (exceljs's own test, used when it reads a workbook). */
export const isDateFormat: (fmt: string | undefined) => boolean = (fmt) => utils.isDateFmt(fmt);

/** An Excel serial as the `Date` exceljs reads it as (UTC midnight for whole days). */
export const excelToDate: (serial: number, date1904: boolean) => Date = (serial, date1904) => utils.excelToDate(serial, date1904);

/** exceljs's second entity decoding of `str` cells (`&amp;lt;` -> `<`), applied as it does when it reads a workbook. */
export const xmlDecode: (text: string) => string = (text) => utils.xmlDecode(text);

/** A shared formula's text moved from its master cell to another cell (`A2+B2` at C2 -> `A3+B3` at C3). */
export const slideFormula: (formula: string, from: string, to: string) => string = (formula, from, to) => sharedFormula.slideFormula(formula, from, to);

/**
 * A row of a streaming worksheet for writing, jumping over a gap in O(1).
 *
 * exceljs's `WorksheetWriter.getRow(n)` stores the row at `n - _rowZero` in `_rows` and its
 * `_commitRow` then shifts that array once per missing row: a row 1,000,000 rows below the last
 * one costs a million shifts of a million-slot array (quadratic: a footer in N1048576 under a
 * 15,000-row roster took over 590 s, issue 19). When every earlier row is committed (`_rows` is
 * empty), moving `_rowZero` to `n` first is exactly what the shifts would end with, in one step.
 * @example
 * const row = streamRow(ws, 1048576); row.getCell(14).value = "制表人"; row.commit();
 */
export function streamRow(ws: ExcelJS.Worksheet, n: number): ExcelJS.Row {
  const writer = ws as unknown as { _rows?: unknown[] | null; _rowZero?: number };
  if (Array.isArray(writer._rows) && writer._rows.length === 0 && typeof writer._rowZero === "number" && n > writer._rowZero) writer._rowZero = n;
  return ws.getRow(n);
}

/** A merged range as the streaming writer keeps it: only printed (`A1:F1`) when the sheet is committed. */
interface MergeRecord {
  toString(): string;
}

/**
 * Records a merged range on a streaming worksheet whose rows may already be committed
 * (`mergeCells` needs the rows in memory; the writer only prints `_merges` at commit).
 */
export function addMergeAfterRows(ws: ExcelJS.Worksheet, range: string): void {
  const merges = (ws as unknown as { _merges?: MergeRecord[] })._merges;
  if (!Array.isArray(merges)) throw new Error("exceljs streaming writer: no _merges list (exceljs version changed?)");
  merges.push({ toString: () => range });
}

/**
 * Adds an external hyperlink to a streaming worksheet whose rows may already be committed: the
 * writer's relationship writer records it, and the sheet prints its `<hyperlinks>` at commit.
 */
export function addHyperlinkAfterRows(ws: ExcelJS.Worksheet, address: string, target: string): void {
  const rels = (ws as unknown as { _sheetRelsWriter?: { addHyperlink(h: { address: string; target: string }): void } })._sheetRelsWriter;
  if (!rels || typeof rels.addHyperlink !== "function") throw new Error("exceljs streaming writer: no _sheetRelsWriter (exceljs version changed?)");
  rels.addHyperlink({ address, target });
}

/**
 * Puts the streaming workbook's sheets in the given tab order (by sheet object) before commit;
 * the writer lists `_worksheets` in array order and names each part by its id, so ids stay.
 */
export function orderStreamSheets(wb: ExcelJS.stream.xlsx.WorkbookWriter, order: readonly ExcelJS.Worksheet[]): void {
  const holder = wb as unknown as { _worksheets?: (ExcelJS.Worksheet | undefined)[] };
  const current = holder._worksheets;
  if (!Array.isArray(current)) throw new Error("exceljs streaming writer: no _worksheets list (exceljs version changed?)");
  const present = current.filter((w): w is ExcelJS.Worksheet => w !== undefined);
  if (present.length !== order.length || !order.every((w) => present.includes(w))) throw new Error("orderStreamSheets: the order must list every sheet once");
  holder._worksheets = [...order];
}

interface Buffered {
  readonly length?: number;
  readonly readableLength?: number;
  readonly writableLength?: number;
  /** readable-stream 2.x (archiver's PassThrough) has no `readableLength`, only its state. */
  readonly _readableState?: { readonly length?: number };
  readonly _writableState?: { readonly length?: number };
}

/**
 * Bytes a streaming worksheet has produced that the zip has not compressed yet. The streaming
 * writer ignores backpressure: its sheet stream (`_stream`, an exceljs StreamBuf) keeps what
 * has no reader in `buffers` and pushes the rest into the PassThrough archiver reads from
 * (`pipes`), however far behind the compression is. A writer that waits while this is large
 * keeps memory flat.
 */
export function pendingOutput(ws: ExcelJS.Worksheet): number {
  const stream = (ws as unknown as { _stream?: { buffers?: Buffered[]; pipes?: Buffered[] } })._stream;
  if (!stream) return 0;
  let n = 0;
  for (const b of stream.buffers ?? []) n += b.length ?? 0;
  for (const p of stream.pipes ?? []) n += (p.readableLength ?? p._readableState?.length ?? 0) + (p.writableLength ?? p._writableState?.length ?? 0);
  return n;
}

/** exceljs's style table of a workbook: the style of an `s` index, one shared object per index. */
export interface StyleSource {
  getStyleModel(id: number): Partial<ExcelJS.Style> | null;
}

interface StylesXformLike extends StyleSource {
  init(): void;
  parseStream(chunks: AsyncIterable<string>): Promise<unknown>;
}

/**
 * Reads `xl/styles.xml` with exceljs's own style reader (the one `workbook.xlsx.readFile`
 * uses), so number formats, fonts and fills are exactly what the workbook API sees; the
 * defaults when the workbook has no styles part.
 * @param text - the part decoded as one UTF-8 stream (see `decodeUtf8`)
 */
export async function readStyles(text: AsyncIterable<string> | null): Promise<StyleSource> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- exceljs internal
  const StylesXform = require("exceljs/lib/xlsx/xform/style/styles-xform") as new () => StylesXformLike;
  const styles = new StylesXform();
  if (text === null) styles.init();
  else await styles.parseStream(text);
  return styles;
}

/**
 * Characters XML 1.0 forbids that exceljs's `xmlEncode` lets through: U+FFFE, U+FFFF and
 * unpaired surrogate halves (it drops C0 controls itself). One of them in a written part makes
 * the whole part malformed (issue 19: LibreOffice drops every later string, and the next run
 * calls the product's own output damaged).
 */
const XML_ILLEGAL = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A string item's text as OOXML escapes it (ST_Xstring): a literal `_xHHHH_` gets its underscore
 * escaped (`_x005F_x0041_`, else every reader shows "A"), U+FFFE/U+FFFF become `_xFFFE_`/`_xFFFF_`
 * (read back as they were), unpaired surrogates U+FFFD.
 * @example
 * escapeXstring("a_x0041_b\uFFFE") // "a_x005F_x0041_b_xFFFE_"
 */
export function escapeXstring(text: string): string {
  return text
    .replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`)
    .replace(XML_ILLEGAL, (ch) => (ch === "\uFFFE" || ch === "\uFFFF" ? `_x${ch.charCodeAt(0).toString(16).toUpperCase()}_` : "\uFFFD"));
}

interface XmlStreamLike {
  writeText(text: string): void;
  openNode(name: string): void;
  addAttribute(name: string, value: unknown): void;
  closeNode(): void;
}

let guarded = false;

/**
 * True the first time `key` is asked for `target` (an exceljs prototype), false after: a patch is
 * applied once per exceljs instance even when two copies of this module load (the built CLI and
 * its sources in one test process), so text is never escaped or decoded twice.
 */
function firstPatch(target: object, key: string): boolean {
  const mark = Symbol.for(`promoladder.patch.${key}`);
  if ((target as Record<symbol, unknown>)[mark] === true) return false;
  Object.defineProperty(target, mark, { value: true });
  return true;
}

/**
 * Makes every part exceljs writes well-formed XML, whatever the text (call once before writing;
 * repeated calls do nothing): string items (`<t>`) are escaped with {@link escapeXstring}, and any
 * other text or attribute has its XML-illegal characters replaced by U+FFFD. exceljs 4.4 has no
 * option for either; the patch wraps its `utils.xmlEncode` and `TextXform.render`.
 * @example
 * guardExcelXml(); await workbook.xlsx.writeFile(out); // a U+FFFF in a name no longer breaks the part
 */
export function guardExcelXml(): void {
  if (guarded) return;
  guarded = true;
  if (!firstPatch(utils, "xmlEncode")) return;
  const encode = utils.xmlEncode.bind(utils);
  const writable = utils as unknown as { xmlEncode(text: string): string };
  writable.xmlEncode = (text: string) => encode(text.replace(XML_ILLEGAL, "\uFFFD"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- exceljs internal
  const TextXform = require("exceljs/lib/xlsx/xform/strings/text-xform") as (new () => { render(xml: XmlStreamLike, model: string): void }) & {
    prototype: { render(xml: XmlStreamLike, model: string): void };
  };
  const render = TextXform.prototype.render;
  TextXform.prototype.render = function (this: unknown, xml: XmlStreamLike, model: string): void {
    render.call(this, xml, typeof model === "string" ? escapeXstring(model) : model);
  };
  // Without shared strings (the streaming writer) exceljs writes text as `t="str"`, a formula's
  // result type whose `<v>` readers trim (a leading tab or line break was lost) and decode
  // (`_x0041_` became "A"): write an inline string, `<is><t xml:space="preserve">`, escaped.
  /* eslint-disable @typescript-eslint/no-require-imports -- exceljs internals */
  const CellXform = require("exceljs/lib/xlsx/xform/sheet/cell-xform") as { prototype: { render(xml: XmlStreamLike, model: CellXformLike["model"]): void } };
  const ValueType = (require("exceljs/lib/doc/enums") as { ValueType: Record<string, number> }).ValueType;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const text = new TextXform();
  const renderCell = CellXform.prototype.render;
  CellXform.prototype.render = function (this: unknown, xml: XmlStreamLike, model: CellXformLike["model"]): void {
    if (model.type !== ValueType.String || model.ssId !== undefined || typeof model.value !== "string") {
      renderCell.call(this, xml, model);
      return;
    }
    xml.openNode("c");
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: exceljs gives every cell it renders its address
    xml.addAttribute("r", model.address!);
    if (model.styleId) xml.addAttribute("s", model.styleId);
    xml.addAttribute("t", "inlineStr");
    xml.openNode("is");
    text.render(xml, model.value);
    xml.closeNode();
    xml.closeNode();
  };
}

let inlineDecoded = false;

/**
 * Makes `workbook.xlsx.readFile` decode `_xHHHH_` escapes in inline strings (`t="inlineStr"`) as
 * it does in shared strings, so text written inline by {@link guardExcelXml} (a literal `_x0041_`
 * stored `_x005F_x0041_`) reads back as it was (call once before reading).
 * @example
 * decodeInlineStrings(); await wb.xlsx.readFile(streamedOutput);
 */
export function decodeInlineStrings(): void {
  if (inlineDecoded) return;
  inlineDecoded = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- exceljs internal
  const CellXform = require("exceljs/lib/xlsx/xform/sheet/cell-xform") as { prototype: { parseClose(name: string): boolean } };
  if (!firstPatch(CellXform.prototype, "inlineStr")) return;
  const parseClose = CellXform.prototype.parseClose;
  CellXform.prototype.parseClose = function (this: CellXformLike, name: string): boolean {
    const done = parseClose.call(this, name);
    if (name === "c" && this.t === "inlineStr" && typeof this.model.value === "string") this.model.value = this.model.value.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return done;
  };
}

interface CellXformLike {
  t: string | undefined;
  model: { type?: number; value?: unknown; result?: unknown; formula?: string; shareType?: string; address?: string; styleId?: number; ssId?: number };
}

let isoDates = false;

/**
 * Makes `workbook.xlsx.readFile` read ISO date cells (`t="d"`) as dates (see `iso-date.ts`)
 * instead of through `parseFloat` (call once before reading; repeated calls do nothing). A formula
 * with an ISO cached result gets that date as its result.
 * @example
 * readIsoDateCells(); await wb.xlsx.readFile("openpyxl-iso.xlsx"); // E2 is Date 2021-11-28
 */
export function readIsoDateCells(isoDateValue: (text: string) => Date | string): void {
  if (isoDates) return;
  isoDates = true;
  /* eslint-disable @typescript-eslint/no-require-imports -- exceljs internals */
  const CellXform = require("exceljs/lib/xlsx/xform/sheet/cell-xform") as { prototype: { parseClose(name: string): boolean } };
  const ValueType = (require("exceljs/lib/doc/enums") as { ValueType: Readonly<Record<"Formula" | "Date" | "String", number>> }).ValueType;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const parseClose = CellXform.prototype.parseClose;
  CellXform.prototype.parseClose = function (this: CellXformLike, name: string): boolean {
    const model = this.model;
    if (name !== "c" || this.t !== "d" || typeof model.value !== "string") {
      const done = parseClose.call(this, name);
      // A text formula's empty cached result (`<v></v>`) is "", not "no result" (exceljs keeps only truthy values).
      if (name === "c" && this.t === "str" && (model.formula || model.shareType) && model.result === undefined) model.result = "";
      return done;
    }
    const value = isoDateValue(model.value);
    if (model.formula || model.shareType) {
      model.type = ValueType.Formula;
      model.result = value;
      model.value = undefined;
    } else {
      model.type = value instanceof Date ? ValueType.Date : ValueType.String;
      model.value = value;
    }
    return false;
  };
}

let sheetNamesFixed = false;

/**
 * Makes `workbook.xlsx.readFile` fix sheet names Excel would not allow before its worksheets are
 * made (call once before reading): `fix` gets every name of `xl/workbook.xml` and returns the
 * names to use. exceljs cut a name over 31 characters itself, printing a raw console warning,
 * splitting an emoji, and then refused the file ("Worksheet name already exists", issue 19).
 * @example
 * fixSheetNamesOnRead(excelSheetNames); await wb.xlsx.readFile("long-sheet-name.xlsx");
 */
export function fixSheetNamesOnRead(fix: (names: readonly string[]) => string[]): void {
  if (sheetNamesFixed) return;
  sheetNamesFixed = true;
  type Model = { sheets?: { name: string }[] } | undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- exceljs internal
  const WorkbookXform = require("exceljs/lib/xlsx/xform/book/workbook-xform") as { prototype: { parseClose(name: string): boolean; model: Model } };
  if (!firstPatch(WorkbookXform.prototype, "sheetNames")) return;
  const parseClose = WorkbookXform.prototype.parseClose;
  WorkbookXform.prototype.parseClose = function (this: { model: Model; parser?: unknown }, name: string): boolean {
    const inner = this.parser !== undefined;
    const more = parseClose.call(this, name);
    const sheets = this.model?.sheets;
    if (!inner && name === "workbook" && Array.isArray(sheets)) {
      const fixed = fix(sheets.map((s) => (typeof s?.name === "string" ? s.name : "")));
      sheets.forEach((s, i) => {
        if (s && typeof s.name === "string") s.name = must(fixed[i], `name of sheet ${i}`);
      });
    }
    return more;
  };
}

let drawingsTolerated = false;

/**
 * Makes `workbook.xlsx.readFile` survive a drawing part its drawing reader does not recognise
 * (a chart sheet's drawing written in a default XML namespace, `<wsDr xmlns="…">`, as some
 * generators write it): exceljs stored nothing for it and then failed with "Cannot read
 * properties of undefined (reading 'anchors')" (exceljs issue #2591), so the whole roster was
 * refused as damaged. Such a drawing is read as empty (call once; repeated calls do nothing).
 * @example
 * tolerateUnknownDrawings(); await wb.xlsx.readFile("with-chart-sheet.xlsx");
 */
export function tolerateUnknownDrawings(): void {
  if (drawingsTolerated) return;
  drawingsTolerated = true;
  type Model = { drawings: Record<string, unknown> };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- exceljs internal
  const XLSX = require("exceljs/lib/xlsx/xlsx") as { prototype: { _processDrawingEntry(entry: unknown, model: Model, name: string): Promise<void> } };
  const process = XLSX.prototype._processDrawingEntry;
  XLSX.prototype._processDrawingEntry = async function (this: unknown, entry: unknown, model: Model, name: string): Promise<void> {
    await process.call(this, entry, model, name);
    model.drawings[name] ??= { anchors: [] };
  };
}
