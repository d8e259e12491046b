import { slotOf } from "../model/facts";
import { OPERATORS } from "../model/operators";
import { STATUSES, type Status } from "../model/review";
import { foldText } from "../read/text";
import { EDUCATION_LEVELS } from "../read/education";
import { edate, monthsCompleted } from "./calendar";
import type { CompiledCriterion, CompiledPolicy } from "./compile";
import { isBad, numAt, textAt, type SlotStore } from "./slot-store";

/** Outcome codes of one criterion. */
export const MET = 0;
export const BELOW = 1;
export const MISSING = 2;
export const ERROR = 3;

/** Score states. */
export const SCORE_OK = 0;
export const SCORE_MISSING = 1;
export const SCORE_ERROR = 2;
export const NO_SCORE = 3;

/** Evaluator cases of a compiled criterion (see `CompiledCriterion.mode`). */
export const MODE_PLAIN = 0;
export const MODE_SCORE = 1;
export const MODE_TIME = 2;
export const MODE_GENERAL = 3;
/** An evaluator case: one of the `MODE_*` codes. */
export type CriterionMode = typeof MODE_PLAIN | typeof MODE_SCORE | typeof MODE_TIME | typeof MODE_GENERAL;

const HIRE = slotOf("hire_date");
const LEVEL_SINCE = slotOf("level_date");
const EXPERIENCE = slotOf("experience");

/**
 * The explained evaluation of every row, in columns: per row a status, and per row and target
 * (row * width + k, targets in ladder order) the met path, the unmet / missing / error bit masks
 * of the reported path (criterion j of the path is bit j), the ready day and the composite score.
 * {@link materializeRow} turns one row into the catalogue §7 object.
 */
export interface ResultTable {
  /** Targets per row at most (the most steps out of any level). */
  readonly width: number;
  /** Index into STATUSES. */
  readonly status: Uint8Array;
  readonly allowance: Float64Array;
  /** Index of the met path, -1 when not met. */
  readonly metPath: Int8Array;
  readonly unmet: Uint32Array;
  readonly missing: Uint32Array;
  readonly error: Uint32Array;
  /** Ready day, NaN for none. */
  readonly ready: Float64Array;
  readonly score: Float64Array;
  readonly scoreState: Uint8Array;
}

/** An empty table for `rows` rows under `compiled`. */
export function createResultTable(compiled: CompiledPolicy, rows: number): ResultTable {
  const width = Math.max(1, ...compiled.stepsFrom.map((s) => s.length));
  const n = rows * width;
  return {
    width,
    status: new Uint8Array(rows),
    allowance: new Float64Array(rows),
    metPath: new Int8Array(n).fill(-1),
    unmet: new Uint32Array(n),
    missing: new Uint32Array(n),
    error: new Uint32Array(n),
    ready: new Float64Array(n).fill(NaN),
    score: new Float64Array(n).fill(NaN),
    scoreState: new Uint8Array(n).fill(NO_SCORE),
  };
}

/** Status code of a status. */
export function statusCode(status: Status): number {
  return STATUSES.indexOf(status);
}

const STATUS_ERROR = statusCode("error");
const STATUS_TOP = statusCode("top");
const STATUS_ELIGIBLE = statusCode("eligible");
const STATUS_AWAITING = statusCode("awaiting_vacancy");
const STATUS_NOT = statusCode("not_eligible");

/** Start day of a time criterion's period for row r: a day, or MISSING / ERROR, or -Infinity for a typed experience. */
export function timeStart(c: CompiledCriterion, s: SlotStore, r: number): number {
  if (c.field === "experience") {
    if (isBad(s, EXPERIENCE, r)) return -ERROR;
    if (!Number.isNaN(numAt(s, EXPERIENCE, r))) return -Infinity;
  }
  if (c.field === "years_in_level") {
    if (isBad(s, LEVEL_SINCE, r)) return -ERROR;
    const since = numAt(s, LEVEL_SINCE, r);
    if (!Number.isNaN(since)) return since;
  }
  if (isBad(s, HIRE, r)) return -ERROR;
  const hire = numAt(s, HIRE, r);
  return Number.isNaN(hire) ? -MISSING : hire;
}

