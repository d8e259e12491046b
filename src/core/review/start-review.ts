import type { Cell } from "../model/cell";
import { isEmptyCell } from "../model/cell";
import { slotOf } from "../model/facts";
import type { Policy } from "../model/policy";
import type { Review, ReviewWarning, RowError, RowResult } from "../model/review";
import type { MappingOverride, RosterInput } from "../model/roster";
import { dayFromIso, isoFromDay } from "../evaluate/calendar";
import { compilePolicy, resolveLevel, type CompiledPolicy } from "../evaluate/compile";
import { createResultTable, evaluateRows, statusCode } from "../evaluate/evaluate-table";
import { createSlotStore, isBad, markBad, numColumn, readColumn, type SlotStore } from "../evaluate/slot-store";
import type { Locale } from "../i18n/locale";
import {
  duplicateIdMessage,
  emptyIdMessage,
  emptyLevelMessage,
  unknownLevelMessage,
  unreadableMessage,
} from "../i18n/row-messages";
import { cellAddress } from "../read/columns";
import { applyOverride, findHeaderRow } from "../read/headers";
import { foldText } from "../read/text";
import { closest } from "../util/closest";
import { DuplicateFinder } from "../util/duplicates";
import { TextMemo } from "../util/text-memo";
import { planColumns, type ColumnPlan } from "./column-plan";
import { AsOfError, RosterError } from "./errors";
import { defineLazyRows } from "./lazy-rows";
import { materializeRow, type MaterializeContext } from "./materialize";
import { bonusResultOf, payBonuses } from "./bonus-result";
import { SummaryBuilder } from "./summary";
import { buildTalentPool } from "./talent-pool";
import { fillWindows, levelsUsing, planWindows } from "./window-plan";
import { windowMonthsMessage } from "../i18n/window-label";

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
  /**
   * Reviews up to `count` more rows; false once every row is done. Each input row is read once:
   * when `next` returns, `input.rows[i]` for every `i < done` has been read (the title and header
   * rows come before the data) and is not read again, so a caller that owns a huge roster may
   * release those rows as the review goes.
   */
  next(count: number): boolean;
  /** The finished review (runs the remaining rows first). Its `rows` are built on first access. */
  result(): Review;
  /**
   * The finished review's rows one at a time, built as they are read and not kept: a streaming
   * writer can emit a million rows without holding a million row objects.
   */
  eachRow(): Generator<RowResult>;
}

const ID = slotOf("id");
const DEPT = slotOf("dept");
const LEVEL = slotOf("level");
const ATTENDANCE = slotOf("attendance");
const MID = slotOf("mid_exam");
const FINAL = slotOf("final_exam");
const TRAINING = slotOf("training");
const ERROR_STATUS = statusCode("error");
/** Rows read per block (about 100 KB of row arrays). */
const READ_BLOCK = 512;
const AWAITING_STATUS = statusCode("awaiting_vacancy");

/** True when a text starts with a character that is surely not white space (ASCII printable or CJK). */
function startsVisibly(t: string): boolean {
  const a = t.charCodeAt(0);
  return (a > 32 && a < 127) || (a >= 0x4e00 && a <= 0x9fff);
}

function isBlankRow(cells: readonly Cell[] | undefined): boolean {
  if (!cells) return true;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k];
    if (c === null || c === undefined) continue;
    if (typeof c !== "string" || startsVisibly(c) || !isEmptyCell(c)) return false;
  }
  return true;
}

/** Training passed per the seed's 3-month programme: attendance >= 80%, both exams >= 60 (catalogue §1). */
function deriveTraining(s: SlotStore, from: number, to: number, skip: Uint8Array): void {
  const out = numColumn(s, TRAINING);
  const a = s.num[ATTENDANCE];
  const m = s.num[MID];
  const f = s.num[FINAL];
  for (let r = from; r < to; r++) {
    if (skip[r] === 1) continue;
    if (isBad(s, ATTENDANCE, r) || isBad(s, MID, r) || isBad(s, FINAL, r)) {
      markBad(s, TRAINING, r);
      continue;
    }
    const av = a?.[r] ?? NaN;
    const mv = m?.[r] ?? NaN;
    const fv = f?.[r] ?? NaN;
    out[r] = Number.isNaN(av) || Number.isNaN(mv) || Number.isNaN(fv) ? NaN : av >= 0.8 - 1e-9 && mv >= 60 && fv >= 60 ? 1 : 0;
  }
}

