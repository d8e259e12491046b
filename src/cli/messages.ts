/**
 * Everything the `promo` CLI says (notes, warnings, tables' headings, errors, commander's usage
 * errors), one typed catalogue per language: under zh (the default) every line is Chinese, under
 * `--lang en` English (issue 18).
 *
 * The pattern, for a new command or message:
 *
 * 1. Add the key to {@link CliMessages}: a string, or a function whose parameters are the
 *    message's arguments (`(file: string, rows: number) => string`).
 * 2. Add its text to both `ZH` and `EN` below. Both are typed `CliMessages`, so the compiler
 *    refuses a key missing from either language, or one whose parameters differ.
 * 3. English counts go through the core's `plural` (`Intl.PluralRules`), never `(s)`.
 * 4. Print with `cliMessages(locale).key(...)`; for an error thrown where the language is not
 *    known (file readers), throw `new CliError((m) => m.key(...))`: the CLI renders it in the
 *    language of `--lang` when it prints it (see `handle-error.ts`).
 *
 * `--help` texts live in `help-text.ts` (same pattern), the shared commander options in
 * `options.ts` (`OPTIONS`), the hostile-input messages in `io/messages.ts`, and what the core
 * says (unmet criteria, column report, row errors) in `src/core/i18n`.
 */
import { plural, type Locale, type PastCyclesProblem } from "../core";
import { inputMessage, type InputMessageKey } from "./io/messages";

/** One language's CLI messages (see the module comment for how to add one). */
export interface CliMessages {
  /** The catalogue's language (for the core's catalogues inside a CLI message). */
  readonly locale: Locale;
  // ---- options and arguments
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
  readonly exportWhere: string;
  readonly againstEmpty: string;
  readonly wholeNumber: string;
  readonly numberAtLeast0: string;
  readonly twoNumbers: string;
  readonly badBands: (axis: "perf" | "potential", mid: number, high: number) => string;

  // ---- commander's usage errors (exit 2, one line)
  /** Wraps a usage error: `参数错误：…（promo --help 查看用法）`. */
  readonly usage: (detail: string) => string;
  readonly unknownOption: (flag: string, suggestion: string | null) => string;
  readonly unknownCommand: (name: string, suggestion: string | null) => string;
  readonly missingArgument: (name: string) => string;
  readonly optionMissingArgument: (flags: string) => string;
  readonly missingMandatoryOption: (flags: string) => string;
  readonly excessArguments: (expected: number, got: number) => string;
  readonly invalidOptionValue: (flags: string, value: string, why: string) => string;
  readonly invalidArgumentValue: (name: string, value: string, why: string) => string;
  readonly conflictingOption: (a: string, b: string) => string;
  /** A usage error commander words in a way this catalogue does not know. */
  readonly otherUsage: string;
  readonly internalError: (message: string) => string;

  // ---- files
  readonly fileNotFound: (file: string) => string;
  readonly isFolder: (file: string) => string;
  readonly cannotRead: (file: string) => string;
  readonly emptyFile: (file: string) => string;
  readonly unsupportedType: (file: string, ext: string) => string;
  readonly cannotOpen: (file: string, detail: string) => string;
  /** An OLE file: an encrypted (password-protected) workbook or an old .xls. */
  readonly encryptedOrXls: (file: string) => string;
  readonly notXlsx: (file: string) => string;
  readonly noWorksheets: (file: string | null) => string;
  readonly noSheetNamed: (name: string, file: string | null, names: readonly string[]) => string;
  readonly noHeaderSheet: (file: string | null, names: readonly string[]) => string;
  readonly noRoster: (file: string) => string;
  readonly signOffs: (file: string, detail: string) => string;
  readonly writeDamaged: (file: string) => string;
  readonly writeNoFolder: (file: string) => string;
  readonly writeBusy: (file: string, code: string) => string;
  readonly diskFull: (file: string) => string;
  readonly outIsRoster: (file: string) => string;
  readonly outIsFolder: (file: string) => string;
  readonly outForeign: (file: string) => string;
  readonly csvSheet: (file: string) => string;
  /** A hostile-input message of `io/messages.ts` (issue 19), in this language. */
  readonly input: (key: InputMessageKey, args: Readonly<Record<string, string | number>>) => string;

  // ---- policies
  readonly policyFileType: (file: string) => string;
  readonly noPolicySheets: (file: string) => string;
  readonly policyOutType: (file: string) => string;
  readonly foreignPolicySheets: (file: string, names: readonly string[]) => string;
  readonly policyProblems: (label: string, count: number) => string;
  /** After the first problems listed: how many more there are. */
  readonly moreProblems: (count: number) => string;
  readonly rosterPolicySheets: string;
  readonly pickedTemplate: (id: string, name: string, matched: number, total: number) => string;
  readonly noTemplate: (sheet: string) => string;
  readonly unknownPolicy: (option: string, ids: readonly string[]) => string;
  readonly usingTemplate: (id: string, overrides: boolean) => string;
  readonly usingPolicyFile: (file: string, fingerprint: string, overrides: boolean) => string;
  readonly usingWorkbookPolicy: (fingerprint: string) => string;
  readonly policyExported: (fingerprint: string, sheets: readonly string[], file: string, existed: boolean) => string;
  readonly policyChecked: (fingerprint: string, name: string, levels: number, steps: number, bonusTiers: number | null) => string;

