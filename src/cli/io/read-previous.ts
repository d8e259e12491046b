/** Reading the previous cycle's review workbook for `--previous` (issue #21). */
import * as fs from "node:fs";
import * as path from "node:path";
import { CycleOrderError, pastCycles, type CycleSheet, type Locale, type PastCycle } from "../../core";
import { CliError } from "./errors";
import { loadWorkbook } from "./read-xlsx";
import { sheetDataOf } from "./policy-workbook";
import { cliMessages } from "../messages";

/** An earlier review workbook as `--previous` reads it. */
export interface PreviousReview {
  /** Its cycles, oldest first. */
  readonly cycles: PastCycle[];
  /** Its 晋升档案 and 晋升评审 sheets (a review carries the log forward, see `carriedLogRows`). */
  readonly sheets: readonly CycleSheet[];
}

/**
 * The earlier cycles in `file`, oldest first: its 晋升档案 log when it has one, else its 晋升评审
 * sheet (one cycle, dated by the sheet's title). Only those two sheets are read.
 * @example (await readPreviousReview("last-review.xlsx", "roster.xlsx", "zh-CN")).cycles.length //=> 2
 * @throws CliError (exit 2, one line naming `--previous` and the file) when neither can be read
 */
export async function readPreviousReview(file: string, roster: string, locale: Locale): Promise<PreviousReview> {
  if (path.resolve(file) === path.resolve(roster)) throw new CliError(cliMessages(locale).previousSame(file));
  if (!fs.existsSync(file)) throw new CliError(cliMessages(locale).previousMissing(file));
  const wb = await loadWorkbook(file);
  const wanted = new Set(["晋升评审", "promotion review", "晋升档案", "promotion log"]);
  const sheets = wb.worksheets.filter((ws) => wanted.has(ws.name.trim().toLowerCase())).map(sheetDataOf);
  const got = pastCycles(sheets);
  if ("problem" in got) throw new CliError(cliMessages(locale).previousProblem(file, got.problem));
  return { cycles: got.cycles, sheets };
}

/**
 * Runs `compare`, explaining a {@link CycleOrderError} (no earlier cycle before this review's
 * date) as the one-line `--previous` error.
 * @example withCycleOrder(() => compareCycles(review, input, policy, cycles), "last-review.xlsx", "zh-CN")
 * @throws CliError naming `--previous` and `file` when the cycles are not before this review
 */
export function withCycleOrder<T>(compare: () => T, file: string, locale: Locale): T {
  try {
    return compare();
  } catch (e) {
    if (e instanceof CycleOrderError) throw new CliError(cliMessages(locale).previousOrder(file, e.previousAsOf, e.asOf));
    throw e;
  }
}
