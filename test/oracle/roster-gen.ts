/**
 * fast-check arbitraries that produce random rosters for a policy template: each roster is
 * rendered to `Cell[][]` (what a front end hands to the core) and also kept as a typed roster
 * for the reference evaluator (./reference.ts), which never parses a cell.
 *
 * Values cluster at the catalogue's boundaries: dates exactly t years before the as-of date
 * (and one day either side), month ends, Feb 29; scores at thresholds ±1 / ±0.5; percents at
 * thresholds ±0.1% / ±0.5%; counts at thresholds ±1. Cells come in every readable form the
 * catalogue lists (§2, §6) and, in "messy" rosters, sometimes unreadable.
 */
import fc from "fast-check";
import type { Cell } from "../../src/core/model/cell";
import type { Policy } from "../../src/core/model/policy";
import { must } from "../util/must";
import {
  addDays,
  BAD,
  daysInMonth,
  edate,
  EMPTY,
  FIELD_TYPE,
  isoToYmd,
  type RefRoster,
  type RefRow,
  type TypedValue,
  type Ymd,
} from "./reference";

// ---------------------------------------------------------------------------------------------
// Catalogue §1 headers (copied from the catalogue text, not from the implementation)
// ---------------------------------------------------------------------------------------------

export const HEADERS: Readonly<Record<string, { zh: readonly string[]; en: readonly string[] }>> = {
  id: { zh: ["工号", "员工编号", "编号"], en: ["ID", "Employee ID"] },
  name: { zh: ["姓名", "员工姓名"], en: ["Name"] },
  dept: { zh: ["部门", "门店", "店铺", "区域"], en: ["Department", "Dept", "Store"] },
  level: { zh: ["职级", "岗位", "职位", "当前职级", "当前岗位"], en: ["Level", "Position", "Title"] },
  hire_date: { zh: ["入职日期", "入职时间"], en: ["Hire date"] },
  level_date: { zh: ["任现职日期", "定级日期", "晋升日期"], en: ["Level since", "In level since"] },
  experience: { zh: ["工作年限", "相关工作经验"], en: ["Experience", "Years of experience"] },
  perf: { zh: ["绩效", "绩效得分", "绩效考核"], en: ["Performance"] },
  skill: { zh: ["技能考核", "技能得分", "业务考核"], en: ["Skill", "Skill test", "Business test"] },
  quality: { zh: ["综合素质", "素质评分"], en: ["Quality", "Competency"] },
  teamwork: { zh: ["团队协作", "协作能力"], en: ["Teamwork"] },
  learning: { zh: ["学习成长"], en: ["Learning"] },
  potential: { zh: ["发展潜力"], en: ["Potential"] },
  mgmt: { zh: ["管理能力"], en: ["Management"] },
  education: { zh: ["学历"], en: ["Education"] },
  training: { zh: ["培训结业", "培训完成", "培训"], en: ["Training passed"] },
  attendance: { zh: ["培训出勤率", "出勤率"], en: ["Training attendance"] },
  mid_exam: { zh: ["中期考核"], en: ["Mid-term exam"] },
  final_exam: { zh: ["结业考核"], en: ["Final exam"] },
  certificate: { zh: ["技能证书", "证书"], en: ["Certificate"] },
  csat: { zh: ["客户满意度", "满意度", "好评率"], en: ["CSAT"] },
  tickets: { zh: ["工单量", "累计工单", "接待量"], en: ["Tickets"] },
  error_rate: { zh: ["差错率", "错误率"], en: ["Error rate"] },
  low_quality: { zh: ["低质评价", "差评数"], en: ["Low-quality ratings"] },
  sales: { zh: ["销售达成率", "业绩达成率"], en: ["Sales attainment"] },
};

const DERIVED = new Set(["tenure", "years_in_level", "score"]);

