import * as path from "node:path";
import { Command } from "commander";
import { compilePolicy, startReview, statusLabel, STATUSES, type Locale, type Review } from "../../core";
import { summaryInsights } from "../../report";
import { assertRosterType, loadRoster } from "../load-roster";
import { shouldStream, STREAM_CELLS } from "../io/stream/mode";
import { finishRun } from "../progress";
import { reviewStreaming } from "../review-stream";
import { parseAsOf, parseLang, type RosterOptions } from "../options";
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
  const counts = STATUSES.filter((s) => review.summary.byStatus[s] > 0)
    .map((s) => `${statusLabel(s, locale)} ${review.summary.byStatus[s]}`)
    .join(locale === "zh-CN" ? "，" : ", ");
  return locale === "zh-CN"
    ? `已评审 ${review.summary.total} 人（${review.policy.fingerprint}，评审日期 ${review.asOf}）${counts ? `：${counts}` : ""}`
    : `Reviewed ${review.summary.total} employees (${review.policy.fingerprint}, as of ${review.asOf})${counts ? `: ${counts}` : ""}`;
}

/** Runs a review with progress on stderr when it is a terminal. */
export function runReview(...args: Parameters<typeof startReview>): Review {
  return finishRun(startReview(...args));
}

async function action(roster: string, opts: ReviewCommandOptions): Promise<void> {
  const locale = parseLang(opts.lang);
  const asOf = parseAsOf(opts.asOf);
  const outPath = opts.json ? null : path.resolve(opts.out ?? defaultOutPath(roster));
  if (outPath) await assertOverwritable(outPath, roster);
  assertRosterType(roster);
  const stream = await shouldStream(roster, opts.stream);
  let review: Review;
  if (stream && outPath) {
    review = await reviewStreaming({ roster, ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}), ...(opts.policy !== undefined ? { policy: opts.policy } : {}), asOf, locale, outPath });
  } else {
    // Read the previous output's sign-offs before the roster, so both workbooks are never in memory at once.
    const signOffs = outPath ? await readSignOffs(outPath) : new Map<string, string>();
    const loaded = await loadRoster(roster, opts.sheet, stream);
    const resolved = await resolvePolicy(opts.policy, loaded.input, { workbook: loaded.workbook, locale });
    if (resolved.note) process.stderr.write(`promo: ${resolved.note}\n`);
    const compiled = compilePolicy(resolved.policy);
    review = runReview(loaded.input, compiled, { asOf, locale });
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(review, null, 2)}\n`);
    } else {
      const insights = summaryInsights(review, loaded.input, compiled);
      await writeReviewWorkbook({ review, source: loaded.workbook, sourceRows: loaded.input, outPath: outPath!, locale, signOffs, insights });
    }
  }
  for (const w of review.warnings ?? []) process.stderr.write(`promo: ${locale === "zh-CN" ? "注意" : "warning"}: ${w.message}\n`);
  process.stderr.write(`promo: ${summaryLine(review, locale)}\n`);
  if (outPath) process.stderr.write(`promo: ${locale === "zh-CN" ? "评审结果已写入" : "review written to"} ${outPath}\n`);
}

/** `promo review ROSTER`. */
export function reviewCommand(): Command {
  return new Command("review")
    .description("review a roster (.xlsx or .csv) against a promotion policy and write <roster>-review.xlsx")
    .argument("<roster>", "roster workbook (.xlsx) or CSV file")
    .option("--sheet <name>", "sheet holding the roster (default: the first sheet with a header row)")
    .option("--policy <id|file>", "template id (promo templates), policy JSON file or workbook with policy sheets (default: the roster workbook's policy sheets, else the best match of its levels)")
    .option("--as-of <date>", "review date, YYYY-MM-DD (default: today)")
    .option("--out <file>", "output workbook (default: <roster>-review.xlsx beside the roster)")
    .option("--json", "print the review as JSON on stdout instead of writing a workbook")
    .option("--stream", `read and write row by row in bounded memory, for large rosters (default: on from about ${STREAM_CELLS.toLocaleString("en-US")} cells; the copy of the roster's sheets then keeps values, formats, widths and merges but not e.g. comments or data validation)`)
    .option("--no-stream", "load the whole workbook even when the roster is large (the copy keeps everything exceljs reads)")
    .option("--lang <zh|en>", "language of the output and messages", "zh")
    .action(action);
}
