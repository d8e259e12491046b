import type { CompositeScore, Policy } from "../model/policy";

/** 0.3 业务考核 (skill) + 0.5 绩效考核 (perf) + 0.2 综合素质考核 (quality). */
const SCORE: CompositeScore = { weights: { skill: 0.3, perf: 0.5, quality: 0.2 } };

/**
 * 电商客服 (E-commerce customer service): 初级客服 -> 中级客服 -> 高级客服 -> 客服主管 -> 客服经理.
 *
 * Seed: 电商企业客服人员晋升通道及管理办法 (catalogue §4, ecom-cs).
 * Every step carries the composite score 0.3 skill + 0.5 perf + 0.2 quality.
 */
export const ECOM_CS: Policy = {
  id: "ecom-cs",
  name: "电商客服",
  nameEn: "E-commerce customer service",
  version: "1.0",
  revised: "2026-11-23",
  sources: ["电商企业客服人员晋升通道及管理办法"],
  levels: [
    { name: "初级客服" },
    { name: "中级客服" },
    { name: "高级客服" },
    { name: "客服主管" },
    { name: "客服经理" },
  ],
  steps: [
    {
      from: "初级客服",
      to: "中级客服",
      score: SCORE,
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 0.5 },
            { field: "score", op: ">=", value: 75 },
          ],
        },
      ],
    },
    {
      from: "中级客服",
      to: "高级客服",
      score: SCORE,
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 1 },
            { field: "score", op: ">=", value: 80 },
            { field: "csat", op: ">=", value: 0.95 },
          ],
        },
      ],
    },
    {
      from: "高级客服",
      to: "客服主管",
      score: SCORE,
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 1 },
            { field: "score", op: ">=", value: 85 },
            { field: "mgmt", op: ">=", value: 75 },
          ],
        },
      ],
    },
    {
      from: "客服主管",
      to: "客服经理",
      score: SCORE,
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 2 },
            { field: "score", op: ">=", value: 90 },
            { field: "mgmt", op: ">=", value: 85 },
          ],
        },
      ],
    },
  ],
};
