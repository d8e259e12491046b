import { fieldDef } from "../model/fields";
import type { Locale } from "../i18n/locale";
import { coreMessages, type CompileMessages } from "../i18n/messages";
import { isOp, OPERATORS, type OperatorDef } from "../model/operators";
import { AS_OF, MAX_PATH_CRITERIA, type BlockerRule, type Criterion, type CriterionValue, type Level, type Op, type Policy, type Step, type WindowSpec } from "../model/policy";
import { educationOrdinal } from "../read/education";
import { foldText } from "../read/text";
import { policyFingerprint } from "../policy/fingerprint";
import { CANONICAL_SLOT, CANONICAL_SLOTS } from "../model/facts";
import { compileBonus, type CompiledBonus } from "./bonus";
import { MODE_GENERAL, MODE_PLAIN, MODE_SCORE, MODE_TIME, type CriterionMode } from "./evaluate-table";

const DERIVED: ReadonlySet<string> = new Set(["tenure", "years_in_level", "score"]);

/** How a custom column (a header that is no canonical field) is read. */
export type CustomFieldType = "number" | "boolean" | "text";

/** How a criterion compares its value. */
export type CriterionKind = "time" | "number" | "education" | "boolean" | "text" | "date" | "within";

/**
 * A rolling window of a policy: its aggregate is computed once per row into `slot` when the
 * roster is read (`review/window-plan.ts`), so its criteria compare a plain number.
 */
export interface CompiledWindow {
  /** `avg6:csat`: one slot per distinct field and window. */
  readonly key: string;
  /** The base field (canonical key, or a custom column's header text). */
  readonly field: string;
  readonly spec: WindowSpec;
  readonly slot: number;
}

/** A criterion ready for the hot loop: threshold pre-parsed, time fields flagged. */
export interface CompiledCriterion {
  readonly source: Criterion;
  readonly field: string;
  readonly op: Op;
  readonly kind: CriterionKind;
  /** Numeric threshold (education ordinal, boolean as 1/0); NaN for text. */
  readonly threshold: number;
  /** For `in` and text `=`: folded accepted values. */
  readonly accepted: ReadonlySet<string> | null;
  /** For time criteria: months needed (ceil(t*12)). */
  readonly months: number;
  /** Slot of the field in `Facts.values`; -1 for derived fields (tenure, years_in_level, score). */
  readonly slot: number;
  /** The blocker (否决) this criterion comes from, when it was added to the path by one. */
  readonly blocker?: BlockerRule;
  /** The rolling window whose aggregate `slot` holds. */
  readonly window?: CompiledWindow;
  /**
   * The evaluator's case: {@link MODE_PLAIN} a stored number compared by its operator's
   * interval (a yes/no as 1 / 0, always `=`); {@link MODE_SCORE} the composite score so compared;
   * {@link MODE_TIME} time in level or since hire reaching a number of years; {@link MODE_GENERAL}
   * anything else.
   */
  readonly mode: CriterionMode;
  /**
   * For a numeric comparison (`OperatorDef.interval`): the value holds when `lo <= v <= hi`,
   * tolerance included (a side may be infinite); NaN for other criteria.
   */
  readonly lo: number;
  readonly hi: number;
}

/** A path with compiled criteria. */
export interface CompiledPath {
  readonly id: string;
  readonly label: string;
  readonly criteria: readonly CompiledCriterion[];
}

/** A step with resolved level indexes. */
export interface CompiledStep {
  readonly source: Step;
  readonly from: number;
  readonly to: number;
  readonly vacancy: boolean;
  /** Composite score weights as [slot, weight]. */
  readonly weights: ReadonlyArray<readonly [number, number]> | null;
  readonly paths: readonly CompiledPath[];
}

