/**
 * Checking that parsed JSON has the shape of a {@link Policy}, key by key, before validation.
 */
import type { BlockerRule, BonusTable, BonusTier, Criterion, CriterionValue, DevelopmentAction, Level, NineBoxSetting, Op, Path, Policy, Step, TalentSetting, WindowAgg, WindowSpec } from "../../model/policy";

/** A shape problem: where (model path) and what was expected. */
export interface ShapeIssue {
  readonly path: (string | number)[];
  readonly code: "bad_type" | "unknown_key";
  readonly detail: Record<string, string | number>;
}

type Json = Record<string, unknown>;

const POLICY_KEYS = ["id", "name", "nameEn", "version", "revised", "sources", "levels", "steps", "blockers", "nineBox", "bonus", "talent"];
const LEVEL_KEYS = ["name", "aliases", "track", "reserve", "allowance"];
const STEP_KEYS = ["from", "to", "vacancy", "score", "paths"];
const PATH_KEYS = ["id", "label", "criteria"];
const CRITERION_KEYS = ["field", "op", "value", "window"];
const WINDOW_KEYS = ["months", "agg", "floor"];
const BLOCKER_KEYS = ["from", "to", "label", "criterion"];
const TIER_KEYS = ["name", "levels", "criteria", "amount", "note"];
const TALENT_KEYS = ["bands", "forecastMonths", "keyLevels", "actions"];
const ACTION_KEYS = ["field", "action", "owner", "weeks", "note"];

class Shape {
  readonly issues: ShapeIssue[] = [];

  private bad(path: (string | number)[], expected: string, missing: boolean): void {
    this.issues.push({ path, code: "bad_type", detail: missing ? { expected, missing: 1 } : { expected } });
  }

  object(v: unknown, path: (string | number)[], keys: readonly string[]): Json | null {
    if (typeof v !== "object" || v === null || Array.isArray(v)) {
      this.bad(path, "object", v === undefined);
      return null;
    }
    for (const k of Object.keys(v)) {
      if (!keys.includes(k)) this.issues.push({ path: [...path, k], code: "unknown_key", detail: { key: k, allowed: keys.join(", ") } });
    }
    return v as Json;
  }

  array(v: unknown, path: (string | number)[]): unknown[] | null {
    if (Array.isArray(v)) return v;
    this.bad(path, "array", v === undefined);
    return null;
  }

  string(o: Json, key: string, path: (string | number)[], optional = false): string | undefined {
    const v = o[key];
    if (typeof v === "string" || (optional && v === undefined)) return v as string | undefined;
    this.bad([...path, key], "string", v === undefined);
    return undefined;
  }

  typed<T>(o: Json, key: string, path: (string | number)[], type: "number" | "boolean"): T | undefined {
    const v = o[key];
    if (v === undefined || typeof v === type) return v as T | undefined;
    this.bad([...path, key], type, false);
    return undefined;
  }

  strings(o: Json, key: string, path: (string | number)[]): string[] | undefined {
    if (o[key] === undefined) return undefined;
    const list = this.array(o[key], [...path, key]);
    if (!list) return undefined;
    list.forEach((x, i) => {
      if (typeof x !== "string") this.bad([...path, key, i], "string", false);
    });
    return list as string[];
  }

  value(v: unknown, path: (string | number)[]): CriterionValue | undefined {
    const scalar = (x: unknown): boolean => typeof x === "number" || typeof x === "string";
    if (scalar(v) || typeof v === "boolean" || (Array.isArray(v) && v.every(scalar))) return v as CriterionValue;
    this.bad(path, "value", v === undefined);
    return undefined;
  }
}

/** Copies only the defined entries, in the given key order. */
function defined<T>(entries: [string, unknown][]): T {
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined)) as T;
}

function level(sh: Shape, v: unknown, at: (string | number)[]): Level | null {
  const o = sh.object(v, at, LEVEL_KEYS);
  if (!o) return null;
  return defined<Level>([
    ["name", sh.string(o, "name", at)],
    ["aliases", sh.strings(o, "aliases", at)],
    ["track", sh.string(o, "track", at, true)],
    ["reserve", sh.typed<boolean>(o, "reserve", at, "boolean")],
    ["allowance", sh.typed<number>(o, "allowance", at, "number")],
  ]);
}

