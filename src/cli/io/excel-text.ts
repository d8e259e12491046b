/** The most characters an Excel cell holds; a longer text makes Excel repair the file on opening. */
export const EXCEL_MAX_TEXT = 32767;

/** Text cut to {@link EXCEL_MAX_TEXT} characters (never between the halves of a surrogate pair), as Excel cuts long CSV fields. */
export function excelText(text: string): string {
  if (text.length <= EXCEL_MAX_TEXT) return text;
  const high = text.charCodeAt(EXCEL_MAX_TEXT - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? EXCEL_MAX_TEXT - 1 : EXCEL_MAX_TEXT);
}

/** Excel's most characters in a sheet name. */
const SHEET_NAME_MAX = 31;

/**
 * A CSV roster's name made into a valid sheet name, as the workbook writer makes it: no
 * `[]:*?/\`, no quote at either end, at most 31 characters (never cut between the halves of an
 * emoji), and not Excel's reserved `History` (which becomes `History_`).
 * @example
 * csvSheetName("History") // "History_"
 */
export function csvSheetName(name: string): string {
  let clean = name.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "");
  if (clean.length > SHEET_NAME_MAX) {
    const high = clean.charCodeAt(SHEET_NAME_MAX - 1);
    clean = clean.slice(0, high >= 0xd800 && high <= 0xdbff ? SHEET_NAME_MAX - 1 : SHEET_NAME_MAX);
  }
  clean = clean.trim() || "Sheet1";
  return clean.toLowerCase() === "history" ? `${clean}_` : clean;
}