/** Canonical columns a template's criteria and composite scores read. */
export function templateFields(policy: Policy): string[] {
  const out = new Set<string>();
  for (const s of policy.steps) {
    for (const p of s.paths) for (const c of p.criteria) if (!DERIVED.has(c.field)) out.add(c.field);
    if (s.score) for (const f of Object.keys(s.score.weights)) out.add(f);
  }
  return [...out];
}

export const AS_OFS = [
  "2026-11-23",
  "2026-02-28",
  "2028-02-29",
  "2026-03-31",
  "2026-12-31",
  "2025-01-31",
  "2027-06-30",
  "2024-02-29",
  "2026-05-01",
  "2025-09-30",
  "2026-08-31",
] as const;

// ---------------------------------------------------------------------------------------------
// Cell rendering
// ---------------------------------------------------------------------------------------------

const FULLWIDTH: Record<string, string> = { ".": "．", "%": "％", ",": "，", "-": "－" };
/** ASCII digits and some punctuation to their full-width forms (NFKC folds them back). */
export function fullWidth(s: string): string {
  return [...s]
    .map((ch) => (ch >= "0" && ch <= "9" ? String.fromCharCode(0xff10 + ch.charCodeAt(0) - 48) : (FULLWIDTH[ch] ?? ch)))
    .join("");
}

