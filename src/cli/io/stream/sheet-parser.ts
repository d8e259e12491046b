/**
 * A worksheet part (`xl/worksheets/sheetN.xml`) parsed from a stream, row by row, keeping what
 * exceljs's own streaming `WorksheetReader` drops: each cell's type attribute (so formula
 * results that are errors, booleans or dates read as `workbook.xlsx.readFile` reads them),
 * shared formulas, merged ranges, frozen panes, column widths, row heights and the autoFilter.
 * Nothing is kept between rows but the shared formulas' masters.
 */
import type ExcelJS from "exceljs";
import { slideFormula } from "./exceljs-internals";
import type { SharedString } from "./shared-strings";
import { columnLetters, columnOfRef, saxEvents, type SaxEvent } from "./xml-text";
import { CraftedFileError } from "../messages";

/** One `<c>` element as written in the file. */
export interface ParsedCell {
  /** 1-based column. */
  readonly col: number;
  /** The cell reference (`B7`). */
  readonly ref: string;
  /** The `t` attribute (`s`, `str`, `inlineStr`, `b`, `e`, `n`...), undefined for numbers. */
  readonly type: string | undefined;
  /** The `s` attribute (style index), -1 when absent. */
  readonly styleId: number;
  /** Text of `<v>` (or of an inline string's `<t>`s), null when there is none. */
  readonly text: string | null;
  /** Runs of an inline rich string (text only), else null. */
  readonly runs: readonly string[] | null;
  /** The formula (a shared formula's text moved to this cell), null when the cell has none. */
  readonly formula: string | null;
  /** True for a formula cell: `<f>` with text or a `t` (a shared formula whose master is unknown has no text). */
  readonly hasFormula: boolean;
  /** The range of an array formula's master cell (`t="array" ref=...`), else null. */
  readonly arrayRef: string | null;
}

/** One `<row>` with its cells in file order. */
export interface ParsedRow {
  /** 1-based row number. */
  readonly r: number;
  /** Custom height in points, when the row has one. */
  readonly height: number | undefined;
  readonly hidden: boolean;
  readonly cells: readonly ParsedCell[];
}

/** A `<col>` range. */
export interface ColumnSpec {
  readonly min: number;
  readonly max: number;
  readonly width: number | undefined;
  readonly hidden: boolean;
}

/** What comes before the rows: frozen panes, default sizes, columns. */
export interface SheetHead {
  /** Frozen rows and columns of the first sheet view, with its top-left and active cells. */
  readonly frozen: { readonly rows: number; readonly columns: number; readonly topLeftCell: string | undefined; activeCell?: string } | null;
  readonly defaultRowHeight: number | undefined;
  readonly defaultColWidth: number | undefined;
  readonly columns: readonly ColumnSpec[];
}

/** A cell's hyperlink: to an address outside the workbook (`rId` in the sheet's relationships) or inside it (`location`). */
export interface SheetLink {
  readonly ref: string;
  readonly rId: string | undefined;
  readonly location: string | undefined;
  readonly tooltip: string | undefined;
}

/** What comes after the rows. */
export interface SheetTail {
  /** Merged ranges (`A1:F1`). */
  readonly merges: readonly string[];
  /** The autoFilter range, or null. */
  readonly autoFilter: string | null;
  readonly hyperlinks: readonly SheetLink[];
}

/** Receives a parsed sheet: the head once, each row, the tail once. */
export interface SheetVisitor {
  /** Called at `<sheetData>` (before the first row), synchronously. */
  head?(head: SheetHead): void;
  row(row: ParsedRow): void;
  tail?(tail: SheetTail): void | Promise<void>;
  /** Called after each chunk of the part (about 16-64 KB): where a writer may wait for its output to drain. */
  afterChunk?(): void | Promise<void>;
}

/** The workbook-level parts a sheet's cells refer to. */
export interface SheetContext {
  readonly sharedStrings: readonly SharedString[];
  /** The style of an `s` index (shared objects, one per index), or null. */
  styleOf(styleId: number): Partial<ExcelJS.Style> | null;
  readonly date1904: boolean;
  /** External hyperlink targets of the sheet by relationship id (loaded for sheets that are copied). */
  readonly links?: ReadonlyMap<string, string>;
}

