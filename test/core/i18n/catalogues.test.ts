/**
 * The typed message catalogues (issue 17): English plurals by Intl.PluralRules, the bilingual
 * pickers, PolicyCompileError in both languages, and the Chinese texts in full-width punctuation.
 */
import { compilePolicy, formatGaps, inLocale, plural, pluralWord, policyName, PolicyCompileError, type Locale, type Policy, type Unmet } from "../../../src/core";
import { getTemplate } from "../../../src/core/templates";
import { coreMessages } from "../../../src/core/i18n/messages";
import { reportMessages } from "../../../src/report/messages";
import { formulaMessages } from "../../../src/functions/logic/messages";
import { cascadeSummary } from "../../../src/report";

describe("plural (Intl.PluralRules en-US)", () => {
  it("is singular for 1 only", () => {
    expect(plural(1, "place")).toBe("1 place");
    expect(plural(0, "place")).toBe("0 places");
    expect(plural(2, "entry", "entries")).toBe("2 entries");
    expect(pluralWord(1, "has", "have")).toBe("has");
    expect(pluralWord(3, "has", "have")).toBe("have");
  });

  it("words the report's English counts", () => {
    expect(cascadeSummary([], "en-US")).toBe("Vacancy cascade, 0 steps: ");
    expect(reportMessages("en-US").poolTitle("P", "2026-11-23", 1)).toBe("Talent pool (awaiting a vacancy): P · as of 2026-11-23 · 1 person");
    expect(formulaMessages("en-US").sheetsProblems(1, ["A1 x"], 0)).toBe("The policy sheets have 1 problem; formulas update once they are fixed: A1 x");
  });
});

describe("inLocale and policyName", () => {
  it("pick the locale's half", () => {
    expect(inLocale({ zh: "是", en: "Yes" }, "zh-CN")).toBe("是");
    expect(inLocale({ zh: "是", en: "Yes" }, "en-US")).toBe("Yes");
    expect(policyName({ name: "淘宝客服", nameEn: "Taobao customer service" }, "en-US")).toBe("Taobao customer service");
  });
});

describe("PolicyCompileError", () => {
  const base = getTemplate("taobao-cs") as Policy;
  const broken: Policy = { ...base, steps: base.steps.map((s, i) => (i === 0 ? { ...s, to: "不存在的职级" } : s)) };

  function caught(): PolicyCompileError {
    try {
      compilePolicy(broken);
    } catch (e) {
      if (e instanceof PolicyCompileError) return e;
      throw e;
    }
    throw new Error("compiled");
  }

  it("keeps its English message and words it in Chinese with full-width punctuation", () => {
    const e = caught();
    expect(e.message).toMatch(/^steps\[0\] .* -> 不存在的职级: unknown level "不存在的职级"$/);
    expect(e.text("en-US")).toBe(e.message);
    expect(e.text("zh-CN")).toMatch(/^steps\[0\] .* -> 不存在的职级：未知职级“不存在的职级”$/);
  });
});

describe("Chinese text", () => {
  const missing: Unmet = { field: "csat", op: ">=", required: 0.95, actual: null, reason: "missing" };
  const short: Unmet = { field: "years_in_level", op: ">=", required: 1, actual: 0.75, reason: "below" };

  it("puts an unmet criterion's need in full-width parentheses and joins gaps with ；", () => {
    expect(formatGaps([short, missing], "zh-CN")).toBe("任现职 0.75年 < 1年；客户满意度 缺少数据（需 ≥ 95%）");
    expect(formatGaps([short, missing], "en-US")).toBe("Years in level 0.75 yr < 1 yr; CSAT missing (needs ≥ 95%)");
  });

  /** Every plain-string entry of a catalogue, nested ones included. */
  function strings(value: unknown): string[] {
    if (typeof value === "string") return [value];
    if (value === null || typeof value !== "object") return [];
    return Object.values(value).flatMap(strings);
  }

  it.each<[string, (l: Locale) => unknown]>([
    ["core", coreMessages],
    ["report", reportMessages],
    ["functions", formulaMessages],
  ])("%s catalogue: no ASCII , ; : right after a Chinese character", (_name, catalogue) => {
    const mixed = strings(catalogue("zh-CN")).filter((t) => /\p{Script=Han}[,;:]/u.test(t));
    expect(mixed).toEqual([]);
  });
});
