#!/usr/bin/env node
/**
 * Writes the sample rosters in examples/ (one per built-in template, plus two CSVs) and
 * examples/README.md, which lists every deliberately messy cell by address.
 *
 *   node scripts/make-examples.mjs
 *
 * Deterministic: one seeded PRNG (mulberry32) per file, fixed dates, and fixed zip entry
 * timestamps, so a re-run writes byte-identical files.
 *
 * The thresholds below mirror docs catalogue §4 (shared/spec/policy-catalogue.md). They are
 * used only to steer the generated values around each threshold and to predict each row's
 * status for the README; the product's own templates live in src/core/templates.
 */
import { Buffer } from "node:buffer";
import { createRequire } from "node:module";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ExcelJS = require("exceljs");
const iconv = require("iconv-lite");

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "examples");

/* ------------------------------------------------------------------ dates (UTC day numbers) */

const MS_DAY = 86400000;
const ymd = (y, m, d) => Date.UTC(y, m - 1, d) / MS_DAY;
const parts = (day) => {
  const dt = new Date(day * MS_DAY);
  return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
};
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** Excel EDATE: same day `n` months later, clamped to the month's end. */
function edate(day, n) {
  const [y, m, d] = parts(day);
  const idx = y * 12 + (m - 1) + n;
  const yy = Math.floor(idx / 12);
  const mm = (idx % 12) + 1;
  return ymd(yy, mm, Math.min(d, daysIn(yy, mm)));
}
/** Catalogue §2: the largest m with EDATE(start, m) <= asOf. */
function monthsCompleted(start, asOf) {
  if (start > asOf) return 0;
  let m = Math.max(0, (parts(asOf)[0] - parts(start)[0]) * 12 + parts(asOf)[1] - parts(start)[1] - 1);
  while (edate(start, m + 1) <= asOf) m++;
  return m;
}
const iso = (day) => {
  const [y, m, d] = parts(day);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
};
const jsDate = (day) => new Date(day * MS_DAY); // midnight UTC, as exceljs reads dates back

const AS_OF = ymd(2026, 11, 23);
const READY_FROM = ymd(2027, 1, 4);
const READY_TO = ymd(2027, 9, 28);
const EARLIEST_HIRE = ymd(2009, 3, 1);
const FIXED_TIME = new Date(Date.UTC(2026, 10, 23, 9, 0, 0));

/* ------------------------------------------------------------------------------ PRNG */

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function makeRng(seed) {
  const r = mulberry32(seed);
  const rng = {
    next: r,
    int: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(r() * arr.length)],
    chance: (p) => r() < p,
    weighted(pairs) {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let x = r() * total;
      for (const [v, w] of pairs) if ((x -= w) < 0) return v;
      return pairs[pairs.length - 1][0];
    },
    shuffle(arr) {
      const a = arr.slice();
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a;
    },
  };
  return rng;
}

/* --------------------------------------------------------------------------- templates */

// Criterion: [field, op, value]. Time fields: years (years_in_level), tenure, experience.
// score: [weights, min] (a criterion named "score").
const EDU = ["初中", "高中", "大专", "本科", "硕士", "博士"];
const eduRank = (e) => (e === "中专" || e === "职高" ? 1 : EDU.indexOf(e));

const TEMPLATES = {
  "taobao-ops": {
    name: "淘宝运营",
    levels: [["运营助理", "初级推广"], ["推广专员"], ["运营主管", "店长"], ["运营总监", "项目经理"]],
    steps: [
      { from: "运营助理", to: "推广专员", paths: [[["years", ">=", 0.5], ["skill", ">=", 70], ["perf", ">=", 75]]] },
      { from: "推广专员", to: "运营主管", paths: [[["years", ">=", 1], ["perf", ">=", 85], ["skill", ">=", 80], ["sales", ">=", 1]]] },
      { from: "运营主管", to: "运营总监", paths: [[["years", ">=", 2], ["perf", ">=", 90], ["mgmt", ">=", 80], ["sales", ">=", 1]]] },
    ],
  },
  "taobao-cs": {
    name: "淘宝客服",
    levels: [["初级客服"], ["中级客服"], ["高级客服"], ["资深客服"]],
    score: { perf: 0.5, teamwork: 0.25, learning: 0.25 },
    steps: [
      { from: "初级客服", to: "中级客服", paths: [[["years", ">=", 0.5], ["tickets", ">=", 2000], ["csat", ">=", 0.9], ["score", ">=", 75]]] },
      {
        from: "中级客服",
        to: "高级客服",
        paths: [[["years", ">=", 1], ["tickets", ">=", 5000], ["csat", ">=", 0.95], ["error_rate", "<=", 0.01], ["skill", ">=", 80], ["score", ">=", 80]]],
      },
      {
        from: "高级客服",
        to: "资深客服",
        paths: [[["years", ">=", 1], ["certificate", "=", true], ["error_rate", "<=", 0.01], ["low_quality", "<=", 2], ["score", ">=", 85]]],
      },
    ],
  },
  "ecom-cs": {
    name: "电商客服",
    levels: [["初级客服"], ["中级客服"], ["高级客服"], ["客服主管"], ["客服经理"]],
    score: { skill: 0.3, perf: 0.5, quality: 0.2 },
    steps: [
      { from: "初级客服", to: "中级客服", paths: [[["years", ">=", 0.5], ["score", ">=", 75]]] },
      { from: "中级客服", to: "高级客服", paths: [[["years", ">=", 1], ["score", ">=", 80], ["csat", ">=", 0.95]]] },
      { from: "高级客服", to: "客服主管", paths: [[["years", ">=", 1], ["score", ">=", 85], ["mgmt", ">=", 75]]] },
      { from: "客服主管", to: "客服经理", paths: [[["years", ">=", 2], ["score", ">=", 90], ["mgmt", ">=", 85]]] },
    ],
  },
  "store-ops": {
    name: "营运部门店",
    levels: [
      ["普通员工"], ["培养对象"], ["储备领班", "储备厨师长"], ["领班", "厨师长"], ["储备店长"], ["四级店长"], ["三级店长"],
      ["二级店长"], ["一级店长"], ["特级店长"], ["储备区域经理"], ["区域经理"], ["督导"],
    ],
    reserve: { 储备领班: 30, 储备店长: 50, 储备区域经理: 100 },
    steps: [
      { from: "普通员工", to: "培养对象", paths: [[["tenure", ">=", 0.5], ["perf", ">=", 80]]] },
      { from: "培养对象", to: "储备领班", paths: [[["years", ">=", 0.25], ["skill", ">=", 75], ["training", "=", true]]] },
      { from: "储备领班", to: "领班", vacancy: true, paths: [[["skill", ">=", 80], ["perf", ">=", 80]]] },
      { from: "领班", to: "储备店长", paths: [[["years", ">=", 1], ["perf", ">=", 85], ["skill", ">=", 85], ["training", "=", true]]] },
      { from: "储备店长", to: "四级店长", vacancy: true, paths: [[["skill", ">=", 85], ["perf", ">=", 85]]] },
      { from: "四级店长", to: "三级店长", paths: [[["years", ">=", 1], ["perf", ">=", 85]]] },
      { from: "三级店长", to: "二级店长", paths: [[["years", ">=", 1], ["perf", ">=", 88]]] },
      { from: "二级店长", to: "一级店长", paths: [[["years", ">=", 1], ["perf", ">=", 90]]] },
      { from: "一级店长", to: "特级店长", paths: [[["years", ">=", 2], ["perf", ">=", 95]]] },
      { from: "特级店长", to: "储备区域经理", paths: [[["years", ">=", 1], ["perf", ">=", 90], ["mgmt", ">=", 85]]] },
      { from: "储备区域经理", to: "区域经理", vacancy: true, paths: [[["perf", ">=", 90], ["mgmt", ">=", 85]]] },
      { from: "区域经理", to: "督导", paths: [[["years", ">=", 2], ["perf", ">=", 90], ["mgmt", ">=", 90]]] },
    ],
  },
  "mall-ops": {
    name: "商场运营",
    levels: [["初级运营员"], ["中级运营员"], ["高级运营员"], ["运营主管"], ["运营经理"]],
    steps: [
      { from: "初级运营员", to: "中级运营员", paths: [[["years", ">=", 1], ["sales", ">=", 1], ["perf", ">=", 80]]] },
      { from: "中级运营员", to: "高级运营员", paths: [[["years", ">=", 1], ["sales", ">=", 1.05], ["perf", ">=", 85]]] },
      { from: "高级运营员", to: "运营主管", paths: [[["years", ">=", 2], ["sales", ">=", 1.1], ["mgmt", ">=", 80], ["teamwork", ">=", 80]]] },
      { from: "运营主管", to: "运营经理", paths: [[["years", ">=", 2], ["sales", ">=", 1.1], ["mgmt", ">=", 85], ["perf", ">=", 90]]] },
    ],
  },
  "ops-general": {
    name: "运营人员",
    levels: [["运营专员"], ["初级运营"], ["中级运营"], ["高级运营"]],
    steps: [
      {
        from: "运营专员",
        to: "初级运营",
        paths: [
          [["experience", ">=", 2], ["education", ">=", "本科"], ["perf", ">=", 75]],
          [["experience", ">=", 1], ["education", ">=", "本科"], ["perf", ">=", 95]],
        ],
      },
      {
        from: "初级运营",
        to: "中级运营",
        paths: [
          [["experience", ">=", 4], ["education", ">=", "硕士"], ["perf", ">=", 80], ["teamwork", ">=", 75]],
          [["experience", ">=", 2], ["education", ">=", "硕士"], ["perf", ">=", 95], ["teamwork", ">=", 75]],
        ],
      },
      {
        from: "中级运营",
        to: "高级运营",
        paths: [
          [["experience", ">=", 6], ["education", ">=", "博士"], ["perf", ">=", 85], ["mgmt", ">=", 80]],
          [["experience", ">=", 3], ["education", ">=", "博士"], ["perf", ">=", 95], ["mgmt", ">=", 80]],
        ],
      },
    ],
  },
  "ops-dual": {
    name: "运营双通道",
    levels: [["运营专员"], ["运营主管"], ["运营经理"], ["运营总监"], ["运营专家"], ["资深运营专家"]],
    steps: [
      { from: "运营专员", to: "运营主管", paths: [[["years", ">=", 1], ["perf", ">=", 85], ["mgmt", ">=", 75]]] },
      { from: "运营专员", to: "运营专家", paths: [[["years", ">=", 2], ["perf", ">=", 85], ["skill", ">=", 90]]] },
      { from: "运营主管", to: "运营经理", paths: [[["years", ">=", 2], ["perf", ">=", 85], ["mgmt", ">=", 80]]] },
      { from: "运营经理", to: "运营总监", paths: [[["years", ">=", 3], ["perf", ">=", 90], ["mgmt", ">=", 85]]] },
      { from: "运营专家", to: "资深运营专家", paths: [[["years", ">=", 3], ["perf", ">=", 90], ["skill", ">=", 95]]] },
    ],
  },
  erp: {
    name: "ERP",
    levels: [["ERP实施顾问", "技术支持工程师"], ["ERP项目经理", "业务分析师"], ["解决方案架构师", "技术总监"], ["ERP专家", "咨询顾问", "培训讲师"]],
    steps: [
      { from: "ERP实施顾问", to: "ERP项目经理", paths: [[["experience", ">=", 2], ["skill", ">=", 80]]] },
      { from: "ERP项目经理", to: "解决方案架构师", paths: [[["experience", ">=", 5], ["skill", ">=", 85], ["perf", ">=", 85]]] },
      { from: "解决方案架构师", to: "ERP专家", paths: [[["experience", ">=", 8], ["skill", ">=", 90], ["perf", ">=", 90]]] },
    ],
  },
  "user-ops": {
    name: "用户运营",
    levels: [["用户运营专员"], ["高级用户运营"], ["用户运营主管"], ["用户运营经理"]],
    score: { perf: 0.5, skill: 0.3, potential: 0.2 },
    steps: [
      { from: "用户运营专员", to: "高级用户运营", paths: [[["years", ">=", 1], ["perf", ">=", 80], ["score", ">=", 80]]] },
      { from: "高级用户运营", to: "用户运营主管", paths: [[["years", ">=", 1.5], ["perf", ">=", 85], ["potential", ">=", 80], ["score", ">=", 85]]] },
      { from: "用户运营主管", to: "用户运营经理", paths: [[["years", ">=", 2], ["perf", ">=", 90], ["potential", ">=", 85], ["mgmt", ">=", 80], ["score", ">=", 88]]] },
    ],
  },
};

