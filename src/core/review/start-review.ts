import type { Cell } from "../model/cell";
import { isEmptyCell } from "../model/cell";
import type { Facts, FactValue } from "../model/facts";
import { slotOf } from "../model/facts";
import type { Policy } from "../model/policy";
import type { Review, RowError, RowResult } from "../model/review";
import type { MappingOverride, RosterInput } from "../model/roster";
import { dayFromIso, isoFromDay, monthsCompleted } from "../evaluate/calendar";
import { compilePolicy, resolveLevel, type CompiledPolicy } from "../evaluate/compile";
import { evaluateFacts } from "../evaluate/evaluate";
import type { Locale } from "../i18n/locale";
import {
  duplicateIdMessage,
  emptyIdMessage,
  emptyLevelMessage,
  unknownLevelMessage,
  unreadableMessage,
} from "../i18n/row-messages";
import { cellAddress } from "../read/columns";
import { isFailure } from "../read/failure";
import { applyOverride, findHeaderRow } from "../read/headers";
import { foldText } from "../read/text";
import { closest } from "../util/closest";
import { planColumns, type ColumnPlan } from "./column-plan";
import { AsOfError, RosterError } from "./errors";
import { summarize } from "./summary";
import { buildTalentPool } from "./talent-pool";

/** Options of a review. */
export interface ReviewOptions {
  /** As-of date, YYYY-MM-DD. */
  readonly asOf: string;
  /** Language of messages (default zh-CN). */
  readonly locale?: Locale;
  /** User corrections of the header mapping. */
  readonly mapping?: MappingOverride;
}

/** A review in progress: call `next` until it returns false, then `result`. */
export interface ReviewRun {
  /** Data rows below the header row (blank rows included). */
  readonly total: number;
  /** Rows processed so far. */
  readonly done: number;
  /** Reviews up to `count` more rows; false once every row is done. */
  next(count: number): boolean;
  /** The finished review (runs the remaining rows first). */
  result(): Review;
}

const ATTENDANCE = slotOf("attendance");
const MID = slotOf("mid_exam");
const FINAL = slotOf("final_exam");
const TRAINING = slotOf("training");
const HIRE = slotOf("hire_date");
const LEVEL_SINCE = slotOf("level_date");
const PERF = slotOf("perf");
const SKILL = slotOf("skill");
const ID = slotOf("id");
const NAME = slotOf("name");
const DEPT = slotOf("dept");
const LEVEL = slotOf("level");

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const NO_ERRORS: readonly RowError[] = Object.freeze([]);

function isBlankRow(cells: readonly Cell[]): boolean {
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k];
    if (c !== null && c !== undefined && (typeof c !== "string" || !isEmptyCell(c))) return false;
  }
  return true;
}

function textOf(v: FactValue): string {
  return typeof v === "string" ? v : "";
}

/** Training passed per the seed's 3-month programme: attendance >= 80%, both exams >= 60. */
function derivedTraining(values: FactValue[]): FactValue {
  const a = values[ATTENDANCE];
  const m = values[MID];
  const f = values[FINAL];
  if (isFailure(a) || isFailure(m) || isFailure(f)) return { failure: "boolean" };
  if (typeof a !== "number" || typeof m !== "number" || typeof f !== "number") return null;
  return a >= 0.8 - 1e-9 && m >= 60 && f >= 60;
}

function yearsSince(start: FactValue, asOf: number): number | null {
  return typeof start === "number" ? monthsCompleted(start, asOf) / 12 : null;
}

function numberOrNull(v: FactValue): number | null {
  return typeof v === "number" ? v : null;
}

/** Level names and aliases -> canonical name, for "closest level" suggestions. */
function levelCandidates(compiled: CompiledPolicy): { names: string[]; canonical: Map<string, string> } {
  const canonical = new Map<string, string>();
  for (const level of compiled.levels) for (const n of [level.name, ...(level.aliases ?? [])]) canonical.set(n, level.name);
  return { names: [...canonical.keys()], canonical };
}

/**
 * Starts a review of a roster: finds the header row, plans the columns, flags duplicate ids,
 * then evaluates rows in chunks (so a UI can show progress and cancel between chunks).
 * @throws {@link RosterError} when no header row is found; {@link AsOfError} for a bad date.
 */
