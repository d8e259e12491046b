/**
 * Checks of blockers (否决), date criteria against the review date, rolling windows and the
 * number of criteria a path holds, for {@link validatePolicy}.
 */
import { fieldDef } from "../model/fields";
import { OPERATORS } from "../model/operators";
import { AS_OF, MAX_PATH_CRITERIA, type Criterion, type Policy } from "../model/policy";
import type { PolicyIssue } from "./validate";
import { must } from "../util/must";

/** Longest rolling window, in months. */
export const MAX_WINDOW_MONTHS = 36;
/** Longest not_within period, in months (100 years). */
const MAX_WITHIN_MONTHS = 1200;

const WINDOW_FIELD_TYPES: ReadonlySet<string> = new Set(["score", "percent", "count", "years"]);
const DERIVED: ReadonlySet<string> = new Set(["tenure", "years_in_level", "score"]);

function isWhole(v: unknown, min: number, max: number): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
}

function show(value: unknown): string {
  return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
}

/** Problems of a window: its shape, its field (a number column) and its operator. */
function checkWindow(c: Criterion, at: (string | number)[], issues: PolicyIssue[]): void {
  const w: unknown = c.window;
  const bad = (reason: string, extra: Record<string, string | number> = {}): void => {
    issues.push({ code: "bad_window", path: [...at, "window"], detail: { field: c.field, reason, ...extra } });
  };
  if (typeof w !== "object" || w === null) return bad("shape");
  const { months, agg, floor } = w as { months?: unknown; agg?: unknown; floor?: unknown };
  if (!isWhole(months, 1, MAX_WINDOW_MONTHS)) bad("months", { months: show(months), max: MAX_WINDOW_MONTHS });
  if (agg !== "avg" && agg !== "min" && agg !== "count_at_least") bad("agg", { agg: show(agg) });
  if (agg === "count_at_least" && !(typeof floor === "number" && Number.isFinite(floor))) bad("floor", { floor: show(floor) });
  if (agg !== "count_at_least" && floor !== undefined) bad("floor_unused", { floor: show(floor) });
  const type = fieldDef(c.field)?.type;
  if (DERIVED.has(c.field) || (type !== undefined && !WINDOW_FIELD_TYPES.has(type))) bad("field");
  if (!OPERATORS[c.op].onWindow) bad("op", { op: c.op });
  if (agg === "count_at_least" && isWhole(months, 1, MAX_WINDOW_MONTHS) && typeof c.value === "number" && c.value > months) {
    bad("count_over_months", { count: c.value, months });
  }
}

/**
 * Checks what only dates, not_within and windows allow. Returns true when it decided the
 * criterion's value (the caller then skips its own value check).
 * - a date field (转正日期...) takes `<=` / `>=` with the review date (`as_of`), or `not_within`
 *   with a whole number of months;
 * - `not_within` applies to date fields only;
 * - a window needs whole months (1-36), an aggregate, a floor for count_at_least, a number field
 *   and an operator that may judge a window (`OperatorDef.onWindow`); count_at_least compares a
 *   number of months.
 */
export function checkSpecialCriterion(c: Criterion, at: (string | number)[], issues: PolicyIssue[]): boolean {
  const type = fieldDef(c.field)?.type;
  if (c.window !== undefined) {
    checkWindow(c, at, issues);
    if (c.window?.agg !== "count_at_least") return false;
    if (!(typeof c.value === "number" && Number.isFinite(c.value) && c.value >= 0)) {
      issues.push({ code: "bad_value", path: [...at, "value"], detail: { field: c.field, op: c.op, value: show(c.value), expected: "count" } });
    }
    return true;
  }
  const use = OPERATORS[c.op].dateUse;
  if (type === "date") {
    if (use === "months") {
      if (!isWhole(c.value, 1, MAX_WITHIN_MONTHS)) {
        issues.push({ code: "bad_value", path: [...at, "value"], detail: { field: c.field, op: c.op, value: show(c.value), expected: "months" } });
      }
    } else if (use === "from" || use === "until") {
      if (c.value !== AS_OF) issues.push({ code: "bad_value", path: [...at, "value"], detail: { field: c.field, op: c.op, value: show(c.value), expected: "as_of" } });
    } else {
      issues.push({ code: "op_field", path: [...at, "op"], detail: { field: c.field, op: c.op, kind: "date" } });
    }
    return true;
  }
  if (use === "months") {
    issues.push({ code: "op_field", path: [...at, "op"], detail: { field: c.field, op: c.op, kind: "not_date" } });
    return true;
  }
  return false;
}

/**
 * Blockers: their levels (known names or aliases), a scope that covers at least one step, and
 * their criteria (checked by `checkCriterion`; a composite score cannot block, since the steps
 * it covers need not have one).
 */
export function checkBlockers(
  p: Policy,
  levelIndex: ReadonlyMap<string, number>,
  fold: (text: string) => string,
  checkCriterion: (c: Criterion, at: (string | number)[], issues: PolicyIssue[]) => void,
  issues: PolicyIssue[],
): void {
  (p.blockers ?? []).forEach((b, i) => {
    const at: (string | number)[] = ["blockers", i];
    let known = true;
    for (const end of ["from", "to"] as const) {
      const level = b[end];
      if (level !== undefined && !levelIndex.has(fold(level))) {
        issues.push({ code: "unknown_level", path: [...at, end], detail: { level } });
        known = false;
      }
    }
    if (known) {
      const from = b.from === undefined ? -1 : must(levelIndex.get(fold(b.from)), `level ${b.from}`);
      const to = b.to === undefined ? -1 : must(levelIndex.get(fold(b.to)), `level ${b.to}`);
      const covers = (p.steps ?? []).some(
        (s) => (from < 0 || levelIndex.get(fold(s.from)) === from) && (to < 0 || levelIndex.get(fold(s.to)) === to),
      );
      if (!covers) issues.push({ code: "blocker_scope", path: at, detail: { from: b.from ?? "*", to: b.to ?? "*" } });
    }
    const c = b.criterion;
    if (c?.field === "score") issues.push({ code: "blocker_score", path: [...at, "criterion", "field"], detail: { field: "score" } });
    else if (c) checkCriterion(c, [...at, "criterion"], issues);
  });
}

/**
 * Each path may hold {@link MAX_PATH_CRITERIA} criteria, the blockers that apply to its step
 * included (a blocker whose level is unknown is left to its own issue).
 */
export function checkCriteriaCount(p: Policy, levelIndex: ReadonlyMap<string, number>, fold: (text: string) => string, issues: PolicyIssue[]): void {
  const level = (name: string | undefined): number | undefined => (name === undefined ? -1 : levelIndex.get(fold(name)));
  const blockers = (p.blockers ?? []).map((b) => ({ from: level(b.from), to: level(b.to) }));
  (p.steps ?? []).forEach((step, s) => {
    const from = levelIndex.get(fold(step.from));
    const to = levelIndex.get(fold(step.to));
    const added = blockers.filter((b) => b.from !== undefined && b.to !== undefined && (b.from < 0 || b.from === from) && (b.to < 0 || b.to === to)).length;
    (step.paths ?? []).forEach((path, k) => {
      const count = (path.criteria ?? []).length + added;
      if (count > MAX_PATH_CRITERIA) {
        issues.push({ code: "too_many_criteria", path: ["steps", s, "paths", k, "criteria"], detail: { from: step.from, to: step.to, pathId: path.id, path: path.label ?? path.id, count, blockers: added, max: MAX_PATH_CRITERIA } });
      }
    });
  });
}
