import { slotOf } from "../model/facts";
import { STATUSES, type Status } from "../model/review";
import { foldText } from "../read/text";
import { EDUCATION_LEVELS } from "../read/education";
import { edate, monthsCompleted } from "./calendar";
import type { CompiledCriterion, CompiledPolicy, CompiledStep } from "./compile";
import { isBad, type SlotStore } from "./slot-store";

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

const HIRE = slotOf("hire_date");
const LEVEL_SINCE = slotOf("level_date");
const EXPERIENCE = slotOf("experience");
const EPS = 1e-9;

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
    const typed = s.num[EXPERIENCE]?.[r];
    if (typed !== undefined && !Number.isNaN(typed)) return -Infinity;
  }
  if (c.field === "years_in_level") {
    if (isBad(s, LEVEL_SINCE, r)) return -ERROR;
    const since = s.num[LEVEL_SINCE]?.[r];
    if (since !== undefined && !Number.isNaN(since)) return since;
  }
  if (isBad(s, HIRE, r)) return -ERROR;
  const hire = s.num[HIRE]?.[r];
  return hire === undefined || Number.isNaN(hire) ? -MISSING : hire;
}

/** Outcome of a non-time criterion whose value is a number (or NaN when empty). */
function numberOutcome(c: CompiledCriterion, v: number): number {
  if (Number.isNaN(v)) return MISSING;
  if (c.kind === "boolean") return v === c.threshold ? MET : BELOW;
  if (c.accepted) {
    const key = c.kind === "education" ? foldText(EDUCATION_LEVELS[v] ?? "") : foldText(String(v));
    return c.accepted.has(key) ? MET : BELOW;
  }
  return holds(c.opCode, v, c.threshold) ? MET : BELOW;
}

// Scratch state of the path being evaluated (no allocation per row).
let pathReady = -Infinity;
let pathHasTime = false;
let pathNonTimeOk = true;
let pathProjectable = true;

/**
 * A date criterion against the review date (day `d`, NaN when empty): `<=` holds from the date
 * on (ready on it: 转正日期), `>=` holds until it (never projected: 证书有效期), `not_within` N
 * months holds when empty or from EDATE(date, N) on (ready then: 违纪日期).
 */
function dateOutcome(c: CompiledCriterion, d: number, asOf: number): number {
  if (c.kind === "within") {
    if (Number.isNaN(d)) return MET;
    const until = edate(d, c.months);
    pathHasTime = true;
    if (until > pathReady) pathReady = until;
    return asOf >= until ? MET : BELOW;
  }
  if (Number.isNaN(d)) {
    pathNonTimeOk = false;
    return MISSING;
  }
  if (c.op === "<=") {
    pathHasTime = true;
    if (d > pathReady) pathReady = d;
    return d <= asOf ? MET : BELOW;
  }
  if (d >= asOf) return MET;
  pathNonTimeOk = false;
  return BELOW;
}

/** `v op t` for an op code (0 `>=`, 1 `<=`, 2 `=`), with the evaluator's tolerance. */
function holds(opCode: number, v: number, t: number): boolean {
  return opCode === 0 ? v >= t - EPS : opCode === 1 ? v <= t + EPS : Math.abs(v - t) <= EPS;
}

/**
 * Outcome of one criterion for row r (MET, BELOW, MISSING or ERROR), any kind, through the path's
 * scratch state: the general case of {@link criterionOverRows}, and bonus tiers.
 */
