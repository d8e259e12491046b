import { fieldDef } from "../../src/core/model/fields";
import { must } from "../util/must";
import type { CriterionValue, Op, Policy } from "../../src/core/model/policy";
import { validatePolicy } from "../../src/core/policy/validate";
import { TEMPLATES, getTemplate, templateIds } from "../../src/core/templates";

/** `[field, op, value]`, as the catalogue's tables list them (§4). */
type C = [string, Op, CriterionValue];

interface ExpectedStep {
  from: string;
  to: string;
  vacancy?: true;
  standard: C[];
  /** The 破格 path (ops-general only). */
  fastTrack?: C[];
}

interface ExpectedTemplate {
  name: string;
  sources: string[];
  /** `[name, aliases]` in ladder order. */
  levels: [string, string[]][];
  /** Composite score weights carried by every step, if any. */
  score?: Record<string, number>;
  steps: ExpectedStep[];
}

const Y = "years_in_level";

/** The catalogue §4, table by table. This is the regression net for every default threshold. */
const EXPECTED: Record<string, ExpectedTemplate> = {
  "taobao-ops": {
    name: "淘宝运营",
    sources: ["平湖淘宝运营培训运营人才晋升轨迹", "淘宝运营专才全攻略", "电商运营晋升攻略"],
    levels: [
      ["运营助理", ["初级推广"]],
      ["推广专员", []],
      ["运营主管", ["店长"]],
      ["运营总监", ["项目经理"]],
    ],
    steps: [
      { from: "运营助理", to: "推广专员", standard: [[Y, ">=", 0.5], ["skill", ">=", 70], ["perf", ">=", 75]] },
      { from: "推广专员", to: "运营主管", standard: [[Y, ">=", 1], ["perf", ">=", 85], ["skill", ">=", 80], ["sales", ">=", 1]] },
      { from: "运营主管", to: "运营总监", standard: [[Y, ">=", 2], ["perf", ">=", 90], ["mgmt", ">=", 80], ["sales", ">=", 1]] },
    ],
  },
  "taobao-cs": {
    name: "淘宝客服",
    sources: ["淘宝客服晋升方案", "1%的错误,承担100%的责任"],
    levels: [
      ["初级客服", []],
      ["中级客服", []],
      ["高级客服", []],
      ["资深客服", []],
    ],
    score: { perf: 0.5, teamwork: 0.25, learning: 0.25 },
    steps: [
      {
        from: "初级客服",
        to: "中级客服",
        standard: [[Y, ">=", 0.5], ["tickets", ">=", 2000], ["csat", ">=", 0.9], ["score", ">=", 75]],
      },
      {
        from: "中级客服",
        to: "高级客服",
        standard: [
          [Y, ">=", 1],
          ["tickets", ">=", 5000],
          ["csat", ">=", 0.95],
          ["error_rate", "<=", 0.01],
          ["skill", ">=", 80],
          ["score", ">=", 80],
        ],
      },
      {
        from: "高级客服",
        to: "资深客服",
        standard: [
          [Y, ">=", 1],
          ["certificate", "=", true],
          ["error_rate", "<=", 0.01],
          ["low_quality", "<=", 2],
          ["score", ">=", 85],
        ],
      },
    ],
  },
  "ecom-cs": {
    name: "电商客服",
    sources: ["电商企业客服人员晋升通道及管理办法"],
    levels: [
      ["初级客服", []],
      ["中级客服", []],
      ["高级客服", []],
      ["客服主管", []],
      ["客服经理", []],
    ],
    score: { skill: 0.3, perf: 0.5, quality: 0.2 },
    steps: [
      { from: "初级客服", to: "中级客服", standard: [[Y, ">=", 0.5], ["score", ">=", 75]] },
      { from: "中级客服", to: "高级客服", standard: [[Y, ">=", 1], ["score", ">=", 80], ["csat", ">=", 0.95]] },
      { from: "高级客服", to: "客服主管", standard: [[Y, ">=", 1], ["score", ">=", 85], ["mgmt", ">=", 75]] },
      { from: "客服主管", to: "客服经理", standard: [[Y, ">=", 2], ["score", ">=", 90], ["mgmt", ">=", 85]] },
    ],
  },
  "store-ops": {
    name: "营运部门店",
    sources: ["营运部员工职业生涯规划之晋升体系"],
    levels: [
      ["普通员工", []],
      ["培养对象", []],
      ["储备领班", ["储备厨师长"]],
      ["领班", ["厨师长"]],
      ["储备店长", []],
      ["四级店长", []],
      ["三级店长", []],
      ["二级店长", []],
      ["一级店长", []],
      ["特级店长", []],
      ["储备区域经理", []],
      ["区域经理", []],
      ["督导", []],
    ],
    steps: [
      { from: "普通员工", to: "培养对象", standard: [["tenure", ">=", 0.5], ["perf", ">=", 80]] },
      { from: "培养对象", to: "储备领班", standard: [[Y, ">=", 0.25], ["skill", ">=", 75], ["training", "=", true]] },
      { from: "储备领班", to: "领班", vacancy: true, standard: [["skill", ">=", 80], ["perf", ">=", 80]] },
      {
        from: "领班",
        to: "储备店长",
        standard: [[Y, ">=", 1], ["perf", ">=", 85], ["skill", ">=", 85], ["training", "=", true]],
      },
      { from: "储备店长", to: "四级店长", vacancy: true, standard: [["skill", ">=", 85], ["perf", ">=", 85]] },
      { from: "四级店长", to: "三级店长", standard: [[Y, ">=", 1], ["perf", ">=", 85]] },
      { from: "三级店长", to: "二级店长", standard: [[Y, ">=", 1], ["perf", ">=", 88]] },
      { from: "二级店长", to: "一级店长", standard: [[Y, ">=", 1], ["perf", ">=", 90]] },
      { from: "一级店长", to: "特级店长", standard: [[Y, ">=", 2], ["perf", ">=", 95]] },
      { from: "特级店长", to: "储备区域经理", standard: [[Y, ">=", 1], ["perf", ">=", 90], ["mgmt", ">=", 85]] },
      { from: "储备区域经理", to: "区域经理", vacancy: true, standard: [["perf", ">=", 90], ["mgmt", ">=", 85]] },
      { from: "区域经理", to: "督导", standard: [[Y, ">=", 2], ["perf", ">=", 90], ["mgmt", ">=", 90]] },
    ],
  },
  "mall-ops": {
    name: "商场运营",
    sources: ["商场运营晋升方案"],
    levels: [
      ["初级运营员", []],
      ["中级运营员", []],
      ["高级运营员", []],
      ["运营主管", []],
      ["运营经理", []],
    ],
    steps: [
      { from: "初级运营员", to: "中级运营员", standard: [[Y, ">=", 1], ["sales", ">=", 1], ["perf", ">=", 80]] },
      { from: "中级运营员", to: "高级运营员", standard: [[Y, ">=", 1], ["sales", ">=", 1.05], ["perf", ">=", 85]] },
      {
        from: "高级运营员",
        to: "运营主管",
        standard: [[Y, ">=", 2], ["sales", ">=", 1.1], ["mgmt", ">=", 80], ["teamwork", ">=", 80]],
      },
      {
        from: "运营主管",
        to: "运营经理",
        standard: [[Y, ">=", 2], ["sales", ">=", 1.1], ["mgmt", ">=", 85], ["perf", ">=", 90]],
      },
    ],
  },
  "ops-general": {
    name: "运营人员",
    sources: ["运营人员晋升方案", "运营岗位晋升方案", "运营人员晋升方案范文"],
    levels: [
      ["运营专员", []],
      ["初级运营", []],
      ["中级运营", []],
      ["高级运营", []],
    ],
    steps: [
      {
        from: "运营专员",
        to: "初级运营",
        standard: [["experience", ">=", 2], ["education", ">=", "本科"], ["perf", ">=", 75]],
        fastTrack: [["experience", ">=", 1], ["education", ">=", "本科"], ["perf", ">=", 95]],
      },
      {
        from: "初级运营",
        to: "中级运营",
        standard: [["experience", ">=", 4], ["education", ">=", "硕士"], ["perf", ">=", 80], ["teamwork", ">=", 75]],
        fastTrack: [["experience", ">=", 2], ["education", ">=", "硕士"], ["perf", ">=", 95], ["teamwork", ">=", 75]],
      },
      {
        from: "中级运营",
        to: "高级运营",
        standard: [["experience", ">=", 6], ["education", ">=", "博士"], ["perf", ">=", 85], ["mgmt", ">=", 80]],
        fastTrack: [["experience", ">=", 3], ["education", ">=", "博士"], ["perf", ">=", 95], ["mgmt", ">=", 80]],
      },
    ],
  },
  "ops-dual": {
    name: "运营双通道",
    sources: ["运营人员的职业发展路径有哪些"],
    levels: [
      ["运营专员", []],
      ["运营主管", []],
      ["运营经理", []],
      ["运营总监", []],
      ["运营专家", []],
      ["资深运营专家", []],
    ],
    steps: [
      { from: "运营专员", to: "运营主管", standard: [[Y, ">=", 1], ["perf", ">=", 85], ["mgmt", ">=", 75]] },
      { from: "运营主管", to: "运营经理", standard: [[Y, ">=", 2], ["perf", ">=", 85], ["mgmt", ">=", 80]] },
      { from: "运营经理", to: "运营总监", standard: [[Y, ">=", 3], ["perf", ">=", 90], ["mgmt", ">=", 85]] },
      { from: "运营专员", to: "运营专家", standard: [[Y, ">=", 2], ["perf", ">=", 85], ["skill", ">=", 90]] },
      { from: "运营专家", to: "资深运营专家", standard: [[Y, ">=", 3], ["perf", ">=", 90], ["skill", ">=", 95]] },
    ],
  },
  erp: {
    name: "ERP",
    sources: ["erp晋升路线"],
    levels: [
      ["ERP实施顾问", ["技术支持工程师"]],
      ["ERP项目经理", ["业务分析师"]],
      ["解决方案架构师", ["技术总监"]],
      ["ERP专家", ["咨询顾问", "培训讲师"]],
    ],
    steps: [
      { from: "ERP实施顾问", to: "ERP项目经理", standard: [["experience", ">=", 2], ["skill", ">=", 80]] },
      {
        from: "ERP项目经理",
        to: "解决方案架构师",
        standard: [["experience", ">=", 5], ["skill", ">=", 85], ["perf", ">=", 85]],
      },
      { from: "解决方案架构师", to: "ERP专家", standard: [["experience", ">=", 8], ["skill", ">=", 90], ["perf", ">=", 90]] },
    ],
  },
  "user-ops": {
    name: "用户运营",
    sources: ["用户运营晋升机制方案"],
    levels: [
      ["用户运营专员", []],
      ["高级用户运营", []],
      ["用户运营主管", []],
      ["用户运营经理", []],
    ],
    score: { perf: 0.5, skill: 0.3, potential: 0.2 },
    steps: [
      { from: "用户运营专员", to: "高级用户运营", standard: [[Y, ">=", 1], ["perf", ">=", 80], ["score", ">=", 80]] },
      {
        from: "高级用户运营",
        to: "用户运营主管",
        standard: [[Y, ">=", 1.5], ["perf", ">=", 85], ["potential", ">=", 80], ["score", ">=", 85]],
      },
      {
        from: "用户运营主管",
        to: "用户运营经理",
        standard: [[Y, ">=", 2], ["perf", ">=", 90], ["potential", ">=", 85], ["mgmt", ">=", 80], ["score", ">=", 88]],
      },
    ],
  },
};

