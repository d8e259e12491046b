import type { Policy } from "../model/policy";

/**
 * 商场运营 (Mall operations): 初级运营员 -> 中级运营员 -> 高级运营员 -> 运营主管 -> 运营经理.
 *
 * Seed: 商场运营晋升方案 (catalogue §4, mall-ops). `sales` thresholds are fractions
 * (100% = 1, 105% = 1.05, 110% = 1.1).
 */
export const MALL_OPS: Policy = {
  id: "mall-ops",
  name: "商场运营",
  nameEn: "Mall operations",
  version: "1.0",
  revised: "2026-11-23",
  sources: ["商场运营晋升方案"],
  levels: [
    { name: "初级运营员" },
    { name: "中级运营员" },
    { name: "高级运营员" },
    { name: "运营主管" },
    { name: "运营经理" },
  ],
  steps: [
    {
      from: "初级运营员",
      to: "中级运营员",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 1 },
            { field: "sales", op: ">=", value: 1 },
            { field: "perf", op: ">=", value: 80 },
          ],
        },
      ],
    },
    {
      from: "中级运营员",
      to: "高级运营员",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 1 },
            { field: "sales", op: ">=", value: 1.05 },
            { field: "perf", op: ">=", value: 85 },
          ],
        },
      ],
    },
    {
      from: "高级运营员",
      to: "运营主管",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 2 },
            { field: "sales", op: ">=", value: 1.1 },
            { field: "mgmt", op: ">=", value: 80 },
            { field: "teamwork", op: ">=", value: 80 },
          ],
        },
      ],
    },
    {
      from: "运营主管",
      to: "运营经理",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 2 },
            { field: "sales", op: ">=", value: 1.1 },
            { field: "mgmt", op: ">=", value: 85 },
            { field: "perf", op: ">=", value: 90 },
          ],
        },
      ],
    },
  ],
};
