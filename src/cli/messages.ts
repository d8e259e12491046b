/**
 * What the CLI itself says (notes, warnings, usage errors), one typed catalogue per language:
 * under zh every line is Chinese, under `--lang en` English.
 */
import type { Locale } from "../core";

/** One language's CLI messages. */
export interface CliMessages {
  readonly badAsOf: (value: string) => string;
  readonly badLang: (value: string) => string;
  readonly mapSyntax: (value: string) => string;
  readonly mapUnknownField: (field: string, closest: string | null) => string;
  /** `--map 职级=岗位级别` names a column the header row does not have. */
  readonly mapUnknownColumn: (column: string, headers: readonly string[]) => string;
  /** The hint after a missing field with a likely column, with its leading punctuation. */
  readonly mapHint: (field: string, header: string) => string;
  /** The hint after a roster without a header row, with its leading punctuation. */
  readonly headerlessHint: (map: string | null) => string;
  /** Joins a lead (file name, reader's message) to an explanation. */
  readonly then: string;
  /** Prefix of a warning line, with its colon. */
  readonly warning: string;
  readonly pickedTemplate: (id: string, name: string, matched: number, total: number) => string;
  readonly noTemplate: (sheet: string) => string;
  readonly unknownPolicy: (option: string, ids: string) => string;
  readonly reviewWritten: (file: string) => string;
  readonly csvSheet: (file: string) => string;
  readonly unknownLevel: (level: string, policy: string, levels: string) => string;
  readonly vacancyHead: (level: string, count: number, candidates: number) => string;
  /** A shortlist line's score part: `绩效 97 + 技能 90 = 187`. */
  readonly vacancyScore: (perf: number, skill: number, total: number) => string;
  /** A shortlist line's years-in-level part. */
  readonly vacancyYears: (years: string) => string;
  readonly exportWhere: string;
  readonly againstEmpty: string;
  readonly wholeNumber: string;
  readonly numberAtLeast0: string;
  readonly twoNumbers: string;
  readonly noPotential: (roster: string) => string;
  readonly fairnessColumn: (by: string, headers: readonly string[]) => string;
}

const ZH: CliMessages = {
  badAsOf: (v) => `--as-of「${v}」不是有效日期：请写成 2026-11-23、2026/11/23 或 2026年11月23日`,
  badLang: (v) => `--lang「${v}」不支持：请用 zh 或 en`,
  mapSyntax: (v) => `--map「${v}」的写法不对：应为 --map 字段=列名，如 --map 职级=岗位级别`,
  mapUnknownField: (f, c) => `--map 中的「${f}」不是已知字段${c ? `（是否应为「${c}」？）` : ""}；不带花名册运行 promo headers 可列出所有字段及可用的表头`,
  mapUnknownColumn: (c, h) => `--map 中的列「${c}」不在花名册的表头里；表头有：${h.join("、")}`,
  mapHint: (f, h) => `；可用 --map ${f}=${h} 指定`,
  headerlessHint: (map) => `。若某列就是工号或职级，可用 --map 指定，如 --map ${map ?? "职级=岗位级别"}`,
  then: "：",
  warning: "注意：",
  pickedTemplate: (id, name, n, total) => `按职级名称自动选择了模板 ${id}（${name}）：花名册中的 ${total} 个职级名称它认识 ${n} 个；可用 --policy 改用其他方案`,
  noTemplate: (sheet) => `没有内置模板认识「${sheet}」中的职级名称：请用 --policy 指定方案（promo templates 列出所有模板）`,
  unknownPolicy: (o, ids) => `「${o}」既不是模板编号也不是方案文件；模板有：${ids}`,
  reviewWritten: (f) => `评审结果已写入 ${f}`,
  csvSheet: (f) => `CSV 文件没有工作表，--sheet 不适用（${f}）`,
  unknownLevel: (l, p, ls) => `--level「${l}」不是方案 ${p} 的职级；职级有：${ls}`,
  vacancyHead: (l, n, c) => `${l} 空缺 ${n} 个：候选 ${c} 人（按 绩效+技能、绩效、任现职年限、工号 排序；* 为入选）`,
  vacancyScore: (p, s, t) => `绩效 ${p} + 技能 ${s} = ${t}`,
  vacancyYears: (y) => `任现职 ${y} 年`,
  exportWhere: "请指定导出到哪里：--out 文件.xlsx（方案工作表）或 --json（JSON 输出到标准输出）",
  againstEmpty: "--against 需要模板编号或方案文件",
  wholeNumber: "应为不小于 1 的整数",
  numberAtLeast0: "应为不小于 0 的数",
  twoNumbers: "应为两个数 中间值,高值，如 70,85",
  noPotential: (r) => `${r} 中没有潜力列：请添加「发展潜力」列（0-100 分），或用 --potential-column 指定列名`,
  fairnessColumn: (by, headers) => `--by「${by}」：花名册中没有「${by}」列；现有的列：${headers.filter((h) => h !== "").join("、")}`,
};