function criterion(sh: Shape, v: unknown, at: (string | number)[]): Criterion | null {
  const o = sh.object(v, at, CRITERION_KEYS);
  if (!o) return null;
  const window = windowOf(sh, o.window, [...at, "window"]);
  return {
    field: sh.string(o, "field", at) ?? "",
    op: (sh.string(o, "op", at) ?? "") as Op,
    value: sh.value(o.value, [...at, "value"]) ?? "",
    ...(window ? { window } : {}),
  };
}

function windowOf(sh: Shape, v: unknown, at: (string | number)[]): WindowSpec | undefined {
  if (v === undefined) return undefined;
  const o = sh.object(v, at, WINDOW_KEYS);
  if (!o) return undefined;
  if (o.months === undefined) sh.typed({ months: "" }, "months", at, "number");
  return defined<WindowSpec>([
    ["months", sh.typed<number>(o, "months", at, "number")],
    ["agg", sh.string(o, "agg", at) as WindowAgg | undefined],
    ["floor", sh.typed<number>(o, "floor", at, "number")],
  ]);
}

function blocker(sh: Shape, v: unknown, at: (string | number)[]): BlockerRule | null {
  const o = sh.object(v, at, BLOCKER_KEYS);
  if (!o) return null;
  const c = criterion(sh, o.criterion, [...at, "criterion"]);
  if (!c) return null;
  return defined<BlockerRule>([
    ["criterion", c],
    ["from", sh.string(o, "from", at, true)],
    ["to", sh.string(o, "to", at, true)],
    ["label", sh.string(o, "label", at, true)],
  ]);
}

function path(sh: Shape, v: unknown, at: (string | number)[]): Path | null {
  const o = sh.object(v, at, PATH_KEYS);
  if (!o) return null;
  const criteria = sh.array(o.criteria, [...at, "criteria"]) ?? [];
  return {
    id: sh.string(o, "id", at) ?? "",
    label: sh.string(o, "label", at) ?? "",
    criteria: criteria.map((c, i) => criterion(sh, c, [...at, "criteria", i])).filter((c) => c !== null),
  };
}

function step(sh: Shape, v: unknown, at: (string | number)[]): Step | null {
  const o = sh.object(v, at, STEP_KEYS);
  if (!o) return null;
  let score: Step["score"];
  if (o.score !== undefined) {
    const s = sh.object(o.score, [...at, "score"], ["weights"]);
    const w = s ? sh.object(s.weights, [...at, "score", "weights"], Object.keys((s.weights as Json | null) ?? {})) : null;
    if (w) {
      for (const [k, x] of Object.entries(w)) if (typeof x !== "number") sh.typed(w, k, [...at, "score", "weights"], "number");
      score = { weights: w as Record<string, number> };
    }
  }
  const paths = sh.array(o.paths, [...at, "paths"]) ?? [];
  return defined<Step>([
    ["from", sh.string(o, "from", at)],
    ["to", sh.string(o, "to", at)],
    ["vacancy", sh.typed<boolean>(o, "vacancy", at, "boolean")],
    ["score", score],
    ["paths", paths.map((p, i) => path(sh, p, [...at, "paths", i])).filter((p) => p !== null)],
  ]);
}

function nineBoxOf(sh: Shape, v: unknown): NineBoxSetting | undefined {
  if (v === undefined) return undefined;
  const o = sh.object(v, ["nineBox"], ["perf", "potential"]);
  if (!o) return undefined;
  const cuts = (axis: "perf" | "potential"): readonly [number, number] => {
    const list = sh.array(o[axis], ["nineBox", axis]) ?? [];
    list.forEach((x, i) => {
      if (typeof x !== "number") sh.typed({ [i]: x }, String(i), ["nineBox", axis], "number");
    });
    return list as unknown as readonly [number, number];
  };
  return { perf: cuts("perf"), potential: cuts("potential") };
}