/** Excel's last row: a row past it is a crafted file (a 1.6 MB "zip bomb" of 10 million rows), refused there. */
export const EXCEL_MAX_ROW = 1_048_576;

const num = (s: string | undefined): number | undefined => (s === undefined || s === "" || Number.isNaN(Number(s)) ? undefined : Number(s));
const truthy = (s: string | undefined): boolean => s === "1" || s === "true";

/** Builds cells and rows from SAX events. */
class SheetBuilder {
  private readonly head = { frozen: null as SheetHead["frozen"], defaultRowHeight: undefined as number | undefined, defaultColWidth: undefined as number | undefined, columns: [] as ColumnSpec[] };
  private readonly merges: string[] = [];
  private readonly hyperlinks: SheetLink[] = [];
  private autoFilter: string | null = null;
  private readonly masters = new Map<string, { formula: string; ref: string }>();
  private headDone = false;
  private views = 0;
  private rowNo = 0;
  private rowHeight: number | undefined;
  private rowHidden = false;
  private cells: ParsedCell[] | null = null;
  private colNo = 0;
  // the open cell
  private cRef = "";
  private cCol = 0;
  private cType: string | undefined;
  private cStyle = -1;
  private vText: string[] | null = null;
  private fText: string[] | null = null;
  private fAttrs: Readonly<Record<string, string>> | null = null;
  private runs: string[] | null = null;
  private inValue: "v" | "t" | "f" | null = null;
  private inInline = false;
  private inRun = false;
  private phonetic = 0;

  constructor(private readonly visitor: SheetVisitor) {}

  /** Handles one batch of events. */
  handle(events: readonly SaxEvent[]): void {
    for (const e of events) {
      if (e.eventType === "text") {
        if (this.inValue !== null && this.phonetic === 0) this.text(e.value);
      } else if (e.eventType === "opentag") {
        this.open(e.value.name, e.value.attributes);
      } else {
        this.close(e.value.name);
      }
    }
  }

  /** Calls the visitor's head once (at `<sheetData>`, or at the end of a part without one). */
  finishHead(): void {
    if (this.headDone) return;
    this.headDone = true;
    this.visitor.head?.(this.head);
  }

  tail(): SheetTail {
    return { merges: this.merges, autoFilter: this.autoFilter, hyperlinks: this.hyperlinks };
  }

  private text(t: string): void {
    if (this.inValue === "f") (this.fText ??= []).push(t);
    else if (this.inRun && this.runs) this.runs.push(`${this.runs.pop() ?? ""}${t}`);
    else (this.vText ??= []).push(t);
  }