function fullWidthAscii(s: string): string {
  return [...s].map((ch) => (ch > " " && ch <= "~" ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join("");
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function pick<T>(variants: readonly T[], style: number): T {
  return must(variants[style % variants.length], "variant");
}

export function excelSerial(x: Ymd): number {
  return (Date.UTC(x.y, x.m - 1, x.d) - Date.UTC(1899, 11, 30)) / 86400000;
}

function renderDate(x: Ymd, style: number): Cell {
  const p2 = (n: number) => String(n).padStart(2, "0");
  const variants: Cell[] = [
    excelSerial(x),
    excelSerial(x) + 0.375, // 09:00, time of day dropped
    new Date(Date.UTC(x.y, x.m - 1, x.d)),
    new Date(Date.UTC(x.y, x.m - 1, x.d, 15, 30)), // time of day dropped (UTC getters)
    `${x.y}-${p2(x.m)}-${p2(x.d)}`,
    `${x.y}/${x.m}/${x.d}`,
    `${x.y}.${x.m}.${x.d}`,
    `${x.y}年${x.m}月${x.d}日`,
    `${x.y}${p2(x.m)}${p2(x.d)}`,
  ];
  return pick(variants, style);
}

function renderScore(tenths: number, style: number): Cell {
  const v = tenths / 10;
  return pick<Cell>([v, v, `${v}`, ` ${v} `, `${v}分`, fullWidth(`${v}`), fullWidth(`${v}分`)], style);
}

function renderCount(tenths: number, style: number): Cell {
  const n = tenths / 10;
  return pick<Cell>([n, n, `${n}`, thousands(n), `${n}单`, `${thousands(n)}件`, fullWidth(thousands(n)), ` ${n} `], style);
}

function renderYears(tenths: number, style: number): Cell {
  const v = tenths / 10;
  return pick<Cell>([v, v, `${v}`, `${v}年`, fullWidth(`${v}年`)], style);
}

function renderPercent(pm: number, style: number): Cell {
  const variants: Cell[] = [`${pm / 10}%`, { kind: "percent", value: pm / 1000 }, fullWidth(`${pm / 10}%`)];
  if (pm <= 1000) variants.push(pm / 1000, `${pm / 1000}`); // <= 1: a fraction
  if (pm > 10) variants.push(pm / 10, `${pm / 10}`); // > 1: percent points (also as text without %)
  return pick(variants, style);
}

const TRUE_FORMS: readonly Cell[] = ["是", "有", "通过", "已完成", "已结业", "Y", "Yes", "TRUE", "1", 1, "✓", true];
const FALSE_FORMS: readonly Cell[] = ["否", "无", "未通过", "未完成", "N", "No", "FALSE", "0", 0, "✗", false];
const EDU_FORMS: readonly (readonly string[])[] = [
  ["初中", "junior high"],
  ["高中", "中专", "职高", "high school"],
  ["大专", "associate"],
  ["本科", "bachelor"],
  ["硕士", "master"],
  ["博士", "doctorate", "PhD"],
];
const EMPTY_FORMS: readonly Cell[] = [null, "", "  ", null];

const BAD_CELLS: Readonly<Record<string, readonly Cell[]>> = {
  date: ["2023-13-45", "2023-02-29", 60, "明天", "2023/2/30", { kind: "error", code: "#VALUE!" }],
  score: ["优秀", "良好", "八十", { kind: "error", code: "#N/A" }],
  count: ["很多", "20,00", { kind: "error", code: "#REF!" }],
  years: ["很久", { kind: "error", code: "#N/A" }],
  percent: ["很高", { kind: "error", code: "#DIV/0!" }],
  boolean: ["待定", { kind: "error", code: "#N/A" }],
  education: ["未知", "xyz", { kind: "error", code: "#N/A" }],
  text: [{ kind: "error", code: "#N/A" }],
};

/** A generated cell: its true value, a rendering style and, for unreadable cells, the cell itself. */
export interface GenCell {
  readonly typed: TypedValue;
  readonly style: number;
  readonly badCell?: Cell;
}

export function renderCell(field: string, g: GenCell): Cell {
  const v = g.typed;
  switch (v.t) {
    case "empty":
      return pick(EMPTY_FORMS, g.style);
    case "bad":
      return g.badCell ?? "???";
    case "date":
      return renderDate(v.date, g.style);
    case "num": {
      const type = FIELD_TYPE[field];
      if (type === "count") return renderCount(v.tenths, g.style);
      if (type === "years") return renderYears(v.tenths, g.style);
      return renderScore(v.tenths, g.style);
    }
    case "pct":
      return renderPercent(v.permille, g.style);
    case "bool":
      return pick(v.value ? TRUE_FORMS : FALSE_FORMS, g.style);
    case "edu":
      return pick(must(EDU_FORMS[v.ord], `education form ${v.ord}`), g.style);
  }
}

// ---------------------------------------------------------------------------------------------
// Value arbitraries
// ---------------------------------------------------------------------------------------------

const MONTHS_BACK = [0, 1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 17, 18, 19, 23, 24, 25, 35, 36, 37, 47, 48, 49, 59, 60, 61, 71, 72, 73, 95, 96, 97];
const FIXED_DATES: readonly Ymd[] = [
  "2016-02-29", "2020-02-29", "2024-02-29", "2025-02-28", "2023-02-28", "2024-08-31", "2025-03-31", "2025-05-31",
  "2025-08-31", "2024-01-31", "2025-12-31", "2024-12-31", "2025-11-30", "2026-05-31", "2026-08-23", "2025-11-23",
].map(isoToYmd);

export function dateArb(asOfIso: string): fc.Arbitrary<Ymd> {
  const asOf = isoToYmd(asOfIso);
  const base = { y: 2005, m: 1, d: 1 };
  const span = Math.round((Date.UTC(asOf.y, asOf.m - 1, asOf.d) - Date.UTC(2005, 0, 1)) / 86400000);
  return fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .tuple(fc.constantFrom(...MONTHS_BACK), fc.constantFrom(-1, 0, 0, 1))
        .map(([k, off]) => addDays(edate(asOf, -k), off)),
    },
    {
      weight: 4,
      arbitrary: fc.tuple(fc.constantFrom(...MONTHS_BACK), fc.constantFrom(0, 0, -1)).map(([k, off]) => {
        const e = edate(asOf, -k);
        return addDays({ y: e.y, m: e.m, d: daysInMonth(e.y, e.m) }, off);
      }),
    },
    { weight: 3, arbitrary: fc.constantFrom(...FIXED_DATES) },
    { weight: 4, arbitrary: fc.integer({ min: 0, max: span }).map((n) => addDays(base, n)) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }).map((n) => addDays(asOf, n)) }, // in the future
  );
}

