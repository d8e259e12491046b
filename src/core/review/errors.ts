/** Thrown when a roster has no usable header row: a file-level problem, not a row error. */
export class RosterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RosterError";
  }
}

/** Thrown for an as-of date that is not a real YYYY-MM-DD date. */
export class AsOfError extends Error {
  constructor(readonly value: string) {
    super(`as-of date "${value}" is not a valid YYYY-MM-DD date`);
    this.name = "AsOfError";
  }
}