export function criterionOutcome(c: CompiledCriterion, s: SlotStore, r: number, asOf: number, score: number, scoreState: number): number {
  if (c.kind === "time") {
    const start = timeStart(c, s, r);
    if (start === -Infinity) {
      const out = numberOutcome(c, s.num[EXPERIENCE]![r]!);
      if (out !== MET) pathNonTimeOk = false;
      return out;
    }
    pathHasTime = true;
    if (start === -MISSING || start === -ERROR) {
      pathProjectable = false;
      return start === -MISSING ? MISSING : ERROR;
    }
    if (c.op === ">=") {
      const ready = edate(start, c.months);
      if (ready > pathReady) pathReady = ready;
      return ready <= asOf ? MET : BELOW;
    }
    const months = monthsCompleted(start, asOf);
    if (holds(c.opCode, months / 12, c.threshold)) return MET;
    pathProjectable = false;
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
    return dateOutcome(c, s.num[c.slot]?.[r] ?? NaN, asOf);
  } else if (c.kind === "text") {
    const t = s.text[c.slot]?.[r] ?? null;
    const n = s.num[c.slot]?.[r];
    const v = t ?? (n === undefined || Number.isNaN(n) ? null : String(n));
    out = v === null ? MISSING : c.accepted!.has(foldText(v)) ? MET : BELOW;
  } else {
    const col = s.num[c.slot];
    out = numberOutcome(c, col ? col[r]! : NaN);
  }
  if (out !== MET) pathNonTimeOk = false;
  return out;
}

// Per-row flags of the path being evaluated, and of the row across its steps.
const HAS_TIME = 1;
const NON_TIME_OK = 2;
const PROJECTABLE = 4;
const ROW_MET = 1;
const ROW_VACANCY_MET = 2;

/** Scratch columns reused across calls (never retained by a result). */
let scratchSize = 0;
let active = new Int32Array(0);
let unmetBits = new Uint32Array(0);
let missingBits = new Uint32Array(0);
let errorBits = new Uint32Array(0);
let readyDay = new Float64Array(0);
let pathFlags = new Uint8Array(0);
let rowFlags = new Uint8Array(0);
let byLevel = new Int32Array(0);

function ensureScratch(n: number): void {
  if (n <= scratchSize) return;
  scratchSize = Math.max(n, scratchSize * 2);
  active = new Int32Array(scratchSize);
  unmetBits = new Uint32Array(scratchSize);
  missingBits = new Uint32Array(scratchSize);
  errorBits = new Uint32Array(scratchSize);
  readyDay = new Float64Array(scratchSize);
  pathFlags = new Uint8Array(scratchSize);
  rowFlags = new Uint8Array(scratchSize);
  byLevel = new Int32Array(scratchSize);
}

/**
 * The composite score of step k for the `n` active rows, weight by weight, into the table: an
 * unreadable component makes it an error, else an empty one makes it missing; rounded to 6
 * decimals. A step without a score gets NO_SCORE.
 */
