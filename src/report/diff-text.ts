/** A policy what-if (`diffReviews`) in words: what changed an outcome, and the one-line summary. */
import { formatUnmet, type ChangeKind, type EmployeeChange, type Locale, type ReviewDiff } from "../core";

/** The kind of a change in words: 新可晋升 / newly eligible... */
export function changeKindLabel(kind: ChangeKind, locale: Locale): string {
  const zh = locale === "zh-CN";
  switch (kind) {
    case "newly_eligible":
      return zh ? "新可晋升" : "newly eligible";
    case "no_longer_eligible":
      return zh ? "不再可晋升" : "no longer eligible";
    case "status_changed":
      return zh ? "状态变化" : "status changed";
  }
}

/**
 * What changed an employee's outcome, in words: `A：客户满意度 89% < 90% → B 满足`,
 * `B：综合得分 77.5 < 80（A 满足）`; empty when no criterion of the explaining step changed.
 */
export function changeReason(c: EmployeeChange, locale: Locale): string {
  const t = c.targets.find((x) => x.level === c.target);
  if (!t) return "";
  const zh = locale === "zh-CN";
  const parts = [
    ...t.cleared.map((u) => (zh ? `A：${formatUnmet(u, locale)} → B 满足` : `A: ${formatUnmet(u, locale)} → met under B`)),
    ...t.appeared.map((u) => (zh ? `B：${formatUnmet(u, locale)}（A 满足）` : `B: ${formatUnmet(u, locale)} (met under A)`)),
  ];
  return parts.join(zh ? "；" : "; ");
}

/** The one-line summary of a diff, naming both fingerprints. */
export function diffSummaryText(d: ReviewDiff, locale: Locale): string {
  return locale === "zh-CN"
    ? `${d.counts.newlyEligible} 人新可晋升，${d.counts.noLongerEligible} 人不再可晋升，${d.counts.statusChanged} 人其他状态变化，${d.counts.unchanged} 人不变（A ${d.a.fingerprint} → B ${d.b.fingerprint}）`
    : `${d.counts.newlyEligible} newly eligible, ${d.counts.noLongerEligible} no longer eligible, ${d.counts.statusChanged} other status changes, ${d.counts.unchanged} unchanged (A ${d.a.fingerprint} → B ${d.b.fingerprint})`;
}