/** Outcome of a non-time criterion whose value is a number (or NaN when empty). */
function numberOutcome(c: CompiledCriterion, v: number): number {
  if (Number.isNaN(v)) return MISSING;
  if (c.kind === "boolean") return v === c.threshold ? MET : BELOW;
  if (c.accepted) {
    const key = c.kind === "education" ? foldText(EDUCATION_LEVELS[v] ?? "") : foldText(String(v));
    return c.accepted.has(key) ? MET : BELOW;
  }
  return v >= c.lo && v <= c.hi ? MET : BELOW;
}

/**
 * The state of the path being evaluated, owned by one evaluation (`evaluateRows` call, bonus
 * tier check) and reused for each of its paths: nothing allocated per row, nothing shared
 * between reviews.
 */
export interface PathState {
  /** Latest ready day of the path's time criteria so far (-Infinity: none). */
  ready: number;
  hasTime: boolean;
  /** Every criterion that is not about time holds so far. */
  nonTimeOk: boolean;
  /** The ready day can be projected (no time criterion missing, unreadable or not reaching). */
  projectable: boolean;
  /** Outcome bits of the path, criterion j as bit j: unmet, of which missing, of which unreadable. */
  unmet: number;
  missing: number;
  error: number;
  /** Ready day of the path (NaN: none, or not projectable). */
  readyDay: number;
}

/** A fresh path state for one evaluation. */
export function createPathState(): PathState {
  return { ready: -Infinity, hasTime: false, nonTimeOk: true, projectable: true, unmet: 0, missing: 0, error: 0, readyDay: NaN };
}

/**
 * A date criterion against the review date (day `d`, NaN when empty): `<=` holds from the date
 * on (ready on it: 转正日期), `>=` holds until it (never projected: 证书有效期), `not_within` N
 * months holds when empty or from EDATE(date, N) on (ready then: 违纪日期).
 */
function dateOutcome(c: CompiledCriterion, d: number, asOf: number, st: PathState): number {
  if (c.kind === "within") {
    if (Number.isNaN(d)) return MET;
    const until = edate(d, c.months);
    st.hasTime = true;
    if (until > st.ready) st.ready = until;
    return asOf >= until ? MET : BELOW;
  }
  if (Number.isNaN(d)) {
    st.nonTimeOk = false;
    return MISSING;
  }
  if (OPERATORS[c.op].dateUse === "from") {
    st.hasTime = true;
    if (d > st.ready) st.ready = d;
    return d <= asOf ? MET : BELOW;
  }
  if (d >= asOf) return MET;
  st.nonTimeOk = false;
  return BELOW;
}

/**
 * Outcome of one criterion for row r (MET, BELOW, MISSING or ERROR), any kind, through the path's
 * state `st`: the general case of `pathOutcome`, and bonus tiers.
 */
export function criterionOutcome(c: CompiledCriterion, s: SlotStore, r: number, asOf: number, score: number, scoreState: number, st: PathState): number {
  if (c.kind === "time") {
    const start = timeStart(c, s, r);
    if (start === -Infinity) {
      const out = numberOutcome(c, numAt(s, EXPERIENCE, r));
      if (out !== MET) st.nonTimeOk = false;
      return out;
    }
    st.hasTime = true;
    if (start === -MISSING || start === -ERROR) {
      st.projectable = false;
      return start === -MISSING ? MISSING : ERROR;
    }
    if (OPERATORS[c.op].reaches) {
      const ready = edate(start, c.months);
      if (ready > st.ready) st.ready = ready;
      return ready <= asOf ? MET : BELOW;
    }
    const years = monthsCompleted(start, asOf) / 12;
    if (years >= c.lo && years <= c.hi) return MET;
    st.projectable = false;
    return BELOW;
  }
  let out: number;
  if (c.field === "score") {
    out = scoreState === SCORE_OK ? numberOutcome(c, score) : scoreState === SCORE_ERROR ? ERROR : MISSING;
  } else if (c.slot < 0) {
    out = MISSING;
  } else if (isBad(s, c.slot, r)) {
    out = ERROR;
  } else if (c.kind === "date" || c.kind === "within") {
    return dateOutcome(c, numAt(s, c.slot, r), asOf, st);
  } else if (c.kind === "text") {
    const t = textAt(s, c.slot, r);
    const n = numAt(s, c.slot, r);
    const v = t ?? (Number.isNaN(n) ? null : String(n));
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: compile gives every text criterion its accepted set
    out = v === null ? MISSING : c.accepted!.has(foldText(v)) ? MET : BELOW;
  } else {
    out = numberOutcome(c, numAt(s, c.slot, r));
  }
  if (out !== MET) st.nonTimeOk = false;
  return out;
}

