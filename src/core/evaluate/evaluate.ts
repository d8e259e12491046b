import type { Facts, FactValue } from "../model/facts";
import { slotOf } from "../model/facts";
import type { Status, TargetResult, Unmet, UnmetReason } from "../model/review";
import { EDUCATION_LEVELS } from "../read/education";
import { isFailure } from "../read/failure";
import { foldText } from "../read/text";
import { edate, isoFromDay, monthsCompleted } from "./calendar";
import type { CompiledCriterion, CompiledPath, CompiledPolicy, CompiledStep } from "./compile";

const HIRE = slotOf("hire_date");
const LEVEL_SINCE = slotOf("level_date");
const EXPERIENCE = slotOf("experience");
const EPS = 1e-9;
const NO_UNMET: readonly Unmet[] = Object.freeze([]);

/** The evaluation of one employee against their next levels. */
export interface Evaluation {
  readonly targets: TargetResult[];
  readonly status: Status;
  readonly allowance: number;
}

/** Scratch state of one path: unmet list and the latest time-criterion date. */
interface PathOutcome {
  unmet: Unmet[] | null;
  /** All non-time criteria hold. */
  nonTimeOk: boolean;
  /** Every time criterion is a projectable `>=` with a known start. */
  projectable: boolean;
  readyDay: number;
  hasTime: boolean;
}

function addUnmet(o: PathOutcome, c: CompiledCriterion, actual: Unmet["actual"], reason: UnmetReason, isTime: boolean): void {
  (o.unmet ??= []).push({ field: c.field, op: c.op, required: c.source.value, actual, reason });
  if (!isTime) o.nonTimeOk = false;
  else if (reason !== "below" || c.op !== ">=") o.projectable = false;
}

function compareNumber(op: CompiledCriterion["op"], actual: number, t: number): boolean {
  return op === ">=" ? actual >= t - EPS : op === "<=" ? actual <= t + EPS : Math.abs(actual - t) <= EPS;
}

/** Start day of a time field, or the reason it has none. */
function timeStart(c: CompiledCriterion, values: readonly FactValue[]): number | "missing" | "error" | "typed" {
  if (c.field === "experience") {
    const typed = values[EXPERIENCE];
    if (typeof typed === "number") return "typed";
    if (isFailure(typed)) return "error";
  }
  let start = values[HIRE];
  if (c.field === "years_in_level") {
    const since = values[LEVEL_SINCE];
    if (since !== null && since !== undefined) start = since;
  }
  if (isFailure(start)) return "error";
  return typeof start === "number" ? start : "missing";
}

function evalTime(o: PathOutcome, c: CompiledCriterion, values: readonly FactValue[], asOf: number): void {
  const start = timeStart(c, values);
  if (start === "typed") {
    evalPlain(o, c, values[EXPERIENCE]!);
    return;
  }
  o.hasTime = true;
  if (start === "missing" || start === "error") {
    addUnmet(o, c, null, start, true);
    return;
  }
  const months = monthsCompleted(start, asOf);
  const years = months / 12;
  if (c.op === ">=") {
    const ready = edate(start, c.months);
    if (ready > o.readyDay) o.readyDay = ready;
    if (months < c.months) addUnmet(o, c, years, "below", true);
  } else if (!compareNumber(c.op, years, c.threshold)) {
    addUnmet(o, c, years, "below", true);
  }
}

