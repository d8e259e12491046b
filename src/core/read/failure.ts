/** What a reader expected when a cell could not be read; the key of a message in `i18n`. */
export type Expected =
  | "date"
  | "number"
  | "score"
  | "count"
  | "years"
  | "percent"
  | "percent_range"
  | "boolean"
  | "education"
  | "text"
  | "excel_error";

/** A cell that could not be read as its column's type. */
export interface ReadFailure {
  readonly failure: Expected;
  /** For `percent_range`: the largest plausible fraction of the column (1 = 100%). */
  readonly limit?: number;
}

const FAILURES: Readonly<Record<Expected, ReadFailure>> = {
  date: { failure: "date" },
  number: { failure: "number" },
  score: { failure: "score" },
  count: { failure: "count" },
  years: { failure: "years" },
  percent: { failure: "percent" },
  percent_range: { failure: "percent_range", limit: 1 },
  boolean: { failure: "boolean" },
  education: { failure: "education" },
  text: { failure: "text" },
  excel_error: { failure: "excel_error" },
};

/** The shared (allocation-free) failure value for `expected`. */
export function fail(expected: Expected): ReadFailure {
  return FAILURES[expected];
}

/** True when a reader returned a failure. */
export function isFailure(v: unknown): v is ReadFailure {
  return typeof v === "object" && v !== null && "failure" in v;
}