const CATALOGUE_ORDER = [
  "taobao-ops",
  "taobao-cs",
  "ecom-cs",
  "store-ops",
  "mall-ops",
  "ops-general",
  "ops-dual",
  "erp",
  "user-ops",
];

const asTuples = (criteria: readonly { field: string; op: Op; value: CriterionValue }[]): C[] =>
  criteria.map((c) => [c.field, c.op, c.value]);

const fold = (s: string): string => s.normalize("NFKC").trim().toLowerCase();

/** Resolves a level name or alias the way a roster reader would (folded exact match). */
function resolveLevel(p: Policy, text: string): string | undefined {
  const key = fold(text);
  return p.levels.find((l) => fold(l.name) === key || (l.aliases ?? []).some((a) => fold(a) === key))?.name;
}

function tpl(id: string): Policy {
  const p = getTemplate(id);
  if (p === undefined) throw new Error(`no template ${id}`);
  return p;
}

describe("template registry", () => {
  test("ids in catalogue order", () => {
    expect(templateIds()).toEqual(CATALOGUE_ORDER);
    expect(TEMPLATES.map((t) => t.id)).toEqual(CATALOGUE_ORDER);
    expect(Object.keys(EXPECTED).sort()).toEqual([...CATALOGUE_ORDER].sort());
  });

  test("getTemplate finds each template and nothing else", () => {
    for (const t of TEMPLATES) expect(getTemplate(t.id)).toBe(t);
    expect(getTemplate(" Taobao-CS ")).toBe(getTemplate("taobao-cs"));
    expect(getTemplate("nope")).toBeUndefined();
    expect(getTemplate("")).toBeUndefined();
  });

  test("templates are frozen", () => {
    const p = tpl("taobao-cs");
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(must(p.steps[0]?.paths[0]?.criteria[0], "first criterion"))).toBe(true);
    expect(Object.isFrozen(TEMPLATES)).toBe(true);
  });
});

