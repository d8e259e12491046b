/**
 * Issue 18, "one language at a time": under zh (the default) every line `promo` prints — every
 * command's `--help`, its usage errors (commander's own), file errors from the readers, notes and
 * tables — is Chinese; under `--lang en` the help and the errors are English.
 *
 * "Chinese" is checked as: no run of two English words once the tokens that are the same in every
 * language are set aside (flags, `<placeholders>`, file names, template ids, fingerprints, field
 * keys, a few product words such as JSON). "English" as: no CJK once the roster's own words and
 * the Chinese terms the English text quotes on purpose (headers such as 发展潜力, sheet names) are
 * set aside.
 */
import * as path from "node:path";
import type { Command } from "commander";
import { FIELDS } from "../../src/core/model/fields";
import { TEMPLATES } from "../../src/core";
import { promo, ROOT, ensureCliBuilt } from "./run-cli";

jest.setTimeout(300_000);

const ROSTER = "examples/taobao-cs.xlsx";
const NINEBOX_ROSTER = "examples/user-ops.xlsx";
const AS_OF = ["--as-of", "2026-11-23"];

/** Every command path of the program (`[]`, `["review"]`, `["policy", "export"]`...), read from the built program so new commands are covered. */
function commandPaths(): string[][] {
  ensureCliBuilt();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildProgram } = require(path.join(ROOT, "dist/cli/index.js")) as { buildProgram(): Command };
  const out: string[][] = [[]];
  const walk = (cmd: Command, prefix: string[]): void => {
    for (const sub of cmd.commands) {
      out.push([...prefix, sub.name()]);
      walk(sub, [...prefix, sub.name()]);
    }
  };
  walk(buildProgram(), []);
  return out;
}

/** Command lines that fail with a usage or input error (exit 2). */
const ERRORS: readonly (readonly string[])[] = [
  ["--bogus"],
  ["revue"],
  ["review"],
  ["review", ROSTER, "--bogus"],
  ["review", ROSTER, "--as-of"],
  ["review", ROSTER, "--as-of", "2026-02-30"],
  ["review", ROSTER, "--map", "nonsense"],
  ["review", ROSTER, "--map", "不是字段=工号"],
  ["review", ROSTER, "--sheet", "无此表", "--json"],
  ["review", ROSTER, "--policy", "no-such-template", "--json"],
  ["review", ROSTER, "--out", ROSTER],
  ["review", "no-such-file.xlsx"],
  ["review", "README.md"],
  ["review", "examples"],
  ["templates", "extra"],
  ["vacancy", ROSTER],
  ["vacancy", ROSTER, "--level", "领班", "--count", "x"],
  ["vacancy", ROSTER, "--level", "无此职级", ...AS_OF],
  ["near-miss", ROSTER, "--margin", "-1"],
  ["diff", ROSTER],
  ["fairness", ROSTER, "--by", "无此列", ...AS_OF],
  ["ninebox", NINEBOX_ROSTER, "--perf", "90,80", ...AS_OF],
  ["ninebox", NINEBOX_ROSTER, "--perf", "x"],
  ["policy", "export", "taobao-cs"],
  ["policy", "export", "no-such-template", "--json"],
  ["policy", "check", "no-such-file.json"],
  ["policy", "check", "README.md"],
  ["policy", "check", ROSTER],
];

