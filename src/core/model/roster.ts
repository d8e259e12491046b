import type { Cell } from "./cell";

/** A sheet's cells as a front end reads them; the core finds the header row itself. */
export interface RosterInput {
  /** Sheet name (or CSV file name) used in cell addresses. */
  readonly sheet: string;
  /**
   * Rows from the top of the used range; `rows[0]` is sheet row `firstRow`. A review reads the
   * texts and numbers it reports (工号, 姓名, 绩效...) from these rows when asked, so they must not
   * change while the review is in use, unless `transient` is set.
   */
  readonly rows: ReadonlyArray<ReadonlyArray<Cell>>;
  /** Sheet row number of `rows[0]` (1-based). Defaults to 1. */
  readonly firstRow?: number;
  /** 0-based sheet column index of each row's first cell. Defaults to 0 (column A). */
  readonly firstColumn?: number;
  /**
   * True when the caller lets rows go once the review has read them (see `ReviewRun.next`), as
   * the CLI's streaming mode does: the review then copies every value it keeps.
   */
  readonly transient?: boolean;
}

/** A header-to-field override chosen by the user: header text -> field key, or null to ignore. */
export type MappingOverride = Readonly<Record<string, string | null>>;