const SCORE_THRESHOLDS = [60, 70, 75, 80, 85, 88, 90, 95];
const scoreTenthsArb: fc.Arbitrary<number> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(...SCORE_THRESHOLDS), fc.constantFrom(0, 0, 10, -10, 5, -5))
      .map(([t, d]) => Math.min(1000, Math.max(0, t * 10 + d))),
  },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100 }).map((n) => n * 10) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1000, 995, 5) },
);

const PM_THRESHOLDS = [10, 800, 900, 950, 1000, 1050, 1100];
const permilleArb: fc.Arbitrary<number> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(...PM_THRESHOLDS), fc.constantFrom(0, 0, 1, -1, 5, -5, 10, -10))
      .map(([t, d]) => Math.max(0, t + d)),
  },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 1200 }) },
);

function countArb(field: string): fc.Arbitrary<number> {
  if (field === "low_quality") return fc.integer({ min: 0, max: 5 }).map((n) => n * 10);
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom(2000, 5000), fc.constantFrom(0, 1, -1)).map(([t, d]) => t + d) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 12000 }) },
    )
    .map((n) => n * 10);
}

const expTenthsArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 8 }), fc.constantFrom(0, 0, 5, -5)).map(([t, d]) => t * 10 + d) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 15 }).map((n) => n * 10) },
);

function valueArb(field: string, asOf: string): fc.Arbitrary<TypedValue> {
  switch (FIELD_TYPE[field]) {
    case "date":
      return dateArb(asOf).map((date) => ({ t: "date", date }));
    case "score":
      return scoreTenthsArb.map((tenths) => ({ t: "num", tenths }));
    case "count":
      return countArb(field).map((tenths) => ({ t: "num", tenths }));
    case "years":
      return expTenthsArb.map((tenths) => ({ t: "num", tenths }));
    case "percent":
      return permilleArb.map((permille) => ({ t: "pct", permille }));
    case "boolean":
      return fc.boolean().map((value) => ({ t: "bool", value }));
    case "education":
      return fc.integer({ min: 0, max: 5 }).map((ord) => ({ t: "edu", ord }));
    default:
      throw new Error(`no value arbitrary for ${field}`);
  }
}

export interface CellOptions {
  readonly asOf: string;
  readonly messy: boolean;
  /** Probability weight of an empty cell (out of ~100). */
  readonly emptyWeight: number;
}

export function cellArb(field: string, o: CellOptions): fc.Arbitrary<GenCell> {
  const type = FIELD_TYPE[field];
  const choices: { weight: number; arbitrary: fc.Arbitrary<GenCell> }[] = [
    { weight: 100, arbitrary: fc.record({ typed: valueArb(field, o.asOf), style: fc.nat() }) },
  ];
  if (o.emptyWeight > 0) choices.push({ weight: o.emptyWeight, arbitrary: fc.nat().map((style) => ({ typed: EMPTY, style })) });
  if (o.messy)
    choices.push({
      weight: 2,
      arbitrary: fc.constantFrom(...(type === undefined ? [] : must(BAD_CELLS[type], `bad cells for ${type}`))).map((badCell) => ({ typed: BAD, style: 0, badCell })),
    });
  return fc.oneof(...choices);
}

// ---------------------------------------------------------------------------------------------
// Rosters
// ---------------------------------------------------------------------------------------------

export interface RosterSettings {
  readonly asOf: string;
  readonly messy: boolean;
  readonly titleRows: number;
  /** 0 all Chinese, 1 all English, 2 mixed per column. */
  readonly lang: 0 | 1 | 2;
  /** Columns in sheet order: canonical field keys, or "备注" for a custom column. */
  readonly columns: readonly string[];
  /** Fields whose cells may be empty (and how often), by field. */
  readonly emptyWeight: Readonly<Record<string, number>>;
  readonly derivedTraining: boolean;
}

