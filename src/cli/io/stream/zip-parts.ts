/**
 * The parts of an .xlsx zip opened by its central directory: any entry can be streamed from
 * its place in the file (inflated on the way), in any order, without reading the entries
 * before it. exceljs's streaming `WorkbookReader` reads the zip front to back instead, which
 * loses `xl/workbook.xml` when it is the last entry — the layout of every file exceljs writes,
 * PromoLadder's outputs included (exceljs issue #3064) — and has to park sheets in temp files
 * when the shared strings come after them (Excel's own layout).
 */
import * as fs from "node:fs";
import { promises as fsp } from "node:fs";
import { crc32, createInflateRaw } from "node:zlib";
import { entryDataStart, listZipEntries, type ZipEntryInfo } from "../xlsx-props";

/** An .xlsx file's entries by name (without a leading `/`). */
export class ZipParts {
  private constructor(
    private readonly file: string,
    private readonly entries: ReadonlyMap<string, ZipEntryInfo>,
  ) {}

  /**
   * Reads the central directory.
   * @throws an Error naming the problem when the file is not a readable zip
   */
  static async open(file: string): Promise<ZipParts> {
    const list = await listZipEntries(file);
    if (list === null) throw new Error("Corrupted zip: can't find end of central directory");
    return new ZipParts(file, new Map(list.map((e) => [e.name.replace(/^\/+/, ""), e])));
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's uncompressed size as the central directory declares it (0 when there is no such entry). */
  sizeOf(name: string): number {
    return this.entries.get(name)?.size ?? 0;
  }

  /**
   * The entry's bytes as a stream of chunks (inflated), or null when there is no such entry.
   * @throws an Error for a compression method other than stored or deflate
   */
  async stream(name: string): Promise<AsyncIterable<Buffer> | null> {
    const entry = this.entries.get(name);
    if (!entry) return null;
    if (entry.encrypted) throw new Error(`${name} is encrypted in the zip, which is not supported`);
    if (entry.method !== 0 && entry.method !== 8) throw new Error(`${name} uses zip compression method ${entry.method}, which is not supported`);
    const handle = await fsp.open(this.file, "r");
    let start: number | null;
    try {
      start = await entryDataStart(handle, entry);
    } finally {
      await handle.close();
    }
    if (start === null) throw new Error(`${name}: bad local header`);
    if (entry.compressedSize === 0) return checked((async function* () {})(), entry, name);
    const raw = fs.createReadStream(this.file, { start, end: start + entry.compressedSize - 1, highWaterMark: 256 * 1024 });
    if (entry.method === 0) return checked(raw, entry, name);
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    raw.on("error", (e) => inflate.destroy(e));
    return checked(raw.pipe(inflate), entry, name);
  }

  /** The entry's whole text (UTF-8), or null when there is no such entry. */
  async text(name: string): Promise<string | null> {
    const chunks = await this.stream(name);
    if (!chunks) return null;
    const parts: Buffer[] = [];
    for await (const c of chunks) parts.push(c);
    return Buffer.concat(parts).toString("utf8");
  }
}

/**
 * The chunks of an entry, stopped with an error once they pass the size its central directory
 * declares (a zip bomb that declares a small size cannot inflate past it, and budgets taken from
 * the declared sizes, shared strings per sheet bytes and workbook mode's cell estimate, hold),
 * and checked at the end against its declared size and CRC-32 (a damaged file is refused, not
 * read as other data).
 */
async function* checked(chunks: AsyncIterable<Buffer>, entry: ZipEntryInfo, name: string): AsyncGenerator<Buffer> {
  let n = 0;
  let crc = 0;
  for await (const chunk of chunks) {
    n += chunk.length;
    if (n > entry.size) throw new Error(`${name} inflates beyond the ${entry.size} bytes its zip directory declares (a zip bomb or a damaged file)`);
    crc = crc32(chunk, crc);
    yield chunk;
  }
  if (n !== entry.size || crc !== entry.crc32) throw new Error(`${name} does not match its zip directory (size or CRC-32): a damaged file`);
}

/**
 * Resolves a relationship target against the folder of the part that owns the relationships
 * (`worksheets/sheet1.xml` from `xl/workbook.xml` -> `xl/worksheets/sheet1.xml`; an absolute
 * `/xl/...` target stays as it is).
 */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith("/")) return target.replace(/^\/+/, "");
  const parts = ownerPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** The relationships part of a part (`xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`). */
export function relsPartOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}
