/** Sheet names, header labels and status order shared by every output. */
import { policyName, type Locale, type Review, type Status } from "../core";
import { REVIEW_COLUMNS } from "./review-columns";

/** Base names of the sheets the product writes. */
export const PRODUCT_SHEETS = { review: "晋升评审", pool: "人才库", summary: "晋升汇总", log: "晋升档案", shortlist: "空缺候选" } as const;

/** Header texts of the results sheet, by locale (the sign-off column is last), from its column descriptors. */
export const REVIEW_HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  "zh-CN": REVIEW_COLUMNS.map((c) => c.header["zh-CN"]),
  "en-US": REVIEW_COLUMNS.map((c) => c.header["en-US"]),
};

/** Header texts of the talent-pool sheet, by locale. */
export const POOL_HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  "zh-CN": ["工号", "姓名", "部门", "储备职级", "待补职级", "绩效", "技能", "任现职(年)", "津贴(元/月)"],
  "en-US": ["ID", "Name", "Department", "Reserve level", "Vacancy level", "Performance", "Skill", "Years in level", "Allowance (yuan/month)"],
};

export { ID_HEADERS, SIGN_OFF_HEADERS } from "./review-columns";

/** Statuses in the order a reader scans them. */
export const DISPLAY_ORDER: readonly Status[] = ["eligible", "awaiting_vacancy", "not_eligible", "top", "error"];

/** The policy's name in the locale. */
export function policyTitle(review: Pick<Review, "policy">, locale: Locale): string {
  return policyName(review.policy, locale);
}
