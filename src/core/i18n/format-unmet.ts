import { EDUCATION_LEVELS } from "../read/education";
import { OPERATORS } from "../model/operators";
import { fieldDef } from "../model/fields";
import type { Unmet } from "../model/review";
import { fieldLabel } from "./labels";
import type { Locale } from "./locale";
import { blockerText, dateBelowText, dateNeedText } from "./blocker-text";
import { windowLabel } from "./window-label";
import { coreMessages } from "./messages";

function round(n: number, digits: number): string {
  const f = 10 ** digits;
  return String(Math.round(n * f) / f);
}

/** Formats a value of `field` the way HR writes it (0.75年, 93%, 本科, 是). */
export function formatFieldValue(field: string, value: Unmet["actual"] | Unmet["required"], locale: Locale): string {
  const m = coreMessages(locale);
  if (value === null) return m.empty;
  if (typeof value === "object") return value.map((v) => formatFieldValue(field, v, locale)).join("/");
  const type = fieldDef(field)?.type;
  if (typeof value === "boolean") return value ? m.yes : m.no;
  if (typeof value === "string") return value;
  switch (type) {
    case "years":
      return m.years(round(value, 2));
    case "percent":
      return `${round(value * 100, 2)}%`;
    case "education":
      return EDUCATION_LEVELS[value] ?? String(value);
    default:
      return round(value as number, 2);
  }
}

/** A value of an unmet criterion: a window's month count as a plain number, else as the field's values. */
function valueText(u: Unmet, value: Unmet["actual"] | Unmet["required"], locale: Locale): string {
  return u.window?.agg === "count_at_least" && typeof value === "number" ? round(value, 2) : formatFieldValue(u.field, value, locale);
}

/**
 * One unmet criterion in words: `任现职 0.75年 < 1年`, `满意度 缺少数据（需 ≥ 95%）`,
 * `客户满意度近6月平均 93.2% < 95%`; a blocker (否决) as {@link blockerText} words it.
 */
export function formatUnmet(u: Unmet, locale: Locale): string {
  const label = u.window ? windowLabel(u.field, u.window, locale) : fieldLabel(u.field, locale);
  const actual = valueText(u, u.actual, locale);
  const plain = criterionText(u, label, actual, locale);
  return u.blocker ? blockerText(u, plain, `${label} ${actual}`, locale) : plain;
}

/** The required value(s) in words: a list's items or a range's bounds one by one. */
function requiredTexts(u: Unmet, locale: Locale): string[] {
  return Array.isArray(u.required) ? u.required.map((v: string | number) => valueText(u, v, locale)) : [valueText(u, u.required, locale)];
}

function criterionText(u: Unmet, label: string, actual: string, locale: Locale): string {
  const wording = OPERATORS[u.op].wording[locale];
  const need = dateNeedText(u, locale) ?? wording.need(requiredTexts(u, locale));
  if (u.reason === "missing") return coreMessages(locale).missing(label, need);
  if (u.reason === "error") return coreMessages(locale).unreadable(label, need);
  return dateBelowText(u, label, actual, locale) ?? `${label} ${wording.below(actual, requiredTexts(u, locale))}`;
}

/** All unmet criteria of a target joined with `；` (`; ` in English). */
export function formatGaps(unmet: readonly Unmet[], locale: Locale): string {
  return unmet.map((u) => formatUnmet(u, locale)).join(coreMessages(locale).clauseSep);
}
