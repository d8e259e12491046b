import { promises as fsp } from "node:fs";
import * as fs from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import * as iconv from "iconv-lite";
import {
  TEMPLATES,
  getTemplate,
  pickTemplate,
  policyFingerprint,
  policyFromJson,
  policyFromSheets,
  policyName,
  rosterLevelTexts,
  type Locale,
  type MappingOverride,
  type Policy,
  type RosterInput,
} from "../core";
import { foldText } from "../core/read/text";
import { CliError, hasErrorCode } from "./io/errors";
import { cliMessages } from "./messages";
import { readPolicySheets, workbookHasPolicy } from "./io/policy-workbook";
import { loadWorkbook } from "./io/read-xlsx";

/** Where the policy of a review came from, for the message printed to the user. */
export interface ResolvedPolicy {
  readonly policy: Policy;
  readonly how: "template" | "file" | "workbook" | "auto";
  readonly note?: string;
}

/** A policy file read: the policy, or one line per problem (`规则!F7: ...`, `steps[0].to: ...`). */
export type CheckedPolicy = { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly problems: string[] };

/** The policy in a workbook's policy sheets, checked. */
function checkWorkbook(wb: ExcelJS.Workbook, locale: Locale): CheckedPolicy {
  const result = policyFromSheets(readPolicySheets(wb), locale);
  return result.ok ? result : { ok: false, problems: result.issues.map((i) => `${i.cell}: ${i.message}`) };
}

/**
 * The text of a policy JSON file: UTF-8 (a BOM dropped), or UTF-16 when it starts with a UTF-16
 * BOM or, without one, a NUL in every other byte of its first characters (Windows Notepad's
 * "Unicode"; it was read as UTF-8 and refused with a garbled multi-line message, issue 19).
 * @example
 * decodePolicyJson(Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])) // "{}"
 */
export function decodePolicyJson(bytes: Buffer): string {
  const [b0, b1] = [bytes[0], bytes[1]];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString("utf8");
  if (b0 === 0xff && b1 === 0xfe) return iconv.decode(bytes.subarray(2), "utf16le");
  if (b0 === 0xfe && b1 === 0xff) return iconv.decode(bytes.subarray(2), "utf16be");
  if (bytes.length >= 4 && b0 !== 0 && b1 === 0 && bytes[2] !== 0 && bytes[3] === 0) return iconv.decode(bytes, "utf16le");
  if (bytes.length >= 4 && b0 === 0 && b1 !== 0 && bytes[2] === 0 && bytes[3] !== 0) return iconv.decode(bytes, "utf16be");
  return bytes.toString("utf8");
}

/**
 * Reads and checks a policy file: JSON (issues by JSON path) or an .xlsx/.xlsm workbook with
 * policy sheets (issues by cell).
 * @throws {@link CliError} when the file cannot be read, has another type, or has no policy sheets
 */
export async function checkPolicyFile(file: string, locale: Locale): Promise<CheckedPolicy> {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".json") {
    let text: string;
    try {
      text = decodePolicyJson(await fsp.readFile(file));
    } catch (error) {
      if (hasErrorCode(error, "ENOENT", "ENOTDIR")) throw new CliError((m) => m.fileNotFound(file));
      if (hasErrorCode(error, "EISDIR")) throw new CliError((m) => m.isFolder(file));
      throw error;
    }
    const result = policyFromJson(text, locale);
    return result.ok ? result : { ok: false, problems: result.issues.map((i) => `${i.path}: ${i.message}`) };
  }
  if (ext !== ".xlsx" && ext !== ".xlsm") throw new CliError((m) => m.policyFileType(file));
  const wb = await loadWorkbook(file);
  if (!workbookHasPolicy(wb)) {
    throw new CliError((m) => m.noPolicySheets(file));
  }
  return checkWorkbook(wb, locale);
}

/** Problems listed one per line at most; the rest are counted (a 100,000-row policy sheet printed 37,506 lines). */
export const MAX_LISTED_PROBLEMS = 50;

/**
 * The error for a policy with problems: a count, then one problem per line, the first
 * {@link MAX_LISTED_PROBLEMS} only and a last line counting the others.
 * @example
 * policyProblems("p.json", ["$.id: 不能为空"], "zh-CN").message
 * // "p.json：晋升方案有 1 处问题，未使用；请改正后用 promo policy check 再检查：\n  $.id: 不能为空"
 */
export function policyProblems(label: string, problems: readonly string[], locale: Locale): CliError {
  const m = cliMessages(locale);
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `  ${p}`);
  const rest = problems.length - listed.length;
  if (rest > 0) listed.push(`  ${m.moreProblems(rest)}`);
  return new CliError([m.policyProblems(label, problems.length), ...listed].join("\n"));
}

/** Reads a policy file, throwing a {@link CliError} that lists every problem when it is not valid. */
export async function readPolicyFile(file: string, locale: Locale): Promise<Policy> {
  const checked = await checkPolicyFile(file, locale);
  if (!checked.ok) throw policyProblems(file, checked.problems, locale);
  return checked.policy;
}

/** What a review needs to choose its policy. */
export interface PolicyContext {
  /** The roster's workbook (null for CSV): its policy sheets are used when --policy is absent. */
  readonly workbook?: ExcelJS.Workbook | null;
  /** Language of notes and problems (default zh-CN). */
  readonly locale?: Locale;
  /** The user's header mapping (`--map`), used to find the level column. */
  readonly mapping?: MappingOverride;
}

/**
 * The policy for a review: `--policy` as a template id, a JSON file or a workbook with policy
 * sheets; otherwise the policy sheets of the roster's own workbook when it has them; otherwise
 * the template whose level names match the roster's levels best.
 * @throws {@link CliError} for an unknown template or file, and for a policy with problems (listed)
 */
export async function resolvePolicy(option: string | undefined, input: RosterInput, context: PolicyContext = {}): Promise<ResolvedPolicy> {
  const locale = context.locale ?? "zh-CN";
  const m = cliMessages(locale);
  const inWorkbook = context.workbook ? workbookHasPolicy(context.workbook) : false;
  if (option !== undefined) {
    const template = getTemplate(option);
    if (template) return { policy: template, how: "template", ...(inWorkbook ? { note: m.usingTemplate(template.id, true) } : {}) };
    if (fs.existsSync(option)) {
      const policy = await readPolicyFile(option, locale);
      return { policy, how: "file", note: m.usingPolicyFile(option, policyFingerprint(policy), inWorkbook) };
    }
    throw new CliError(m.unknownPolicy(option, TEMPLATES.map((t) => t.id)));
  }
  if (inWorkbook && context.workbook) {
    const checked = checkWorkbook(context.workbook, locale);
    if (!checked.ok) throw policyProblems(m.rosterPolicySheets, checked.problems, locale);
    return { policy: checked.policy, how: "workbook", note: m.usingWorkbookPolicy(policyFingerprint(checked.policy)) };
  }
  const texts = rosterLevelTexts(input, context.mapping);
  const match = pickTemplate(texts, TEMPLATES);
  if (!match) throw new CliError(cliMessages(locale).noTemplate(input.sheet));
  const distinct = new Set(texts.map(foldText)).size;
  return {
    policy: match.policy,
    how: "auto",
    note: cliMessages(locale).pickedTemplate(match.policy.id, policyName(match.policy, locale), match.levelsMatched, distinct),
  };
}
