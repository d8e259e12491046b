/**
 * The column report in words (issue 18): which columns fed which fields, which were ignored,
 * which fields are missing and what the header row lacks. One catalogue per language.
 */
import type { HeaderlessReport, IgnoredColumn, MissingField, UsedColumn } from "../insight/columns";
import { fieldLabel } from "./labels";
import { plural, pluralWord, type Locale } from "./locale";

/** The column report's sentences in one language. */
export interface ColumnMessages {
  /** `工号 ← 员工编号（A 列）`: a column and the field it fed. */
  readonly used: (c: UsedColumn) => string;
  /** `备注（K 列）`: a column by header and letter. */
  readonly column: (c: IgnoredColumn) => string;
  /** The list separator (`、` / `, `). */
  readonly sep: string;
  /** `表头在第 3 行；读取的列：…`. */
  readonly usedLine: (headerRow: number, list: string) => string;
  /** `未使用的列：…`. */
  readonly ignoredLine: (list: string) => string;
  /** A field no column gives, with the closest header (`「技能分」可能是「技能考核」？`). */
  readonly missing: (m: MissingField) => string;
  /** The line heading the missing fields. */
  readonly missingHead: (count: number) => string;
  /** Why no header row was found, naming the headers seen. */
  readonly headerless: (sheet: string, r: HeaderlessReport, firstRow: number) => string;
}

/**
 * True when the row most like a header has at least two known headers: only then are its texts
 * quoted. A row with fewer is most likely a person's data, which never goes into a message.
 */
const headerLike = (r: HeaderlessReport): boolean => r.others + 2 - r.missing.length >= 2;

const fieldZh = (f: string): string => fieldLabel(f, "zh-CN");
const fieldEn = (f: string): string => fieldLabel(f, "en-US");

/** The monthly columns of a field as a short list: all of up to four, else the first and the last. */
function monthList(headers: readonly string[], sep: string): string {
  return headers.length <= 4 ? headers.join(sep) : `${headers[0] ?? ""}${sep}…${sep}${headers.at(-1) ?? ""}`;
}

const ZH: ColumnMessages = {
  used: (c) => (fieldZh(c.field) === c.header ? `${c.header}（${c.column}）` : `${fieldZh(c.field)} ← ${c.header}（${c.column}）`),
  column: (c) => `${c.header}（${c.column}）`,
  sep: "、",
  usedLine: (row, list) => `表头在第 ${row} 行；读取的列：${list}`,
  ignoredLine: (list) => `未使用的列：${list}`,
  missing: (m) =>
    m.monthly
      ? `方案需要「${fieldZh(m.field)}」这一列（一个值），花名册中只有它的 ${m.monthly.headers.length} 个月度列（${monthList(m.monthly.headers, "、")}）` +
        (m.monthly.windowMonths !== null
          ? `，月度列只供近 ${m.monthly.windowMonths} 个月的窗口条件使用（需要最近 ${m.monthly.windowMonths} 个月各一列）`
          : "，方案中没有读取月度列的窗口条件") +
        `：请加一列「${fieldZh(m.field)}」，或在方案中把这一条件改为近几个月的窗口；在此之前所有人的这一项都记为缺少数据`
      : `方案需要「${fieldZh(m.field)}」，花名册中没有这一列，` +
    (m.fallback ? `改按「${fieldZh(m.fallback)}」计算` : "所有人的这一项都记为缺少数据") +
    (m.suggestion ? `（「${m.suggestion.header}」可能是「${fieldZh(m.field)}」？）` : ""),
  missingHead: (n) => `有 ${n} 个方案需要的字段在花名册中找不到对应的列：`,
  headerless: (sheet, r, firstRow) => {
    if (r.index < 0) return `「${sheet}」的前 20 行是空的，找不到表头`;
    if (!headerLike(r)) return `「${sheet}」的前 20 行中找不到表头：没有一行含两个以上已知列名（如工号、职级、姓名、入职日期、绩效）`;
    const lacks = r.missing.map((m) => `「${fieldZh(m.field)}」` + (m.suggestion ? `（「${m.suggestion.header}」可能是「${fieldZh(m.field)}」？）` : "")).join("、");
    const fewer = r.others < 3 ? `${lacks ? "，" : ""}其他已知列只有 ${r.others} 个（至少需要 3 个，如姓名、入职日期、绩效）` : "";
    return `「${sheet}」的前 20 行中找不到表头。最像表头的是第 ${firstRow + r.index} 行：${r.headers.map((h) => h.header).join("、")}；${lacks ? `缺少${lacks}` : ""}${fewer}`;
  },
};

const EN: ColumnMessages = {
  used: (c) => (fieldEn(c.field) === c.header ? `${c.header} (${c.column})` : `${fieldEn(c.field)} <- ${c.header} (${c.column})`),
  column: (c) => `${c.header} (${c.column})`,
  sep: ", ",
  usedLine: (row, list) => `header row ${row}; columns read: ${list}`,
  ignoredLine: (list) => `columns not used: ${list}`,
  missing: (m) =>
    m.monthly
      ? `the policy needs a "${fieldEn(m.field)}" column (one value); the roster has it only as ${plural(m.monthly.headers.length, "monthly column")} (${monthList(m.monthly.headers, ", ")})` +
        (m.monthly.windowMonths !== null
          ? `, which only the ${m.monthly.windowMonths}-month rolling window criteria read (one column for each of the last ${m.monthly.windowMonths} months)`
          : ", and no rolling window criterion of the policy reads monthly columns") +
        `: add a "${fieldEn(m.field)}" column, or make the criterion a rolling window in the policy; until then it is missing for everyone`
      : `the policy needs "${fieldEn(m.field)}" and the roster has no such column, ` +
    (m.fallback ? `so "${fieldEn(m.fallback)}" is used instead` : "so it is missing for everyone") +
    (m.suggestion ? ` (is "${m.suggestion.header}" "${fieldEn(m.field)}"?)` : ""),
  missingHead: (n) => `${plural(n, "field")} the policy needs ${pluralWord(n, "has", "have")} no column in the roster:`,
  headerless: (sheet, r, firstRow) => {
    if (r.index < 0) return `The first 20 rows of "${sheet}" are empty: no header row`;
    if (!headerLike(r)) return `No header row in the first 20 rows of "${sheet}": no row has two or more known headers (such as 工号, 职级, 姓名, 入职日期, 绩效)`;
    const lacks = r.missing.map((m) => `"${fieldEn(m.field)}"` + (m.suggestion ? ` (is "${m.suggestion.header}" "${fieldEn(m.field)}"?)` : "")).join(", ");
    const fewer = r.others < 3 ? `${lacks ? "; " : ""}only ${plural(r.others, "other known column")} (3 needed, such as name, hire date, performance)` : "";
    return `No header row in the first 20 rows of "${sheet}". The row most like one is row ${firstRow + r.index}: ${r.headers.map((h) => h.header).join(", ")}; ${lacks ? `it lacks ${lacks}` : ""}${fewer}`;
  },
};

const CATALOGUES: Readonly<Record<Locale, ColumnMessages>> = { "zh-CN": ZH, "en-US": EN };

/**
 * The column report's sentences in `locale`.
 * @example columnMessages("zh-CN").missing({ field: "skill", suggestion: { column: "G", header: "技能分" } })
 * //=> "方案需要「技能考核」，花名册中没有这一列，所有人的这一项都记为缺少数据（「技能分」可能是「技能考核」？）"
 */
export function columnMessages(locale: Locale): ColumnMessages {
  return CATALOGUES[locale];
}
