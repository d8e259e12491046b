/**
 * The comparison operators of a criterion (catalogue §3), one entry each: the words HR writes in
 * the 运算 cell, what the 值 cell holds, what the operator means on numbers, dates and windows,
 * how an unmet criterion reads in both languages and how far it misses. The compiler, both
 * evaluation engines, validation, the policy sheets, the wording of gaps and the near-miss
 * distance all derive from this table: a new operator is a new entry.
 */
import type { Locale } from "../i18n/locale";

/** Tolerance of every numeric comparison (float noise such as 0.1 * 3). */
export const EPS = 1e-9;

/** What a criterion's value holds for an operator: one threshold, a list, two bounds, or months. */
export type Operand = "scalar" | "list" | "range" | "months";

/**
 * What the operator does on a date field (转正日期, 证书有效期, 违纪日期): `from` holds from the
 * date on (<= the review date: ready on it), `until` holds until it (>= the review date), `months`
 * holds when the date is empty or at least N months before the review date; null: not on dates.
 */
export type DateUse = "from" | "until" | "months" | null;

/** An unmet criterion in words, given the employee's value and the required value(s) already formatted. */
export interface Wording {
  /** What the criterion needs: `≥ 95%`. */
  need(required: readonly string[]): string;
  /** Why it does not hold: `93% < 95%`. */
  below(actual: string, required: readonly string[]): string;
}

/** One operator. */
export interface OperatorDef {
  /** Words accepted in the 运算 cell besides the JSON name (read width- and case-folded, spaces ignored). */
  readonly words: readonly string[];
  readonly operand: Operand;
  readonly dateUse: DateUse;
  /** May judge a rolling window's aggregate. */
  readonly onWindow: boolean;
  /**
   * Met once the value reaches the threshold and from then on (time in level >= 1 year): a time
   * criterion with it projects a ready date.
   */
  readonly reaches: boolean;
  /**
   * The closed interval a number must fall in, tolerance included, from the threshold `a` (and
   * the upper bound `b` of a range); null for operators that do not compare numbers.
   */
  readonly interval: ((a: number, b: number) => readonly [number, number]) | null;
  /** How far a value misses (>= 0), from the threshold `a` (and `b` of a range), in the value's unit. */
  readonly gap: ((actual: number, a: number, b: number) => number) | null;
  /** Direction of a miss: `over` a maximum, `short` of a minimum, `off` a target. */
  readonly miss: "short" | "over" | "off";
  readonly wording: Readonly<Record<Locale, Wording>>;
}

/** The same wording in both languages (symbols). */
const symbols = (need: string, negated: string): Readonly<Record<Locale, Wording>> => {
  const w: Wording = { need: (r) => `${need} ${r.join("/")}`, below: (a, r) => `${a} ${negated} ${r.join("/")}` };
  return { "zh-CN": w, "en-US": w };
};

/** The operators, in the order the 运算 dropdown offers them; the keys are the JSON names. */
const TABLE = {
  ">=": {
    words: ["≥", "=>", "大于等于", "不低于", "不少于", "至少"],
    operand: "scalar",
    dateUse: "until",
    onWindow: true,
    reaches: true,
    interval: (a) => [a - EPS, Infinity],
    gap: (v, a) => a - v,
    miss: "short",
    wording: symbols("≥", "<"),
  },
  "<=": {
    words: ["≤", "=<", "小于等于", "不高于", "不超过", "至多"],
    operand: "scalar",
    dateUse: "from",
    onWindow: true,
    reaches: false,
    interval: (a) => [-Infinity, a + EPS],
    gap: (v, a) => v - a,
    miss: "over",
    wording: symbols("≤", ">"),
  },
  "=": {
    words: ["==", "等于"],
    operand: "scalar",
    dateUse: null,
    onWindow: true,
    reaches: false,
    interval: (a) => [a - EPS, a + EPS],
    gap: (v, a) => Math.abs(v - a),
    miss: "off",
    wording: symbols("=", "≠"),
  },
  in: {
    words: ["∈", "属于", "之一", "其中之一"],
    operand: "list",
    dateUse: null,
    onWindow: false,
    reaches: false,
    interval: null,
    gap: null,
    miss: "off",
    wording: symbols("∈", "∉"),
  },
  not_within: {
    words: ["notwithin", "not_in_last", "不在近", "不在近期", "近期无"],
    operand: "months",
    dateUse: "months",
    onWindow: false,
    reaches: false,
    interval: null,
    gap: null,
    miss: "off",
    wording: {
      "zh-CN": { need: (r) => `不在近${r[0]}个月内`, below: (a, r) => `${a} 在近${r[0]}个月内` },
      "en-US": { need: (r) => `not within the last ${r[0]} months`, below: (a, r) => `${a} within the last ${r[0]} months` },
    },
  },
  between: {
    words: ["介于", "区间", "范围", "之间", "在之间", "from_to", "range"],
    operand: "range",
    dateUse: null,
    onWindow: true,
    reaches: false,
    interval: (a, b) => [a - EPS, b + EPS],
    gap: (v, a, b) => (v < a ? a - v : v - b),
    miss: "off",
    wording: {
      "zh-CN": { need: (r) => `介于 ${r[0]} 与 ${r[1]} 之间`, below: (a, r) => `${a} 不在 ${r[0]}–${r[1]} 之间` },
      "en-US": { need: (r) => `between ${r[0]} and ${r[1]}`, below: (a, r) => `${a} not between ${r[0]} and ${r[1]}` },
    },
  },
} as const satisfies Readonly<Record<string, OperatorDef>>;

/** A comparison operator's JSON name: a key of {@link OPERATORS}. */
export type Op = keyof typeof TABLE;

/**
 * Every operator by its JSON name, in the order the 运算 dropdown offers them.
 * @example OPERATORS[">="].interval!(60, NaN) //=> [60 - 1e-9, Infinity]
 */
export const OPERATORS: Readonly<Record<Op, OperatorDef>> = TABLE;

/** Every operator's JSON name, in table order. */
export const OP_NAMES = Object.keys(OPERATORS) as readonly Op[];

/** True for an operator's JSON name. */
export function isOp(name: unknown): name is Op {
  return typeof name === "string" && Object.prototype.hasOwnProperty.call(OPERATORS, name);
}
