/**
 * The talent settings in the policy sheets: two rows of the 晋升方案 header block (准备度分界,
 * 预测月数), the 关键岗位 column of 职级, and the 发展措施 sheet (one action per field). Always
 * written with the defaults filled in, so HR sees what applies; read back, a value equal to its
 * default is dropped (see `talent/defaults.ts`).
 */
import type { Cell } from "../../model/cell";
import type { DevelopmentAction, Level, TalentSetting } from "../../model/policy";
import { inLocale, type Locale } from "../../i18n/locale";
import { readNumber } from "../../read/number";
import { foldText } from "../../read/text";
import type { ResolvedTalent } from "../../talent/defaults";
import { type Grid, type IssueList, type Pos, type SourceMap, findHeaderRow, shown } from "./grid";
import { isNotesLabel, levelColumnOf } from "./names";
import type { SheetData } from "./types";
import { fieldSheetName, flagText, parseFlag, resolveField } from "./vocabulary";

/** A label in both languages; the first of each list is written. */
interface Label {
  readonly zh: readonly [string, ...string[]];
  readonly en: readonly [string, ...string[]];
}

/** Rows of the 晋升方案 header block that hold talent settings, in the order written. */
export const TALENT_HEADER_KEYS = ["bands", "forecastMonths"] as const;
/** A talent row of the header block. */
export type TalentHeaderKey = (typeof TALENT_HEADER_KEYS)[number];

const TALENT_HEADER_LABELS: Readonly<Record<TalentHeaderKey, Label>> = {
  bands: { zh: ["准备度分界（月）", "准备度分界"], en: ["Readiness bands (months)", "Readiness bands"] },
  forecastMonths: { zh: ["预测月数"], en: ["Forecast months"] },
};

/** Columns of the 发展措施 (Development actions) sheet, in the order written. */
export const DEVELOPMENT_COLUMNS = ["field", "action", "owner", "weeks", "note"] as const;
/** A column of the 发展措施 sheet. */
export type DevelopmentColumn = (typeof DEVELOPMENT_COLUMNS)[number];

const DEVELOPMENT_LABELS: Readonly<Record<DevelopmentColumn, Label>> = {
  field: { zh: ["字段", "条件"], en: ["Field"] },
  action: { zh: ["发展措施", "措施", "培训模块"], en: ["Action", "Development action"] },
  owner: { zh: ["负责人", "责任人"], en: ["Owner"] },
  weeks: { zh: ["周数", "所需周数"], en: ["Weeks"] },
  note: { zh: ["说明", "备注"], en: ["Note", "Notes"] },
};

const fold = (text: string): string => foldText(text).replace(/\s*\([^)]*\)$/, "");

function indexOf<K extends string>(labels: Readonly<Record<K, Label>>): ReadonlyMap<string, K> {
  return new Map(
    (Object.keys(labels) as K[]).flatMap((k) => [...labels[k].zh, ...labels[k].en].map((t): [string, K] => [fold(t), k])),
  );
}

const HEADER_INDEX = indexOf(TALENT_HEADER_LABELS);
const DEVELOPMENT_INDEX = indexOf(DEVELOPMENT_LABELS);
const labelOf = (l: Label, locale: Locale): string => inLocale(l, locale)[0] ?? "";

/** The header-block rows of the talent settings (`准备度分界（月） | 12, 24`, `预测月数 | 12`). */
export function talentHeaderRows(talent: ResolvedTalent, locale: Locale): Cell[][] {
  return [
    [labelOf(TALENT_HEADER_LABELS.bands, locale), talent.bands.join(", ")],
    [labelOf(TALENT_HEADER_LABELS.forecastMonths, locale), talent.forecastMonths],
  ];
}

/** Separators between two band limits (`12, 24`, `12，24`, `12/24`, `12 24`). */
const SEPARATORS = /\s*[,，、/;；]\s*|\s+/;

function bandsOf(cell: Cell): readonly [number, number] | null {
  const text = typeof cell === "string" ? cell.normalize("NFKC").trim() : null;
  if (text === null) return null;
  const parts = text.split(SEPARATORS).filter((p) => p !== "").map((p) => readNumber(p));
  return parts.length === 2 && typeof parts[0] === "number" && typeof parts[1] === "number" ? [parts[0], parts[1]] : null;
}

/**
 * Reads 准备度分界 and 预测月数 from the header block (column A label, column B value, above the
 * 说明 row). A cell that is not two numbers / a number is an issue here; the range is checked by
 * `validatePolicy` (reported on the same cell through `src`).
 */
