/**
 * Reading CSV rosters with @fast-csv/parse (exceljs's CSV reader is ~50x slower).
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { isUtf8 } from "node:buffer";
import { parseString } from "@fast-csv/parse";
import { errorCell, EXCEL_ERROR_LITERALS as ERROR_LITERALS, type Cell, type RosterInput } from "../../core";
import { CliError, hasErrorCode } from "./errors";

/**
 * Decodes CSV bytes: a UTF-8 BOM is stripped, a UTF-16LE/BE BOM decodes UTF-16, valid UTF-8
 * is taken as is, anything else is GBK (Chinese Excel's "CSV" default), decoded as GB18030,
 * its superset. Decoding is the WHATWG `TextDecoder` (Node's ICU; official Node builds carry
 * full ICU): it agrees with iconv-lite on every valid GBK/GB18030 sequence except 18 two-byte
 * codes that GB18030-2005 mapped to private-use characters and GB18030-2022 to real ones
 * (vertical punctuation, 9FB4-9FBB), where it gives the real character
 * (`test/cli/io/read-csv.test.ts`). Unreadable bytes become U+FFFD and a leading byte-order
 * mark is dropped, as before.
 *
 * @example
 * decodeCsv(Buffer.from([0xd6, 0xd0, 0xce, 0xc4])) //=> "中文"
 */
export function decodeCsv(bytes: Buffer): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.toString("utf8", 3);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (isUtf8(bytes)) return bytes.toString("utf8");
  const text = new TextDecoder("gb18030").decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // GB18030's own byte-order mark, 84 31 95 33
}

/**
 * The delimiter of the first line: comma, unless that line has more tabs (Excel's "Unicode
 * text" export) or semicolons (Excel in locales with a decimal comma) than commas outside quotes.
 */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ",": 0, "\t": 0, ";": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
  }
  let best = ",";
  for (const d of ["\t", ";"]) if ((counts[d] ?? 0) > (counts[best] ?? 0)) best = d;
  return best;
}

/** A CSV field as a core cell: empty -> null, an error literal (`#N/A`) -> that error, else the text. */
export function csvCell(field: string): Cell {
  if (field === "") return null;
  return ERROR_LITERALS.has(field) ? errorCell(field) : field;
}

/** `0,850`, `96,5%`, `2.500`, `1.234.567,5件`: a number written with a decimal comma (dots, if any, in groups of three). */
const DECIMAL_COMMA = /^(\s*[-+]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(\s*[^\d\s.,]*\s*)$/;

/**
 * A field of a semicolon-separated CSV (what Excel saves where the decimal separator is a comma)
 * with its number rewritten the way the roster readers read numbers: `0,850` -> `0.850` (85%, not
 * 850%), `2.500` -> `2500`, `96,5%` -> `96.5%`. Any other field is returned as it is.
 * @example
 * decimalCommaField("0,850") // "0.850"
 * decimalCommaField("2.500单") // "2500单"
 */
export function decimalCommaField(field: string): string {
  if (field.indexOf(",") < 0 && field.indexOf(".") < 0) return field;
  const m = DECIMAL_COMMA.exec(field);
  if (!m) return field;
  const [, sign = "", whole = "", fraction, tail = ""] = m;
  if (fraction === undefined && whole.indexOf(".") < 0) return field;
  return `${sign}${whole.replace(/\./g, "")}${fraction === undefined ? "" : `.${fraction}`}${tail}`;
}

/** A semicolon-separated file's field as a core cell (see {@link decimalCommaField}). */
function semicolonCell(field: string): Cell {
  return csvCell(decimalCommaField(field));
}

/** Line breaks inside a record's quoted fields (so line numbers stay exact). */
function embeddedLineBreaks(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) {
    if (f.indexOf("\n") < 0 && f.indexOf("\r") < 0) continue;
    n += (f.match(/\r\n|\r|\n/g) ?? []).length;
  }
  return n;
}

/** The end of the unquoted field starting at `from`: the next delimiter, or the end of the line. */
function fieldEnd(line: string, delimiter: string, from: number): number {
  const at = line.indexOf(delimiter, from);
  return at < 0 ? line.length : at;
}

/**
 * Splits one line into fields, forgiving stray quotes: `""` inside quotes is one
 * quote, text after a closing quote is kept (`"王"五` -> `王五`), and a quote that is not closed
 * on its line is an ordinary character (`"赵六` stays `"赵六`, up to the next delimiter).
 */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let value: string;
    let stop: number;
    if (line[i] === '"') {
      let j = i + 1;
      let text = "";
      let closed = false;
      while (j < line.length) {
        if (line[j] === '"') {
          if (line[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        text += line[j++];
      }
      stop = fieldEnd(line, delimiter, closed ? j : i);
      value = closed ? text + line.slice(j, stop) : line.slice(i, stop);
    } else {
      stop = fieldEnd(line, delimiter, i);
      value = line.slice(i, stop);
    }
    fields.push(value);
    if (stop >= line.length) return fields;
    i = stop + delimiter.length;
  }
}

/**
 * The forgiving reading of CSV text that a strict parser rejects (a stray or unclosed quote):
 * one row per line (a quoted field cannot span lines here), fields split by {@link splitCsvLine}.
 */
export function parseCsvLines(text: string, delimiter: string): Cell[][] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const cell = cellReader(delimiter);
  return lines.map((line) => (line === "" ? [] : splitCsvLine(line, delimiter).map(cell)));
}