  private open(name: string, a: Readonly<Record<string, string>>): void {
    if (this.phonetic > 0 || name === "rPh") {
      this.phonetic++;
      return;
    }
    switch (name) {
      case "c": {
        const ref = a.r;
        this.cCol = ref ? columnOfRef(ref) : this.colNo + 1;
        this.colNo = this.cCol;
        this.cRef = ref ?? `${columnLetters(this.cCol)}${this.rowNo}`;
        this.cType = a.t;
        this.cStyle = a.s === undefined ? -1 : parseInt(a.s, 10);
        this.vText = null;
        this.fText = null;
        this.fAttrs = null;
        this.runs = null;
        return;
      }
      case "v":
        this.inValue = "v";
        return;
      case "f":
        this.inValue = "f";
        this.fAttrs = a;
        return;
      case "is":
        this.inInline = true;
        return;
      case "r":
        if (this.inInline) {
          this.inRun = true;
          (this.runs ??= []).push("");
        }
        return;
      case "t":
        if (this.inInline) this.inValue = "t";
        return;
      case "row":
        this.rowNo = a.r ? parseInt(a.r, 10) : this.rowNo + 1;
        if (!(this.rowNo >= 1 && this.rowNo <= EXCEL_MAX_ROW)) throw new CraftedFileError("rowBeyondLimit", { row: a.r ?? this.rowNo });
        this.rowHeight = truthy(a.customHeight) || a.ht !== undefined ? num(a.ht) : undefined;
        this.rowHidden = truthy(a.hidden);
        this.cells = [];
        this.colNo = 0;
        return;
      case "sheetData":
        this.finishHead();
        return;
      case "sheetView":
        this.views++;
        return;
      case "pane":
        if (this.views === 1 && (a.state === "frozen" || a.state === "frozenSplit")) {
          this.head.frozen = { rows: num(a.ySplit) ?? 0, columns: num(a.xSplit) ?? 0, topLeftCell: a.topLeftCell };
        }
        return;
      case "selection":
        if (this.views === 1 && this.head.frozen && this.head.frozen.activeCell === undefined && a.activeCell) this.head.frozen.activeCell = a.activeCell;
        return;
      case "sheetFormatPr":
        this.head.defaultRowHeight = num(a.defaultRowHeight);
        this.head.defaultColWidth = num(a.defaultColWidth);
        return;
      case "col":
        this.head.columns.push({ min: num(a.min) ?? 1, max: num(a.max) ?? num(a.min) ?? 1, width: num(a.width), hidden: truthy(a.hidden) });
        return;
      case "mergeCell":
        if (a.ref) this.merges.push(a.ref);
        return;
      case "autoFilter":
        if (a.ref) this.autoFilter = a.ref;
        return;
      case "hyperlink": {
        const idKey = Object.keys(a).find((k) => k.endsWith(":id"));
        if (a.ref) this.hyperlinks.push({ ref: a.ref, rId: idKey === undefined ? undefined : a[idKey], location: a.location, tooltip: a.tooltip });
        return;
      }
      default:
        return;
    }
  }

  private close(name: string): void {
    if (this.phonetic > 0) {
      this.phonetic--;
      return;
    }
    switch (name) {
      case "v":
      case "f":
        this.inValue = null;
        return;
      case "t":
        if (this.inInline) this.inValue = null;
        return;
      case "r":
        this.inRun = false;
        return;
      case "is":
        this.inInline = false;
        return;
      case "c":
        this.cells?.push(this.cell());
        return;
      case "row":
        if (this.cells) this.visitor.row({ r: this.rowNo, height: this.rowHeight, hidden: this.rowHidden, cells: this.cells });
        this.cells = null;
        return;
      default:
        return;
    }
  }

  /** The open cell, its shared formula resolved. */
  private cell(): ParsedCell {
    const f = this.fAttrs;
    let formula = this.fText ? this.fText.join("") : null;
    if (formula === "") formula = null;
    // exceljs's test for a formula cell: formula text, or a `t` (shared, array) on <f>.
    const hasFormula = f !== null && (formula !== null || f.t !== undefined);
    if (f && f.t === "shared" && f.si !== undefined) {
      if (formula !== null && f.ref !== undefined) this.masters.set(f.si, { formula, ref: this.cRef });
      else if (formula === null) {
        const master = this.masters.get(f.si);
        if (master) formula = slideFormula(master.formula, master.ref, this.cRef);
      }
    }
    const runs = this.runs;
    const text = runs && runs.length > 0 ? null : this.vText ? this.vText.join("") : null;
    return {
      col: this.cCol,
      ref: this.cRef,
      type: this.cType,
      styleId: this.cStyle,
      text,
      runs: runs && runs.length > 0 ? runs : null,
      formula,
      hasFormula,
      arrayRef: f && f.t === "array" && f.ref !== undefined ? f.ref : null,
    };
  }
}

/**
 * Parses a worksheet part, calling the visitor for the head, each row and the tail.
 * @param chunks - the part's bytes (or already decoded text)
 */
export async function parseSheet(chunks: AsyncIterable<Buffer | string>, visitor: SheetVisitor): Promise<void> {
  const builder = new SheetBuilder(visitor);
  for await (const events of saxEvents(chunks)) {
    builder.handle(events);
    if (visitor.afterChunk) await visitor.afterChunk();
  }
  builder.finishHead();
  await visitor.tail?.(builder.tail());
}
