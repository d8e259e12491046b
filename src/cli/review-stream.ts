/**
 * `promo review` in streaming mode (`--stream`, or automatically for large rosters): the roster
 * is read in one pass while its sheets are copied into the output, reviewed, and the results
 * written row by row, so memory holds the roster's cells and the review's columns but never a
 * workbook's worth of objects. Same review, same output sheets and same safety rules as the
 * workbook mode (sign-offs carried over, ownership keywords, temp file + rename).
 */
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { columnReport, compilePolicy, startReview, type Cell, type Locale, type MappingOverride, type Review, type RosterInput } from "../core";
import { finishRun } from "./progress";
import { loadCsv, loadRoster } from "./load-roster";
import { printColumns } from "./columns";
import { CliError } from "./io/errors";
import { resolvePolicy } from "./policy-source";
import { isProductKeywords, ownedSheetNames, type ProductSheetKind } from "./io/ownership";
import { withTightHeap } from "./io/stream/heap";
import { streamRoster } from "./io/stream/read-roster-stream";
import { csvSheetName, productSheetNames, StreamingReviewWriter } from "./io/stream/review-writer";
import { readSignOffsStreaming } from "./io/stream/sign-offs";
import { assertNothingAdded, noteStaleSignOffs } from "./io/write-review";
import { roundViewBuilder, SignOffs, type RoundInputs } from "../report";
import { KeptColumns } from "./io/stream/kept-columns";
import { withCycleOrder } from "./io/read-previous";
import type { StreamedSheetInfo } from "./io/stream/workbook-stream";
import { readXlsxCoreProperties, type XlsxCoreProperties } from "./io/xlsx-props";
import { mustExist } from "../core/util/must";

/** What a released roster row is replaced with (the run never reads it again, see `ReviewRun.next`). */
const RELEASED: Cell[] = [];

/** What a streaming review needs. */
export interface StreamReviewOptions {
  readonly roster: string;
  readonly sheet?: string;
  readonly policy?: string;
  readonly asOf: string;
  readonly locale: Locale;
  /** The output workbook (already checked with `assertOverwritable`). */
  readonly outPath: string;
  /** `--discard-edits`: rewrite an output that holds sheets or columns the user added. */
  readonly discardEdits?: boolean;
  /** The user's header mapping (`--map`). */
  readonly mapping?: MappingOverride;
  /** `--budget` and the cycles of `--previous`: the 晋升汇总's issue #21 blocks, as the workbook mode writes them. */
  readonly round?: RoundInputs;
  /** The `--previous` file (named in errors). */
  readonly previous?: string;
}

/** The roster read and its sheets copied, ready to review. */
interface Source {
  readonly input: RosterInput;
  readonly workbook: ExcelJS.Workbook | null;
  readonly sheets: readonly StreamedSheetInfo[];
  readonly names: Record<ProductSheetKind, string>;
  readonly signOffs: ReadonlyMap<string, string>;
  readonly properties: XlsxCoreProperties;
}

/** Reads the roster (CSV or .xlsx), copying its sheets into `writer` as they go by. */
async function readSource(o: StreamReviewOptions, writer: StreamingReviewWriter): Promise<Source> {
  if (path.extname(o.roster).toLowerCase() === ".csv") {
    const input = await loadCsv(o.roster, o.sheet, { locale: o.locale, ...(o.mapping ? { mapping: o.mapping } : {}) });
    const name = csvSheetName(input.sheet);
    await writer.copyRoster(input, name);
    return { input, workbook: null, sheets: [], names: productSheetNames([name], []).names, signOffs: new Map(), properties: {} };
  }
  const properties = await readXlsxCoreProperties(o.roster);
  const owned = isProductKeywords(properties.keywords) ? ownedSheetNames(properties.keywords) : [];
  let names: Record<ProductSheetKind, string> | undefined;
  const streamed = await streamRoster(o.roster, {
    ...(o.sheet !== undefined ? { sheet: o.sheet } : {}),
    copier: writer,
    replace: (sheets) => {
      const chosen = productSheetNames(
        sheets.map((s) => s.name),
        owned,
      );
      names = chosen.names;
      return { names: chosen.replaced, ...(chosen.replaced.includes(chosen.names.review) ? { review: chosen.names.review } : {}) };
    },
  });
  return { input: streamed.input, workbook: streamed.policyBook, sheets: streamed.sheets, names: mustExist(names, "the product sheet names (chosen while streaming)"), signOffs: streamed.signOffs, properties };
}

