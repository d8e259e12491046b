/**
 * Rolling windows in the 字段 column: `近6月平均:客户满意度`, `近6月最低:客户满意度`,
 * `近6月达标月数(>=90%):客户满意度`, or in English `avg6:CSAT`, `min6:CSAT`, `count6(>=90%):CSAT`.
 */
import type { Cell } from "../../model/cell";
import { fieldDef } from "../../model/fields";
import type { WindowAgg, WindowSpec } from "../../model/policy";
import type { Locale } from "../../i18n/locale";
import { windowFloorText } from "../../i18n/window-label";
import { readCount, readNumber, readScore, readYears } from "../../read/number";
import { readPercent } from "../../read/percent";
import { fieldSheetName } from "./vocabulary";
import { must } from "../../util/must";

/** A 字段 cell with a window prefix: the window, the floor as written, and the field text after the prefix. */
export interface WindowPrefix {
  readonly months: number;
  readonly agg: WindowAgg;
  /** The floor between `(>=` and `)`, or null. */
  readonly floorText: string | null;
  /** The field's name after the prefix (`客户满意度`, `列:回访率`). */
  readonly rest: string;
}

const ZH = /^近\s*(\d+)\s*个?月\s*(平均值?|均值|最低值?|最小值?|达标月数|达标月份数|达标次数)\s*(?:\(\s*(?:>=|≥)\s*([^)]*?)\s*\))?\s*:\s*(.+)$/u;
const EN = /^(avg|average|mean|min|minimum|count)\s*(\d+)\s*(?:\(\s*(?:>=|≥)\s*([^)]*?)\s*\))?\s*:\s*(.+)$/iu;

function aggOf(word: string): WindowAgg {
  const w = word.toLowerCase();
  if (w.startsWith("平均") || w === "均值" || w.startsWith("av") || w === "mean") return "avg";
  if (w.startsWith("最") || w.startsWith("min")) return "min";
  return "count_at_least";
}

/** The window prefix of a 字段 cell's text, or null when it has none (full-width characters folded). */
export function parseWindowPrefix(text: string): WindowPrefix | null {
  const t = text.normalize("NFKC").trim();
  const zh = ZH.exec(t);
  if (zh) return { months: Number(zh[1]), agg: aggOf(must(zh[2], "aggregate")), floorText: zh[3] ?? null, rest: must(zh[4], "field after the window").trim() };
  const en = EN.exec(t);
  if (en) return { months: Number(en[2]), agg: aggOf(must(en[1], "aggregate")), floorText: en[3] ?? null, rest: must(en[4], "field after the window").trim() };
  return null;
}

/** A window's monthly floor as written (`90%`, `0.9`, `1500`), read as the field's values; null when unreadable. */
export function parseFloor(text: string, field: string): number | null {
  const cell: Cell = text;
  const type = fieldDef(field)?.type;
  const v = type === "percent" ? readPercent(cell) : type === "count" ? readCount(cell) : type === "score" ? readScore(cell) : type === "years" ? readYears(cell) : readNumber(cell);
  return typeof v === "number" ? v : null;
}

/** The start of a window's 字段 cell, by locale: `近6月平均`, `avg6`. */
const WINDOW_PREFIX: Readonly<Record<Locale, (agg: WindowAgg, months: number) => string>> = {
  "zh-CN": (agg, months) => `近${months}月${agg === "avg" ? "平均" : agg === "min" ? "最低" : "达标月数"}`,
  "en-US": (agg, months) => `${agg === "avg" ? "avg" : agg === "min" ? "min" : "count"}${months}`,
};

/** The 字段 cell of a window criterion: `近6月平均:客户满意度`, `count6(>=90%):CSAT`. */
export function windowFieldText(field: string, w: WindowSpec, locale: Locale): string {
  const name = fieldSheetName(field, locale);
  const floor = w.agg === "count_at_least" ? `(>=${windowFloorText(field, w.floor)})` : "";
  return `${WINDOW_PREFIX[locale](w.agg, w.months)}${floor}:${name}`;
}
