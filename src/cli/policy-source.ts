import * as fs from "node:fs";
import { TEMPLATES, getTemplate, pickTemplate, rosterLevelTexts, validatePolicy, type Policy, type RosterInput } from "../core";
import { CliError } from "./io/errors";

/** Where the policy of a review came from, for the message printed to the user. */
export interface ResolvedPolicy {
  readonly policy: Policy;
  readonly how: "template" | "file" | "auto";
  readonly note?: string;
}

function readPolicyJson(file: string): Policy {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new CliError(`${file}: not a readable JSON policy (${e instanceof Error ? e.message : String(e)})`);
  }
  const policy = parsed as Policy;
  if (!policy || typeof policy !== "object" || !Array.isArray(policy.levels) || !Array.isArray(policy.steps)) {
    throw new CliError(`${file}: a policy needs "levels" and "steps" arrays`);
  }
  const issues = validatePolicy(policy);
  if (issues.length > 0) {
    const lines = issues.map((i) => `  ${i.path.join(".")}: ${i.code} ${JSON.stringify(i.detail)}`).join("\n");
    throw new CliError(`${file}: the policy has ${issues.length} problem(s):\n${lines}`);
  }
  return policy;
}

/**
 * The policy for a review: `--policy` as a template id or a JSON file, otherwise the template
 * whose level names match the roster's levels best.
 */
export function resolvePolicy(option: string | undefined, input: RosterInput): ResolvedPolicy {
  if (option !== undefined) {
    const template = getTemplate(option);
    if (template) return { policy: template, how: "template" };
    if (fs.existsSync(option)) return { policy: readPolicyJson(option), how: "file" };
    throw new CliError(`unknown template or policy file "${option}"; templates: ${TEMPLATES.map((t) => t.id).join(", ")}`);
  }
  const match = pickTemplate(rosterLevelTexts(input), TEMPLATES);
  if (!match) {
    throw new CliError(`no built-in template knows the levels in "${input.sheet}"; pass --policy (promo templates lists them)`);
  }
  return {
    policy: match.policy,
    how: "auto",
    note: `picked template ${match.policy.id} (${match.policy.name}): it knows ${match.levelsMatched} of the roster's level names; use --policy to choose another`,
  };
}
