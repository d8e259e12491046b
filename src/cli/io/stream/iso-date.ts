/**
 * ISO 8601 date cells (`<c t="d"><v>2021-11-28</v></c>`), written by openpyxl with `iso_dates`,
 * SheetJS with `cellDates` and Strict OOXML producers. exceljs 4.4 reads their text through
 * `parseFloat` (2021-11-28 becomes the serial 2021, 1905-07-13); this reads them as dates.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The date of an ISO cell's text (UTC, as exceljs gives every date), or the text itself when it
 * is not a real date (`2023-02-30`): the roster reader then reports the cell like any bad date.
 * A time zone offset is ignored: the cell's wall-clock date and time are kept.
 * @example
 * isoDateValue("2021-11-28") // Date 2021-11-28T00:00:00Z
 * isoDateValue("2023-02-30") // "2023-02-30"
 */
export function isoDateValue(text: string): Date | string {
  const m = ISO.exec(text.trim());
  if (!m) return text;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((x) => (x === undefined ? 0 : Number(x)));
  const ms = m[7] === undefined ? 0 : Number(m[7].padEnd(3, "0"));
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
  return real ? date : text;
}
