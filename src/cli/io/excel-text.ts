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

/** `text` cut to `max` UTF-16 units, never between the halves of a surrogate pair (an emoji). */
function cutUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  const high = text.charCodeAt(max - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
}

/**
 * A workbook's sheet names as Excel allows them, for names a crafted or foreign file holds: a
 * name over 31 characters is cut (never inside an emoji: exceljs cut it with `substring`, leaving
 * half a surrogate pair, and printed its own warning on the console), `[]:*?/\` become `_`, and a
 * name made equal to an earlier one (ignoring case) gets ` (2)`, ` (3)`... Valid names are kept
 * as they are.
 * @example
 * excelSheetNames(["名".repeat(30) + "😀尾"]) // ["名名…名" (30 characters)]
 */
export function excelSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let clean = name.length > SHEET_NAME_MAX || /[[\]:*?/\\]/.test(name) ? cutUnits(name.replace(/[[\]:*?/\\]/g, "_"), SHEET_NAME_MAX) : name;
    if (clean !== name) {
      const stem = clean;
      for (let n = 2; taken.has(clean.toLowerCase()); n++) clean = `${cutUnits(stem, SHEET_NAME_MAX - String(n).length - 3)} (${n})`;
    }
    taken.add(clean.toLowerCase());
    return clean;
  });
}

/**
 * A CSV roster's name made into a valid sheet name, as the workbook writer makes it: no
 * `[]:*?/\`, no quote at either end, at most 31 characters (never cut between the halves of an
 * emoji), and not Excel's reserved `History` (which becomes `History_`).
 * @example
 * csvSheetName("History") // "History_"
 */
export function csvSheetName(name: string): string {
  let clean = cutUnits(name.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, ""), SHEET_NAME_MAX);
  clean = clean.trim() || "Sheet1";
  return clean.toLowerCase() === "history" ? `${clean}_` : clean;
}
