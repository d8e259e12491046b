import type { Policy } from "../model/policy";

/**
 * 运营双通道 (Operations dual ladder). Management track (管理通道): 运营专员 -> 运营主管 ->
 * 运营经理 -> 运营总监; expert track (专业通道): 运营专员 -> 运营专家 -> 资深运营专家.
 * 运营专员 branches to both 运营主管 and 运营专家 and, being shared by both tracks, has no `track`.
 *
 * Seed: 运营人员的职业发展路径有哪些 (catalogue §4, ops-dual).
 */
export const OPS_DUAL: Policy = {
  id: "ops-dual",
  name: "运营双通道",
  nameEn: "Operations dual ladder",
  version: "1.0",
  revised: "2026-11-23",
  sources: ["运营人员的职业发展路径有哪些"],
  levels: [
    { name: "运营专员" },
    { name: "运营主管", track: "管理通道" },
    { name: "运营经理", track: "管理通道" },
    { name: "运营总监", track: "管理通道" },
    { name: "运营专家", track: "专业通道" },
    { name: "资深运营专家", track: "专业通道" },
  ],
  steps: [
    {
      from: "运营专员",
      to: "运营主管",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 1 },
            { field: "perf", op: ">=", value: 85 },
            { field: "mgmt", op: ">=", value: 75 },
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
            { field: "perf", op: ">=", value: 85 },
            { field: "mgmt", op: ">=", value: 80 },
          ],
        },
      ],
    },
    {
      from: "运营经理",
      to: "运营总监",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 3 },
            { field: "perf", op: ">=", value: 90 },
            { field: "mgmt", op: ">=", value: 85 },
          ],
        },
      ],
    },
    {
      from: "运营专员",
      to: "运营专家",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 2 },
            { field: "perf", op: ">=", value: 85 },
            { field: "skill", op: ">=", value: 90 },
          ],
        },
      ],
    },
    {
      from: "运营专家",
      to: "资深运营专家",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "years_in_level", op: ">=", value: 3 },
            { field: "perf", op: ">=", value: 90 },
            { field: "skill", op: ">=", value: 95 },
          ],
        },
      ],
    },
  ],
};
