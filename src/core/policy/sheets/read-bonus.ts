/**
 * The 奖金档位 (Bonus tiers) sheet: one row per tier. Fixed columns 档位, 适用职级, 月奖金(元) and
 * 说明; every other header names a criterion as `字段 运算` (`工单量 >=`, `客户满意度 >=`,
 * `列:考勤天数 >=`), and a tier's cell in that column is its threshold (empty: no criterion).
 */
import type { BonusTable, BonusTier, Criterion, Op } from "../../model/policy";
import type { Locale } from "../../i18n/locale";
import { readNumber } from "../../read/number";
import { type Grid, type IssueList, type SourceMap, findHeaderRow, shown } from "./grid";
import { type BonusColumn, bonusColumnLabel, bonusColumnOf } from "./names";
import { LIST_SEPARATORS, parseValue, valueExpectation } from "./values";
import { parseOp, resolveField } from "./vocabulary";
import { must } from "../../util/must";

const REQUIRED: readonly BonusColumn[] = ["tier", "amount"];
/** `字段 >=`: a field, then an operator symbol at the end. */
const SYMBOL_OP = /^(.*?)\s*(>=|≥|=>|<=|≤|=<|==|=)\s*$/;

/** A criterion column: where it is, and its field and operator. */
interface CriterionColumn {
  readonly col: number;
  readonly field: string;
  readonly op: Op;
}

/** Splits a criterion header into field text and operator (`工单量 >=`, `学历 in`, `绩效 不低于`), or null. */
export function splitCriterionHeader(text: string): { field: string; op: Op } | null {
  const t = text.normalize("NFKC").trim();
  const m = SYMBOL_OP.exec(t);
  const field = m?.[1]?.trim();
  if (m && field) {
    const op = parseOp(must(m[2], "operator"));
    return op ? { field, op } : null;
  }
  const space = t.lastIndexOf(" ");
  if (space <= 0) return null;
  const op = parseOp(t.slice(space + 1));
  return op ? { field: t.slice(0, space).trim(), op } : null;
}

/** The criterion columns of the header row; unreadable headers are reported. */
function criterionColumns(grid: Grid, row: number, fixed: ReadonlySet<number>, issues: IssueList): CriterionColumn[] {
  const out: CriterionColumn[] = [];
  const width = grid.data.rows[row]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    if (fixed.has(c)) continue;
    const text = grid.text(row, c);
    if (text === null) continue;
    const split = splitCriterionHeader(text);
    if (!split) {
      issues.add(grid.pos(row, c), "bonus_header", { value: text });
      continue;
    }
    const ref = resolveField(split.field);
    if (ref.kind === "unknown") {
      issues.add(grid.pos(row, c), "unknown_field", { value: ref.text, closest: ref.closest ?? undefined });
      continue;
    }
    out.push({ col: c, field: ref.kind === "known" ? ref.key : ref.header, op: split.op });
  }
  return out;
}

/**
 * Reads the bonus tiers. Reports a missing 档位 or 月奖金 column (then nothing else), criterion
 * headers that name no field or operator, rows without a tier name, thresholds that do not suit
 * their field, and amounts that are not a number of 0 or more. Rows with only a 说明 are notes.
 * @returns null when a required column is missing
 */
export function readBonus(grid: Grid, issues: IssueList, src: SourceMap, locale: Locale): BonusTable | null {
  const header = findHeaderRow(grid, bonusColumnOf, REQUIRED);
  const missing = REQUIRED.filter((k) => !header.cols.has(k));
  if (missing.length > 0) {
    for (const k of missing) issues.add(grid.pos(header.row, 0), "missing_column", { sheet: grid.name, column: bonusColumnLabel(k, locale) });
    return null;
  }
  const col = (k: BonusColumn): number | undefined => header.cols.get(k);
  const need = (k: BonusColumn): number => must(col(k), `${k} column`);
  const criteria = criterionColumns(grid, header.row, new Set(header.cols.values()), issues);
  const dataCols = [col("tier"), col("levels"), col("amount"), ...criteria.map((c) => c.col)];
  const tiers: BonusTier[] = [];
  for (let r = header.row + 1; r < grid.rowCount; r++) {
    if (dataCols.every((c) => grid.blank(r, c))) continue;
    const at = ["bonus", "tiers", tiers.length];
    const name = grid.text(r, col("tier")) ?? "";
    src.set(at, grid.pos(r, need("tier")));
    src.set([...at, "name"], grid.pos(r, need("tier")));
    const levels = (grid.text(r, col("levels")) ?? "")
      .split(LIST_SEPARATORS)
      .map((s) => s.trim())
      .filter((s) => s !== "");
    levels.forEach((_, j) => src.set([...at, "levels", j], grid.pos(r, need("levels"))));
    const list: Criterion[] = [];
    for (const c of criteria) {
      if (grid.blank(r, c.col)) continue;
      const cell = grid.cell(r, c.col);
      const parsed = parseValue(cell, c.field, c.op);
      const m = list.length;
      src.set([...at, "criteria", m], grid.pos(r, c.col));
      src.set([...at, "criteria", m, "field"], grid.pos(header.row, c.col));
      src.set([...at, "criteria", m, "op"], grid.pos(header.row, c.col));
      src.set([...at, "criteria", m, "value"], grid.pos(r, c.col));
      if (!parsed.ok) {
        const field = grid.text(header.row, c.col) ?? c.field;
        issues.add(grid.pos(r, c.col), "bad_value", { field, value: shown(cell), expected: parsed.expected, want: valueExpectation(c.field, c.op) });
        list.push({ field: c.field, op: c.op, value: shown(cell) });
      } else {
        list.push({ field: c.field, op: c.op, value: parsed.value });
      }
    }
    const amountCell = grid.cell(r, col("amount"));
    const amount = readNumber(amountCell);
    src.set([...at, "amount"], grid.pos(r, need("amount")));
    if (typeof amount !== "number" || amount < 0) issues.add(grid.pos(r, need("amount")), "bad_amount", { tier: name, amount: shown(amountCell) });
    const note = grid.text(r, col("note"));
    tiers.push({
      name,
      ...(levels.length > 0 ? { levels } : {}),
      criteria: list,
      amount: typeof amount === "number" ? amount : NaN,
      ...(note !== null ? { note } : {}),
    });
  }
  return { tiers };
}