const CUSTOM = "备注";

/** A uniform integer 0-99 (fc.integer is biased towards small values, which would drop columns too often). */
const percentile: fc.Arbitrary<number> = fc.constantFrom(...Array.from({ length: 100 }, (_, i) => i));

export function settingsArb(policy: Policy): fc.Arbitrary<RosterSettings> {
  const fields = templateFields(policy);
  const isStore = fields.includes("training");
  const optional = fields.filter((f) => f !== "training");
  const extraPool = ["education", "certificate", "tickets", "quality", "sales"].filter((f) => !fields.includes(f));
  return fc
    .record({
      asOf: fc.constantFrom(...AS_OFS),
      messy: fc.constantFrom(false, false, true),
      titleRows: fc.constantFrom(0, 0, 1, 2),
      lang: fc.constantFrom<0 | 1 | 2>(0, 0, 1, 2),
      present: fc.array(percentile, { minLength: optional.length, maxLength: optional.length }),
      hire: percentile,
      levelDate: percentile,
      experience: percentile,
      trainingMode: fc.constantFrom("column", "column", "derived", "derived", "none"),
      extras: fc.subarray(extraPool, { maxLength: 2 }),
      custom: fc.boolean(),
      orderSeed: fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 40, maxLength: 40 }),
      emptiness: fc.constantFrom(0, 0, 3, 10),
    })
    .map((s) => {
      const cols: string[] = ["id", "name", "dept", "level"];
      if (s.hire >= 8) cols.push("hire_date");
      if (s.levelDate >= 30) cols.push("level_date");
      const wantsExperience = fields.includes("experience");
      if (!wantsExperience && s.experience >= 90) cols.push("experience");
      optional.forEach((f, i) => {
        if (f === "experience") {
          if (s.experience >= 25) cols.push(f);
        } else if ((s.present[i] ?? 0) >= 8) cols.push(f);
      });
      let derivedTraining = false;
      if (isStore) {
        if (s.trainingMode === "column") cols.push("training");
        else if (s.trainingMode === "derived") {
          cols.push("attendance", "mid_exam", "final_exam");
          derivedTraining = true;
        }
      }
      cols.push(...s.extras.filter((f) => !cols.includes(f)));
      if (s.custom) cols.push(CUSTOM);
      // The header row needs id, level and at least three other known fields.
      const known = cols.filter((c) => c !== CUSTOM && c !== "id" && c !== "level");
      if (known.length < 3 && !cols.includes("hire_date")) cols.push("hire_date");
      // Shuffle (id first half of the time, as most rosters have it).
      const seed = (i: number): number => must(s.orderSeed[i], `order seed ${i}`);
      const keyed = cols.map((c, i) => ({ c, k: c === "id" && seed(39) < 500 ? -1 : seed(i) }));
      keyed.sort((a, b) => a.k - b.k);
      const emptyWeight: Record<string, number> = {};
      for (const c of cols) emptyWeight[c] = s.emptiness;
      emptyWeight.level_date = 35;
      emptyWeight.experience = 40;
      if (derivedTraining) {
        // Derived training from an empty component is not specified: keep the three filled.
        emptyWeight.attendance = 0;
        emptyWeight.mid_exam = 0;
        emptyWeight.final_exam = 0;
      }
      return {
        asOf: s.asOf,
        messy: s.messy,
        titleRows: s.titleRows,
        lang: s.lang,
        columns: keyed.map((x) => x.c),
        emptyWeight,
        derivedTraining,
      };
    });
}

type IdMode = "normal" | "numeric" | "dup" | "dupOtherType" | "empty";

