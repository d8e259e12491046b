/** A policy what-if (`diffReviews`) in words: what changed an outcome, and the one-line summary. */
import { formatUnmet, type ChangeKind, type EmployeeChange, type Locale, type ReviewDiff } from "../core";
import { reportMessages } from "./messages";

/** The kind of a change in words: 新可晋升 / newly eligible... */
export function changeKindLabel(kind: ChangeKind, locale: Locale): string {
  return reportMessages(locale).changeKind[kind];
}

/**
 * What changed an employee's outcome, in words: `A：客户满意度 89% < 90% → B 满足`,
 * `B：综合得分 77.5 < 80（A 满足）`; empty when no criterion of the explaining step changed.
 */
export function changeReason(c: EmployeeChange, locale: Locale): string {
  const t = c.targets.find((x) => x.level === c.target);
  if (!t) return "";
  const m = reportMessages(locale);
  const parts = [...t.cleared.map((u) => m.cleared(formatUnmet(u, locale))), ...t.appeared.map((u) => m.appeared(formatUnmet(u, locale)))];
  return parts.join(m.clauseSep);
}

/** The one-line summary of a diff, naming both fingerprints. */
export function diffSummaryText(d: ReviewDiff, locale: Locale): string {
  const c = d.counts;
  return reportMessages(locale).diffSummary(c.newlyEligible, c.noLongerEligible, c.statusChanged, c.unchanged, d.a.fingerprint, d.b.fingerprint);
}
