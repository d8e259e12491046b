import { fieldDef } from "../model/fields";
import { isOp, OPERATORS } from "../model/operators";
import type { Criterion, Policy, Step } from "../model/policy";
import { checkTalent } from "../talent/validate-talent";
import { checkBlockers, checkCriteriaCount, checkSpecialCriterion } from "./validate-rules";

/** What is wrong with a policy (see {@link validatePolicy}). */
export type PolicyIssueCode =
  /** A criterion's field is empty (custom fields by header text are allowed). */
  | "unknown_field"
  /** A criterion's op is none of the operators (`model/operators.ts`). */
  | "unknown_op"
  /** A criterion's value does not suit its field and op. */
  | "bad_value"
  /** A composite score's weights do not sum to 1 (within 1e-6). */
  | "weights_sum"
  /** A composite score weighs a field that is not a score field, or has a negative weight. */
  | "weight_field"
  /** A step's `from` or `to` is neither a level nor an alias. */
  | "unknown_level"
  /** A level name or alias is used twice (compared case- and width-folded). */
  | "duplicate_level"
  /** The steps form a cycle. */
  | "cycle"
  /** A level is not reachable from the first level. */
  | "unreachable"
  /** A step has no paths, or a path has no criteria. */
  | "no_paths"
  /** A `score` criterion on a step without a composite score. */
  | "score_without_weights"
  /** The same from -> to step appears twice. */
  | "duplicate_step"
  /** A reserve level whose allowance is missing, not a finite number, or negative. */
  | "bad_allowance"
  /** A bonus tier whose amount is not a finite number of 0 or more. */
  | "bad_amount"
  /** A bonus tier without a name. */
  | "tier_name"
  /** Two bonus tiers with the same name (compared case- and width-folded). */
  | "duplicate_tier"
  /** A bonus tier criterion on a field that only a promotion step has (综合得分). */
  | "bonus_field"
  /** 9-box cut points that are not 0 < mid < high <= 100. */
  | "bad_nine_box"
  /** A level's pay (月薪 or band) that is not a number of 0 or more, or a band whose 最低 <= 中位 <= 最高 does not hold. */
  | "bad_pay"
  /** A calibration setting that cannot be used: a negative tolerance, or target bands whose shares do not sum to 100%, out of order or unnamed. */
  | "bad_calibration"

  /** Talent settings (`talent/validate-talent.ts`): band limits, forecast months, key levels, development actions. */
  | "bad_bands"
  | "bad_forecast"
  | "key_level"
  | "bad_action"
  | "duplicate_action";

/** Codes of blockers, date criteria and rolling windows (see `validate-rules.ts`). */
export type PolicyRuleIssueCode =
  /** An operator the field cannot take (not_within on a non-date field; = or in on a date). */
  | "op_field"
  /** A rolling window that is malformed, on a non-number field, or with an operator it cannot take. */
  | "bad_window"
  /** A blocker whose 从/到 cover no step. */
  | "blocker_scope"
  /** A blocker on the composite score. */
  | "blocker_score"
  /** A path with more criteria than a review can explain, the blockers on its step counted. */
  | "too_many_criteria";

/** One problem found in a policy. */
export interface PolicyIssue {
  readonly code: PolicyIssueCode | PolicyRuleIssueCode;
  /** Where in the policy, e.g. `["steps", 3, "paths", 0, "criteria", 1, "field"]`. */
  readonly path: (string | number)[];
  /** Facts about the problem (the offending value, what was expected...). */
  readonly detail: Record<string, string | number>;
}

/** Education names accepted as thresholds (catalogue §2), folded. */
const EDUCATION_NAMES: ReadonlySet<string> = new Set(
  [
    "初中",
    "高中",
    "中专",
    "职高",
    "大专",
    "本科",
    "硕士",
    "博士",
    "junior high",
    "high school",
    "associate",
    "bachelor",
    "master",
    "doctorate",
    "phd",
  ].map(fold),
);

const NUMERIC_TYPES: ReadonlySet<string> = new Set(["years", "score", "percent", "count"]);

/** Text fold used to compare level names: NFKC (full-width to half-width), trim, lower case. */
function fold(text: string): string {
  return text.normalize("NFKC").trim().toLowerCase();
}

/** True when `key` is a canonical roster field (`FIELDS`) or a derived one (`tenure`, `years_in_level`, `score`). */
export function isKnownField(key: string): boolean {
  return fieldDef(key) !== undefined;
}

