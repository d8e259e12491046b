/**
 * Facts for the message of a {@link validatePolicy} issue, shared by the sheet and JSON readers.
 */
import type { Locale } from "../../i18n/locale";
import type { Policy } from "../../model/policy";
import type { PolicyIssue } from "../validate";
import { foldText } from "../../read/text";
import { closest } from "../../util/closest";
import type { IssueDetail } from "./messages";
import { fieldSheetName } from "./vocabulary";

/** Where a model path is, for messages that point at another place (`规则!B5`); undefined when unknown. */
export type Locate = (path: readonly (string | number)[]) => string | undefined;

function roundSum(v: string | number | undefined): string | number | undefined {
  return typeof v === "number" ? Number(v.toPrecision(6)) : v;
}

/** Names and aliases of the levels, for "did you mean". */
function levelNames(policy: Policy): string[] {
  return (policy.levels ?? []).flatMap((l) => [l.name, ...(l.aliases ?? [])]);
}

/** The detail of a validation issue, in the words of the sheets (field names as HR writes them). */
export function describeIssue(issue: PolicyIssue, policy: Policy, locale: Locale, locate: Locate): IssueDetail {
  const d = issue.detail;
  const step = typeof issue.path[1] === "number" && issue.path[0] === "steps" ? policy.steps?.[issue.path[1]] : undefined;
  const arrow = { from: step?.from ?? d.from, to: step?.to ?? d.to };
  switch (issue.code) {
    case "unknown_field":
      return { value: "" };
    case "bad_value":
      return { field: fieldSheetName(String(d.field), locale), value: d.value, expected: d.expected };
    case "op_field":
    case "bad_window":
      return { ...d, field: fieldSheetName(String(d.field), locale) };
    case "weights_sum":
      return { ...arrow, sum: roundSum(d.sum) };
    case "weight_field":
      return { field: fieldSheetName(String(d.field), locale), reason: d.reason, weight: d.weight };
    case "unknown_level":
      return { level: d.level, closest: closest(String(d.level), levelNames(policy)) ?? undefined };
    case "duplicate_level": {
      const first = typeof d.firstLevel === "number" ? d.firstLevel : -1;
      return { name: d.name, first: locate(firstOccurrence(policy, issue)) ?? policy.levels?.[first]?.name };
    }
    case "unreachable":
      return { level: d.level, reason: d.reason, first: policy.levels?.[0]?.name };
    case "duplicate_step": {
      const first = typeof d.firstStep === "number" ? d.firstStep : -1;
      const other = policy.steps?.[first];
      return { ...arrow, first: locate(["steps", first]) ?? (other ? `${other.from} → ${other.to}` : undefined) };
    }
    default:
      return { ...d, ...arrow };
  }
}

/** The path of the name or alias a `duplicate_level` issue repeats (its first use). */
export function firstOccurrence(policy: Policy, issue: PolicyIssue): (string | number)[] {
  const i = typeof issue.detail.firstLevel === "number" ? issue.detail.firstLevel : -1;
  const level = policy.levels?.[i];
  if (!level) return [];
  const name = foldText(String(issue.detail.name));
  if (foldText(level.name) === name) return ["levels", i, "name"];
  const j = (level.aliases ?? []).findIndex((a) => foldText(a) === name);
  return j < 0 ? ["levels", i] : ["levels", i, "aliases", j];
}
