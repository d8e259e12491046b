import type { CompositeScore, Policy } from "../model/policy";

/** 0.5 业绩 (perf) + 0.3 技能 (skill) + 0.2 发展潜力 (potential). */
const SCORE: CompositeScore = { weights: { perf: 0.5, skill: 0.3, potential: 0.2 } };

/**
 * 用户运营 (User operations): 用户运营专员 -> 高级用户运营 -> 用户运营主管 -> 用户运营经理.
 *
 * Seed: 用户运营晋升机制方案 (业绩标准, 技能标准, 发展潜力) (catalogue §4, user-ops).
 * Every step carries the composite score 0.5 perf + 0.3 skill + 0.2 potential.
 */
export const USER_OPS: Policy = {
  id: "user-ops",
  name: "用户运营",
  nameEn: "User operations",
  version: "1.0",
  revised: "2026-11-23",
  sources: ["用户运营晋升机制方案"],
  levels: [
    { name: "用户运营专员" },
    { name: "高级用户运营" },
    { name: "用户运营主管" },
    { name: "用户运营经理" },
  ],
  steps: [
    {
      from: "用户运营专员",
      to: "高级用户运营",
      score: SCORE,
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 1 },
            { field: "perf", op: ">=", value: 80 },
            { field: "score", op: ">=", value: 80 },
          ],
        },
      ],
    },
    {
      from: "高级用户运营",
      to: "用户运营主管",
      score: SCORE,
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 1.5 },
            { field: "perf", op: ">=", value: 85 },
            { field: "potential", op: ">=", value: 80 },
            { field: "score", op: ">=", value: 85 },
          ],
        },
      ],
    },
    {
      from: "用户运营主管",
      to: "用户运营经理",
      score: SCORE,
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 2 },
            { field: "perf", op: ">=", value: 90 },
            { field: "potential", op: ">=", value: 85 },
            { field: "mgmt", op: ">=", value: 80 },
            { field: "score", op: ">=", value: 88 },
          ],
        },
      ],
    },
  ],
};