function tier(sh: Shape, v: unknown, at: (string | number)[]): BonusTier | null {
  const o = sh.object(v, at, TIER_KEYS);
  if (!o) return null;
  const criteria = sh.array(o.criteria, [...at, "criteria"]) ?? [];
  const levels = sh.strings(o, "levels", at);
  const amount = sh.typed<number>(o, "amount", at, "number");
  if (o.amount === undefined) sh.typed({ amount: "" }, "amount", at, "number");
  return defined<BonusTier>([
    ["name", sh.string(o, "name", at)],
    ["levels", levels && levels.length > 0 ? levels : undefined],
    ["criteria", criteria.map((c, i) => criterion(sh, c, [...at, "criteria", i])).filter((c) => c !== null)],
    ["amount", amount],
    ["note", sh.string(o, "note", at, true)],
  ]);
}

function bonusOf(sh: Shape, v: unknown): BonusTable | undefined {
  if (v === undefined) return undefined;
  const o = sh.object(v, ["bonus"], ["tiers"]);
  if (!o) return undefined;
  const tiers = sh.array(o.tiers, ["bonus", "tiers"]) ?? [];
  return { tiers: tiers.map((t, i) => tier(sh, t, ["bonus", "tiers", i])).filter((t) => t !== null) };
}

function action(sh: Shape, v: unknown, at: (string | number)[]): DevelopmentAction | null {
  const o = sh.object(v, at, ACTION_KEYS);
  if (!o) return null;
  if (o.weeks === undefined) sh.typed({ weeks: "" }, "weeks", at, "number");
  return defined<DevelopmentAction>([
    ["field", sh.string(o, "field", at)],
    ["action", sh.string(o, "action", at)],
    ["owner", sh.string(o, "owner", at)],
    ["weeks", sh.typed<number>(o, "weeks", at, "number")],
    ["note", sh.string(o, "note", at, true)],
  ]);
}

/** `talent`: band limits, forecast months, key levels and development actions, each optional. */
function talentOf(sh: Shape, v: unknown): TalentSetting | undefined {
  if (v === undefined) return undefined;
  const o = sh.object(v, ["talent"], TALENT_KEYS);
  if (!o) return undefined;
  const bands = o.bands === undefined ? undefined : (sh.array(o.bands, ["talent", "bands"]) ?? []);
  bands?.forEach((x, i) => {
    if (typeof x !== "number") sh.typed({ [i]: x }, String(i), ["talent", "bands"], "number");
  });
  const actions = o.actions === undefined ? undefined : (sh.array(o.actions, ["talent", "actions"]) ?? []);
  return defined<TalentSetting>([
    ["bands", bands],
    ["forecastMonths", sh.typed<number>(o, "forecastMonths", ["talent"], "number")],
    ["keyLevels", sh.strings(o, "keyLevels", ["talent"])],
    ["actions", actions?.map((a, i) => action(sh, a, ["talent", "actions", i])).filter((a) => a !== null)],
  ]);
}

/**
 * Reads parsed JSON as a policy, checking every key's type and reporting unknown keys.
 * @returns the policy (keys in model order) when there is no issue, else the issues
 */
export function policyFromShape(json: unknown): { policy: Policy; issues: [] } | { policy: null; issues: ShapeIssue[] } {
  const sh = new Shape();
  const o = sh.object(json, [], POLICY_KEYS);
  if (!o) return { policy: null, issues: sh.issues };
  const levels = sh.array(o.levels, ["levels"]) ?? [];
  const steps = sh.array(o.steps, ["steps"]) ?? [];
  const policy = defined<Policy>([
    ["id", sh.string(o, "id", [])],
    ["name", sh.string(o, "name", [])],
    ["nameEn", sh.string(o, "nameEn", [])],
    ["version", sh.string(o, "version", [])],
    ["revised", sh.string(o, "revised", [], true)],
    ["sources", sh.strings(o, "sources", [])],
    ["levels", levels.map((l, i) => level(sh, l, ["levels", i])).filter((l) => l !== null)],
    ["steps", steps.map((s, i) => step(sh, s, ["steps", i])).filter((s) => s !== null)],
    ["blockers", o.blockers === undefined ? undefined : (sh.array(o.blockers, ["blockers"]) ?? []).map((b, i) => blocker(sh, b, ["blockers", i])).filter((b) => b !== null)],
    ["nineBox", nineBoxOf(sh, o.nineBox)],
    ["bonus", bonusOf(sh, o.bonus)],
    ["talent", talentOf(sh, o.talent)],
  ]);
  return sh.issues.length > 0 ? { policy: null, issues: sh.issues } : { policy, issues: [] };
}