  // ---- review and the other commands' output
  /** Joins a lead (file name, reader's message) to an explanation. */
  readonly then: string;
  /** Prefix of a warning line, with its colon. */
  readonly warning: string;
  /** List separator. */
  readonly sep: string;
  /** Separator of clauses (unmet criteria in one cell). */
  readonly clauseSep: string;
  readonly reviewWritten: (file: string) => string;
  readonly reviewSummary: (total: number, fingerprint: string, asOf: string, counts: readonly string[]) => string;
  readonly samePolicy: (fingerprint: string) => string;
  readonly unknownLevel: (level: string, policy: string, levels: readonly string[]) => string;
  readonly vacancyHead: (level: string, count: number, candidates: number) => string;
  /** The shortlist table's column headings. */
  readonly vacancyColumns: readonly [rank: string, id: string, name: string, level: string, perf: string, skill: string, total: string, years: string, dept: string];
  readonly nearMissHead: (fingerprint: string, asOf: string, margin: number, count: number, single: number) => string;
  readonly nearMissColumns: readonly string[];
  readonly pipelineColumns: readonly string[];
  readonly diffColumns: readonly string[];
  readonly fairnessHead: (column: string, letters: string, fingerprint: string, asOf: string, evaluated: number, selected: number, countAwaiting: boolean, excluded: number) => string;
  readonly fairnessColumns: readonly string[];
  readonly emptyGroup: string;
  readonly reference: string;
  readonly smallGroup: string;
  readonly noPotential: (roster: string) => string;
  readonly fairnessColumn: (by: string, headers: readonly string[]) => string;
  readonly nineBoxHead: (pm: number, ph: number, potential: string, qm: number, qh: number, placed: number, unplaced: number) => string;
  readonly nineBoxCorner: string;
  readonly bands: { readonly low: string; readonly mid: string; readonly high: string };
  readonly headersColumns: readonly [column: string, header: string, field: string];
  readonly notUsed: string;
  /** A monthly column in `promo headers`: read by a rolling window. */
  readonly monthlyColumn: (field: string, year: number | null, month: number) => string;
  readonly fieldColumns: readonly [field: string, key: string, holds: string, headers: string];
  readonly reserveLevel: (name: string, allowance: number) => string;
  readonly trackName: (name: string) => string;
  // ---- issue #21: promo cost, calibrate, history; review --budget / --previous
  readonly badBudget: (value: string) => string;
  readonly badNumber: (flag: string, value: string) => string;
  readonly noColumn: (flag: string, value: string, headers: readonly string[]) => string;
  readonly previousProblem: (file: string, problem: PastCyclesProblem) => string;
  readonly previousOrder: (file: string, previous: string, asOf: string) => string;
  readonly previousSame: (file: string) => string;
  readonly previousMissing: (file: string) => string;
  /** Before a report's heading: the policy and the review date. */
  readonly runOf: (fingerprint: string, asOf: string) => string;
  /** Before the history heading (which names the dates). */
  readonly policyOf: (fingerprint: string) => string;
  readonly costByDept: string;
  readonly costByLevel: string;
  readonly deptColumn: string;
  readonly newLevelColumn: string;
  readonly companyScores: (n: number, mean: string, median: string) => string;
  readonly targetDistribution: string;
  readonly outOfLine: (group: string, mean: string, rest: string, diff: string, tolerance: number, p: string) => string;
  readonly previousOnly: (people: readonly string[]) => string;
  /** Streaming mode writes no 晋升档案: the next cycle's --previous reads this review only. */
  readonly streamNoLog: string;
  // ---- the talent commands (pipeline, succession, plan)
  readonly badMonths: (value: string) => string;
  readonly readiness: (fingerprint: string, asOf: string, counts: readonly string[]) => string;
  readonly forecastTitle: (months: number) => string;
  readonly succession: (o: { fingerprint: string; asOf: string; column: string; keys: readonly string[]; groups: number; singlePoints: number }) => string;
  readonly noKeyPositions: string;
  readonly planPerson: (o: { row: number; id: string; name: string; dept: string; level: string; target: string; band: string }) => string;
  readonly until: (date: string) => string;
  readonly weeks: (n: string) => string;
  readonly plansTitle: (fingerprint: string, asOf: string, plans: number, dated: number) => string;
}

