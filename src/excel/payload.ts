/**
 * Request payload estimates. Excel on the web refuses a request or response over 5 MB
 * (`RequestPayloadSizeLimitExceeded`); the adapter keeps each one under {@link REQUEST_BUDGET}
 * by estimating the JSON it queues, as UTF-8 bytes.
 */

/** Largest estimated payload of one request: 4 MB, leaving 1 MB of the web's 5 MB for overhead. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;

/** Estimated bytes of one queued action besides its data (object path, method, ids). */
export const ACTION_BYTES = 160;

/** A value as Office.js sends it in a 2-D array. */
export type WireValue = string | number | boolean | null;

/** UTF-8 bytes of a JSON string literal of `s`, quotes and escapes included. */
export function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) n += 6; // \u00XX
    else if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // a surrogate pair is one 4-byte character
      i++;
    } else n += 3;
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
