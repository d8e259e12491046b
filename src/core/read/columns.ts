/**
 * Excel column letters and cell addresses for row errors (catalogue §2: `Sheet1!F7`).
 */

/** A sheet name Excel writes unquoted: letters, digits, underscore, CJK. */
const PLAIN_SHEET = /^[A-Za-z0-9_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/;
/** Plain names Excel still quotes: a leading digit, or a name that reads as a cell reference. */
const REFERENCE_LIKE = /^(?:\d|[A-Za-z]{1,3}\d+$|[RrCc]\d*$|[Rr]\d*[Cc]\d*$)/;
const QUOTE = /'/g;

/**
 * Excel column letters of a 0-based column index: 0 -> `A`, 25 -> `Z`, 26 -> `AA`,
 * 16383 -> `XFD`. Fractions are floored; a negative or non-finite index gives `""`.
 */
export function columnLetters(index0: number): string {
  if (!Number.isFinite(index0) || index0 < 0) return "";
  let n = Math.floor(index0) + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = (n - 1 - r) / 26;
  }
  return out;
}

/**
 * A cell address with its sheet: `cellAddress("Sheet1", 5, 7)` -> `Sheet1!F7`.
 * The sheet name is quoted Excel-style (`'My Sheet'!F7`, an inner `'` doubled) when it holds
 * anything other than letters, digits, underscore and CJK, and also when it starts with a digit
 * or reads as a cell reference (`'A1'!B2`, `'R1C1'!B2`), as Excel does. An empty sheet name
 * gives the bare address (`F7`).
 */
export function cellAddress(sheet: string, index0: number, row1: number): string {
  const ref = columnLetters(index0) + String(row1);
  if (sheet === "") return ref;
  if (PLAIN_SHEET.test(sheet) && !REFERENCE_LIKE.test(sheet)) return sheet + "!" + ref;
  return "'" + sheet.replace(QUOTE, "''") + "'!" + ref;
}