function show(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json;
  } catch {
    return String(value);
  }
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

/** Two finite numbers, low then high. */
function isRange(v: unknown): boolean {
  return Array.isArray(v) && v.length === 2 && isFiniteNumber(v[0]) && isFiniteNumber(v[1]) && v[0] <= v[1];
}

/** What kind of value a criterion needs, or undefined when anything goes. */
function expectedValue(c: Criterion): string | undefined {
  const operand = OPERATORS[c.op].operand;
  const type = fieldDef(c.field)?.type;
  if (operand === "list") return Array.isArray(c.value) ? undefined : "array";
  if (operand === "range") return isRange(c.value) && (type === undefined || NUMERIC_TYPES.has(type)) ? undefined : "range";
  if (Array.isArray(c.value)) return "scalar";
  if (type === "education") {
    return typeof c.value === "string" && EDUCATION_NAMES.has(fold(c.value)) ? undefined : "education";
  }
  if (type === "boolean") {
    if (c.op !== "=") return "op = with a boolean";
    return typeof c.value === "boolean" ? undefined : "boolean";
  }
  if (type !== undefined && NUMERIC_TYPES.has(type)) {
    return isFiniteNumber(c.value) ? undefined : "number";
  }
  return undefined;
}

function checkCriterion(c: Criterion, at: (string | number)[], step: Step | null, issues: PolicyIssue[]): void {
  const field: unknown = c.field;
  if (typeof field !== "string" || field.trim() === "") {
    issues.push({ code: "unknown_field", path: [...at, "field"], detail: { field: show(field) } });
    return;
  }
  if (!isOp(c.op)) {
    issues.push({ code: "unknown_op", path: [...at, "op"], detail: { field, op: show(c.op) } });
  } else if (!checkSpecialCriterion(c, at, issues)) {
    const expected = expectedValue(c);
    if (expected !== undefined) {
      issues.push({
        code: "bad_value",
        path: [...at, "value"],
        detail: { field, op: c.op, value: show(c.value), expected },
      });
    }
  }
  if (field === "score" && step !== null && step.score === undefined) {
    issues.push({ code: "score_without_weights", path: [...at, "field"], detail: { from: step.from, to: step.to } });
  }
}

function checkWeights(step: Step, at: (string | number)[], issues: PolicyIssue[]): void {
  if (step.score === undefined) return;
  const weights = step.score.weights ?? {};
  let sum = 0;
  for (const [key, w] of Object.entries(weights)) {
    sum += isFiniteNumber(w) ? w : NaN;
    if (fieldDef(key)?.type !== "score" || key === "score") {
      issues.push({ code: "weight_field", path: [...at, "score", "weights", key], detail: { field: key, reason: "not_score_field" } });
    } else if (!isFiniteNumber(w) || w < 0) {
      issues.push({ code: "weight_field", path: [...at, "score", "weights", key], detail: { field: key, reason: "bad_weight", weight: show(w) } });
    }
  }
  if (!(Math.abs(sum - 1) <= 1e-6)) {
    issues.push({ code: "weights_sum", path: [...at, "score", "weights"], detail: { sum: Number.isFinite(sum) ? sum : show(sum) } });
  }
}

/** 9-box cut points: two finite numbers with 0 < mid < high <= 100 per axis. */
function checkNineBox(p: Policy, issues: PolicyIssue[]): void {
  if (p.nineBox === undefined) return;
  for (const axis of ["perf", "potential"] as const) {
    const cuts: unknown = p.nineBox[axis];
    const [mid, high] = Array.isArray(cuts) ? (cuts as unknown[]) : [];
    const ok = Array.isArray(cuts) && cuts.length === 2 && isFiniteNumber(mid) && isFiniteNumber(high) && mid > 0 && mid < high && high <= 100;
    if (!ok) issues.push({ code: "bad_nine_box", path: ["nineBox", axis], detail: { axis, value: show(cuts) } });
  }
}

/** Pay per level (issue #21): each amount a number >= 0, and a band in order 最低 <= 中位 <= 最高. */
function checkPay(p: Policy, issues: PolicyIssue[]): void {
  (p.levels ?? []).forEach((level, i) => {
    const pay = level.pay;
    if (pay === undefined) return;
    const amounts = (["monthly", "min", "mid", "max"] as const).filter((k) => pay[k] !== undefined);
    for (const k of amounts) {
      const v: unknown = pay[k];
      if (!isFiniteNumber(v) || v < 0) issues.push({ code: "bad_pay", path: ["levels", i, "pay", k], detail: { level: level.name, pay: show(v) } });
    }
    const band = (["min", "mid", "max"] as const).map((k) => pay[k]).filter((v): v is number => isFiniteNumber(v));
    if (band.some((v, j) => v < (band[j - 1] ?? -Infinity))) issues.push({ code: "bad_pay", path: ["levels", i, "pay", "min"], detail: { level: level.name, reason: "band_order", pay: band.join(" / ") } });
  });
}

