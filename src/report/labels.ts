/** Sheet names, header labels and status order shared by every output. */
import type { Locale, Review, Status } from "../core";

/** Base names of the sheets the product writes. */
export const PRODUCT_SHEETS = { review: "晋升评审", pool: "人才库", summary: "晋升汇总", log: "晋升档案", shortlist: "空缺候选" } as const;

/** Header texts of the results sheet, by locale (the sign-off column is last). */
export const REVIEW_HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  "zh-CN": ["行号", "工号", "姓名", "部门", "当前职级", "状态", "下一职级", "综合得分", "未达标项", "预计达标日期", "任现职(年)", "储备津贴(元/月)", "数据问题", "主管确认"],
  "en-US": ["Row", "ID", "Name", "Department", "Level", "Status", "Next level", "Score", "Gaps", "Ready date", "Years in level", "Allowance (yuan/month)", "Data issues", "Manager sign-off"],
};

/** Header texts of the talent-pool sheet, by locale. */
export const POOL_HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  "zh-CN": ["工号", "姓名", "部门", "储备职级", "待补职级", "绩效", "技能", "任现职(年)", "津贴(元/月)"],
  "en-US": ["ID", "Name", "Department", "Reserve level", "Vacancy level", "Performance", "Skill", "Years in level", "Allowance (yuan/month)"],
};

/** Id column headers of the results sheet in any locale. */
export const ID_HEADERS: readonly string[] = [REVIEW_HEADERS["zh-CN"][1]!, REVIEW_HEADERS["en-US"][1]!];

/** Sign-off column headers of the results sheet in any locale. */
export const SIGN_OFF_HEADERS: readonly string[] = [REVIEW_HEADERS["zh-CN"][13]!, REVIEW_HEADERS["en-US"][13]!];

/** Statuses in the order a reader scans them. */
export const DISPLAY_ORDER: readonly Status[] = ["eligible", "awaiting_vacancy", "not_eligible", "top", "error"];

/** The policy's name in the locale. */
export function policyTitle(review: Pick<Review, "policy">, locale: Locale): string {
  return locale === "zh-CN" ? review.policy.name : review.policy.nameEn;
}