/** How a field becomes a cell: numbers in a semicolon-separated file have a decimal comma. */
function cellReader(delimiter: string): (field: string) => Cell {
  return delimiter === ";" ? semicolonCell : csvCell;
}

/**
 * Parses decoded CSV text into rows of cells ({@link csvCell}), one row per line. A
 * file the strict parser rejects (stray quotes) is read line by line with
 * {@link parseCsvLines} instead, so one bad quote never hides the other rows.
 */
export function parseCsvText(text: string, sheet: string): Promise<RosterInput> {
  const delimiter = detectDelimiter(text);
  const cell = cellReader(delimiter);
  return new Promise((resolve) => {
    const rows: Cell[][] = [];
    let failed = false;
    parseString<string[], string[]>(text, { delimiter, ignoreEmpty: false })
      .on("error", () => {
        if (failed) return;
        failed = true;
        resolve({ sheet, rows: parseCsvLines(text, delimiter), firstRow: 1, firstColumn: 0 });
      })
      .on("data", (fields: string[]) => {
        rows.push(fields.map(cell));
        // A quoted field spanning lines: keep rows[i] at CSV line i + 1 by padding blank rows.
        for (let k = embeddedLineBreaks(fields); k > 0; k--) rows.push([]);
      })
      .on("end", () => {
        if (!failed) resolve({ sheet, rows, firstRow: 1, firstColumn: 0 });
      });
  });
}

/** True when no row has a non-blank cell. */
function isBlank(rows: readonly (readonly Cell[])[]): boolean {
  return rows.every((row) => row.every((c) => c === null || (typeof c === "string" && c.trim() === "")));
}

/**
 * Reads a CSV roster: every cell a string (empty -> null, an Excel error literal such as `#N/A`
 * -> that error, see {@link csvCell}), ragged rows allowed, `rows[i]` is
 * line `i + 1` of the file, `sheet` is the file's base name without extension.
 * @throws {@link CliError} naming the file when it does not exist, cannot be read or is empty
 *   (no cell that is not blank).
 */
export async function readCsvRoster(file: string): Promise<RosterInput> {
  let bytes: Buffer;
  try {
    await assertCsvSize(file);
    bytes = await fs.readFile(file);
  } catch (error) {
    if (hasErrorCode(error, "ENOENT", "ENOTDIR")) throw new CliError((m) => m.fileNotFound(file));
    if (hasErrorCode(error, "EISDIR")) throw new CliError((m) => m.isFolder(file));
    if (hasErrorCode(error, "EACCES", "EPERM")) throw new CliError((m) => m.cannotRead(file));
    throw error;
  }
  const sheet = path.basename(file, path.extname(file));
  const roster = await parseCsvText(decodeCsv(bytes), sheet);
  if (isBlank(roster.rows)) throw new CliError((m) => m.emptyFile(file), 2, "noRoster");
  assertCsvWidth(file, roster.rows);
  return roster;
}

/**
 * The largest CSV read (bytes). The file is decoded into one string, and V8's strings stop at
 * 2^29 - 24 characters (about 512 M): a 600 MB CSV failed with "Cannot create a string longer
 * than 0x1fffffe8 characters". A million rows of 15 columns are about 150 MB.
 */
export const CSV_MAX_BYTES = 500 * 1024 * 1024;

/** Refuses a CSV larger than {@link CSV_MAX_BYTES} before reading a byte of it. */
async function assertCsvSize(file: string): Promise<void> {
  const { size } = await fs.stat(file);
  if (size > CSV_MAX_BYTES) throw new CliError((m) => m.input("csvTooLarge", { file, mb: Math.ceil(size / 1048576), max: CSV_MAX_BYTES / 1048576 }));
}

/** Excel's last column (XFD). */
const EXCEL_MAX_COLUMNS = 16384;

/** Refuses a CSV with a line of more fields than a sheet has columns (it could not be copied into the review workbook). */
function assertCsvWidth(file: string, rows: readonly (readonly Cell[])[]): void {
  const i = rows.findIndex((row) => row.length > EXCEL_MAX_COLUMNS);
  const wide = rows[i];
  if (wide) throw new CliError((m) => m.input("csvTooWide", { file, line: i + 1, count: wide.length }));
}
