import { slotOf } from "../model/facts";
import type { Policy } from "../model/policy";
import type { Review, ReviewWarning, RowError, RowResult } from "../model/review";
import type { MappingOverride, RosterInput } from "../model/roster";
import { dayFromIso, isoFromDay } from "../evaluate/calendar";
import { compilePolicy, isCompiledPolicy, resolveLevel, type CompiledPolicy } from "../evaluate/compile";
import { createResultTable, evaluateRows, statusCode, type ResultTable } from "../evaluate/evaluate-table";
import { createSlotStore, isBad, markBad, numColumn, textAt, type SlotStore } from "../evaluate/slot-store";
import type { Locale } from "../i18n/locale";
import {
  duplicateIdMessage,
  emptyIdMessage,
  emptyLevelMessage,
  unknownLevelMessage,
  unreadableMessage,
} from "../i18n/row-messages";
import { cellAddress } from "../read/columns";
import type { Expected } from "../read/failure";
import { applyOverride, findHeaderRow, type HeaderMatch } from "../read/headers";
import { foldText } from "../read/text";
import { closest } from "../util/closest";
import { DuplicateFinder } from "../util/duplicates";
import { TextMemo } from "../util/text-memo";
import { planColumns, type CellReader, type ColumnPlan } from "./column-plan";
import { RowReader } from "./read-rows";
import { rowProgram, type ProgramContext } from "./row-program";
import { AsOfError, RosterError } from "./errors";
import { defineLazyRows } from "./lazy-rows";
import { materializeRow, type MaterializeContext } from "./materialize";
import { bonusResultOf, payBonuses } from "./bonus-result";
import { SummaryBuilder } from "./summary";
import { buildTalentPool } from "./talent-pool";
import { fillWindows, levelsUsing, planWindows, type WindowColumns } from "./window-plan";
import { windowMonthsMessage } from "../i18n/window-label";
import { columnMessages } from "../i18n/column-messages";
import { explainHeaderless } from "../insight/columns";
import { must, mustExist } from "../util/must";

/** Options of a review. */
export interface ReviewOptions {
  /** As-of date, YYYY-MM-DD. */
  readonly asOf: string;
  /** Language of messages (default zh-CN). */
  readonly locale?: Locale;
  /** User corrections of the header mapping. */
  readonly mapping?: MappingOverride;
  /**
   * How rows are read and evaluated: `"auto"` (the default) runs a function generated for the
   * policy and the roster's layout on rosters of 256 rows or more, where the host allows
   * generating code (see `row-program.ts`); `"interpreted"` never generates code (for a host whose
   * Content-Security-Policy forbids it, as the add-in's); `"generated"` generates it whatever the
   * roster's size (tests). Every engine gives the same review.
   */
  readonly engine?: "auto" | "interpreted" | "generated";
}