// Flags of the path being evaluated.
const HAS_TIME = 1;
const NON_TIME_OK = 2;
const PROJECTABLE = 4;

/**
 * The composite score of a step for row r: an unreadable component makes it an error, else an
 * empty one makes it missing; rounded to 6 decimals. Writes score and state at `at`.
 */
function scoreOf(weights: ReadonlyArray<readonly [number, number]>, s: SlotStore, r: number, table: ResultTable, at: number): void {
  let sum = 0;
  let state = SCORE_OK;
  for (const weight of weights) {
    const slot = weight[0];
    const bad = s.bad[slot];
    if (bad && bad[r] === 1) state = SCORE_ERROR;
    else {
      const col = s.num[slot];
      // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: a slot's column holds every data row r
      const v = col ? col[r]! : NaN;
      if (v !== v) {
        if (state !== SCORE_ERROR) state = SCORE_MISSING;
      } else sum += v * weight[1];
    }
  }
  // Two stores, not `ok ? score : NaN`: that form boxes every score in a heap number.
  if (state === SCORE_OK) table.score[at] = Math.round(sum * 1e6) / 1e6;
  else table.score[at] = NaN;
  table.scoreState[at] = state;
}

/** Evaluates one path for row r into `st` (its bits and ready day); true when every criterion is met. */
function pathOutcome(criteria: readonly CompiledCriterion[], s: SlotStore, r: number, asOf: number, table: ResultTable, at: number, st: PathState): boolean {
  let unmet = 0;
  let missing = 0;
  let error = 0;
  let ready = -Infinity;
  let flags = NON_TIME_OK | PROJECTABLE;
  let j = 0;
  for (const c of criteria) {
    const bit = 1 << j++;
    let out: number;
    switch (c.mode) {
      case MODE_PLAIN: {
        const bad = s.bad[c.slot];
        if (bad && bad[r] === 1) out = ERROR;
        else {
          const col = s.num[c.slot];
          // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: a slot's column holds every data row r
          const v = col ? col[r]! : NaN;
          out = v !== v ? MISSING : v >= c.lo && v <= c.hi ? MET : BELOW;
        }
        if (out !== MET) flags &= ~NON_TIME_OK;
        break;
      }
      case MODE_SCORE: {
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: at = r * width + k is inside the result table
        const state = table.scoreState[at]!;
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: at is inside the result table, as above
        const sc = table.score[at]!;
        out = state === SCORE_OK ? (sc >= c.lo && sc <= c.hi ? MET : BELOW) : state === SCORE_ERROR ? ERROR : MISSING;
        if (out !== MET) flags &= ~NON_TIME_OK;
        break;
      }
      case MODE_TIME: {
        flags |= HAS_TIME;
        const sinceBad = c.field === "years_in_level" ? s.bad[LEVEL_SINCE] : null;
        let start = NaN;
        if (sinceBad && sinceBad[r] === 1) out = ERROR;
        else {
          if (c.field === "years_in_level") start = s.num[LEVEL_SINCE]?.[r] ?? NaN;
          const hireBad = s.bad[HIRE];
          if (start !== start && hireBad && hireBad[r] === 1) out = ERROR;
          else {
            if (start !== start) start = s.num[HIRE]?.[r] ?? NaN;
            if (start !== start) out = MISSING;
            else {
              const day = edate(start, c.months);
              if (day > ready) ready = day;
              out = day <= asOf ? MET : BELOW;
            }
          }
        }
        if (out === MISSING || out === ERROR) flags &= ~PROJECTABLE;
        break;
      }
      default: {
        st.ready = ready;
        st.hasTime = (flags & HAS_TIME) !== 0;
        st.nonTimeOk = (flags & NON_TIME_OK) !== 0;
        st.projectable = (flags & PROJECTABLE) !== 0;
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: at = r * width + k is inside the result table
        out = criterionOutcome(c, s, r, asOf, table.score[at]!, table.scoreState[at]!, st);
        ready = st.ready;
        flags = (st.hasTime ? HAS_TIME : 0) | (st.nonTimeOk ? NON_TIME_OK : 0) | (st.projectable ? PROJECTABLE : 0);
      }
    }
    if (out !== MET) {
      unmet |= bit;
      if (out === MISSING) missing |= bit;
      else if (out === ERROR) error |= bit;
    }
  }
  st.unmet = unmet;
  st.missing = missing;
  st.error = error;
  st.readyDay = flags === (HAS_TIME | NON_TIME_OK | PROJECTABLE) && Number.isFinite(ready) ? ready : NaN;
  return unmet === 0;
}