describe.each(CATALOGUE_ORDER)("template %s", (id) => {
  const p = tpl(id);
  const exp = must(EXPECTED[id], `expected values of ${id}`);

  test("validates clean", () => {
    expect(validatePolicy(p)).toEqual([]);
  });

  test("metadata", () => {
    expect(p.id).toBe(id);
    expect(p.name).toBe(exp.name);
    expect(p.nameEn.trim()).not.toBe("");
    expect(p.version).toBe("1.0");
    expect(p.revised).toBe("2026-11-23");
    expect(p.sources).toEqual(exp.sources);
  });

  test("levels and aliases in ladder order", () => {
    expect(p.levels.map((l) => [l.name, [...(l.aliases ?? [])]])).toEqual(exp.levels);
  });

  test("steps in ladder order", () => {
    expect(p.steps.map((s) => [s.from, s.to])).toEqual(exp.steps.map((s) => [s.from, s.to]));
  });

  test.each(exp.steps.map((s, i) => [`${s.from} -> ${s.to}`, i] as const))("step %s: every threshold", (_label, i) => {
    const step = must(p.steps[i], `step ${i}`);
    const e = must(exp.steps[i], `expected step ${i}`);
    expect(step.vacancy === true).toBe(e.vacancy === true);
    expect(step.score?.weights).toEqual(exp.score);
    const expectedPaths = [{ id: "standard", label: "标准", criteria: e.standard }];
    if (e.fastTrack) expectedPaths.push({ id: "fast_track", label: "破格", criteria: e.fastTrack });
    expect(step.paths.map((path) => ({ id: path.id, label: path.label, criteria: asTuples(path.criteria) }))).toEqual(
      expectedPaths,
    );
  });

  test("aliases and names resolve to their level", () => {
    for (const [name, aliases] of exp.levels) {
      expect(resolveLevel(p, name)).toBe(name);
      for (const a of aliases) expect(resolveLevel(p, a)).toBe(name);
    }
  });

  test("conventions: percent thresholds are fractions, composite minimum only with weights", () => {
    for (const step of p.steps) {
      const hasScoreCriterion = step.paths.some((path) => path.criteria.some((c) => c.field === "score"));
      expect(hasScoreCriterion).toBe(step.score !== undefined);
      for (const path of step.paths) {
        for (const c of path.criteria) {
          if (fieldDef(c.field)?.type === "percent") {
            expect(typeof c.value).toBe("number");
            expect(c.value as number).toBeLessThanOrEqual(2);
          }
        }
      }
    }
  });
});

