/**
 * Reading CSV rosters with @fast-csv/parse (exceljs's CSV reader is ~50x slower).
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { isUtf8 } from "node:buffer";
import { parseString } from "@fast-csv/parse";
import * as iconv from "iconv-lite";
import type { Cell, RosterInput } from "../../core";
import { CliError, hasErrorCode } from "./errors";

/**
 * Decodes CSV bytes: a UTF-8 BOM is stripped, a UTF-16LE/BE BOM decodes UTF-16, valid UTF-8
 * is taken as is, anything else is GBK (Chinese Excel's "CSV" default), decoded as GB18030,
 * its superset.
 */
export function decodeCsv(bytes: Buffer): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.toString("utf8", 3);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), "utf16le");
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), "utf16be");
  if (isUtf8(bytes)) return bytes.toString("utf8");
  return iconv.decode(bytes, "gb18030");
}

/**
 * The delimiter of the first line: comma, unless that line has more tabs (Excel's "Unicode
 * text" export) or semicolons (Excel in locales with a decimal comma) than commas outside quotes.
 */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ",": 0, "\t": 0, ";": 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  let best = ",";
  for (const d of ["\t", ";"]) if (counts[d]! > counts[best]!) best = d;
  return best;
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

/** Parses decoded CSV text into rows of strings (empty fields as null), one row per line. */
export function parseCsvText(text: string, sheet: string): Promise<RosterInput> {
  return new Promise((resolve, reject) => {
    const rows: Cell[][] = [];
    parseString<string[], string[]>(text, { delimiter: detectDelimiter(text), ignoreEmpty: false })
      .on("error", (error: Error) => reject(new CliError(`cannot read ${sheet}: ${error.message}`)))
      .on("data", (fields: string[]) => {
        rows.push(fields.map((f) => (f === "" ? null : f)));
        // A quoted field spanning lines: keep rows[i] at CSV line i + 1 by padding blank rows.
        for (let k = embeddedLineBreaks(fields); k > 0; k--) rows.push([]);
      })
      .on("end", () => resolve({ sheet, rows, firstRow: 1, firstColumn: 0 }));
  });
}

/**
 * Reads a CSV roster: every cell a string (empty -> null), ragged rows allowed, `rows[i]` is
 * line `i + 1` of the file, `sheet` is the file's base name without extension.
 * @throws {@link CliError} when the file does not exist or cannot be read.
 */
export async function readCsvRoster(file: string): Promise<RosterInput> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    if (hasErrorCode(error, "ENOENT", "ENOTDIR")) throw new CliError(`file not found: ${file}`);
    if (hasErrorCode(error, "EISDIR")) throw new CliError(`${file} is a folder, not a file`);
    if (hasErrorCode(error, "EACCES", "EPERM")) throw new CliError(`cannot read ${file}: permission denied`);
    throw error;
  }
  const sheet = path.basename(file, path.extname(file));
  return parseCsvText(decodeCsv(bytes), sheet);
}
