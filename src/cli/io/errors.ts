import type { Locale } from "../../core";
import { cliMessages, type CliMessages } from "../messages";

/** A message of the CLI catalogue, chosen when the language is known (`(m) => m.fileNotFound(file)`). */
export type CliText = (m: CliMessages) => string;

/**
 * A problem the user can fix (a missing file, a bad option, a sheet that cannot be found).
 * The CLI prints its message as one line, without a stack trace, and exits with `exitCode`.
 *
 * Thrown with a catalogue message (`(m) => m.fileNotFound(file)`) where the language is not known
 * (file readers), it is worded in the language of `--lang` when printed ({@link CliError.text});
 * `message` holds the Chinese wording.
 *
 * @example throw new CliError((m) => m.fileNotFound("a.xlsx"))
 */
export class CliError extends Error {
  readonly #text: CliText | null;

  /**
   * @param message - one line addressed to the user, already in its language, or a catalogue message
   * @param exitCode - process exit code (2: usage or input problem)
   */
  constructor(
    message: string | CliText,
    readonly exitCode = 2,
    /** `noRoster`: no sheet (or file) holds a roster; the workbook reader can explain why. */
    readonly reason?: "noRoster",
  ) {
    super(typeof message === "string" ? message : message(cliMessages("zh-CN")));
    this.#text = typeof message === "string" ? null : message;
    this.name = "CliError";
  }

  /** The message in `locale` (a message given as a string is returned as it is). */
  text(locale: Locale): string {
    return this.#text === null ? this.message : this.#text(cliMessages(locale));
  }
}

/** True for a Node file-system error with the given code (`ENOENT`, `EISDIR`...). */
export function hasErrorCode(error: unknown, ...codes: string[]): boolean {
  return typeof error === "object" && error !== null && codes.includes(String((error as { code?: unknown }).code));
}
