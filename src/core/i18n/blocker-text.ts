/**
 * Blockers (否决) and date criteria in words: `否决：试用期未结束（转正日期 2027-01-15）`,
 * `Blocked: certificate expired (Certificate expiry 2026-10-31)`.
 */
import { OPERATORS } from "../model/operators";
import { AS_OF } from "../model/policy";
import type { Unmet } from "../model/review";
import type { Locale } from "./locale";
import { coreMessages } from "./messages";

/** The review date as a criterion's value reads: 评审日 / review date. */
export function asOfWord(locale: Locale): string {
  return coreMessages(locale).asOf;
}

/** What a date criterion needs: `≤ 评审日`, `不在近12个月内`; null for other criteria. */
export function dateNeedText(u: Pick<Unmet, "op" | "required">, locale: Locale): string | null {
  const wording = OPERATORS[u.op].wording[locale];
  if (OPERATORS[u.op].dateUse === "months") return wording.need([String(u.required)]);
  if (u.required === AS_OF) return wording.need([asOfWord(locale)]);
  return null;
}

/** A date criterion that does not hold: `违纪日期 2026-03-02 在近12个月内`, `转正日期 2027-01-15 > 评审日`. */
export function dateBelowText(u: Unmet, label: string, actual: string, locale: Locale): string | null {
  const wording = OPERATORS[u.op].wording[locale];
  if (OPERATORS[u.op].dateUse === "months") return `${label} ${wording.below(actual, [String(u.required)])}`;
  if (u.required === AS_OF) return `${label} ${wording.below(actual, [asOfWord(locale)])}`;
  return null;
}

/** The built-in reason of the blockers, or null for other criteria. */
function defaultReason(u: Unmet, locale: Locale): string | null {
  const m = coreMessages(locale);
  if (u.window) return null;
  if (u.field === "probation_end" && u.op === "<=" && u.required === AS_OF) return m.inProbation;
  if (u.field === "discipline_date" && u.op === "not_within") return m.disciplined(String(u.required));
  if (u.field === "mandatory_training" && u.op === "=" && u.required === true) return m.trainingNotDone;
  if (u.field === "cert_expiry" && u.op === ">=" && u.required === AS_OF) return m.certExpired;
  return null;
}

/**
 * A blocker that does not hold. Below its threshold: the reason (the blocker's label, else the
 * built-in one for 转正日期 / 违纪日期 / 必修培训 / 证书有效期) with the value, e.g.
 * `否决：试用期未结束（转正日期 2027-01-15）`; without a reason, or when the value is missing or
 * unreadable (the reason would then be a guess), the criterion in words after `否决：`.
 * @param plain - the criterion in words, as for any criterion
 * @param valueText - the label and the employee's value (`转正日期 2027-01-15`)
 */
export function blockerText(u: Unmet, plain: string, valueText: string, locale: Locale): string {
  const m = coreMessages(locale);
  const reason = u.label ?? defaultReason(u, locale);
  if (u.reason !== "below" || reason === null) return m.blocked(plain);
  const detail = typeof u.actual === "string" || typeof u.actual === "boolean" ? valueText : plain;
  return m.blockedBecause(reason, detail);
}
