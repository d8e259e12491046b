/**
 * The 晋升方案 (Policy) sheet: a header block of `label | value` rows in columns A and B, down
 * to the 说明 (Notes) row; the notes and the field list below it are ignored.
 */
import { isoFromDay } from "../../evaluate/calendar";
import type { Locale } from "../../i18n/locale";
import { readDate } from "../../read/date";
import { plainNumberText } from "../../read/text";
import { type Grid, type IssueList, type Pos, type SourceMap, addressOf, shown } from "./grid";
import { HEADER_KEYS, NINE_BOX_KEYS, type HeaderKey, type NineBoxKey, headerKeyLabel, headerKeyOf, isNotesLabel, nineBoxKeyOf } from "./names";
import type { CalibrationSetting, NineBoxSetting } from "../../model/policy";
import { readNumber } from "../../read/number";
import { readPercent } from "../../read/percent";
import { CALIBRATION_KEYS, type CalibrationKey, calibrationKeyOf } from "./names";
import { parseBands } from "./calibration-syntax";

/** The header block's values (required ones are "" when missing: an issue is then reported). */
export interface HeaderBlock {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly version: string;
  readonly revised?: string;
  readonly sources?: string[];
  readonly nineBox?: NineBoxSetting;
  readonly calibration?: CalibrationSetting;
}

const REQUIRED: readonly HeaderKey[] = ["id", "name", "version"];

const HINTS: Readonly<Record<Locale, Partial<Record<HeaderKey, string>>>> = {
  "zh-CN": { id: "方案编号（例如 taobao-cs）", name: "方案名称（例如 淘宝客服）", version: "版本号（例如 1.1）" },
  "en-US": { id: "a policy id (e.g. taobao-cs)", name: "the policy name", version: "a version (e.g. 1.1)" },
};

/** Sources are separated by ; or line breaks (a source may contain a comma). */
const SOURCE_SEPARATORS = /[;；\n]/;

function revisedOf(grid: Grid, pos: Pos, issues: IssueList): string | undefined {
  const cell = grid.cell(pos.row, pos.col);
  if (grid.blank(pos.row, pos.col)) return undefined;
  const day = readDate(cell);
  if (typeof day === "number") return isoFromDay(day);
  issues.add(pos, "bad_date", { value: shown(cell) });
  return undefined;
}

function versionOf(grid: Grid, pos: Pos): string {
  const cell = grid.cell(pos.row, pos.col);
  return typeof cell === "number" ? plainNumberText(cell) : (grid.text(pos.row, pos.col) ?? "");
}

/** Separators between the two cut points of a 9-box row (`70, 85`, `70，85`, `70/85`, `70 85`). */
const CUT_SEPARATORS = /\s*[,，、/;；]\s*|\s+/;

/** The two cut points of a 9-box row, or null when the cell does not hold two numbers. */
function cutsOf(grid: Grid, pos: Pos): readonly [number, number] | null {
  const cell = grid.cell(pos.row, pos.col);
  const text = typeof cell === "string" ? cell.normalize("NFKC").trim() : null;
  if (text === null) return null;
  const parts = text.split(CUT_SEPARATORS).filter((s) => s !== "").map((s) => readNumber(s));
  return parts.length === 2 && typeof parts[0] === "number" && typeof parts[1] === "number" ? [parts[0], parts[1]] : null;
}

/**
 * The 9-box setting: both rows, or neither (a missing axis takes the default 70, 85). Values
 * that are not two numbers are reported here; their order and range by `validatePolicy`.
 */
function nineBoxOf(grid: Grid, at: ReadonlyMap<NineBoxKey, Pos>, issues: IssueList, src: SourceMap): NineBoxSetting | undefined {
  const setting: Partial<Record<NineBoxKey, readonly [number, number]>> = {};
  let any = false;
  for (const key of NINE_BOX_KEYS) {
    const pos = at.get(key);
    if (!pos || grid.blank(pos.row, pos.col)) continue;
    src.set(["nineBox", key], pos);
    any = true;
    const cuts = cutsOf(grid, pos);
    if (cuts) setting[key] = cuts;
    else issues.add(pos, "bad_nine_box", { axis: key, value: shown(grid.cell(pos.row, pos.col)) });
  }
  if (!any) return undefined;
  return { perf: setting.perf ?? [70, 85], potential: setting.potential ?? [70, 85] };
}

