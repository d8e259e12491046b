/**
 * Education reader (catalogue §2 "Education"): an ordinal, 初中 (0) to 博士 (5).
 */
import { isErrorCell, type Cell } from "../model/cell";
import { fail, type ReadFailure } from "./failure";
import { foldText } from "./text";

/** Canonical Chinese names of the education levels, indexed by ordinal. */
export const EDUCATION_LEVELS: readonly string[] = ["初中", "高中", "大专", "本科", "硕士", "博士"];

/**
 * Names by ordinal: the catalogue's (zh, then en), then our documented extras:
 * 专科 = 大专, 大学本科 / 学士 = 本科, 研究生 / 硕士研究生 = 硕士, 博士研究生 = 博士,
 * "junior high school", "associate degree", "bachelor's" / "bachelor's degree",
 * "master's" / "master's degree", "ph.d." (a typographic apostrophe ’ is accepted too).
 */
const NAMES: ReadonlyArray<readonly string[]> = [
  ["初中", "junior high", "junior high school"],
  ["高中", "中专", "职高", "high school"],
  ["大专", "associate", "专科", "associate degree"],
  ["本科", "bachelor", "大学本科", "学士", "bachelor's", "bachelor’s", "bachelor's degree", "bachelor’s degree"],
  ["硕士", "master", "研究生", "硕士研究生", "master's", "master’s", "master's degree", "master’s degree"],
  ["博士", "doctorate", "phd", "博士研究生", "ph.d."],
];

const ORDINALS: ReadonlyMap<string, number> = new Map<string, number>(
  NAMES.flatMap((names, ordinal) => names.map((n): [string, number] => [foldText(n), ordinal])),
);

/**
 * Ordinal of an education name (matched after {@link foldText}, so case and full-width
 * insensitive), or `null` when the name is unknown.
 * @example educationOrdinal("Bachelor") //=> 3
 */
export function educationOrdinal(text: string): number | null {
  return ORDINALS.get(foldText(text)) ?? null;
}

/**
 * Reads an education cell as an ordinal (see {@link EDUCATION_LEVELS}).
 * Empty -> `null`; unknown text and any non-text value fail as `education`; an Excel error
 * cell fails as `excel_error`.
 */
export function readEducation(cell: Cell): number | null | ReadFailure {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") {
    const folded = foldText(cell);
    if (folded === "") return null;
    return ORDINALS.get(folded) ?? fail("education");
  }
  if (isErrorCell(cell)) return fail("excel_error");
  return fail("education");
}
