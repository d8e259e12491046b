/**
 * The words of issue #21's commands (`promo cost`, `promo calibrate`, `promo history`) and of the
 * options they add (`--budget`, `--pay-column`, `--field`, `--threshold`, `--tolerance`,
 * `--previous`), in Chinese (default) and English: help lines and one-line errors.
 */
import { Option } from "commander";
import type { Locale } from "../core";

const ZH = {
  cost: "晋升成本：可晋升者晋升后的每月/每年成本（职级表的月薪或薪资带）与储备津贴，按部门和职级汇总；--budget 按空缺排序规则模拟预算内可晋升的人",
  calibrate: "校准：按某一列（部门、门店、主管…）比较分数分布（均值、中位数、达标线以上占比），与公司其余人员比较并标记偏离的组；仅供校准会参考，不是晋升条件",
  history: "与上轮比较：新达标、逾期未晋升（连续几轮）、已晋升、不再达标（哪项条件）以及从首次达标到晋升的月数中位数",
  budget: "每月预算（元），例如 20000：按排名依次晋升，成本不超过剩余预算者入选",
  payColumn: "花名册中现月薪所在列的表头（默认找 现月薪、当前月薪、月薪…）",
  field: "比较的分数：绩效（默认）、技能考核、综合得分，或花名册中某一分数列的表头",
  threshold: "达标线（默认取方案中该字段的最低门槛）",
  tolerance: "均值差容差（分；默认取方案的校准容差，未设时为 5）",
  previous: "上一轮的评审工作簿（promo review 写出的 …-review.xlsx，读取其「晋升评审」表；有「晋升档案」时读取全部轮次）",
  by: "分组列的表头，如 部门、门店 或主管列",
  badBudget: (v: string) => `--budget「${v}」不是金额：请填写不小于 0 的每月预算（元），例如 20000`,
  badNumber: (flag: string, v: string) => `${flag}「${v}」不是数字：请填写一个不小于 0 的数，例如 5`,
  noColumn: (flag: string, v: string, headers: readonly string[]) => `${flag}「${v}」：花名册中没有这一列；现有的列：${headers.filter((h) => h !== "").join("、")}`,
  previousProblem: (file: string, problem: string) =>
    ({
      no_sheet: `--previous ${file}：找不到「晋升评审」或「晋升档案」工作表：请指定 promo review 写出的评审工作簿`,
      no_header: `--previous ${file}：「晋升评审」表没有 工号、职级、状态 列：请指定 promo review 写出的评审工作簿`,
      no_date: `--previous ${file}：「晋升评审」表的标题行没有评审日期：请指定 promo review 写出的评审工作簿`,
    })[problem] ?? `--previous ${file}：无法读取上一轮评审`,
  previousOrder: (file: string, prev: string, asOf: string) => `--previous ${file}：上一轮的评审日期 ${prev} 不早于本轮 ${asOf}：请用 --as-of 指定本轮日期，或换一个更早的评审工作簿`,
  previousSame: (file: string) => `--previous ${file}：上一轮评审工作簿不能是本轮的花名册`,
  previousMissing: (file: string) => `--previous ${file}：找不到这个文件：请指定上一轮 promo review 写出的评审工作簿（…-review.xlsx）`,
};

type Words = typeof ZH;

const EN: Words = {
  cost: "promotion cost: what promoting the eligible costs a month and a year (pay per level or band on the Levels sheet) and the reserve allowances, by department and level; --budget shows who fits a budget in the vacancy ranking's order",
  calibrate: "calibration: score distributions (mean, median, share at or above the threshold) by a roster column (部门, 门店, a manager column) against the rest of the company, flagging groups out of line; for the calibration meeting, never a criterion",
  history: "against the previous cycle: newly eligible, overdue (for how many cycles), promoted, no longer eligible (which criterion), and the median months from first eligible to promoted",
  budget: "monthly budget in yuan, e.g. 20000: down the ranking, each whose cost fits what remains is promoted",
  payColumn: "the roster's header of the current-pay column (default: 现月薪, 当前月薪, 月薪...)",
  field: "the score compared: 绩效 (default), 技能考核, 综合得分, or a score column's header",
  threshold: "threshold of the share above (default: the policy's lowest bar on the field)",
  tolerance: "mean difference tolerance in points (default: the policy's 校准容差, else 5)",
  previous: "the previous cycle's review workbook (a ...-review.xlsx written by promo review: its 晋升评审 sheet, or every cycle of its 晋升档案 log)",
  by: "the roster's header of the grouping column, e.g. 部门, 门店 or a manager column",
  badBudget: (v) => `--budget "${v}" is not an amount: enter a monthly budget of 0 or more (yuan), e.g. 20000`,
  badNumber: (flag, v) => `${flag} "${v}" is not a number: enter a number of 0 or more, e.g. 5`,
  noColumn: (flag, v, headers) => `${flag} "${v}": the roster has no such column; its columns: ${headers.filter((h) => h !== "").join(", ")}`,
  previousProblem: (file, problem) =>
    ({
      no_sheet: `--previous ${file}: no 晋升评审 (Promotion review) or 晋升档案 (Promotion log) sheet: give a review workbook written by promo review`,
      no_header: `--previous ${file}: the 晋升评审 sheet has no 工号, 职级 and 状态 columns: give a review workbook written by promo review`,
      no_date: `--previous ${file}: the 晋升评审 sheet's title row has no review date: give a review workbook written by promo review`,
    })[problem] ?? `--previous ${file}: cannot read the previous review`,
  previousOrder: (file, prev, asOf) => `--previous ${file}: the previous review's date ${prev} is not before this one's, ${asOf}: set this cycle's date with --as-of, or give an earlier review`,
  previousSame: (file) => `--previous ${file}: the previous review workbook cannot be this cycle's roster`,
  previousMissing: (file) => `--previous ${file}: file not found: give the review workbook promo review wrote last cycle (...-review.xlsx)`,
};

/** Issue #21's CLI words in a locale. */
export function roundText(locale: Locale): Words {
  return locale === "en-US" ? EN : ZH;
}

/** An option with its help line from {@link roundText}. */
export function roundOption(flags: string, key: "budget" | "payColumn" | "field" | "threshold" | "tolerance" | "previous" | "by", locale: Locale): Option {
  return new Option(flags, roundText(locale)[key]);
}
