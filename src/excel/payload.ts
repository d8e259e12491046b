/**
 * Request payload estimates. Excel on the web refuses a request or response over 5 MB
 * (`RequestPayloadSizeLimitExceeded`, "Resource limits and performance optimization for Office
 * Add-ins"); the adapter keeps each one under {@link REQUEST_BUDGET} by estimating the bytes
 * office.js sends: it serializes the batch with `JSON.stringify`
 * (`RichApiMessageUtility.buildMessageArrayForIRequestExecutor` in office.js) and the web
 * host's envelope stringifies that text once more (`Microsoft.Office.Common.MessagePackager.envelope`),
 * so every quote and backslash is escaped twice; the result travels as UTF-8.
 * test/excel/payload.test.ts checks the estimate against office.js's own envelope function.
 */

/** Largest estimated payload of one request: 4 MB, leaving 1 MB of the web's 5 MB for the rest of the message. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;

/**
 * Estimated bytes of one queued action besides its data, once enveloped: the action
 * (`{"Id":..,"ActionType":..,"Name":..,"ObjectPathId":..,"ArgumentInfo":..}`) and the object
 * paths it needs (range, worksheet), with their quotes escaped twice.
 */
export const ACTION_BYTES = 400;

/** A value as Office.js sends it in a 2-D array. */
export type WireValue = string | number | boolean | null;

/**
 * Bytes of a string in the enveloped request: its JSON literal (quotes and escapes included)
 * escaped again by the envelope, as UTF-8. A quote costs 2 bytes, a `"` or `\` inside 4, `\n` 3,
 * a `\u00XX` escape 7, other characters their UTF-8 length.
 */
export function stringBytes(s: string): number {
  let n = 4;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) n += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 3 : 7;
    else if (c === 0x22 || c === 0x5c) n += 4;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4; // a surrogate pair is one 4-byte character
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) n += 7; // a lone surrogate is written \udXXX
    else n += 3;
  }
  return n;
}

/** Estimated bytes of one value in a JSON array, with its separator. */
export function valueBytes(v: unknown): number {
  if (typeof v === "string") return stringBytes(v) + 1;
  if (typeof v === "number") return (Number.isFinite(v) ? String(v).length : 4) + 1;
  if (typeof v === "boolean") return (v ? 4 : 5) + 1;
  return 5; // null
}

/** Estimated bytes of one row of a 2-D array. */
export function rowBytes(row: readonly unknown[]): number {
  let n = 2;
  for (let j = 0; j < row.length; j++) n += valueBytes(row[j]);
  return n;
}

/** Estimated bytes of a 2-D array. */
export function gridBytes(rows: ReadonlyArray<readonly unknown[]>): number {
  let n = 2;
  for (const row of rows) n += rowBytes(row);
  return n;
}

/** Excel's read limit per range ("Resource limits and performance optimization": 5,000,000 cells). */
export const MAX_READ_CELLS = 5_000_000;

/** Margin over the heaviest rows seen so far when sizing the next read. */
const READ_MARGIN = 1.25;

/**
 * Rows of the next read: the budget over the heaviest row seen so far, with a 25% margin, within
 * Excel's cell limit.
 * @example
 * nextReadRows(1_000, 15) // 3355 rows of 1,000 bytes in a 4 MB budget
 */
export function nextReadRows(bytesPerRow: number, columns: number, budget: number = REQUEST_BUDGET): number {
  const byBytes = Math.floor(budget / Math.max(1, bytesPerRow * READ_MARGIN));
  const byCells = Math.floor(MAX_READ_CELLS / Math.max(1, columns));
  return Math.max(1, Math.min(byBytes, byCells));
}

/** True for an Office.js error with this code (`InvalidSelection`...). */
export function hasCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}

/**
 * True when Excel refused a request for its size: the request or response over 5 MB on the web
 * (`RequestPayloadSizeLimitExceeded`, `ResponsePayloadSizeLimitExceeded`) or a range over the
 * read limit (`RangeExceedsLimit`), per "Error handling with the application-specific JavaScript
 * APIs". The work can be split and sent again.
 */
export function refusedForSize(error: unknown): boolean {
  return ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit"].some((code) => hasCode(error, code));
}
