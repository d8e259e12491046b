/** Shared helpers for the CLI I/O tests: temp folders and a small taobao-cs review. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { getTemplate, reviewRoster, type Cell, type Review } from "../../../src/core";

/** A fresh temp folder; remove it with {@link removeTempDir}. */
export function makeTempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "promo-io-"));
}

/** Removes a temp folder made by {@link makeTempDir}. */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The roster header used by the tests (taobao-cs fields). */
export const HEADER: readonly string[] = [
  "工号", "姓名", "部门", "职级", "入职日期", "任现职日期", "绩效", "团队协作", "学习成长",
  "客户满意度", "工单量", "差错率", "技能考核", "技能证书", "低质评价",
];

/** Data rows: eligible, not eligible (with a ready date), top, error, a name that looks like a formula. */
export const DATA: readonly (readonly Cell[])[] = [
  ["E001", "张三", "客服一部", "初级客服", "2024-01-01", "2024-01-01", 90, 85, 80, "96%", 3000, "0.5%", 85, "是", 0],
  ["E002", "李四", "客服一部", "中级客服", "2024-01-01", "2026-06-01", 90, 85, 80, "96%", 6000, "0.5%", 85, "是", 0],
  ["E003", "王五", "客服二部", "资深客服", "2020-01-01", "2022-01-01", 95, 90, 90, "99%", 9000, "0.1%", 95, "是", 0],
  ["E004", "赵六", "客服二部", "初级客服", "2024-01-01", "2024-01-01", "优秀", 85, 80, "96%", 3000, "0.5%", 85, "是", 0],
  ["E005", "=SUM(A1)", "客服二部", "初级客服", "2026-10-01", "2026-10-01", 70, 70, 70, "80%", 100, "2%", 60, "否", 5],
];

/** A review of {@link DATA} with the taobao-cs template as of 2026-11-23. */
export function sampleReview(sheet = "Sheet1", locale: "zh-CN" | "en-US" = "zh-CN"): Review {
  return reviewRoster({ sheet, rows: [HEADER, ...DATA] }, getTemplate("taobao-cs")!, { asOf: "2026-11-23", locale });
}

/** A store-ops review with reserves awaiting a vacancy (talent pool and allowance). */
export function poolReview(): Review {
  const rows: Cell[][] = [
    ["工号", "姓名", "门店", "岗位", "入职日期", "任现职日期", "绩效", "技能考核", "培训结业"],
    ["S01", "钱七", "一号店", "储备领班", "2024-01-01", "2025-01-01", 88, 85, "是"],
    ["S02", "孙八", "二号店", "储备店长", "2022-01-01", "2024-01-01", 90, 92, "是"],
    ["S03", "周九", "二号店", "普通员工", "2026-09-01", "2026-09-01", 70, 60, "否"],
  ];
  return reviewRoster({ sheet: "门店", rows }, getTemplate("store-ops")!, { asOf: "2026-11-23" });
}
