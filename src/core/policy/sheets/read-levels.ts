/**
 * The 职级 (Levels) sheet: one row per level, in ladder order (the 顺序 column sorts them).
 */
import type { Level, LevelPay } from "../../model/policy";
import type { Locale } from "../../i18n/locale";
import { readNumber } from "../../read/number";
import { type Grid, type IssueList, type SourceMap, findHeaderRow, shown } from "./grid";
import { type LevelColumn, type PayColumn, levelColumnLabel, levelColumnOf, PAY_COLUMNS } from "./names";
import { LIST_SEPARATORS } from "./values";
import { parseFlag } from "./vocabulary";
import { must } from "../../util/must";

/** Columns that carry data (下一职级 is written for reading only and ignored). */
const DATA_COLUMNS: readonly LevelColumn[] = ["track", "order", "level", "aliases", "reserve", "allowance", ...PAY_COLUMNS];

/** The {@link LevelPay} key each pay column fills. */
const PAY_KEYS: Readonly<Record<PayColumn, keyof LevelPay>> = { pay: "monthly", payMin: "min", payMid: "mid", payMax: "max" };

/** A level's pay from its pay cells (issue #21): numbers of 0 or more; others are reported. Undefined when all are empty. */
function payOf(grid: Grid, r: number, col: (k: LevelColumn) => number | undefined, name: string, issues: IssueList): LevelPay | undefined {
  const pay: Record<string, number | string> = {};
  for (const k of PAY_COLUMNS) {
    const c = col(k);
    if (c === undefined || grid.blank(r, c)) continue;
    const cell = grid.cell(r, c);
    const n = readNumber(cell);
    pay[PAY_KEYS[k]] = typeof n === "number" ? n : shown(cell);
    if (typeof n !== "number" || n < 0) issues.add(grid.pos(r, c), "bad_pay", { level: name, pay: shown(cell) });
  }
  return Object.keys(pay).length > 0 ? (pay as LevelPay) : undefined;
}

interface LevelRow {
  readonly row: number;
  readonly order: number;
  readonly level: Level;
}

/**
 * Reads the levels. Rows whose data columns are all empty are skipped. Levels are sorted by
 * 顺序 (a row without one keeps its place after the row above). Reports a missing 职级 column,
 * rows without a level name, non-numeric 顺序 and 月津贴, and 储备 cells that are not 是/否.
 * @returns null when the sheet has no 职级 column (nothing can be read)
 */
export function readLevels(grid: Grid, issues: IssueList, src: SourceMap, locale: Locale): Level[] | null {
  const header = findHeaderRow(grid, levelColumnOf, ["level"]);
  const col = (k: LevelColumn): number | undefined => header.cols.get(k);
  const need = (k: LevelColumn): number => must(col(k), `${k} column`);
  const levelCol = col("level");
  if (levelCol === undefined) {
    issues.add(grid.pos(header.row, 0), "missing_column", { sheet: grid.name, column: levelColumnLabel("level", locale) });
    return null;
  }
  const rows: LevelRow[] = [];
  let order = -Infinity;
  for (let r = header.row + 1; r < grid.rowCount; r++) {
    if (DATA_COLUMNS.every((k) => grid.blank(r, col(k)))) continue;
    const name = grid.text(r, col("level"));
    if (name === null) {
      issues.add(grid.pos(r, levelCol), "missing_level_name");
      continue;
    }
    if (!grid.blank(r, col("order"))) {
      const n = readNumber(grid.cell(r, col("order")));
      if (typeof n === "number") order = n;
      else issues.add(grid.pos(r, need("order")), "bad_order", { value: shown(grid.cell(r, col("order"))) });
    }
    const track = grid.text(r, col("track"));
    const aliases = (grid.text(r, col("aliases")) ?? "")
      .split(LIST_SEPARATORS)
      .map((s) => s.trim())
      .filter((s) => s !== "");
    const reserve = parseFlag(grid.cell(r, col("reserve")));
    if (reserve === undefined) issues.add(grid.pos(r, need("reserve")), "bad_flag", { value: shown(grid.cell(r, col("reserve"))) });
    let allowance: number | string | undefined;
    if (!grid.blank(r, col("allowance"))) {
      const cell = grid.cell(r, col("allowance"));
      const n = readNumber(cell);
      allowance = typeof n === "number" ? n : shown(cell);
      if (typeof n !== "number" || n < 0) issues.add(grid.pos(r, need("allowance")), "bad_allowance", { level: name, allowance: shown(cell) });
    }
    const pay = payOf(grid, r, col, name, issues);
    const level: Level = {
      name,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(track !== null ? { track } : {}),
      ...(reserve === true ? { reserve: true } : {}),
      ...(allowance !== undefined ? { allowance: allowance as number } : {}),
      ...(pay ? { pay } : {}),
    };
    rows.push({ row: r, order, level });
  }
  rows.sort((a, b) => a.order - b.order || a.row - b.row);
  rows.forEach(({ row }, i) => {
    const levelPos = grid.pos(row, levelCol);
    src.set(["levels", i], levelPos);
    const aliasCol = col("aliases");
    if (aliasCol !== undefined) src.set(["levels", i, "aliases"], grid.pos(row, aliasCol));
    src.set(["levels", i, "allowance"], grid.pos(row, col("allowance") ?? col("reserve") ?? levelCol));
    const payCols = PAY_COLUMNS.flatMap((k) => {
      const c = col(k);
      return c === undefined ? [] : [[k, c] as const];
    });
    const firstPay = payCols[0];
    if (firstPay) src.set(["levels", i, "pay"], grid.pos(row, firstPay[1]));
    for (const [k, c] of payCols) src.set(["levels", i, "pay", PAY_KEYS[k]], grid.pos(row, c));
  });
  return rows.map((r) => r.level);
}