/** Level names and aliases -> canonical name, for "closest level" suggestions. */
function suggestLevel(compiled: CompiledPolicy, text: string): string | null {
  const names = compiled.levels.flatMap((l) => [l.name, ...(l.aliases ?? [])].map((n) => [foldText(n), l.name] as const));
  const near = closest(foldText(text), names.map(([f]) => f));
  return names.find(([f]) => f === near)?.[1] ?? null;
}

/**
 * Starts a review of a roster: finds the header row and plans the columns, then reads and
 * evaluates rows in chunks (so a UI can show progress and cancel between chunks); duplicate ids
 * are flagged once every row is read.
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
  const windows = planWindows(match, compiled, asOf);
  /** Windows without enough month columns that some reviewed row needs. */
  const windowWarnings = (): ReviewWarning[] =>
    windows
      .filter((w) => {
        if (w.complete) return false;
        const levels = levelsUsing(compiled, w.window);
        return level.some((lv, r) => skip[r] !== 1 && levels.has(lv));
      })
      .map((w) => ({
        code: "window_months",
        field: w.window.field,
        window: w.window.spec,
        found: w.found,
        missing: w.missing,
        message: windowMonthsMessage(w.window.field, w.window.spec, w.found, w.missing, locale),
      }));
  const total = Math.max(0, input.rows.length - dataStart);
  const address = (index: number, r: number): string => cellAddress(input.sheet, firstColumn + index, firstRow + dataStart + r);

  const store = createSlotStore(total, compiled.slotCount);
  const table = createResultTable(compiled, total);
  const level = new Int32Array(total).fill(-1);
  const skip = new Uint8Array(total);
  const hasErrors = new Uint8Array(total);
  const errors = new Map<number, RowError[]>();
  const levelOf = new TextMemo((text) => resolveLevel(compiled, text));
  const ids = new DuplicateFinder(total, (r) => store.text[ID]?.[r] ?? "");
  const addError = (r: number, e: RowError): void => {
    hasErrors[r] = 1;
    const list = errors.get(r);
    if (list) list.push(e);
    else errors.set(r, [e]);
  };
  let finished: Review | null = null;
  let context: MaterializeContext | null = null;

  const badCell = plan.columns.map((col) => (r: number): void => {
    const cell = input.rows[dataStart + r]![col.index];
    const failure = col.read(cell);
    const expected = typeof failure === "object" && failure !== null ? failure.failure : "text";
    addError(r, { cell: address(col.index, r), code: "unreadable", message: unreadableMessage(col.header, cell, expected, locale) });
  });

  const readChunk = (from: number, to: number): void => {
    for (let r = from; r < to; r++) if (isBlankRow(input.rows[dataStart + r] as Cell[] | undefined)) skip[r] = 1;
    // Column by column within blocks of rows small enough to stay in the CPU cache.
    for (let block = from; block < to; block += READ_BLOCK) {
      const end = Math.min(to, block + READ_BLOCK);
      plan.columns.forEach((col, k) => readColumn(store, col.slot, col.read, col.fast, input.rows, col.index, dataStart, block, end, skip, badCell[k]!));
    }
    if (plan.deriveTraining) deriveTraining(store, from, to, skip);
    fillWindows(windows, store, input.rows, dataStart, from, to, skip, (r, w, k) => {
      const index = w.indexes[k]!;
      const cell = input.rows[dataStart + r]![index];
      const failure = w.read(cell);
      const expected = typeof failure === "object" && failure !== null ? failure.failure : "number";
      addError(r, { cell: address(index, r), code: "unreadable", message: unreadableMessage(w.headers[k]!, cell, expected, locale) });
    });
    const idColumn = store.text[ID];
    const levels = store.text[LEVEL];
    for (let r = from; r < to; r++) {
      if (skip[r] === 1) continue;
      const id = idColumn?.[r] ?? "";
      if (id === "") {
        if (!isBad(store, ID, r)) addError(r, { cell: address(Math.max(plan.idIndex, 0), r), code: "empty_id", message: emptyIdMessage(locale) });
      } else {
        ids.add(id, r);
      }
      const text = levels?.[r] ?? "";
      if (text === "") {
        if (!isBad(store, LEVEL, r)) addError(r, { cell: address(Math.max(plan.levelIndex, 0), r), code: "empty_level", message: emptyLevelMessage(locale) });
        continue;
      }
      const lv = levelOf.get(text);
      level[r] = lv;
      if (lv < 0) {
        const message = unknownLevelMessage(text, suggestLevel(compiled, text), compiled.policy.name, locale);
        addError(r, { cell: address(plan.levelIndex, r), code: "unknown_level", message });
      }
    }
  };

  const flagDuplicates = (): void => {
    for (const [id, seen] of ids.duplicates()) {
      const message = duplicateIdMessage(id, seen.map((r) => firstRow + dataStart + r), locale);
      for (const r of seen) {
        addError(r, { cell: address(plan.idIndex, r), code: "duplicate_id", message });
        table.status[r] = ERROR_STATUS;
        table.allowance[r] = 0;
      }
    }
  };

  const finish = (): Review => {
    flagDuplicates();
    const bonus = compiled.bonus;
    const paid = bonus ? payBonuses(bonus, store, level, table.status, skip, asOf) : null;
    const base: MaterializeContext = { compiled, store, table, level, asOf, firstRow, dataStart, errors };
    const ctx: MaterializeContext = bonus && paid ? { ...base, bonus: (r) => bonusResultOf(base, { ...compiled, bonus }, paid, r) } : base;
    context = ctx;
    const levelNames = compiled.levels.map((l) => l.name);
    const summary = new SummaryBuilder(levelNames);
    if (bonus) summary.withBonus(bonus.tiers);
    const depts = store.text[DEPT];
    const levelTexts = store.text[LEVEL];
    const awaiting: RowResult[] = [];
    for (let r = 0; r < total; r++) {
      if (skip[r] === 1) continue;
      const lv = level[r]!;
      summary.add(table.status[r]!, lv >= 0 ? "" : levelTexts?.[r] ?? "", depts?.[r] ?? "", table.allowance[r]!, lv);
      if (paid) summary.addBonus(paid[r]!);
      if (table.status[r] === AWAITING_STATUS) awaiting.push(materializeRow(ctx, r));
    }
    const warnings = windowWarnings();
    const review = {
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
      rows: [] as readonly RowResult[],
      summary: summary.build(levelNames),
      talentPool: buildTalentPool(awaiting),
      ...(warnings.length > 0 ? { warnings } : {}),
    };
    // Row objects are the costly part of a review (about 10 objects a row): build them when asked.
    return defineLazyRows(review, () => {
      const rows: RowResult[] = [];
      for (let r = 0; r < total; r++) if (skip[r] !== 1) rows.push(materializeRow(ctx, r));
      return rows;
    });
  };

  // `done` is a data property, not a getter: an object literal with an accessor gets a map of
  // its own, kept in the old generation, which held every review's columns through minor GCs.
  const run: ReviewRun & { done: number } = {
    total,
    done: 0,
    next(count: number): boolean {
      const from = run.done;
      const end = Math.min(total, from + count);
      if (end > from) {
        readChunk(from, end);
        evaluateRows(compiled, store, level, hasErrors, skip, asOf, table, from, end);
        run.done = end;
      }
      return end < total;
    },
    result(): Review {
      if (!finished) {
        while (run.next(10000));
        finished = finish();
      }
      return finished;
    },
    *eachRow(): Generator<RowResult> {
      run.result();
      for (let r = 0; r < total; r++) if (skip[r] !== 1) yield materializeRow(context!, r);
    },
  };
  return run;
}

/**
 * Reviews a whole roster (catalogue §3, §6, §7): per-row results that never stop on bad rows,
 * summary counts and the talent pool.
 * @throws {@link RosterError} when no header row is found; {@link AsOfError} for a bad date.
 */
export function reviewRoster(input: RosterInput, policy: Policy | CompiledPolicy, options: ReviewOptions): Review {
  return startReview(input, policy, options).result();
}