function evalPlain(o: PathOutcome, c: CompiledCriterion, v: FactValue): void {
  if (v === null || v === undefined) return addUnmet(o, c, null, "missing", false);
  if (isFailure(v)) return addUnmet(o, c, null, "error", false);
  switch (c.kind) {
    case "text": {
      const ok = c.accepted!.has(foldText(String(v)));
      if (!ok) addUnmet(o, c, typeof v === "number" || typeof v === "boolean" ? v : String(v), "below", false);
      return;
    }
    case "boolean": {
      const b = typeof v === "boolean" ? v : v === 1;
      if ((b ? 1 : 0) !== c.threshold) addUnmet(o, c, b, "below", false);
      return;
    }
    case "education": {
      const n = v as number;
      const ok = c.accepted ? c.accepted.has(foldText(EDUCATION_LEVELS[n] ?? "")) : compareNumber(c.op, n, c.threshold);
      if (!ok) addUnmet(o, c, EDUCATION_LEVELS[n] ?? n, "below", false);
      return;
    }
    default: {
      if (typeof v !== "number") return addUnmet(o, c, String(v), "below", false);
      const ok = c.accepted ? c.accepted.has(foldText(String(v))) : compareNumber(c.op, v, c.threshold);
      if (!ok) addUnmet(o, c, v, "below", false);
    }
  }
}

/** Composite score of a step: a number, or "missing"/"error" when a component is. */
export function compositeScore(step: CompiledStep, values: readonly FactValue[]): number | "missing" | "error" {
  if (!step.weights) return "missing";
  let sum = 0;
  let missing = false;
  for (const [slot, w] of step.weights) {
    const v = values[slot];
    if (isFailure(v)) return "error";
    if (typeof v !== "number") missing = true;
    else sum += v * w;
  }
  return missing ? "missing" : Math.round(sum * 1e6) / 1e6;
}

function evalPath(path: CompiledPath, values: readonly FactValue[], score: number | "missing" | "error", asOf: number): PathOutcome {
  const o: PathOutcome = { unmet: null, nonTimeOk: true, projectable: true, readyDay: -Infinity, hasTime: false };
  for (const c of path.criteria) {
    if (c.kind === "time") evalTime(o, c, values, asOf);
    else if (c.field === "score") evalPlain(o, c, typeof score === "number" ? score : score === "missing" ? null : { failure: "number" });
    else evalPlain(o, c, c.slot >= 0 ? values[c.slot] ?? null : null);
  }
  return o;
}

function targetOf(step: CompiledStep, policyLevels: CompiledPolicy["levels"], values: readonly FactValue[], asOf: number): TargetResult {
  const score = compositeScore(step, values);
  let chosen: PathOutcome | null = null;
  let chosenId: string | null = null;
  for (const path of step.paths) {
    const o = evalPath(path, values, score, asOf);
    if (o.unmet === null) {
      chosen = o;
      chosenId = path.id;
      break;
    }
    chosen ??= o;
  }
  const o = chosen!;
  const met = chosenId !== null;
  const ready = o.hasTime && o.nonTimeOk && o.projectable && Number.isFinite(o.readyDay) ? isoFromDay(o.readyDay) : null;
  return {
    level: policyLevels[step.to]!.name,
    met,
    path: chosenId,
    score: typeof score === "number" ? score : null,
    unmet: o.unmet ?? NO_UNMET,
    readyDate: ready,
    vacancy: step.vacancy,
  };
}

/**
 * Evaluates one employee against every next level of their level (catalogue §3).
 * @param compiled - the compiled policy
 * @param facts - the employee's read values (level index must be known)
 * @param asOf - as-of day number
 * @param hasErrors - the row has unreadable cells or other row errors (status `error`)
 */
export function evaluateFacts(compiled: CompiledPolicy, facts: Facts, asOf: number, hasErrors: boolean): Evaluation {
  const steps = facts.level >= 0 ? compiled.stepsFrom[facts.level]! : [];
  const targets = steps.map((s) => targetOf(s, compiled.levels, facts.values, asOf));
  let status: Status;
  if (hasErrors || facts.level < 0) status = "error";
  else if (steps.length === 0) status = "top";
  else if (targets.some((t) => t.met && !t.vacancy)) status = "eligible";
  else if (targets.some((t) => t.met && t.vacancy)) status = "awaiting_vacancy";
  else status = "not_eligible";
  const level = facts.level >= 0 ? compiled.levels[facts.level]! : null;
  const allowance = status === "awaiting_vacancy" && level?.reserve ? level.allowance ?? 0 : 0;
  return { targets, status, allowance };
}
