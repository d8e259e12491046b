import { fieldDef } from "../model/fields";
import type { Criterion, CriterionValue, Level, Op, Policy, Step } from "../model/policy";
import { educationOrdinal } from "../read/education";
import { foldText } from "../read/text";
import { policyFingerprint } from "../policy/fingerprint";
import { CANONICAL_SLOT, CANONICAL_SLOTS } from "../model/facts";

const DERIVED: ReadonlySet<string> = new Set(["tenure", "years_in_level", "score"]);

/** How a custom column (a header that is no canonical field) is read. */
export type CustomFieldType = "number" | "boolean" | "text";

/** How a criterion compares its value. */
export type CriterionKind = "time" | "number" | "education" | "boolean" | "text";

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
  /** A plain comparison of a stored number (`>=`, `<=` or `=` on a number column): the evaluator's fast case. */
  readonly plainNumber: boolean;
  /** `op` as 0 (>=), 1 (<=), 2 (=), 3 (in). */
  readonly opCode: number;
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
}

const OP_CODES: readonly Op[] = [">=", "<=", "=", "in"];

/** Thrown when a policy cannot be compiled (run `validatePolicy` first for a full list). */
export class PolicyCompileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PolicyCompileError";
  }
}

function criterionKind(c: Criterion): CriterionKind {
  if (c.field === "tenure" || c.field === "years_in_level" || c.field === "experience") return "time";
  const type = fieldDef(c.field)?.type;
  if (type === "education") return "education";
  if (type === "boolean" || typeof c.value === "boolean") return "boolean";
  if (type === "text" || type === "level") return "text";
  if (type) return "number";
  const v = Array.isArray(c.value) ? c.value[0] : c.value;
  return typeof v === "number" ? "number" : typeof v === "boolean" ? "boolean" : "text";
}

function thresholdOf(kind: CriterionKind, value: CriterionValue, where: string): number {
  if (Array.isArray(value)) return NaN;
  switch (kind) {
    case "education": {
      const ord = typeof value === "string" ? educationOrdinal(value) : null;
      if (ord === null) throw new PolicyCompileError(`${where}: "${String(value)}" is not an education level`);
      return ord;
    }
    case "boolean":
      if (typeof value !== "boolean") throw new PolicyCompileError(`${where}: expected true or false`);
      return value ? 1 : 0;
    case "text":
      return NaN;
    default:
      if (typeof value !== "number" || !Number.isFinite(value)) throw new PolicyCompileError(`${where}: expected a number`);
      return value;
  }
}

function compileCriterion(c: Criterion, slot: number, where: string): CompiledCriterion {
  const kind = criterionKind(c);
  const list = Array.isArray(c.value) ? (c.value as ReadonlyArray<string | number>) : null;
  const accepted = list ? new Set(list.map((v) => foldText(String(v)))) : kind === "text" ? new Set([foldText(String(c.value))]) : null;
  const threshold = list ? NaN : thresholdOf(kind, c.value, where);
  const months = kind === "time" && c.op === ">=" ? Math.ceil(threshold * 12 - 1e-9) : 0;
  const plainNumber = kind === "number" && accepted === null && slot >= 0 && c.field !== "score" && c.op !== "in";
  return { source: c, field: c.field, op: c.op, kind, threshold, accepted, months, slot, plainNumber, opCode: OP_CODES.indexOf(c.op) };
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
    if (i === undefined) throw new PolicyCompileError(`${where}: unknown level "${name}"`);
    return i;
  };
  const fieldsUsed = new Set<string>();
  const customTypes = new Map<string, CustomFieldType>();
  const customSlots = new Map<string, number>();
  const slotFor = (field: string): number => {
    if (DERIVED.has(field)) return -1;
    const canonical = CANONICAL_SLOT.get(field);
    if (canonical !== undefined) return canonical;
    let slot = customSlots.get(field);
    if (slot === undefined) {
      slot = CANONICAL_SLOTS + customSlots.size;
      customSlots.set(field, slot);
    }
    return slot;
  };
  const stepsFrom: CompiledStep[][] = policy.levels.map(() => []);
  policy.steps.forEach((step, si) => {
    const where = `steps[${si}] ${step.from} -> ${step.to}`;
    const paths = step.paths.map((p) => ({
      id: p.id,
      label: p.label,
      criteria: p.criteria.map((c, ci) => {
        const compiled = compileCriterion(c, slotFor(c.field), `${where}, ${p.id}[${ci}] ${c.field}`);
        fieldsUsed.add(c.field);
        if (!fieldDef(c.field)) customTypes.set(c.field, compiled.kind === "number" ? "number" : compiled.kind === "boolean" ? "boolean" : "text");
        return compiled;
      }),
    }));
    const weights = step.score
      ? Object.entries(step.score.weights).map(([f, w]): readonly [number, number] => {
          fieldsUsed.add(f);
          if (!fieldDef(f)) customTypes.set(f, "number");
          return [slotFor(f), w];
        })
      : null;
    const from = resolve(step.from, where);
    stepsFrom[from]!.push({ source: step, from, to: resolve(step.to, where), vacancy: step.vacancy === true, weights, paths });
  });
  for (const list of stepsFrom) list.sort((a, b) => a.to - b.to);
  return {
    policy,
    fingerprint: policyFingerprint(policy),
    levels: policy.levels,
    stepsFrom,
    levelIndex,
    fieldsUsed,
    customTypes,
    customSlots,
    slotCount: CANONICAL_SLOTS + customSlots.size,
  };
}

/** Level index of a name or alias (width- and case-folded), or -1. */
export function resolveLevel(compiled: CompiledPolicy, text: string): number {
  return compiled.levelIndex.get(foldText(text)) ?? -1;
}