/** Calibration (issue #21): tolerances >= 0 (分布容差 at most 100%), bands named, highest first, shares summing to 100%. */
function checkCalibration(p: Policy, issues: PolicyIssue[]): void {
  const c = p.calibration;
  if (c === undefined) return;
  const bad = (key: string, reason: string, value: unknown): void => {
    issues.push({ code: "bad_calibration", path: ["calibration", key], detail: { key, reason, value: show(value) } });
  };
  if (c.tolerance !== undefined && (!isFiniteNumber(c.tolerance) || c.tolerance < 0)) bad("tolerance", "negative", c.tolerance);
  if (c.bandTolerance !== undefined && (!isFiniteNumber(c.bandTolerance) || c.bandTolerance < 0 || c.bandTolerance > 1)) bad("bandTolerance", "fraction", c.bandTolerance);
  const bands = c.bands;
  if (bands === undefined) return;
  const text = bands.map((b) => `${b.label} ${b.min ?? ""} ${b.share}`).join("; ");
  if (bands.length === 0 || bands.some((b) => typeof b.label !== "string" || b.label.trim() === "" || !isFiniteNumber(b.share) || b.share < 0)) return bad("bands", "shape", text);
  const sum = bands.reduce((a, b) => a + b.share, 0);
  if (Math.abs(sum - 1) > 1e-6) bad("bands", "sum", Math.round(sum * 1e6) / 1e4);
  const mins = bands.map((b) => b.min);
  const ordered = mins.every((m, j) => (m === null ? j === mins.length - 1 : isFiniteNumber(m) && (j === 0 || m < (mins[j - 1] ?? -Infinity))));
  if (!ordered) bad("bands", "order", text);
  if (new Set(bands.map((b) => fold(b.label))).size !== bands.length) bad("bands", "duplicate", text);
}

/** Bonus tiers: names (present, unique), amounts (>= 0), level scopes (known levels) and criteria. */
function checkBonus(p: Policy, levelIndex: ReadonlyMap<string, number>, issues: PolicyIssue[]): void {
  const names = new Map<string, number>();
  (p.bonus?.tiers ?? []).forEach((tier, i) => {
    const at: (string | number)[] = ["bonus", "tiers", i];
    const name: unknown = tier.name;
    if (typeof name !== "string" || name.trim() === "") {
      issues.push({ code: "tier_name", path: [...at, "name"], detail: { tier: i + 1 } });
    } else {
      const first = names.get(fold(name));
      if (first !== undefined) issues.push({ code: "duplicate_tier", path: [...at, "name"], detail: { tier: name, firstTier: first } });
      else names.set(fold(name), i);
    }
    const amount: unknown = tier.amount;
    if (!isFiniteNumber(amount) || amount < 0) issues.push({ code: "bad_amount", path: [...at, "amount"], detail: { tier: show(name), amount: show(amount) } });
    (tier.levels ?? []).forEach((level, j) => {
      if (!levelIndex.has(fold(level))) issues.push({ code: "unknown_level", path: [...at, "levels", j], detail: { level } });
    });
    (tier.criteria ?? []).forEach((c, m) => {
      if (c.field === "score") issues.push({ code: "bonus_field", path: [...at, "criteria", m, "field"], detail: { field: c.field, tier: show(name) } });
      else checkCriterion(c, [...at, "criteria", m], null, issues);
    });
  });
}

/**
 * Checks a policy for structural mistakes: unknown ops, values that do not suit their field,
 * composite-score weights, level names, the shape of the ladder (cycles, unreachable levels,
 * duplicate steps) and reserve allowances. Returns every issue found; an empty array means the
 * policy is valid. Never throws on a well-typed policy.
 */
