import type { Cell } from "../src/core";

/** Header row of the synthetic 淘宝客服 roster (catalogue §1 Chinese headers). */
export const HEADERS = [
  "工号", "姓名", "部门", "职级", "入职日期", "任现职日期", "绩效", "团队协作", "学习成长",
  "技能考核", "客户满意度", "工单量", "差错率", "技能证书", "低质评价",
] as const;

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鑫斌宇浩凯健俊帆帅旭宁婷雪琳晨欣怡佳琪梦瑶思涵子轩浩然";
const DEPTS = ["天猫旗舰店·售前组", "天猫旗舰店·售后组", "京东自营店·售前组", "京东自营店·售后组", "淘宝C店·客服组", "抖音小店·客服组"];
/** Realistic mix: more juniors than seniors. */
const LEVELS: ReadonlyArray<readonly [string, number]> = [["初级客服", 0.45], ["中级客服", 0.3], ["高级客服", 0.17], ["资深客服", 0.08]];

/** mulberry32: a small seeded PRNG so every run generates the same roster. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Excel serial of 2026-11-23, the as-of date every benchmark uses. */
export const AS_OF_SERIAL = 46349;
export const AS_OF = "2026-11-23";

/**
 * A deterministic roster of `n` 淘宝客服 with typed cells (serial dates, fractions for percents),
 * as exceljs or Office.js hand them over: rows[0] is the header row.
 */
export function generateRoster(n: number, seed = 20261123): Cell[][] {
  return [...rosterRows(n, seed)];
}

/** The rows of {@link generateRoster} one at a time (header first), for writing a million rows without holding them. */
export function* rosterRows(n: number, seed = 20261123): Generator<Cell[]> {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const surnames = SURNAMES.split("");
  const given = GIVEN.split("");
  yield [...HEADERS];
  for (let i = 0; i < n; i++) {
    let r = rnd();
    let level = LEVELS[0]![0];
    for (const [name, share] of LEVELS) {
      if (r < share) {
        level = name;
        break;
      }
      r -= share;
    }
    const hire = AS_OF_SERIAL - Math.floor(60 + rnd() * 2500);
    const since = Math.min(AS_OF_SERIAL - 1, hire + Math.floor(rnd() * (AS_OF_SERIAL - hire)));
    const score = (lo: number) => Math.round(lo + rnd() * (100 - lo));
    yield [
      `KF${String(100000 + i)}`,
      pick(surnames) + pick(given) + (rnd() < 0.6 ? pick(given) : ""),
      pick(DEPTS),
      level,
      hire,
      since,
      score(60),
      score(60),
      score(60),
      score(55),
      Math.round((0.85 + rnd() * 0.15) * 1000) / 1000,
      Math.floor(rnd() * 9000),
      Math.round(rnd() * 0.02 * 10000) / 10000,
      rnd() < 0.5 ? "是" : "否",
      Math.floor(rnd() * 5),
    ];
  }
}
