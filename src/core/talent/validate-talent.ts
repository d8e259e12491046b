/**
 * Checks of a policy's talent settings (readiness bands, forecast months, key levels,
 * development actions), reported like every other policy issue.
 */
import type { Policy } from "../model/policy";
import type { PolicyIssue } from "../policy/validate";

/** The largest band limit and forecast length accepted, in months. */
export const MAX_TALENT_MONTHS = 120;

const wholeMonths = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= MAX_TALENT_MONTHS;

/** A value as HR typed it: a list as `24, 12`. */
const show = (v: unknown): string => (typeof v === "string" ? v : Array.isArray(v) ? v.join(", ") : (JSON.stringify(v) ?? String(v)));

/**
 * Adds the issues of `policy.talent`: band limits that are not two whole months 1 <= a < b <= 120
 * (`bad_bands`), forecast months that are not a whole number from 1 to 120 (`bad_forecast`), a key
 * level that is not a level (`key_level`), an action without field, text or valid weeks
 * (`bad_action`), and two actions for one field (`duplicate_action`).
 * @param fold - the text fold level names are compared with
 * @example checkTalent(policy, index, fold, issues) // issues gets { code: "bad_bands", path: ["talent", "bands"] } for [24, 12]
 */
export function checkTalent(policy: Policy, levelIndex: ReadonlyMap<string, number>, fold: (t: string) => string, issues: PolicyIssue[]): void {
  const t = policy.talent;
  if (!t) return;
  if (t.bands !== undefined) {
    const [a, b] = Array.isArray(t.bands) ? t.bands : [];
    if (!(Array.isArray(t.bands) && t.bands.length === 2 && wholeMonths(a) && wholeMonths(b) && a < b)) {
      issues.push({ code: "bad_bands", path: ["talent", "bands"], detail: { value: show(t.bands), max: MAX_TALENT_MONTHS } });
    }
  }
  if (t.forecastMonths !== undefined && !wholeMonths(t.forecastMonths)) {
    issues.push({ code: "bad_forecast", path: ["talent", "forecastMonths"], detail: { value: show(t.forecastMonths), max: MAX_TALENT_MONTHS } });
  }
  (t.keyLevels ?? []).forEach((level, i) => {
    if (typeof level !== "string" || !levelIndex.has(fold(level))) issues.push({ code: "key_level", path: ["talent", "keyLevels", i], detail: { level: show(level) } });
  });
  const seen = new Map<string, number>();
  (t.actions ?? []).forEach((a, i) => {
    const at = ["talent", "actions", i];
    const weeks: unknown = a.weeks;
    if (typeof a.field !== "string" || a.field.trim() === "") issues.push({ code: "bad_action", path: [...at, "field"], detail: { reason: "field", row: i + 1 } });
    else {
      const first = seen.get(fold(a.field));
      if (first !== undefined) issues.push({ code: "duplicate_action", path: [...at, "field"], detail: { field: a.field, firstAction: first } });
      else seen.set(fold(a.field), i);
    }
    if (typeof a.action !== "string" || a.action.trim() === "") issues.push({ code: "bad_action", path: [...at, "action"], detail: { reason: "action", field: show(a.field) } });
    if (typeof weeks !== "number" || !Number.isFinite(weeks) || weeks < 0) issues.push({ code: "bad_action", path: [...at, "weeks"], detail: { reason: "weeks", field: show(a.field), value: show(weeks) } });
  });
}
