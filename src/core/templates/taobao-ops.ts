import type { Policy } from "../model/policy";

/**
 * 淘宝运营 (Taobao shop operations): 运营助理 -> 推广专员 -> 运营主管 -> 运营总监.
 *
 * Seeds: 平湖淘宝运营培训运营人才晋升轨迹; 淘宝运营专才全攻略; 电商运营晋升攻略
 * (catalogue §4, taobao-ops). Years are `years_in_level`; `sales` thresholds are fractions.
 */
export const TAOBAO_OPS: Policy = {
  id: "taobao-ops",
  name: "淘宝运营",
  nameEn: "Taobao shop operations",
  version: "1.0",
  revised: "2026-11-23",
  sources: ["平湖淘宝运营培训运营人才晋升轨迹", "淘宝运营专才全攻略", "电商运营晋升攻略"],
  levels: [
    { name: "运营助理", aliases: ["初级推广"] },
    { name: "推广专员" },
    { name: "运营主管", aliases: ["店长"] },
    { name: "运营总监", aliases: ["项目经理"] },
  ],
  steps: [
    {
      from: "运营助理",
      to: "推广专员",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 0.5 },
            { field: "skill", op: ">=", value: 70 },
            { field: "perf", op: ">=", value: 75 },
          ],
        },
      ],
    },
    {
      from: "推广专员",
      to: "运营主管",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 1 },
            { field: "perf", op: ">=", value: 85 },
            { field: "skill", op: ">=", value: 80 },
            { field: "sales", op: ">=", value: 1 },
          ],
        },
      ],
    },
    {
      from: "运营主管",
      to: "运营总监",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 2 },
            { field: "perf", op: ">=", value: 90 },
            { field: "mgmt", op: ">=", value: 80 },
            { field: "sales", op: ">=", value: 1 },
          ],
        },
      ],
    },
  ],
};
