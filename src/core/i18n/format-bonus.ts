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
import { coreMessages } from "./messages";

const TIME_FIELDS: ReadonlySet<string> = new Set(["tenure", "years_in_level"]);

function unitOf(u: Unmet): GapUnit {
  const kind = TIME_FIELDS.has(u.field) ? "time" : typeof u.required === "number" ? "number" : "text";
  return gapUnit(u.field, kind);
}

function unitWord(unit: GapUnit, field: string, locale: Locale): string {
  const words = coreMessages(locale).bonusUnits;
  const measured = unit === "points" || unit === "percent_points" || unit === "months";
  return !measured && field === "tickets" ? words.tickets : words[unit];
}

/** One unmet criterion of a tier as a shortfall: `工单量差 52 单`, `差错率超 0.5 个百分点`; else as {@link formatUnmet}. */
export function formatShortfall(u: Unmet, locale: Locale): string {
  const unit = unitOf(u);
  const gap = gapOf(u, unit);
  const miss = OPERATORS[u.op].miss;
  if (gap === null || miss === "off") return formatUnmet(u, locale);
  const n = String(Math.round(gap * 100) / 100);
  const label = fieldLabel(u.field, locale);
  return coreMessages(locale).shortfall(label, miss === "over", n, unitWord(unit, u.field, locale));
}

/** The next tier and its shortfalls: `距 B档（800元）：工单量差 52 单；客户满意度差 1.5 个百分点`. */
export function formatBonusGap(gap: BonusGap, locale: Locale): string {
  return coreMessages(locale).bonusGap(gap.tier, gap.amount, gap.unmet.map((u) => formatShortfall(u, locale)));
}

/** What the review sheet says about a bonus beyond its tier and amount: the next tier's gap, or why none is paid. */
export function formatBonus(bonus: BonusResult, locale: Locale): string {
  if (bonus.error) return coreMessages(locale).bonusError;
  return bonus.next ? formatBonusGap(bonus.next, locale) : "";
}