export function validatePolicy(p: Policy): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const levels = p.levels ?? [];
  const steps = p.steps ?? [];

  // Levels: names and aliases, folded, each used once.
  const index = new Map<string, number>();
  const claim = (text: string, levelIdx: number, at: (string | number)[]): void => {
    const key = fold(text);
    const first = index.get(key);
    if (first !== undefined) {
      issues.push({ code: "duplicate_level", path: at, detail: { name: text, level: levelIdx, firstLevel: first } });
    } else {
      index.set(key, levelIdx);
    }
  };
  levels.forEach((level, i) => {
    claim(level.name, i, ["levels", i, "name"]);
    (level.aliases ?? []).forEach((alias, j) => claim(alias, i, ["levels", i, "aliases", j]));
    if (level.reserve === true) {
      const a: unknown = level.allowance;
      if (!isFiniteNumber(a) || a < 0) {
        issues.push({ code: "bad_allowance", path: ["levels", i, "allowance"], detail: { level: level.name, allowance: show(a) } });
      }
    }
  });

  checkPay(p, issues);
  checkCalibration(p, issues);

  // Steps.
  const edges: { from: number; to: number; step: number; fromName: string; toName: string }[] = [];
  const seenSteps = new Map<string, number>();
  steps.forEach((step, s) => {
    const at: (string | number)[] = ["steps", s];
    const from = index.get(fold(step.from));
    const to = index.get(fold(step.to));
    if (from === undefined) issues.push({ code: "unknown_level", path: [...at, "from"], detail: { level: step.from } });
    if (to === undefined) issues.push({ code: "unknown_level", path: [...at, "to"], detail: { level: step.to } });
    if (from !== undefined && to !== undefined) edges.push({ from, to, step: s, fromName: step.from, toName: step.to });

    const key = `${from ?? fold(step.from)}\u0000${to ?? fold(step.to)}`;
    const firstStep = seenSteps.get(key);
    if (firstStep !== undefined) {
      issues.push({ code: "duplicate_step", path: at, detail: { from: step.from, to: step.to, firstStep } });
    } else {
      seenSteps.set(key, s);
    }

    checkWeights(step, at, issues);

    const paths = step.paths ?? [];
    if (paths.length === 0) {
      issues.push({ code: "no_paths", path: [...at, "paths"], detail: { from: step.from, to: step.to } });
    }
    paths.forEach((path, k) => {
      const criteria = path.criteria ?? [];
      if (criteria.length === 0) {
        issues.push({ code: "no_paths", path: [...at, "paths", k, "criteria"], detail: { from: step.from, to: step.to, pathId: path.id } });
      }
      criteria.forEach((c, m) => checkCriterion(c, [...at, "paths", k, "criteria", m], step, issues));
    });
  });

  checkNineBox(p, issues);
  checkTalent(p, index, fold, issues);
  checkBonus(p, index, issues);
  checkBlockers(p, index, fold, (c, at, list) => checkCriterion(c, at, null, list), issues);
  checkCriteriaCount(p, index, fold, issues);

  // Cycles: depth-first search; every edge into a level still on the stack closes a cycle.
  const out: (typeof edges)[] = levels.map(() => []);
  for (const e of edges) out[e.from]?.push(e);
  const state: number[] = levels.map(() => 0); // 0 new, 1 on stack, 2 done
  const stack: number[] = [];
  const names: string[] = levels.map((level) => level.name);
  const visit = (v: number): void => {
    state[v] = 1;
    stack.push(v);
    for (const e of out[v] ?? []) {
      if (state[e.to] === 1) {
        const loop = stack.slice(stack.indexOf(e.to)).concat(e.to).map((i) => names[i]);
        issues.push({ code: "cycle", path: ["steps", e.step], detail: { from: e.fromName, to: e.toName, cycle: loop.join(" -> ") } });
      } else if (state[e.to] === 0) {
        visit(e.to);
      }
    }
    stack.pop();
    state[v] = 2;
  };
  levels.forEach((_, v) => {
    if (state[v] === 0) visit(v);
  });

  // Reachability from the first level.
  if (levels.length > 0) {
    const reached = new Set<number>([0]);
    const queue = [0];
    while (queue.length > 0) {
      const v = queue.shift();
      if (v === undefined) break;
      for (const e of out[v] ?? []) {
        if (!reached.has(e.to)) {
          reached.add(e.to);
          queue.push(e.to);
        }
      }
    }
    const hasStepIn = new Set(edges.map((e) => e.to));
    levels.forEach((level, i) => {
      if (!reached.has(i)) {
        issues.push({
          code: "unreachable",
          path: ["levels", i],
          detail: { level: level.name, reason: hasStepIn.has(i) ? "not_from_first_level" : "no_step_in" },
        });
      }
    });
  }

  return issues;
}
