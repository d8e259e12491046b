/**
 * Text helpers for streamed XML parts: UTF-8 decoding that survives chunk boundaries, and the
 * `_xHHHH_` escapes Excel writes for control characters in string items.
 */
import { SaxesParser } from "saxes";
import { columnLetters as lettersOf0 } from "../../../core";

/**
 * Decodes a stream of UTF-8 chunks into strings, carrying an incomplete multi-byte character
 * over to the next chunk (a Chinese character is 3 bytes; decoding chunks one by one, as
 * exceljs does, turns about one in two thousand rows of Chinese names into U+FFFD).
 */
export async function* decodeUtf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (text !== "") yield text;
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

/** One SAX event of a streamed part (the shape exceljs's own parse-sax gives, over the same parser). */
export type SaxEvent =
  | { readonly eventType: "opentag"; readonly value: { readonly name: string; readonly attributes: Readonly<Record<string, string>> } }
  | { readonly eventType: "closetag"; readonly value: { readonly name: string } }
  | { readonly eventType: "text"; readonly value: string };

/**
 * SAX events of a UTF-8 XML stream (decoded with {@link decodeUtf8}), in batches, one per
 * chunk: saxes (the parser exceljs wraps), without namespaces, as exceljs reads parts. A
 * well-formedness error is thrown after the chunk it occurs in.
 *
 * @example
 * for await (const batch of saxEvents(fs.createReadStream("sheet1.xml"))) for (const e of batch) if (e.eventType === "opentag") count++;
 */
export async function* saxEvents(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<SaxEvent[]> {
  const parser = new SaxesParser();
  let error: Error | null = null;
  let events: SaxEvent[] = [];
  parser.on("error", (e) => (error = e));
  parser.on("opentag", (value) => events.push({ eventType: "opentag", value }));
  parser.on("text", (value) => events.push({ eventType: "text", value }));
  parser.on("closetag", (value) => events.push({ eventType: "closetag", value }));
  for await (const text of decodeUtf8(chunks)) {
    parser.write(text);
    // write() emits synchronously: every event of this chunk is in `events` now.
    if (error) throw error;
    yield events;
    events = [];
  }
}

/** `_x000D_`-style escapes decoded, as exceljs decodes them in shared strings. */
export function decodeEscapes(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Column number (1-based) of a cell reference's letters (`AB12` -> 28); 0 when there are none. */
export function columnOfRef(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n;
}

/** Column letters of a 1-based column number (28 -> `AB`): the core's, which counts from 0. */
export function columnLetters(col: number): string {
  return lettersOf0(col - 1);
}
