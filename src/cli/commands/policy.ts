import * as fs from "node:fs";
import { Command } from "commander";
import { TEMPLATES, getTemplate, policyFingerprint, policyName, policyToJson, policyToSheets, type Locale, type Policy } from "../../core";
import { CliError } from "../io/errors";
import { exportPolicyWorkbook } from "../io/policy-workbook";
import { helpText } from "../help-text";
import { cliMessages } from "../messages";
import { opt, parseLang } from "../options";
import { checkPolicyFile, policyProblems, readPolicyFile } from "../policy-source";

/** A template by id, or a policy file (.json or a workbook with policy sheets). */
async function policySource(source: string, locale: Locale): Promise<Policy> {
  const template = getTemplate(source);
  if (template) return template;
  if (fs.existsSync(source)) return readPolicyFile(source, locale);
  throw new CliError(cliMessages(locale).unknownPolicy(source, TEMPLATES.map((t) => t.id)));
}

async function exportAction(source: string, opts: { out?: string; json?: boolean; lang?: string }): Promise<void> {
  const locale = parseLang(opts.lang);
  if (opts.out === undefined && !opts.json) throw new CliError(cliMessages(locale).exportWhere);
  const policy = await policySource(source, locale);
  if (opts.json) process.stdout.write(policyToJson(policy));
  if (opts.out === undefined) return;
  const existed = await exportPolicyWorkbook(policy, opts.out, locale);
  const sheets = policyToSheets(policy, locale).map((sheet) => sheet.name);
  process.stderr.write(`promo: ${cliMessages(locale).policyExported(policyFingerprint(policy), sheets, opts.out, existed)}\n`);
}

async function checkAction(file: string, opts: { lang?: string }): Promise<void> {
  const locale = parseLang(opts.lang);
  const checked = await checkPolicyFile(file, locale);
  if (!checked.ok) throw policyProblems(file, checked.problems, locale);
  const p = checked.policy;
  const name = policyName(p, locale);
  process.stdout.write(`${cliMessages(locale).policyChecked(policyFingerprint(p), name, p.levels.length, p.steps.length, p.bonus ? p.bonus.tiers.length : null)}
`);
}

/** `promo policy export|check`: policies as workbook sheets or JSON. */
export function policyCommand(locale: Locale = "zh-CN"): Command {
  const h = helpText(locale);
  const policy = new Command("policy").description(h.commands.policy);
  policy
    .command("export")
    .description(h.commands.policyExport)
    .argument("<template|file>", h.options.exportSource)
    .addOption(opt("exportOut", locale))
    .addOption(opt("json", locale))
    .addOption(opt("lang", locale))
    .action(exportAction);
  policy
    .command("check")
    .description(h.commands.policyCheck)
    .argument("<file>", h.options.checkFile)
    .addOption(opt("lang", locale))
    .action(checkAction);
  return policy;
}
