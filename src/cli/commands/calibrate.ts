import { type Command, InvalidArgumentError } from "commander";
import { calibrate, CalibrationColumnError, parseNumberText, type CalibrationReport, type Locale } from "../../core";
import { calibrationHeading, calibrationTable, distributionTable, tableCells } from "../../report";
import { CliError } from "../io/errors";
import { opt, rosterCommand, rosterOptions, type RosterOptions } from "../options";
import { reviewedRoster, table } from "../reviewed-roster";
import { say } from "../say";
import { roundOption, roundText } from "../round-text";

interface CalibrateCliOptions extends RosterOptions {
  by: string;
  field?: string;
  threshold?: number;
  tolerance?: number;
  json?: boolean;
}

function nonNegative(flag: string, locale: Locale): (value: string) => number {
  return (value) => {
    const n = parseNumberText(value, true);
    if (typeof n !== "number" || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError(roundText(locale).badNumber(flag, value));
    return n;
  };
}

async function action(roster: string, opts: CalibrateCliOptions): Promise<void> {
  const { review, loaded, compiled, locale } = await reviewedRoster(roster, opts);
  let report: CalibrationReport;
  try {
    report = calibrate(review, loaded.input, compiled.policy, opts.by, {
      ...(opts.field !== undefined ? { field: opts.field } : {}),
      ...(opts.threshold !== undefined ? { threshold: opts.threshold } : {}),
      ...(opts.tolerance !== undefined ? { tolerance: opts.tolerance } : {}),
    });
  } catch (e) {
    if (e instanceof CalibrationColumnError) throw new CliError(roundText(locale).noColumn(e.kind === "by" ? "--by" : "--field", e.column, e.headers));
    throw e;
  }
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ policy: review.policy, asOf: review.asOf, test: "mann-whitney-u", ...report }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${say(locale, `（${review.policy.fingerprint}，评审日期 ${review.asOf}）`, `(${review.policy.fingerprint}, as of ${review.asOf})`)} ${calibrationHeading(report, locale)}\n`);
  for (const l of table(tableCells(calibrationTable(report, locale)))) process.stdout.write(`${l}\n`);
  const o = report.overall;
  process.stdout.write(`${say(locale, `全公司：${o.n} 人，均值 ${round(o.mean)}，中位数 ${round(o.median)}`, `Company: ${o.n}, mean ${round(o.mean)}, median ${round(o.median)}`)}\n`);
  const d = distributionTable(report, locale);
  if (d) {
    process.stdout.write(`${say(locale, "目标分布（方案「目标分布」）：", "Target distribution (the policy's):")}\n`);
    for (const l of table(tableCells(d))) process.stdout.write(`${l}\n`);
  }
  for (const g of report.groups.filter((x) => x.outOfLine)) {
    process.stdout.write(
      `${say(locale, "注意", "Warning")}: ${say(
        locale,
        `「${g.group}」的均值 ${round(g.mean)} 与其余人员 ${round(g.rest.mean)} 相差 ${round(g.diff)} 分（容差 ${report.tolerance}，p = ${round(g.p, 4)}）：请在校准会上复核该组的评分`,
        `"${g.group}" mean ${round(g.mean)} differs from the rest's ${round(g.rest.mean)} by ${round(g.diff)} points (tolerance ${report.tolerance}, p = ${round(g.p, 4)}): review this group's ratings in the calibration meeting`,
      )}\n`,
    );
  }
}

function round(n: number | null, d = 2): string {
  return n === null ? "-" : String(Math.round(n * 10 ** d) / 10 ** d);
}

/** `promo calibrate ROSTER --by 部门 [--field 绩效] [--threshold N] [--tolerance N] [--json]` (issue #21). */
export function calibrateCommand(locale: Locale = "zh-CN"): Command {
  return rosterOptions(rosterCommand("calibrate", roundText(locale).calibrate, locale), locale)
    .addOption(roundOption("--by <column>", "by", locale).makeOptionMandatory())
    .addOption(roundOption("--field <name>", "field", locale))
    .addOption(roundOption("--threshold <n>", "threshold", locale).argParser(nonNegative("--threshold", locale)))
    .addOption(roundOption("--tolerance <n>", "tolerance", locale).argParser(nonNegative("--tolerance", locale)))
    .addOption(opt("json", locale))
    .action(action);
}
