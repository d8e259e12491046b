/**
 * One employee's row, evaluated the way the batch review evaluates it.
 *
 * A record and its header row go through the core's own `startReview`, so a formula gives
 * exactly the answer of the CLI and the task pane for that row. What is cached:
 * - the header row's mapping, by the header row's text;
 * - the compiled policy, by source and fingerprint (`policy-source.ts`);
 * - each row's result, by policy, as-of date, language, header row and cell values, so the
 *   seven per-row functions on one row evaluate it once, and a recalculation with unchanged
 *   inputs evaluates nothing.
 * {@link prefetchRecords} evaluates the rows of many calls in one review (the Excel host calls
 * it once per burst of calls), so the header mapping and column plan are made once per burst.
 */
import {
  columnLetters,
  findHeaderRow,
  startReview,
  type Cell,
  type ColumnMapping,
  type CompiledPolicy,
  type HeaderMatch,
  type Locale,
  type RowResult,
  type RosterInput,
} from "../../core";
import { cellFromArgument, columnReaders } from "./cells";
import { asOfDay, isoOf } from "./dates";
import type { FormulaEnv } from "./env";
import { type FormulaError, notAvailable, valueError } from "./errors";
import { choosePolicy, pickForRow, type ChosenPolicy } from "./policy-source";
import { errorsText } from "./summary";
import { must } from "../../core/util/must";
import { formulaMessages } from "./messages";

/** A header row as the per-row functions use it. */
interface HeaderInfo {
  /** A short id of the header row's text, for cache keys. */
  readonly id: number;
  readonly cells: readonly Cell[];
  readonly match: HeaderMatch | null;
  /** Index of the level column, or -1. */
  readonly levelIndex: number;
  /** Canonical fields present (for picking a template). */
  readonly fields: ReadonlySet<string>;
  readonly fieldsKey: string;
  /** How each column's values become cells (attainment columns differ, see `cells.ts`). */
  readonly readers: readonly ((value: unknown) => Cell)[];
  /** How the header row's columns are mapped, as a review's `columns` (for reading a column by its header: PROMO.COST's 现月薪). */
  readonly columns: readonly ColumnMapping[];
}

/** The arguments of one per-row call. */
export interface RecordCall {
  readonly record: unknown;
  readonly headers: unknown;
  readonly asOf?: unknown;
  readonly policy?: unknown;
}

/** A row of an evaluated record with the policy it was evaluated under. */
export interface EvaluatedRecord {
  readonly row: RowResult;
  readonly compiled: CompiledPolicy;
  readonly locale: Locale;
  /** The review date, YYYY-MM-DD. */
  readonly asOf: string;
  /** The record as a one-row roster (header row, then the record), for further reviews (PROMO.PLAN). */
  readonly input: RosterInput;
  /** How `input`'s columns are mapped, as a review's `columns` (PROMO.COST finds 现月薪 with them). */
  readonly columns: readonly ColumnMapping[];
}

/** A record ready to evaluate: its values, policy, as-of date and cache keys. */
interface ResolvedRecord {
  /** Records with the same group can be evaluated in one review. */
  readonly group: string;
  readonly key: string;
  readonly info: HeaderInfo;
  readonly values: readonly unknown[];
  readonly chosen: ChosenPolicy;
  readonly day: number;
}

const SEP = "\u0001";
const HEADER_CACHE_LIMIT = 256;
const ROW_CACHE_LIMIT = 50_000;
const headerCache = new Map<string, HeaderInfo>();
const rowCache = new Map<string, RowResult>();
let nextHeaderId = 0;

function headerInfo(key: string, values: readonly unknown[], date1904: boolean): HeaderInfo {
  let info = headerCache.get(key);
  if (!info) {
    const cells = values.map(cellFromArgument);
    const match = findHeaderRow([cells], 1);
    const fields = new Set<string>();
    for (const f of match?.fields ?? []) if (f !== null) fields.add(f);
    info = {
      id: nextHeaderId++,
      cells,
      match,
      levelIndex: match ? match.fields.indexOf("level") : -1,
      fields,
      fieldsKey: [...fields].sort().join(","),
      readers: columnReaders(match?.fields ?? cells.map(() => null), date1904),
      columns: (match?.headers ?? []).map((header, index) => ({ index, column: columnLetters(index), header, field: match?.fields[index] ?? null })),
    };
    if (headerCache.size >= HEADER_CACHE_LIMIT) headerCache.clear();
    headerCache.set(key, info);
  }
  return info;
}

function asMatrix(value: unknown): unknown[][] | null {
  if (!Array.isArray(value)) return value === null || value === undefined ? null : [[value]];
  if (value.length === 0) return null;
  return value.every(Array.isArray) ? (value as unknown[][]) : [value];
}

/**
 * The record and header row as two equally long rows. A record and headers given as columns
 * (N x 1 each) are read as rows.
 * @throws {@link FormulaError} `#VALUE!` when they are not one row each of the same width.
 */
export function recordRows(record: unknown, headers: unknown, locale: Locale): { rec: unknown[]; hdr: unknown[] } {
  const m = formulaMessages(locale);
  const r = asMatrix(record);
  const h = asMatrix(headers);
  if (!r || !h) throw valueError(m.recordAndHeadersRequired);
  let rec: unknown[];
  let hdr: unknown[];
  if (r.length === 1 && h.length === 1) {
    rec = must(r[0], "record row");
    hdr = must(h[0], "header row");
  } else if (r.every((x) => x.length === 1) && h.every((x) => x.length === 1)) {
    rec = r.map((x) => x[0]);
    hdr = h.map((x) => x[0]);
  } else {
    throw valueError(m.recordShape(r.length, h.length));
  }
  if (rec.length !== hdr.length) throw valueError(m.recordWidth(rec.length, hdr.length));
  return { rec, hdr };
}

