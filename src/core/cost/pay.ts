/**
 * Pay per level and the roster's current pay (issue #21): what promoting someone into a level
 * costs a month.
 */
import type { Level } from "../model/policy";
import type { RosterColumn } from "../insight/roster-column";
import { readNumber } from "../read/number";

/** Where a level's pay figure comes from: its 月薪, or its band's 薪资最低. */
export type PayBasis = "monthly" | "band_min";

/** A level's pay for a promotion into it: 月薪 when set, else the band minimum; null when neither is set. */
export interface LevelPayAmount {
  readonly amount: number;
  readonly basis: PayBasis;
}

/**
 * The pay a promotion into `level` is costed at: its 月薪, else its band's minimum (薪资最低).
 * @example levelPayAmount({ name: "领班", pay: { min: 5200, mid: 5600, max: 6000 } }) //=> { amount: 5200, basis: "band_min" }
 */
export function levelPayAmount(level: Pick<Level, "pay"> | undefined): LevelPayAmount | null {
  const pay = level?.pay;
  if (pay?.monthly !== undefined) return { amount: pay.monthly, basis: "monthly" };
  if (pay?.min !== undefined) return { amount: pay.min, basis: "band_min" };
  return null;
}

/** Roster headers read as the employee's current monthly pay (现月薪), first found wins; `--pay-column` names another. */
export const CURRENT_PAY_HEADERS: readonly string[] = ["现月薪", "当前月薪", "月薪", "现薪资", "月工资", "基本工资", "Current pay", "Current monthly pay", "Monthly pay"];

/**
 * The roster's current-pay column: the one named `header`, else the first of
 * {@link CURRENT_PAY_HEADERS} the roster has; null when there is none. `find` may find a column's
 * cells ({@link ColumnFinder}) or only its mapping (the column report).
 * @example currentPayColumn(columnFinder(review, input))?.mapping.header //=> "现月薪"
 */
export function currentPayColumn<C = RosterColumn>(find: (name: string) => C | null, header?: string): C | null {
  if (header !== undefined) return find(header);
  for (const name of CURRENT_PAY_HEADERS) {
    const col = find(name);
    if (col) return col;
  }
  return null;
}

/**
 * A current-pay cell as yuan a month: a number of 0 or more, else null (empty or unreadable: costed at the level's pay).
 * @example currentPayOf(currentPayColumn(review, input), 5) //=> 5200
 */
export function currentPayOf(col: RosterColumn | null, row: number): number | null {
  if (!col) return null;
  const n = readNumber(col.cell(row));
  return typeof n === "number" && n >= 0 ? n : null;
}
