/**
 * Checking that parsed JSON has the shape of a {@link Policy}, key by key, before validation:
 * a zod schema, its issues mapped to the message catalogue's `bad_type` / `unknown_key`
 * (`messages.ts`), so every problem still names its JSON path and what was expected.
 *
 * zod runs jitless: the add-in's Content-Security-Policy forbids `eval` and `new Function`,
 * which zod would otherwise probe for and use to speed up object parsing
 * (`test/core/policy-json-zod.test.ts` parses with `Function` made to throw).
 */
import { z } from "zod";
import type { Policy } from "../../model/policy";

z.config({ jitless: true });

/** A shape problem: where (model path) and what was expected. */
export interface ShapeIssue {
  readonly path: (string | number)[];
  readonly code: "bad_type" | "unknown_key";
  readonly detail: Record<string, string | number>;
}

/** What an unknown-key issue's message carries: the object's allowed keys after this prefix. */
const ALLOWED = "allowed:";

/** An object that reports keys it does not know, with the keys it does. */
function strict<S extends z.core.$ZodLooseShape>(shape: S): z.ZodObject<S, z.core.$strict> {
  const allowed = Object.keys(shape).join(", ");
  return z.strictObject(shape, { error: (issue) => (issue.code === "unrecognized_keys" ? `${ALLOWED}${allowed}` : undefined) });
}

const strings = z.array(z.string());
const scalar = z.union([z.number(), z.string()]);
/** A criterion's value: a number, text, boolean, or a list of numbers and texts (`in`). */
const value = z.union([z.number(), z.string(), z.boolean(), z.array(scalar)], { error: () => "value" });

const window = strict({ months: z.number(), agg: z.string(), floor: z.number().optional() });
const criterion = strict({ field: z.string(), op: z.string(), value, window: window.optional() });

/** A level's pay: `{ "monthly": 6000 }` or a band `{ "min": 5000, "mid": 6000, "max": 7000 }`. */
const pay = strict({ monthly: z.number().optional(), min: z.number().optional(), mid: z.number().optional(), max: z.number().optional() });

const level = strict({
  name: z.string(),
  aliases: strings.optional(),
  track: z.string().optional(),
  reserve: z.boolean().optional(),
  allowance: z.number().optional(),
  pay: pay.optional(),
});

const path = strict({ id: z.string(), label: z.string(), criteria: z.array(criterion) });

const step = strict({
  from: z.string(),
  to: z.string(),
  vacancy: z.boolean().optional(),
  score: strict({ weights: z.record(z.string(), z.number()) }).optional(),
  paths: z.array(path),
});

const blocker = strict({ from: z.string().optional(), to: z.string().optional(), label: z.string().optional(), criterion });

const tier = strict({
  name: z.string(),
  // An empty list means every level, as no list does.
  levels: strings.optional().transform((list) => (list && list.length > 0 ? list : undefined)),
  criteria: z.array(criterion),
  amount: z.number(),
  note: z.string().optional(),
});

/** A 9-box axis's two cut points (validatePolicy checks there are two, ascending). */
const cuts = z.array(z.number()).transform((list) => list as unknown as readonly [number, number]);

/** A target-distribution band: `{ "label": "优秀", "min": 90, "share": 0.2 }` (no `min`: the rest). */
const band = strict({ label: z.string(), min: z.number().nullable().optional().transform((v) => v ?? null), share: z.number() });

/** Calibration: `{ "tolerance": 5, "bands": [...], "bandTolerance": 0.05 }`. */
const calibration = strict({ tolerance: z.number().optional(), bands: z.array(band).optional(), bandTolerance: z.number().optional() });

/** A development action (the 发展措施 sheet): `{ "field": "csat", "action": "…", "owner": "培训部", "weeks": 4 }`. */
const action = strict({ field: z.string(), action: z.string(), owner: z.string(), weeks: z.number(), note: z.string().optional() });

/** Talent settings: band limits (two, checked by validatePolicy), forecast months, key levels, development actions. */
const talent = strict({
  bands: z
    .array(z.number())
    .transform((list) => list as unknown as readonly [number, number])
    .optional(),
  forecastMonths: z.number().optional(),
  keyLevels: strings.optional(),
  actions: z.array(action).optional(),
});

const policy = strict({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  version: z.string(),
  revised: z.string().optional(),
  sources: strings.optional(),
  levels: z.array(level),
  steps: z.array(step),
  blockers: z.array(blocker).optional(),
  nineBox: strict({ perf: cuts, potential: cuts }).optional(),
  bonus: strict({ tiers: z.array(tier) }).optional(),
  calibration: calibration.optional(),
  talent: talent.optional(),
});

/** The value at a path of parsed JSON (undefined where nothing is). */
function valueAt(json: unknown, at: readonly PropertyKey[]): unknown {
  let v = json;
  for (const key of at) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** A model path from zod's (whose keys may be symbols, which JSON never has). */
function modelPath(at: readonly PropertyKey[]): (string | number)[] {
  return at.map((k) => (typeof k === "number" ? k : String(k)));
}

/** True when `path` is `prefix` or below it. */
function startsWith(path: readonly (string | number)[], prefix: readonly PropertyKey[]): boolean {
  return prefix.length <= path.length && prefix.every((k, i) => path[i] === (typeof k === "number" ? k : String(k)));
}

/** The catalogue's issues for one zod issue. */
function shapeIssues(issue: z.core.$ZodIssue, json: unknown): ShapeIssue[] {
  const at = modelPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    const allowed = issue.message.startsWith(ALLOWED) ? issue.message.slice(ALLOWED.length) : "";
    return issue.keys.map((key) => ({ path: [...at, key], code: "unknown_key", detail: { key, allowed } }));
  }
  const expected = issue.code === "invalid_type" ? (issue.expected === "record" ? "object" : issue.expected) : "value";
  const missing = valueAt(json, issue.path) === undefined;
  return [{ path: at, code: "bad_type", detail: missing ? { expected, missing: 1 } : { expected } }];
}

/**
 * Reads parsed JSON as a policy, checking every key's type and reporting unknown keys.
 * @returns the policy (keys in model order) when there is no issue, else the issues
 * @example
 * policyFromShape({ id: "x" }).issues[0] //=> { path: ["name"], code: "bad_type", detail: { expected: "string", missing: 1 } }
 */
export function policyFromShape(json: unknown): { policy: Policy; issues: [] } | { policy: null; issues: ShapeIssue[] } {
  const parsed = policy.safeParse(json);
  if (!parsed.success) {
    // zod reports an object's unknown keys after its properties; they come first, as a reader goes through the object.
    const issues: ShapeIssue[] = [];
    for (const issue of parsed.error.issues) {
      const mapped = shapeIssues(issue, json);
      const inside = issue.code === "unrecognized_keys" ? issues.findIndex((i) => startsWith(i.path, issue.path)) : -1;
      issues.splice(inside < 0 ? issues.length : inside, 0, ...mapped);
    }
    return { policy: null, issues };
  }
  // The schema is the model's shape; zod's types say `T | undefined` where the model leaves a key out, and `op` is any text until validatePolicy.
  return { policy: parsed.data as Policy, issues: [] };
}