export function readTalentHeader(grid: Grid, issues: IssueList, src: SourceMap): Pick<TalentSetting, "bands" | "forecastMonths"> {
  const found: { bands?: readonly [number, number]; forecastMonths?: number } = {};
  for (let r = 0; r < grid.rowCount; r++) {
    const label = grid.text(r, 0);
    if (label === null) continue;
    if (isNotesLabel(label)) break;
    const key = HEADER_INDEX.get(fold(label));
    if (key === undefined || grid.blank(r, 1)) continue;
    const pos: Pos = grid.pos(r, 1);
    src.set(["talent", key], pos);
    const cell = grid.cell(r, 1);
    if (key === "bands") {
      const bands = bandsOf(cell);
      if (bands) found.bands = bands;
      else issues.add(pos, "bad_bands", { value: shown(cell), max: 120 });
    } else {
      const n = readNumber(cell);
      if (typeof n === "number") found.forecastMonths = n;
      else issues.add(pos, "bad_forecast", { value: shown(cell), max: 120 });
    }
  }
  return found;
}

/**
 * The key levels marked 关键岗位 = 是 on the 职级 sheet, in ladder order; undefined when the sheet
 * has no 关键岗位 column (the defaults apply). A cell that is not 是/否 is an issue.
 */
export function readKeyLevels(grid: Grid, levels: readonly Level[], issues: IssueList, src: SourceMap): string[] | undefined {
  const header = findHeaderRow(grid, levelColumnOf, ["level"]);
  const keyCol = header.cols.get("key");
  const levelCol = header.cols.get("level");
  if (keyCol === undefined || levelCol === undefined) return undefined;
  const marked = new Set<string>();
  for (let r = header.row + 1; r < grid.rowCount; r++) {
    const name = grid.text(r, levelCol);
    const flag = parseFlag(grid.cell(r, keyCol));
    if (flag === undefined) issues.add(grid.pos(r, keyCol), "bad_flag", { value: shown(grid.cell(r, keyCol)) });
    if (name !== null && flag === true) {
      marked.add(foldText(name));
      src.set(["talent", "keyLevels", name], grid.pos(r, keyCol));
    }
  }
  return levels.filter((l) => marked.has(foldText(l.name))).map((l) => l.name);
}

/** The 关键岗位 cell of a level's row: 是, or empty. */
export function keyLevelCell(level: string, talent: ResolvedTalent, locale: Locale): Cell {
  return talent.keyLevels.includes(level) ? flagText(true, locale) : null;
}

/** The 发展措施 sheet: 字段, 发展措施, 负责人, 周数, 说明, one row per action. */
export function developmentSheet(actions: readonly DevelopmentAction[], locale: Locale, name: string): SheetData {
  const head = DEVELOPMENT_COLUMNS.map((c) => labelOf(DEVELOPMENT_LABELS[c], locale));
  return { name, rows: [head, ...actions.map((a): Cell[] => [fieldSheetName(a.field, locale), a.action, a.owner, a.weeks, a.note ?? null])] };
}

/**
 * Reads the 发展措施 sheet: every row with any cell filled is an action. The field is read as a
 * 规则 字段 cell is (`客户满意度`, `综合得分`, `列:考勤天数`); weeks must be a number (its range is
 * checked by `validatePolicy`).
 */
export function readDevelopment(grid: Grid, issues: IssueList, src: SourceMap): DevelopmentAction[] {
  const header = findHeaderRow(grid, (t) => DEVELOPMENT_INDEX.get(fold(t)) ?? null, ["field", "action"]);
  const col = (k: DevelopmentColumn): number | undefined => header.cols.get(k);
  const actions: DevelopmentAction[] = [];
  for (let r = header.row + 1; r < grid.rowCount; r++) {
    if (DEVELOPMENT_COLUMNS.every((k) => grid.blank(r, col(k)))) continue;
    const i = actions.length;
    const fieldText = grid.text(r, col("field")) ?? "";
    const ref = resolveField(fieldText);
    let field = "";
    if (ref.kind === "known") field = ref.key;
    else if (ref.kind === "custom") field = ref.header;
    else if (fieldText !== "") issues.add(grid.pos(r, col("field") ?? 0), "unknown_field", { value: ref.text, closest: ref.closest ?? undefined });
    const weeksCell = grid.cell(r, col("weeks"));
    const weeks = grid.blank(r, col("weeks")) ? 0 : readNumber(weeksCell);
    if (typeof weeks !== "number") issues.add(grid.pos(r, col("weeks") ?? 0), "bad_action", { reason: "weeks", field: fieldText, value: shown(weeksCell) });
    for (const k of ["field", "action", "weeks"] as const) src.set(["talent", "actions", i, k], grid.pos(r, col(k) ?? 0));
    const note = grid.text(r, col("note"));
    actions.push({
      field: field === "" && fieldText !== "" ? fieldText : field,
      action: grid.text(r, col("action")) ?? "",
      owner: grid.text(r, col("owner")) ?? "",
      weeks: typeof weeks === "number" ? weeks : 0,
      ...(note !== null ? { note } : {}),
    });
  }
  return actions;
}