/**
 * The streaming reader's "no roster found" error, explained as the workbook mode explains it (the
 * headers of the sheet most like a roster, what they lack, the `--map` that fixes it): the workbook
 * is read whole only then, and only when it is small enough to be (the reader refuses larger ones).
 * Any other error, or a roster the workbook reader does find, leaves the streaming error as it is.
 */
async function explainNoRoster(error: unknown, o: StreamReviewOptions): Promise<never> {
  if (!(error instanceof CliError) || o.sheet !== undefined || error.reason !== "noRoster") throw error;
  await loadRoster(o.roster, undefined, false, { locale: o.locale, ...(o.mapping ? { mapping: o.mapping } : {}) });
  throw error;
}

/**
 * Reviews a roster in streaming mode and writes the review workbook to `outPath`.
 * @returns the review (its `rows` are built on access: the caller should only read the summary)
 * @throws {@link CliError} as the workbook mode does; nothing is left at `outPath` on failure
 */
export function reviewStreaming(o: StreamReviewOptions): Promise<Review> {
  return withTightHeap(() => reviewInStream(o));
}

async function reviewInStream(o: StreamReviewOptions): Promise<Review> {
  // The previous output's sign-offs first, read sheet by sheet (it may hold a million rows).
  const previous = await readSignOffsStreaming(o.outPath);
  const writer = await StreamingReviewWriter.open(o.outPath);
  try {
    const source = await readSource(o, writer).catch((error: unknown) => explainNoRoster(error, o));
    assertNothingAdded(previous, source.sheets.length > 0 ? source.sheets.map((s) => s.name) : [csvSheetName(source.input.sheet)], o.discardEdits === true);
    const resolved = await resolvePolicy(o.policy, source.input, { workbook: source.workbook, locale: o.locale, ...(o.mapping ? { mapping: o.mapping } : {}) });
    if (resolved.note) process.stderr.write(`promo: ${resolved.note}\n`);
    const compiled = compilePolicy(resolved.policy);
    const run = startReview({ ...source.input, transient: true }, compiled, { asOf: o.asOf, locale: o.locale, ...(o.mapping ? { mapping: o.mapping } : {}) });
    // Issue #21's views read a few roster columns when the rows are written: keep those cells only.
    const kept = new KeptColumns(run, source.input);
    const round = withCycleOrder(() => roundViewBuilder({ columns: run.columns, asOf: o.asOf }, kept.find, compiled, o.round), o.previous ?? "", o.locale);
    // The run reads each row once into its own columns: let the roster's cells go as it passes them.
    const rows = source.input.rows as Cell[][];
    let released = 0;
    const release = (to: number): void => {
      kept.keep(rows, released, to);
      for (; released < to; released++) rows[released] = RELEASED;
    };
    const review = finishRun(run, release);
    release(rows.length);
    rows.length = 0;
    printColumns(review, compiled, o.locale); // as the workbook mode does
    const signOffs = new SignOffs().absorb(source.signOffs).absorb(previous);
    await writer.finish({ review, run, round, locale: o.locale, signOffs, names: source.names, sheets: source.sheets, properties: source.properties, columns: columnReport(review.columns, compiled) });
    noteStaleSignOffs(signOffs, source.names.review);
    return review;
  } catch (error) {
    await writer.abort();
    throw error;
  }
}
