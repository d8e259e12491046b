import { type Command, InvalidArgumentError } from "commander";
import { FairnessColumnError, fairness, fairnessWarningText, type FairnessReport, type Locale } from "../../core";
import { CliError } from "../io/errors";
import { helpText } from "../help-text";
import { cliMessages } from "../messages";
import { localOption, rosterCommand, rosterOptions, type RosterOptions } from "../options";
import { reviewedRoster, say, table } from "../reviewed-roster";

interface FairnessCliOptions extends RosterOptions {
  by: string;
  minGroup: number;
  countAwaiting?: boolean;
  json?: boolean;
}


function percent(n: number): string {
  return `${Math.round(n * 1000) / 10}%`;
}

function lines(report: FairnessReport, locale: Locale): string[] {
  const zh = locale === "zh-CN";
  const head = zh ? ["组", "参评", "可晋升", "选拔率", "比率", "", "未计入"] : ["Group", "Evaluated", "Selected", "Rate", "Ratio", "", "Left out"];
  const rows = report.groups.map((g) => [
    g.group === "" ? say(locale, "（空）", "(empty)") : g.group,
    String(g.evaluated),
    String(g.selected),
    percent(g.rate),
    g.ratio === null ? "-" : g.ratio.toFixed(2),
    [g.group === report.reference ? say(locale, "基准", "reference") : "", g.adverse ? `< ${report.threshold} !` : "", g.small ? say(locale, "人数少", "small") : ""].filter(Boolean).join(" "),
    String(g.excluded),
  ]);
  return table([head, ...rows]);
}

async function action(roster: string, opts: FairnessCliOptions): Promise<void> {
  const { review, loaded, locale } = await reviewedRoster(roster, opts);
  let report: FairnessReport;
  try {
    report = fairness(review, loaded.input, opts.by, { minGroup: opts.minGroup, countAwaiting: opts.countAwaiting === true });
  } catch (e) {
    if (e instanceof FairnessColumnError) throw new CliError(cliMessages(locale).fairnessColumn(opts.by, e.headers));
    throw e;
  }
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ policy: review.policy, asOf: review.asOf, ...report }, null, 2)}\n`);
    return;
  }
  const selected = say(locale, report.countAwaiting ? "可晋升或待空缺" : "可晋升", report.countAwaiting ? "eligible or awaiting a vacancy" : "eligible");
  process.stdout.write(
    say(
      locale,
      `按「${report.column}」（${report.columnLetters} 列）的选拔率（${review.policy.fingerprint}，评审日期 ${review.asOf}）：${report.evaluated} 人参评，${report.selected} 人${selected}；数据错误和已最高的 ${report.excluded} 人不计入。比率 = 该组选拔率 ÷ 基准组选拔率（五分之四规则：低于 0.8 需复核）。仅供复核，不作为晋升条件\n`,
      `Selection rates by "${report.column}" (column ${report.columnLetters}; ${review.policy.fingerprint}, as of ${review.asOf}): ${report.evaluated} evaluated, ${report.selected} ${selected}; ${report.excluded} with data errors or at the top left out. Ratio = group rate / reference rate (four-fifths rule: below 0.8 needs a look). For review only, never a criterion\n`,
    ),
  );
  for (const l of lines(report, locale)) process.stdout.write(`${l}\n`);
  for (const w of report.warnings) process.stdout.write(`${say(locale, "注意", "Warning")}: ${fairnessWarningText(w, report, locale)}\n`);
}

/** `promo fairness ROSTER --by 部门`: selection rates per group and the four-fifths ratio. */
export function fairnessCommand(locale: Locale = "zh-CN"): Command {
  const positiveInt = (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(cliMessages(locale).wholeNumber);
    return n;
  };
  return rosterOptions(rosterCommand("fairness", helpText(locale).commands.fairness, locale), locale)
    .addOption(localOption("--by <column>", "by", locale).makeOptionMandatory())
    .addOption(localOption("--min-group <n>", "minGroup", locale).argParser(positiveInt).default(5, "5"))
    .addOption(localOption("--count-awaiting", "countAwaiting", locale))
    .addOption(localOption("--json", "json", locale))
    .action(action);
}