/** A policy compiled once for many evaluations. */
export interface CompiledPolicy {
  readonly policy: Policy;
  readonly fingerprint: string;
  readonly levels: readonly Level[];
  /** Steps out of each level, by level index, in ladder order of their target. */
  readonly stepsFrom: ReadonlyArray<readonly CompiledStep[]>;
  /** Folded level names and aliases -> level index. */
  readonly levelIndex: ReadonlyMap<string, number>;
  /** Every field a criterion or weight reads (custom fields by header text included). */
  readonly fieldsUsed: ReadonlySet<string>;
  /** How each custom (non-canonical) field is read. */
  readonly customTypes: ReadonlyMap<string, CustomFieldType>;
  /** Slot of each custom field in `Facts.values`. */
  readonly customSlots: ReadonlyMap<string, number>;
  /** Total number of value slots. */
  readonly slotCount: number;
  /** The rolling windows the criteria use, each with its value slot. */
  readonly windows: readonly CompiledWindow[];
  /** The bonus tiers (绩效奖金), or null when the policy has none. */
  readonly bonus: CompiledBonus | null;
}

/**
 * Thrown when a policy cannot be compiled (run `validatePolicy` first for a full list). `message`
 * is English; {@link PolicyCompileError.text} words it in a locale.
 * @example new PolicyCompileError("steps[0] 专员 -> 主管", (m) => m.unknownLevel("主管")).text("zh-CN") //=> "steps[0] 专员 -> 主管：未知职级“主管”"
 */
export class PolicyCompileError extends Error {
  /**
   * @param where - the place in the policy (`steps[0] 专员 -> 主管, standard[1] perf`)
   * @param reason - the reason, from the core's catalogue
   */
  constructor(
    readonly where: string,
    private readonly reason: (m: CompileMessages) => string,
  ) {
    super(coreMessages("en-US").compile.at(where, reason(coreMessages("en-US").compile)));
    this.name = "PolicyCompileError";
  }

  /** The message in `locale`. */
  text(locale: Locale): string {
    const m = coreMessages(locale).compile;
    return m.at(this.where, this.reason(m));
  }
}

function criterionKind(c: Criterion): CriterionKind {
  if (c.window) return "number";
  if (c.field === "tenure" || c.field === "years_in_level" || c.field === "experience") return "time";
  const type = fieldDef(c.field)?.type;
  if (type === "date" && OPERATORS[c.op].dateUse === "months") return "within";
  if (type === "date" && c.value === AS_OF) return "date";
  if (type === "education") return "education";
  if (type === "boolean" || typeof c.value === "boolean") return "boolean";
  if (type === "text" || type === "level") return "text";
  if (type) return "number";
  const v = Array.isArray(c.value) ? c.value[0] : c.value;
  return typeof v === "number" ? "number" : typeof v === "boolean" ? "boolean" : "text";
}

function thresholdOf(kind: CriterionKind, value: CriterionValue | string | number, where: string): number {
  if (Array.isArray(value)) return NaN;
  switch (kind) {
    case "education": {
      const ord = typeof value === "string" ? educationOrdinal(value) : null;
      if (ord === null) throw new PolicyCompileError(where, (m) => m.notEducation(String(value)));
      return ord;
    }
    case "boolean":
      if (typeof value !== "boolean") throw new PolicyCompileError(where, (m) => m.expectedBoolean);
      return value ? 1 : 0;
    case "text":
      return NaN;
    case "date":
      return NaN;
    case "within":
      if (typeof value !== "number" || !Number.isInteger(value) || value < 1) throw new PolicyCompileError(where, (m) => m.expectedMonths);
      return value;
    default:
      if (typeof value !== "number" || !Number.isFinite(value)) throw new PolicyCompileError(where, (m) => m.expectedNumber);
      return value;
  }
}

/** The operator of a criterion; an unknown one is a compile error, never a silent `=`. */
function operatorOf(c: Criterion, where: string): OperatorDef {
  if (!isOp(c.op)) throw new PolicyCompileError(where, (m) => m.unknownOperator(String(c.op)));
  return OPERATORS[c.op];
}

/** The threshold and upper bound of a criterion: its value, or a range's two bounds. */
function boundsOf(def: OperatorDef, kind: CriterionKind, value: CriterionValue, where: string): readonly [number, number] {
  if (def.operand !== "range") return [thresholdOf(kind, value, where), NaN];
  const pair = Array.isArray(value) ? (value as ReadonlyArray<string | number>) : [];
  const [low, high] = pair;
  if (pair.length !== 2 || low === undefined || high === undefined) throw new PolicyCompileError(where, (m) => m.expectedBounds);
  const lo = thresholdOf(kind, low, where);
  const hi = thresholdOf(kind, high, where);
  if (!(lo <= hi)) throw new PolicyCompileError(where, (m) => m.boundsReversed);
  return [lo, hi];
}

