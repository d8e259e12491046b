import * as fs from "node:fs";
import { Command } from "commander";
import { getTemplate, policyFingerprint, policySheetNames, policyToJson, type Locale, type Policy } from "../../core";
import { CliError } from "../io/errors";
import { exportPolicyWorkbook } from "../io/policy-workbook";
import { parseLang } from "../options";
import { checkPolicyFile, policyProblems, readPolicyFile } from "../policy-source";

/** A template by id, or a policy file (.json or a workbook with policy sheets). */
async function policySource(source: string, locale: Locale): Promise<Policy> {
  const template = getTemplate(source);
  if (template) return template;
  if (fs.existsSync(source)) return readPolicyFile(source, locale);
  throw new CliError(`unknown template or policy file "${source}"; promo templates lists the templates`);
}

async function exportAction(source: string, opts: { out?: string; json?: boolean; lang?: string }): Promise<void> {
  const locale = parseLang(opts.lang);
  if (opts.out === undefined && !opts.json) throw new CliError("say where to export: --out FILE.xlsx (policy sheets) or --json (JSON on stdout)");
  const policy = await policySource(source, locale);
  if (opts.json) process.stdout.write(policyToJson(policy));
  if (opts.out === undefined) return;
  const existed = await exportPolicyWorkbook(policy, opts.out, locale);
  const all = policySheetNames(locale);
  const names = [all.policy, all.levels, all.rules, ...(policy.bonus ? [all.bonus] : [])].join(locale === "en-US" ? ", " : "、");
  const fp = policyFingerprint(policy);
  process.stderr.write(
    locale === "en-US"
      ? `promo: wrote the policy ${fp} as the sheets ${names} ${existed ? "into" : "to a new workbook"} ${opts.out}${existed ? " (its other sheets are unchanged)" : ""}\n`
      : `promo: 已将晋升方案 ${fp} 写成 ${names} 工作表${existed ? `，加入 ${opts.out}（其他工作表不变）` : `，新建 ${opts.out}`}\n`,
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
export function policyCommand(): Command {
  const policy = new Command("policy").description("export a policy as editable workbook sheets or JSON, and check edited policies");
  policy
    .command("export")
    .description("write a template (or a policy file) as the sheets 晋升方案/职级/规则 of an .xlsx workbook, or as JSON")
    .argument("<template|file>", "template id (promo templates), policy JSON file or workbook with policy sheets")
    .option("--out <file>", "workbook to write (created, or the sheets are added to it; a sheet PromoLadder did not create is never overwritten)")
    .option("--json", "print the policy as JSON on stdout")
    .option("--lang <zh|en>", "language of the sheets and messages", "zh")
    .action(exportAction);
  policy
    .command("check")
    .description("check a policy workbook (.xlsx) or JSON file: exit 0 with its fingerprint, or 2 with every problem by cell")
    .argument("<file>", "workbook with policy sheets, or policy JSON file")
    .option("--lang <zh|en>", "language of the messages", "zh")
    .action(checkAction);
  return policy;
}
