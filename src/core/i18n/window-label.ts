/**
 * Rolling windows in words: the criterion's label in gaps (`客户满意度近6月平均`) and the
 * review-level message when the roster has too few month columns.
 */
import type { WindowSpec } from "../model/policy";
import { fieldDef } from "../model/fields";
import { fieldLabel } from "./labels";
import type { Locale } from "./locale";

/** A window's monthly floor as HR writes it: `90%` for a percent field, else the number. */
export function windowFloorText(field: string, floor: number | undefined): string {
  if (floor === undefined || !Number.isFinite(floor)) return "";
  if (fieldDef(field)?.type === "percent") return `${Number((floor * 100).toPrecision(12))}%`;
  return String(Number(floor.toPrecision(12)));
}

/**
 * The label of a window criterion: `客户满意度近6月平均`, `客户满意度近6月最低`,
 * `客户满意度近6月达标月数(≥90%)`; `CSAT 6-month average`, `CSAT 6-month minimum`,
 * `CSAT months ≥ 90% of last 6`.
 */
export function windowLabel(field: string, w: WindowSpec, locale: Locale): string {
  const name = fieldLabel(field, locale);
  const floor = windowFloorText(field, w.floor);
  if (locale === "zh-CN") {
    if (w.agg === "avg") return `${name}近${w.months}月平均`;
    if (w.agg === "min") return `${name}近${w.months}月最低`;
    return `${name}近${w.months}月达标月数(≥${floor})`;
  }
  if (w.agg === "avg") return `${name} ${w.months}-month average`;
  if (w.agg === "min") return `${name} ${w.months}-month minimum`;
  return `${name} months ≥ ${floor} of last ${w.months}`;
}

/** The message of a window a month of which has no column (`missing`), naming the months found. */
export function windowMonthsMessage(field: string, w: WindowSpec, found: readonly string[], missing: readonly string[], locale: Locale): string {
  const name = fieldLabel(field, locale);
  const label = windowLabel(field, w, locale);
  if (locale === "zh-CN") {
    const list = found.length > 0 ? `只找到 ${found.length} 个（${found.join("、")}）` : "一个也没有找到";
    return `「${label}」需要「${name}」最近 ${w.months} 个月的月度列，花名册中${list}，缺少 ${missing.join("、")}：请补齐这些月份的月度列（列名如「${name} 2026-06」或「2026年6月${name}」）；在此之前该条件对所有人记为缺少数据`;
  }
  const list = found.length > 0 ? `the roster has ${found.length} (${found.join(", ")})` : "the roster has none";
  return `"${label}" needs monthly "${name}" columns for the last ${w.months} months; ${list}, missing ${missing.join(", ")}: add columns for those months (headers such as "${name} 2026-06"); until then the criterion is missing for everyone`;
}
