/**
 * Reading one roster column back for the rows of a review: the review keeps the header row and
 * how every column was mapped, so a grouping column (部门, 门店, 性别, 年龄段) or a column the
 * review does not carry (发展潜力) can be read from the same {@link RosterInput}.
 */
import { isErrorCell, type Cell } from "../model/cell";
import type { ColumnMapping, Review } from "../model/review";
import type { RosterInput } from "../model/roster";
import { isFailure } from "../read/failure";
import { foldText, readText } from "../read/text";

/** A roster column found by its header text or field key. */
export interface RosterColumn {
  readonly mapping: ColumnMapping;
  /** The cell of this column in the review row numbered `row` (sheet row, 1-based). */
  cell(row: number): Cell;
}

/**
 * Finds the column whose header text (trimmed and folded: `部门 ` = `部门`) or canonical field key
 * (`dept`, `potential`) is `name`; the header text wins when both could match.
 * @returns the column, or null when the roster has no such column
 */
export function findRosterColumn(review: Pick<Review, "columns">, input: RosterInput, name: string): RosterColumn | null {
  const mapping = findColumnMapping(review.columns, name);
  if (!mapping) return null;
  const firstRow = input.firstRow ?? 1;
  const at = mapping.index - (input.firstColumn ?? 0);
  return { mapping, cell: (row) => input.rows[row - firstRow]?.[at] };
}

/**
 * The mapping of the column {@link findRosterColumn} finds, without its cells.
 * @example findColumnMapping(review.columns, "部门")?.column //=> "D"
 */
export function findColumnMapping(columns: readonly ColumnMapping[], name: string): ColumnMapping | null {
  const wanted = foldText(name);
  return columns.find((c) => foldText(c.header) === wanted) ?? columns.find((c) => c.field !== null && c.field === name.trim()) ?? null;
}

/** Finds a roster column by header text or field key (see {@link findRosterColumn}); null when absent. */
export type ColumnFinder = (name: string) => RosterColumn | null;

/**
 * The {@link ColumnFinder} of a review's roster: columns read from `input` as it is. A caller that
 * lets the roster's rows go while reviewing (streaming) passes its own finder, whose columns read
 * the cells it kept.
 * @example columnFinder(review, input)("部门")?.cell(5) //=> "客服部"
 */
export function columnFinder(review: Pick<Review, "columns">, input: RosterInput): ColumnFinder {
  return (name) => findRosterColumn(review, input, name);
}

/**
 * A cell as group text: trimmed text, plain numbers (`30`), ISO dates, `TRUE`/`FALSE`; an empty
 * cell is `""` and an Excel error cell its code (`#N/A`).
 */
export function cellGroupText(cell: Cell): string {
  const t = readText(cell);
  if (t === null) return "";
  if (isFailure(t)) return isErrorCell(cell) ? cell.code : "?";
  return t;
}
