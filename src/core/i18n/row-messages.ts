import type { Expected } from "../read/failure";
import type { Locale } from "./locale";
import { UNCALCULATED, type Cell } from "../model/cell";
import { readPercent } from "../read/percent";

const EXPECTED: Readonly<Record<Locale, Readonly<Record<Expected, string>>>> = {
  "zh-CN": {
    date: "应为日期，如 2023-05-01、2023/5/1、2023年5月1日",
    number: "应为数字",
    score: "应为 0-100 的分数",
    count: "应为不小于 0 的数量",
    years: "应为不小于 0 的年数",
    percent: "应为百分比，如 95% 或 0.95",
    percent_range: "超出合理范围，请检查是否多写了 % 或多乘了 100",
    boolean: "应为 是/否",
    education: "应为学历：初中、高中、中专、职高、大专、本科、硕士、博士",
    text: "应为文本",
    excel_error: "单元格是 Excel 错误值，请修正公式或数据",
  },
  "en-US": {
    date: "expected a date such as 2023-05-01, 2023/5/1 or 2023年5月1日",
    number: "expected a number",
    score: "expected a score from 0 to 100",
    count: "expected a count of 0 or more",
    years: "expected a number of years, 0 or more",
    percent: "expected a percentage such as 95% or 0.95",
    percent_range: "out of the plausible range; check for an extra % or a value multiplied by 100 twice",
    boolean: "expected yes/no (是/否)",
    education: "expected an education level: junior high, high school, associate, bachelor, master, doctorate",
    text: "expected text",
    excel_error: "the cell holds an Excel error; fix the formula or the data",
  },
};

/** Shows a raw cell value in a message, shortened to 40 characters. */
export function showValue(value: unknown): string {
  let text: string;
  if (value instanceof Date) text = Number.isFinite(value.getTime()) ? value.toISOString().slice(0, 10) : "Invalid Date";
  else if (typeof value === "object" && value !== null && "code" in value) text = String((value as { code: unknown }).code);
  else if (typeof value === "object" && value !== null && "value" in value) text = `${String((value as { value: unknown }).value)} (%)`;
  else {
    try {
      text = String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** True for a formula cell saved without its result (see `UNCALCULATED`). */
function isUncalculated(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { code?: unknown }).code === UNCALCULATED;
}

/** A fraction as HR writes it: 95 for 0.95 (12 significant digits). */
const percentPoints = (f: number): string => String(Number((f * 100).toPrecision(12)));

/**
 * Message for an unreadable cell. `limit`: for `percent_range`, the column's largest plausible
 * fraction; the message says what was read and the range (`“客户满意度”列的值“9500%”读作 9500%，
 * 不在 0%–100% 之间…`).
 */
export function unreadableMessage(header: string, value: unknown, expected: Expected, locale: Locale, limit?: number): string {
  if (expected === "percent_range") {
    const read = readPercent(value as Cell);
    const shown = typeof read === "number" ? `${percentPoints(read)}%` : "?";
    const max = `${percentPoints(limit ?? 1)}%`;
    return locale === "zh-CN"
      ? `“${header}”列的值“${showValue(value)}”读作 ${shown}，不在 0%–${max} 之间：${EXPECTED[locale][expected]}`
      : `${header}: "${showValue(value)}" reads as ${shown}, outside 0%-${max}: ${EXPECTED[locale][expected]}`;
  }
  if (isUncalculated(value)) {
    return locale === "zh-CN"
      ? `“${header}”列是没有计算结果的公式（生成该文件的程序未保存结果）：请在 Excel 中打开并保存后重新评审`
      : `${header}: a formula saved without its result (the program that wrote the file did not compute it): open and save the file in Excel, then review again`;
  }
  return locale === "zh-CN"
    ? `“${header}”列的值“${showValue(value)}”无法读取：${EXPECTED[locale][expected]}`
    : `${header}: cannot read "${showValue(value)}": ${EXPECTED[locale][expected]}`;
}

/** Message for an empty id cell. */
export function emptyIdMessage(locale: Locale): string {
  return locale === "zh-CN" ? "工号为空：每位员工需要唯一的工号" : "The employee ID is empty: every employee needs a unique ID";
}

/** Message for an empty level cell. */
export function emptyLevelMessage(locale: Locale): string {
  return locale === "zh-CN" ? "职级为空：请填写当前职级" : "The level is empty: fill in the current level";
}

/** Message for a repeated id. */
export function duplicateIdMessage(id: string, rows: readonly number[], locale: Locale): string {
  return locale === "zh-CN"
    ? `工号“${id}”重复（第 ${rows.join("、")} 行）：工号必须唯一`
    : `Employee ID "${id}" is repeated (rows ${rows.join(", ")}): IDs must be unique`;
}

/** Message for a level the policy does not know. */
export function unknownLevelMessage(level: string, closest: string | null, policyName: string, locale: Locale): string {
  if (locale === "zh-CN") {
    return `职级“${showValue(level)}”不在方案“${policyName}”中` + (closest ? `，最接近的是“${closest}”` : "");
  }
  return `Level "${showValue(level)}" is not in the policy "${policyName}"` + (closest ? `; the closest is "${closest}"` : "");
}
