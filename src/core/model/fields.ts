/** How a column's cells are read (catalogue §1-2). */
export type FieldType =
  | "text"
  | "level"
  | "date"
  | "years"
  | "score"
  | "education"
  | "boolean"
  | "percent"
  | "count";

/** A canonical roster field. */
export interface FieldDef {
  readonly key: string;
  readonly type: FieldType;
  /** Chinese header synonyms; the first is the label. */
  readonly zh: readonly [string, ...string[]];
  /** English header synonyms; the first is the label. */
  readonly en: readonly [string, ...string[]];
  /**
   * For a percent field: the largest plausible value, as a fraction (1 = 100%). A value read
   * above it (`150` in a 满意度 column is 150%, `9500%` a mistyped 95%) is a row error naming the
   * cell rather than a criterion met in silence (issue 19). Absent: no upper limit.
   */
  readonly max?: number;
}

/** The catalogue's canonical fields (§1), in catalogue order. */
export const FIELDS: readonly FieldDef[] = [
  { key: "id", type: "text", zh: ["工号", "员工编号", "编号"], en: ["ID", "Employee ID"] },
  { key: "name", type: "text", zh: ["姓名", "员工姓名"], en: ["Name"] },
  { key: "dept", type: "text", zh: ["部门", "门店", "店铺", "区域", "所属部门", "部门名称", "所属门店"], en: ["Department", "Dept", "Store"] },
  { key: "level", type: "level", zh: ["职级", "岗位", "职位", "当前职级", "当前岗位", "岗位级别", "职级名称", "现职级", "现任职级"], en: ["Level", "Position", "Title"] },
  { key: "hire_date", type: "date", zh: ["入职日期", "入职时间", "入司日期", "入司时间"], en: ["Hire date"] },
  { key: "level_date", type: "date", zh: ["任现职日期", "定级日期", "晋升日期", "本岗位开始日期", "任现岗日期", "现职级起始日期", "任职日期"], en: ["Level since", "In level since"] },
  { key: "experience", type: "years", zh: ["工作年限", "相关工作经验"], en: ["Experience", "Years of experience"] },
  { key: "perf", type: "score", zh: ["绩效", "绩效得分", "绩效考核", "绩效分", "绩效评分"], en: ["Performance"] },
  { key: "skill", type: "score", zh: ["技能考核", "技能得分", "业务考核", "技能分", "技能考核分", "技能评分"], en: ["Skill", "Skill test", "Business test"] },
  { key: "quality", type: "score", zh: ["综合素质", "素质评分"], en: ["Quality", "Competency"] },
  { key: "teamwork", type: "score", zh: ["团队协作", "协作能力", "协作", "团队合作"], en: ["Teamwork"] },
  { key: "learning", type: "score", zh: ["学习成长", "学习", "学习能力"], en: ["Learning"] },
  { key: "potential", type: "score", zh: ["发展潜力"], en: ["Potential"] },
  { key: "mgmt", type: "score", zh: ["管理能力"], en: ["Management"] },
  { key: "education", type: "education", zh: ["学历"], en: ["Education"] },
  { key: "training", type: "boolean", zh: ["培训结业", "培训完成", "培训"], en: ["Training passed"] },
  { key: "attendance", type: "percent", zh: ["培训出勤率", "出勤率"], en: ["Training attendance"], max: 1 },
  { key: "mid_exam", type: "score", zh: ["中期考核"], en: ["Mid-term exam"] },
  { key: "final_exam", type: "score", zh: ["结业考核"], en: ["Final exam"] },
  { key: "certificate", type: "boolean", zh: ["技能证书", "证书"], en: ["Certificate"] },
  { key: "csat", type: "percent", zh: ["客户满意度", "满意度", "好评率"], en: ["CSAT"], max: 1 },
  { key: "tickets", type: "count", zh: ["工单量", "累计工单", "接待量", "月均接待量", "月均工单量"], en: ["Tickets"] },
  { key: "error_rate", type: "percent", zh: ["差错率", "错误率"], en: ["Error rate"], max: 1 },
  { key: "low_quality", type: "count", zh: ["低质评价", "差评数"], en: ["Low-quality ratings"] },
  { key: "sales", type: "percent", zh: ["销售达成率", "业绩达成率"], en: ["Sales attainment"], max: 10 },
  // Fields of blockers (否决, issue #8); after the catalogue's so that their value slots come last.
  { key: "probation_end", type: "date", zh: ["转正日期", "试用期结束日期", "试用期满日期"], en: ["Probation end", "Probation end date"] },
  { key: "discipline_date", type: "date", zh: ["违纪日期", "处分日期", "最近违纪日期", "最近处分日期"], en: ["Disciplinary date", "Last disciplinary date"] },
  { key: "mandatory_training", type: "boolean", zh: ["必修培训", "必修课程", "必修培训完成"], en: ["Mandatory training"] },
  { key: "cert_expiry", type: "date", zh: ["证书有效期", "证书到期日", "证书到期日期"], en: ["Certificate expiry", "Certificate valid until"] },
];

/** Fields computed from others (catalogue §1, "Derived fields"). */
export const DERIVED_FIELDS: readonly FieldDef[] = [
  { key: "tenure", type: "years", zh: ["司龄"], en: ["Tenure"] },
  { key: "years_in_level", type: "years", zh: ["任现职"], en: ["Years in level"] },
  { key: "score", type: "score", zh: ["综合得分"], en: ["Score"] },
];

const BY_KEY: ReadonlyMap<string, FieldDef> = new Map<string, FieldDef>([...FIELDS, ...DERIVED_FIELDS].map((f) => [f.key, f]));

/** Looks up a canonical or derived field by key. */
export function fieldDef(key: string): FieldDef | undefined {
  return BY_KEY.get(key);
}

/** Fields whose criteria are time-based and get a projected ready date (catalogue §3). */
export const TIME_FIELDS: ReadonlySet<string> = new Set(["tenure", "years_in_level"]);