export function startReview(input: RosterInput, policy: Policy | CompiledPolicy, options: ReviewOptions): ReviewRun {
  const compiled = "stepsFrom" in policy ? policy : compilePolicy(policy);
  const asOf = dayFromIso(options.asOf);
  if (asOf === null) throw new AsOfError(options.asOf);
  const locale = options.locale ?? "zh-CN";
  const found = findHeaderRow(input.rows);
  if (!found) {
    throw new RosterError(
      locale === "zh-CN"
        ? `“${input.sheet}”的前 20 行中找不到表头：表头需要包含工号、职级和至少三个其他已知列（如姓名、入职日期、绩效）`
        : `No header row in the first 20 rows of "${input.sheet}": it needs an ID column, a level column and at least three other known columns (name, hire date, performance...)`,
    );
  }
  const match = options.mapping ? applyOverride(found, options.mapping) : found;
  const firstRow = input.firstRow ?? 1;
  const firstColumn = input.firstColumn ?? 0;
  const plan: ColumnPlan = planColumns(match, compiled, firstColumn);
  const dataStart = match.index + 1;
  const total = Math.max(0, input.rows.length - dataStart);
  const address = (index: number, i: number): string => cellAddress(input.sheet, firstColumn + index, firstRow + i);
  const levels = levelCandidates(compiled);
  const levelCache = new Map<string, number>();
  const results: Mutable<RowResult>[] = [];
  /** Rows (index into results) per id, for the duplicate check once every row is read. */
  const byId = new Map<string, number | number[]>();
  let done = 0;
  let finished: Review | null = null;
  const scratch = new Array<FactValue>(compiled.slotCount).fill(null);

  const reviewRow = (i: number): void => {
    const cells = input.rows[i] ?? [];
    if (isBlankRow(cells)) return;
    // One scratch array serves every row: the evaluator reads it during the call only.
    const values = scratch.fill(null);
    const errors: RowError[] = [];
    for (const col of plan.columns) {
      const cell = cells[col.index];
      const v = col.read(cell);
      values[col.slot] = v;
      if (isFailure(v)) {
        errors.push({ cell: address(col.index, i), code: "unreadable", message: unreadableMessage(col.header, cell, v.failure, locale) });
      }
    }
    if (plan.deriveTraining) values[TRAINING] = derivedTraining(values);
    const row = firstRow + i;
    const id = textOf(values[ID]!);
    if (id === "" && !isFailure(values[ID])) {
      errors.push({ cell: address(Math.max(plan.idIndex, 0), i), code: "empty_id", message: emptyIdMessage(locale) });
    }
    const levelText = textOf(values[LEVEL]!);
    let level = -1;
    if (levelText === "") {
      if (!isFailure(values[LEVEL])) {
        errors.push({ cell: address(Math.max(plan.levelIndex, 0), i), code: "empty_level", message: emptyLevelMessage(locale) });
      }
    } else {
      const cached = levelCache.get(levelText);
      level = cached ?? resolveLevel(compiled, levelText);
      if (cached === undefined) levelCache.set(levelText, level);
      if (level < 0) {
        const near = closest(foldText(levelText), levels.names.map(foldText));
        const suggestion = near === null ? null : levels.canonical.get(levels.names.find((n) => foldText(n) === near)!) ?? null;
        errors.push({
          cell: address(plan.levelIndex, i),
          code: "unknown_level",
          message: unknownLevelMessage(levelText, suggestion, compiled.policy.name, locale),
        });
      }
    }
    const facts: Facts = { row, id, name: textOf(values[NAME]!), dept: textOf(values[DEPT]!), level, levelText, values };
    const evaluation = evaluateFacts(compiled, facts, asOf, errors.length > 0);
    const since = values[LEVEL_SINCE] !== null ? values[LEVEL_SINCE]! : values[HIRE]!;
    const yearsInLevel = yearsSince(since, asOf);
    if (id !== "") {
      const seen = byId.get(id);
      if (seen === undefined) byId.set(id, results.length);
      else if (typeof seen === "number") byId.set(id, [seen, results.length]);
      else seen.push(results.length);
    }
    results.push({
      row,
      id,
      name: facts.name,
      dept: facts.dept,
      level: level >= 0 ? compiled.levels[level]!.name : levelText,
      status: evaluation.status,
      targets: evaluation.targets,
      allowance: evaluation.allowance,
      errors: errors.length > 0 ? errors : NO_ERRORS,
      yearsInLevel,
      tenure: since === values[HIRE] ? yearsInLevel : yearsSince(values[HIRE]!, asOf),
      perf: numberOrNull(values[PERF]!),
      skill: numberOrNull(values[SKILL]!),
    });
  };

  const run: ReviewRun = {
    total,
    get done() {
      return done;
    },
    next(count: number): boolean {
      const end = Math.min(total, done + count);
      for (; done < end; done++) reviewRow(dataStart + done);
      return done < total;
    },
    result(): Review {
      if (finished) return finished;
      while (run.next(10000));
      flagDuplicates(results, byId, plan.idIndex, (index, row) => address(index, row - firstRow), locale);
      finished = {
        policy: {
          id: compiled.policy.id,
          name: compiled.policy.name,
          nameEn: compiled.policy.nameEn,
          version: compiled.policy.version,
          fingerprint: compiled.fingerprint,
        },
        asOf: isoFromDay(asOf),
        sheet: input.sheet,
        headerRow: firstRow + match.index,
        columns: plan.mapping,
        rows: results,
        summary: summarize(results, compiled),
        talentPool: buildTalentPool(results),
      };
      return finished;
    },
  };
  return run;
}

/** Flags every occurrence of a repeated id (catalogue §6): an error on its id cell, status error, no allowance. */
function flagDuplicates(
  results: Mutable<RowResult>[],
  byId: ReadonlyMap<string, number | number[]>,
  idIndex: number,
  address: (index: number, row: number) => string,
  locale: Locale,
): void {
  for (const [id, seen] of byId) {
    if (typeof seen === "number") continue;
    const rows = seen.map((k) => results[k]!.row);
    const message = duplicateIdMessage(id, rows, locale);
    for (const k of seen) {
      const r = results[k]!;
      r.errors = [...r.errors, { cell: address(idIndex, r.row), code: "duplicate_id", message }];
      r.status = "error";
      r.allowance = 0;
    }
  }
}

/**
 * Reviews a whole roster (catalogue §3, §6, §7): per-row results that never stop on bad rows,
 * summary counts and the talent pool.
 * @throws {@link RosterError} when no header row is found; {@link AsOfError} for a bad date.
 */
export function reviewRoster(input: RosterInput, policy: Policy | CompiledPolicy, options: ReviewOptions): Review {
  return startReview(input, policy, options).result();
}