/** A review in progress: call `next` until it returns false, then `result`. */
export interface ReviewRun {
  /** Data rows below the header row (blank rows included). */
  readonly total: number;
  /** Rows processed so far. */
  readonly done: number;
  /** How the roster's columns were mapped (the finished review's `columns`), known from the start. */
  readonly columns: Review["columns"];
  /**
   * Reviews up to `count` more rows; false once every row is done. With `input.transient`, each
   * input row is read once: when `next` returns, `input.rows[i]` for every `i < done` has been
   * read (the title and header rows come before the data) and is not read again, so a caller that
   * owns a huge roster may release those rows as the review goes. Otherwise the review reads the
   * texts and numbers it reports from the rows when asked.
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
const LEVEL = slotOf("level");
const ATTENDANCE = slotOf("attendance");
const MID = slotOf("mid_exam");
const FINAL = slotOf("final_exam");
const TRAINING = slotOf("training");
const ERROR_STATUS = statusCode("error");
/** Rows read and evaluated together (their values take about 100 KB). */
const BLOCK = 512;
/** Rosters smaller than this are not worth generating code for (`engine: "auto"`). */
const PROGRAM_MIN_ROWS = 256;
const AWAITING_STATUS = statusCode("awaiting_vacancy");

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

/** Stage 1, where the data is: the header row, the column plan, the windows and the review date. */
interface ReviewPlan {
  readonly asOf: number;
  readonly locale: Locale;
  readonly match: HeaderMatch;
  readonly plan: ColumnPlan;
  readonly windows: readonly WindowColumns[];
  /** Index in `input.rows` of data row 0. */
  readonly dataStart: number;
  /** Data rows (blank rows included). */
  readonly total: number;
  readonly firstRow: number;
  /** The sheet address of a cell: plan column `index`, data row r (`客服部!N51`). */
  readonly address: (index: number, r: number) => string;
}

/** Finds the header row and plans the columns. @throws {@link RosterError}, {@link AsOfError} */
function planReview(input: RosterInput, compiled: CompiledPolicy, options: ReviewOptions): ReviewPlan {
  const asOf = dayFromIso(options.asOf);
  if (asOf === null) throw new AsOfError(options.asOf);
  const locale = options.locale ?? "zh-CN";
  const found = findHeaderRow(input.rows, undefined, options.mapping);
  if (!found) {
    const why = explainHeaderless(input.rows, 20, options.mapping, input.firstColumn ?? 0);
    throw new RosterError(columnMessages(locale).headerless(input.sheet, why, input.firstRow ?? 1));
  }
  const match = options.mapping ? applyOverride(found, options.mapping) : found;
  const firstRow = input.firstRow ?? 1;
  const firstColumn = input.firstColumn ?? 0;
  const dataStart = match.index + 1;
  return {
    asOf,
    locale,
    match,
    plan: planColumns(match, compiled, firstColumn),
    windows: planWindows(match, compiled, asOf),
    dataStart,
    total: Math.max(0, input.rows.length - dataStart),
    firstRow,
    address: (index, r) => cellAddress(input.sheet, firstColumn + index, firstRow + dataStart + r),
  };
}

/** Stage 2, what a review accumulates: values, results, keys and row errors, one slot per data row. */
interface ReviewState {
  readonly store: SlotStore;
  readonly table: ResultTable;
  readonly level: Int32Array;
  readonly skip: Uint8Array;
  readonly hasErrors: Uint8Array;
  readonly errors: Map<number, RowError[]>;
  readonly dept: Int32Array;
  readonly deptNames: string[];
  readonly ids: DuplicateFinder;
}

function createReviewState(input: RosterInput, compiled: CompiledPolicy, p: ReviewPlan): ReviewState {
  // Texts are read from the roster when asked, unless the caller lets its rows go as they are read.
  const store = createSlotStore(p.total, compiled.slotCount, input.transient ? undefined : { cells: input.rows, at: p.dataStart });
  return {
    store,
    table: createResultTable(compiled, p.total),
    level: new Int32Array(p.total).fill(-1),
    skip: new Uint8Array(p.total),
    hasErrors: new Uint8Array(p.total),
    errors: new Map(),
    dept: new Int32Array(p.total),
    deptNames: [],
    ids: new DuplicateFinder(p.total, (r) => textAt(store, ID, r) ?? ""),
  };
}

function addError(state: ReviewState, r: number, e: RowError): void {
  state.hasErrors[r] = 1;
  const list = state.errors.get(r);
  if (list) list.push(e);
  else state.errors.set(r, [e]);
}

/** Records an unreadable cell of data row r (the reader's reason, else `fallback`). */
function addUnreadable(input: RosterInput, p: ReviewPlan, state: ReviewState, cellAt: { index: number; header: string; read: CellReader }, r: number, fallback: Expected): void {
  const cell = input.rows[p.dataStart + r]?.[cellAt.index];
  const failure = cellAt.read(cell);
  const known = typeof failure === "object" && failure !== null && "failure" in failure ? failure : null;
  const expected = known ? known.failure : fallback;
  addError(state, r, { cell: p.address(cellAt.index, r), code: "unreadable", message: unreadableMessage(cellAt.header, cell, expected, p.locale, known?.limit) });
}

/** Reads and evaluates data rows [from, to). */
type BlockRunner = (from: number, to: number) => void;

/**
 * Stage 3, reading and evaluating: through a program generated for the policy and layout where
 * there is one (`row-program.ts`), the rows it leaves and every row otherwise interpreted.
 */
function createBlockRunner(input: RosterInput, compiled: CompiledPolicy, p: ReviewPlan, state: ReviewState, engine: ReviewOptions["engine"] = "auto"): BlockRunner {
  const { plan, windows, dataStart, asOf } = p;
  const { store, table, level, skip, hasErrors } = state;
  // Numbers the program reads are not copied (they are read from the roster when asked) unless
  // something reads every row's numbers: the derived training result or the bonus tiers.
  const lazyNumbers = store.cells !== null && !plan.deriveTraining && compiled.bonus === null;
  const program =
    windows.length === 0 && (engine === "generated" || (engine === "auto" && p.total >= PROGRAM_MIN_ROWS))
      ? rowProgram(compiled, plan, table.width, RowReader.keyColumnsOf(plan), lazyNumbers)
      : null;
  const reader = new RowReader(
    plan,
    store,
    { ids: state.ids, levelOf: new TextMemo((text) => resolveLevel(compiled, text)), deptOf: new TextMemo((text) => state.deptNames.push(text) - 1), level, dept: state.dept },
    {
      unreadable: (k, r) => {
        const col = must(plan.columns[k], `planned column ${k}`);
        addUnreadable(input, p, state, col, r, "text");
      },
      emptyId: (r) => addError(state, r, { cell: p.address(Math.max(plan.idIndex, 0), r), code: "empty_id", message: emptyIdMessage(p.locale) }),
      emptyLevel: (r) => addError(state, r, { cell: p.address(Math.max(plan.levelIndex, 0), r), code: "empty_level", message: emptyLevelMessage(p.locale) }),
      unknownLevel: (text, r) => {
        const message = unknownLevelMessage(text, suggestLevel(compiled, text), compiled.policy.name, p.locale);
        addError(state, r, { cell: p.address(plan.levelIndex, r), code: "unknown_level", message });
      },
    },
    program !== null && lazyNumbers,
  );
  if (!program) {
    return (from, to) => {
      reader.read(input.rows, dataStart, from, to, skip);
      if (plan.deriveTraining) deriveTraining(store, from, to, skip);
      fillWindows(windows, store, input.rows, dataStart, from, to, skip, (r, w, k) =>
        addUnreadable(input, p, state, { index: must(w.indexes[k], `window column ${k}`), header: must(w.headers[k], `window header ${k}`), read: w.read }, r, "number"),
      );
      evaluateRows(compiled, store, level, hasErrors, skip, asOf, table, from, to);
    };
  }
  const context: ProgramContext = { reader, table, skip, level, hasErrors, asOf, pending: new Int32Array(BLOCK) };
  return (from, to) => {
    const left = program(input.rows, dataStart, from, to, context);
    if (plan.deriveTraining) deriveTraining(store, from, to, skip);
    for (const r of context.pending.subarray(0, left)) {
      evaluateRows(compiled, store, level, hasErrors, skip, asOf, table, r, r + 1);
    }
  };
}

/** Stage 4, once every row is read: each occurrence of a duplicate 工号 becomes a row error. */
function flagDuplicates(p: ReviewPlan, state: ReviewState): void {
  for (const [id, seen] of state.ids.duplicates()) {
    const message = duplicateIdMessage(id, seen.map((r) => p.firstRow + p.dataStart + r), p.locale);
    for (const r of seen) {
      addError(state, r, { cell: p.address(p.plan.idIndex, r), code: "duplicate_id", message });
      state.table.status[r] = ERROR_STATUS;
      state.table.allowance[r] = 0;
    }
  }
}

/** Windows without enough month columns that some reviewed row needs. */
function windowWarnings(compiled: CompiledPolicy, p: ReviewPlan, state: ReviewState): ReviewWarning[] {
  return p.windows
    .filter((w) => {
      if (w.complete) return false;
      const levels = levelsUsing(compiled, w.window);
      return state.level.some((lv, r) => state.skip[r] !== 1 && levels.has(lv));
    })
    .map((w) => ({
      code: "window_months",
      field: w.window.field,
      window: w.window.spec,
      found: w.found,
      missing: w.missing,
      message: windowMonthsMessage(w.window.field, w.window.spec, w.found, w.missing, p.locale),
    }));
}

/** Stage 5, the finished review: bonuses, summary, talent pool and warnings; rows built when read. */
function finishReview(input: RosterInput, compiled: CompiledPolicy, p: ReviewPlan, state: ReviewState): { review: Review; context: MaterializeContext } {
  flagDuplicates(p, state);
  const { store, table, level, skip, errors } = state;
  const asOf = p.asOf;
  const bonus = compiled.bonus;
  const paid = bonus ? payBonuses(bonus, store, level, table.status, skip, asOf) : null;
  const base: MaterializeContext = { compiled, store, table, level, asOf, firstRow: p.firstRow, dataStart: p.dataStart, errors };
  const ctx: MaterializeContext = bonus && paid ? { ...base, bonus: (r) => bonusResultOf(base, { ...compiled, bonus }, paid, r) } : base;
  const levelNames = compiled.levels.map((l) => l.name);
  const summary = new SummaryBuilder(levelNames, state.deptNames);
  if (bonus) summary.withBonus(bonus.tiers);
  summary.addAll(table.status, level, state.dept, table.allowance, skip, (r) => textAt(store, LEVEL, r) ?? "");
  const awaiting: RowResult[] = [];
  for (let r = 0; r < p.total; r++) {
    if (skip[r] === 1) continue;
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: r < p.total, the length of paid
    if (paid) summary.addBonus(paid[r]!);
    if (table.status[r] === AWAITING_STATUS) awaiting.push(materializeRow(ctx, r));
  }
  const warnings = windowWarnings(compiled, p, state);
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
    headerRow: p.firstRow + p.match.index,
    columns: p.plan.mapping,
    rows: [] as readonly RowResult[],
    summary: summary.build(levelNames),
    talentPool: buildTalentPool(awaiting),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
  // Row objects are the costly part of a review (about 10 objects a row): build them when asked.
  const lazy = defineLazyRows(review, () => {
    const rows: RowResult[] = [];
    for (let r = 0; r < p.total; r++) if (skip[r] !== 1) rows.push(materializeRow(ctx, r));
    return rows;
  });
  return { review: lazy, context: ctx };
}

/**
 * Starts a review of a roster: finds the header row and plans the columns, then reads and
 * evaluates rows in chunks (so a UI can show progress and cancel between chunks); duplicate ids
 * are flagged once every row is read. The stages: {@link planReview}, {@link createReviewState},
 * {@link createBlockRunner} (per chunk), {@link finishReview}.
 * @example
 * const run = startReview({ sheet: "客服部", rows }, compilePolicy(getTemplate("taobao-cs")!), { asOf: "2026-11-23" });
 * while (run.next(1000)) showProgress(run.done / run.total);
 * const review = run.result();
 * @throws {@link RosterError} when no header row is found; {@link AsOfError} for a bad date.
 */
export function startReview(input: RosterInput, compiled: CompiledPolicy, options: ReviewOptions): ReviewRun {
  const p = planReview(input, compiled, options);
  const state = createReviewState(input, compiled, p);
  const runBlock = createBlockRunner(input, compiled, p, state, options.engine);
  const total = p.total;
  let finished: { review: Review; context: MaterializeContext } | null = null;

  // `done` is a data property, not a getter: an object literal with an accessor gets a map of
  // its own, kept in the old generation, which held every review's columns through minor GCs.
  const run: ReviewRun & { done: number } = {
    total,
    done: 0,
    columns: p.plan.mapping,
    next(count: number): boolean {
      const from = run.done;
      const end = Math.min(total, from + count);
      // Block by block, so that a block's values are still in the CPU cache when it is evaluated.
      for (let block = from; block < end; block += BLOCK) runBlock(block, Math.min(end, block + BLOCK));
      run.done = end;
      return end < total;
    },
    result(): Review {
      if (!finished) {
        while (run.next(10000));
        finished = finishReview(input, compiled, p, state);
      }
      return finished.review;
    },
    *eachRow(): Generator<RowResult> {
      run.result();
      const context = mustExist(finished, "the finished review").context;
      for (let r = 0; r < total; r++) if (state.skip[r] !== 1) yield materializeRow(context, r);
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
  return startReview(input, isCompiledPolicy(policy) ? policy : compilePolicy(policy), options).result();
}