describe("specific alias resolution", () => {
  test.each([
    ["taobao-ops", "初级推广", "运营助理"],
    ["taobao-ops", "店长", "运营主管"],
    ["taobao-ops", "项目经理", "运营总监"],
    ["store-ops", "储备厨师长", "储备领班"],
    ["store-ops", "厨师长", "领班"],
    ["erp", "技术支持工程师", "ERP实施顾问"],
    ["erp", "业务分析师", "ERP项目经理"],
    ["erp", "技术总监", "解决方案架构师"],
    ["erp", "咨询顾问", "ERP专家"],
    ["erp", "培训讲师", "ERP专家"],
    ["erp", " ｅｒｐ专家 ", "ERP专家"],
  ])("%s: %s -> %s", (id, alias, level) => {
    expect(resolveLevel(tpl(id), alias)).toBe(level);
  });
});

describe("store-ops reserves and vacancies", () => {
  const p = tpl("store-ops");

  test("reserve levels and monthly allowances", () => {
    const reserves = p.levels.filter((l) => l.reserve === true).map((l) => [l.name, l.allowance]);
    expect(reserves).toEqual([
      ["储备领班", 30],
      ["储备店长", 50],
      ["储备区域经理", 100],
    ]);
    for (const l of p.levels) if (l.reserve !== true) expect(l.allowance).toBeUndefined();
  });

  test("vacancy steps lead out of each reserve into its full position", () => {
    const vacancy = p.steps.filter((s) => s.vacancy === true).map((s) => [s.from, s.to]);
    expect(vacancy).toEqual([
      ["储备领班", "领班"],
      ["储备店长", "四级店长"],
      ["储备区域经理", "区域经理"],
    ]);
    const reserveNames = new Set(p.levels.filter((l) => l.reserve).map((l) => l.name));
    for (const s of p.steps) {
      expect(s.vacancy === true).toBe(reserveNames.has(s.from));
      expect(s.vacancy === true && reserveNames.has(s.to)).toBe(false);
    }
  });

  test("培养对象 uses tenure, every other timed step years_in_level", () => {
    const timeFields = p.steps.flatMap((s) =>
      must(s.paths[0], "standard path").criteria.filter((c) => c.field === "tenure" || c.field === "years_in_level").map((c) => [s.to, c.field]),
    );
    expect(timeFields[0]).toEqual(["培养对象", "tenure"]);
    expect(timeFields.slice(1).every(([, f]) => f === "years_in_level")).toBe(true);
  });
});

