/**
 * Reads one small entry (the document properties) out of an .xlsx zip without loading the
 * workbook: only the end-of-archive record, the central directory and that entry are read.
 */
import { promises as fs } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { hasErrorCode } from "./errors";

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** End-of-central-directory record (22 bytes) plus the longest zip comment. */
const TAIL_BYTES = 22 + 0xffff;

async function readAt(handle: fs.FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/**
 * The uncompressed bytes of zip entry `name`, or null when the file is not a zip, the entry
 * does not exist, or it uses a compression other than stored/deflate.
 * @throws file-system errors (ENOENT...) as they are
 */
export async function readZipEntry(file: string, name: string): Promise<Buffer | null> {
  const handle = await fs.open(file, "r");
  try {
    const { size } = await handle.stat();
    const tailStart = Math.max(0, size - TAIL_BYTES);
    const tail = await readAt(handle, tailStart, size - tailStart);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return null;
    const entries = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (dirOffset + dirSize > size) return null;
    const dir = await readAt(handle, dirOffset, dirSize);
    let p = 0;
    for (let e = 0; e < entries && p + 46 <= dir.length; e++) {
      if (dir.readUInt32LE(p) !== CENTRAL_SIGNATURE) return null;
      const method = dir.readUInt16LE(p + 10);
      const compressed = dir.readUInt32LE(p + 20);
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      const localOffset = dir.readUInt32LE(p + 42);
      const entryName = dir.toString("utf8", p + 46, p + 46 + nameLength);
      p += 46 + nameLength + extraLength + commentLength;
      if (entryName !== name) continue;
      const local = await readAt(handle, localOffset, 30);
      if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIGNATURE) return null;
      const dataStart = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      const data = await readAt(handle, dataStart, compressed);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data);
      return null;
    }
    return null;
  } finally {
    await handle.close();
  }
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
  return m ? unescapeXml(m[1]!) : "";
}
