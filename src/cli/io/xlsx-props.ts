/**
 * Reading an .xlsx zip by its central directory, without loading the workbook: the entries'
 * names and sizes, one small entry (the document properties), and where an entry's data starts
 * (the streaming reader inflates sheets from there).
 */
import { promises as fs } from "node:fs";
import { crc32, inflateRawSync } from "node:zlib";
import yauzl from "yauzl";
import { hasErrorCode } from "./errors";
import { must } from "../../core/util/must";

const LOCAL_SIGNATURE = 0x04034b50;

async function readAt(handle: fs.FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** The most bytes {@link readZipEntry} inflates (document properties are a few KB). */
const ENTRY_MAX_BYTES = 16 * 1024 * 1024;

/** One entry of a zip's central directory. */
export interface ZipEntryInfo {
  readonly name: string;
  /** 0 stored, 8 deflate. */
  readonly method: number;
  readonly compressedSize: number;
  /** Uncompressed size in bytes. */
  readonly size: number;
  readonly localOffset: number;
  /** The CRC-32 of the uncompressed bytes, as the directory declares it. */
  readonly crc32: number;
  /** Encrypted entries (general-purpose flag bit 0) cannot be read. */
  readonly encrypted: boolean;
}

/**
 * The central directory of an open zip, or null when the file is not a (readable) zip: yauzl
 * reads it (the zip64 end record and extra fields included). Names are decoded as UTF-8 as
 * Excel writes them, and kept as they are (a leading `/` too, which yauzl's own decoding would
 * refuse as an absolute path).
 */
function centralDirectory(handle: fs.FileHandle): Promise<ZipEntryInfo[] | null> {
  return new Promise((resolve) => {
    yauzl.fromFd(handle.fd, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) {
        resolve(null);
        return;
      }
      const out: ZipEntryInfo[] = [];
      zip.on("error", () => resolve(null));
      zip.on("end", () => resolve(out));
      zip.on("entry", (e: yauzl.Entry) => {
        out.push({
          name: (e.fileName as unknown as Buffer).toString("utf8"),
          method: e.compressionMethod,
          compressedSize: e.compressedSize,
          size: e.uncompressedSize,
          localOffset: e.relativeOffsetOfLocalHeader,
          crc32: e.crc32,
          encrypted: e.isEncrypted(),
        });
        zip.readEntry();
      });
      zip.readEntry();
    });
  });
}

/**
 * The entries of a zip file (names and sizes) from its central directory, without reading
 * any entry; null when the file is not a zip.
 * @throws file-system errors (ENOENT...) as they are
 */
export async function listZipEntries(file: string): Promise<ZipEntryInfo[] | null> {
  const handle = await fs.open(file, "r");
  try {
    return await centralDirectory(handle);
  } finally {
    await handle.close();
  }
}

/**
 * The uncompressed bytes of zip entry `name`, or null when the file is not a zip, the entry
 * does not exist, or it uses a compression other than stored/deflate.
 * @throws file-system errors (ENOENT...) as they are
 */
export async function readZipEntry(file: string, name: string): Promise<Buffer | null> {
  const handle = await fs.open(file, "r");
  try {
    const entry = (await centralDirectory(handle))?.find((e) => e.name === name);
    if (!entry || entry.encrypted) return null;
    const dataStart = await entryDataStart(handle, entry);
    if (dataStart === null) return null;
    const data = await readAt(handle, dataStart, entry.compressedSize);
    // A small part read whole (core.xml): never past its declared size nor ENTRY_MAX_BYTES (a core.xml bomb).
    const bytes = entry.method === 0 ? data : entry.method === 8 ? inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(entry.size, ENTRY_MAX_BYTES)) }) : null;
    return bytes !== null && crc32(bytes) === entry.crc32 ? bytes : null;
  } finally {
    await handle.close();
  }
}

/** Where an entry's (compressed) data starts: after its local header, which has its own name and extra lengths. */
export async function entryDataStart(handle: fs.FileHandle, entry: ZipEntryInfo): Promise<number | null> {
  const local = await readAt(handle, entry.localOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIGNATURE) return null;
  return entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      case "amp":
        return "&";
      default:
        return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/** The document properties (docProps/core.xml) PromoLadder carries into an output it writes from scratch. */
export interface XlsxCoreProperties {
  readonly creator?: string;
  readonly title?: string;
  readonly subject?: string;
  readonly description?: string;
  readonly keywords?: string;
  readonly category?: string;
  readonly created?: Date;
}

/** The text of element `tag` (any namespace prefix) in an XML document, unescaped, or undefined. */
function elementText(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${tag}>`).exec(xml);
  return m ? unescapeXml(must(m[1], `text of ${tag}`)) : undefined;
}

/** The core document properties of an .xlsx file (empty when it has none or is not a readable zip). */
export async function readXlsxCoreProperties(file: string): Promise<XlsxCoreProperties> {
  const core = await readZipEntry(file, "docProps/core.xml").catch(() => null);
  if (core === null) return {};
  const xml = core.toString("utf8");
  const out: Record<string, string | Date> = {};
  for (const key of ["creator", "title", "subject", "description", "keywords", "category"] as const) {
    const v = elementText(xml, key);
    // A property of megabytes (a core.xml bomb) is not carried into the output.
    if (v !== undefined && v !== "" && v.length <= 8192) out[key] = v;
  }
  const created = elementText(xml, "created");
  if (created !== undefined && Number.isFinite(Date.parse(created))) out.created = new Date(created);
  return out as XlsxCoreProperties;
}

/**
 * The keywords document property of an .xlsx file (`""` when it has none), or null when the
 * file is not a readable .xlsx zip.
 * @throws file-system errors (ENOENT...) as they are
 */
export async function readXlsxKeywords(file: string): Promise<string | null> {
  let core: Buffer | null;
  try {
    core = await readZipEntry(file, "docProps/core.xml");
  } catch (error) {
    if (hasErrorCode(error, "ENOENT", "ENOTDIR", "EISDIR", "EACCES", "EPERM", "EBUSY")) throw error;
    return null; // corrupt zip data (inflate failed, out-of-range read)
  }
  if (core === null) {
    const workbook = await readZipEntry(file, "xl/workbook.xml").catch(() => null);
    return workbook === null ? null : "";
  }
  const m = /<(?:\w+:)?keywords\b[^>]*>([\s\S]*?)<\/(?:\w+:)?keywords>/.exec(core.toString("utf8"));
  return m ? unescapeXml(must(m[1], "keywords text")) : "";
}
