/**
 * Bonus results in words: what the next tier up still needs (`距 B档（800元）：工单量差 52 单；
 * 客户满意度差 1.5 个百分点`).
 */
import { OPERATORS } from "../model/operators";
import { gapOf, gapUnit, type GapUnit } from "../insight/near-miss";
import type { BonusGap, BonusResult, Unmet } from "../model/review";
import { formatUnmet } from "./format-unmet";
import { fieldLabel } from "./labels";
import type { Locale } from "./locale";

const TIME_FIELDS: ReadonlySet<string> = new Set(["tenure", "years_in_level"]);

function unitOf(u: Unmet): GapUnit {
  const kind = TIME_FIELDS.has(u.field) ? "time" : typeof u.required === "number" ? "number" : "text";
  return gapUnit(u.field, kind);
}

function unitWord(unit: GapUnit, field: string, locale: Locale): string {
  const zh = locale === "zh-CN";
  switch (unit) {
    case "points":
      return zh ? " 分" : " pt";
    case "percent_points":
      return zh ? " 个百分点" : " pp";
    case "months":
      return zh ? " 个月" : " mo";
    default:
      return field === "tickets" && zh ? " 单" : "";
  }
}

/** One unmet criterion of a tier as a shortfall: `工单量差 52 单`, `差错率超 0.5 个百分点`; else as {@link formatUnmet}. */
export function formatShortfall(u: Unmet, locale: Locale): string {
  const unit = unitOf(u);
  const gap = gapOf(u, unit);
  const miss = OPERATORS[u.op].miss;
  if (gap === null || miss === "off") return formatUnmet(u, locale);
  const n = String(Math.round(gap * 100) / 100);
  const label = fieldLabel(u.field, locale);
  const over = miss === "over";
  return locale === "zh-CN" ? `${label}${over ? "超" : "差"} ${n}${unitWord(unit, u.field, locale)}` : `${label} ${over ? "over" : "short"} by ${n}${unitWord(unit, u.field, locale)}`;
}

/** The next tier and its shortfalls: `距 B档（800元）：工单量差 52 单；客户满意度差 1.5 个百分点`. */
export function formatBonusGap(gap: BonusGap, locale: Locale): string {
  const parts = gap.unmet.map((u) => formatShortfall(u, locale));
  return locale === "zh-CN"
    ? `距 ${gap.tier}（${gap.amount}元）：${parts.join("；")}`
    : `To ${gap.tier} (${gap.amount} yuan): ${parts.join("; ")}`;
}

/** What the review sheet says about a bonus beyond its tier and amount: the next tier's gap, or why none is paid. */
export function formatBonus(bonus: BonusResult, locale: Locale): string {
  if (bonus.error) return locale === "zh-CN" ? "数据错误：改正数据问题后才能计算奖金" : "Data error: fix the data issues to compute the bonus";
  return bonus.next ? formatBonusGap(bonus.next, locale) : "";
}
