/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, no time zone).
 * Day numbers keep dates allocation-free in the hot loop and immune to local time.
 */

const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a Gregorian leap year. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in month `m` (1-12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: m is 1-12 (callers check the month first)
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1]!;
}

/** True when y-m-d is a real calendar date. */
export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Day number of y-m-d (Howard Hinnant's days_from_civil). */
export function dayFromYmd(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1-12) and day of a day number (Hinnant's civil_from_days). */
function civil(day: number): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

// Month tables for 1900-01 .. 2199-12, built once when the module loads (about 0.3 MB, 1 ms) and
// never written after: day -> month index (months since 1900-01) and day of month; month index ->
// first day and length. They keep the hot loop free of division and allocation; dates outside
// use arithmetic.
const TABLE_FIRST_YEAR = 1900;
const TABLE_MONTHS = 300 * 12;
const TABLE_FIRST_DAY = dayFromYmd(TABLE_FIRST_YEAR, 1, 1);
interface MonthTables {
  readonly month: Int16Array;
  readonly dom: Uint8Array;
  readonly first: Int32Array;
  readonly length: Uint8Array;
}
function buildTables(): MonthTables {
  const days = dayFromYmd(TABLE_FIRST_YEAR + TABLE_MONTHS / 12, 1, 1) - TABLE_FIRST_DAY;
  const t: MonthTables = { month: new Int16Array(days), dom: new Uint8Array(days), first: new Int32Array(TABLE_MONTHS), length: new Uint8Array(TABLE_MONTHS) };
  let day = TABLE_FIRST_DAY;
  for (let k = 0; k < TABLE_MONTHS; k++) {
    const len = daysInMonth(TABLE_FIRST_YEAR + Math.floor(k / 12), (k % 12) + 1);
    t.first[k] = day;
    t.length[k] = len;
    const i = day - TABLE_FIRST_DAY;
    t.month.fill(k, i, i + len);
    for (let d = 0; d < len; d++) t.dom[i + d] = d + 1;
    day += len;
  }
  return t;
}
const TABLES: MonthTables = buildTables();
const TABLE_DAYS = TABLES.month.length;

/** Year, month (1-12) and day of a day number. */
export function ymdFromDay(day: number): [number, number, number] {
  const i = day - TABLE_FIRST_DAY;
  if (i >= 0 && i < TABLE_DAYS) {
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: i is range-checked against TABLE_DAYS above
    const k = TABLES.month[i]!;
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: i is range-checked against TABLE_DAYS above
    return [TABLE_FIRST_YEAR + Math.floor(k / 12), (k % 12) + 1, TABLES.dom[i]!];
  }
  return civil(day);
}

/**
 * Excel's EDATE: the same day `months` later, clamped to the month's end. Also the evaluator's
 * test of a time criterion: `monthsCompleted(start, asOf) >= m` exactly when `edate(start, m) <= asOf`.
 * @example edate(dayFromYmd(2025, 3, 31), 6) //=> day of 2025-09-30
 */
export function edate(day: number, months: number): number {
  const t = TABLES;
  const i = day - TABLE_FIRST_DAY;
  if (i >= 0 && i < TABLE_DAYS) {
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: i (and target) are range-checked against the table sizes above
    const target = t.month[i]! + months;
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: i (and target) are range-checked against the table sizes above
    if (target >= 0 && target < TABLE_MONTHS) return t.first[target]! + Math.min(t.dom[i]!, t.length[target]!) - 1;
  }
  const [y, m, d] = civil(day);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return dayFromYmd(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/**
 * The last day whose EDATE `months` later is not after `asOf`: since EDATE never decreases,
 * `edate(d, months) <= asOf` exactly when `d <= latestStart(asOf, months)`.
 */
export function latestStart(asOf: number, months: number): number {
  let d = edate(asOf, -months);
  while (edate(d + 1, months) <= asOf) d++;
  return d;
}

/**
 * Months completed from `start` to `asOf`: the largest m with EDATE(start, m) <= asOf
 * (catalogue §2). Negative when `start` is after `asOf`.
 * @example monthsCompleted(dayFromYmd(2025, 3, 31), dayFromYmd(2025, 9, 30)) //=> 6
 */
export function monthsCompleted(start: number, asOf: number): number {
  const t = TABLES;
  const i = start - TABLE_FIRST_DAY;
  const j = asOf - TABLE_FIRST_DAY;
  if (i >= 0 && i < TABLE_DAYS && j >= 0 && j < TABLE_DAYS) {
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: i and j are range-checked against TABLE_DAYS above; month indexes are below TABLE_MONTHS
    const k = t.month[j]!;
    // EDATE(start, m0) falls in asOf's month on day min(d1, month length); it is <= asOf or one month too far.
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: i and j are range-checked against TABLE_DAYS above; month indexes are below TABLE_MONTHS
    const m0 = k - t.month[i]!;
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: i and j are range-checked against TABLE_DAYS above; month indexes are below TABLE_MONTHS
    return Math.min(t.dom[i]!, t.length[k]!) <= t.dom[j]! ? m0 : m0 - 1;
  }
  const [sy, sm, sd] = civil(start);
  const [ay, am, ad] = civil(asOf);
  const m0 = (ay - sy) * 12 + (am - sm);
  return Math.min(sd, daysInMonth(ay, am)) <= ad ? m0 : m0 - 1;
}

/** Months needed to reach `years` (ceil(t*12), tolerant of float noise such as 0.1*12). */
export function monthsForYears(years: number): number {
  return Math.ceil(years * 12 - 1e-9);
}

/** "00".."31": two-digit months and days. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, "0"));

/**
 * ISO text (YYYY-MM-DD) of a day number.
 * @example isoFromDay(dayFromYmd(2026, 11, 23)) //=> "2026-11-23"
 */
export function isoFromDay(day: number): string {
  const [y, m, d] = ymdFromDay(day);
  const yyyy = y < 0 ? `-${String(-y).padStart(4, "0")}` : y >= 1000 ? String(y) : String(y).padStart(4, "0");
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- per-cell hot loop: m and d come from ymdFromDay (1-12, 1-31)
  return `${yyyy}-${TWO_DIGITS[m]!}-${TWO_DIGITS[d]!}`;
}

/** Day number of strict ISO text YYYY-MM-DD, or null when it is not a real date. */
export function dayFromIso(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDate(y, mo, d) ? dayFromYmd(y, mo, d) : null;
}

/** Day number of 1899-12-30, Excel serial 0 for serials after 60. */
export const EXCEL_EPOCH = dayFromYmd(1899, 12, 30);
/** Serial of 9999-12-31, the last date Excel shows. */
export const LAST_SERIAL = 2958465;

/**
 * Day number of a 1900-system Excel serial (time of day dropped); null for serial 60 (the
 * fictitious 1900-02-29), serials below 1 and non-finite numbers.
 */
export function dayFromSerial(serial: number): number | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole === 60 || whole > LAST_SERIAL) return null;
  return whole < 60 ? EXCEL_EPOCH + whole + 1 : EXCEL_EPOCH + whole;
}

/** 1900-system Excel serial of a day number. */
export function serialFromDay(day: number): number {
  const serial = day - EXCEL_EPOCH;
  return serial <= 60 ? serial - 1 : serial;
}

/**
 * Today (or `now`) in the host's local time zone, as a day number: the one "today" of the CLI,
 * the formulas and the task pane.
 * @example isoFromDay(localDay(new Date(2026, 10, 23, 23, 59))) //=> "2026-11-23"
 */
export function localDay(now: Date = new Date()): number {
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Day number of a JS Date, read with UTC getters (exceljs dates are midnight UTC). */
export function dayFromDate(date: Date): number | null {
  const t = date.getTime();
  return Number.isFinite(t) ? Math.floor(t / 86400000) : null;
}