const EN: CliMessages = {
  badAsOf: (v) => `--as-of "${v}" is not a valid date: use 2026-11-23, 2026/11/23 or 2026年11月23日`,
  badLang: (v) => `--lang "${v}" is not supported: use zh or en`,
  mapSyntax: (v) => `--map "${v}": write --map FIELD=HEADER, e.g. --map level=岗位级别`,
  mapUnknownField: (f, c) => `--map: "${f}" is not a known field${c ? ` (did you mean "${c}"?)` : ""}; promo headers without a roster lists every field and its accepted headers`,
  mapUnknownColumn: (c, h) => `--map: the roster has no column headed "${c}"; its headers: ${h.join(", ")}`,
  mapHint: (f, h) => `; use --map ${f}=${h}`,
  headerlessHint: (map) => `. If a column is the ID or level column, name it with --map, e.g. --map ${map ?? "level=岗位级别"}`,
  then: ": ",
  warning: "warning: ",
  pickedTemplate: (id, name, n, total) => `picked template ${id} (${name}): it knows ${n} of the roster's ${total} level names; use --policy to choose another`,
  noTemplate: (sheet) => `no built-in template knows the levels in "${sheet}"; pass --policy (promo templates lists them)`,
  unknownPolicy: (o, ids) => `unknown template or policy file "${o}"; templates: ${ids}`,
  reviewWritten: (f) => `review written to ${f}`,
  csvSheet: (f) => `--sheet does not apply to a CSV file (${f})`,
  unknownLevel: (l, p, ls) => `--level "${l}" is not a level of ${p}: ${ls}`,
  vacancyHead: (l, n, c) => `${l}: ${n} place(s), ${c} candidate(s) (ranked by perf + skill, perf, years in level, id; * = shortlisted)`,
  vacancyScore: (p, s, t) => `perf ${p} + skill ${s} = ${t}`,
  vacancyYears: (y) => `${y} years in level`,
  exportWhere: "say where to export: --out FILE.xlsx (policy sheets) or --json (JSON on stdout)",
  againstEmpty: "--against needs a template id or a policy file",
  wholeNumber: "expected a whole number of at least 1",
  numberAtLeast0: "expected a number of at least 0",
  twoNumbers: "expected two numbers MID,HIGH, e.g. 70,85",
  noPotential: (r) => `no potential column in ${r}: add a 发展潜力 column (score 0-100), or name yours with --potential-column`,
  fairnessColumn: (by, headers) => `--by "${by}": the roster has no column "${by}"; its columns: ${headers.filter((h) => h !== "").join(", ")}`,
};

/**
 * The CLI's messages in `locale`.
 * @example cliMessages("zh-CN").reviewWritten("a.xlsx") //=> "评审结果已写入 a.xlsx"
 */
export function cliMessages(locale: Locale): CliMessages {
  return locale === "zh-CN" ? ZH : EN;
}