const ZH: CliMessages = {
  locale: "zh-CN",
  badAsOf: (v) => `--as-of「${v}」不是有效日期：请写成 2026-11-23、2026/11/23 或 2026年11月23日`,
  badLang: (v) => `--lang「${v}」不支持：请用 zh 或 en`,
  mapSyntax: (v) => `--map「${v}」的写法不对：应为 --map 字段=列名，如 --map 职级=岗位级别`,
  mapUnknownField: (f, c) => `--map 中的「${f}」不是已知字段${c ? `（是否应为「${c}」？）` : ""}；不带花名册运行 promo headers 可列出所有字段及可用的表头`,
  mapUnknownColumn: (c, h) => `--map 中的列「${c}」不在花名册的表头里；表头有：${h.join("、")}`,
  mapHint: (f, h) => `；可用 --map ${f}=${h} 指定`,
  headerlessHint: (map) => `。若某列就是工号或职级，可用 --map 指定，如 --map ${map ?? "职级=岗位级别"}`,
  exportWhere: "请指定导出到哪里：--out 文件.xlsx（方案工作表）或 --json（JSON 输出到标准输出）",
  againstEmpty: "--against 需要模板编号或方案文件",
  wholeNumber: "应为不小于 1 的整数",
  numberAtLeast0: "应为不小于 0 的数",
  twoNumbers: "应为两个数 中间值,高值，如 70,85",
  badBands: (axis, mid, high) => `${axis === "perf" ? "--perf" : "--potential"} ${mid},${high}：分界应满足 0 ≤ 中间值 ≤ 高值 ≤ 100`,

  usage: (d) => `参数错误：${d}（promo --help 查看用法）`,
  unknownOption: (f, s) => `没有选项 ${f}${s ? `（是否应为 ${s}？）` : ""}`,
  unknownCommand: (n, s) => `没有命令「${n}」${s ? `（是否应为 ${s}？）` : ""}`,
  missingArgument: (n) => `缺少参数 <${n}>`,
  optionMissingArgument: (f) => `选项 ${f} 后面缺少值`,
  missingMandatoryOption: (f) => `缺少必需的选项 ${f}`,
  excessArguments: (e, g) => `参数太多：应为 ${e} 个，实际 ${g} 个`,
  invalidOptionValue: (f, v, why) => `选项 ${f} 的值「${v}」无效：${why}`,
  invalidArgumentValue: (n, v, why) => `参数 <${n}> 的值「${v}」无效：${why}`,
  conflictingOption: (a, b) => `${a} 不能与 ${b} 同时使用`,
  otherUsage: "命令行写法不对",
  internalError: (msg) => `内部错误：${msg}（设置 PROMO_DEBUG=1 可查看详情）`,

  fileNotFound: (f) => `找不到文件 ${f}`,
  isFolder: (f) => `${f} 是文件夹，不是文件`,
  cannotRead: (f) => `无法读取 ${f}：没有权限`,
  emptyFile: (f) => `${f} 中没有花名册：文件是空的`,
  unsupportedType: (f, ext) => `${f}：不支持的文件类型「${ext || "（无扩展名）"}」；请用 .xlsx 或 .csv（.xls 请先在 Excel 中另存为 .xlsx）`,
  cannotOpen: (f) => `无法打开 ${f}：文件可能有密码保护或已损坏；请去掉密码，或在 Excel 中另存为 .xlsx 后重试`,
  encryptedOrXls: (f) => `无法打开 ${f}：文件可能有密码保护或已损坏（它是加密的工作簿或旧的 .xls 文件，不是 .xlsx）；请去掉密码，或在 Excel 中另存为 .xlsx`,
  notXlsx: (f) => `无法打开 ${f}：文件可能有密码保护或已损坏（不是 .xlsx 文件，或是改了扩展名的其他文件）；请在 Excel 中另存为 .xlsx`,
  noWorksheets: (f) => `${f ?? "工作簿"} 中没有花名册：工作簿没有工作表`,
  noSheetNamed: (n, f, names) => `${f ?? "工作簿"} 中没有名为「${n}」的工作表；现有：${names.map((s) => `「${s}」`).join("、")}`,
  noHeaderSheet: (f, names) =>
    `${f ?? "工作簿"} 中没有花名册：工作表（${names.map((s) => `「${s}」`).join("、")}）的前 20 行中都没有含工号、职级和另外三个已知列的表头；请用 --sheet 指定工作表，或修改表头`,
  noRoster: (f) => `${f} 中没有花名册`,
  signOffs: (f) => `无法读取 ${f} 中的主管确认：文件可能已损坏；请把它移走或用 --out 写到别处`,
  writeDamaged: (f) => `无法写入 ${f}：写出的文件已损坏（写入时被其他程序改动），没有替换任何文件，请重新运行`,
  writeNoFolder: (f) => `无法写入 ${f}：所在文件夹不存在`,
  writeBusy: (f, code) => `无法写入 ${f}（${code}）：文件是否正在 Excel 中打开，或为只读？`,
  diskFull: (f) => `无法写入 ${f}：磁盘已满`,
  outIsRoster: (f) => `--out ${f} 就是花名册本身；PromoLadder 从不覆盖输入文件，请换一个 --out`,
  outIsFolder: (f) => `--out ${f} 是文件夹，请换一个 --out`,
  outForeign: (f) => `${f} 已存在且不是 PromoLadder 写的，保持原样未动；请换一个 --out`,
  csvSheet: (f) => `CSV 文件没有工作表，--sheet 不适用（${f}）`,
  input: (key, args) => inputMessage(key, args, "zh-CN"),

  policyFileType: (f) => `${f}：晋升方案应为 .json 文件，或含「晋升方案、职级、规则」工作表的 .xlsx 工作簿`,
  noPolicySheets: (f) => `${f} 中没有晋升方案工作表（晋升方案、职级、规则）；可用 promo policy export 模板编号 --out ${f} 写入`,
  policyOutType: (f) => `--out ${f}：方案工作表只能写入 .xlsx 工作簿`,
  foreignPolicySheets: (f, names) => `${f} 中已有不是 PromoLadder 建的工作表${names.map((n) => `「${n}」`).join("、")}；保持原样，什么也没写：请改名，或导出到另一个文件`,
  policyProblems: (label, n) => `${label}：晋升方案有 ${n} 处问题，未使用；请改正后用 promo policy check 再检查：`,
  moreProblems: (n) => `……另有 ${n} 处问题未列出（先改正以上各处后再检查）`,
  rosterPolicySheets: "花名册工作簿中的晋升方案工作表",
  pickedTemplate: (id, name, n, total) => `按职级名称自动选择了模板 ${id}（${name}）：花名册中的 ${total} 个职级名称它认识 ${n} 个；可用 --policy 改用其他方案`,
  noTemplate: (sheet) => `没有内置模板认识「${sheet}」中的职级名称：请用 --policy 指定方案（promo templates 列出所有模板）`,
  unknownPolicy: (o, ids) => `「${o}」既不是模板编号也不是方案文件；模板有：${ids.join("、")}`,
  usingTemplate: (id, o) => `使用模板 ${id}${o ? "（--policy 优先于花名册工作簿中的晋升方案工作表）" : ""}`,
  usingPolicyFile: (f, fp, o) => `使用 ${f} 中的晋升方案 ${fp}${o ? "（--policy 优先于花名册工作簿中的晋升方案工作表）" : ""}`,
  usingWorkbookPolicy: (fp) => `使用花名册工作簿中的晋升方案工作表：${fp}（--policy 可改用其他方案）`,
  policyExported: (fp, sheets, f, existed) =>
    `已将晋升方案 ${fp} 写成 ${sheets.join("、")} 工作表${existed ? `，加入 ${f}（其他工作表不变）` : `，新建 ${f}（只有方案：请把花名册工作表复制进来，或评审花名册时用 --policy ${f}）`}`,
  policyChecked: (fp, name, l, s, b) => `OK ${fp}（${name}：${l} 个职级，${s} 个晋升步骤${b === null ? "" : `，${b} 个奖金档位`}）`,

  then: "：",
  warning: "注意：",
  sep: "、",
  clauseSep: "；",
  reviewWritten: (f) => `评审结果已写入 ${f}`,
  reviewSummary: (n, fp, asOf, counts) => `已评审 ${n} 人（${fp}，评审日期 ${asOf}）${counts.length > 0 ? `：${counts.join("，")}` : ""}`,
  samePolicy: (fp) => `A 与 B 是同一个晋升方案（${fp}）`,
  unknownLevel: (l, p, ls) => `--level「${l}」不是方案 ${p} 的职级；职级有：${ls.join("、")}`,
  vacancyHead: (l, n, c) => `${l} 空缺 ${n} 个：候选 ${c} 人（按 绩效+技能、绩效、任现职年限、工号 排序；* 为入选）`,
  vacancyColumns: ["排名", "工号", "姓名", "职级", "绩效", "技能", "合计", "任现职(年)", "部门"],
  nearMissHead: (fp, asOf, margin, n, single) => `差一步（${fp}，评审日期 ${asOf}${margin ? `，差距 ${margin} 以内` : ""}）：${n} 人，其中 ${single} 人只差一项；最接近的在前`,
  nearMissColumns: ["行", "工号", "姓名", "部门", "职级", "→ 目标", "差什么", "差距", "可晋升日期"],
  pipelineColumns: ["行", "工号", "姓名", "部门", "职级", "→ 目标", "准备度", "可晋升日期"],
  diffColumns: ["变化", "行", "工号", "姓名", "部门", "职级", "A", "B", "目标", "原因"],
  fairnessHead: (col, letters, fp, asOf, ev, sel, awaiting, ex) =>
    `按「${col}」（${letters} 列）的选拔率（${fp}，评审日期 ${asOf}）：${ev} 人参评，${sel} 人${awaiting ? "可晋升或待空缺" : "可晋升"}；数据错误和已最高的 ${ex} 人不计入。比率 = 该组选拔率 ÷ 基准组选拔率（五分之四规则：低于 0.8 需复核）。仅供复核，不作为晋升条件`,
  fairnessColumns: ["组", "参评", "入选", "选拔率", "比率", "", "未计入"],
  emptyGroup: "（空）",
  reference: "基准",
  smallGroup: "人数少",
  noPotential: (r) => `${r} 中没有潜力列：请添加「发展潜力」列（0-100 分），或用 --potential-column 指定列名`,
  fairnessColumn: (by, headers) => `--by「${by}」：花名册中没有「${by}」列；现有的列：${headers.filter((h) => h !== "").join("、")}`,
  nineBoxHead: (pm, ph, pot, qm, qh, placed, unplaced) =>
    `九宫格：绩效 低 < ${pm} ≤ 中 < ${ph} ≤ 高；${pot} 低 < ${qm} ≤ 中 < ${qh} ≤ 高。已放入 ${placed} 人，未放入 ${unplaced} 人（数据错误或缺少绩效/潜力）`,
  nineBoxCorner: "潜力 \\ 绩效",
  bands: { low: "低", mid: "中", high: "高" },
  headersColumns: ["列", "表头", "字段"],
  notUsed: "（未使用）",
  monthlyColumn: (f, y, m) => `${f} ${y === null ? `${m}月` : `${y}-${String(m).padStart(2, "0")}`}（月度列，供滚动窗口）`,
  fieldColumns: ["字段", "键", "内容", "可用的表头"],
  reserveLevel: (n, a) => `${n}(储备 ${a}元)`,
  trackName: (n) => `${n}：`,
  badBudget: (v) => `--budget「${v}」不是金额：请填写不小于 0 的每月预算（元），例如 20000`,
  badNumber: (flag, v) => `${flag}「${v}」不是数字：请填写一个不小于 0 的数，例如 5`,
  noColumn: (flag, v, headers) => `${flag}「${v}」：花名册中没有这一列；现有的列：${headers.filter((h) => h !== "").join("、")}`,
  previousProblem: (file, problem) =>
    ({
      no_sheet: `--previous ${file}：找不到「晋升评审」或「晋升档案」工作表：请指定 promo review 写出的评审工作簿`,
      no_header: `--previous ${file}：「晋升评审」表没有 工号、职级、状态 列：请指定 promo review 写出的评审工作簿`,
      no_date: `--previous ${file}：「晋升评审」表的标题行没有评审日期：请指定 promo review 写出的评审工作簿`,
    })[problem],
  previousOrder: (file, prev, asOf) => `--previous ${file}：上一轮的评审日期 ${prev} 不早于本轮 ${asOf}：请用 --as-of 指定本轮日期，或换一个更早的评审工作簿`,
  previousSame: (file) => `--previous ${file}：上一轮评审工作簿不能是本轮的花名册`,
  previousMissing: (file) => `--previous ${file}：找不到这个文件：请指定上一轮 promo review 写出的评审工作簿（…-review.xlsx）`,
  runOf: (fp, asOf) => `（${fp}，评审日期 ${asOf}）`,
  policyOf: (fp) => `（${fp}）`,
  costByDept: "按部门：",
  costByLevel: "按新职级：",
  deptColumn: "部门",
  newLevelColumn: "新职级",
  companyScores: (n, mean, median) => `全公司：${n} 人，均值 ${mean}，中位数 ${median}`,
  targetDistribution: "目标分布（方案「目标分布」）：",
  outOfLine: (g, mean, rest, diff, tol, p) => `注意：「${g}」的均值 ${mean} 与其余人员 ${rest} 相差 ${diff} 分（容差 ${tol}，p = ${p}）：请在校准会上复核该组的评分`,
  previousOnly: (people) => `上轮有、本轮没有：${people.join("、")}`,
  streamNoLog: "流式模式不写「晋升档案」：下一轮用 --previous 读取本次结果时只能读到本轮（「晋升评审」表）；要累积各轮记录，请用 --no-stream",
  badMonths: (v) => `「${v}」不是 1 到 120 之间的整月数`,
  readiness: (fp, asOf, counts) => `准备度（${fp}，评审日期 ${asOf}）：${counts.join("，")}`,
  forecastTitle: (n) => `晋升梯队预测：未来 ${n} 个月每月新增可晋升人数（只差时间条件，其他不变）`,
  succession: (o) => `继任梯队（${o.fingerprint}，评审日期 ${o.asOf}，按「${o.column}」）：关键岗位 ${o.keys.join("、") || "无"}；${o.groups} 个岗位组，${o.singlePoints} 个单点风险（有在岗、无现在可接任者）`,
  noKeyPositions: "方案没有关键岗位：在「职级」表的「关键岗位」列给关键岗位填 是（promo policy export 可导出方案表）",
  planPerson: (o) => `行 ${o.row}  ${o.id} ${o.name}  ${o.dept}  ${o.level} → ${o.target}（${o.band}）`,
  until: (d) => `至 ${d}`,
  weeks: (n) => `${n} 周`,
  plansTitle: (fp, asOf, plans, dated) => `个人发展计划（${fp}，评审日期 ${asOf}）：${plans} 人尚未可晋升，其中 ${dated} 人有预计可晋升日期；措施从评审日起依次进行，周数短的在前`,
};

