/**
 * The add-in's only console output (the task pane and the PROMO functions share the page).
 *
 * Rosters hold personal data, and an error's message or stack can quote a cell it failed on (a
 * name, an 工号, a score), so a warning carries a fixed message and the error's kind only: its
 * class name and, for Office.js errors, their code (`RichApi.Error (ItemNotFound)`), never the
 * message. `test/privacy/no-console.test.ts` checks that nothing else in src/ writes to the
 * console and that every warning's message is a literal.
 */

/** An error's kind, safe to log: its name and an identifier-like code, never its message. */
export function errorKind(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const name = /^[\w.$]{1,64}$/.test(error.name) ? error.name : "Error";
    return typeof code === "string" && /^[A-Za-z][\w.]{0,63}$/.test(code) ? `${name} (${code})` : name;
  }
  return error === undefined ? "" : typeof error;
}

/** Logs a problem the user cannot act on: `message` (a literal) and the error's kind. */
export function warnWithoutData(message: string, error?: unknown): void {
  const kind = errorKind(error);
  console.warn(kind ? `${message}: ${kind}` : message);
}
