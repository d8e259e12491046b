/**
 * A review's warnings (here: fewer monthly columns than a rolling window needs) are shown at the
 * top of the summary sheet, in the review's language, below the policy facts.
 */
import { reviewRoster, type Policy } from "../../src/core";
import { summarySheet } from "../../src/report";

const POLICY: Policy = {
  id: "window-demo",
  name: "窗口示例",
  nameEn: "Window demo",
  version: "1.0",
  levels: [{ name: "初级客服" }, { name: "中级客服" }],
  steps: [
    {
      from: "初级客服",
      to: "中级客服",
      paths: [{ id: "standard", label: "标准", criteria: [{ field: "csat", op: ">=", value: 0.9, window: { months: 6, agg: "avg" } }] }],
    },
  ],
};

const ROWS = [
  ["工号", "姓名", "职级", "入职日期", "绩效", "满意度 2026-09", "满意度 2026-10"],
  ["E1", "张三", "初级客服", "2024-01-01", 80, "95%", "96%"],
];

function factRows(locale: "zh-CN" | "en-US"): ReadonlyArray<readonly unknown[]> {
  const review = reviewRoster({ sheet: "名单", rows: ROWS }, POLICY, { asOf: "2026-11-23", locale });
  const facts = summarySheet(review, locale).blocks.find((b) => b.kind === "facts");
  return facts && facts.kind === "facts" ? facts.rows : [];
}

test("the warning is a fact row of the summary, in Chinese and in English", () => {
  const zh = factRows("zh-CN").filter((r) => r[0] === "注意");
  expect(zh).toHaveLength(1);
  expect(String(zh[0]![1])).toContain("只找到 2 个（2026-09、2026-10）");
  const en = factRows("en-US").filter((r) => r[0] === "Warning");
  expect(en).toHaveLength(1);
  expect(String(en[0]![1])).toContain("the roster has 2 (2026-09, 2026-10)");
});

test("no warning row when the roster has the months", () => {
  const review = reviewRoster({ sheet: "名单", rows: [["工号", "姓名", "职级", "入职日期", "绩效"], ["E1", "张三", "初级客服", "2024-01-01", 80]] }, { ...POLICY, steps: [] }, { asOf: "2026-11-23" });
  const facts = summarySheet(review, "zh-CN").blocks.find((b) => b.kind === "facts");
  expect(facts && facts.kind === "facts" ? facts.rows.map((r) => r[0]) : []).not.toContain("注意");
});