function compileCriterion(c: Criterion, slot: number, where: string): CompiledCriterion {
  const def = operatorOf(c, where);
  const kind = criterionKind(c);
  if (kind === "date" && def.dateUse !== "from" && def.dateUse !== "until") throw new PolicyCompileError(where, (m) => m.dateComparison);
  if (def.dateUse === "months" && kind !== "within") throw new PolicyCompileError(where, (m) => m.datesOnly(c.op));
  const list = def.operand !== "range" && Array.isArray(c.value) ? (c.value as ReadonlyArray<string | number>) : null;
  const accepted = list ? new Set(list.map((v) => foldText(String(v)))) : kind === "text" ? new Set([foldText(String(c.value))]) : null;
  const [threshold, upper] = list ? [NaN, NaN] : boundsOf(def, kind, c.value, where);
  const months = kind === "time" && def.reaches ? Math.ceil(threshold * 12 - 1e-9) : kind === "within" ? threshold : 0;
  const comparison = kind === "number" && accepted === null && def.interval !== null;
  const yesNo = kind === "boolean" && accepted === null && slot >= 0;
  const mode =
    comparison && c.field === "score"
      ? MODE_SCORE
      : (comparison || yesNo) && slot >= 0
        ? MODE_PLAIN
        : kind === "time" && def.reaches && (c.field === "years_in_level" || c.field === "tenure")
          ? MODE_TIME
          : MODE_GENERAL;
  // A yes/no criterion holds when the cell is the value, whatever its operator says.
  const interval = yesNo ? OPERATORS["="].interval : def.interval;
  const [lo, hi] = interval !== null && accepted === null ? interval(threshold, upper) : [NaN, NaN];
  return { source: c, field: c.field, op: c.op, kind, threshold, accepted, months, slot, mode, lo, hi };
}

/** The key of a window's value slot: `avg6:csat`, `count6>=0.9:csat`. */
export function windowKey(field: string, w: WindowSpec): string {
  return `${w.agg}${w.months}${w.agg === "count_at_least" ? `>=${w.floor ?? NaN}` : ""}:${field}`;
}

/**
 * True for a policy already compiled by {@link compilePolicy} (the one place that tells the two
 * apart; front ends compile once and pass the compiled policy on).
 * @example
 * isCompiledPolicy(compilePolicy(policy)) //=> true; isCompiledPolicy(policy) //=> false
 */
export function isCompiledPolicy(policy: Policy | CompiledPolicy): policy is CompiledPolicy {
  return "stepsFrom" in policy;
}

