/**
 * Rolling windows in words: the criterion's label in gaps (`客户满意度近6月平均`) and the
 * review-level message when the roster has too few month columns.
 */
import type { WindowSpec } from "../model/policy";
import { fieldDef } from "../model/fields";
import { fieldLabel } from "./labels";
import type { Locale } from "./locale";
import { coreMessages } from "./messages";

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
  return coreMessages(locale).windowLabel(fieldLabel(field, locale), w, windowFloorText(field, w.floor));
}

/** The message of a window a month of which has no column (`missing`), naming the months found. */
export function windowMonthsMessage(field: string, w: WindowSpec, found: readonly string[], missing: readonly string[], locale: Locale): string {
  return coreMessages(locale).windowMonths(windowLabel(field, w, locale), fieldLabel(field, locale), w.months, found, missing);
}
