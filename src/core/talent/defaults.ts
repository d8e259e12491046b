/**
 * The talent settings a policy gets when it does not set them: readiness band limits, forecast
 * months, key positions (关键岗位) and development actions (发展措施). Each template "ships" them by
 * derivation from its own levels and criteria, so an exported template reads back to an equal
 * policy with the same fingerprint, and an edit is stored (and changes the fingerprint).
 */
import type { DevelopmentAction, Policy, TalentSetting } from "../model/policy";
import { canonicalJson } from "../policy/fingerprint";

/** Default readiness band limits, in months after the review date (1 年内, 1-2 年). */
export const DEFAULT_BANDS: readonly [number, number] = [12, 24];

/** Default number of months the pipeline forecast looks ahead. */
export const DEFAULT_FORECAST_MONTHS = 12;

/**
 * Words that make a level a key position by default: the store manager grades (店长), managers
 * (主管, 经理) and directors (总监). Reserve (储备) levels are never key by default.
 */
export const KEY_LEVEL_WORDS: readonly string[] = ["店长", "主管", "经理", "总监"];

/** One sentence of the seed's 3-month programme, repeated in the notes. */
const SESSIONS = "每周两次、每次 2 小时";

/**
 * The default development action of each field, drawn from the seed's 运营岗位技能进阶培训计划
 * (three months, twice a week 2 hours, a mid-term and a final assessment; 第一周 运营战略规划 …
 * 第七周 团队文化建设与激励) and the ladders' own criteria. A module takes 4 weeks: its week of
 * classes, then three weeks applying it on the job before the next assessment.
 * Fields that time settles (任现职, 司龄, 工作年限, 转正日期, 违纪日期) have none.
 */
export const DEFAULT_ACTIONS: readonly DevelopmentAction[] = [
  { field: "perf", action: "数据分析与挖掘（第二周）", owner: "培训部", weeks: 4, note: `数据收集与整理、分析方法与工具、可视化、解读与决策支持；${SESSIONS}，课后 3 周在岗实践` },
  { field: "skill", action: "技能考核（培训中期综合考核）", owner: "培训部", weeks: 6, note: "运营岗位技能进阶培训第 6 周的中期综合考核，营运部组织技能考核" },
  { field: "quality", action: "综合素质带教（沟通、协作、工作态度）", owner: "直属主管", weeks: 8, note: "直属主管每两周一次面谈反馈" },
  { field: "teamwork", action: "运营项目管理与团队协作（第五周）", owner: "培训部", weeks: 4, note: `项目管理方法与工具、团队协作与沟通；${SESSIONS}，课后 3 周在岗实践` },
  { field: "learning", action: "线上自学及作业、案例分析及讨论", owner: "本人", weeks: 4, note: "培训方式 2、3：每周提交一次作业" },
  { field: "potential", action: "运营战略规划（第一周）", owner: "培训部", weeks: 4, note: `运营策略与规划、业务流程优化、数据分析与决策；${SESSIONS}，课后 3 周在岗实践` },
  { field: "mgmt", action: "团队文化建设与激励（第七周）", owner: "培训部", weeks: 4, note: `企业文化与价值观、团队建设、员工激励与奖惩；${SESSIONS}，课后 3 周带教实践` },
  { field: "education", action: "学历提升（在职学历教育）", owner: "本人", weeks: 104 },
  { field: "training", action: "运营岗位技能进阶培训（三个月）", owner: "培训部", weeks: 12, note: `${SESSIONS}，中期综合考核和结业考核` },
  { field: "attendance", action: "补足培训出勤（不低于 80%）", owner: "本人", weeks: 12, note: `运营岗位技能进阶培训，${SESSIONS}` },
  { field: "mid_exam", action: "中期综合考核（补考）", owner: "培训部", weeks: 6 },
  { field: "final_exam", action: "结业考核（补考）", owner: "培训部", weeks: 12 },
  { field: "certificate", action: "技能证书考核（客服沟通技巧、问题解决能力）", owner: "本人", weeks: 8 },
  { field: "csat", action: "客户服务与满意度管理（第六周）", owner: "培训部", weeks: 4, note: `客户服务理念与方法、投诉与处理、满意度调查；${SESSIONS}，课后 3 周在岗实践` },
  { field: "tickets", action: "提升接待量（排班与带教）", owner: "直属主管", weeks: 8 },
  { field: "error_rate", action: "差错复盘与业务流程优化", owner: "直属主管", weeks: 4, note: "1% 的错误，承担 100% 的责任：每周复盘差错工单" },
  { field: "low_quality", action: "投诉与处理（第六周 客户服务与满意度管理）", owner: "培训部", weeks: 4 },
  { field: "sales", action: "销售推广与渠道拓展（第四周）", owner: "培训部", weeks: 4, note: `销售渠道策略、营销策略与实施、客户关系管理；${SESSIONS}，课后 3 周在岗实践` },
  { field: "score", action: "综合得分提升：按得分构成逐项改进", owner: "直属主管", weeks: 12, note: "与直属主管对照综合得分的构成项制定季度目标" },
  { field: "mandatory_training", action: "完成必修培训", owner: "培训部", weeks: 4 },
  { field: "cert_expiry", action: "上岗证复审", owner: "本人", weeks: 4 },
];

