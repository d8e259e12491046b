/**
 * Boolean reader (catalogue §2 "Booleans", §6: an empty boolean cell is false).
 */
import { isErrorCell, type Cell } from "../model/cell";
import { fail, type ReadFailure } from "./failure";
import { foldText } from "./text";

/** Tokens read as true, as the catalogue lists them, then the documented extras. */
const TRUE_TOKENS = ["是", "有", "通过", "已完成", "已结业", "Y", "Yes", "TRUE", "1", "✓", "√", "✔", "已通过", "合格"];
/** Tokens read as false, as the catalogue lists them, then the documented extras. */
const FALSE_TOKENS = ["否", "无", "未通过", "未完成", "N", "No", "FALSE", "0", "✗", "×", "✘", "不合格"];

const TOKENS: ReadonlyMap<string, boolean> = new Map<string, boolean>([
  ...TRUE_TOKENS.map((t): [string, boolean] => [foldText(t), true]),
  ...FALSE_TOKENS.map((t): [string, boolean] => [foldText(t), false]),
]);

/** The boolean a text is when it is exactly one of the tokens as listed (no folding needed), else undefined. */
export function exactBooleanToken(text: string): boolean | undefined {
  return text === "是" ? true : text === "否" ? false : TOKENS.get(text);
}

/**
 * Reads a boolean. Never returns `null`: an empty cell is `false`.
 *
 * - text, matched after {@link foldText} (so case-insensitive and full-width tolerant):
 *   true for 是 有 通过 已完成 已结业 Y Yes TRUE 1 ✓ and the extras √ ✔ 已通过 合格;
 *   false for 否 无 未通过 未完成 N No FALSE 0 ✗ and the extras × ✘ 不合格; other text fails
 * - boolean -> itself; number 1 / 0 -> true / false, other numbers fail
 * - Date, percent cell -> failure `boolean`
 * - Excel error cell -> failure `excel_error`
 */
export function readBoolean(cell: Cell): boolean | ReadFailure {
  if (typeof cell === "boolean") return cell;
  if (cell === null || cell === undefined) return false;
  if (typeof cell === "string") {
    const exact = TOKENS.get(cell);
    if (exact !== undefined) return exact;
    const folded = foldText(cell);
    if (folded === "") return false;
    const v = TOKENS.get(folded);
    return v === undefined ? fail("boolean") : v;
  }
  if (typeof cell === "number") return cell === 1 ? true : cell === 0 ? false : fail("boolean");
  if (isErrorCell(cell)) return fail("excel_error");
  return fail("boolean");
}
