/**
 * A problem the user can fix (a missing file, a bad option, a sheet that cannot be found).
 * The CLI prints its message as one line, without a stack trace, and exits with `exitCode`.
 */
export class CliError extends Error {
  /**
   * @param message - one line, addressed to the user
   * @param exitCode - process exit code (2: usage or input problem)
   */
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** True for a Node file-system error with the given code (`ENOENT`, `EISDIR`...). */
export function hasErrorCode(error: unknown, ...codes: string[]): boolean {
  return typeof error === "object" && error !== null && codes.includes(String((error as { code?: unknown }).code));
}
