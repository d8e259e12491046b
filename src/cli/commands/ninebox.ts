import { type Command, InvalidArgumentError } from "commander";
import { DEFAULT_NINE_BOX, NineBoxThresholdError, nineBox, type BandLimits, type Locale, type NineBox } from "../../core";
import { CliError } from "../io/errors";
import { helpText } from "../help-text";
import { cliMessages } from "../messages";
import { localOption, rosterCommand, rosterOptions, type RosterOptions } from "../options";
import { reviewedRoster, say, table } from "../reviewed-roster";

interface NineBoxOptions extends RosterOptions {
  /** `--perf`; omitted: the policy's 9-box setting, else 70,85. */
  perf?: BandLimits;
  potential?: BandLimits;
  potentialColumn?: string;
  json?: boolean;
}


function grid(box: NineBox, locale: Locale): string[] {
  const zh = locale === "zh-CN";
  const band = { low: zh ? "低" : "low", mid: zh ? "中" : "mid", high: zh ? "高" : "high" } as const;
  const rows: string[][] = [[zh ? "潜力 \\ 绩效" : "Potential \\ Perf", band.low, band.mid, band.high]];
  for (let r = 0; r < 3; r++) {
    const cells = box.boxes.slice(r * 3, r * 3 + 3);
    const [first] = cells;
    if (first) rows.push([band[first.potential], ...cells.map((c) => `${zh ? c.name.zh : c.name.en} ${c.people.length}`)]);
  }
  return table(rows);
}

async function action(roster: string, opts: NineBoxOptions): Promise<void> {
  const { review, loaded, locale, compiled } = await reviewedRoster(roster, opts);
  // Flags win; otherwise the policy's 9-box setting (晋升方案: 九宫格绩效分界 / 九宫格潜力分界), else 70,85.
  const setting = compiled.policy.nineBox ?? DEFAULT_NINE_BOX;
  let box: NineBox;
  try {
    box = nineBox(review, loaded.input, { perf: opts.perf ?? setting.perf, potential: opts.potential ?? setting.potential }, opts.potentialColumn);
  } catch (e) {
    if (e instanceof NineBoxThresholdError) throw new CliError(e.message);
    throw e;
  }
  if (box.potentialColumn === null) {
    throw new CliError(cliMessages(locale).noPotential(roster));
  }
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ policy: review.policy, asOf: review.asOf, ...box }, null, 2)}\n`);
    return;
  }
  const [pm, ph] = box.thresholds.perf;
  const [qm, qh] = box.thresholds.potential;
  process.stdout.write(
    say(
      locale,
      `九宫格：绩效 低 < ${pm} ≤ 中 < ${ph} ≤ 高；${box.potentialColumn} 低 < ${qm} ≤ 中 < ${qh} ≤ 高。已放入 ${box.placed} 人，未放入 ${box.unplaced.length} 人（数据错误或缺少绩效/潜力）\n`,
      `9-box: performance low < ${pm} <= mid < ${ph} <= high; ${box.potentialColumn} low < ${qm} <= mid < ${qh} <= high. ${box.placed} placed, ${box.unplaced.length} not (data error or no performance/potential)\n`,
    ),
  );
  for (const l of grid(box, locale)) process.stdout.write(`${l}\n`);
  for (const c of box.boxes) {
    if (c.people.length === 0) continue;
    const names = c.people.map((p) => `${p.name || p.id}(${p.perf}/${p.potential})`).join(" ");
    process.stdout.write(`${locale === "zh-CN" ? c.name.zh : c.name.en}: ${names}\n`);
  }
}

/** `promo ninebox ROSTER`: performance x potential grid. */
export function nineboxCommand(locale: Locale = "zh-CN"): Command {
  const limits = (value: string): BandLimits => {
    const parts = value.split(/[,，]/).map((s) => Number(s.trim()));
    if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n))) throw new InvalidArgumentError(cliMessages(locale).twoNumbers);
    return [parts[0]!, parts[1]!];
  };
  return rosterOptions(rosterCommand("ninebox", helpText(locale).commands.ninebox, locale), locale)
    .addOption(localOption("--perf <mid,high>", "perf", locale).argParser(limits))
    .addOption(localOption("--potential <mid,high>", "potential", locale).argParser(limits))
    .addOption(localOption("--potential-column <header>", "potentialColumn", locale))
    .addOption(localOption("--json", "json", locale))
    .action(action);
}