/**
 * Compiles a policy: resolves level names, pre-parses thresholds and collects the fields it
 * reads. Compile once per policy change, then evaluate any number of rows.
 * @throws {@link PolicyCompileError} when a step names an unknown level or a threshold is unusable.
 */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const levelIndex = new Map<string, number>();
  policy.levels.forEach((level, i) => {
    for (const name of [level.name, ...(level.aliases ?? [])]) {
      const key = foldText(name);
      if (!levelIndex.has(key)) levelIndex.set(key, i);
    }
  });
  const resolve = (name: string, where: string): number => {
    const i = levelIndex.get(foldText(name));
    if (i === undefined) throw new PolicyCompileError(where, (m) => m.unknownLevel(name));
    return i;
  };
  const fieldsUsed = new Set<string>();
  const customTypes = new Map<string, CustomFieldType>();
  const customSlots = new Map<string, number>();
  let nextSlot = CANONICAL_SLOTS;
  const slotFor = (field: string): number => {
    if (DERIVED.has(field)) return -1;
    const canonical = CANONICAL_SLOT.get(field);
    if (canonical !== undefined) return canonical;
    let slot = customSlots.get(field);
    if (slot === undefined) {
      slot = nextSlot++;
      customSlots.set(field, slot);
    }
    return slot;
  };
  const windows = new Map<string, CompiledWindow>();
  const windowFor = (field: string, spec: WindowSpec): CompiledWindow => {
    const key = windowKey(field, spec);
    let w = windows.get(key);
    if (!w) windows.set(key, (w = { key, field, spec, slot: nextSlot++ }));
    return w;
  };
  const compileOne = (c: Criterion, where: string, blocker?: BlockerRule): CompiledCriterion => {
    fieldsUsed.add(c.field);
    if (c.window) {
      const { months, agg, floor } = c.window;
      const aggOk = agg === "avg" || agg === "min" || (agg === "count_at_least" && Number.isFinite(floor));
      if (!Number.isInteger(months) || months < 1 || !aggOk) throw new PolicyCompileError(where, (m) => m.badWindow(JSON.stringify(c.window)));
      const window = windowFor(c.field, c.window);
      return { ...compileCriterion(c, window.slot, where), window, ...(blocker ? { blocker } : {}) };
    }
    const compiled = compileCriterion(c, slotFor(c.field), where);
    if (!fieldDef(c.field)) customTypes.set(c.field, compiled.kind === "number" ? "number" : compiled.kind === "boolean" ? "boolean" : "text");
    return blocker ? { ...compiled, blocker } : compiled;
  };
  const blockers = (policy.blockers ?? []).map((b, bi) => {
    const where = `blockers[${bi}]`;
    return {
      from: b.from === undefined ? -1 : resolve(b.from, where),
      to: b.to === undefined ? -1 : resolve(b.to, where),
      criterion: compileOne(b.criterion, `${where} ${b.criterion.field}`, b),
    };
  });
  const stepsFrom: CompiledStep[][] = policy.levels.map(() => []);
  policy.steps.forEach((step, si) => {
    const where = `steps[${si}] ${step.from} -> ${step.to}`;
    const fromIndex = resolve(step.from, where);
    const toIndex = resolve(step.to, where);
    const added = blockers.filter((b) => (b.from < 0 || b.from === fromIndex) && (b.to < 0 || b.to === toIndex)).map((b) => b.criterion);
    const paths = step.paths.map((p) => {
      const criteria = [...p.criteria.map((c, ci) => compileOne(c, `${where}, ${p.id}[${ci}] ${c.field}`)), ...added];
      if (criteria.length > MAX_PATH_CRITERIA) throw new PolicyCompileError(`${where}, ${p.id}`, (m) => m.tooManyCriteria(MAX_PATH_CRITERIA));
      return { id: p.id, label: p.label, criteria };
    });
    const weights = step.score
      ? Object.entries(step.score.weights).map(([f, w]): readonly [number, number] => {
          fieldsUsed.add(f);
          if (!fieldDef(f)) customTypes.set(f, "number");
          return [slotFor(f), w];
        })
      : null;
    stepsFrom[fromIndex]?.push({ source: step, from: fromIndex, to: toIndex, vacancy: step.vacancy === true, weights, paths });
  });
  for (const list of stepsFrom) list.sort((a, b) => a.to - b.to);
  const bonus = policy.bonus
    ? compileBonus(
        policy.bonus,
        (c, where) => compileOne(c, where),
        resolve,
      )
    : null;
  return {
    policy,
    bonus,
    fingerprint: policyFingerprint(policy),
    levels: policy.levels,
    stepsFrom,
    levelIndex,
    fieldsUsed,
    customTypes,
    customSlots,
    slotCount: nextSlot,
    windows: [...windows.values()],
  };
}

/**
 * The step from level index `from` to the level named `to` (a target of a result row), or
 * undefined when there is none.
 * @example stepTo(compiled, resolveLevel(compiled, "中级客服"), "高级客服")?.paths[0]?.id //=> "standard"
 */
export function stepTo(compiled: CompiledPolicy, from: number, to: string): CompiledStep | undefined {
  return from < 0 ? undefined : compiled.stepsFrom[from]?.find((s) => compiled.levels[s.to]?.name === to);
}

/** Level index of a name or alias (width- and case-folded), or -1. */
export function resolveLevel(compiled: CompiledPolicy, text: string): number {
  return compiled.levelIndex.get(foldText(text)) ?? -1;
}
