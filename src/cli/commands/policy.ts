import * as fs from "node:fs";
import { Command } from "commander";
import { TEMPLATES, getTemplate, policyFingerprint, policyToJson, policyToSheets, type Locale, type Policy } from "../../core";
import { CliError } from "../io/errors";
import { exportPolicyWorkbook } from "../io/policy-workbook";
import { helpText } from "../help-text";
import { cliMessages } from "../messages";
import { langOption, localOption, parseLang } from "../options";
import { checkPolicyFile, policyProblems, readPolicyFile } from "../policy-source";

/** A template by id, or a policy file (.json or a workbook with policy sheets). */
async function policySource(source: string, locale: Locale): Promise<Policy> {
  const template = getTemplate(source);
  if (template) return template;
  if (fs.existsSync(source)) return readPolicyFile(source, locale);
  throw new CliError(cliMessages(locale).unknownPolicy(source, TEMPLATES.map((t) => t.id).join(", ")));
}

async function exportAction(source: string, opts: { out?: string; json?: boolean; lang?: string }): Promise<void> {
  const locale = parseLang(opts.lang);
  if (opts.out === undefined && !opts.json) throw new CliError(cliMessages(locale).exportWhere);
  const policy = await policySource(source, locale);
  if (opts.json) process.stdout.write(policyToJson(policy));
  if (opts.out === undefined) return;
  const existed = await exportPolicyWorkbook(policy, opts.out, locale);
  const names = policyToSheets(policy, locale)
    .map((sheet) => sheet.name)
    .join(locale === "en-US" ? ", " : "、");
  const fp = policyFingerprint(policy);
  process.stderr.write(
    locale === "en-US"
      ? `promo: wrote the policy ${fp} as the sheets ${names} ${existed ? "into" : "to a new workbook"} ${opts.out}${existed ? " (its other sheets are unchanged)" : ` (policy only: copy your roster's sheet into it, or review your roster with --policy ${opts.out})`}\n`
      : `promo: 已将晋升方案 ${fp} 写成 ${names} 工作表${existed ? `，加入 ${opts.out}（其他工作表不变）` : `，新建 ${opts.out}（只有方案：请把花名册工作表复制进来，或评审花名册时用 --policy ${opts.out}）`}\n`,
  );
}

async function checkAction(file: string, opts: { lang?: string }): Promise<void> {
  const locale = parseLang(opts.lang);
  const checked = await checkPolicyFile(file, locale);
  if (!checked.ok) throw policyProblems(file, checked.problems, locale);
  const p = checked.policy;
  const fp = policyFingerprint(p);
  process.stdout.write(
    locale === "en-US"
      ? `OK ${fp} (${p.nameEn}: ${p.levels.length} levels, ${p.steps.length} steps${p.bonus ? `, ${p.bonus.tiers.length} bonus tiers` : ""})\n`
      : `OK ${fp}（${p.name}：${p.levels.length} 个职级，${p.steps.length} 个晋升步骤${p.bonus ? `，${p.bonus.tiers.length} 个奖金档位` : ""}）\n`,
  );
}

/** `promo policy export|check`: policies as workbook sheets or JSON. */
export function policyCommand(locale: Locale = "zh-CN"): Command {
  const h = helpText(locale);
  const policy = new Command("policy").description(h.commands.policy);
  policy
    .command("export")
    .description(h.commands.policyExport)
    .argument("<template|file>", h.options.exportSource)
    .addOption(localOption("--out <file>", "exportOut", locale))
    .addOption(localOption("--json", "json", locale))
    .addOption(langOption(locale))
    .action(exportAction);
  policy
    .command("check")
    .description(h.commands.policyCheck)
    .argument("<file>", h.options.checkFile)
    .addOption(langOption(locale))
    .action(checkAction);
  return policy;
}
