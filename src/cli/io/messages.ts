import { inLocale, type Locale } from "../../core";

/**
 * The one-line messages of the hostile-input checks (issue 19), in Chinese (the default) and
 * English, in one table so that they are translated and reworded in one place. `{name}` marks an
 * argument.
 */

/** Every message, by key: `zh` is shown unless the command line asks for `--lang en`. */
export const INPUT_MESSAGES = {
  csvTooLarge: {
    zh: "{file} 有 {mb} MB，CSV 名单最多 {max} MB：请在 Excel 中另存为 .xlsx 后再评审",
    en: "{file} is {mb} MB; a CSV roster can be at most {max} MB: save it as .xlsx in Excel and review that",
  },
  csvTooWide: {
    zh: "{file} 第 {line} 行有 {count} 个字段，超过 Excel 的 16,384 列：请检查分隔符或删去多余的列",
    en: "{file} line {line} has {count} fields, more than Excel's 16,384 columns: check the separator or remove the extra columns",
  },
  rowBeyondLimit: {
    zh: "{file} 有第 {row} 行，超出 Excel 的 1,048,576 行：文件已损坏或被改造，已拒绝读取",
    en: "{file} has a row {row}, beyond Excel's 1,048,576 rows: the file is damaged or crafted; refused",
  },
  inflatedTooLarge: {
    zh: "{file} 的部件 {part} 解压后超过 {mb} MB（压缩炸弹或已损坏）：已拒绝读取",
    en: "{file}: part {part} inflates beyond {mb} MB (a zip bomb or a damaged file): refused",
  },
  tooManyStrings: {
    zh: "{file} 有 {count} 个以上的共享字符串，远多于其工作表能引用的 {max} 个（压缩炸弹或已损坏）：已拒绝读取",
    en: "{file} has {count} or more shared strings, far more than the {max} its sheets can refer to (a zip bomb or a damaged file): refused",
  },
  readOnlyFolder: {
    zh: "无法写入 {file}：所在文件夹只读，请用 --out 指定可写的位置",
    en: "cannot write {file}: its folder is read-only; choose another place with --out",
  },
  nameTooLong: {
    zh: "无法写入 {file}：文件名或路径太长，请用 --out 指定更短的名称",
    en: "cannot write {file}: the file name or path is too long; choose a shorter name with --out",
  },
  tooDeep: {
    zh: "输入嵌套或链条过深，无法处理（例如方案的职级过多）：请精简后重试",
    en: "the input is nested or chained too deeply to process (e.g. a policy with too many levels): simplify it and retry",
  },
  rowsOutOfOrder: {
    zh: "注意：工作表「{sheet}」的第 {rows} 行在文件里排在其后的行之后（文件结构异常），流式副本未能保留这些行，评审结果已包含它们；用 --no-stream 可完整复制，或在 Excel 中打开并另存后重试",
    en: "note: in sheet \"{sheet}\", row(s) {rows} come after later rows in the file (a damaged layout); the streamed copy could not keep them, the review includes them; use --no-stream for a full copy, or open and save the file in Excel",
  },
  tooLargeForWorkbook: {
    zh: "{file} 约有 {cells} 个单元格，整本载入需要过多内存（压缩炸弹或超大文件）：请改用 --stream（或去掉 --no-stream）",
    en: "{file} has about {cells} cells, too many to load whole (a zip bomb or a huge file): use --stream (or leave out --no-stream)",
  },
  onlyProductSheets: {
    zh: "{file} 中没有可自动识别的名单：仅有的工作表 {sheets} 与 PromoLadder 的结果表同名，不会被当作名单读取；若它就是名单，请加 --sheet {first}，或在 Excel 中将其改名",
    en: "no roster found in {file}: its only sheets, {sheets}, have the names PromoLadder gives its result sheets and are not read as a roster; if one is the roster, add --sheet {first}, or rename it in Excel",
  },
  productSheetsSkipped: {
    zh: "工作表 {sheets} 与 PromoLadder 的结果表同名，未作为名单读取；若它是名单，请加 --sheet {first}",
    en: "the sheets {sheets} have the names of PromoLadder's result sheets and were not read; if one is the roster, add --sheet {first}",
  },
  staleSignOffs: {
    zh: "注意：{count} 人（{ids}）的评审结论与上次主管确认时不同，其主管确认未沿用，已在「{sheet}」的“主管确认”列标为“需复核”",
    en: "note: for {count} employee(s) ({ids}) the decision differs from the one their manager signed off; the sign-off was not carried over and is marked \"Review again\" in the sign-off column of \"{sheet}\"",
  },
  userEdits: {
    zh: "{file} 中有你添加的内容，重新评审会把它们丢掉，已停止：工作表 {sheets}；「{review}」中添加的列 {columns}。请先把它们移到别的工作簿，或用 --out 写到新文件，或加 --discard-edits 确认丢弃",
    en: "{file} holds what you added, which a new review would drop; stopped: sheets {sheets}; columns added to \"{review}\" {columns}. Move them to another workbook, write to a new file with --out, or add --discard-edits to drop them",
  },
  userEditsDiscarded: {
    zh: "注意：按 --discard-edits 丢弃了 {file} 中添加的工作表 {sheets} 和「{review}」中添加的列 {columns}",
    en: "note: --discard-edits: dropped the sheets {sheets} and the columns {columns} added to \"{review}\" in {file}",
  },
  linkLoop: {
    zh: "无法写入 {file}：符号链接层层相套或循环，请用 --out 指定真实文件",
    en: "cannot write {file}: its symbolic links loop; name the real file with --out",
  },
  argument: {
    zh: "参数错误：{detail}（promo --help 查看用法）",
    en: "bad argument: {detail} (see promo --help)",
  },
} as const;