/** One calibration row's value, or undefined (an issue is reported when the cell is not of its kind). */
function calibrationValue(grid: Grid, key: CalibrationKey, pos: Pos, issues: IssueList): number | CalibrationSetting["bands"] | undefined {
  const cell = grid.cell(pos.row, pos.col);
  if (key === "bands") {
    const bands = typeof cell === "string" ? parseBands(cell) : null;
    if (bands) return bands;
  } else {
    const n = key === "tolerance" ? readNumber(cell) : readPercent(cell);
    if (typeof n === "number" && n >= 0) return n;
  }
  const reason = key === "bands" ? "shape" : key === "tolerance" ? "negative" : "fraction";
  issues.add(pos, "bad_calibration", { key, reason, value: shown(cell) });
  return undefined;
}

/** The calibration setting (校准容差, 目标分布, 分布容差), when any of its rows is filled. */
function calibrationOf(grid: Grid, at: ReadonlyMap<CalibrationKey, Pos>, issues: IssueList, src: SourceMap): CalibrationSetting | undefined {
  const setting: Record<string, unknown> = {};
  for (const key of CALIBRATION_KEYS) {
    const pos = at.get(key);
    if (!pos || grid.blank(pos.row, pos.col)) continue;
    src.set(["calibration", key], pos);
    const value = calibrationValue(grid, key, pos, issues);
    if (value !== undefined) setting[key] = value;
  }
  return Object.keys(setting).length > 0 ? (setting as CalibrationSetting) : undefined;
}

/**
 * Reads the header block: labels in column A (方案编号, 方案名称, 英文名称, 版本, 修订日期, 依据, or
 * the English ones), values in column B. Reports missing required values, repeated labels and
 * a revision date that is not a date. An empty 英文名称 falls back to the name.
 */
export function readHeaderBlock(grid: Grid, issues: IssueList, src: SourceMap, locale: Locale): HeaderBlock {
  const at = new Map<HeaderKey, Pos>();
  const boxAt = new Map<NineBoxKey, Pos>();
  const calAt = new Map<CalibrationKey, Pos>();
  let end = grid.rowCount;
  for (let r = 0; r < grid.rowCount; r++) {
    const label = grid.text(r, 0);
    if (label !== null && isNotesLabel(label)) {
      end = r > 0 && grid.blank(r - 1, 0) && grid.blank(r - 1, 1) ? r - 1 : r;
      break;
    }
    const cal = label === null ? null : calibrationKeyOf(label);
    if (cal !== null) {
      const first = calAt.get(cal);
      if (first) issues.add(grid.pos(r, 0), "duplicate_entry", { label: label ?? "", first: addressOf({ ...first, col: 0 }) });
      else calAt.set(cal, grid.pos(r, 1));
      continue;
    }
    const box = label === null ? null : nineBoxKeyOf(label);
    if (box !== null) {
      const first = boxAt.get(box);
      if (first) issues.add(grid.pos(r, 0), "duplicate_entry", { label: label ?? "", first: addressOf({ ...first, col: 0 }) });
      else boxAt.set(box, grid.pos(r, 1));
      continue;
    }
    const key = label === null ? null : headerKeyOf(label);
    if (key === null) continue;
    const first = at.get(key);
    if (first) {
      issues.add(grid.pos(r, 0), "duplicate_entry", { label: label ?? "", first: addressOf({ ...first, col: 0 }) });
      continue;
    }
    at.set(key, grid.pos(r, 1));
  }
  const value = (key: HeaderKey): string => {
    const pos = at.get(key);
    return pos ? (grid.text(pos.row, pos.col) ?? "") : "";
  };
  for (const key of REQUIRED) {
    const pos = at.get(key);
    const filled = pos ? (key === "version" ? versionOf(grid, pos) : value(key)) : "";
    if (filled !== "") continue;
    const where = pos ?? grid.pos(end, 0);
    issues.add(where, "missing_value", { label: headerKeyLabel(key, locale), hint: HINTS[locale][key], absent: pos ? undefined : 1 });
  }
  for (const key of HEADER_KEYS) {
    const pos = at.get(key);
    if (pos) src.set([key], pos);
  }
  const versionPos = at.get("version");
  const revisedPos = at.get("revised");
  const revised = revisedPos ? revisedOf(grid, revisedPos, issues) : undefined;
  const sources = value("sources")
    .split(SOURCE_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const nineBox = nineBoxOf(grid, boxAt, issues, src);
  const calibration = calibrationOf(grid, calAt, issues, src);
  return {
    id: value("id"),
    name: value("name"),
    nameEn: value("nameEn") || value("name"),
    version: versionPos ? versionOf(grid, versionPos) : "",
    ...(revised !== undefined ? { revised } : {}),
    ...(sources.length > 0 ? { sources } : {}),
    ...(nineBox ? { nineBox } : {}),
    ...(calibration ? { calibration } : {}),
  };
}