describe("ops-dual branching", () => {
  const p = tpl("ops-dual");

  test("运营专员 branches to 运营主管 and 运营专家", () => {
    expect(p.steps.filter((s) => s.from === "运营专员").map((s) => s.to)).toEqual(["运营主管", "运营专家"]);
  });

  test("tracks", () => {
    expect(Object.fromEntries(p.levels.map((l) => [l.name, l.track]))).toEqual({
      运营专员: undefined,
      运营主管: "管理通道",
      运营经理: "管理通道",
      运营总监: "管理通道",
      运营专家: "专业通道",
      资深运营专家: "专业通道",
    });
  });

  test("each track is a chain ending at its own top", () => {
    const froms = new Set(p.steps.map((s) => s.from));
    const tops = p.levels.filter((l) => !froms.has(l.name)).map((l) => l.name);
    expect(tops).toEqual(["运营总监", "资深运营专家"]);
    for (const s of p.steps) {
      const from = p.levels.find((l) => l.name === s.from);
      const to = p.levels.find((l) => l.name === s.to);
      if (from?.track !== undefined) expect(to?.track).toBe(from.track);
    }
  });
});

describe("ops-general paths", () => {
  test("every step has a standard and a 破格 path, the fast track shorter in experience", () => {
    const p = tpl("ops-general");
    for (const s of p.steps) {
      expect(s.paths.map((x) => [x.id, x.label])).toEqual([
        ["standard", "标准"],
        ["fast_track", "破格"],
      ]);
      const exp = (i: number) => s.paths[i]?.criteria.find((c) => c.field === "experience")?.value as number;
      expect(exp(1)).toBeLessThan(exp(0));
    }
  });

  test("only ops-general has a second path", () => {
    for (const t of TEMPLATES) {
      if (t.id === "ops-general") continue;
      for (const s of t.steps) expect(s.paths).toHaveLength(1);
    }
  });
});

describe("composite scores", () => {
  test.each(CATALOGUE_ORDER.filter((id) => EXPECTED[id]?.score !== undefined))("%s weights sum to 1", (id) => {
    for (const s of tpl(id).steps) {
      const sum = Object.values(s.score?.weights ?? {}).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(1, 9);
    }
  });
});
