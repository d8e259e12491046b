/**
 * A policy with blockers (否决) and rolling windows for the tests: 电商客服 plus, on 初级客服 ->
 * 中级客服, 近6月平均:客户满意度 >= 90% (standard) and a 破格 path (任现职 >= 0.25, 综合得分 >= 85,
 * 近6月最低:客户满意度 >= 95%); blockers on every step: 转正日期 <= 评审日, 违纪日期 not_within 6,
 * 必修培训 = 是; from 中级客服 only: 证书有效期 >= 评审日 (label 上岗证过期).
 */
import { AS_OF, getTemplate, type Policy } from "../../src/core";

const ECOM = getTemplate("ecom-cs")!;
const AVG6 = { field: "csat", op: ">=", value: 0.9, window: { months: 6, agg: "avg" } } as const;
const MIN6 = { field: "csat", op: ">=", value: 0.95, window: { months: 6, agg: "min" } } as const;

export const POLICY: Policy = {
  ...ECOM,
  id: "ecom-test",
  version: "9",
  steps: ECOM.steps.map((s, i) =>
    i === 0
      ? {
          ...s,
          paths: [
            { ...s.paths[0]!, criteria: [...s.paths[0]!.criteria, AVG6] },
            {
              id: "fast_track",
              label: "破格",
              criteria: [
                { field: "years_in_level", op: ">=", value: 0.25 },
                { field: "score", op: ">=", value: 85 },
                MIN6,
              ],
            },
          ],
        }
      : s,
  ),
  blockers: [
    { criterion: { field: "probation_end", op: "<=", value: AS_OF } },
    { criterion: { field: "discipline_date", op: "not_within", value: 6 } },
    { criterion: { field: "mandatory_training", op: "=", value: true } },
    { criterion: { field: "cert_expiry", op: ">=", value: AS_OF }, from: "中级客服", label: "上岗证过期" },
  ],
};

