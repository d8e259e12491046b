/**
 * Policies as JSON, for versioning in git: a stable, readable text (one criterion per line) and
 * a reader that reports every problem with its JSON path.
 */
import type { Locale } from "../../i18n/locale";
import type { Policy } from "../../model/policy";
import { validatePolicy } from "../validate";
import { dropTalentDefaults } from "../../talent/defaults";
import { describeIssue } from "./describe";
import { policyFromShape } from "./json-shape";
import { issueMessage } from "./messages";
import type { PolicyJsonIssue, PolicyJsonResult } from "./types";

/** Key order of each kind of object, as the model declares them. */
const ORDER: readonly string[] = ["id", "name", "nameEn", "version", "revised", "sources", "levels", "steps", "blockers", "aliases", "track", "reserve", "allowance", "from", "to", "vacancy", "score", "weights", "paths", "label", "criteria", "field", "op", "value", "window", "criterion", "months", "agg", "floor", "nineBox", "perf", "potential", "bonus", "tiers", "amount", "note", "pay", "monthly", "min", "mid", "max", "calibration", "tolerance", "bands", "share", "bandTolerance", "talent", "forecastMonths", "keyLevels", "actions", "action", "owner", "weeks"];

function rank(key: string): number {
  const i = ORDER.indexOf(key);
  return i < 0 ? ORDER.length : i;
}

function isLeaf(v: unknown): boolean {
  const scalar = (x: unknown): boolean => x === null || typeof x !== "object";
  if (scalar(v)) return true;
  if (Array.isArray(v)) return v.every(scalar);
  // A criterion keeps its window ({ "months": 6, "agg": "avg" }) on its line.
  return Object.entries(v as object).every(([k, x]) => scalar(x) || (Array.isArray(x) && x.every(scalar)) || (k === "window" && isLeaf(x)));
}

/** Objects and arrays whose members are all plain values go on one line; the rest is indented. */
function format(v: unknown, indent: string): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  const inner = indent + "  ";
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    if (v.every((x) => x === null || typeof x !== "object")) return `[${v.map((x) => JSON.stringify(x)).join(", ")}]`;
    return `[\n${v.map((x) => inner + format(x, inner)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => x !== undefined)
    .sort(([a], [b]) => rank(a) - rank(b));
  if (entries.length === 0) return "{}";
  if (isLeaf(v)) return `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${format(x, inner)}`).join(", ")} }`;
  return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${format(x, inner)}`).join(",\n")}\n${indent}}`;
}

/**
 * The policy as stable, pretty JSON: keys in model order, one criterion, level or weight set
 * per line, ending with a newline. {@link policyFromJson} reads it back to an equal policy.
 */
export function policyToJson(policy: Policy): string {
  return `${format(policy, "")}\n`;
}

/** `steps[1].paths[0].criteria[2].value` for a model path (`$` for the root). */
export function jsonPath(path: readonly (string | number)[]): string {
  const text = path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
  return text === "" ? "$" : text;
}

/** Line and column of a JSON.parse error, when the engine gives a position. */
function syntaxReason(error: unknown, text: string): string {
  const message = oneLine(error instanceof Error ? error.message : String(error));
  const m = /position (\d+)/.exec(message);
  if (!m || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(m[1]));
  const line = before.split("\n").length;
  return `${message} (line ${line} column ${before.length - before.lastIndexOf("\n")})`;
}

/**
 * The engine's message on one line: it quotes the start of the text, which in a file of another
 * encoding (UTF-16 read as UTF-8) holds line breaks, NULs and U+FFFD (issue 19); control
 * characters are written as `\uXXXX`, runs of U+FFFD as one.
 */
function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex -- escaping control characters is the point
  return message.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/\uFFFD+/g, "\uFFFD");
}

/**
 * Reads a policy from JSON text: the syntax, the type of every key (unknown keys are reported),
 * then {@link validatePolicy}. Every issue names its JSON path and says how to fix it, in
 * `locale`. A policy is returned only when there is no issue.
 */
export function policyFromJson(text: string, locale: Locale = "zh-CN"): PolicyJsonResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, issues: [{ path: "$", code: "json_syntax", message: issueMessage("json_syntax", { reason: syntaxReason(e, text) }, locale) }] };
  }
  const shape = policyFromShape(json);
  if (shape.policy === null) {
    return { ok: false, issues: shape.issues.map((i) => ({ path: jsonPath(i.path), code: i.code, message: issueMessage(i.code, i.detail, locale) })) };
  }
  const policy = shape.policy;
  const locate = (path: readonly (string | number)[]): string => jsonPath(path);
  const issues: PolicyJsonIssue[] = validatePolicy(policy).map((i) => ({
    path: jsonPath(i.path),
    code: i.code,
    message: issueMessage(i.code, describeIssue(i, policy, locale, locate), locale),
  }));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, policy: dropTalentDefaults(policy) };
}
