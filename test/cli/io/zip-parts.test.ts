/**
 * The zip layer of the streaming reader (src/cli/io/xlsx-props.ts, src/cli/io/stream/zip-parts.ts):
 * the central directory read by yauzl (zip64 end record included), damaged entries refused by
 * their CRC-32, encrypted entries refused by name.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { listZipEntries, readZipEntry } from "../../../src/cli/io/xlsx-props";
import { ZipParts } from "../../../src/cli/io/stream/zip-parts";
import { makeTempDir, removeTempDir } from "./fixtures";

let dir: string;
beforeEach(() => (dir = makeTempDir()));
afterEach(() => removeTempDir(dir));

const TEXT = "<x>晋升阶梯 promotion ladder</x>".repeat(50);

async function zipFile(name: string, compression: "STORE" | "DEFLATE"): Promise<string> {
  const zip = new JSZip();
  zip.file("a.xml", TEXT);
  zip.file("docProps/core.xml", "<cp:coreProperties/>");
  const file = path.join(dir, name);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression }));
  return file;
}

async function readAll(parts: ZipParts, name: string): Promise<string> {
  const chunks = await parts.stream(name);
  if (!chunks) throw new Error(`no ${name}`);
  const out: Buffer[] = [];
  for await (const c of chunks) out.push(c);
  return Buffer.concat(out).toString("utf8");
}

/** Offsets of a signature in a buffer. */
function offsetsOf(bytes: Buffer, signature: number): number[] {
  const out: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i++) if (bytes.readUInt32LE(i) === signature) out.push(i);
  return out;
}

/** The same zip with its end record written the zip64 way (zip64 end record and locator; the classic fields at their maxima). */
function asZip64(bytes: Buffer): Buffer {
  const eocd = offsetsOf(bytes, 0x06054b50).at(-1);
  if (eocd === undefined) throw new Error("no end record");
  const entries = bytes.readUInt16LE(eocd + 10);
  const dirSize = bytes.readUInt32LE(eocd + 12);
  const dirOffset = bytes.readUInt32LE(eocd + 16);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(entries), 24);
  end64.writeBigUInt64LE(BigInt(entries), 32);
  end64.writeBigUInt64LE(BigInt(dirSize), 40);
  end64.writeBigUInt64LE(BigInt(dirOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(eocd), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.from(bytes.subarray(eocd));
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([bytes.subarray(0, eocd), end64, locator, end]);
}

describe("zip parts", () => {
  test.each(["STORE", "DEFLATE"] as const)("reads entries of a %s zip, and of the same zip with a zip64 end record", async (compression) => {
    const file = await zipFile("a.zip", compression);
    const file64 = path.join(dir, "a64.zip");
    fs.writeFileSync(file64, asZip64(fs.readFileSync(file)));
    for (const f of [file, file64]) {
      expect((await listZipEntries(f))?.map((e) => e.name).filter((n) => !n.endsWith("/")).sort()).toEqual(["a.xml", "docProps/core.xml"]);
      expect(await readAll(await ZipParts.open(f), "a.xml")).toBe(TEXT);
      expect((await readZipEntry(f, "docProps/core.xml"))?.toString("utf8")).toBe("<cp:coreProperties/>");
    }
  });

  test("a damaged entry (same size, other bytes) is refused by its CRC-32, not read as other text", async () => {
    const file = await zipFile("a.zip", "STORE");
    const bytes = fs.readFileSync(file);
    const at = bytes.indexOf(Buffer.from("promotion"));
    bytes[at] = "P".charCodeAt(0);
    fs.writeFileSync(file, bytes);
    await expect(readAll(await ZipParts.open(file), "a.xml")).rejects.toThrow(/a\.xml does not match its zip directory \(size or CRC-32\)/);
  });

  test("an encrypted entry is refused by name", async () => {
    const file = await zipFile("a.zip", "DEFLATE");
    const bytes = fs.readFileSync(file);
    // The encryption flag on a.xml's central and local headers (a deflated entry: its sizes need no encryption header).
    const named = (at: number, nameAt: number): boolean => bytes.toString("utf8", at + nameAt, at + nameAt + 5) === "a.xml";
    for (const at of offsetsOf(bytes, 0x02014b50)) if (named(at, 46)) bytes.writeUInt16LE(bytes.readUInt16LE(at + 8) | 1, at + 8);
    for (const at of offsetsOf(bytes, 0x04034b50)) if (named(at, 30)) bytes.writeUInt16LE(bytes.readUInt16LE(at + 6) | 1, at + 6);
    fs.writeFileSync(file, bytes);
    await expect(ZipParts.open(file).then((parts) => parts.stream("a.xml"))).rejects.toThrow(/a\.xml is encrypted/);
    expect(await readZipEntry(file, "a.xml")).toBeNull();
  });

  test("a file that is not a zip has no directory", async () => {
    const file = path.join(dir, "not.zip");
    fs.writeFileSync(file, "name,level\n张三,P5\n");
    expect(await listZipEntries(file)).toBeNull();
    await expect(ZipParts.open(file)).rejects.toThrow(/Corrupted zip/);
  });
});
