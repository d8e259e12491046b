/**
 * The hand-checked rows of examples/ecom-cs-2026.xlsx reviewed as of 2026-11-23 (examples/README.md
 * explains each case), shared by the CLI and the formula tests.
 */
export const FILE = "examples/ecom-cs-2026.xlsx";
export const FINGERPRINT = "ecom-cs-2026@2.0#6c58ef80";

/** Hand-checked rows: [sheet row, 工号, status, met path, ready date, gaps in Chinese]. */
export const PINNED: ReadonlyArray<readonly [number, string, string, string | null, string | null, string]> = [
  [3, "CS2601", "eligible", "standard", "2025-12-22", ""],
  [4, "CS2602", "not_eligible", null, "2027-01-20", "否决：试用期未结束（转正日期 2027-01-20）"],
  [5, "CS2603", "eligible", "standard", "2026-11-23", ""],
  [6, "CS2604", "eligible", "standard", "2026-11-23", ""],
  [7, "CS2605", "not_eligible", null, "2027-03-15", "否决：近12个月内有违纪记录（违纪日期 2026-03-15）"],
  [8, "CS2606", "not_eligible", null, "2026-11-30", "否决：近12个月内有违纪记录（违纪日期 2025-11-30）"],
  [9, "CS2607", "not_eligible", null, null, "否决：必修培训未完成（必修培训 否）"],
  [10, "CS2608", "not_eligible", null, null, "否决：必修培训未完成（必修培训 否）"],
  [11, "CS2609", "not_eligible", null, null, "否决：上岗证已过期（证书有效期 2026-10-31）"],
  [12, "CS2610", "eligible", "standard", "2025-12-10", ""],
  [13, "CS2611", "not_eligible", null, null, "否决：证书有效期 缺少数据（需 ≥ 评审日）"],
  [14, "CS2612", "not_eligible", null, null, "客户满意度近6月平均 88.5% < 90%"],
  [15, "CS2613", "eligible", "standard", "2026-02-19", ""],
  [16, "CS2614", "not_eligible", null, null, "客户满意度近6月平均 缺少数据（需 ≥ 90%）"],
  [17, "CS2615", "eligible", "standard", "2026-06-25", ""],
  [18, "CS2616", "error", null, null, "客户满意度近6月平均 数据错误（需 ≥ 90%）"],
  [19, "CS2617", "eligible", "standard", "2025-12-11", ""],
  [20, "CS2618", "eligible", "fast_track", "2026-10-20", ""],
  [21, "CS2619", "not_eligible", null, "2027-06-01", "任现职 0.33年 < 0.5年；否决：近12个月内有违纪记录（违纪日期 2026-06-01）"],
  [22, "CS2620", "not_eligible", null, "2027-02-10", "任现职 0.25年 < 0.5年"],
  [23, "CS2621", "not_eligible", null, "2027-01-01", "任现职 0.33年 < 0.5年；否决：试用期未结束（转正日期 2026-12-31）"],
  [30, "CS2628", "eligible", "standard", "2026-03-24", ""],
  [31, "CS2629", "not_eligible", null, null, "客户满意度近6月达标月数(≥95%) 3 < 4"],
  [32, "CS2630", "eligible", "standard", "2026-03-07", ""],
  [33, "CS2631", "not_eligible", null, null, "客户满意度近6月达标月数(≥95%) 3 < 4；否决：上岗证已过期（证书有效期 2026-09-30）"],
  [39, "CS2637", "eligible", "standard", "2026-02-09", ""],
  [40, "CS2638", "not_eligible", null, null, "工单量近6月平均 1499.83 < 1500"],
  [41, "CS2639", "eligible", "standard", "2026-05-02", ""],
  [42, "CS2640", "not_eligible", null, "2027-09-01", "否决：近12个月内有违纪记录（违纪日期 2026-09-01）"],
  [46, "CS2644", "eligible", "standard", "2026-03-01", ""],
  [47, "CS2645", "not_eligible", null, "2027-02-01", "任现职 1.75年 < 2年"],
  [49, "CS2647", "top", null, null, ""],
];

