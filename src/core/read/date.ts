/**
 * Date reader (catalogue §2 "Dates", §6 "Dates"): results are day numbers (days since
 * 1970-01-01); the time of day is always dropped.
 */
import { isErrorCell, type Cell } from "../model/cell";
import { dayFromDate, dayFromSerial, dayFromYmd, isValidDate, ymdFromDay } from "../evaluate/calendar";
import { fail, type ReadFailure } from "./failure";
import { must } from "../util/must";

/*
 * An optional time part after a date, dropped: `T` or spaces, then h:mm, optional :ss and
 * fraction, optional am/pm, optional zone (`Z`, `+08:00`, `+0800`, `+08`).
 */
const TIME = String.raw`(?:(?:t|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]m)?(?:z|[+-]\d{2}(?::?\d{2})?)?)?`;
/** `2023-05-01`, `2023/5/1`, `2023.5.1` (one separator used twice). */
const SEPARATED = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})` + TIME + "$", "i");
/** `2023年5月1日` (spaces allowed around the parts; 日 or 号 optional). */
const CHINESE = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?` + TIME + "$", "i");
/** `20230501`: exactly eight digits. */
const COMPACT = new RegExp(String.raw`^(\d{4})(\d{2})(\d{2})` + TIME + "$", "i");
/** A serial written as text: 1-5 digits, optional decimals. */
const SERIAL_TEXT = /^\d{1,5}(?:\.\d+)?$/;

const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

/** Day number of y-m-d given as digit text, or a failure when it is not a real date in range. */
function fromParts(ys: string, ms: string, ds: string): number | ReadFailure {
  const y = Number(ys);
  const m = Number(ms);
  const d = Number(ds);
  if (y < MIN_YEAR || y > MAX_YEAR || !isValidDate(y, m, d)) return fail("date");
  return dayFromYmd(y, m, d);
}

/** Day number of a serial, or a failure (serial 60, below 1, beyond 9999-12-31). */
function fromSerial(serial: number): number | ReadFailure {
  const day = dayFromSerial(serial);
  return day === null ? fail("date") : day;
}

/** Day number of date text, or a failure. */
function fromText(text: string): number | null | ReadFailure {
  const t = text.normalize("NFKC").trim();
  if (t === "") return null;
  let m = SEPARATED.exec(t);
  if (m !== null) return fromParts(must(m[1], "year"), must(m[3], "month"), must(m[4], "day"));
  m = CHINESE.exec(t);
  if (m !== null) return fromParts(must(m[1], "year"), must(m[2], "month"), must(m[3], "day"));
  m = COMPACT.exec(t);
  if (m !== null) return fromParts(must(m[1], "year"), must(m[2], "month"), must(m[3], "day"));
  if (SERIAL_TEXT.test(t)) return fromSerial(Number(t));
  return fail("date");
}

/**
 * Reads a date as a day number.
 *
 * - empty -> `null`
 * - number -> a 1900-system Excel serial, fraction (time) dropped; serial 60 (the fictitious
 *   1900-02-29), serials below 1 and beyond 9999-12-31 fail as `date`
 * - Date -> its UTC date (time dropped); an invalid Date, or a year outside 1900-9999, fails
 * - text (NFKC-folded, trimmed): `2023-05-01`, `2023/5/1`, `2023.5.1`, `2023年5月1日`,
 *   `20230501`, each optionally followed by a time (`2023-05-01 10:30`,
 *   `2023-05-01T10:30:00Z`), which is dropped; 1-5 digits (optionally with decimals) are a
 *   serial; impossible dates (`2023-02-29`, `2023-13-45`) and years outside 1900-9999 fail
 * - boolean, percent cell -> failure `date`
 * - Excel error cell -> failure `excel_error`
 */
export function readDate(cell: Cell): number | null | ReadFailure {
  if (typeof cell === "string") return fromText(cell);
  if (typeof cell === "number") return fromSerial(cell);
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) {
    const day = dayFromDate(cell);
    if (day === null) return fail("date");
    const y = ymdFromDay(day)[0];
    return y < MIN_YEAR || y > MAX_YEAR ? fail("date") : day;
  }
  if (isErrorCell(cell)) return fail("excel_error");
  return fail("date");
}
