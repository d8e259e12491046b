import { slotOf } from "../model/facts";
import { STATUSES, type BonusResult, type RowError, type RowResult, type TargetResult, type Unmet, type UnmetReason } from "../model/review";
import { EDUCATION_LEVELS } from "../read/education";
import { isoFromDay, monthsCompleted } from "../evaluate/calendar";
import type { CompiledCriterion, CompiledPolicy } from "../evaluate/compile";
import {
  ERROR,
  MISSING,
  SCORE_OK,
  timeStart,
  type ResultTable,
} from "../evaluate/evaluate-table";
import { isBad, numAt, textAt, type SlotStore } from "../evaluate/slot-store";

const ID = slotOf("id");
const NAME = slotOf("name");
const DEPT = slotOf("dept");
const LEVEL = slotOf("level");
const HIRE = slotOf("hire_date");
const LEVEL_SINCE = slotOf("level_date");
const EXPERIENCE = slotOf("experience");
const PERF = slotOf("perf");
const SKILL = slotOf("skill");
const NO_UNMET: readonly Unmet[] = Object.freeze([]);
const NO_ERRORS: readonly RowError[] = Object.freeze([]);

/** Everything needed to turn a row of the result table into the catalogue §7 object. */
export interface MaterializeContext {
  readonly compiled: CompiledPolicy;
  readonly store: SlotStore;
  readonly table: ResultTable;
  readonly level: Int32Array;
  readonly asOf: number;
  readonly firstRow: number;
  /** Sheet row index of data row 0. */
  readonly dataStart: number;
  readonly errors: ReadonlyMap<number, readonly RowError[]>;
  /** The bonus of data row r, when the policy has bonus tiers. */
  readonly bonus?: (r: number) => BonusResult;
}

function text(s: SlotStore, slot: number, r: number): string {
  return textAt(s, slot, r) ?? "";
}

function num(s: SlotStore, slot: number, r: number): number | null {
  const v = numAt(s, slot, r);
  return Number.isNaN(v) ? null : v;
}

/** The employee's value for an unmet criterion, as the contract reports it. */
export function actualOf(c: CompiledCriterion, ctx: MaterializeContext, r: number, score: number): Unmet["actual"] {
  const s = ctx.store;
  if (c.kind === "time") {
    const start = timeStart(c, s, r);
    if (start === -Infinity) return num(s, EXPERIENCE, r);
    return start < 0 && (start === -MISSING || start === -ERROR) ? null : monthsCompleted(start, ctx.asOf) / 12;
  }
  if (c.field === "score") return score;
  if (c.kind === "date" || c.kind === "within") {
    const day = num(s, c.slot, r);
    return day === null ? null : isoFromDay(day);
  }
  const t = textAt(s, c.slot, r);
  if (t !== null) return t;
  const v = num(s, c.slot, r);
  if (v === null) return null;
  if (c.kind === "boolean") return v === 1;
  if (c.kind === "education") return EDUCATION_LEVELS[v] ?? v;
  return v;
}

/** The unmet entry of a criterion: blockers and windows say so (`blocker`, `label`, `window`). */
export function unmetEntry(c: CompiledCriterion, reason: UnmetReason, actual: Unmet["actual"]): Unmet {
  const u: Unmet = { field: c.field, op: c.op, required: c.source.value, actual, reason };
  if (!c.blocker && !c.window) return u;
  return {
    ...u,
    ...(c.blocker ? { blocker: true as const } : {}),
    ...(c.blocker?.label !== undefined ? { label: c.blocker.label } : {}),
    ...(c.window ? { window: c.window.spec } : {}),
  };
}

function yearsSince(s: SlotStore, slot: number, r: number, asOf: number): number | null {
  if (isBad(s, slot, r)) return null;
  const v = num(s, slot, r);
  return v === null ? null : monthsCompleted(v, asOf) / 12;
}

/** Builds the catalogue §7 row object of data row `r`. */
/* eslint-disable @typescript-eslint/no-non-null-assertion -- per-row hot loop: r is a data row and at = r * width + k a cell of the result table; lv >= 0 and step.to are level indexes; metPath indexes the step's paths; a status code indexes STATUSES */
export function materializeRow(ctx: MaterializeContext, r: number): RowResult {
  const { compiled, store: s, table } = ctx;
  const lv = ctx.level[r]!;
  const steps = lv >= 0 ? compiled.stepsFrom[lv]! : [];
  const targets: TargetResult[] = [];
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k]!;
    const at = r * table.width + k;
    const metPath = table.metPath[at]!;
    const path = step.paths[metPath >= 0 ? metPath : 0]!;
    const score = table.scoreState[at] === SCORE_OK ? table.score[at]! : null;
    let unmet: Unmet[] | null = null;
    const mask = table.unmet[at]!;
    if (mask !== 0) {
      path.criteria.forEach((c, j) => {
        if ((mask & (1 << j)) === 0) return;
        const reason: UnmetReason = table.missing[at]! & (1 << j) ? "missing" : table.error[at]! & (1 << j) ? "error" : "below";
        const actual = reason === "below" ? actualOf(c, ctx, r, score ?? NaN) : null;
        (unmet ??= []).push(unmetEntry(c, reason, actual));
      });
    }
    const ready = table.ready[at]!;
    targets.push({
      level: compiled.levels[step.to]!.name,
      met: metPath >= 0,
      path: metPath >= 0 ? path.id : null,
      score,
      unmet: unmet ?? NO_UNMET,
      readyDate: Number.isNaN(ready) ? null : isoFromDay(ready),
      vacancy: step.vacancy,
    });
  }
  const levelText = text(s, LEVEL, r);
  const since = isBad(s, LEVEL_SINCE, r) || num(s, LEVEL_SINCE, r) !== null ? LEVEL_SINCE : HIRE;
  const yearsInLevel = yearsSince(s, since, r, ctx.asOf);
  return {
    row: ctx.firstRow + ctx.dataStart + r,
    id: text(s, ID, r),
    name: text(s, NAME, r),
    dept: text(s, DEPT, r),
    level: lv >= 0 ? compiled.levels[lv]!.name : levelText,
    status: STATUSES[table.status[r]!]!,
    targets,
    allowance: table.allowance[r]!,
    errors: ctx.errors.get(r) ?? NO_ERRORS,
    yearsInLevel,
    tenure: since === HIRE ? yearsInLevel : yearsSince(s, HIRE, r, ctx.asOf),
    perf: num(s, PERF, r),
    skill: num(s, SKILL, r),
    ...(ctx.bonus ? { bonus: ctx.bonus(r) } : {}),
  };
}
/* eslint-enable @typescript-eslint/no-non-null-assertion */
