/**
 * The few roster columns a streaming review still reads once it has let the roster's rows go:
 * issue #21's views read the current pay, the 部门 and 绩效 cells and the 任现职日期 of each row as
 * they are written, long after the row was reviewed. Each column found through {@link KeptColumns.find}
 * keeps one cell per roster row (a pointer: the collector shares equal texts), not the whole row.
 */
import { findRosterColumn, type Cell, type ColumnFinder, type Review, type RosterInput } from "../../../core";

/**
 * Cells of the columns found, by position in the roster's rows (see the module comment).
 * @example
 * const kept = new KeptColumns(run, input);
 * const dept = kept.find("部门"); // before the rows go
 * kept.keep(input.rows, 0, input.rows.length);
 * dept?.cell(5) //=> "客服部", after input.rows[4] is released
 */
export class KeptColumns {
  private readonly kept = new Map<number, Cell[]>();

  /** @param review - the run's column mapping (`ReviewRun.columns`) */
  constructor(
    private readonly review: Pick<Review, "columns">,
    private readonly input: RosterInput,
  ) {}

  /**
   * A {@link ColumnFinder} whose columns read the kept cells. Find every column before the first
   * {@link KeptColumns.keep}: a column found later has no cells for the rows already let go.
   */
  readonly find: ColumnFinder = (name) => {
    const col = findRosterColumn(this.review, this.input, name);
    if (!col) return null;
    const at = col.mapping.index - (this.input.firstColumn ?? 0);
    let cells = this.kept.get(at);
    if (!cells) this.kept.set(at, (cells = []));
    const column = cells;
    const firstRow = this.input.firstRow ?? 1;
    return { mapping: col.mapping, cell: (row) => column[row - firstRow] };
  };

  /** Keeps the found columns' cells of roster rows `from` to `to` (exclusive), before the rows are let go. */
  keep(rows: readonly (readonly Cell[])[], from: number, to: number): void {
    for (const [at, cells] of this.kept) for (let i = from; i < to; i++) cells[i] = rows[i]?.[at];
  }
}
