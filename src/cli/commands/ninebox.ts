import { type Command } from "commander";
import { DEFAULT_NINE_BOX, NineBoxThresholdError, inLocale, nineBox, type BandLimits, type Locale, type NineBox } from "../../core";
import { CliError } from "../io/errors";
import { helpText } from "../help-text";
import { cliMessages } from "../messages";
import { opt, rosterCommand, rosterOptions, type RosterOptions } from "../options";
import { reviewedRoster, table } from "../reviewed-roster";

interface NineBoxOptions extends RosterOptions {
  /** `--perf`; omitted: the policy's 9-box setting, else 70,85. */
  perf?: BandLimits;
  potential?: BandLimits;
  potentialColumn?: string;
  json?: boolean;
}


function grid(box: NineBox, locale: Locale): string[] {
  const m = cliMessages(locale);
  const rows: string[][] = [[m.nineBoxCorner, m.bands.low, m.bands.mid, m.bands.high]];
  for (let r = 0; r < 3; r++) {
    const cells = box.boxes.slice(r * 3, r * 3 + 3);
    const [first] = cells;
    if (first) rows.push([m.bands[first.potential], ...cells.map((c) => `${boxName(c, locale)} ${c.people.length}`)]);
  }
  return table(rows);
}

/** A box's name in `locale`. */
function boxName(c: NineBox["boxes"][number], locale: Locale): string {
  return inLocale(c.name, locale);
}

async function action(roster: string, opts: NineBoxOptions): Promise<void> {
  const { review, loaded, locale, compiled } = await reviewedRoster(roster, opts);
  const m = cliMessages(locale);
  // Flags win; otherwise the policy's 9-box setting (晋升方案: 九宫格绩效分界 / 九宫格潜力分界), else 70,85.
  const setting = compiled.policy.nineBox ?? DEFAULT_NINE_BOX;
  const perf = opts.perf ?? setting.perf;
  const potential = opts.potential ?? setting.potential;
  let box: NineBox;
  try {
    box = nineBox(review, loaded.input, { perf, potential }, opts.potentialColumn);
  } catch (e) {
    if (e instanceof NineBoxThresholdError) throw new CliError(m.badBands(e.axis, e.limits[0], e.limits[1]));
    throw e;
  }
  if (box.potentialColumn === null) {
    throw new CliError(m.noPotential(roster));
  }
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ policy: review.policy, asOf: review.asOf, ...box }, null, 2)}\n`);
    return;
  }
  const [pm, ph] = box.thresholds.perf;
  const [qm, qh] = box.thresholds.potential;
  process.stdout.write(`${m.nineBoxHead(pm, ph, box.potentialColumn, qm, qh, box.placed, box.unplaced.length)}\n`);
  for (const l of grid(box, locale)) process.stdout.write(`${l}\n`);
  for (const c of box.boxes) {
    if (c.people.length === 0) continue;
    const names = c.people.map((p) => `${p.name || p.id}(${p.perf}/${p.potential})`).join(" ");
    process.stdout.write(`${boxName(c, locale)}${m.then}${names}\n`);
  }
}

/** `promo ninebox ROSTER`: performance x potential grid. */
export function nineboxCommand(locale: Locale = "zh-CN"): Command {
  return rosterOptions(rosterCommand("ninebox", helpText(locale).commands.ninebox, locale), locale)
    .addOption(opt("perf", locale))
    .addOption(opt("potential", locale))
    .addOption(opt("potentialColumn", locale))
    .addOption(opt("json", locale))
    .action(action);
}