interface GenRow {
  readonly idMode: IdMode;
  readonly levelIndex: number;
  /** 0 canonical name, 1 alias (if any), 2 unknown level, 3 empty level. */
  readonly levelForm: number;
  readonly aliasPick: number;
  readonly uniform: number | null;
  readonly cells: readonly GenCell[];
  readonly blankAfter: number; // 0 none, 1 [] , 2 whitespace cells
  readonly nameBad: boolean;
  readonly name: string;
  readonly dept: string;
  /** Put the row's values right at the thresholds of one of its steps (then nudge them). */
  readonly focus: boolean;
  readonly stepPick: number;
  readonly pathPick: number;
  readonly nudges: readonly number[];
}

const NAMES = ["张三", "李四", "王五", "赵六", "孙七", "周八", "吴九", "郑十", "钱多多", "陈一"];
const DEPTS = ["售前组", "售后组", "一号店", "华东区", "", "运营部"];

function rowArb(policy: Policy, s: RosterSettings): fc.Arbitrary<GenRow> {
  const dataCols = s.columns.filter((c) => !["id", "name", "dept", "level", CUSTOM].includes(c));
  return fc.record({
    idMode: fc.constantFrom<IdMode>(
      ...(["normal", "normal", "normal", "normal", "normal", "normal", "numeric", "numeric"] as IdMode[]),
      ...(s.messy ? (["dup", "dupOtherType", "empty"] as IdMode[]) : []),
    ),
    levelIndex: fc.integer({ min: 0, max: policy.levels.length - 1 }),
    levelForm: s.messy
      ? fc.oneof({ weight: 30, arbitrary: fc.constantFrom(0, 0, 1) }, { weight: 2, arbitrary: fc.constant(2) }, { weight: 1, arbitrary: fc.constant(3) })
      : fc.constantFrom(0, 0, 1),
    aliasPick: fc.nat(),
    uniform: fc.option(
      fc.tuple(fc.constantFrom(...SCORE_THRESHOLDS), fc.constantFrom(0, 0, 0, -10, 10)).map(([t, d]) => Math.min(1000, t * 10 + d)),
      { freq: 3 },
    ),
    cells: fc.tuple(...dataCols.map((f) => cellArb(f, { asOf: s.asOf, messy: s.messy, emptyWeight: s.emptyWeight[f] ?? 0 }))),
    blankAfter: fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 0, 1, 2),
    nameBad: s.messy ? fc.oneof({ weight: 40, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }) : fc.constant(false),
    name: fc.constantFrom(...NAMES),
    dept: fc.constantFrom(...DEPTS),
    focus: fc.constantFrom(true, true, false),
    stepPick: fc.nat(),
    pathPick: fc.nat(),
    nudges: fc.array(fc.constantFrom(0, 0, 0, 0, 1, -1), { minLength: 8, maxLength: 8 }),
  });
}