/** Command lines that succeed; what they print is checked under zh. */
const RUNS: readonly (readonly string[])[] = [
  ["templates"],
  ["headers"],
  ["headers", ROSTER, ...AS_OF],
  ["near-miss", ROSTER, ...AS_OF],
  ["vacancy", ROSTER, "--level", "高级客服", "--count", "2", "--cascade", ...AS_OF],
  ["fairness", ROSTER, "--by", "部门", ...AS_OF],
  ["ninebox", NINEBOX_ROSTER, ...AS_OF],
  ["diff", ROSTER, "--policy", "taobao-cs", "--against", "ecom-cs", ...AS_OF],
  ["review", ROSTER, "--json", ...AS_OF],
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** File names, in any script. */
const FILE_NAMES = /[^\s"'「」『』（）()，、：:；;]+\.(?:xlsx|xlsm|xls|csv|json|md)\b/g;

/** Tokens that read the same in both languages. */
const SAME_IN_BOTH: RegExp[] = [
  new RegExp(`(?:${FIELDS.flatMap((f) => f.en).map(escape).sort((a, b) => b.length - a.length).join("|")})`, "g"), // accepted English headers (promo headers lists them)
  /--?[A-Za-z][\w-]*(=\S*)?/g, // flags
  /<[^<>\n]*>/g, // placeholders
  /\[[A-Za-z|]+\]/g,
  /\bpromo(?: [a-z][a-z-]*){0,2}/g, // command lines
  FILE_NAMES,
  /\b[\w-]+@[\d.]+#[0-9a-f]+\b/g, // fingerprints
  new RegExp(`\\b(?:${TEMPLATES.map((t) => escape(t.id)).sort((a, b) => b.length - a.length).join("|")})\\b`, "g"),
  new RegExp(`\\b(?:${FIELDS.map((f) => escape(f.key)).join("|")})\\b`, "g"),
  /\b(?:PromoLadder|JSON|CSV|Excel|OK|zh|en|ID|PROMO_DEBUG|VIP|A|B)\b/g,
];

/** `text` with every same-in-both-languages token blanked. */
function withoutSharedTokens(text: string): string {
  return SAME_IN_BOTH.reduce((t, re) => t.replace(re, " "), text);
}

/** The English phrases (two or more words in a row) of `text`, outside the shared tokens. */
function englishPhrases(text: string): string[] {
  return withoutSharedTokens(text).match(/[A-Za-z]{2,}(?:[ '’-]+[A-Za-z]{2,})+/g) ?? [];
}

/** Chinese words an English line may quote: the roster's headers and levels, sheet names, terms given in parentheses, the test's own arguments. */
const QUOTED_CHINESE: readonly string[] = [
  ...FIELDS.flatMap((f) => f.zh),
  ...TEMPLATES.flatMap((t) => [t.name, ...t.levels.flatMap((l) => [l.name, ...(l.aliases ?? [])]), ...t.levels.map((l) => l.track ?? "")]),
  ...["晋升方案", "职级", "规则", "奖金档位", "九宫格", "发展潜力", "部门", "门店", "性别", "年龄段", "岗位级别", "主管确认", "2026年11月23日", "领班"],
  ...["待空缺", "可晋升", "序号", "备注"],
  ...["无此表", "无此列", "无此职级", "不是字段", "客服部"],
  // Sheet names the product writes and policy-sheet labels, quoted as the workbook shows them.
  ...["晋升评审", "晋升档案", "人才库", "晋升汇总", "继任梯队", "发展计划", "发展措施", "校准容差", "预测月数", "目标分布", "分布容差"],
  // Current-pay and score headers the help names as a roster holds them.
  ...["现月薪", "当前月薪", "月薪", "综合得分"],
]
  .filter((w) => w !== "")
  .sort((a, b) => b.length - a.length);

/** The CJK runs of `text` that are not quoted Chinese words. */
function chineseRuns(text: string): string[] {
  const rest = QUOTED_CHINESE.reduce((t, w) => t.split(w).join(" "), text.replace(FILE_NAMES, " "));
  return rest.match(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g) ?? [];
}

describe("every --help is in one language", () => {
  const paths = commandPaths();

  test("the program has its commands (the list is read, not empty)", () => {
    expect(paths.length).toBeGreaterThan(10);
  });

  test.each(paths.map((p) => [p.join(" ") || "promo", p]))("zh: %s --help", async (_name, p) => {
    const run = await promo([...p, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/用法：/);
    expect(englishPhrases(run.stdout + run.stderr)).toEqual([]);
  });

  test.each(paths.map((p) => [p.join(" ") || "promo", p]))("en: %s --help", async (_name, p) => {
    const run = await promo([...p, "--help", "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Usage:/);
    expect(chineseRuns(run.stdout + run.stderr)).toEqual([]);
  });
});

describe("every error is one line in one language, exit 2", () => {
  test.each(ERRORS.map((a) => [a.join(" "), a]))("zh: promo %s", async (_name, args) => {
    const run = await promo(args);
    expect({ code: run.code, lines: run.stderr.trimEnd().split("\n").filter((l) => !/^promo: (?:按职级|表头在|未使用的列|注意)/.test(l)).length }).toEqual({ code: 2, lines: 1 });
    expect(run.stderr).toMatch(/[\u4e00-\u9fff]/);
    expect(englishPhrases(run.stderr)).toEqual([]);
  });

  test.each(ERRORS.map((a) => [a.join(" "), a]))("en: promo %s --lang en", async (_name, args) => {
    const run = await promo([...args, "--lang", "en"]);
    expect(run.code).toBe(2);
    const last = run.stderr.trimEnd().split("\n").at(-1)!;
    expect(last).toMatch(/^promo: .*[a-z]{3,} [a-z]{2,}/);
    // Roster data (names, levels, departments) may be Chinese in the notes; the error line may not.
    expect(chineseRuns(last)).toEqual([]);
  });
});

describe("what a run prints under zh", () => {
  test.each(RUNS.map((a) => [a.join(" "), a]))("promo %s", async (_name, args) => {
    const run = await promo(args);
    expect(run.code).toBe(0);
    const printed = args.includes("--json") ? run.stderr : run.stdout + run.stderr;
    expect(englishPhrases(printed)).toEqual([]);
  });

  test("the checks can fail: an English sentence and a Chinese one are caught", () => {
    expect(englishPhrases("promo: 找不到文件 a.xlsx")).toEqual([]);
    expect(englishPhrases("promo: error: unknown option '--bogus'")).toEqual(["unknown option"]);
    expect(chineseRuns("promo: file not found: 花名册.xlsx")).toEqual([]);
    expect(chineseRuns("promo: 找不到文件 a.xlsx")).toEqual(["找不到文件"]);
  });
});