const TIME = new Set(["years", "tenure", "experience"]);
function canonical(tpl, text) {
  for (const names of tpl.levels) if (names.includes(text)) return names[0];
  return null;
}
const levelIndex = (tpl, name) => tpl.levels.findIndex((n) => n[0] === name);

/* --------------------------------------------------------- a small evaluator (for steering) */

/** Months needed for "years >= t" (catalogue §2). */
const monthsFor = (t) => Math.ceil(t * 12 - 1e-9);

/** Facts -> value of a criterion's field; `timeStart` gives the start date of a time field. */
function factOf(p, field, tpl) {
  if (field === "score") {
    let s = 0;
    for (const [k, w] of Object.entries(tpl.score)) {
      if (p.v[k] === null || p.v[k] === undefined) return null;
      s += w * p.v[k];
    }
    return Math.round(s * 1e9) / 1e9;
  }
  if (field === "years") {
    const start = p.levelDate ?? p.hire;
    return { start, years: monthsCompleted(start, AS_OF) / 12 };
  }
  if (field === "tenure") return { start: p.hire, years: monthsCompleted(p.hire, AS_OF) / 12 };
  if (field === "experience") {
    if (p.experience !== null) return p.experience; // typed: a plain number, not projected
    return { start: p.hire, years: monthsCompleted(p.hire, AS_OF) / 12 };
  }
  return p.v[field] ?? null;
}

function checkCriterion(p, [field, op, value], tpl) {
  const f = factOf(p, field, tpl);
  if (f === null || f === undefined) return { met: false, reason: "missing", time: false };
  if (typeof f === "object") {
    const met = f.years >= value - 1e-9;
    return { met, reason: met ? null : "below", time: true, ready: edate(f.start, monthsFor(value)) };
  }
  let met;
  if (field === "education") met = eduRank(f) >= eduRank(value);
  else if (op === ">=") met = f >= value - 1e-9;
  else if (op === "<=") met = f <= value + 1e-9;
  else met = f === value;
  return { met, reason: met ? null : "below", time: false };
}

/** Status and per-target details, as the catalogue (§3, §6) defines them. */
function evaluate(p, tpl) {
  const level = canonical(tpl, p.levelText);
  const steps = tpl.steps.filter((s) => s.from === level);
  if (steps.length === 0) return { status: "top", targets: [] };
  const targets = steps.map((s) => {
    const results = s.paths.map((path) => path.map((c) => checkCriterion(p, c, tpl)));
    const metPath = results.findIndex((r) => r.every((x) => x.met));
    const std = results[0];
    let ready = null;
    if (metPath < 0 && std.every((x) => x.met || x.time)) ready = Math.max(...std.filter((x) => x.time).map((x) => x.ready));
    return { to: s.to, vacancy: !!s.vacancy, met: metPath >= 0, path: metPath, ready, missing: std.some((x) => x.reason === "missing") };
  });
  let status = "not_eligible";
  if (targets.some((t) => t.met && !t.vacancy)) status = "eligible";
  else if (targets.some((t) => t.met)) status = "awaiting_vacancy";
  return { status, targets };
}

/* ------------------------------------------------------------------------ value sampling */

const SCORE_FIELDS = new Set(["perf", "skill", "quality", "teamwork", "learning", "potential", "mgmt", "mid_exam", "final_exam"]);
const FIELD_SPEC = {
  score: { lo: 52, hi: 99, gran: 1, range: 12, free: [64, 94] },
  csat: { lo: 0.82, hi: 0.998, gran: 0.001, range: 0.05, free: [0.88, 0.99] },
  error_rate: { lo: 0.001, hi: 0.035, gran: 0.001, range: 0.012, free: [0.002, 0.018] },
  sales: { lo: 0.72, hi: 1.38, gran: 0.001, range: 0.14, free: [0.86, 1.18] },
  tickets: { lo: 300, hi: 14800, gran: 10, range: 2600, free: [900, 9000] },
  low_quality: { lo: 0, hi: 9, gran: 1, range: 4, free: [0, 5] },
};
const specOf = (f) => (SCORE_FIELDS.has(f) ? FIELD_SPEC.score : FIELD_SPEC[f]);
const snap = (x, gran) => Math.round(Math.round(x / gran) * gran * 1e6) / 1e6;

function sampleRange(rng, lo, hi, gran) {
  const steps = Math.floor((hi - lo) / gran + 1e-9);
  return snap(lo + rng.int(0, Math.max(0, steps)) * gran, gran);
}

/**
 * Samples one numeric field under constraints [{op, v, met, soft}]. Met ">=" constraints raise
 * the floor, unmet ones cap the value just below the threshold; the draw stays within `range`
 * of the thresholds so values cluster around them, as in a real roster.
 */
function sampleNumber(rng, field, constraints, boost = 0, gran = null) {
  const s = gran === null ? specOf(field) : { ...specOf(field), gran };
  let lo = s.lo;
  let hi = s.hi;
  let near = null;
  for (const c of constraints) {
    if (c.op === ">=") {
      if (c.met) {
        lo = Math.max(lo, c.v);
        near = near === null ? c.v + s.range : Math.max(near, c.v + s.range);
      } else {
        hi = Math.min(hi, c.v - s.gran);
        lo = Math.max(lo, c.v - s.range);
      }
    } else if (c.op === "<=") {
      if (c.met) {
        hi = Math.min(hi, c.v);
        lo = Math.max(lo, Math.min(hi, c.v - s.range));
      } else {
        lo = Math.max(lo, c.v + s.gran);
        hi = Math.min(hi, c.v + s.range);
      }
    }
  }
  if (constraints.length === 0) {
    lo = Math.max(lo, s.free[0] + boost * (s.free[1] - s.free[0]) * 0.4);
    hi = Math.min(hi, s.free[1]);
  } else if (near !== null) hi = Math.min(hi, Math.max(lo, near));
  if (lo > hi) return null;
  let v = sampleRange(rng, lo, hi, s.gran);
  // a few half points in score columns, as supervisors sometimes give them
  if (SCORE_FIELDS.has(field) && v < hi && rng.chance(0.08)) v += 0.5;
  return v;
}

/* -------------------------------------------------------------------------------- names */

const SURNAMES = (
  "王王王李李李张张张刘刘陈陈杨杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛段雷龙史陶贺毛郝顾龚邵万钱戴严俞施倪"
).split("");
const COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛"];
const FEMALE = "芳娜敏静丽艳娟霞燕玲婷雪琳颖倩洁萍红梅莉慧欣佳怡悦楠瑶璐蕾薇彤琪晶丹雯".split("");
const MALE = "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林晨阳昊哲然博文峰亮".split("");
const FEMALE2 = (
  "子涵 欣怡 梓涵 晨曦 佳怡 雨欣 思琪 婉婷 静怡 文静 晓燕 丽娟 海燕 春梅 秀英 玉兰 桂芳 美玲 雪梅 慧敏 晓丽 佳琪 诗琪 " +
  "梦洁 雅琴 欣妍 可馨 嘉怡 若曦 雨桐 紫涵 心怡 思雨 乐怡 婷婷 丹丹 莉莉 晓雯 佳慧 雅婷 秀兰 丽华 晓玲 艳红 春燕 " +
  "梦瑶 诗雨 欣然 一诺"
).split(" ");
const MALE2 = (
  "浩然 宇轩 子轩 俊杰 志强 建华 国强 伟杰 家豪 明辉 文博 晓东 海涛 志明 建军 永强 天宇 嘉豪 皓轩 博文 梓豪 思远 " +
  "一鸣 鹏飞 振华 立军 晓峰 宏伟 子豪 泽宇 浩宇 文涛 建平 春雷 志刚 伟东 德明 家乐 鑫磊 俊辉"
).split(" ");

