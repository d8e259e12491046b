import * as path from "node:path";
import { type Command } from "commander";
import { compilePolicy, startReview, statusLabel, STATUSES, type Locale, type Review } from "../../core";
import { summaryInsights } from "../../report";
import { assertRosterType, loadRoster } from "../load-roster";
import { shouldStream } from "../io/stream/mode";
import { finishRun } from "../progress";
import { reviewStreaming } from "../review-stream";
import { printColumns, checkMapColumns } from "../columns";
import { cliMessages } from "../messages";
import { helpText } from "../help-text";
import { opt, parseAsOf, parseLang, parseMap, rosterCommand, rosterOptions, type RosterOptions } from "../options";
import { resolvePolicy } from "../policy-source";
import { assertOverwritable, readSignOffs, writeReviewWorkbook } from "../io/write-review";

interface ReviewCommandOptions extends RosterOptions {
  out?: string;
  json?: boolean;
  /** `--stream` / `--no-stream`; undefined: automatic (see `shouldStream`). */
  stream?: boolean;
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

/** Runs a review with progress on stderr when it is a terminal. */
export function runReview(...args: Parameters<typeof startReview>): Review {
  return finishRun(startReview(...args));
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
  if (stream && outPath) {
    review = await reviewStreaming({ roster, ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}), ...(opts.policy !== undefined ? { policy: opts.policy } : {}), asOf, locale, outPath, mapping });
  } else {
    // Read the previous output's sign-offs before the roster, so both workbooks are never in memory at once.
    const signOffs = outPath ? await readSignOffs(outPath) : new Map<string, string>();
    const loaded = await loadRoster(roster, opts.sheet, stream, { mapping, locale });
    checkMapColumns(loaded.input, mapping, locale);
    const resolved = await resolvePolicy(opts.policy, loaded.input, { workbook: loaded.workbook, locale, mapping });
    if (resolved.note) process.stderr.write(`promo: ${resolved.note}\n`);
    const compiled = compilePolicy(resolved.policy);
    review = runReview(loaded.input, compiled, { asOf, locale, mapping });
    printColumns(review, compiled, locale);
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(review, null, 2)}\n`);
    } else {
      const insights = summaryInsights(review, loaded.input, compiled);
      await writeReviewWorkbook({ review, source: loaded.workbook, sourceRows: loaded.input, outPath: outPath!, locale, signOffs, insights });
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
    .action(action);
}
