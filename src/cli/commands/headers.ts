import { Command } from "commander";
import { compilePolicy, fieldLabel, matchHeader, parseMonthHeader, type Locale } from "../../core";
import { DERIVED_FIELDS, FIELDS, type FieldType } from "../../core/model/fields";
import { checkMapColumns, columnLines } from "../columns";
import { helpText } from "../help-text";
import { cliMessages } from "../messages";
import { loadRoster } from "../load-roster";
import { parseAsOf, parseLang, parseMap, rosterOptions, type RosterOptions } from "../options";
import { resolvePolicy } from "../policy-source";
import { table } from "../reviewed-roster";
import { reviewWithProgress } from "../progress";

/** What a field's cells hold, in words. */
const TYPE_WORDS: Readonly<Record<Locale, Readonly<Record<FieldType, string>>>> = {
  "zh-CN": { text: "文字", level: "职级名称", date: "日期", years: "年数", score: "0-100 分", education: "学历", boolean: "是/否", percent: "百分比", count: "数量" },
  "en-US": { text: "text", level: "level name", date: "date", years: "years", score: "score 0-100", education: "education", boolean: "yes/no", percent: "percent", count: "count" },
};

/**
 * Every roster field and the headers accepted for it, generated from the field table (the
 * README's field list is this output, checked by a test).
 * @example fieldTable("zh-CN")[1] //=> ["工号", "id", "文字", "工号、员工编号、编号、ID、Employee ID"]
 */
export function fieldTable(locale: Locale): string[][] {
  const m = cliMessages(locale);
  const sep = m.sep;
  return [[...m.fieldColumns], ...FIELDS.map((f) => [fieldLabel(f.key, locale), f.key, TYPE_WORDS[locale][f.type], [...f.zh, ...f.en].join(sep)])];
}

/**
 * The field list as a Markdown table, for the README (between its `fields:start` / `fields:end` markers).
 * @example fieldListMarkdown().split("\n")[0] //=> "| field | key | holds | accepted headers (Chinese, English) |"
 */
export function fieldListMarkdown(): string {
  const rows = FIELDS.map((f) => `| ${f.zh[0]} | \`${f.key}\` | ${TYPE_WORDS["en-US"][f.type]} | ${[...f.zh, ...f.en].join(", ")} |`);
  const derived = DERIVED_FIELDS.map((f) => `| ${f.zh[0]} | \`${f.key}\` | ${TYPE_WORDS["en-US"][f.type]} | computed, not a column: ${[...f.zh, ...f.en].join(", ")} |`);
  return ["| field | key | holds | accepted headers (Chinese, English) |", "|---|---|---|---|", ...rows, ...derived].join("\n");
}

type HeadersOptions = RosterOptions;

async function action(roster: string | undefined, opts: HeadersOptions): Promise<void> {
  const locale = parseLang(opts.lang);
  if (roster === undefined) {
    for (const l of table(fieldTable(locale))) process.stdout.write(`${l}\n`);
    return;
  }
  const asOf = parseAsOf(opts.asOf, locale);
  const mapping = parseMap(opts.map, locale);
  const loaded = await loadRoster(roster, opts.sheet, false, { mapping, locale });
  checkMapColumns(loaded.input, mapping, locale);
  const resolved = await resolvePolicy(opts.policy, loaded.input, { workbook: loaded.workbook, locale, mapping });
  if (resolved.note) process.stderr.write(`promo: ${resolved.note}\n`);
  const compiled = compilePolicy(resolved.policy);
  const review = reviewWithProgress(loaded.input, compiled, { asOf, locale, mapping });
  const m = cliMessages(locale);
  const windowFields = new Set(compiled.windows.map((w) => w.field));
  /** What a column feeds: its field, a custom field, a rolling window's month, or nothing. */
  const feeds = (c: (typeof review.columns)[number]): string => {
    if (c.field) return fieldLabel(c.field, locale);
    if (compiled.customSlots.has(c.header)) return c.header;
    const month = parseMonthHeader(c.header);
    const field = month ? (matchHeader(month.base) ?? month.base) : null;
    if (month && field !== null && windowFields.has(field)) return m.monthlyColumn(fieldLabel(field, locale), month.year, month.month);
    return m.notUsed;
  };
  const rows = review.columns.filter((c) => c.header !== "").map((c) => [c.column, c.header, feeds(c)]);
  for (const l of table([[...m.headersColumns], ...rows])) process.stdout.write(`${l}\n`);
  const { warnings } = columnLines(review, compiled, locale);
  for (const w of warnings) process.stdout.write(`${w}\n`);
}

/** `promo headers [ROSTER]`: the mapping of a roster's headers to fields, or with no roster every field and its accepted headers. */
export function headersCommand(locale: Locale = "zh-CN"): Command {
  const h = helpText(locale);
  return rosterOptions(new Command("headers").description(h.commands.headers).argument("[roster]", h.options.roster), locale).action(action);
}