function makeName(rng, femaleShare, used) {
  for (;;) {
    const female = rng.chance(femaleShare);
    const sur = rng.chance(0.02) ? rng.pick(COMPOUND_SURNAMES) : rng.pick(SURNAMES);
    const given = rng.chance(0.7) ? rng.pick(female ? FEMALE2 : MALE2) : rng.pick(female ? FEMALE : MALE);
    const name = sur + given;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/* ------------------------------------------------------------------------- file configs */

const H = (h, f, w, extra = {}) => ({ h, f, w, ...extra });

const FILES = [
  {
    file: "taobao-ops.xlsx",
    template: "taobao-ops",
    seed: 1101,
    sheet: "运营部",
    title: "平湖市新埭电子商务有限公司 运营部 2026年度晋升评审花名册",
    idOf: (n) => `PH${String(n).padStart(3, "0")}`,
    idStart: 11,
    female: 0.45,
    columns: [
      H("工号", "id", 9.5), H("姓名", "name", 10), H("店铺", "dept", 16), H("岗位", "level", 12),
      H("入职日期", "hire_date", 12), H("任现职日期", "level_date", 12), H("技能考核", "skill", 10),
      H("绩效得分 ", "perf", 10), H("销售达成率", "sales", 12, { pct: "0.0%" }), H("管理能力", "mgmt", 10), H("备注", "remark", 18),
    ],
    plan: [["运营助理", 9], ["初级推广", 3], ["推广专员", 9], ["运营主管", 4], ["店长", 3], ["运营总监", 2], ["项目经理", 2]],
    depts: ["天猫旗舰店", "天猫旗舰店", "淘宝C店", "淘宝企业店", "京东自营店", "拼多多店"],
    seniorOnly: ["mgmt"],
    typo: ["推广专员", "推广专圆"],
    messy: { excellent: "skill", na: "perf", badDate: "level_date", fullwidth: "perf", fen: "skill" },
  },
  {
    file: "taobao-cs.xlsx",
    template: "taobao-cs",
    seed: 2202,
    sheet: "客服部",
    title: "平湖市新埭电子商务有限公司 客服部 2026年度晋升评审花名册",
    idOf: (n) => `KF${String(n).padStart(4, "0")}`,
    idStart: 1021,
    female: 0.72,
    columns: [
      H("序号", "seq", 6), H("工号", "id", 9.5), H("姓名", "name", 10), H("部门", "dept", 14), H("职级", "level", 11),
      H("入职日期", "hire_date", 12), H("任现职日期", "level_date", 12), H("接待量", "tickets", 10, { numFmt: "#,##0" }),
      H("客户满意度 ", "csat", 12, { pct: "0.0%" }), H("差错率", "error_rate", 9.5, { pct: "0.0%" }), H("低质评价", "low_quality", 9.5),
      H("技能考核", "skill", 10), H("绩效得分", "perf", 10), H("协作能力", "teamwork", 10), H("学习成长", "learning", 10),
      H("技能证书", "certificate", 10, { yes: "有", no: "无" }), H("备注", "remark", 20),
    ],
    plan: [["初级客服", 32], ["中级客服", 25], ["高级客服", 15], ["资深客服", 8]],
    depts: ["售前组", "售前组", "售后组", "售后组", "天猫旗舰店客服组", "京东自营店客服组", "VIP客服组"],
    typo: ["中级客服", "中级课服"],
    messy: {
      excellent: "teamwork", na: "perf", badDate: "hire_date", fullwidth: "perf", fen: "skill",
      thousands: "tickets", dan: "tickets", extraText: 5, extraPct: 5,
    },
  },
  {
    file: "ecom-cs.xlsx",
    template: "ecom-cs",
    seed: 3303,
    sheet: "Sheet1",
    title: null,
    idOf: (n) => 10000 + n, // numeric 工号, stored as numbers
    idStart: 21,
    female: 0.68,
    columns: [
      H("员工编号", "id", 10), H("员工姓名", "name", 10), H("部门", "dept", 12), H("岗位", "level", 11),
      H("入职时间", "hire_date", 12), H("定级日期", "level_date", 12), H("累计工单", "tickets", 10, { numFmt: "#,##0" }),
      H("满意度", "csat", 9.5, { pct: "0%" }), H("业务考核 ", "skill", 10), H("绩效考核", "perf", 10), H("综合素质", "quality", 10),
      H("管理能力", "mgmt", 10),
    ],
    plan: [["初级客服", 14], ["中级客服", 10], ["高级客服", 6], ["客服主管", 4], ["客服经理", 2]],
    depts: ["售前组", "售后组", "售后组", "投诉处理组", "直播客服组"],
    seniorOnly: ["mgmt"],
    typo: ["客服主管", "客服主馆"],
    messy: { excellent: "quality", na: "skill", badDate: "level_date", fullwidth: "perf", fen: "quality", thousands: "tickets", dan: "tickets" },
  },
  {
    file: "store-ops.xlsx",
    template: "store-ops",
    seed: 4404,
    sheet: "营运部",
    title: "浙江禾丰餐饮连锁 营运部 2026年度晋升评审花名册",
    idOf: (n) => 230000 + n,
    idStart: 105,
    female: 0.5,
    columns: [
      H("工号", "id", 9.5), H("姓名", "name", 10), H("门店", "dept", 13), H("岗位", "level", 13),
      H("入职日期", "hire_date", 12), H("晋升日期", "level_date", 12), H("绩效 ", "perf", 8), H("技能考核", "skill", 10),
      H("管理能力", "mgmt", 10), H("培训出勤率", "attendance", 11, { pct: "0.0%" }), H("中期考核", "mid_exam", 10),
      H("结业考核", "final_exam", 10), H("备注", "remark", 18),
    ],
    plan: [
      ["普通员工", 14], ["培养对象", 7], ["储备领班", 4], ["储备厨师长", 1], ["领班", 4], ["厨师长", 2], ["储备店长", 3],
      ["四级店长", 3], ["三级店长", 3], ["二级店长", 2], ["一级店长", 1], ["特级店长", 1], ["储备区域经理", 1], ["区域经理", 1], ["督导", 1],
    ],
    depts: ["杭州西湖店", "杭州滨江店", "杭州萧山店", "宁波鄞州店", "宁波海曙店", "绍兴柯桥店", "嘉兴南湖店"],
    regionDept: "浙江大区",
    seniorOnly: ["mgmt"],
    trainingLevels: ["培养对象", "领班"],
    typo: ["领班", "领斑"],
    messy: { excellent: "skill", na: "perf", badDate: "level_date", fullwidth: "skill", fen: "perf", extraPct: 3 },
  },
  {
    file: "mall-ops.xlsx",
    template: "mall-ops",
    seed: 5505,
    sheet: "商场运营",
    title: "宁波天一广场购物中心 运营部 2026年度晋升评审花名册",
    idOf: (n) => `SC${String(n).padStart(4, "0")}`,
    idStart: 301,
    female: 0.55,
    columns: [
      H("工号", "id", 9.5), H("姓名", "name", 10), H("区域", "dept", 13), H("职位", "level", 12),
      H("入职日期", "hire_date", 12), H("任现职日期", "level_date", 12), H("业绩达成率 ", "sales", 12, { pct: "0.0%" }),
      H("绩效考核", "perf", 10), H("团队协作", "teamwork", 10), H("管理能力", "mgmt", 10),
    ],
    plan: [["初级运营员", 12], ["中级运营员", 8], ["高级运营员", 5], ["运营主管", 3], ["运营经理", 2]],
    depts: ["一楼女装区", "二楼男装区", "三楼儿童区", "B1美食广场", "四楼影院餐饮", "招商管理部"],
    seniorOnly: ["mgmt"],
    typo: ["中级运营员", "中级营运员"],
    messy: { excellent: "teamwork", na: "sales", badDate: "hire_date", fullwidth: "perf", fen: "teamwork" },
  },
  {
    file: "ops-general.xlsx",
    template: "ops-general",
    seed: 6606,
    sheet: "Sheet1",
    title: null,
    idOf: (n) => `YY${String(n).padStart(4, "0")}`,
    idStart: 2001,
    female: 0.55,
    columns: [
      H("工号", "id", 9.5), H("姓名", "name", 10), H("部门", "dept", 12), H("当前职级", "level", 11),
      H("入职日期", "hire_date", 12), H("工作年限", "experience", 10), H("学历 ", "education", 8), H("绩效", "perf", 8),
      H("团队协作", "teamwork", 10), H("管理能力", "mgmt", 10),
    ],
    plan: [["运营专员", 13], ["初级运营", 9], ["中级运营", 6], ["高级运营", 2]],
    depts: ["内容运营部", "活动运营部", "用户增长部", "商品运营部"],
    seniorOnly: ["mgmt"],
    typo: ["中级运营", "中级运行"],
    special: "pogé",
    messy: { excellent: "teamwork", na: "perf", badDate: "hire_date", fullwidth: "perf", fen: "teamwork", nian: "experience" },
  },
  {
    file: "ops-dual.xlsx",
    template: "ops-dual",
    seed: 7707,
    sheet: "运营中心",
    title: null,
    idOf: (n) => 20000 + n,
    idStart: 118,
    female: 0.5,
    columns: [
      H("员工编号", "id", 10), H("姓名", "name", 10), H("部门", "dept", 12), H("当前岗位 ", "level", 13),
      H("入职时间", "hire_date", 12), H("晋升日期", "level_date", 12), H("绩效得分", "perf", 10), H("技能得分", "skill", 10),
      H("管理能力", "mgmt", 10),
    ],
    plan: [["运营专员", 12], ["运营主管", 5], ["运营经理", 3], ["运营总监", 1], ["运营专家", 6], ["资深运营专家", 3]],
    depts: ["平台运营部", "数据运营部", "内容运营部", "活动运营部"],
    typo: ["运营专员", "运营专圆"],
    messy: { excellent: "skill", na: "mgmt", badDate: "level_date", fullwidth: "skill", fen: "perf" },
  },
  {
    file: "erp.xlsx",
    template: "erp",
    seed: 8808,
    sheet: "顾问团队",
    title: "杭州云启软件 ERP事业部 2026年度晋升评审花名册",
    idOf: (n) => `ERP${String(n).padStart(3, "0")}`,
    idStart: 40,
    female: 0.35,
    columns: [
      H("工号", "id", 9.5), H("员工姓名", "name", 10), H("部门", "dept", 14), H("岗位", "level", 15),
      H("入职日期", "hire_date", 12), H("相关工作经验 ", "experience", 13), H("技能考核", "skill", 10), H("绩效考核", "perf", 10),
    ],
    plan: [
      ["ERP实施顾问", 9], ["技术支持工程师", 3], ["ERP项目经理", 5], ["业务分析师", 2], ["解决方案架构师", 3], ["技术总监", 1],
      ["ERP专家", 2], ["咨询顾问", 1],
    ],
    depts: ["实施一部", "实施二部", "售后技术支持部", "解决方案中心"],
    typo: ["ERP实施顾问", "ERP实时顾问"],
    messy: { excellent: "perf", na: "skill", badDate: "hire_date", fullwidth: "skill", fen: "perf", nian: "experience" },
  },
  {
    file: "user-ops.xlsx",
    template: "user-ops",
    seed: 9909,
    sheet: "用户运营部",
    title: null,
    idOf: (n) => `UO${String(n).padStart(4, "0")}`,
    idStart: 501,
    female: 0.6,
    columns: [
      H("工号", "id", 9.5), H("姓名", "name", 10), H("部门", "dept", 12), H("职级", "level", 13),
      H("入职日期", "hire_date", 12), H("任现职日期", "level_date", 12), H("绩效得分", "perf", 10), H("技能得分", "skill", 10),
      H("发展潜力 ", "potential", 10), H("管理能力", "mgmt", 10),
    ],
    plan: [["用户运营专员", 13], ["高级用户运营", 9], ["用户运营主管", 6], ["用户运营经理", 2]],
    depts: ["会员运营组", "社群运营组", "私域运营组", "用户增长组"],
    seniorOnly: ["mgmt"],
    typo: ["高级用户运营", "高级用户营运"],
    messy: { excellent: "potential", na: "perf", badDate: "level_date", fullwidth: "perf", fen: "skill" },
  },
  {
    file: "store-ops.csv",
    template: "store-ops",
    format: "csv-utf8-bom",
    seed: 4414,
    sheet: "store-ops.csv",
    title: null,
    idOf: (n) => `MD${String(n).padStart(4, "0")}`,
    idStart: 731,
    female: 0.5,
    columns: [
      H("员工编号", "id", 0), H("姓名", "name", 0), H("门店", "dept", 0), H("职位", "level", 0), H("入职时间", "hire_date", 0),
      H("任现职日期", "level_date", 0), H("绩效得分", "perf", 0), H("技能得分 ", "skill", 0), H("管理能力", "mgmt", 0),
      H("培训结业", "training", 0, { yes: "是", no: "否" }), H("备注", "remark", 0),
    ],
    plan: [
      ["普通员工", 9], ["培养对象", 5], ["储备领班", 3], ["领班", 3], ["厨师长", 1], ["储备店长", 2], ["四级店长", 2], ["三级店长", 2],
      ["二级店长", 1], ["区域经理", 1], ["督导", 1],
    ],
    depts: ["苏州观前店", "苏州园区店", "无锡梁溪店", "常州新北店", "南京新街口店"],
    regionDept: "苏南大区",
    seniorOnly: ["mgmt"],
    typo: ["储备店长", "储备店张"],
    messy: { excellent: "skill", na: "perf", badDate: "hire_date", fullwidth: "perf", fen: "skill" },
  },
  {
    file: "taobao-cs-gbk.csv",
    template: "taobao-cs",
    format: "csv-gbk",
    seed: 2212,
    sheet: "taobao-cs-gbk.csv",
    title: "淘宝C店客服组 2026年度晋升评审花名册",
    idOf: (n) => `KF${String(n).padStart(4, "0")}`,
    idStart: 3101,
    female: 0.75,
    columns: [
      H("工号", "id", 0), H("姓名", "name", 0), H("部门", "dept", 0), H("岗位", "level", 0), H("入职时间", "hire_date", 0),
      H("晋升日期", "level_date", 0), H("接待量", "tickets", 0), H("好评率", "csat", 0, { pct: "0.0%" }),
      H("错误率", "error_rate", 0, { pct: "0.0%" }), H("差评数", "low_quality", 0), H("业务考核", "skill", 0), H("绩效 ", "perf", 0),
      H("协作能力", "teamwork", 0), H("学习成长", "learning", 0), H("证书", "certificate", 0, { yes: "有", no: "无" }),
    ],
    plan: [["初级客服", 12], ["中级客服", 9], ["高级客服", 6], ["资深客服", 3]],
    depts: ["售前组", "售前组", "售后组", "售后组", "夜班组"],
    typo: ["高级客服", "高级课服"],
    messy: { excellent: "learning", na: "perf", badDate: "level_date", fullwidth: "perf", fen: "skill", thousands: "tickets", dan: "tickets" },
  },
];

/* ----------------------------------------------------------------------- row generation */

const REMARKS_POOL = ["试用期已转正", "产假返岗", "调岗自售前组", "内部推荐入职", "校招", "兼任新人带教", "年度优秀员工", "跨店支援"];

/**
 * Desired scenarios for the `count` people of one level: pass | soon (ready in 2027) | fail |
 * missing | top | pogé (破格). Shares are turned into whole counts (largest remainders), so
 * every file gets its share of each, then shuffled.
 */
function levelScenarios(rng, tpl, levelName, cfg, count) {
  const steps = tpl.steps.filter((s) => s.from === levelName);
  if (steps.length === 0) return Array(count).fill("top");
  const hasTime = steps.some((s) => s.paths[0].some((c) => TIME.has(c[0])));
  let pairs;
  if (steps.some((s) => s.vacancy)) pairs = [["pass", 0.7], ["fail", 0.3]]; // reserves: most pass their step
  else {
    pairs = [["pass", 0.3], ["fail", 0.4], ["missing", 0.06]];
    if (hasTime) pairs.push(["soon", 0.24]);
    if (cfg.special === "pogé" && steps[0].paths.length > 1 && levelName !== "中级运营") pairs.push(["pogé", 0.1]);
  }
  const total = pairs.reduce((a, [, w]) => a + w, 0);
  const exact = pairs.map(([s, w]) => ({ s, x: (w / total) * count, tie: rng.next() }));
  for (const e of exact) e.n = Math.floor(e.x);
  let left = count - exact.reduce((a, e) => a + e.n, 0);
  for (const e of exact.slice().sort((a, b) => b.x - b.n - (a.x - a.n) || a.tie - b.tie)) if (left-- > 0) e.n++;
  return rng.shuffle(exact.flatMap((e) => Array(e.n).fill(e.s)));
}

/** Dates for a row: the start of the primary time criterion chosen per scenario. */
function timeStart(rng, months, want) {
  if (want === "met") return edate(AS_OF, -(months + rng.int(0, 30))) - rng.int(0, 25);
  if (want === "soon") {
    const last = Math.min(READY_TO, edate(AS_OF, months) - 3);
    let ready;
    do ready = READY_FROM + rng.int(0, last - READY_FROM);
    while (parts(ready)[2] > 28);
    return edate(ready, -months);
  }
  // unmet, any
  return Math.max(edate(AS_OF, -rng.int(0, Math.max(0, months - 1))) - rng.int(1, 25), edate(AS_OF, -months) + 1);
}

function generatePerson(rng, cfg, tpl, levelText, scenario) {
  const level = canonical(tpl, levelText);
  const li = levelIndex(tpl, level);
  const steps = tpl.steps.filter((s) => s.from === level);
  const step = steps.length ? rng.pick(steps) : null;
  const pathIdx = scenario === "pogé" ? 1 : 0;
  const path = step ? step.paths[pathIdx] : [];
  const timeCrit = path.find((c) => TIME.has(c[0])) ?? null;
  const nonTime = path.filter((c) => !TIME.has(c[0]));

  // which criteria should hold
  const wantMet = new Map(nonTime.map((c) => [c, true]));
  let timeWant = "met";
  let missingField = null;
  if (scenario === "fail") {
    const k = nonTime.length > 1 && rng.chance(0.3) ? 2 : 1;
    for (const c of rng.shuffle(nonTime).slice(0, k)) wantMet.set(c, false);
    timeWant = rng.chance(0.6) ? "met" : "unmet";
  } else if (scenario === "soon") timeWant = "soon";
  else if (scenario === "missing") {
    const c = rng.pick(nonTime.filter((x) => x[0] !== "score" && x[0] !== "education") .concat(tpl.score ? [["perf"]] : []));
    missingField = c[0];
    timeWant = rng.chance(0.7) ? "met" : "unmet";
  } else if (scenario === "top") timeWant = null;
  if (!timeCrit) timeWant = null;

  // numeric and other fields
  const v = {};
  const constraints = {};
  const add = (f, c) => (constraints[f] ??= []).push(c);
  for (const c of nonTime) {
    const [f, op, val] = c;
    const met = wantMet.get(c);
    if (f === "score") {
      // steer the components; the evaluator below decides whether the weighted sum lands right
      for (const k of Object.keys(tpl.score)) {
        if (met) add(k, { op: ">=", v: val - 3, met: true });
        else {
          add(k, { op: ">=", v: val - 14, met: true });
          add(k, { op: "<=", v: val + 3, met: true });
        }
      }
    } else add(f, { op, v: val, met });
  }
  if (scenario === "pogé") {
    // the standard path must fail on experience alone (capable but young)
    const stdExp = step.paths[0].find((c) => c[0] === "experience")[2];
    add("experience", { op: "<", v: stdExp });
  }
  const fields = cfg.columns.map((c) => c.f);
  const boost = scenario === "top" ? 1 : 0;
  const needed = new Set(path.map((c) => c[0]));
  if (needed.has("score")) for (const k of Object.keys(tpl.score)) needed.add(k);
  const seniorOnly = new Set(cfg.seniorOnly ?? []);
  for (const f of fields) {
    if (["id", "name", "dept", "level", "hire_date", "level_date", "experience", "remark", "seq"].includes(f)) continue;
    if (f === "education") {
      const cons = constraints.education ?? [];
      const base = [["大专", 2], ["本科", 6], ["硕士", 1.2 + li], ["博士", li >= 2 ? 1 : 0.1]];
      let choices = base;
      for (const c of cons) {
        const r = eduRank(c.v);
        choices = choices.filter(([e]) => (c.met ? eduRank(e) >= r : eduRank(e) < r));
      }
      if (choices.length === 0) choices = cons.some((c) => !c.met) ? [["高中", 1], ["大专", 3]] : [["博士", 1]];
      v.education = rng.weighted(choices);
      continue;
    }
    if (f === "certificate" || f === "training") {
      const cons = constraints[f] ?? [];
      v[f] = cons.length ? cons[0].met : rng.chance(0.5 + 0.1 * li);
      continue;
    }
    if (f === "attendance" || f === "mid_exam" || f === "final_exam") continue; // below
    if (seniorOnly.has(f) && !needed.has(f) && li < (cfg.template === "store-ops" ? 9 : 2)) {
      v[f] = null;
      continue;
    }
    // a column formatted 0% shows whole percents only: keep its values whole, so what HR sees is what is read
    const col = cfg.columns.find((c) => c.f === f);
    v[f] = sampleNumber(rng, f, constraints[f] ?? [], boost, col.pct === "0%" ? 0.01 : null);
  }
  // store-ops training programme columns (derived training)
  if (fields.includes("attendance")) {
    const inProgramme = (cfg.trainingLevels ?? []).includes(level);
    if (inProgramme) {
      const want = constraints.training ? constraints.training[0].met : rng.chance(0.7);
      if (want) {
        v.attendance = rng.int(20, 24) / 24;
        v.mid_exam = rng.int(62, 95);
        v.final_exam = rng.int(60, 96);
      } else {
        const how = rng.int(0, 2);
        v.attendance = how === 0 ? rng.int(14, 19) / 24 : rng.int(20, 24) / 24;
        v.mid_exam = how === 1 ? rng.int(45, 59) : rng.int(62, 90);
        v.final_exam = how === 2 ? rng.int(40, 59) : rng.int(60, 92);
      }
      v.training = want;
    } else {
      v.attendance = v.mid_exam = v.final_exam = null;
      v.training = null;
    }
  }
  if (missingField) {
    if (missingField === "training") v.attendance = v.mid_exam = v.final_exam = v.training = null;
    else v[missingField] = null;
  }

  // dates and experience
  let hire;
  let levelDate = null;
  let experience = null;
  const hasLevelDate = fields.includes("level_date");
  const hasExperience = fields.includes("experience");
  const seniority = (i) => {
    let m = 0;
    for (let k = 0; k < i; k++) m += rng.int(7, 20);
    return m;
  };
  if (timeCrit && timeCrit[0] === "experience") {
    const t = timeCrit[2];
    const expCons = constraints.experience ?? [];
    const typed = hasExperience && timeWant !== "soon" && rng.chance(0.82);
    if (typed) {
      const met = timeWant === "met";
      let lo = met ? t : Math.max(0.5, t - 2.5);
      let hi = met ? t + 4 : t - 0.5;
      for (const c of expCons) if (c.op === "<") hi = Math.min(hi, c.v - 0.5);
      if (scenario === "pogé") lo = t;
      experience = sampleRange(rng, lo, Math.max(lo, hi), 0.5);
      const prior = Math.min(experience - 0.5, rng.pick([0, 0, 0.5, 1, 1.5, 2, 3]));
      hire = edate(AS_OF, -Math.round((experience - Math.max(0, prior)) * 12)) + rng.int(0, 20);
    } else {
      const want = scenario === "pogé" ? "unmet" : timeWant;
      let months = monthsFor(t);
      if (scenario === "pogé") {
        // empty experience falls back to tenure: between t (破格) and the standard threshold
        const stdExp = step.paths[0].find((c) => c[0] === "experience")[2];
        hire = edate(AS_OF, -rng.int(monthsFor(t), monthsFor(stdExp) - 1)) - rng.int(0, 20);
      } else hire = timeStart(rng, months, want);
    }
  } else if (timeCrit) {
    const months = monthsFor(timeCrit[2]);
    const start = timeStart(rng, months, timeWant);
    if (timeCrit[0] === "tenure" || li === 0) {
      hire = start;
      levelDate = li === 0 ? (rng.chance(0.7) ? hire : null) : null;
    } else {
      levelDate = start;
      hire = edate(levelDate, -seniority(li)) - rng.int(0, 20);
    }
  } else {
    levelDate = edate(AS_OF, -rng.int(2, 34)) - rng.int(0, 25);
    hire = li === 0 ? levelDate : edate(levelDate, -seniority(li)) - rng.int(0, 20);
  }
  if (hire < EARLIEST_HIRE) hire = EARLIEST_HIRE + rng.int(0, 200);
  if (levelDate !== null && levelDate < hire) levelDate = hire;
  if (!hasLevelDate) levelDate = null;
  if (hasExperience && experience === null && !(timeCrit && timeCrit[0] === "experience") && rng.chance(0.75)) {
    // experience typed for people whose step does not need it (top levels...): >= tenure
    const ten = monthsCompleted(hire, AS_OF) / 12;
    experience = Math.floor(ten * 2) / 2 + rng.pick([0, 0.5, 1, 2, 3]);
    if (experience < 0.5) experience = null;
  }

  return { levelText, level, li, scenario, v, hire, levelDate, experience, missingField };
}

function desiredOk(p, tpl, ev) {
  switch (p.scenario) {
    case "top":
      return ev.status === "top";
    case "pass":
    case "pogé":
      return ev.status === "eligible" || ev.status === "awaiting_vacancy";
    case "soon": {
      if (ev.status !== "not_eligible") return false;
      return ev.targets.some((t) => t.ready !== null && t.ready >= READY_FROM && t.ready <= READY_TO);
    }
    case "missing":
      return ev.status === "not_eligible" && ev.targets.some((t) => t.missing);
    default:
      return ev.status === "not_eligible" && ev.targets.every((t) => t.ready === null);
  }
}

function generateFile(cfg) {
  const rng = makeRng(cfg.seed);
  const tpl = TEMPLATES[cfg.template];
  const used = new Set();
  const people = [];
  for (const [levelText, count] of cfg.plan) {
    const scenarios = levelScenarios(rng, tpl, canonical(tpl, levelText), cfg, count);
    for (let i = 0; i < count; i++) {
      let scenario = scenarios[i];
      let p = null;
      for (let attempt = 0; attempt < 400; attempt++) {
        if (attempt === 200) scenario = scenario === "soon" || scenario === "pogé" ? "fail" : scenario;
        const cand = generatePerson(rng, cfg, tpl, levelText, scenario);
        const ev = evaluate(cand, tpl);
        if (desiredOk(cand, tpl, ev)) {
          p = cand;
          p.expected = ev;
          break;
        }
      }
      if (!p) throw new Error(`${cfg.file}: cannot generate ${levelText} / ${scenario}`);
      p.name = makeName(rng, cfg.female, used);
      p.dept = rng.pick(cfg.depts);
      if (cfg.regionDept && ["储备区域经理", "区域经理", "督导"].includes(p.level)) p.dept = cfg.regionDept;
      p.remark = "";
      if (p.missingField) p.remark = p.missingField === "training" ? "未参加本期培训" : "新人未参加本期考核";
      else if (rng.chance(0.12)) p.remark = rng.pick(REMARKS_POOL);
      people.push(p);
    }
  }
  // 工号 in hire order, with gaps (leavers)
  const byHire = people.slice().sort((a, b) => a.hire - b.hire || a.name.localeCompare(b.name));
  let n = cfg.idStart;
  for (const p of byHire) {
    p.id = cfg.idOf(n);
    n += rng.chance(0.25) ? rng.int(2, 4) : 1;
  }
  // roster order: department, then level (senior first), then 工号
  const deptOrder = [...new Set(cfg.depts.concat(cfg.regionDept ? [cfg.regionDept] : []))];
  people.sort((a, b) => deptOrder.indexOf(a.dept) - deptOrder.indexOf(b.dept) || b.li - a.li || String(a.id).localeCompare(String(b.id)));
  return { rng, tpl, people };
}

/* ------------------------------------------------------------------------ cell building */

const FW = (s) => String(s).replace(/[0-9.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const DATE_TEXT = [
  (y, m, d) => `${y}/${m}/${d}`,
  (y, m, d) => `${y}年${m}月${d}日`,
  (y, m, d) => `${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}`,
  (y, m, d) => `${y}.${m}.${d}`,
];
const pctText = (x) => `${Math.round(x * 1000) / 10}%`;

/** A written cell: `value` for exceljs, `csv` text for CSV files, `numFmt` and `note` (messy). */
function cellFor(col, p) {
  const f = col.f;
  if (f === "seq") return { value: null }; // filled later
  if (f === "id") return { value: p.id };
  if (f === "name") return { value: p.name };
  if (f === "dept") return { value: p.dept };
  if (f === "level") return { value: p.levelText };
  if (f === "remark") return { value: p.remark || null };
  if (f === "hire_date" || f === "level_date") {
    const day = f === "hire_date" ? p.hire : p.levelDate;
    if (day === null || day === undefined) return { value: null };
    return { value: jsDate(day), numFmt: "yyyy-mm-dd", day };
  }
  if (f === "experience") return { value: p.experience };
  if (f === "education") return { value: p.v.education ?? null };
  if (f === "certificate" || f === "training") {
    const b = p.v[f];
    if (b === null || b === undefined) return { value: null };
    return { value: b ? col.yes ?? "是" : col.no ?? "否" };
  }
  const x = p.v[f];
  if (x === null || x === undefined) return { value: null };
  if (col.pct) return { value: x, numFmt: col.pct, pct: true };
  if (col.numFmt) return { value: x, numFmt: col.numFmt };
  return { value: x };
}

function csvText(cell, rowCfg) {
  const v = cell.value;
  if (cell.csv !== undefined) return cell.csv;
  if (v === null || v === undefined) return "";
  if (v instanceof Date) {
    const [y, m, d] = parts(cell.day);
    return rowCfg.dateStyle === "iso" ? iso(cell.day) : `${y}/${m}/${d}`;
  }
  if (typeof v === "object" && v.error) return v.error;
  if (cell.pct) return cell.numFmt === "0%" ? `${Math.round(v * 100)}%` : `${(v * 100).toFixed(1)}%`;
  if (typeof v === "number" && cell.numFmt === "#,##0" && v >= 1000) return v.toLocaleString("en-US");
  return String(v);
}

const colLetter = (i) => {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/* ---------------------------------------------------------------------- messy cells */

function buildRows(cfg, gen) {
  const { rng, people } = gen;
  const cols = cfg.columns;
  const colIdx = (f) => cols.findIndex((c) => c.f === f);
  const rows = people.map((p) => ({ p, cells: cols.map((c) => cellFor(c, p)), expected: p.expected.status }));
  const notes = []; // { addr, value, what, effect }
  // header offset: title + blank row
  const headerRow = cfg.title ? 3 : 1;

  // an empty row inside the data, about 60% of the way down
  const blankAt = Math.floor(rows.length * 0.6);
  rows.splice(blankAt, 0, { blank: true, cells: cols.map(() => ({ value: null })) });
  const rowNo = (r) => headerRow + 1 + rows.indexOf(r);
  const addr = (r, f) => `${colLetter(colIdx(f))}${rowNo(r)}`;

  const taken = new Set();
  const candidates = (pred = () => true) => rows.filter((r) => !r.blank && !taken.has(r) && pred(r));
  const claim = (pred) => {
    const list = candidates(pred);
    if (list.length === 0) throw new Error(`${cfg.file}: no row for a messy cell`);
    const r = rng.pick(list);
    taken.add(r);
    return r;
  };
  // error cells never land on the only person of a level (e.g. the one 储备区域经理 drawing the 100-yuan allowance)
  const perLevel = new Map();
  for (const p of people) perLevel.set(p.level, (perLevel.get(p.level) ?? 0) + 1);
  const shared = (r) => perLevel.get(r.p.level) > 1;
  const notTop = (r) => r.expected !== "top" && shared(r);
  const m = cfg.messy;

  // errors -------------------------------------------------------------------------------
  {
    const r = claim((x) => notTop(x) && x.cells[colIdx(m.excellent)].value !== null);
    r.cells[colIdx(m.excellent)] = { value: "优秀" };
    r.expected = "error";
    notes.push({ addr: addr(r, m.excellent), value: "优秀", what: `text in a score column (${cols[colIdx(m.excellent)].h.trim()})`, effect: "error" });
  }
  {
    const r = claim((x) => shared(x) && x.cells[colIdx(m.badDate)].value !== null);
    r.cells[colIdx(m.badDate)] = { value: "2023-02-30" };
    r.expected = "error";
    notes.push({ addr: addr(r, m.badDate), value: "2023-02-30", what: "impossible date (text)", effect: "error" });
  }
  {
    const r = claim(notTop);
    r.cells[colIdx(m.na)] = { value: { error: "#N/A" }, csv: "#N/A" };
    r.expected = "error";
    const what = cfg.format ? "Excel error value as Excel saves it in a CSV" : "Excel error value (a failed VLOOKUP)";
    notes.push({ addr: addr(r, m.na), value: "#N/A", what: `${what} in ${cols[colIdx(m.na)].h.trim()}`, effect: "error" });
  }
  {
    const [from, typo] = cfg.typo;
    const r = claim((x) => x.p.levelText === from);
    r.cells[colIdx("level")] = { value: typo };
    r.expected = "error";
    notes.push({ addr: addr(r, "level"), value: typo, what: `unknown level, typo of ${from}`, effect: `error (closest: ${from})` });
  }
  {
    const a = claim(shared);
    const b = claim((x) => shared(x) && Math.abs(rows.indexOf(x) - rows.indexOf(a)) > 3);
    const [first, second] = rows.indexOf(a) < rows.indexOf(b) ? [a, b] : [b, a];
    second.cells[colIdx("id")] = { value: first.p.id };
    first.expected = second.expected = "error";
    notes.push({ addr: `${addr(first, "id")}, ${addr(second, "id")}`, value: String(first.p.id), what: "duplicate 工号 (the second one was mistyped)", effect: "error on both rows" });
  }
  notes.push({ addr: `${cfg.format ? "line" : "row"} ${headerRow + 1 + blankAt}`, value: "", what: "empty row inside the data", effect: "no result" });

  // readable mess: same value, awkward form --------------------------------------------------
  const intCell = (f) => (x) => Number.isInteger(x.cells[colIdx(f)].value) && x.cells[colIdx(f)].value !== null;
  if (m.fullwidth) {
    const r = claim(intCell(m.fullwidth));
    const c = r.cells[colIdx(m.fullwidth)];
    const txt = FW(c.value);
    notes.push({ addr: addr(r, m.fullwidth), value: txt, what: `full-width digits = ${c.value}`, effect: "read as " + c.value });
    r.cells[colIdx(m.fullwidth)] = { value: txt };
  }
  if (m.fen) {
    const r = claim(intCell(m.fen));
    const c = r.cells[colIdx(m.fen)];
    notes.push({ addr: addr(r, m.fen), value: `${c.value}分`, what: "number with unit 分", effect: "read as " + c.value });
    r.cells[colIdx(m.fen)] = { value: `${c.value}分` };
  }
  if (m.thousands) {
    const r = claim((x) => (x.cells[colIdx(m.thousands)].value ?? 0) >= 1000);
    const c = r.cells[colIdx(m.thousands)];
    const t = c.value.toLocaleString("en-US");
    notes.push({ addr: addr(r, m.thousands), value: t, what: "thousands separator, as text", effect: "read as " + c.value });
    r.cells[colIdx(m.thousands)] = { value: t };
  }
  if (m.dan) {
    const r = claim((x) => (x.cells[colIdx(m.dan)].value ?? 0) >= 1000);
    const c = r.cells[colIdx(m.dan)];
    notes.push({ addr: addr(r, m.dan), value: `${c.value}单`, what: "number with unit 单", effect: "read as " + c.value });
    r.cells[colIdx(m.dan)] = { value: `${c.value}单` };
  }
  if (m.nian) {
    const r = claim((x) => x.cells[colIdx(m.nian)].value !== null);
    const c = r.cells[colIdx(m.nian)];
    notes.push({ addr: addr(r, m.nian), value: `${c.value}年`, what: "years with unit 年", effect: "read as " + c.value });
    r.cells[colIdx(m.nian)] = { value: `${c.value}年` };
  }
  // dates typed as text (the same date)
  const dateCols = ["hire_date", "level_date"].filter((f) => colIdx(f) >= 0);
  // (in a CSV every date is text already, written 2023/5/1: list only the other forms)
  const nText = (cfg.format ? 3 : 4) + (m.extraText ?? 0);
  for (let k = 0; k < nText; k++) {
    const f = dateCols[k % dateCols.length];
    const r = rng.pick(candidates((x) => x.cells[colIdx(f)].value instanceof Date && !x.cells[colIdx(f)].note));
    const c = r.cells[colIdx(f)];
    const t = DATE_TEXT[(k + (cfg.format ? 1 : 0)) % DATE_TEXT.length](...parts(c.day));
    r.cells[colIdx(f)] = { value: t, note: true };
    notes.push({ addr: addr(r, f), value: t, what: "date typed as text", effect: "read as " + iso(c.day), readable: true });
  }
  // percents typed as text
  const pctCols = cols.filter((c) => c.pct).map((c) => c.f);
  const nPct = pctCols.length && !cfg.format ? 2 + (m.extraPct ?? 0) : 0;
  for (let k = 0; k < nPct; k++) {
    const f = pctCols[k % pctCols.length];
    const r = rng.pick(candidates((x) => x.cells[colIdx(f)].pct && !x.cells[colIdx(f)].note));
    const c = r.cells[colIdx(f)];
    const t = pctText(c.value);
    r.cells[colIdx(f)] = { value: t, note: true };
    notes.push({ addr: addr(r, f), value: t, what: "percent typed as text", effect: "read as " + t, readable: true });
  }
  // header with a trailing space
  const trailing = cols.findIndex((c) => c.h !== c.h.trimEnd());
  if (trailing >= 0) notes.unshift({ addr: `${colLetter(trailing)}${headerRow}`, value: cols[trailing].h, what: "header with a trailing space", effect: "still matched" });

  // 序号
  const seq = colIdx("seq");
  if (seq >= 0) {
    let k = 1;
    for (const r of rows) if (!r.blank) r.cells[seq] = { value: k++ };
  }
  return { rows, notes, headerRow };
}

/* ------------------------------------------------------------------------------ writers */

async function writeXlsx(cfg, built, path) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "PromoLadder examples";
  wb.lastModifiedBy = "行政部";
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  const ws = wb.addWorksheet(cfg.sheet, {
    views: [{ state: "frozen", xSplit: 0, ySplit: built.headerRow, topLeftCell: `A${built.headerRow + 1}`, activeCell: `A${built.headerRow + 1}` }],
    properties: { defaultRowHeight: 18 },
  });
  const cols = cfg.columns;
  ws.columns = cols.map((c) => ({ width: c.w }));
  const border = { top: { style: "thin", color: { argb: "FFBFBFBF" } }, left: { style: "thin", color: { argb: "FFBFBFBF" } }, bottom: { style: "thin", color: { argb: "FFBFBFBF" } }, right: { style: "thin", color: { argb: "FFBFBFBF" } } };
  const font = { name: "等线", size: 11 };
  if (cfg.title) {
    ws.mergeCells(1, 1, 1, cols.length);
    const t = ws.getCell(1, 1);
    t.value = cfg.title;
    t.font = { name: "等线", size: 14, bold: true };
    t.alignment = { horizontal: "center", vertical: "middle" };
    ws.getRow(1).height = 28;
  }
  const hr = ws.getRow(built.headerRow);
  cols.forEach((c, j) => {
    const cell = hr.getCell(j + 1);
    cell.value = c.h;
    cell.font = { ...font, bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.alignment = { horizontal: "center", vertical: "middle" };
    cell.border = border;
  });
  hr.height = 22;
  built.rows.forEach((r, i) => {
    const row = ws.getRow(built.headerRow + 1 + i);
    if (r.blank) return;
    r.cells.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      cell.value = c.value ?? null;
      cell.font = font;
      cell.border = border;
      if (c.numFmt) cell.numFmt = c.numFmt;
      const f = cols[j].f;
      if (!["name", "dept", "remark"].includes(f)) cell.alignment = { horizontal: "center" };
    });
  });
  ws.autoFilter = { from: { row: built.headerRow, column: 1 }, to: { row: built.headerRow, column: cols.length } };
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  writeFileSync(path, fixZipTimes(buf));
}

/** Sets every zip entry's DOS time stamp to 2026-11-23 09:00, so re-runs are byte-identical. */
function fixZipTimes(buf) {
  const time = (9 << 11) | (0 << 5) | 0;
  const date = ((2026 - 1980) << 9) | (11 << 5) | 23;
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0; i--) if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  if (eocd < 0) throw new Error("zip: no end of central directory");
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let k = 0; k < count; k++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error("zip: bad central directory");
    buf.writeUInt16LE(time, p + 12);
    buf.writeUInt16LE(date, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error("zip: bad local header");
    buf.writeUInt16LE(time, local + 10);
    buf.writeUInt16LE(date, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}

function csvField(s) {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function writeCsv(cfg, built, path) {
  const n = cfg.columns.length;
  const lines = [];
  if (cfg.title) {
    lines.push([cfg.title, ...Array(n - 1).fill("")].map(csvField).join(","));
    lines.push(Array(n).fill("").join(","));
  }
  lines.push(cfg.columns.map((c) => csvField(c.h)).join(","));
  for (const r of built.rows) lines.push(r.cells.map((c) => csvField(csvText(c, cfg))).join(","));
  const text = lines.join("\r\n") + "\r\n";
  if (cfg.format === "csv-gbk") writeFileSync(path, iconv.encode(text, "gbk"));
  else writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]));
}

/* ------------------------------------------------------------------------------- README */

const STATUS_ORDER = ["eligible", "awaiting_vacancy", "not_eligible", "top", "error"];

function readme(results) {
  const out = [];
  out.push("# Sample rosters");
  out.push("");
  out.push("Generated by `node scripts/make-examples.mjs` (`npm run examples`); do not edit by hand.");
  out.push("The generator is deterministic (seeded mulberry32, fixed dates), so a re-run rewrites the same bytes.");
  out.push("");
  out.push("Review them as of **2026-11-23**, the date every value was chosen around, e.g.");
  out.push("`promo review examples/taobao-cs.xlsx --as-of 2026-11-23` (`npm run demo`). Each file matches one");
  out.push("built-in template by its level names; people marked *ready in 2027* are not eligible yet, meet every");
  out.push("non-time criterion and get a ready date in 2027.");
  out.push("");
  out.push("| File | Template | Sheet (header row) | Data rows | Expected statuses | Messy cells (address: value — effect) |");
  out.push("|---|---|---|---|---|---|");
  for (const { cfg, built, people } of results) {
    const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0]));
    for (const r of built.rows) if (!r.blank) counts[r.expected]++;
    const ready = built.rows.filter((r) => !r.blank && r.expected === "not_eligible" && r.p.expected.targets.some((t) => t.ready !== null)).length;
    const pog = built.rows.filter((r) => !r.blank && r.expected === "eligible" && r.p.expected.targets.some((t) => t.met && t.path > 0)).length;
    const statuses = STATUS_ORDER.filter((s) => counts[s] > 0)
      .map((s) => `${s} ${counts[s]}` + (s === "not_eligible" && ready ? ` (ready in 2027: ${ready})` : "") + (s === "eligible" && pog ? ` (破格: ${pog})` : ""))
      .join("<br>");
    const kind = cfg.format === "csv-gbk" ? " (CSV, GBK)" : cfg.format === "csv-utf8-bom" ? " (CSV, UTF-8 BOM)" : "";
    const sheet = cfg.format ? `— (line ${built.headerRow}${cfg.title ? ", after a title line and an empty line" : ""})` : `${cfg.sheet} (row ${built.headerRow}${cfg.title ? ", title in row 1 merged across" : ""})`;
    const messy = built.notes
      .map((n) => `${n.addr}: ${n.value ? "`" + n.value.replace(/ $/, "␠") + "`" : ""}${n.value ? " " : ""}${n.what} — ${n.effect}`)
      .join("<br>");
    out.push(`| \`${cfg.file}\`${kind} | ${cfg.template} · ${TEMPLATES[cfg.template].name} | ${sheet} | ${people.length} | ${statuses} | ${messy} |`);
  }
  out.push("");
  out.push("Notes");
  out.push("");
  out.push("- *Data rows* counts people (the empty row is not counted). Row numbers are sheet rows (title and");
  out.push("  empty rows counted) or CSV line numbers; a review reports error cells as `Sheet!A1` (in a CSV: the");
  out.push("  column letter and the line number).");
  out.push("- Dates are real Excel dates formatted `yyyy-mm-dd` except those listed; percent columns hold");
  out.push("  fractions formatted `0%`/`0.0%` except those listed. In the CSVs every value is text, as Excel saves");
  out.push("  it: dates `2023/5/1`, percents `92.5%`; text dates in other forms are listed.");
  out.push("- A duplicate 工号 flags both occurrences. `优秀`, `2023-02-30`, `#N/A` and the unknown level each make");
  out.push("  their row an error even where the row's next step does not need that column (catalogue §6).");
  out.push("- `store-ops.xlsx` has no 培训结业 column: training is derived from 培训出勤率 (sessions attended / 24),");
  out.push("  中期考核 and 结业考核 (passed = attendance >= 80% and both exams >= 60); `store-ops.csv` has a");
  out.push("  培训结业 column instead. Reserves (储备...) who meet their step are `awaiting_vacancy` and earn the");
  out.push("  allowance (储备领班 30, 储备店长 50, 储备区域经理 100 yuan a month).");
  out.push("- `ops-general.xlsx`: 工作年限 is typed for most people (a plain number, no ready date); where it is");
  out.push("  empty it falls back to tenure (so a ready date is given). `erp.xlsx` does the same with 相关工作经验.");
  out.push("- The expected statuses come from the generator's own reading of catalogue §4; `npm run demo` should agree.");
  out.push("");
  return out.join("\n");
}

