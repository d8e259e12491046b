import type { Command } from "commander";
import { bandLabel, READINESS_BANDS, type Locale, type Readiness } from "../../core";
import { forecastTable } from "../../report";
import { helpText } from "../help-text";
import { cliMessages } from "../messages";
import { opt, rosterCommand, rosterOptions } from "../options";
import { table } from "../reviewed-roster";
import { monthsArgument, printJson, talentRun, type TalentOptions } from "../talent-run";
import { must } from "../../core/util/must";

const ORDER = new Map(READINESS_BANDS.map((b, i) => [b.key, i]));

/** Employees by band (best first), then ready date, then sheet row. */
function sorted(rows: readonly Readiness[]): Readiness[] {
  const date = (r: Readiness): string => r.targets.find((t) => t.band === r.band)?.readyDate ?? "9999";
  const rank = (r: Readiness): number => must(ORDER.get(r.band), `readiness band ${r.band}`);
  return [...rows].sort((a, b) => rank(a) - rank(b) || date(a).localeCompare(date(b)) || a.row - b.row);
}

function employeeLines(rows: readonly Readiness[], bands: readonly [number, number], locale: Locale): string[] {
  const head = cliMessages(locale).pipelineColumns;
  const lines = sorted(rows).map((r) => {
    const t = r.targets.find((x) => x.band === r.band);
    return [String(r.row), r.id, r.name, r.dept, r.level, t?.level ?? "", bandLabel(r.band, bands, locale), r.band === "ready_now" || r.band === "develop" ? "" : (t?.readyDate ?? "")];
  });
  return table([head, ...lines]);
}

async function action(roster: string, opts: TalentOptions): Promise<void> {
  const { review, talent, locale } = await talentRun(roster, opts);
  if (opts.json) {
    printJson({ policy: review.policy, asOf: review.asOf, bands: talent.settings.bands, readiness: talent.readiness, forecast: talent.forecast });
    return;
  }
  const bands = talent.settings.bands;
  const m = cliMessages(locale);
  const counts = READINESS_BANDS.map((b) => `${bandLabel(b.key, bands, locale)} ${talent.readiness.filter((r) => r.band === b.key).length}`);
  process.stdout.write(`${m.readiness(review.policy.fingerprint, review.asOf, counts)}\n`);
  const t = forecastTable(talent.forecast, locale);
  const n = talent.forecast.months.length;
  process.stdout.write(`\n${m.forecastTitle(n)}\n`);
  const headers = t.columns.map((c) => c.header.replace(/^(至|to) /, ""));
  for (const l of table([headers, ...t.rows.map((r) => r.map((v) => String(v ?? ""))), ...(t.totals ? [t.totals.map((v) => String(v ?? ""))] : [])])) process.stdout.write(`${l}\n`);
  process.stdout.write("\n");
  for (const l of employeeLines(talent.readiness, bands, locale)) process.stdout.write(`${l}\n`);
}

/** `promo pipeline ROSTER`: readiness bands per employee and the month-by-month forecast. */
export function pipelineCommand(locale: Locale = "zh-CN"): Command {
  return rosterOptions(rosterCommand("pipeline", helpText(locale).commands.pipeline, locale), locale)
    .addOption(opt("months", locale).argParser(monthsArgument(locale)))
    .addOption(opt("json", locale))
    .action(action);
}
