/**
 * Reading a policy from its sheets: every issue at once, each on a cell; a policy only when
 * there is none.
 */
import { compilePolicy, PolicyCompileError } from "../../evaluate/compile";
import type { Locale } from "../../i18n/locale";
import { coreMessages } from "../../i18n/messages";
import type { Level, Policy } from "../../model/policy";
import { validatePolicy, type PolicyIssue } from "../validate";
import { describeIssue, firstOccurrence } from "./describe";
import { Grid, IssueList, SourceMap, addressOf } from "./grid";
import { OPTIONAL_POLICY_SHEET_KINDS, POLICY_SHEET_KINDS, type PolicySheetKind, policySheetKind, policySheetNames } from "./names";
import { readBonus } from "./read-bonus";
import { readHeaderBlock } from "./read-header";
import { readLevels } from "./read-levels";
import { readRules } from "./read-rules";
import { readDevelopment, readKeyLevels, readTalentHeader } from "./talent-sheets";
import { dropTalentDefaults } from "../../talent/defaults";
import type { TalentSetting } from "../../model/policy";
import type { PolicySheetResult, SheetData } from "./types";

/** The first sheet of each kind (either language). */
function sheetsByKind(sheets: readonly SheetData[]): Map<PolicySheetKind, Grid> {
  const found = new Map<PolicySheetKind, Grid>();
  for (const sheet of sheets) {
    const kind = policySheetKind(sheet.name);
    if (kind !== null && !found.has(kind)) found.set(kind, new Grid(sheet, [...POLICY_SHEET_KINDS, ...OPTIONAL_POLICY_SHEET_KINDS].indexOf(kind)));
  }
  return found;
}

/** Issues of a step that follow from one of its levels being misspelt (its rows were split off). */
const CONSEQUENCES: ReadonlySet<string> = new Set(["no_paths", "weights_sum", "score_without_weights", "duplicate_step"]);

/** Where a validation issue is: weights with a bad value on their 权重 cell, the rest by path. */
function issuePath(issue: PolicyIssue): (string | number)[] {
  return issue.code === "weight_field" && issue.detail.reason === "bad_weight" ? [...issue.path, "$weight"] : issue.path;
}

/**
 * Reads a policy from the 晋升方案, 职级 and 规则 sheets (or Policy, Levels, Rules; column headers
 * in either language), and its bonus tiers from 奖金档位 (Bonus tiers) when that sheet exists. Every problem is reported with its cell and a message in `locale` saying
 * how to fix it: the sheet-level ones (missing sheets or columns, unknown fields, unreadable
 * values) and those of {@link validatePolicy} (unknown levels, cycles, unreachable levels,
 * duplicate names, weights not summing to 1...). A policy is returned only when there is none.
 * @param sheets - the workbook's sheets (others are ignored)
 */
export function policyFromSheets(sheets: readonly SheetData[], locale: Locale = "zh-CN"): PolicySheetResult {
  const grids = sheetsByKind(sheets);
  const issues = new IssueList();
  const src = new SourceMap();
  const names = policySheetNames(locale);
  for (const kind of POLICY_SHEET_KINDS) {
    if (!grids.has(kind)) issues.add({ sheet: names[kind], order: POLICY_SHEET_KINDS.indexOf(kind), row: 0, col: 0 }, "missing_sheet", { sheet: names[kind] });
  }
  const policyGrid = grids.get("policy");
  const levelsGrid = grids.get("levels");
  const rulesGrid = grids.get("rules");
  const header = policyGrid ? readHeaderBlock(policyGrid, issues, src, locale) : null;
  const levels = levelsGrid ? readLevels(levelsGrid, issues, src, locale) : null;
  const rules = rulesGrid ? readRules(rulesGrid, issues, src, locale) : null;
  const bonusGrid = grids.get("bonus");
  const bonus = bonusGrid ? readBonus(bonusGrid, issues, src, locale) : undefined;
  const talent = talentOf(grids, levels, issues, src);
  const context = { policySheet: policyGrid?.name ?? names.policy, levelsSheet: levelsGrid?.name ?? names.levels, rulesSheet: rulesGrid?.name ?? names.rules };
  if (!header || !levels || !rules || bonus === null) return { ok: false, issues: issues.toIssues(locale, context) };

  const policy: Policy = { ...header, levels, steps: rules.steps, ...(rules.blockers.length > 0 ? { blockers: rules.blockers } : {}), ...(bonus ? { bonus } : {}), ...(talent ? { talent } : {}) };
  const locate = (path: readonly (string | number)[]): string | undefined => {
    const pos = src.get(path);
    return pos ? addressOf(pos) : undefined;
  };
  const fallback = { sheet: rulesGrid?.name ?? names.rules, order: 2, row: 0, col: 0 };
  const found = validatePolicy(policy);
  const misnamed = new Set(found.filter((i) => i.code === "unknown_level" && i.path[0] === "steps").map((i) => i.path[1]));
  for (const issue of found) {
    if (CONSEQUENCES.has(issue.code) && misnamed.has(issue.path[1])) continue; // the misspelt level is the cause
    if (issue.code === "weights_sum" && typeof issue.detail.sum !== "number") continue; // an unreadable weight, already reported
    const detail = describeIssue(issue, policy, locale, locate);
    const stepCells = issue.code === "weights_sum" ? rules.weightCells[issue.path[1] as number] : undefined;
    const at = src.get(issuePath(issue)) ?? fallback;
    issues.add(at, issue.code, stepCells ? { ...detail, cells: stepCells.join(coreMessages(locale).listSep) } : detail);
    if (issue.code === "duplicate_level") {
      const first = src.get(firstOccurrence(policy, issue));
      if (first) issues.add(first, issue.code, { ...detail, first: addressOf(at) });
    }
  }
  if (issues.size > 0) return { ok: false, issues: issues.toIssues(locale, context) };
  try {
    compilePolicy(policy);
  } catch (e) {
    issues.add(fallback, "invalid_policy", { reason: e instanceof PolicyCompileError ? e.text(locale) : e instanceof Error ? e.message : String(e) });
    return { ok: false, issues: issues.toIssues(locale, context) };
  }
  return { ok: true, policy: dropTalentDefaults(policy) };
}

/** The talent settings the sheets hold (准备度分界 / 预测月数 rows, 关键岗位 column, 发展措施 sheet), or undefined. */
function talentOf(grids: ReadonlyMap<PolicySheetKind, Grid>, levels: readonly Level[] | null, issues: IssueList, src: SourceMap): TalentSetting | undefined {
  const policyGrid = grids.get("policy");
  const levelsGrid = grids.get("levels");
  const developmentGrid = grids.get("development");
  const header = policyGrid ? readTalentHeader(policyGrid, issues, src) : {};
  const keyLevels = levelsGrid && levels ? readKeyLevels(levelsGrid, levels, issues, src) : undefined;
  const actions = developmentGrid ? readDevelopment(developmentGrid, issues, src) : undefined;
  const talent: TalentSetting = { ...header, ...(keyLevels ? { keyLevels } : {}), ...(actions ? { actions } : {}) };
  return Object.keys(talent).length > 0 ? talent : undefined;
}
