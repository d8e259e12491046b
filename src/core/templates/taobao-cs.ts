import type { CompositeScore, Policy } from "../model/policy";

/** 0.5 工作成绩 (perf) + 0.25 协作能力 (teamwork) + 0.25 学习和成长 (learning). */
const SCORE: CompositeScore = { weights: { perf: 0.5, teamwork: 0.25, learning: 0.25 } };

/**
 * 淘宝客服 (Taobao customer service): 初级客服 -> 中级客服 -> 高级客服 -> 资深客服.
 *
 * Seeds: 淘宝客服晋升方案; 1%的错误,承担100%的责任 (catalogue §4, taobao-cs).
 * Every step carries the composite score 0.5 perf + 0.25 teamwork + 0.25 learning.
 * `csat` and `error_rate` thresholds are fractions.
 */
export const TAOBAO_CS: Policy = {
  id: "taobao-cs",
  name: "淘宝客服",
  nameEn: "Taobao customer service",
  version: "1.0",
  revised: "2026-11-23",
  sources: ["淘宝客服晋升方案", "1%的错误,承担100%的责任"],
  levels: [{ name: "初级客服" }, { name: "中级客服" }, { name: "高级客服" }, { name: "资深客服" }],
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
            { field: "tickets", op: ">=", value: 2000 },
            { field: "csat", op: ">=", value: 0.9 },
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
            { field: "tickets", op: ">=", value: 5000 },
            { field: "csat", op: ">=", value: 0.95 },
            { field: "error_rate", op: "<=", value: 0.01 },
            { field: "skill", op: ">=", value: 80 },
            { field: "score", op: ">=", value: 80 },
          ],
        },
      ],
    },
    {
      from: "高级客服",
      to: "资深客服",
      score: SCORE,
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 1 },
            { field: "certificate", op: "=", value: true },
            { field: "error_rate", op: "<=", value: 0.01 },
            { field: "low_quality", op: "<=", value: 2 },
            { field: "score", op: ">=", value: 85 },
          ],
        },
      ],
    },
  ],
};
