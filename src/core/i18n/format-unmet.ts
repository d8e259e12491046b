import { EDUCATION_LEVELS } from "../read/education";
import { fieldDef } from "../model/fields";
import type { Unmet } from "../model/review";
import { fieldLabel } from "./labels";
import type { Locale } from "./locale";

const NEGATED: Readonly<Record<string, string>> = { ">=": "<", "<=": ">", "=": "≠", in: "∉" };
const NEED: Readonly<Record<string, string>> = { ">=": "≥", "<=": "≤", "=": "=", in: "∈" };

function round(n: number, digits: number): string {
  const f = 10 ** digits;
  return String(Math.round(n * f) / f);
}

/** Formats a value of `field` the way HR writes it (0.75年, 93%, 本科, 是). */
export function formatFieldValue(field: string, value: Unmet["actual"] | Unmet["required"], locale: Locale): string {
  if (value === null) return locale === "zh-CN" ? "空" : "empty";
  if (typeof value === "object") return value.map((v) => formatFieldValue(field, v, locale)).join("/");
  const type = fieldDef(field)?.type;
  if (typeof value === "boolean") return locale === "zh-CN" ? (value ? "是" : "否") : value ? "yes" : "no";
  if (typeof value === "string") return value;
  switch (type) {
    case "years":
      return locale === "zh-CN" ? `${round(value, 2)}年` : `${round(value, 2)} yr`;
    case "percent":
      return `${round(value * 100, 2)}%`;
    case "education":
      return EDUCATION_LEVELS[value] ?? String(value);
    default:
      return round(value as number, 2);
  }
}

/**
 * One unmet criterion in words: `任现职 0.75年 < 1年`, `满意度 缺少数据 (需 ≥ 95%)`.
 */
export function formatUnmet(u: Unmet, locale: Locale): string {
  const label = fieldLabel(u.field, locale);
  const required = formatFieldValue(u.field, u.required, locale);
  if (u.reason === "missing") {
    return locale === "zh-CN" ? `${label} 缺少数据 (需 ${NEED[u.op]} ${required})` : `${label} missing (needs ${NEED[u.op]} ${required})`;
  }
  if (u.reason === "error") {
    return locale === "zh-CN" ? `${label} 数据错误 (需 ${NEED[u.op]} ${required})` : `${label} unreadable (needs ${NEED[u.op]} ${required})`;
  }
  return `${label} ${formatFieldValue(u.field, u.actual, locale)} ${NEGATED[u.op]} ${required}`;
}

/** All unmet criteria of a target joined with `; `. */
export function formatGaps(unmet: readonly Unmet[], locale: Locale): string {
  return unmet.map((u) => formatUnmet(u, locale)).join("; ");
}
