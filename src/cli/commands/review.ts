import * as path from "node:path";
import { type Command } from "commander";
import { compilePolicy, statusLabel, STATUSES, type Locale, type Review } from "../../core";
import { carriedLogRows, logSheet, SignOffs, summaryInsights, talentSheets, type RoundInputs } from "../../report";
import { assertRosterType, loadRoster } from "../load-roster";
import { shouldStream } from "../io/stream/mode";
import { reviewWithProgress } from "../progress";
import { reviewStreaming } from "../review-stream";
import { printColumns, checkMapColumns } from "../columns";
import { cliMessages } from "../messages";
import { helpText } from "../help-text";
import { opt, parseAsOf, parseLang, parseMap, rosterCommand, rosterOptions, type RosterOptions } from "../options";
import { resolvePolicy } from "../policy-source";
import { assertNothingAdded, assertOverwritable, readSignOffs, writeReviewWorkbook } from "../io/write-review";
import { csvSheetName } from "../io/excel-text";
import { readPreviousReview, withCycleOrder, type PreviousReview } from "../io/read-previous";

interface ReviewCommandOptions extends RosterOptions {
  out?: string;
  /** Issue #21: a monthly budget for the 晋升成本 block, and the previous cycle's review workbook. */
  budget?: number;
  previous?: string;
  json?: boolean;
  /** `--stream` / `--no-stream`; undefined: automatic (see `shouldStream`). */
  stream?: boolean;
  /** `--discard-edits`: rewrite an output that holds sheets or columns the user added. */
  discardEdits?: boolean;
}

/** `<roster>-review.xlsx` beside the roster. */
export function defaultOutPath(roster: string): string {
  const { dir, name } = path.parse(roster);
  return path.join(dir, `${name}-review.xlsx`);
}

/** The one-line summary printed at the end of a review. */
export function summaryLine(review: Review, locale: Locale): string {
  const counts = STATUSES.filter((s) => review.summary.byStatus[s] > 0).map((s) => `${statusLabel(s, locale)} ${review.summary.byStatus[s]}`);
  return cliMessages(locale).reviewSummary(review.summary.total, review.policy.fingerprint, review.asOf, counts);
}

/** `--budget` and the cycles of `--previous`, for the 晋升汇总's issue #21 blocks. */
function roundInputs(opts: ReviewCommandOptions, previous: PreviousReview | null): RoundInputs {
  return { ...(opts.budget !== undefined ? { budget: opts.budget } : {}), ...(previous ? { cycles: previous.cycles } : {}) };
}

/** Local time of the run as the 晋升档案 log records it, `YYYY-MM-DD HH:mm`. */
function recordedAt(now: Date): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}`;
}

async function action(roster: string, opts: ReviewCommandOptions): Promise<void> {
  const locale = parseLang(opts.lang);
  const asOf = parseAsOf(opts.asOf, locale);
  const mapping = parseMap(opts.map, locale);
  const outPath = opts.json ? null : path.resolve(opts.out ?? defaultOutPath(roster));
  if (outPath) await assertOverwritable(outPath, roster);
  assertRosterType(roster);
  const stream = await shouldStream(roster, opts.stream);
  let review: Review;
  const previous = opts.previous !== undefined && !opts.json ? await readPreviousReview(opts.previous, roster, locale) : null;
  if (stream && outPath) {
    const round = roundInputs(opts, previous);
    review = await reviewStreaming({ roster, ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}), ...(opts.policy !== undefined ? { policy: opts.policy } : {}), asOf, locale, outPath, mapping, discardEdits: opts.discardEdits === true, round, ...(opts.previous !== undefined ? { previous: opts.previous } : {}) });
    if (previous) process.stderr.write(`promo: ${cliMessages(locale).streamNoLog}\n`);
  } else {
    // Read the previous output's sign-offs before the roster, so both workbooks are never in memory at once.
    const signOffs = outPath ? await readSignOffs(outPath) : new SignOffs();
    const loaded = await loadRoster(roster, opts.sheet, stream, { mapping, locale });
    if (outPath) assertNothingAdded(signOffs, loaded.workbook ? loaded.workbook.worksheets.map((s) => s.name) : [csvSheetName(loaded.input.sheet)], opts.discardEdits === true);
    checkMapColumns(loaded.input, mapping, locale);
    const resolved = await resolvePolicy(opts.policy, loaded.input, { workbook: loaded.workbook, locale, mapping });
    if (resolved.note) process.stderr.write(`promo: ${resolved.note}\n`);
    const compiled = compilePolicy(resolved.policy);
    review = reviewWithProgress(loaded.input, compiled, { asOf, locale, mapping });
    printColumns(review, compiled, locale);
    if (outPath === null) {
      process.stdout.write(`${JSON.stringify(review, null, 2)}\n`);
    } else {
      const insights = withCycleOrder(() => summaryInsights(review, loaded.input, compiled, { round: roundInputs(opts, previous), ...(mapping ? { mapping } : {}) }), opts.previous ?? "", locale);
      // The previous cycles carried forward with this one: the next run's --previous reads them all.
      const log = previous ? [logSheet(review, locale, recordedAt(new Date()), carriedLogRows(previous.sheets, previous.cycles, review.asOf, locale))] : [];
      await writeReviewWorkbook({ review, source: loaded.workbook, sourceRows: loaded.input, outPath, locale, signOffs, insights, extraSheets: [...talentSheets(review, insights.talent, locale), ...log] });
    }
  }
  const m = cliMessages(locale);
  for (const w of review.warnings ?? []) process.stderr.write(`promo: ${m.warning}${w.message}\n`);
  process.stderr.write(`promo: ${summaryLine(review, locale)}\n`);
  if (outPath) process.stderr.write(`promo: ${m.reviewWritten(outPath)}\n`);
}

/** `promo review ROSTER`. */
export function reviewCommand(locale: Locale = "zh-CN"): Command {
  return rosterOptions(rosterCommand("review", helpText(locale).commands.review, locale), locale)
    .addOption(opt("out", locale))
    .addOption(opt("json", locale))
    .addOption(opt("stream", locale))
    .addOption(opt("noStream", locale))
    .addOption(opt("discardEdits", locale))
    .addOption(opt("budget", locale))
    .addOption(opt("previous", locale))
    .action(action);
}
