/**
 * Earlier review cycles read back from a workbook PromoLadder wrote (issue #21): the 晋升档案 log
 * the task pane keeps (every cycle), else the 晋升评审 sheet of one review (its as-of date from the
 * sheet's title row).
 */
import type { Cell } from "../model/cell";
import { STATUSES, type Status } from "../model/review";
import { statusLabel } from "../i18n/labels";
import { isoFromDay } from "../evaluate/calendar";
import { readDate } from "../read/date";
import { isFailure } from "../read/failure";
import { foldText, readText } from "../read/text";

/** One employee in an earlier cycle. */
export interface CycleRecord {
  readonly id: string;
  readonly name: string;
  readonly level: string;
  /** Null when the status text is not one PromoLadder writes. */
  readonly status: Status | null;
}

/** One earlier review: its as-of date and its employees. */
export interface PastCycle {
  /** YYYY-MM-DD. */
  readonly asOf: string;
  readonly records: readonly CycleRecord[];
}

/** A sheet's cells (`rows[0]` is sheet row 1). */
export interface CycleSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<Cell>>;
}

/** The sheet names read, in both languages. */
export const LOG_SHEET_NAMES: readonly string[] = ["晋升档案", "Promotion log"];
export const REVIEW_SHEET_NAMES: readonly string[] = ["晋升评审", "Promotion review"];

const HEADERS = {
  asOf: ["评审日期", "As of"],
  id: ["工号", "ID"],
  name: ["姓名", "Name"],
  level: ["当前职级", "职级", "Level"],
  status: ["状态", "Status"],
} as const;
type HeaderKey = keyof typeof HEADERS;

const STATUS_BY_TEXT: ReadonlyMap<string, Status> = new Map(
  STATUSES.flatMap((s) => [statusLabel(s, "zh-CN"), statusLabel(s, "en-US"), s].map((t): [string, Status] => [foldText(t), s])),
);

/**
 * A status as PromoLadder writes it (可晋升, Eligible, eligible...), or null.
 * @example statusFromText("待空缺") //=> "awaiting_vacancy"
 */
export function statusFromText(text: string): Status | null {
  return STATUS_BY_TEXT.get(foldText(text)) ?? null;
}

function text(cell: Cell): string {
  const t = readText(cell);
  return t === null || isFailure(t) ? "" : t.trim();
}

function isoOf(cell: Cell): string | null {
  const day = readDate(cell);
  return typeof day === "number" ? isoFromDay(day) : null;
}

/** The header row (among the first 10) with the columns `need`, and each column's index. */
function headerRow(sheet: CycleSheet, need: readonly HeaderKey[]): { row: number; cols: Map<HeaderKey, number> } | null {
  for (let r = 0; r < Math.min(10, sheet.rows.length); r++) {
    const cols = new Map<HeaderKey, number>();
    (sheet.rows[r] ?? []).forEach((cell, c) => {
      const h = foldText(text(cell));
      for (const key of Object.keys(HEADERS) as HeaderKey[]) {
        if (!cols.has(key) && HEADERS[key].some((x) => foldText(x) === h)) cols.set(key, c);
      }
    });
    if (need.every((k) => cols.has(k))) return { row: r, cols };
  }
  return null;
}

function recordOf(row: ReadonlyArray<Cell>, cols: ReadonlyMap<HeaderKey, number>): CycleRecord | null {
  const at = (k: HeaderKey): Cell => row[cols.get(k) ?? -1] ?? null;
  const id = text(at("id"));
  if (id === "") return null;
  return { id, name: text(at("name")), level: text(at("level")), status: statusFromText(text(at("status"))) };
}

/**
 * Cycles of a 晋升档案 log: rows grouped by 评审日期, oldest first; a re-run's rows replace the earlier ones of the same date by 工号.
 * @example cyclesFromLog(logSheet)?.map((c) => c.asOf) //=> ["2025-11-23", "2026-05-23"]
 */
export function cyclesFromLog(sheet: CycleSheet): PastCycle[] | null {
  const h = headerRow(sheet, ["asOf", "id", "level", "status"]);
  if (!h) return null;
  const byDate = new Map<string, Map<string, CycleRecord>>();
  for (let r = h.row + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const asOf = isoOf(row[h.cols.get("asOf") ?? -1] ?? null);
    const rec = recordOf(row, h.cols);
    if (asOf === null || rec === null) continue;
    const m = byDate.get(asOf) ?? new Map<string, CycleRecord>();
    // A later run of the same date replaces a person's row; a 工号 typed twice keeps both people.
    m.set(`${rec.id}\u0000${foldText(rec.name)}`, rec);
    byDate.set(asOf, m);
  }
  return [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([asOf, m]) => ({ asOf, records: [...m.values()] }));
}

const TITLE_DATE = /(?:评审日期|as of)\s*(\d{4}-\d{2}-\d{2})/i;

/**
 * The cycle of one 晋升评审 sheet: its as-of date from the title row (评审日期 2026-05-23), or `asOf`.
 * @example cycleFromReviewSheet(reviewSheet)?.asOf //=> "2026-05-23"
 */
export function cycleFromReviewSheet(sheet: CycleSheet, asOf?: string): PastCycle | null {
  const h = headerRow(sheet, ["id", "level", "status"]);
  if (!h) return null;
  let date = asOf ?? null;
  for (let r = 0; r < h.row && date === null; r++) {
    for (const cell of sheet.rows[r] ?? []) date ??= TITLE_DATE.exec(text(cell))?.[1] ?? null;
  }
  if (date === null) return null;
  const records = new Map<string, CycleRecord>();
  for (let r = h.row + 1; r < sheet.rows.length; r++) {
    const rec = recordOf(sheet.rows[r] ?? [], h.cols);
    if (rec && !records.has(rec.id)) records.set(rec.id, rec);
  }
  return { asOf: date, records: [...records.values()] };
}

/** Why a workbook's earlier cycles could not be read. */
export type PastCyclesProblem = "no_sheet" | "no_header" | "no_date";

/**
 * The earlier cycles a workbook holds, oldest first: from its 晋升档案 log when it has one, else
 * from its 晋升评审 sheet (one cycle).
 * @example pastCycles(sheets) //=> { cycles: [{ asOf: "2026-05-23", records: [...] }] }
 */
export function pastCycles(sheets: readonly CycleSheet[], asOf?: string): { cycles: PastCycle[] } | { problem: PastCyclesProblem } {
  const find = (names: readonly string[]): CycleSheet | undefined => sheets.find((s) => names.some((n) => foldText(n) === foldText(s.name)));
  const log = find(LOG_SHEET_NAMES);
  const fromLog = log ? cyclesFromLog(log) : null;
  if (fromLog && fromLog.length > 0) return { cycles: fromLog };
  const review = find(REVIEW_SHEET_NAMES);
  if (!review) return { problem: log ? "no_header" : "no_sheet" };
  if (!headerRow(review, ["id", "level", "status"])) return { problem: "no_header" };
  const one = cycleFromReviewSheet(review, asOf);
  return one ? { cycles: [one] } : { problem: "no_date" };
}