function scoresOverRows(step: CompiledStep, s: SlotStore, n: number, table: ResultTable, w: number, k: number): void {
  const weights = step.weights;
  if (!weights) {
    for (let i = 0; i < n; i++) {
      const at = active[i]! * w + k;
      table.score[at] = NaN;
      table.scoreState[at] = NO_SCORE;
    }
    return;
  }
  const sums = readyDay;
  const states = pathFlags;
  sums.fill(0, 0, n);
  states.fill(SCORE_OK, 0, n);
  for (let q = 0; q < weights.length; q++) {
    const slot = weights[q]![0];
    const weight = weights[q]![1];
    const bad = s.bad[slot];
    const col = s.num[slot];
    for (let i = 0; i < n; i++) {
      const r = active[i]!;
      if (bad && bad[r] === 1) states[i] = SCORE_ERROR;
      else {
        const v = col ? col[r]! : NaN;
        if (v !== v) {
          if (states[i] !== SCORE_ERROR) states[i] = SCORE_MISSING;
        } else {
          sums[i]! += v * weight;
        }
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const at = active[i]! * w + k;
    const state = states[i]!;
    // Two stores, not `ok ? score : NaN`: that form boxes every score in a heap number.
    if (state === SCORE_OK) table.score[at] = Math.round(sums[i]! * 1e6) / 1e6;
    else table.score[at] = NaN;
    table.scoreState[at] = state;
  }
}

/** Records outcome `out` of criterion bit `bit` for active row i. */
function note(i: number, bit: number, out: number): void {
  unmetBits[i]! |= bit;
  if (out === MISSING) missingBits[i]! |= bit;
  else if (out === ERROR) errorBits[i]! |= bit;
}

/** One criterion over the `n` active rows of a path of step k, column by column. */
function criterionOverRows(c: CompiledCriterion, bit: number, s: SlotStore, n: number, asOf: number, table: ResultTable, w: number, k: number): void {
  const mode = c.mode;
  if (mode === MODE_PLAIN) {
    const bad = s.bad[c.slot];
    const col = s.num[c.slot];
    const t = c.threshold;
    const op = c.opCode;
    for (let i = 0; i < n; i++) {
      const r = active[i]!;
      let out: number;
      if (bad && bad[r] === 1) out = ERROR;
      else {
        const v = col ? col[r]! : NaN;
        out = v !== v ? MISSING : holds(op, v, t) ? MET : BELOW;
      }
      if (out !== MET) {
        note(i, bit, out);
        pathFlags[i]! &= ~NON_TIME_OK;
      }
    }
    return;
  }
  if (mode === MODE_SCORE) {
    for (let i = 0; i < n; i++) {
      const at = active[i]! * w + k;
      const state = table.scoreState[at]!;
      const out = state === SCORE_OK ? (holds(c.opCode, table.score[at]!, c.threshold) ? MET : BELOW) : state === SCORE_ERROR ? ERROR : MISSING;
      if (out !== MET) {
        note(i, bit, out);
        pathFlags[i]! &= ~NON_TIME_OK;
      }
    }
    return;
  }
  if (mode === MODE_TIME) {
    const sinceBad = c.field === "years_in_level" ? s.bad[LEVEL_SINCE] : null;
    const since = c.field === "years_in_level" ? s.num[LEVEL_SINCE] : null;
    const hireBad = s.bad[HIRE];
    const hire = s.num[HIRE];
    for (let i = 0; i < n; i++) {
      const r = active[i]!;
      pathFlags[i]! |= HAS_TIME;
      let out: number;
      let start = NaN;
      if (sinceBad && sinceBad[r] === 1) out = ERROR;
      else {
        if (since) start = since[r]!;
        if (start !== start && hireBad && hireBad[r] === 1) out = ERROR;
        else {
          if (start !== start && hire) start = hire[r]!;
          if (start !== start) out = MISSING;
          else {
            const ready = edate(start, c.months);
            if (ready > readyDay[i]!) readyDay[i] = ready;
            if (ready <= asOf) continue;
            out = BELOW;
          }
        }
      }
      if (out !== BELOW) pathFlags[i]! &= ~PROJECTABLE;
      note(i, bit, out);
    }
    return;
  }
  // Any other criterion, row by row through criterionOutcome and its scratch state.
  for (let i = 0; i < n; i++) {
    const r = active[i]!;
    const at = r * w + k;
    const f = pathFlags[i]!;
    pathReady = readyDay[i]!;
    pathHasTime = (f & HAS_TIME) !== 0;
    pathNonTimeOk = (f & NON_TIME_OK) !== 0;
    pathProjectable = (f & PROJECTABLE) !== 0;
    const out = criterionOutcome(c, s, r, asOf, table.score[at]!, table.scoreState[at]!);
    readyDay[i] = pathReady;
    pathFlags[i] = (pathHasTime ? HAS_TIME : 0) | (pathNonTimeOk ? NON_TIME_OK : 0) | (pathProjectable ? PROJECTABLE : 0);
    if (out !== MET) note(i, bit, out);
  }
}

/**
 * Writes the outcome of path p of step k for the `n` active rows into the table (the first path's
 * outcome is kept for rows no path meets) and keeps the rows still unmet active for the next
 * path; returns how many.
 */
function recordPath(table: ResultTable, n: number, w: number, k: number, p: number, metFlag: number, from: number): number {
  const { unmet: unmetOut, missing, error, ready, metPath } = table;
  let left = 0;
  for (let i = 0; i < n; i++) {
    const r = active[i]!;
    const at = r * w + k;
    const unmet = unmetBits[i]!;
    if (unmet === 0 || p === 0) {
      const day = readyDay[i]!;
      unmetOut[at] = unmet;
      missing[at] = missingBits[i]!;
      error[at] = errorBits[i]!;
      if (pathFlags[i] === (HAS_TIME | NON_TIME_OK | PROJECTABLE) && Number.isFinite(day)) ready[at] = day;
      else ready[at] = NaN;
    }
    if (unmet === 0) {
      metPath[at] = p;
      rowFlags[r - from]! |= metFlag;
    } else {
      active[left++] = r; // still unmet: tried on the next path
    }
  }
  return left;
}

/**
 * Evaluates rows [from, to) into `table` (catalogue §3): `level[r]` is the level index (-1 when
 * unknown or empty), `hasErrors[r]` marks rows with row errors, `skip[r]` blank rows. Rows are
 * grouped by level and each criterion runs over a level's rows at once, column by column.
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
  const levels = compiled.stepsFrom.length;
  ensureScratch(to - from);
  // Per level: has steps (1) or is the top (0); the allowance of a reserve level.
  const stepping = new Uint8Array(levels);
  const allowance = new Float64Array(levels);
  for (let lv = 0; lv < levels; lv++) {
    stepping[lv] = compiled.stepsFrom[lv]!.length > 0 ? 1 : 0;
    const lvl = compiled.levels[lv]!;
    allowance[lv] = lvl.reserve ? lvl.allowance ?? 0 : 0;
  }
  // Rows with steps, grouped by level (a counting sort).
  const starts = new Int32Array(levels + 1);
  rowFlags.fill(0, 0, to - from);
  for (let r = from; r < to; r++) {
    const lv = level[r]!;
    if (lv >= 0 && skip[r] !== 1 && stepping[lv] === 1) starts[lv + 1]!++;
  }
  for (let lv = 0; lv < levels; lv++) starts[lv + 1]! += starts[lv]!;
  const fill = starts.slice(0, levels);
  for (let r = from; r < to; r++) {
    const lv = level[r]!;
    if (lv >= 0 && skip[r] !== 1 && stepping[lv] === 1) byLevel[fill[lv]!++] = r;
  }
  for (let lv = 0; lv < levels; lv++) {
    const first = starts[lv]!;
    const count = starts[lv + 1]! - first;
    if (count === 0) continue;
    const steps = compiled.stepsFrom[lv]!;
    for (let k = 0; k < steps.length; k++) {
      const step = steps[k]!;
      for (let i = 0; i < count; i++) active[i] = byLevel[first + i]!;
      scoresOverRows(step, s, count, table, w, k);
      let n = count;
      for (let p = 0; p < step.paths.length && n > 0; p++) {
        const criteria = step.paths[p]!.criteria;
        unmetBits.fill(0, 0, n);
        missingBits.fill(0, 0, n);
        errorBits.fill(0, 0, n);
        readyDay.fill(-Infinity, 0, n);
        pathFlags.fill(NON_TIME_OK | PROJECTABLE, 0, n);
        for (let j = 0; j < criteria.length; j++) criterionOverRows(criteria[j]!, 1 << j, s, n, asOf, table, w, k);
        n = recordPath(table, n, w, k, p, step.vacancy ? ROW_VACANCY_MET : ROW_MET, from);
      }
    }
  }
  for (let r = from; r < to; r++) {
    if (skip[r] === 1) continue;
    const lv = level[r]!;
    const f = rowFlags[r - from]!;
    let status: number;
    if (hasErrors[r] === 1 || lv < 0) status = STATUS_ERROR;
    else if (stepping[lv] === 0) status = STATUS_TOP;
    else if ((f & ROW_MET) !== 0) status = STATUS_ELIGIBLE;
    else if ((f & ROW_VACANCY_MET) !== 0) status = STATUS_AWAITING;
    else status = STATUS_NOT;
    table.status[r] = status;
    table.allowance[r] = status === STATUS_AWAITING ? allowance[lv]! : 0;
  }
}