/** A generated roster: its cells, its typed twin and the settings that made it. */
export interface GeneratedRoster {
  readonly policy: Policy;
  readonly asOf: string;
  readonly rows: Cell[][];
  readonly ref: RefRoster;
  readonly headers: readonly string[];
  readonly settings: RosterSettings;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function headerFor(field: string, lang: 0 | 1 | 2, pickN: number): string {
  if (field === CUSTOM) return CUSTOM;
  const h = must(HEADERS[field], `headers of ${field}`);
  const english = lang === 1 || (lang === 2 && pickN % 2 === 1);
  if (!english) {
    const zh = must(h.zh[Math.floor(pickN / 2) % h.zh.length], "Chinese header");
    return pickN % 7 === 3 ? ` ${zh} ` : zh;
  }
  const en = must(h.en[Math.floor(pickN / 2) % h.en.length], "English header");
  const variant = Math.floor(pickN / 7) % 5;
  if (variant === 1) return en.toUpperCase();
  if (variant === 2) return en.toLowerCase();
  if (variant === 3) return ` ${en} `;
  if (variant === 4) return fullWidthAscii(en);
  return en;
}

export function rosterArb(policy: Policy, maxRows = 10, minRows = 1): fc.Arbitrary<GeneratedRoster> {
  return settingsArb(policy).chain((s) =>
    fc
      .tuple(
        fc.array(rowArb(policy, s), { minLength: minRows, maxLength: maxRows }),
        fc.array(fc.nat(), { minLength: s.columns.length, maxLength: s.columns.length }),
      )
      .map(([genRows, headerPicks]) => buildRoster(policy, s, genRows, headerPicks)),
  );
}

/**
 * Moves the readable values a step's path reads to that criterion's threshold, nudged by one
 * unit (a day, a point, 0.1%, half a year of experience) below or above.
 */
function focusRow(policy: Policy, s: RosterSettings, g: GenRow, byField: Map<string, GenCell>): void {
  const level = must(policy.levels[g.levelIndex], "level");
  const steps = policy.steps.filter((st) => st.from === level.name);
  const step = steps[g.stepPick % steps.length];
  if (step === undefined) return;
  const path = must(step.paths[g.pathPick % step.paths.length], "path");
  const asOf = isoToYmd(s.asOf);
  const set = (f: string, typed: TypedValue) => {
    const c = byField.get(f);
    if (c && c.typed.t === typed.t) byField.set(f, { ...c, typed });
  };
  const setStart = (f: string, months: number, nudge: number) => {
    const c = byField.get(f);
    if (c && c.typed.t === "date") set(f, { t: "date", date: addDays(edate(asOf, -months), nudge) });
  };
  path.criteria.forEach((c, k) => {
    const nudge = must(g.nudges[k % g.nudges.length], "nudge");
    const v = c.value;
    const months = typeof v === "number" ? Math.ceil(v * 12 - 1e-9) : 0;
    const levelDateCell = byField.get("level_date");
    const hasLevelDate = levelDateCell !== undefined && levelDateCell.typed.t === "date";
    if (c.field === "tenure") setStart("hire_date", months, nudge);
    else if (c.field === "years_in_level") setStart(hasLevelDate ? "level_date" : "hire_date", months, nudge);
    else if (c.field === "experience") {
      const e = byField.get("experience");
      if (e && e.typed.t === "num") set("experience", { t: "num", tenths: Math.max(0, Math.round((v as number) * 10) - nudge * 5) });
      else setStart("hire_date", months, nudge);
    } else if (c.field === "score" && step.score) {
      for (const f of Object.keys(step.score.weights)) set(f, { t: "num", tenths: Math.min(1000, Math.max(0, (v as number) * 10 - nudge * 10)) });
    } else {
      const type = FIELD_TYPE[c.field];
      const sign = c.op === "<=" ? -1 : 1;
      if (type === "score") set(c.field, { t: "num", tenths: Math.min(1000, Math.max(0, Math.round((v as number) * 10) - sign * nudge * 10)) });
      else if (type === "count") set(c.field, { t: "num", tenths: Math.max(0, Math.round((v as number) * 10) - sign * nudge * 10) });
      else if (type === "percent") set(c.field, { t: "pct", permille: Math.max(0, Math.round((v as number) * 1000) - sign * nudge) });
      else if (type === "boolean") set(c.field, { t: "bool", value: nudge <= 0 });
      else if (type === "education") {
        const need = ["初中", "高中", "大专", "本科", "硕士", "博士"].indexOf(v as string);
        set(c.field, { t: "edu", ord: Math.min(5, Math.max(0, need - Math.max(0, nudge))) });
      }
    }
  });
}

const TITLE_ROWS: readonly Cell[][] = [["2026年度晋升评审花名册"], [], ["说明：人力资源部维护", null, "  "]];

function buildRoster(policy: Policy, s: RosterSettings, genRows: readonly GenRow[], headerPicks: readonly number[]): GeneratedRoster {
  const rows: Cell[][] = [];
  for (let i = 0; i < s.titleRows; i++) rows.push([...must(TITLE_ROWS[i % TITLE_ROWS.length], "title row")]);
  const headers = s.columns.map((c, i) => headerFor(c, s.lang, must(headerPicks[i], "header pick")));
  rows.push([...headers]);
  const colIndex = (f: string) => s.columns.indexOf(f);
  const addr = (f: string, row: number) => `Sheet1!${columnLetters(colIndex(f))}${row}`;
  const dataCols = s.columns.filter((c) => !["id", "name", "dept", "level", CUSTOM].includes(c));

  const refRows: RefRow[] = [];
  const ids: { text: string; cell: Cell }[] = [];
  genRows.forEach((g, i) => {
    const rowNumber = rows.length + 1;
    // Id.
    let idText: string | null;
    let idCell: Cell;
    const first = ids[0];
    const mode: IdMode = (g.idMode === "dup" || g.idMode === "dupOtherType") && !first ? "normal" : g.idMode;
    if (mode === "normal") {
      idText = `E${1001 + i}`;
      idCell = idText;
    } else if (mode === "numeric") {
      idText = String(20001 + i);
      idCell = 20001 + i;
    } else if (mode === "dup" && first) {
      idText = first.text;
      idCell = first.cell;
    } else if (mode === "dupOtherType" && first) {
      // The same id typed differently: 20001 (number) vs "20001" (text).
      idText = first.text;
      idCell = /^\d+$/.test(first.text) ? (typeof first.cell === "number" ? first.text : Number(first.text)) : first.text;
    } else {
      idText = null;
      idCell = null;
    }
    if (idText !== null) ids.push({ text: idText, cell: idCell });

    // Level.
    const level = must(policy.levels[g.levelIndex], "level");
    let levelText: string | null;
    if (g.levelForm === 1 && level.aliases && level.aliases.length > 0) levelText = must(level.aliases[g.aliasPick % level.aliases.length], "alias");
    else if (g.levelForm === 2) levelText = g.aliasPick % 2 === 0 ? "实习生" : `${level.name}X`;
    else if (g.levelForm === 3) levelText = null;
    else levelText = level.name;

    // Values.
    const values = new Map<string, { value: TypedValue; cell: string }>();
    const byField = new Map<string, GenCell>();
    dataCols.forEach((f, k) => {
      let c = must(g.cells[k], `cell ${k}`);
      if (g.uniform !== null && FIELD_TYPE[f] === "score" && c.typed.t === "num" && f !== "mid_exam" && f !== "final_exam")
        c = { ...c, typed: { t: "num", tenths: g.uniform } };
      byField.set(f, c);
    });
    if (g.focus && (g.levelForm === 0 || g.levelForm === 1)) focusRow(policy, s, g, byField);
    for (const [f, c] of byField) values.set(f, { value: c.typed, cell: addr(f, rowNumber) });
    if (g.nameBad) values.set("name", { value: BAD, cell: addr("name", rowNumber) });

    const line: Cell[] = s.columns.map((f) => {
      if (f === "id") return idCell;
      if (f === "name") return g.nameBad ? { kind: "error", code: "#N/A" } : g.name;
      if (f === "dept") return g.dept;
      if (f === "level") return levelText;
      if (f === CUSTOM) return i % 3 === 0 ? "表现良好" : null;
      return renderCell(f, byField.get(f)!);
    });
    rows.push(line);
    refRows.push({
      row: rowNumber,
      id: idText,
      idCell: addr("id", rowNumber),
      levelText,
      levelCell: addr("level", rowNumber),
      values,
    });
    if (g.blankAfter === 1) rows.push([]);
    else if (g.blankAfter === 2) rows.push(s.columns.map((_, k) => (k % 2 === 0 ? null : "  ")));
  });

  const columns = new Set(s.columns.filter((c) => c !== CUSTOM));
  return { policy, asOf: s.asOf, rows, ref: { columns, rows: refRows }, headers, settings: s };
}