/**
 * Evaluates rows [from, to) into `table` (catalogue §3): `level[r]` is the level index (-1 when
 * unknown or empty), `hasErrors[r]` marks rows with row errors, `skip[r]` blank rows. Per row and
 * step, the paths in order until one is met; the first path's outcome is kept when none is.
 */
export function evaluateRows(
  compiled: CompiledPolicy,
  s: SlotStore,
  level: Int32Array,
  hasErrors: Uint8Array,
  skip: Uint8Array,
  asOf: number,
  table: ResultTable,
  from: number,
  to: number,
): void {
  const w = table.width;
  const { status, allowance, metPath, unmet, missing, error, ready } = table;
  const stepsFrom = compiled.stepsFrom;
  const path = createPathState();
  for (let r = from; r < to; r++) {
    if (skip[r] === 1) continue;
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: r is in [from, to), inside the roster's level column
    const lv = level[r]!;
    if (lv < 0) {
      status[r] = STATUS_ERROR;
      allowance[r] = 0;
      continue;
    }
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: lv >= 0 is a level index and stepsFrom has an entry per level
    const steps = stepsFrom[lv]!;
    let met = false;
    let vacancyMet = false;
    let at = r * w;
    for (const step of steps) {
      if (step.weights) scoreOf(step.weights, s, r, table, at);
      else {
        table.score[at] = NaN;
        table.scoreState[at] = NO_SCORE;
      }
      let p = 0;
      for (const { criteria } of step.paths) {
        const ok = pathOutcome(criteria, s, r, asOf, table, at, path);
        if (ok || p === 0) {
          unmet[at] = path.unmet;
          missing[at] = path.missing;
          error[at] = path.error;
          ready[at] = path.readyDay;
        }
        if (ok) {
          metPath[at] = p;
          if (step.vacancy) vacancyMet = true;
          else met = true;
          break;
        }
        p++;
      }
      at++;
    }
    let st: number;
    if (hasErrors[r] === 1) st = STATUS_ERROR;
    else if (steps.length === 0) st = STATUS_TOP;
    else if (met) st = STATUS_ELIGIBLE;
    else if (vacancyMet) st = STATUS_AWAITING;
    else st = STATUS_NOT;
    status[r] = st;
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: lv >= 0 is a level index
    const lvl = compiled.levels[lv]!;
    allowance[r] = st === STATUS_AWAITING && lvl.reserve ? lvl.allowance ?? 0 : 0;
  }
}
