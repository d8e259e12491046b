/** The most characters an Excel cell holds; a longer text makes Excel repair the file on opening. */
export const EXCEL_MAX_TEXT = 32767;

/** Text cut to {@link EXCEL_MAX_TEXT} characters (never between the halves of a surrogate pair), as Excel cuts long CSV fields. */
export function excelText(text: string): string {
  if (text.length <= EXCEL_MAX_TEXT) return text;
  const high = text.charCodeAt(EXCEL_MAX_TEXT - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? EXCEL_MAX_TEXT - 1 : EXCEL_MAX_TEXT);
}
