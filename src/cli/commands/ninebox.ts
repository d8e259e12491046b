import { Command, InvalidArgumentError } from "commander";
import { DEFAULT_NINE_BOX, NineBoxThresholdError, nineBox, type BandLimits, type Locale, type NineBox } from "../../core";
import { CliError } from "../io/errors";
import type { RosterOptions } from "../options";
import { reviewedRoster, say, table } from "../reviewed-roster";

interface NineBoxOptions extends RosterOptions {
  /** `--perf`; omitted: the policy's 9-box setting, else 70,85. */
  perf?: BandLimits;
  potential?: BandLimits;
  potentialColumn?: string;
  json?: boolean;
}

function limits(value: string): BandLimits {
  const parts = value.split(/[,，]/).map((s) => Number(s.trim()));
  if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n))) throw new InvalidArgumentError("expected two numbers MID,HIGH, e.g. 70,85");
  return [parts[0]!, parts[1]!];
}

function grid(box: NineBox, locale: Locale): string[] {
  const zh = locale === "zh-CN";
  const band = { low: zh ? "低" : "low", mid: zh ? "中" : "mid", high: zh ? "高" : "high" } as const;
  const rows: string[][] = [[zh ? "潜力 \\ 绩效" : "Potential \\ Perf", band.low, band.mid, band.high]];
  for (let r = 0; r < 3; r++) {
    const cells = box.boxes.slice(r * 3, r * 3 + 3);
    rows.push([band[cells[0]!.potential], ...cells.map((c) => `${zh ? c.name.zh : c.name.en} ${c.people.length}`)]);
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
    throw new CliError(`no potential column in ${roster}: add a 发展潜力 column (score 0-100), or name yours with --potential-column`);
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
export function nineboxCommand(): Command {
  const [pm, ph] = DEFAULT_NINE_BOX.perf;
  return new Command("ninebox")
    .description("place employees in the 9-box (九宫格) by performance (绩效) and potential (发展潜力)")
    .argument("<roster>", "roster workbook (.xlsx) or CSV file")
    .option("--perf <mid,high>", `performance bands: low < MID <= mid < HIGH <= high (default: the policy's 9-box setting, else ${pm},${ph})`, limits)
    .option("--potential <mid,high>", `potential bands (default: the policy's 9-box setting, else ${pm},${ph})`, limits)
    .option("--potential-column <header>", "the roster's potential column when it is not headed 发展潜力")
    .option("--sheet <name>", "sheet holding the roster")
    .option("--policy <id|file>", "template id, policy JSON file or workbook with policy sheets (decides which rows are data errors)")
    .option("--as-of <date>", "review date, YYYY-MM-DD (default: today)")
    .option("--json", "print the 9-box as JSON")
    .option("--lang <zh|en>", "language of the output and messages", "zh")
    .action(action);
}