/* --------------------------------------------------------------------------------- main */

/**
 * The 绩效奖金 sample (examples/ecom-cs-bonus.xlsx): the ecom-cs roster with its own policy sheets,
 * the ecom-cs template plus a 奖金档位 sheet. The tiers are an example (the seed names no amounts).
 * The sheets come from the built policy-sheet writer (dist/, `npm run build:cli`); without it the
 * sample is skipped.
 */
const BONUS_NOTE = "示例金额，请按公司绩效奖金制度修改";
const BONUS_TIERS = {
  tiers: [
    { name: "A档", criteria: [{ field: "tickets", op: ">=", value: 6000 }, { field: "csat", op: ">=", value: 0.97 }], amount: 800, note: BONUS_NOTE },
    { name: "B档", criteria: [{ field: "tickets", op: ">=", value: 4000 }, { field: "csat", op: ">=", value: 0.95 }], amount: 500, note: BONUS_NOTE },
    { name: "C档", levels: ["初级客服", "中级客服"], criteria: [{ field: "tickets", op: ">=", value: 2000 }, { field: "csat", op: ">=", value: 0.92 }], amount: 200, note: BONUS_NOTE },
  ],
};

async function writeBonusSample(cfg, built) {
  let core;
  let sheets;
  try {
    core = require(join(ROOT, "dist/core/index.js"));
    sheets = require(join(ROOT, "dist/cli/io/policy-workbook.js"));
  } catch {
    console.log("ecom-cs-bonus.xlsx   skipped: run npm run build:cli first (it uses the built policy-sheet writer)");
    return "";
  }
  const path = join(OUT, "ecom-cs-bonus.xlsx");
  await writeXlsx(cfg, built, path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const policy = { ...core.getTemplate("ecom-cs"), id: "ecom-cs-bonus", name: "电商客服（含绩效奖金）", nameEn: "E-commerce customer service with bonus", bonus: BONUS_TIERS };
  sheets.addPolicySheets(wb, policy, "zh-CN", path);
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  writeFileSync(path, fixZipTimes(Buffer.from(await wb.xlsx.writeBuffer())));
  console.log(`ecom-cs-bonus.xlsx   ${core.policyFingerprint(policy)} with ${BONUS_TIERS.tiers.length} bonus tiers`);
  return [
    "",
    "## `ecom-cs-bonus.xlsx`: bonus tiers (绩效奖金)",
    "",
    "The roster of `ecom-cs.xlsx` with its own policy sheets: the ecom-cs template as policy `ecom-cs-bonus`",
    "plus a **奖金档位** sheet (the seed's 四、激励机制 1.绩效奖金: by 业务量 and 客户满意度). The amounts are an",
    "example, not a company's rule (the seed names none); the sheet's 说明 column says so. `ecom-cs.xlsx` has no",
    "monthly columns, so the tiers read its 累计工单 (工单量) and 满意度 columns.",
    "",
    "| 档位 | 适用职级 | 工单量 >= | 客户满意度 >= | 月奖金(元) |",
    "|---|---|---|---|---|",
    ...BONUS_TIERS.tiers.map((t) => `| ${t.name} | ${(t.levels ?? []).join("、") || "全部"} | ${t.criteria[0].value} | ${Math.round(t.criteria[1].value * 100)}% | ${t.amount} |`),
    "",
    "`promo review examples/ecom-cs-bonus.xlsx --as-of 2026-11-23` pays A档 2, B档 5, C档 6 people: 5,300 yuan a month",
    "(数据错误 rows are paid nothing; 已最高 rows are paid like anyone else).",
    "",
  ].join("\n");
}

/* ------------------------------------------- ecom-cs-2026.xlsx: blockers and rolling windows */

/**
 * examples/ecom-cs-2026.xlsx (issue #8): an 电商客服 roster with monthly 客户满意度 and 工单量
 * columns, 转正日期, 违纪日期, 必修培训 and 证书有效期, and the workbook's own policy sheets: the
 * ecom-cs template as policy `ecom-cs-2026` plus blocker (否决) and rolling-window rows.
 *
 * The people are hand-checked cases (ECS26_CASES, each with the outcome expected as of
 * 2026-11-23, listed in examples/README.md and pinned by test/cli/ecom-cs-2026.test.ts) and
 * seeded fillers. The policy sheets are written by the built policy-sheet writer (dist/, `npm run
 * build:cli`) and read back to check that the build is current.
 *
 * Adding a sheet: bonus tiers belong to the policy (set `bonus` in ecs26Policy and the writer adds
 * 奖金档位); any other sheet is one more builder in ECS26_SHEETS.
 */
const ECS26_FILE = "ecom-cs-2026.xlsx";
const ECS26_SHEET = "客服部";
const ECS26_TITLE = "电商客服部 2026年11月晋升评审花名册（含月度指标）";
const ECS26_HEADER_ROW = 2;
/** Monthly columns: 客户满意度 2026-04 .. 2026-10 (7 months), 工单量 2026-05 .. 2026-10 (6 months). */
const ECS26_CSAT_MONTHS = [4, 5, 6, 7, 8, 9, 10];
const ECS26_TICKET_MONTHS = [5, 6, 7, 8, 9, 10];
/** Header styles HR mixes; the odd ones are listed in the README. */
const ecs26CsatHeader = (m) => (m === 9 ? "客户满意度(2026/09)" : m === 10 ? "10月客户满意度" : `客户满意度 2026-${String(m).padStart(2, "0")}`);
const ecs26TicketHeader = (m) => (m === 8 ? "工单量_202608" : `2026年${m}月工单量`);

const ECS26_COLUMNS = [
  H("工号", "id", 9), H("姓名", "name", 9), H("部门", "dept", 11), H("岗位", "level", 10),
  H("入职日期", "hire_date", 11.5), H("定级日期", "level_date", 11.5), H("业务考核", "skill", 8.5), H("绩效考核", "perf", 8.5),
  H("综合素质", "quality", 8.5), H("管理能力", "mgmt", 8.5), H("客户满意度", "csat", 10), H("转正日期", "probation_end", 11.5),
  H("违纪日期", "discipline_date", 11.5), H("必修培训", "mandatory_training", 8.5), H("证书有效期", "cert_expiry", 11.5),
  ...ECS26_CSAT_MONTHS.map((m) => H(ecs26CsatHeader(m), `csat_${m}`, 11)),
  ...ECS26_TICKET_MONTHS.map((m) => H(ecs26TicketHeader(m), `tickets_${m}`, 11)),
  H("备注", "remark", 24),
];

/** The policy: ecom-cs plus windows and blockers (built on the template as the product has it). */
function ecs26Policy(core) {
  const base = core.getTemplate("ecom-cs");
  const add = (step, ...criteria) => ({ ...step, paths: [{ ...step.paths[0], criteria: [...step.paths[0].criteria, ...criteria] }, ...step.paths.slice(1)] });
  const [toMid, toSenior, toLead, toManager] = base.steps;
  const fastTrack = {
    id: "fast_track",
    label: "破格",
    criteria: [
      { field: "years_in_level", op: ">=", value: 0.25 },
      { field: "score", op: ">=", value: 85 },
      { field: "csat", op: ">=", value: 0.95, window: { months: 6, agg: "min" } },
    ],
  };
  const mid = add(toMid, { field: "csat", op: ">=", value: 0.9, window: { months: 6, agg: "avg" } });
  return {
    ...base,
    id: "ecom-cs-2026",
    name: "电商客服 2026",
    nameEn: "E-commerce customer service 2026",
    version: "2.0",
    revised: "2026-11-23",
    sources: [...base.sources, "2026年客服晋升补充规定（否决项与月度滚动指标）"],
    steps: [
      { ...mid, paths: [...mid.paths, fastTrack] },
      add(toSenior, { field: "csat", op: ">=", value: 4, window: { months: 6, agg: "count_at_least", floor: 0.95 } }),
      add(toLead, { field: "tickets", op: ">=", value: 1500, window: { months: 6, agg: "avg" } }),
      toManager,
    ],
    blockers: [
      { criterion: { field: "probation_end", op: "<=", value: "as_of" } },
      { criterion: { field: "discipline_date", op: "not_within", value: 12 } },
      { criterion: { field: "mandatory_training", op: "=", value: true } },
      { criterion: { field: "cert_expiry", op: ">=", value: "as_of" }, label: "上岗证已过期" },
    ],
  };
}

/** Defaults per level: time in level, composite score (all three parts), YTD 满意度, 管理能力. */
const ECS26_LEVELS = {
  初级客服: { since: [2025, 6], score: 80, csat: 0.93, mgmt: null },
  中级客服: { since: [2025, 3], score: 84, csat: 0.96, mgmt: null },
  高级客服: { since: [2025, 2], score: 88, csat: 0.97, mgmt: 80 },
  客服主管: { since: [2024, 3], score: 92, csat: 0.97, mgmt: 88 },
  客服经理: { since: [2023, 5], score: 93, csat: 0.98, mgmt: 90 },
};

const d = (text) => {
  const [y, m, dd] = text.split("-").map(Number);
  return ymd(y, m, dd);
};
/** Six monthly values, 2026-05 .. 2026-10. */
const six = (...v) => v;

/**
 * The hand-checked cases, by level. `csat` / `tickets` give the six months 2026-05..2026-10
 * (`csat4` the 2026-04 value, outside the window); a value may be text (messy cells).
 * `expect`: status, and what the review must say (gaps, path or ready date).
 */
const ECS26_CASES = [
  // 初级客服 -> 中级客服: standard 任现职 >= 0.5, 综合得分 >= 75, 近6月平均 满意度 >= 90%; 破格 任现职 >= 0.25, 综合得分 >= 85, 近6月最低 >= 95%.
  { level: "初级客服", what: "clean: every criterion and blocker holds", expect: { status: "eligible", path: "standard" } },
  { level: "初级客服", hire: "2026-04-20", probation: "2027-01-20", remark: "试用期延长至2027-01-20", what: "probation extended past the review date", expect: { status: "not_eligible", gaps: "否决：试用期未结束（转正日期 2027-01-20）", ready: "2027-01-20" } },
  { level: "初级客服", hire: "2026-05-23", probation: "2026-11-23", what: "转正日期 = review date, and exactly half a year in level", expect: { status: "eligible", path: "standard", ready: "2026-11-23" } },
  { level: "初级客服", discipline: "2025-11-23", remark: "2025-11-23 书面警告", what: "violation exactly 12 months before the review date: no longer blocks", expect: { status: "eligible", path: "standard" } },
  { level: "初级客服", discipline: "2026-03-15", remark: "2026-03-15 违纪警告", what: "violation 8 months ago", expect: { status: "not_eligible", gaps: "否决：近12个月内有违纪记录（违纪日期 2026-03-15）", ready: "2027-03-15" } },
  { level: "初级客服", discipline: "2025-11-30", what: "violation blocking one more week", expect: { status: "not_eligible", gaps: "否决：近12个月内有违纪记录（违纪日期 2025-11-30）", ready: "2026-11-30" } },
  { level: "初级客服", training: "未完成", what: "mandatory training not completed", expect: { status: "not_eligible", gaps: "否决：必修培训未完成（必修培训 否）", ready: null } },
  { level: "初级客服", training: null, what: "mandatory training empty (= not completed)", expect: { status: "not_eligible", gaps: "否决：必修培训未完成（必修培训 否）", ready: null } },
  { level: "初级客服", cert: "2026-10-31", what: "certificate expired", expect: { status: "not_eligible", gaps: "否决：上岗证已过期（证书有效期 2026-10-31）", ready: null } },
  { level: "初级客服", cert: "2026-11-23", what: "certificate valid until the review date", expect: { status: "eligible", path: "standard" } },
  { level: "初级客服", cert: null, what: "certificate expiry empty: missing", expect: { status: "not_eligible", gaps: "否决：证书有效期 缺少数据 (需 ≥ 评审日)", ready: null } },
  { level: "初级客服", csat: six(0.88, 0.89, 0.88, 0.89, 0.88, 0.89), what: "6-month average 88.5%", expect: { status: "not_eligible", gaps: "客户满意度近6月平均 88.5% < 90%", ready: null } },
  { level: "初级客服", csat: six(0.9, 0.9, 0.9, 0.9, 0.9, 0.9), csat4: 0.8, what: "6-month average exactly 90% (2026-04's 80% is outside the window)", expect: { status: "eligible", path: "standard" } },
  { level: "初级客服", csat: six(0.93, 0.94, null, 0.95, 0.92, 0.94), remark: "7月休产假", what: "2026-07 empty inside the window: missing", expect: { status: "not_eligible", gaps: "客户满意度近6月平均 缺少数据 (需 ≥ 90%)", ready: null } },
  { level: "初级客服", csat: six(0.92, "95%", 0.93, 96, 0.94, "0.91"), what: "monthly percents typed as 95% (text), 96 (points) and 0.91 (text)", expect: { status: "eligible", path: "standard" } },
  { level: "初级客服", csat: six(0.93, 0.94, 0.95, 0.92, "请假", 0.94), what: "monthly cell 请假 in 客户满意度(2026/09): unreadable", expect: { status: "error", error: "客户满意度(2026/09)" } },
  { level: "初级客服", csat4: "暂无", what: "暂无 in 2026-04, outside the window: never read", expect: { status: "eligible", path: "standard" } },
  { level: "初级客服", hire: "2026-07-20", score: 90, csat: six(0.96, 0.97, 0.95, 0.98, 0.96, 0.97), what: "4 months in level, score 90, every month >= 95%: 破格", expect: { status: "eligible", path: "fast_track" } },
  { level: "初级客服", hire: "2026-07-20", score: 90, csat: six(0.96, 0.97, 0.95, 0.98, 0.96, 0.97), discipline: "2026-06-01", what: "the same 破格 case with a violation: the blocker holds on every path", expect: { status: "not_eligible", gaps: "任现职 0.33年 < 0.5年; 否决：近12个月内有违纪记录（违纪日期 2026-06-01）", ready: "2027-06-01" } },
  { level: "初级客服", hire: "2026-08-10", what: "only time in level is short", expect: { status: "not_eligible", gaps: "任现职 0.25年 < 0.5年", ready: "2027-02-10" } },
  { level: "初级客服", hire: "2026-07-01", probation: "2026-12-31", what: "time in level and probation: the later date", expect: { status: "not_eligible", gaps: "任现职 0.33年 < 0.5年; 否决：试用期未结束（转正日期 2026-12-31）", ready: "2027-01-01" } },
  // 中级客服 -> 高级客服: 任现职 >= 1, 综合得分 >= 80, 客户满意度 >= 95%, 近6月达标月数(>=95%) >= 4.
  { level: "中级客服", csat: six(0.96, 0.95, 0.97, 0.94, 0.96, 0.98), what: "clean: 5 months >= 95%", expect: { status: "eligible", path: "standard" } },
  { level: "中级客服", csat: six(0.96, 0.94, 0.95, 0.93, 0.97, 0.94), what: "3 months >= 95%", expect: { status: "not_eligible", gaps: "客户满意度近6月达标月数(≥95%) 3 < 4", ready: null } },
  { level: "中级客服", csat: six(0.95, 0.95, 0.949, 0.95, 0.9, "95%"), what: "exactly 4 months >= 95% (94.9% does not count)", expect: { status: "eligible", path: "standard" } },
  { level: "中级客服", csat: six(0.96, 0.94, 0.95, 0.93, 0.97, 0.94), cert: "2026-09-30", what: "3 months >= 95% and certificate expired", expect: { status: "not_eligible", gaps: "客户满意度近6月达标月数(≥95%) 3 < 4; 否决：上岗证已过期（证书有效期 2026-09-30）", ready: null } },
  // 高级客服 -> 客服主管: 任现职 >= 1, 综合得分 >= 85, 管理能力 >= 75, 近6月平均 工单量 >= 1500.
  { level: "高级客服", tickets: six(1620, 1580, 1700, 1550, 1490, 1650), what: "clean: 6-month average 1598 tickets", expect: { status: "eligible", path: "standard" } },
  { level: "高级客服", tickets: six(1500, 1500, 1499, 1500, 1500, 1500), what: "6-month average 1499.83 tickets", expect: { status: "not_eligible", gaps: "工单量近6月平均 1499.83 < 1500", ready: null } },
  { level: "高级客服", tickets: six(1510, "1,520", 1480, "1600单", 1530, 1490), what: "ticket counts typed as 1,520 and 1600单", expect: { status: "eligible", path: "standard" } },
  { level: "高级客服", discipline: "2026-09-01", remark: "2026-09-01 客诉处分", what: "violation 3 months ago", expect: { status: "not_eligible", gaps: "否决：近12个月内有违纪记录（违纪日期 2026-09-01）", ready: "2027-09-01" } },
  // 客服主管 -> 客服经理: 任现职 >= 2, 综合得分 >= 90, 管理能力 >= 85.
  { level: "客服主管", what: "clean", expect: { status: "eligible", path: "standard" } },
  { level: "客服主管", hire: "2025-02-01", since: "2025-02-01", what: "1 year 9 months in level", expect: { status: "not_eligible", gaps: "任现职 1.75年 < 2年", ready: "2027-02-01" } },
  { level: "客服经理", what: "top of the ladder", expect: { status: "top" } },
];

/** Seeded fillers per level: [level, count]. */
const ECS26_FILLERS = [["初级客服", 6], ["中级客服", 5], ["高级客服", 3], ["客服主管", 1], ["客服经理", 1]];
const ECS26_LEVEL_ORDER = ["初级客服", "中级客服", "高级客服", "客服主管", "客服经理"];

/** One person's cells by field key (see ECS26_COLUMNS). */
function ecs26Person(rng, c, used, n) {
  const lv = ECS26_LEVELS[c.level];
  const hire = c.hire ? d(c.hire) : ymd(lv.since[0] - rng.int(0, 2), rng.int(1, 12), rng.int(1, 28));
  const levelDate = c.since ? d(c.since) : c.hire ? d(c.hire) : Math.max(hire, ymd(lv.since[0], lv.since[1], rng.int(1, 28)));
  const score = c.score ?? lv.score + rng.int(0, 3);
  const csat = c.csat ?? six(...Array.from({ length: 6 }, () => snap(0.95 + rng.next() * 0.04, 0.001)));
  const tickets = c.tickets ?? six(...Array.from({ length: 6 }, () => rng.int(1520, 1900)));
  const v = {
    id: `CS${2600 + n}`,
    name: makeName(rng, 0.7, used),
    dept: rng.pick(["售前组", "售后组", "售后组", "投诉处理组", "直播客服组"]),
    level: c.level,
    hire_date: hire,
    level_date: levelDate,
    skill: score,
    perf: score,
    quality: score,
    mgmt: lv.mgmt,
    csat: lv.csat,
    probation_end: c.probation !== undefined ? (c.probation === null ? null : d(c.probation)) : edate(hire, 3),
    discipline_date: c.discipline ? d(c.discipline) : null,
    mandatory_training: c.training !== undefined ? c.training : "已完成",
    cert_expiry: c.cert !== undefined ? (c.cert === null ? null : d(c.cert)) : ymd(2027 + rng.int(0, 1), rng.int(1, 12), rng.int(1, 28)),
    remark: c.remark ?? null,
  };
  v.csat_4 = c.csat4 !== undefined ? c.csat4 : snap(0.92 + rng.next() * 0.06, 0.001);
  ECS26_CSAT_MONTHS.slice(1).forEach((m, i) => (v[`csat_${m}`] = csat[i]));
  ECS26_TICKET_MONTHS.forEach((m, i) => (v[`tickets_${m}`] = tickets[i]));
  return v;
}

/** Fillers: clean, or failing the composite score clearly (never near a threshold). */
function ecs26Filler(rng, level) {
  const lv = ECS26_LEVELS[level];
  return { level, score: rng.chance(0.35) ? lv.score - 12 : lv.score + rng.int(0, 4), what: null, expect: null };
}

function ecs26People() {
  const rng = makeRng(2026);
  const used = new Set();
  const list = [];
  for (const level of ECS26_LEVEL_ORDER) {
    const fillers = ECS26_FILLERS.find(([l]) => l === level)[1];
    list.push(...ECS26_CASES.filter((c) => c.level === level), ...Array.from({ length: fillers }, () => ecs26Filler(rng, level)));
  }
  return list.map((c, i) => ({ c, row: ECS26_HEADER_ROW + 1 + i, v: ecs26Person(rng, c, used, i + 1) }));
}

function ecs26Cell(key, value) {
  if (value === null || value === undefined) return { value: null };
  if (["hire_date", "level_date", "probation_end", "discipline_date", "cert_expiry"].includes(key)) return { value: jsDate(value), numFmt: "yyyy-mm-dd" };
  if ((key === "csat" || key.startsWith("csat_")) && typeof value === "number" && value <= 1) return { value, numFmt: "0.0%" };
  if (key.startsWith("tickets_") && typeof value === "number") return { value, numFmt: "#,##0" };
  return { value };
}

/** The roster sheet: title in row 1, header row 2, one row per person. */
function ecs26RosterSheet(wb, { people }) {
  const ws = wb.addWorksheet(ECS26_SHEET, { views: [{ state: "frozen", xSplit: 2, ySplit: ECS26_HEADER_ROW, topLeftCell: "C3", activeCell: "A3" }], properties: { defaultRowHeight: 18 } });
  ws.columns = ECS26_COLUMNS.map((c) => ({ width: c.w }));
  const font = { name: "等线", size: 11 };
  ws.mergeCells(1, 1, 1, ECS26_COLUMNS.length);
  Object.assign(ws.getCell(1, 1), { value: ECS26_TITLE, font: { name: "等线", size: 14, bold: true }, alignment: { horizontal: "left", vertical: "middle" } });
  ws.getRow(1).height = 26;
  ECS26_COLUMNS.forEach((col, j) => {
    const cell = ws.getCell(ECS26_HEADER_ROW, j + 1);
    cell.value = col.h;
    cell.font = { ...font, bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: col.f.includes("_") && /\d$/.test(col.f) ? "FFFCE4D6" : "FFDDEBF7" } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  ws.getRow(ECS26_HEADER_ROW).height = 32;
  for (const p of people) {
    ECS26_COLUMNS.forEach((col, j) => {
      const { value, numFmt } = ecs26Cell(col.f, p.v[col.f]);
      const cell = ws.getCell(p.row, j + 1);
      cell.value = value;
      cell.font = font;
      if (numFmt) cell.numFmt = numFmt;
    });
  }
  ws.autoFilter = { from: { row: ECS26_HEADER_ROW, column: 1 }, to: { row: ECS26_HEADER_ROW, column: ECS26_COLUMNS.length } };
}

/** The policy sheets 晋升方案 / 职级 / 规则, as `promo policy export` writes them. */
function ecs26PolicySheets(wb, { cli, policy }) {
  cli.addPolicySheets(wb, policy, "zh-CN", ECS26_FILE);
}

/** The workbook's sheets, in order. */
const ECS26_SHEETS = [ecs26RosterSheet, ecs26PolicySheets];

/** Writes examples/ecom-cs-2026.xlsx; returns its README section ("" when dist/ is missing). */
async function writeEcomCs2026() {
  let core;
  let cli;
  try {
    core = require(join(ROOT, "dist/core/index.js"));
    cli = require(join(ROOT, "dist/cli/io/policy-workbook.js"));
  } catch {
    console.log(`${ECS26_FILE.padEnd(20)} skipped: run npm run build:cli first (it uses the built policy-sheet writer)`);
    return "";
  }
  const policy = ecs26Policy(core);
  const people = ecs26People();
  const wb = new ExcelJS.Workbook();
  wb.creator = "PromoLadder examples";
  wb.lastModifiedBy = "行政部";
  for (const build of ECS26_SHEETS) build(wb, { core, cli, policy, people });
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  const back = core.policyFromSheets(cli.readPolicySheets(wb));
  if (!back.ok || core.policyFingerprint(back.policy) !== core.policyFingerprint(policy)) {
    throw new Error(`${ECS26_FILE}: the built policy sheets do not read back to the policy; dist/ is stale: run npm run build:cli`);
  }
  writeFileSync(join(OUT, ECS26_FILE), fixZipTimes(Buffer.from(await wb.xlsx.writeBuffer())));
  console.log(`${ECS26_FILE.padEnd(20)} ${String(people.length).padStart(3)} rows  ${core.policyFingerprint(policy)}, ${ECS26_CASES.length} hand-checked cases`);
  return ecs26Readme(people, policy, core);
}

function ecs26Readme(people, policy, core) {
  const colOf = (f) => colLetter(ECS26_COLUMNS.findIndex((c) => c.f === f));
  const expectText = (e) =>
    [e.status, e.path ? `path ${e.path}` : null, e.gaps ? `\`${e.gaps}\`` : null, e.ready !== undefined ? `ready ${e.ready ?? "—"}` : null, e.error ? `error on the ${e.error} cell` : null]
      .filter(Boolean)
      .join("; ");
  const plainText = new Set(["id", "name", "dept", "level", "remark", "mandatory_training"]);
  const messy = (p) =>
    ECS26_COLUMNS.map((col, j) => (typeof p.v[col.f] === "string" && !plainText.has(col.f) ? `${colLetter(j)}${p.row}: \`${p.v[col.f]}\`` : null))
      .filter(Boolean)
      .join(", ");
  const rows = people.filter((p) => p.c.what).map((p) => `| ${p.row} | ${p.v.id} | ${p.c.level} | ${p.c.what} | ${messy(p)} | ${expectText(p.c.expect)} |`);
  return [
    "",
    `## \`${ECS26_FILE}\`: blockers (否决) and rolling windows`,
    "",
    `Sheet ${ECS26_SHEET} (title in row 1, header row ${ECS26_HEADER_ROW}), ${people.length} people, with the workbook's own policy sheets`,
    `晋升方案 / 职级 / 规则: the ecom-cs template as \`${core.policyFingerprint(policy)}\` plus these rows on 规则:`,
    "",
    "| 从 | 到 | 路径 | 字段 | 运算 | 值 | 说明 |",
    "|---|---|---|---|---|---|---|",
    "| 初级客服 | 中级客服 | 标准 | 近6月平均:客户满意度 | >= | 90% | |",
    "| 初级客服 | 中级客服 | 破格 | 任现职年限 / 综合得分 / 近6月最低:客户满意度 | >= | 0.25 / 85 / 95% | |",
    "| 中级客服 | 高级客服 | 标准 | 近6月达标月数(>=95%):客户满意度 | >= | 4 | |",
    "| 高级客服 | 客服主管 | 标准 | 近6月平均:工单量 | >= | 1500 | |",
    "| 全部 | 全部 | 否决 | 转正日期 | <= | 评审日 | |",
    "| 全部 | 全部 | 否决 | 违纪日期 | not_within | 12 | |",
    "| 全部 | 全部 | 否决 | 必修培训 | = | 是 | |",
    "| 全部 | 全部 | 否决 | 证书有效期 | >= | 评审日 | 上岗证已过期 |",
    "",
    `Columns: ${colOf("probation_end")} 转正日期, ${colOf("discipline_date")} 违纪日期 (mostly empty: no record), ${colOf("mandatory_training")} 必修培训 (已完成/未完成),`,
    `${colOf("cert_expiry")} 证书有效期; ${colOf("csat")} 客户满意度 is the year to date (the 中级客服 -> 高级客服 criterion of the template);`,
    `monthly 客户满意度 ${colOf("csat_4")}:${colOf("csat_10")} (2026-04 .. 2026-10; headers \`客户满意度 2026-05\`, \`客户满意度(2026/09)\` and`,
    `\`10月客户满意度\` without a year, read as 2026-10) and monthly 工单量 ${colOf("tickets_5")}:${colOf("tickets_10")} (\`2026年5月工单量\`,`,
    "`工单量_202608`). Reviewed as of 2026-11-23, the windows are 2026-05 .. 2026-10: the 2026-04 column is never read.",
    "",
    "Hand-checked rows (`promo review examples/ecom-cs-2026.xlsx --as-of 2026-11-23`; test/cli/ecom-cs-2026.test.ts",
    "pins them); the other rows are seeded fillers, clean or clearly below the composite score:",
    "",
    "| Row | 工号 | 岗位 | Case | Messy cells | Expected |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

/**
 * The issue #21 examples, built by scripts/make-issue21-examples.mjs (not here: they derive from
 * store-ops.xlsx through the built CLI); listed so that this README names every file of examples/.
 */
function issue21Readme() {
  return [
    "",
    "## `store-ops-pay.xlsx` and `store-ops-pay-review-2026-05.xlsx`: cost, calibration, cycle over cycle (issue #21)",
    "",
    "Built by `node scripts/make-issue21-examples.mjs` (after `npm run build:cli`), not by this generator:",
    "",
    "| File | What it is |",
    "|---|---|",
    "| `store-ops-pay.xlsx` | The roster of `store-ops.xlsx` (48 people, sheet 营运部, header row 3) plus a 现月薪 column (N; every seventh person left empty: costed at the new level's full pay) and its own policy sheets: the store-ops template as policy `store-ops-pay` 1.1 with example pay per level on 职级 (月薪, or a 薪资最低/中位/最高 band; 储备区域经理 without pay), a 校准容差 of 5 and a target distribution 优秀 20% / 合格 70% / 待改进 10% |",
    "| `store-ops-pay-review-2026-05.xlsx` | The review `promo review` wrote of the same stores as of 2026-05-23, half a year earlier (230115 and 230124 a level lower, 230112 a level higher, a higher 绩效 for five people): the previous cycle |",
    "",
    "As of 2026-11-23 (test/cli/round.test.ts pins the figures):",
    "",
    "- `promo cost examples/store-ops-pay.xlsx --as-of 2026-11-23 --budget 3000`: 10 可晋升, 4,700 yuan a month (56,400 a year);",
    "  the budget promotes 6 in the ranking's order, 2,900 spent, 100 left;",
    "- `promo calibrate examples/store-ops-pay.xlsx --as-of 2026-11-23 --by 门店`: 绩效 by store against the rest of the company;",
    "- `promo history examples/store-ops-pay.xlsx --as-of 2026-11-23 --previous examples/store-ops-pay-review-2026-05.xlsx`:",
    "  newly eligible, overdue, promoted (230124 丁梓涵), no longer eligible;",
    "- `promo review examples/store-ops-pay.xlsx --as-of 2026-11-23 --budget 3000 --previous examples/store-ops-pay-review-2026-05.xlsx`:",
    "  the same as blocks 晋升成本, 校准 and 与上轮比较 on 晋升汇总.",
    "",
  ].join("\n");
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const results = [];
  for (const cfg of FILES) {
    const gen = generateFile(cfg);
    const built = buildRows(cfg, gen);
    const seen = new Set(built.rows.filter((r) => !r.blank).map((r) => r.expected));
    const want = cfg.template === "store-ops" ? STATUS_ORDER : STATUS_ORDER.filter((s) => s !== "awaiting_vacancy");
    const lacking = want.filter((s) => !seen.has(s));
    if (lacking.length) throw new Error(`${cfg.file}: no row with status ${lacking.join(", ")}`);
    const path = join(OUT, cfg.file);
    if (cfg.format) writeCsv(cfg, built, path);
    else await writeXlsx(cfg, built, path);
    results.push({ cfg, built, people: gen.people });
    const counts = STATUS_ORDER.map((s) => `${s}=${built.rows.filter((r) => !r.blank && r.expected === s).length}`).join(" ");
    console.log(`${cfg.file.padEnd(20)} ${String(gen.people.length).padStart(3)} rows  ${counts}`);
  }
  const ecom = results.find((r) => r.cfg.file === "ecom-cs.xlsx");
  const bonusReadme = ecom ? await writeBonusSample(ecom.cfg, ecom.built) : "";
  const ecs26Readme = await writeEcomCs2026();
  writeFileSync(join(OUT, "README.md"), readme(results) + bonusReadme + ecs26Readme + issue21Readme());
  const total = results.reduce((s, r) => s + r.people.length, 0);
  console.log(`examples/README.md   ${total} rows in ${results.length} files`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
