import type { Policy } from "../model/policy";

/**
 * ERP (ERP consultants): ERP实施顾问 -> ERP项目经理 -> 解决方案架构师 -> ERP专家.
 *
 * Seed: erp晋升路线 (catalogue §4, erp). Years are `experience` (工作年限).
 */
export const ERP: Policy = {
  id: "erp",
  name: "ERP",
  nameEn: "ERP consultants",
  version: "1.0",
  revised: "2026-11-23",
  sources: ["erp晋升路线"],
  levels: [
    { name: "ERP实施顾问", aliases: ["技术支持工程师"] },
    { name: "ERP项目经理", aliases: ["业务分析师"] },
    { name: "解决方案架构师", aliases: ["技术总监"] },
    { name: "ERP专家", aliases: ["咨询顾问", "培训讲师"] },
  ],
  steps: [
    {
      from: "ERP实施顾问",
      to: "ERP项目经理",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "experience", op: ">=", value: 2 },
            { field: "skill", op: ">=", value: 80 },
          ],
        },
      ],
    },
    {
      from: "ERP项目经理",
      to: "解决方案架构师",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "experience", op: ">=", value: 5 },
            { field: "skill", op: ">=", value: 85 },
            { field: "perf", op: ">=", value: 85 },
          ],
        },
      ],
    },
    {
      from: "解决方案架构师",
      to: "ERP专家",
      paths: [
        {
          id: "standard",
          label: "标准",
          criteria: [
            { field: "experience", op: ">=", value: 8 },
            { field: "skill", op: ">=", value: 90 },
            { field: "perf", op: ">=", value: 90 },
          ],
        },
      ],
    },
  ],
};
