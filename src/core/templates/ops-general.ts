import type { Policy } from "../model/policy";

/**
 * 运营人员 (Operations staff): 运营专员 -> 初级运营 -> 中级运营 -> 高级运营.
 *
 * Seeds: 运营人员晋升方案; 运营岗位晋升方案; 运营人员晋升方案范文 (catalogue §4, ops-general).
 * Every step has a standard path and a 破格 (fast-track) path (能力突出可加快晋升). Experience
 * (`experience`, 2-3/4-5/6+ years) and education (本科/硕士/博士) follow the 范文 literally.
 */
export const OPS_GENERAL: Policy = {
  id: "ops-general",
  name: "运营人员",
  nameEn: "Operations staff",
  version: "1.0",
  revised: "2026-11-23",
  sources: ["运营人员晋升方案", "运营岗位晋升方案", "运营人员晋升方案范文"],
  levels: [{ name: "运营专员" }, { name: "初级运营" }, { name: "中级运营" }, { name: "高级运营" }],
  steps: [
    {
      from: "运营专员",
      to: "初级运营",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "experience", op: ">=", value: 2 },
            { field: "education", op: ">=", value: "本科" },
            { field: "perf", op: ">=", value: 75 },
          ],
        },
        {
          id: "fast_track",
          label: "破格",
          criteria: [
            { field: "experience", op: ">=", value: 1 },
            { field: "education", op: ">=", value: "本科" },
            { field: "perf", op: ">=", value: 95 },
          ],
        },
      ],
    },
    {
      from: "初级运营",
      to: "中级运营",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "experience", op: ">=", value: 4 },
            { field: "education", op: ">=", value: "硕士" },
            { field: "perf", op: ">=", value: 80 },
            { field: "teamwork", op: ">=", value: 75 },
          ],
        },
        {
          id: "fast_track",
          label: "破格",
          criteria: [
            { field: "experience", op: ">=", value: 2 },
            { field: "education", op: ">=", value: "硕士" },
            { field: "perf", op: ">=", value: 95 },
            { field: "teamwork", op: ">=", value: 75 },
          ],
        },
      ],
    },
    {
      from: "中级运营",
      to: "高级运营",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "experience", op: ">=", value: 6 },
            { field: "education", op: ">=", value: "博士" },
            { field: "perf", op: ">=", value: 85 },
            { field: "mgmt", op: ">=", value: 80 },
          ],
        },
        {
          id: "fast_track",
          label: "破格",
          criteria: [
            { field: "experience", op: ">=", value: 3 },
            { field: "education", op: ">=", value: "博士" },
            { field: "perf", op: ">=", value: 95 },
            { field: "mgmt", op: ">=", value: 80 },
          ],
        },
      ],
    },
  ],
};