/** The talent settings with every default filled in. */
export interface ResolvedTalent {
  readonly bands: readonly [number, number];
  readonly forecastMonths: number;
  readonly keyLevels: readonly string[];
  readonly actions: readonly DevelopmentAction[];
}

/** The fields a policy's criteria judge (paths and blockers), each once, in first-use order. */
export function criterionFields(policy: Policy): string[] {
  const fields = new Set<string>();
  for (const step of policy.steps ?? []) for (const path of step.paths ?? []) for (const c of path.criteria ?? []) fields.add(c.field);
  for (const b of policy.blockers ?? []) fields.add(b.criterion.field);
  return [...fields];
}

/** The key positions a policy has by default: non-reserve levels named with 店长, 主管, 经理 or 总监. */
export function defaultKeyLevels(policy: Policy): string[] {
  const named = (text: string): boolean => KEY_LEVEL_WORDS.some((w) => text.includes(w));
  return (policy.levels ?? []).filter((l) => !l.reserve && (named(l.name) || (l.aliases ?? []).some(named))).map((l) => l.name);
}

/** The development actions a policy has by default: those of {@link DEFAULT_ACTIONS} for the fields its criteria judge. */
export function defaultActions(policy: Policy): DevelopmentAction[] {
  const used = new Set(criterionFields(policy));
  return DEFAULT_ACTIONS.filter((a) => used.has(a.field));
}

/**
 * The policy's talent settings, defaults filled in.
 * @example talentSettings(getTemplate("ecom-cs")!).keyLevels //=> ["客服主管", "客服经理"]
 */
export function talentSettings(policy: Policy): ResolvedTalent {
  const t = policy.talent ?? {};
  return {
    bands: t.bands ?? DEFAULT_BANDS,
    forecastMonths: t.forecastMonths ?? DEFAULT_FORECAST_MONTHS,
    keyLevels: t.keyLevels ?? defaultKeyLevels(policy),
    actions: t.actions ?? defaultActions(policy),
  };
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/**
 * The policy with each talent setting that equals its default left out (and `talent` itself
 * when nothing is left): what the sheet and JSON readers return, so that exporting a template
 * and reading it back gives the template and its fingerprint.
 * @example dropTalentDefaults({ ...p, talent: { bands: [12, 24] } }).talent //=> undefined
 */
export function dropTalentDefaults(policy: Policy): Policy {
  const t = policy.talent;
  if (!t) return policy;
  const kept: TalentSetting = {
    ...(t.bands && !same(t.bands, DEFAULT_BANDS) ? { bands: t.bands } : {}),
    ...(t.forecastMonths !== undefined && t.forecastMonths !== DEFAULT_FORECAST_MONTHS ? { forecastMonths: t.forecastMonths } : {}),
    ...(t.keyLevels && !same(t.keyLevels, defaultKeyLevels(policy)) ? { keyLevels: t.keyLevels } : {}),
    ...(t.actions && !same(t.actions, defaultActions(policy)) ? { actions: t.actions } : {}),
  };
  const rest: Policy = { ...policy };
  delete (rest as { talent?: TalentSetting }).talent;
  return Object.keys(kept).length > 0 ? { ...rest, talent: kept } : rest;
}