function noHeaderRow(hdr: readonly Cell[], locale: Locale): FormulaError {
  const m = formulaMessages(locale);
  const shown = hdr
    .map((c) => (typeof c === "string" ? c.trim() : c === null || c === undefined ? "" : String(c)))
    .filter((t) => t !== "")
    .slice(0, 12)
    .join(m.listSep);
  return valueError(m.notAHeaderRow(shown));
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function levelText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  return typeof value === "number" ? String(value) : "";
}

/**
 * Checks a call's arguments and decides its policy and as-of date. Cache keys use the JSON text
 * of the raw values (fast, and it tells 10021 from "10021").
 * @throws {@link FormulaError} for a bad shape, a header row that is not a roster's, a bad date,
 *   an unknown template or broken policy sheets, and `#N/A` for an empty row.
 */
function resolveRecord(call: RecordCall, env: FormulaEnv): ResolvedRecord {
  const locale = env.locale;
  const { rec, hdr } = recordRows(call.record, call.headers, locale);
  const date1904 = env.date1904 === true;
  const headerKey = (date1904 ? "1904" : "") + JSON.stringify(hdr);
  const info = headerInfo(headerKey, hdr, date1904);
  if (!info.match) throw noHeaderRow(info.cells, locale);
  const day = asOfDay(call.asOf ?? null, () => env.today(), locale, date1904);
  if (rec.every(isBlank)) throw notAvailable(formulaMessages(locale).emptyRow);
  const choice = choosePolicy(call.policy ?? null, env);
  const chosen = choice === "auto" ? pickForRow(levelText(rec[info.levelIndex]), info.fields, info.fieldsKey, locale) : choice;
  const group = chosen.key + SEP + day + SEP + locale + SEP + info.id;
  return { group, key: group + SEP + JSON.stringify(rec), info, values: rec, chosen, day };
}

function rowCells(r: ResolvedRecord): Cell[] {
  return r.values.map((v, j) => must(r.info.readers[j], `reader of column ${j}`)(v));
}

function remember(key: string, row: RowResult): void {
  if (rowCache.size >= ROW_CACHE_LIMIT) rowCache.clear();
  rowCache.set(key, row);
}

/** Calls resolved by {@link prefetchRecords}, so the call's own evaluation does not resolve it again. */
const resolvedCalls = new WeakMap<object, ResolvedRecord>();

/**
 * Evaluates one employee's row: the policy from the `policy` argument or the workbook, the
 * as-of date from `asOf` or today. A row already evaluated (by another PROMO function on the
 * same row, or by {@link prefetchRecords}) comes from the cache.
 * @throws {@link FormulaError} for a bad shape, a header row that is not a roster's, a bad date,
 *   an unknown template or broken policy sheets, and `#N/A` for an empty row.
 */
export function evaluateRecord(call: RecordCall, env: FormulaEnv): EvaluatedRecord {
  let r = resolvedCalls.get(call);
  if (r) resolvedCalls.delete(call);
  else r = resolveRecord(call, env);
  let row = rowCache.get(r.key);
  if (!row) {
    row = must(startReview({ sheet: "", rows: [r.info.cells, rowCells(r)] }, r.chosen.compiled, { asOf: isoOf(r.day), locale: env.locale }).result().rows[0], "the record's review row");
    remember(r.key, row);
  }
  return { row, compiled: r.chosen.compiled, locale: env.locale, asOf: isoOf(r.day), input: { sheet: "", rows: [r.info.cells, rowCells(r)] }, columns: r.info.columns };
}

/**
 * Evaluates many per-row calls at once, into the cache {@link evaluateRecord} reads: calls that
 * share a header row, policy and as-of date go through one review. Calls with bad arguments
 * are skipped (their own evaluation reports the error). A row that the shared review flags as
 * a duplicate 工号 is not cached: one row alone cannot have a duplicate, so it is evaluated
 * alone, as a formula on that row would be.
 * @returns the number of rows evaluated.
 */
export function prefetchRecords(calls: readonly RecordCall[], env: FormulaEnv): number {
  const groups = new Map<string, ResolvedRecord[]>();
  const queued = new Set<string>();
  for (const call of calls) {
    let r: ResolvedRecord;
    try {
      r = resolveRecord(call, env);
    } catch {
      continue;
    }
    resolvedCalls.set(call, r);
    if (rowCache.has(r.key) || queued.has(r.key)) continue;
    queued.add(r.key);
    const list = groups.get(r.group);
    if (list) list.push(r);
    else groups.set(r.group, [r]);
  }
  let evaluated = 0;
  for (const list of groups.values()) {
    const first = must(list[0], "first record of a group");
    const rows = [first.info.cells, ...list.map(rowCells)];
    const review = startReview({ sheet: "", rows }, first.chosen.compiled, { asOf: isoOf(first.day), locale: env.locale }).result();
    // Review rows are numbered from the header row (row 1): record i is row i + 2.
    for (const row of review.rows) {
      if (row.errors.some((e) => e.code === "duplicate_id")) continue;
      const record = list[row.row - 2];
      if (record) remember(record.key, row);
      evaluated++;
    }
  }
  return evaluated;
}

/**
 * Throws the row's errors as one Excel error: `#N/A` when the level is unknown (the message
 * names the closest level), `#VALUE!` otherwise (each message names the header and the value).
 */
export function requireClean(row: RowResult, locale: Locale): void {
  if (row.errors.length === 0) return;
  const text = errorsText(row, locale);
  throw row.errors.some((e) => e.code === "unknown_level") ? notAvailable(text) : valueError(text);
}

/** Empties the caches (tests; a host may call it to free memory). */
export function clearRecordCaches(): void {
  headerCache.clear();
  rowCache.clear();
}
