/**
 * Time-based criteria, and the dates they will be met even while other criteria are unmet: a
 * development plan needs both (the review gives a ready date only when time alone is missing).
 */
import { fieldDef, TIME_FIELDS } from "../model/fields";
import { OPERATORS } from "../model/operators";
import type { Criterion, Policy } from "../model/policy";
import type { RosterInput } from "../model/roster";
import type { Unmet } from "../model/review";
import { reviewRoster, type ReviewOptions } from "../review/start-review";
import { must } from "../util/must";

/**
 * True for a criterion only time settles: 任现职, 司龄, 工作年限 (met by time where it falls back to
 * 司龄), a date on or before the review date (转正日期 <= 评审日) and a record older than N months
 * (违纪日期 not_within N). Rolling windows never are.
 * @example isTimeCriterion({ field: "years_in_level", op: ">=", value: 1 }) //=> true
 */
export function isTimeCriterion(c: Pick<Criterion, "field" | "op" | "window">): boolean {
  if (c.window) return false;
  if (TIME_FIELDS.has(c.field) || c.field === "experience") return true;
  return fieldDef(c.field)?.type === "date" && (c.op === "not_within" || OPERATORS[c.op]?.dateUse === "from");
}

/** True for an unmet criterion that time alone will settle (see {@link isTimeCriterion}). */
export function isTimeUnmet(u: Unmet): boolean {
  return isTimeCriterion(u);
}

/**
 * The policy with only its time-based criteria: each step keeps its standard (first) path, and
 * the time-based blockers. Reviewing a roster with it gives, per next level, the date every
 * time-based criterion of the standard path is met.
 * @example timeOnlyPolicy(getTemplate("taobao-cs")!).steps[0].paths[0].criteria //=> [{ field: "years_in_level", op: ">=", value: 0.5 }]
 */
export function timeOnlyPolicy(policy: Policy): Policy {
  const blockers = (policy.blockers ?? []).filter((b) => isTimeCriterion(b.criterion));
  return {
    id: policy.id,
    name: policy.name,
    nameEn: policy.nameEn,
    version: policy.version,
    levels: policy.levels,
    steps: policy.steps.map((s) => {
      const path = must(s.paths[0], `first path of ${s.from}→${s.to}`);
      return { from: s.from, to: s.to, ...(s.vacancy ? { vacancy: true } : {}), paths: [{ ...path, criteria: path.criteria.filter(isTimeCriterion) }] };
    }),
    ...(blockers.length > 0 ? { blockers } : {}),
  };
}

/**
 * Per sheet row and next level, the date the time-based criteria of the standard path are met:
 * the review date's own day counts as met already (null), a date, or null when it cannot be
 * projected (a missing 入职日期) — see {@link timeDates}.
 */
export type TimeDates = ReadonlyMap<number, ReadonlyMap<string, TimeDate>>;

/** A level's time date: met already, met on a date, or not projectable. */
export type TimeDate = { readonly kind: "met" } | { readonly kind: "on"; readonly date: string } | { readonly kind: "unknown" };

/**
 * Reviews the roster with {@link timeOnlyPolicy} and keeps each row's time dates.
 * @example timeDates(input, policy, { asOf: "2026-11-23" }).get(7)?.get("高级客服")
 */
export function timeDates(input: RosterInput, policy: Policy, options: ReviewOptions): TimeDates {
  const review = reviewRoster(input, timeOnlyPolicy(policy), options);
  const out = new Map<number, Map<string, TimeDate>>();
  for (const r of review.rows) {
    out.set(
      r.row,
      new Map(r.targets.map((t): [string, TimeDate] => [t.level, t.met ? { kind: "met" } : t.readyDate !== null ? { kind: "on", date: t.readyDate } : { kind: "unknown" }])),
    );
  }
  return out;
}
