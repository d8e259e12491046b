/**
 * The content of PromoLadder's output sheets as data: typed tables with headers, values, a
 * number format per column and a style key per cell. Renderers (exceljs in the CLI, Office.js in
 * the task pane) lay them out with {@link layoutSheet} and only decide how to draw them.
 */
import type { Status } from "../core";

/**
 * A cell value. Strings are always text, never formulas; a date column holds `YYYY-MM-DD`
 * strings that renderers turn into real dates (exceljs `Date`, Office serial numbers).
 */
export type ReportValue = string | number | boolean | null;

/** How a column's numbers or texts are shown. */
export type ColumnFormat = "general" | "text" | "date" | "years" | "score" | "money" | "integer" | "percent";

/** Excel number format of each {@link ColumnFormat}. */
export const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string>> = {
  general: "General",
  text: "@",
  date: "yyyy-mm-dd",
  years: "0.00",
  score: "0.00",
  money: "#,##0",
  integer: "0",
  percent: "0.0%",
};

/** A cell's look beyond its number format. */
/** `box:*` fill the 9-box grid: high (green), mid (yellow), low (red) prospects. */
export type StyleKey = "plain" | "bold" | "title" | "header" | `status:${Status}` | "box:high" | "box:mid" | "box:low";

/** Colours and weight of a style (hex RGB without `#`). */
export interface StyleSpec {
  readonly fill?: string;
  readonly font?: string;
  readonly bold?: boolean;
  readonly size?: number;
}

/** Excel's "good / neutral / bad" cell styles for the statuses, plus blue for the top of the ladder. */
export const STYLES: Readonly<Record<StyleKey, StyleSpec> & { header: StyleSpec & { fill: string; font: string }; title: StyleSpec & { size: number } }> = {
  plain: {},
  bold: { bold: true },
  title: { bold: true, size: 13 },
  header: { fill: "1F4E78", font: "FFFFFF", bold: true },
  "status:eligible": { fill: "C6EFCE", font: "006100" },
  "status:awaiting_vacancy": { fill: "FFEB9C", font: "9C5700" },
  "status:not_eligible": {},
  "status:top": { fill: "DDEBF7" },
  "status:error": { fill: "FFC7CE", font: "9C0006" },
  "box:high": { fill: "C6EFCE", font: "006100" },
  "box:mid": { fill: "FFEB9C", font: "9C5700" },
  "box:low": { fill: "FCE4D6", font: "833C0B" },
};

/** One column of a table. */
export interface ReportColumn {
  /** Header label in the report's locale. */
  readonly header: string;
  readonly format: ColumnFormat;
  /** Long texts that wrap (unmet criteria, data issues). */
  readonly wrap?: boolean;
  /** Numbers in a General column (counts, row numbers): aligned right with their header (see `columnAlign`). */
  readonly numeric?: true;
}

/** A rule colouring the cells of one column whose text equals `text` (the status colours). */
export interface ColourRule {
  readonly text: string;
  readonly style: StyleKey;
}

/** A table: a header row, data rows and an optional total row right below them. */
export interface ReportTable {
  /** Base name of the Excel table (`PromoReview`); renderers make it unique in the workbook. */
  readonly name: string;
  readonly columns: readonly ReportColumn[];
  /** Data rows, each as long as `columns`. */
  readonly rows: ReadonlyArray<readonly ReportValue[]>;
  /**
   * Per-cell styles of the columns whose look varies by row (index = row), e.g. the status
   * column's colour; other cells are `plain`.
   */
  readonly cellStyles?: Readonly<Record<number, readonly StyleKey[]>>;
  /** The same colours as rules on a column, for hosts that colour by conditional formats. */
  readonly colourRules?: { readonly column: number; readonly rules: readonly ColourRule[] };
  /** A total row written right under the data, in bold. */
  readonly totals?: readonly ReportValue[];
  /** Height of the header row in points (taller for wrapped headers). */
  readonly headerHeight?: number;
  /** Show filter buttons on the header where the host has no real tables (exceljs). */
  readonly filter?: boolean;
}

/** A block of a sheet, laid out top to bottom. */
export type ReportBlock =
  | { readonly kind: "title"; readonly text: string }
  | { readonly kind: "facts"; readonly rows: ReadonlyArray<readonly [string, string | number]> }
  | { readonly kind: "table"; readonly table: ReportTable }
  | { readonly kind: "line"; readonly cells: readonly ReportValue[]; readonly styles: readonly StyleKey[]; readonly formats?: readonly ColumnFormat[] }
  | { readonly kind: "grid"; readonly grid: ReportGrid }
  | { readonly kind: "blank"; /** Start a new printed page below this row. */ readonly pageBreak?: boolean };

/**
 * A block of cells drawn as a grid (the 9-box): a header row (corner, then column labels), then
 * one row per `rows` entry with its label in column A and wrapped, filled cells to its right.
 */
export interface ReportGrid {
  /** Header row from column A: the corner label, then one label per column. */
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<{ readonly label: string; readonly cells: readonly string[]; readonly styles: readonly StyleKey[] }>;
  /** Height of each grid row in points (room for wrapped names). */
  readonly rowHeight: number;
}

/** A column chart of a table's first two columns (label, count). */
export interface ChartSpec {
  /** `name` of the source table on the same sheet. */
  readonly table: string;
  readonly title: string;
}

/** Kinds of sheet the product writes. */
export type ReportKind = "review" | "pool" | "summary" | "log" | "shortlist" | "succession" | "plan";

/** One output sheet. */
export interface ReportSheet {
  readonly kind: ReportKind;
  /** Name the sheet is written under when free (`晋升评审`). */
  readonly baseName: string;
  readonly blocks: readonly ReportBlock[];
  /** Rows frozen at the top (title and header). */
  readonly freezeRows: number;
  /** Column widths in Excel character units, from column A. */
  readonly widths: readonly number[];
  readonly chart?: ChartSpec;
}
