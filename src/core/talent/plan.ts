/**
 * Development plans (个人发展计划, IDP): for each employee who is not ready, the action for each
 * unmet criterion, scheduled one after another from the review date, shortest first, and the
 * date they are projected to be ready.
 */
import { dayFromIso, isoFromDay } from "../evaluate/calendar";
import { fieldLabel } from "../i18n/labels";
import type { Locale } from "../i18n/locale";
import { coreMessages } from "../i18n/messages";
import type { DevelopmentAction } from "../model/policy";
import type { PersonRef, Review, Unmet } from "../model/review";
import { windowLabel } from "../i18n/window-label";
import type { ReadinessBand, Readiness } from "./readiness";
import { isTimeUnmet, type TimeDates } from "./time-only";
import { mustExist } from "../util/must";

/** One action of a plan, or an unmet criterion no action covers (`action` null). */
export interface PlanStep {
  /** 1-based place in the plan. */
  readonly order: number;
  readonly action: string | null;
  readonly owner: string | null;
  readonly weeks: number | null;
  readonly note: string | null;
  /** The unmet criteria it addresses (two criteria mapped to the same action share one step). */
  readonly criteria: readonly Unmet[];
  /** The earliest start: the review date, or the day the previous action is done. Null when unmapped. */
  readonly start: string | null;
  /** The earliest date it can be done: start + 7 × weeks days. Null when unmapped. */
  readonly done: string | null;
}

/** The plan towards one next level. */
export interface PlanTarget {
  readonly level: string;
  readonly band: ReadinessBand;
  readonly steps: readonly PlanStep[];
  /** Unmet criteria that only time settles (任现职, 司龄, 转正日期...). */
  readonly waits: readonly Unmet[];
  /** When the time-based criteria are met (null: none unmet, or not projectable). */
  readonly waitUntil: string | null;
  /** max(last action done, waitUntil); null when a criterion has no action or a date cannot be projected. */
  readonly projected: string | null;
  /** Criteria without an action in the 发展措施 table. */
  readonly unmapped: readonly Unmet[];
}

/** An employee's development plan. */
export interface DevelopmentPlan extends PersonRef {
  readonly band: ReadinessBand;
  /** One per next level that is not ready now. */
  readonly targets: readonly PlanTarget[];
}

const DAY_WEEK = 7;

/** The criteria's actions grouped and ordered: mapped first by weeks then table order, unmapped last. */
function groupSteps(unmet: readonly Unmet[], actions: readonly DevelopmentAction[]): { action: DevelopmentAction | null; index: number; criteria: Unmet[] }[] {
  const groups = new Map<string, { action: DevelopmentAction | null; index: number; criteria: Unmet[] }>();
  unmet.forEach((u, j) => {
    const index = actions.findIndex((a) => a.field === u.field);
    const action = actions[index] ?? null;
    const key = action ? `a:${action.action}` : `u:${j}`;
    const g = groups.get(key);
    if (g) g.criteria.push(u);
    else groups.set(key, { action, index: action ? index : actions.length + j, criteria: [u] });
  });
  return [...groups.values()].sort((a, b) => {
    if ((a.action === null) !== (b.action === null)) return a.action === null ? 1 : -1;
    return (a.action?.weeks ?? 0) - (b.action?.weeks ?? 0) || a.index - b.index;
  });
}

/**
 * The plan towards one next level, scheduled from `asOf`: actions one after another, shortest
 * first (ties: the order of the 发展措施 table), so each is done as early as it can be and the
 * last is done on the review date plus the sum of their weeks.
 * @param waitUntil - when the time-based criteria are met (see `timeDates`); null when not projectable
 * @example planTarget({ level: "高级客服", band: "develop", unmet }, actions, "2026-11-23", null).projected
 */
export function planTarget(t: { level: string; band: ReadinessBand; unmet: readonly Unmet[] }, actions: readonly DevelopmentAction[], asOf: string, waitUntil: string | null): PlanTarget {
  const waits = t.unmet.filter(isTimeUnmet);
  const groups = groupSteps(t.unmet.filter((u) => !isTimeUnmet(u)), actions);
  let day = mustExist(dayFromIso(asOf), `day of ${asOf}`);
  const steps: PlanStep[] = groups.map((g, i) => {
    if (!g.action) return { order: i + 1, action: null, owner: null, weeks: null, note: null, criteria: g.criteria, start: null, done: null };
    const start = day;
    day += Math.round(g.action.weeks * DAY_WEEK);
    return { order: i + 1, action: g.action.action, owner: g.action.owner, weeks: g.action.weeks, note: g.action.note ?? null, criteria: g.criteria, start: isoFromDay(start), done: isoFromDay(day) };
  });
  const unmapped = steps.filter((s) => s.action === null).flatMap((s) => s.criteria);
  const waitOk = waits.length === 0 || waitUntil !== null;
  const lastDone = isoFromDay(day);
  const projected = unmapped.length > 0 || !waitOk ? null : waitUntil !== null && waits.length > 0 && waitUntil > lastDone ? waitUntil : lastDone;
  return { level: t.level, band: t.band, steps, waits, waitUntil: waits.length > 0 ? waitUntil : null, projected, unmapped };
}

/**
 * The development plans of every employee who is not ready now (bands 1 年内 to 需发展; 已最高 and
 * 数据错误 have none), one target per next level that is not ready, in roster order.
 * @param times - the time-based dates even where other criteria are unmet (`timeDates`); without
 *   them a wait is dated only when time alone is missing (the review's ready date)
 * @example developmentPlans(review, readiness(review, [12, 24]), talentSettings(policy).actions, timeDates(input, policy, { asOf }))
 */
export function developmentPlans(review: Pick<Review, "asOf">, ready: readonly Readiness[], actions: readonly DevelopmentAction[], times?: TimeDates): DevelopmentPlan[] {
  const plans: DevelopmentPlan[] = [];
  for (const r of ready) {
    if (r.band === "ready_now" || r.band === "top" || r.band === "error") continue;
    const targets = r.targets.map((t) => {
      const time = times?.get(r.row)?.get(t.level);
      const waitUntil = time ? (time.kind === "on" ? time.date : null) : t.readyDate;
      return planTarget(t, actions, review.asOf, waitUntil);
    });
    plans.push({ row: r.row, id: r.id, name: r.name, dept: r.dept, level: r.level, band: r.band, targets });
  }
  return plans;
}

/** A criterion's name as the plan shows it (the window's label for a rolling window). */
export function criterionName(u: Unmet, locale: Locale): string {
  return u.window ? windowLabel(u.field, u.window, locale) : fieldLabel(u.field, locale);
}

/**
 * The plan in one sentence: `完成「数据分析与挖掘（第二周）」后，预计 2027-03-01 可晋升为高级客服`;
 * with time to wait, `…并满足任现职条件后…`; with a criterion no action covers, what to add.
 * @example planSentence(plan.targets[0], "zh-CN")
 */
export function planSentence(t: PlanTarget, locale: Locale): string {
  const m = coreMessages(locale);
  if (t.unmapped.length > 0) return m.planUnmapped(t.unmapped.map((u) => criterionName(u, locale)).join(m.listSep));
  const acts = t.steps.map((s) => m.action(s.action ?? "")).join(m.actionSep);
  const waits = [...new Set(t.waits.map((u) => criterionName(u, locale)))].join(m.listSep);
  return t.projected === null ? m.planUndated(acts, waits) : m.planProjected(acts, waits, t.level, t.projected);
}