/** A message key of {@link INPUT_MESSAGES}. */
export type InputMessageKey = keyof typeof INPUT_MESSAGES;

/**
 * A crafted or damaged file found by a reader that does not know the file's name; the caller
 * that does turns it into a CliError with {@link inputMessage}.
 * @example
 * throw new CraftedFileError("rowBeyondLimit", { row: 1048577 });
 */
export class CraftedFileError extends Error {
  constructor(
    readonly key: InputMessageKey,
    readonly args: Readonly<Record<string, string | number>>,
  ) {
    super(`${key}: ${JSON.stringify(args)}`);
    this.name = "CraftedFileError";
  }
}

/** The arguments of the run in progress (set by `runCli`), else null: `process.argv` is read. */
let runArguments: readonly string[] | null = null;

/**
 * Tells the messages which arguments the run in progress has (`runCli` runs in-process in tests
 * and as a library, where `process.argv` is not its command line); null when it ends.
 * @example
 * setRunArguments(["review", "a.xlsx", "--lang", "en"]); inputMessage("linkLoop", { file: "x" }) // English
 */
export function setRunArguments(argv: readonly string[] | null): void {
  runArguments = argv;
}

/** True when the command line asks for English messages (`--lang en`, `--lang=en-US`). */
export function wantsEnglish(argv: readonly string[] = runArguments ?? process.argv): boolean {
  for (const [i, a] of argv.entries()) {
    if (a === "--lang") return /^en/i.test(argv[i + 1] ?? "");
    if (a.startsWith("--lang=")) return /^en/i.test(a.slice(7));
  }
  return false;
}

/**
 * A message of {@link INPUT_MESSAGES} with its arguments filled in, in `locale` (default: the
 * language of the process's command line). A reader that does not know the language throws
 * `new CliError((m) => m.input(key, args))`, worded when the CLI prints it.
 * @example
 * inputMessage("csvTooWide", { file: "a.csv", line: 3, count: 20000 })
 * // "a.csv 第 3 行有 20000 个字段，超过 Excel 的 16,384 列：…"
 */
export function inputMessage(key: InputMessageKey, args: Readonly<Record<string, string | number>> = {}, locale?: Locale): string {
  const template = inLocale(INPUT_MESSAGES[key], locale ?? (wantsEnglish() ? "en-US" : "zh-CN"));
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in args ? String(args[name]) : m));
}
