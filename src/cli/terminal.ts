/**
 * Roster text never reaches the terminal as control sequences (issue 19): ESC, BEL, OSC and CSI
 * sequences in a name or a department printed by `near-miss` or `fairness` changed the terminal's
 * title, cleared the screen or hid text. Everything the CLI writes to stdout and stderr passes
 * through {@link terminalSafe}; the CLI's own progress line uses {@link writeTerminalControl}.
 */

/** C0 controls but tab and line feed, DEL, and the C1 controls (U+0080-U+009F, e.g. U+009B CSI). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * `text` with every control character but tab and line feed written as a visible `\u001b`
 * escape (also a correct escape inside a JSON string, so `--json` output stays valid JSON).
 * @example
 * terminalSafe("张三\u001b]0;pwned\u0007") // "张三\\u001b]0;pwned\\u0007"
 */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

type Write = NodeJS.WriteStream["write"];
const raw = new Map<NodeJS.WriteStream, Write>();

/**
 * Makes `stream.write` pass strings through {@link terminalSafe} until the returned function is
 * called (a stream already guarded stays as it is). Bytes written as Buffers are left alone: the
 * CLI writes text.
 * @returns the function that puts the stream's own `write` back
 * @example
 * const undo = guardTerminal(process.stdout); process.stdout.write("\u001b[2J"); // prints \u001b[2J, clears nothing
 * undo();
 */
export function guardTerminal(stream: NodeJS.WriteStream): () => void {
  if (raw.has(stream)) return () => undefined;
  const original = stream.write;
  const write = original.bind(stream) as Write;
  raw.set(stream, write);
  stream.write = ((chunk: unknown, ...rest: unknown[]) =>
    (write as (c: unknown, ...r: unknown[]) => boolean)(typeof chunk === "string" ? terminalSafe(chunk) : chunk, ...rest)) as Write;
  return () => {
    stream.write = original;
    raw.delete(stream);
  };
}

/** Writes the CLI's own terminal control text (the progress line's `\r` and erase) unfiltered. */
export function writeTerminalControl(stream: NodeJS.WriteStream, text: string): void {
  (raw.get(stream) ?? stream.write.bind(stream))(text);
}
