import type { Policy } from "../model/policy";

/**
 * 营运部门店 (Store operations): 普通员工 -> 培养对象 -> 储备领班 -> 领班 -> 储备店长 -> 四级店长 ->
 * 三级店长 -> 二级店长 -> 一级店长 -> 特级店长 -> 储备区域经理 -> 区域经理 -> 督导.
 *
 * Seed: 营运部员工职业生涯规划之晋升体系 (catalogue §4, store-ops). The reserve levels (储备领班,
 * 储备店长, 储备区域经理) carry the seed's monthly allowances (领班+30元, 店长+50元, 区域经理+100元);
 * the steps out of them into the full positions (领班, 四级店长, 区域经理) fill a vacancy.
 * Years are `years_in_level`, except the first step (培养对象), which uses `tenure`.
 */
export const STORE_OPS: Policy = {
  id: "store-ops",
  name: "营运部门店",
  nameEn: "Store operations",
  version: "1.0",
  revised: "2026-11-23",
  sources: ["营运部员工职业生涯规划之晋升体系"],
  levels: [
    { name: "普通员工" },
    { name: "培养对象" },
    { name: "储备领班", aliases: ["储备厨师长"], reserve: true, allowance: 30 },
    { name: "领班", aliases: ["厨师长"] },
    { name: "储备店长", reserve: true, allowance: 50 },
    { name: "四级店长" },
    { name: "三级店长" },
    { name: "二级店长" },
    { name: "一级店长" },
    { name: "特级店长" },
    { name: "储备区域经理", reserve: true, allowance: 100 },
    { name: "区域经理" },
    { name: "督导" },
  ],
  steps: [
    {
      from: "普通员工",
      to: "培养对象",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "tenure", op: ">=", value: 0.5 },
            { field: "perf", op: ">=", value: 80 },
          ],
        },
      ],
    },
    {
      from: "培养对象",
      to: "储备领班",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 0.25 },
            { field: "skill", op: ">=", value: 75 },
            { field: "training", op: "=", value: true },
          ],
        },
      ],
    },
    {
      from: "储备领班",
      to: "领班",
      vacancy: true,
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "skill", op: ">=", value: 80 },
            { field: "perf", op: ">=", value: 80 },
          ],
        },
      ],
    },
    {
      from: "领班",
      to: "储备店长",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 1 },
            { field: "perf", op: ">=", value: 85 },
            { field: "skill", op: ">=", value: 85 },
            { field: "training", op: "=", value: true },
          ],
        },
      ],
    },
    {
      from: "储备店长",
      to: "四级店长",
      vacancy: true,
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "skill", op: ">=", value: 85 },
            { field: "perf", op: ">=", value: 85 },
          ],
        },
      ],
    },
    {
      from: "四级店长",
      to: "三级店长",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 1 },
            { field: "perf", op: ">=", value: 85 },
          ],
        },
      ],
    },
    {
      from: "三级店长",
      to: "二级店长",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 1 },
            { field: "perf", op: ">=", value: 88 },
          ],
        },
      ],
    },
    {
      from: "二级店长",
      to: "一级店长",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 1 },
            { field: "perf", op: ">=", value: 90 },
          ],
        },
      ],
    },
    {
      from: "一级店长",
      to: "特级店长",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 2 },
            { field: "perf", op: ">=", value: 95 },
          ],
        },
      ],
    },
    {
      from: "特级店长",
      to: "储备区域经理",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 1 },
            { field: "perf", op: ">=", value: 90 },
            { field: "mgmt", op: ">=", value: 85 },
          ],
        },
      ],
    },
    {
      from: "储备区域经理",
      to: "区域经理",
      vacancy: true,
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "perf", op: ">=", value: 90 },
            { field: "mgmt", op: ">=", value: 85 },
          ],
        },
      ],
    },
    {
      from: "区域经理",
      to: "督导",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 2 },
            { field: "perf", op: ">=", value: 90 },
            { field: "mgmt", op: ">=", value: 90 },
          ],
        },
      ],
    },
  ],
};
