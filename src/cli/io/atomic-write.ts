/**
 * Writing a workbook safely beside its destination: a temp file with a name no other run can
 * share, created exclusively, checked to be a complete zip, then renamed over the destination.
 *
 * The temp name is `.<name>.<pid>-<host>-<random>.tmp`. The pid alone is not unique: two runs in
 * different PID namespaces (containers, or two hosts on a shared folder) both run as pid 1 and
 * wrote the same `.out.xlsx.1.tmp` (issue 19: a corrupt zip renamed into place, exit 0, in 3 of 8
 * trials). `<host>` tells which machine's runs a temp file belongs to, so a run only removes the
 * temp files of dead processes of its own machine.
 */
import { randomBytes, createHash } from "node:crypto";
import * as fs from "node:fs";
import { promises as fsp } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { finished } from "node:stream/promises";
import { CliError, hasErrorCode } from "./errors";
import { listZipEntries } from "./xlsx-props";

/** Most bytes of the destination's name kept in the temp name (file names stop at 255 bytes). */
const NAME_BYTES = 180;
/** A temp file of another machine is removed once it has not been written for this long. */
const FOREIGN_STALE_MS = 24 * 3600 * 1000;

/** This machine, as 6 hex digits of its host name. */
function hostTag(): string {
  return createHash("sha256").update(os.hostname()).digest("hex").slice(0, 6);
}

/** The destination's name cut to {@link NAME_BYTES} UTF-8 bytes (whole characters). */
function nameStem(outPath: string): string {
  let name = path.basename(outPath);
  while (Buffer.byteLength(name) > NAME_BYTES) name = [...name].slice(0, -1).join("");
  return name;
}

/**
 * A new temp path beside `outPath` for this process: `.<name>.<pid>-<host>-<random>.tmp`.
 * @example
 * tempPathFor("/hr/out.xlsx") // "/hr/.out.xlsx.4242-1a2b3c-9f8e7d6c5b4a.tmp"
 */
export function tempPathFor(outPath: string, pid = process.pid): string {
  return path.join(path.dirname(outPath), `.${nameStem(outPath)}.${pid}-${hostTag()}-${randomBytes(6).toString("hex")}.tmp`);
}

/** The temp files of `outPath` in its folder, with the pid and machine each names (old `.<name>.<pid>.tmp` names: this machine). */
async function tempsOf(outPath: string): Promise<{ name: string; pid: number; host: string }[]> {
  const prefix = `.${nameStem(outPath)}.`;
  let names: string[];
  try {
    names = await fsp.readdir(path.dirname(outPath));
  } catch {
    return [];
  }
  const out: { name: string; pid: number; host: string }[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const m = /^([1-9]\d*)(?:-([0-9a-f]{6})-[0-9a-f]+)?$/.exec(name.slice(prefix.length, -".tmp".length));
    if (m) out.push({ name, pid: Number(m[1]), host: m[2] ?? hostTag() });
  }
  return out;
}

/** True while a process with this id runs on this machine (EPERM: it runs as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return hasErrorCode(error, "EPERM");
  }
}

/**
 * Removes the temp files of `outPath` left by runs that were killed while writing: this
 * machine's whose process is gone, another machine's only when untouched for a day. Errors are ignored.
 */
export async function removeStaleTemps(outPath: string): Promise<void> {
  const here = hostTag();
  for (const t of await tempsOf(outPath)) {
    const file = path.join(path.dirname(outPath), t.name);
    if (t.host === here) {
      if (t.pid === process.pid || isRunning(t.pid)) continue;
    } else {
      const stat = await fsp.stat(file).catch(() => null);
      if (!stat || Date.now() - stat.mtimeMs < FOREIGN_STALE_MS) continue;
    }
    await fsp.rm(file, { force: true }).catch(() => undefined);
  }
}

/**
 * Creates a new temp file for `outPath` exclusively (O_EXCL: never one that exists).
 * @returns its path and an open write stream
 * @throws {@link CliError} when the folder cannot be written
 */
