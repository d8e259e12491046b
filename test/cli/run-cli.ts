/**
 * Running `promo` from tests, two ways:
 *
 * - {@link promo}: in this test process, through the built CLI's `runCli` (dist/cli, built once by
 *   jest's global setup). What a command prints, writes and exits with comes from the same code as
 *   the binary; only the process start is skipped (about 0.3-1 s of CPU per run on a 2-core
 *   machine, hundreds of runs per `npm test`). Runs are serialised: the process's stdout/stderr are
 *   captured while one runs.
 * - {@link promoProcess}: a real child process, for what only a process shows (exit status,
 *   streams, memory, atomic writes, a hang), always with a kill deadline.
 */
import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/** Repository root. */
export const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "dist/cli/index.js");

/** What a CLI run gave. */
export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Builds the CLI when `dist/cli` is missing or older than a file under `src` (`npm test` builds it first). */
export function ensureCliBuilt(): void {
  if (!fs.existsSync(CLI) || newestSource(path.join(ROOT, "src")) > fs.statSync(CLI).mtimeMs) {
    execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
  }
}

/** The latest modification time of a file under `dir` (a stale build must not test old code). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

type Write = typeof process.stdout.write;

/** A stand-in for a stream's `write` that keeps the text. */
function collector(into: string[]): Write {
  return ((chunk: string | Uint8Array, encoding?: BufferEncoding | ((e?: Error | null) => void), done?: (e?: Error | null) => void): boolean => {
    into.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    const callback = typeof encoding === "function" ? encoding : done;
    callback?.();
    return true;
  }) as Write;
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `promo ARGS` in this process (see the module comment); resolves with its exit code and output. */
export function promo(args: readonly string[], cwd = ROOT): Promise<CliRun> {
  const run = queue.then(() => runHere(args, cwd));
  queue = run.catch(() => undefined);
  return run;
}

async function runHere(args: readonly string[], cwd: string): Promise<CliRun> {
  ensureCliBuilt();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cli = require(CLI) as { runCli(args: readonly string[]): Promise<number> };
  const out: string[] = [];
  const err: string[] = [];
  const saved = { out: process.stdout.write, err: process.stderr.write, cwd: process.cwd(), debug: process.env.PROMO_DEBUG };
  process.stdout.write = collector(out);
  process.stderr.write = collector(err);
  process.env.PROMO_DEBUG = "";
  if (cwd !== saved.cwd) process.chdir(cwd);
  try {
    const code = await cli.runCli(args);
    return { code, signal: null, stdout: out.join(""), stderr: err.join("") };
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    if (saved.debug === undefined) delete process.env.PROMO_DEBUG;
    else process.env.PROMO_DEBUG = saved.debug;
    if (process.cwd() !== saved.cwd) process.chdir(saved.cwd);
  }
}

/**
 * Runs `promo ARGS` as a child process (no debug output), killed after `deadlineMs` (then `signal`
 * is SIGKILL): for exit statuses, stream contents and behaviour only a real process shows.
 */
export function promoProcess(args: readonly string[], options: { cwd?: string; deadlineMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  ensureCliBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, PROMO_DEBUG: "", ...options.env } });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.deadlineMs ?? 120_000);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
  });
}