const EN: CliMessages = {
  locale: "en-US",
  badAsOf: (v) => `--as-of "${v}" is not a valid date: use 2026-11-23, 2026/11/23 or 2026年11月23日`,
  badLang: (v) => `--lang "${v}" is not supported: use zh or en`,
  mapSyntax: (v) => `--map "${v}": write --map FIELD=HEADER, e.g. --map level=岗位级别`,
  mapUnknownField: (f, c) => `--map: "${f}" is not a known field${c ? ` (did you mean "${c}"?)` : ""}; promo headers without a roster lists every field and its accepted headers`,
  mapUnknownColumn: (c, h) => `--map: the roster has no column headed "${c}"; its headers: ${h.join(", ")}`,
  mapHint: (f, h) => `; use --map ${f}=${h}`,
  headerlessHint: (map) => `. If a column is the ID or level column, name it with --map, e.g. --map ${map ?? "level=岗位级别"}`,
  exportWhere: "say where to export: --out FILE.xlsx (policy sheets) or --json (JSON on stdout)",
  againstEmpty: "--against needs a template id or a policy file",
  wholeNumber: "expected a whole number of at least 1",
  numberAtLeast0: "expected a number of at least 0",
  twoNumbers: "expected two numbers MID,HIGH, e.g. 70,85",
  badBands: (axis, mid, high) => `${axis === "perf" ? "--perf" : "--potential"} ${mid},${high}: the bands need 0 <= MID <= HIGH <= 100`,

  usage: (d) => `${d} (see promo --help)`,
  unknownOption: (f, s) => `unknown option ${f}${s ? ` (did you mean ${s}?)` : ""}`,
  unknownCommand: (n, s) => `unknown command "${n}"${s ? ` (did you mean ${s}?)` : ""}`,
  missingArgument: (n) => `missing the argument <${n}>`,
  optionMissingArgument: (f) => `option ${f} needs a value`,
  missingMandatoryOption: (f) => `the option ${f} is required`,
  excessArguments: (e, g) => `too many arguments: expected ${e}, got ${g}`,
  invalidOptionValue: (f, v, why) => `option ${f}: "${v}" is not valid: ${why}`,
  invalidArgumentValue: (n, v, why) => `argument <${n}>: "${v}" is not valid: ${why}`,
  conflictingOption: (a, b) => `${a} cannot be used with ${b}`,
  otherUsage: "the command line is not valid",
  internalError: (msg) => `internal error: ${msg} (set PROMO_DEBUG=1 for details)`,

  fileNotFound: (f) => `file not found: ${f}`,
  isFolder: (f) => `${f} is a folder, not a file`,
  cannotRead: (f) => `cannot read ${f}: permission denied`,
  emptyFile: (f) => `no roster found in ${f}: the file is empty`,
  unsupportedType: (f, ext) => `${f}: unsupported file type "${ext || "(none)"}"; use .xlsx or .csv (save .xls as .xlsx in Excel first)`,
  cannotOpen: (f, d) => `cannot open ${f}: it may be password-protected or damaged (${d}); remove the password or save it again as .xlsx in Excel`,
  encryptedOrXls: (f) => `cannot open ${f}: it may be password-protected or damaged (it is an encrypted workbook or an old .xls file, not .xlsx); remove the password or save it again as .xlsx in Excel`,
  notXlsx: (f) => `cannot open ${f}: it may be damaged (not an .xlsx file); save it again as .xlsx in Excel`,
  noWorksheets: (f) => `no roster found${f ? ` in ${f}` : ""}: the workbook has no worksheets`,
  noSheetNamed: (n, f, names) => `no sheet named "${n}"${f ? ` in ${f}` : ""}; the workbook has: ${names.map((s) => `"${s}"`).join(", ")}`,
  noHeaderSheet: (f, names) =>
    `no roster found${f ? ` in ${f}` : ""}: none of the sheets (${names.map((s) => `"${s}"`).join(", ")}) has a header row in its first 20 rows with 工号/ID, 职级/Level and three other known columns; name the sheet with --sheet or fix the headers`,
  noRoster: (f) => `no roster found in ${f}`,
  signOffs: (f, d) => `cannot read the sign-offs (主管确认) in ${f}: ${d}; move it away or write elsewhere with --out`,
  writeDamaged: (f) => `cannot write ${f}: the written file was damaged (another program changed it while it was written); nothing was replaced, run again`,
  writeNoFolder: (f) => `cannot write ${f}: its folder does not exist`,
  writeBusy: (f, code) => `cannot write ${f}: ${code} (is it open in Excel, or read-only?)`,
  diskFull: (f) => `cannot write ${f}: the disk is full`,
  outIsRoster: (f) => `--out ${f} is the roster itself; PromoLadder never writes over its input: pick another --out`,
  outIsFolder: (f) => `--out ${f} is a folder: pick another --out`,
  outForeign: (f) => `${f} already exists and was not written by PromoLadder; it is left as it is: pick another --out`,
  csvSheet: (f) => `--sheet does not apply to a CSV file (${f})`,
  input: (key, args) => inputMessage(key, args, "en-US"),

  policyFileType: (f) => `${f}: a policy is a .json file or an .xlsx workbook with the sheets Policy, Levels, Rules (晋升方案, 职级, 规则)`,
  noPolicySheets: (f) => `${f} has no policy sheets (Policy, Levels, Rules); write them with: promo policy export TEMPLATE_ID --out ${f}`,
  policyOutType: (f) => `--out ${f}: policy sheets are written to an .xlsx workbook`,
  foreignPolicySheets: (f, names) =>
    `${f} already has ${names.length === 1 ? "a sheet" : "sheets"} ${names.map((n) => `"${n}"`).join(", ")} that PromoLadder did not create; they are left as they are and nothing was written: rename them, or export into another file`,
  policyProblems: (label, n) => `${label}: the policy has ${plural(n, "problem")} and was not used; fix them and run promo policy check again:`,
  moreProblems: (n) => `... and ${n} more (fix the first ones and check again)`,
  rosterPolicySheets: "the policy sheets in the roster workbook",
  pickedTemplate: (id, name, n, total) => `picked template ${id} (${name}): it knows ${n} of the roster's ${plural(total, "level name")}; use --policy to choose another`,
  noTemplate: (sheet) => `no built-in template knows the levels in "${sheet}"; pass --policy (promo templates lists them)`,
  unknownPolicy: (o, ids) => `unknown template or policy file "${o}"; templates: ${ids.join(", ")}`,
  usingTemplate: (id, o) => `using template ${id}${o ? " (--policy overrides the policy sheets in the roster workbook)" : ""}`,
  usingPolicyFile: (f, fp, o) => `using the policy in ${f}: ${fp}${o ? " (--policy overrides the policy sheets in the roster workbook)" : ""}`,
  usingWorkbookPolicy: (fp) => `using the policy sheets in the roster workbook: ${fp} (--policy uses another policy)`,
  policyExported: (fp, sheets, f, existed) =>
    `wrote the policy ${fp} as the sheets ${sheets.join(", ")} ${existed ? "into" : "to a new workbook"} ${f}${existed ? " (its other sheets are unchanged)" : ` (policy only: copy your roster's sheet into it, or review your roster with --policy ${f})`}`,
  policyChecked: (fp, name, l, s, b) => `OK ${fp} (${name}: ${plural(l, "level")}, ${plural(s, "step")}${b === null ? "" : `, ${plural(b, "bonus tier")}`})`,

  then: ": ",
  warning: "warning: ",
  sep: ", ",
  clauseSep: "; ",
  reviewWritten: (f) => `review written to ${f}`,
  reviewSummary: (n, fp, asOf, counts) => `Reviewed ${plural(n, "employee")} (${fp}, as of ${asOf})${counts.length > 0 ? `: ${counts.join(", ")}` : ""}`,
  samePolicy: (fp) => `A and B are the same policy (${fp})`,
  unknownLevel: (l, p, ls) => `--level "${l}" is not a level of ${p}: ${ls.join(", ")}`,
  vacancyHead: (l, n, c) => `${l}: ${plural(n, "place")}, ${plural(c, "candidate")} (ranked by performance + skill, performance, years in level, ID; * = shortlisted)`,
  vacancyColumns: ["Rank", "ID", "Name", "Level", "Perf", "Skill", "Total", "Years in level", "Dept"],
  nearMissHead: (fp, asOf, margin, n, single) =>
    `Near misses (${fp}, as of ${asOf}${margin ? `, within ${margin}` : ""}): ${n}, ${single} lacking one criterion only; closest first`,
  nearMissColumns: ["Row", "ID", "Name", "Dept", "Level", "→ Target", "Lacks", "Gap", "Ready"],
  pipelineColumns: ["Row", "ID", "Name", "Dept", "Level", "→ Target", "Readiness", "Ready"],
  diffColumns: ["Change", "Row", "ID", "Name", "Dept", "Level", "A", "B", "Target", "Because"],
  fairnessHead: (col, letters, fp, asOf, ev, sel, awaiting, ex) =>
    `Selection rates by "${col}" (column ${letters}; ${fp}, as of ${asOf}): ${ev} evaluated, ${sel} ${awaiting ? "eligible or awaiting a vacancy" : "eligible"}; ${ex} with data errors or at the top left out. Ratio = group rate / reference rate (four-fifths rule: below 0.8 needs a look). For review only, never a criterion`,
  fairnessColumns: ["Group", "Evaluated", "Selected", "Rate", "Ratio", "", "Left out"],
  emptyGroup: "(empty)",
  reference: "reference",
  smallGroup: "small",
  noPotential: (r) => `no potential column in ${r}: add a 发展潜力 column (score 0-100), or name yours with --potential-column`,
  fairnessColumn: (by, headers) => `--by "${by}": the roster has no column "${by}"; its columns: ${headers.filter((h) => h !== "").join(", ")}`,
  nineBoxHead: (pm, ph, pot, qm, qh, placed, unplaced) =>
    `9-box: performance low < ${pm} <= mid < ${ph} <= high; ${pot} low < ${qm} <= mid < ${qh} <= high. ${placed} placed, ${unplaced} not (data error or no performance/potential)`,
  nineBoxCorner: "Potential \\ Perf",
  bands: { low: "low", mid: "mid", high: "high" },
  headersColumns: ["Column", "Header", "Field"],
  notUsed: "(not used)",
  monthlyColumn: (f, y, m) => `${f} ${y === null ? `month ${m}` : `${y}-${String(m).padStart(2, "0")}`} (monthly, for a rolling window)`,
  fieldColumns: ["Field", "Key", "Holds", "Accepted headers"],
  reserveLevel: (n, a) => `${n} (reserve, ${a} yuan)`,
  trackName: (n) => `${n}: `,
  badBudget: (v) => `--budget "${v}" is not an amount: enter a monthly budget of 0 or more (yuan), e.g. 20000`,
  badNumber: (flag, v) => `${flag} "${v}" is not a number: enter a number of 0 or more, e.g. 5`,
  noColumn: (flag, v, headers) => `${flag} "${v}": the roster has no such column; its columns: ${headers.filter((h) => h !== "").join(", ")}`,
  previousProblem: (file, problem) =>
    ({
      no_sheet: `--previous ${file}: no 晋升评审 (Promotion review) or 晋升档案 (Promotion log) sheet: give a review workbook written by promo review`,
      no_header: `--previous ${file}: the 晋升评审 sheet has no 工号, 职级 and 状态 columns: give a review workbook written by promo review`,
      no_date: `--previous ${file}: the 晋升评审 sheet's title row has no review date: give a review workbook written by promo review`,
    })[problem],
  previousOrder: (file, prev, asOf) => `--previous ${file}: the previous review's date ${prev} is not before this one's, ${asOf}: set this cycle's date with --as-of, or give an earlier review`,
  previousSame: (file) => `--previous ${file}: the previous review workbook cannot be this cycle's roster`,
  previousMissing: (file) => `--previous ${file}: file not found: give the review workbook promo review wrote last cycle (...-review.xlsx)`,
  runOf: (fp, asOf) => `(${fp}, as of ${asOf})`,
  policyOf: (fp) => `(${fp})`,
  costByDept: "By department:",
  costByLevel: "By new level:",
  deptColumn: "Department",
  newLevelColumn: "New level",
  companyScores: (n, mean, median) => `Company: ${n}, mean ${mean}, median ${median}`,
  targetDistribution: "Target distribution (the policy's):",
  outOfLine: (g, mean, rest, diff, tol, p) => `Warning: "${g}" mean ${mean} differs from the rest's ${rest} by ${diff} points (tolerance ${tol}, p = ${p}): review this group's ratings in the calibration meeting`,
  previousOnly: (people) => `In the previous cycle only: ${people.join(", ")}`,
  streamNoLog: "streaming mode writes no 晋升档案 (Promotion log): a next cycle's --previous on this output reads this cycle only (its 晋升评审 sheet); to accumulate every cycle, use --no-stream",
  badMonths: (v) => `"${v}" is not a whole number of months from 1 to 120`,
  readiness: (fp, asOf, counts) => `Readiness (${fp}, as of ${asOf}): ${counts.join(", ")}`,
  forecastTitle: (n) => `Pipeline forecast: people becoming ready each month, next ${n} months (time only, nothing else changing)`,
  succession: (o) =>
    `Succession cover (${o.fingerprint}, as of ${o.asOf}, by "${o.column}"): key positions ${o.keys.join(", ") || "none"}; ${plural(o.groups, "position group")}, ${plural(o.singlePoints, "single point")} of failure (held, no ready successor)`,
  noKeyPositions: "The policy has no key positions: mark them Yes in the Key position column of the Levels sheet (promo policy export writes the sheets)",
  planPerson: (o) => `Row ${o.row}  ${o.id} ${o.name}  ${o.dept}  ${o.level} → ${o.target} (${o.band})`,
  until: (d) => `until ${d}`,
  weeks: (n) => `${n} wk`,
  plansTitle: (fp, asOf, plans, dated) => `Development plans (${fp}, as of ${asOf}): ${plans} not yet ready, ${dated} with a projected date; actions run one after another from the review date, shortest first`,
};

const CATALOGUES: Readonly<Record<Locale, CliMessages>> = { "zh-CN": ZH, "en-US": EN };

/**
 * The CLI's messages in `locale`.
 * @example cliMessages("zh-CN").reviewWritten("a.xlsx") //=> "评审结果已写入 a.xlsx"
 */
export function cliMessages(locale: Locale): CliMessages {
  return CATALOGUES[locale];
}