export async function openTemp(outPath: string): Promise<{ tmp: string; stream: fs.WriteStream }> {
  for (let attempt = 0; ; attempt++) {
    const tmp = tempPathFor(outPath);
    const stream = fs.createWriteStream(tmp, { flags: "wx" });
    try {
      await new Promise<void>((resolve, reject) => {
        stream.once("open", () => resolve());
        stream.once("error", reject);
      });
      return { tmp, stream };
    } catch (error) {
      if (hasErrorCode(error, "EEXIST") && attempt < 3) continue;
      throw cannotWrite(outPath, error);
    }
  }
}

/**
 * Renames a finished temp file over `outPath`, after checking that it is a complete zip (its
 * central directory is readable): a damaged temp file is removed, never put in place.
 * @throws {@link CliError} when the temp file is damaged or cannot be renamed
 */
export async function commitTemp(tmp: string, outPath: string): Promise<void> {
  try {
    if ((await listZipEntries(tmp)) === null) throw new CliError((m) => m.writeDamaged(outPath));
    await fsp.rename(tmp, outPath);
  } catch (error) {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw cannotWrite(outPath, error);
  }
}

/**
 * A file-system error while writing `outPath` as one line for the user, or the error itself
 * when it is not one the user can act on.
 */
export function cannotWrite(outPath: string, error: unknown): Error {
  if (error instanceof CliError) return error;
  if (hasErrorCode(error, "ENOENT", "ENOTDIR")) return new CliError((m) => m.writeNoFolder(outPath));
  if (hasErrorCode(error, "EACCES", "EPERM", "EBUSY")) return new CliError((m) => m.writeBusy(outPath, (error as { code: string }).code));
  if (hasErrorCode(error, "EROFS")) return new CliError((m) => m.input("readOnlyFolder", { file: outPath }));
  if (hasErrorCode(error, "ENAMETOOLONG")) return new CliError((m) => m.input("nameTooLong", { file: outPath }));
  if (hasErrorCode(error, "ELOOP")) return new CliError((m) => m.input("linkLoop", { file: outPath }));
  if (hasErrorCode(error, "ENOSPC", "EDQUOT")) return new CliError((m) => m.diskFull(outPath));
  return error instanceof Error ? error : new Error(String(error));
}

/** Symbolic links followed before giving up (as the kernel's ELOOP limit). */
const MAX_LINKS = 40;

/**
 * The file a write to `outPath` must replace: `outPath` itself, or when it is a symbolic link
 * the file it points to, link after link (a dangling link: the path it names). Renaming a temp
 * file over the link itself replaced the link with a file and left its target stale (issue 19).
 * @throws {@link CliError} when the links loop
 * @example
 * await writeTarget("/hr/latest.xlsx") // "/hr/2026/review.xlsx" when latest.xlsx links there
 */
export async function writeTarget(outPath: string): Promise<string> {
  let target = outPath;
  for (let i = 0; i < MAX_LINKS; i++) {
    const stat = await fsp.lstat(target).catch(() => null);
    if (stat === null || !stat.isSymbolicLink()) return target;
    target = path.resolve(path.dirname(target), await fsp.readlink(target));
  }
  throw new CliError((m) => m.input("linkLoop", { file: outPath }));
}

/**
 * Writes a workbook through `write(stream)` into a new temp file beside `outPath` (beside the
 * file it links to when it is a symbolic link, see {@link writeTarget}), then renames it over
 * that file ({@link commitTemp}); temp files of killed runs are removed first.
 * @example
 * await writeAtomically(out, (s) => wb.xlsx.write(s));
 */
export async function writeAtomically(link: string, write: (stream: fs.WriteStream) => Promise<void>): Promise<void> {
  const outPath = await writeTarget(link);
  await removeStaleTemps(outPath);
  const { tmp, stream } = await openTemp(outPath);
  try {
    const failed = new Promise<never>((_resolve, reject) => stream.once("error", reject));
    await Promise.race([write(stream), failed]);
    stream.end();
    await finished(stream);
  } catch (error) {
    stream.destroy();
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw cannotWrite(outPath, error);
  }
  await commitTemp(tmp, outPath);
}
