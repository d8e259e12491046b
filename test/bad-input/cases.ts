/** The bad-input catalogue's expected outcomes (test/fixtures/bad-input/cases.json), typed. */
import * as fs from "node:fs";
import * as path from "node:path";
import type { RowResult, Status } from "../../src/core";
import { FIXTURES } from "./helpers";

/** A row a case breaks: it must be an error naming exactly these cells. */
export interface BadRow {
  readonly row: number;
  readonly id: string;
  readonly cells: readonly string[];
  readonly codes: readonly string[];
  /** Fragments the row's messages together must contain (the value, the closest level...). */
  readonly message: readonly string[];
}

/** A row with no twin in clean.xlsx, and the status it must get. */
export interface ExtraRow {
  readonly row: number;
  readonly id: string;
  readonly idLength?: number;
  readonly status: Status;
}

interface CaseBase {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly example: string;
  readonly does: string;
  /** A crafted file of issue 19 (zip bombs, far rows, encodings), made by scripts/make-bad-input.mjs. */
  readonly hostile?: boolean;
}

/** A roster that must be reviewed (exit 0). */
export interface ReviewCase extends CaseBase {
  readonly exit: 0;
  /** The clean twin whose rows the good rows must equal, or null (no rows). */
  readonly twin: string | null;
  /** Results expected (blank rows give none). */
  readonly rows: number;
  readonly headerRow?: number;
  readonly bad: readonly BadRow[];
  readonly extra: readonly ExtraRow[];
  readonly maxMessageLength?: number;
}

/** A file that must be refused with one line naming it (exit 2). */
export interface FailCase extends CaseBase {
  readonly exit: 2;
  readonly stderr: readonly string[];
}

export type Case = ReviewCase | FailCase;

export interface Catalogue {
  readonly policy: string;
  readonly asOf: string;
  readonly twin: { readonly file: string; readonly statuses: Readonly<Record<string, Status>> };
  readonly cases: readonly Case[];
}

export function loadCatalogue(): Catalogue {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, "cases.json"), "utf8")) as Catalogue;
}

/** What a good row must share with its twin: everything but where it is and how it is named. */
export function evaluation(r: RowResult): Record<string, unknown> {
  return Object.fromEntries(Object.entries(r).filter(([key]) => key !== "row" && key !== "name" && key !== "dept"));
}
