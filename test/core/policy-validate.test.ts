import type { Criterion, Level, Path, Policy, Step } from "../../src/core/model/policy";
import { isKnownField, validatePolicy, type PolicyIssue } from "../../src/core/policy/validate";

const std = (...criteria: Criterion[]): Path[] => [{ id: "standard", label: "标准", criteria }];

/** A small valid ladder: A -> B -> C, with a composite score on B -> C (typed as tuples, so `steps[1]` is a Step). */
function base(): Policy & { readonly levels: readonly [Level, Level, Level]; readonly steps: readonly [Step, Step] } {
  return {
    id: "t",
    name: "测试",
    nameEn: "Test",
    version: "1.0",
    levels: [{ name: "A", aliases: ["甲"] }, { name: "B" }, { name: "C" }],
    steps: [
      { from: "A", to: "B", paths: std({ field: "years_in_level", op: ">=", value: 1 }, { field: "perf", op: ">=", value: 80 }) },
      {
        from: "B",
        to: "C",
        score: { weights: { perf: 0.5, teamwork: 0.25, learning: 0.25 } },
        paths: std({ field: "score", op: ">=", value: 75 }, { field: "education", op: ">=", value: "本科" }),
      },
    ],
  };
}

function withSteps(steps: Step[], levels?: Level[]): Policy {
  return { ...base(), steps, ...(levels ? { levels } : {}) };
}

function withCriterion(c: Criterion): Policy {
  const p = base();
  return withSteps([{ ...p.steps[0], paths: std({ field: "years_in_level", op: ">=", value: 1 }, c) }, p.steps[1]]);
}

const codes = (issues: PolicyIssue[]): string[] => issues.map((i) => i.code);

describe("validatePolicy", () => {
  test("the base policy is valid", () => {
    expect(validatePolicy(base())).toEqual([]);
  });

  test("custom fields by header text are allowed", () => {
    expect(validatePolicy(withCriterion({ field: "司龄补贴", op: ">=", value: 3 }))).toEqual([]);
    expect(validatePolicy(withCriterion({ field: "部门评级", op: "=", value: "A" }))).toEqual([]);
  });

  describe("unknown_field", () => {
    test("empty field", () => {
      expect(validatePolicy(withCriterion({ field: "  ", op: ">=", value: 1 }))).toEqual([
        { code: "unknown_field", path: ["steps", 0, "paths", 0, "criteria", 1, "field"], detail: { field: "  " } },
      ]);
    });
    test("isKnownField", () => {
      expect(isKnownField("perf")).toBe(true);
      expect(isKnownField("years_in_level")).toBe(true);
      expect(isKnownField("tenure")).toBe(true);
      expect(isKnownField("score")).toBe(true);
      expect(isKnownField("司龄补贴")).toBe(false);
      expect(isKnownField("")).toBe(false);
    });
  });

  test("unknown_op", () => {
    const issues = validatePolicy(withCriterion({ field: "perf", op: ">" as never, value: 80 }));
    expect(issues).toEqual([
      { code: "unknown_op", path: ["steps", 0, "paths", 0, "criteria", 1, "op"], detail: { field: "perf", op: ">" } },
    ]);
  });

  describe("bad_value", () => {
    test.each<[string, Criterion, string]>([
      ["text number on a score field", { field: "perf", op: ">=", value: "80" }, "number"],
      ["NaN", { field: "perf", op: "<=", value: NaN }, "number"],
      ["boolean on a percent field", { field: "csat", op: ">=", value: true }, "number"],
      ["unknown education name", { field: "education", op: ">=", value: "学士" }, "education"],
      ["number for education", { field: "education", op: ">=", value: 3 }, "education"],
      ["text for a boolean", { field: "training", op: "=", value: "是" }, "boolean"],
      [">= on a boolean field", { field: "certificate", op: ">=", value: 1 }, "op = with a boolean"],
      ["in without an array", { field: "dept", op: "in", value: "A店" }, "array"],
      ["array without in", { field: "perf", op: ">=", value: [80] }, "scalar"],
    ])("%s", (_label, c, expected) => {
      const issues = validatePolicy(withCriterion(c));
      expect(codes(issues)).toEqual(["bad_value"]);
      expect(issues[0]?.path).toEqual(["steps", 0, "paths", 0, "criteria", 1, "value"]);
      expect(issues[0]?.detail.expected).toBe(expected);
      expect(issues[0]?.detail.field).toBe(c.field);
    });

    test("text on score", () => {
      const p = base();
      const step = { ...p.steps[1], paths: std({ field: "score", op: ">=", value: "high" }) };
      expect(validatePolicy(withSteps([p.steps[0], step]))).toEqual([
        {
          code: "bad_value",
          path: ["steps", 1, "paths", 0, "criteria", 0, "value"],
          detail: { field: "score", op: ">=", value: "high", expected: "number" },
        },
      ]);
    });

    test.each<[string, Criterion]>([
      ["education name", { field: "education", op: ">=", value: "硕士" }],
      ["full-width/English education name", { field: "education", op: "<=", value: " Bachelor " }],
      ["boolean =", { field: "training", op: "=", value: false }],
      ["in with an array", { field: "dept", op: "in", value: ["A店", "B店"] }],
      ["percent fraction", { field: "error_rate", op: "<=", value: 0.01 }],
      ["count", { field: "tickets", op: ">=", value: 2000 }],
    ])("accepts %s", (_label, c) => {
      expect(validatePolicy(withCriterion(c))).toEqual([]);
    });
  });

  describe("weights", () => {
    const scored = (weights: Record<string, number>): Policy => {
      const p = base();
      return withSteps([p.steps[0], { ...p.steps[1], score: { weights } }]);
    };

    test("weights_sum", () => {
      expect(validatePolicy(scored({ perf: 0.5, skill: 0.3 }))).toEqual([
        { code: "weights_sum", path: ["steps", 1, "score", "weights"], detail: { sum: 0.8 } },
      ]);
      expect(codes(validatePolicy(scored({})))).toEqual(["weights_sum"]);
    });

    test("sum within 1e-6 is fine", () => {
      expect(validatePolicy(scored({ perf: 0.1, skill: 0.2, quality: 0.7 }))).toEqual([]);
      expect(validatePolicy(scored({ perf: 1 / 3, skill: 1 / 3, quality: 1 / 3 }))).toEqual([]);
    });

    test("weight_field: unknown or non-score field", () => {
      const issues = validatePolicy(scored({ perf: 0.5, dept: 0.25, 自定义: 0.25 }));
      expect(issues).toEqual([
        { code: "weight_field", path: ["steps", 1, "score", "weights", "dept"], detail: { field: "dept", reason: "not_score_field" } },
        { code: "weight_field", path: ["steps", 1, "score", "weights", "自定义"], detail: { field: "自定义", reason: "not_score_field" } },
      ]);
      expect(codes(validatePolicy(scored({ score: 0.5, csat: 0.5 })))).toEqual(["weight_field", "weight_field"]);
    });

    test("weight_field: negative weight", () => {
      const issues = validatePolicy(scored({ perf: 1.5, skill: -0.5 }));
      expect(codes(issues)).toEqual(["weight_field"]);
      expect(issues[0]?.detail).toEqual({ field: "skill", reason: "bad_weight", weight: "-0.5" });
    });
  });

  test("unknown_level", () => {
    const p = base();
    const issues = validatePolicy(withSteps([p.steps[0], { ...p.steps[1], from: "X", to: "C" }, { ...p.steps[0], from: "B", to: "Z" }]));
    expect(issues.filter((i) => i.code === "unknown_level")).toEqual([
      { code: "unknown_level", path: ["steps", 1, "from"], detail: { level: "X" } },
      { code: "unknown_level", path: ["steps", 2, "to"], detail: { level: "Z" } },
    ]);
  });

  test("steps may name levels by alias, folded", () => {
    const p = base();
    expect(validatePolicy(withSteps([{ ...p.steps[0], from: " 甲 " }, { ...p.steps[1], from: "ｂ" }]))).toEqual([]);
  });

  describe("duplicate_level", () => {
    test("alias equal to another level's name", () => {
      const p = base();
      const issues = validatePolicy({ ...p, levels: [{ name: "A" }, { name: "B", aliases: ["a"] }, { name: "C" }] });
      expect(issues).toEqual([
        { code: "duplicate_level", path: ["levels", 1, "aliases", 0], detail: { name: "a", level: 1, firstLevel: 0 } },
      ]);
    });
    test("full-width name twice", () => {
      const p = base();
      const issues = validatePolicy({ ...p, levels: [...p.levels, { name: "Ｃ " }] });
      expect(codes(issues)).toContain("duplicate_level");
      expect(issues.find((i) => i.code === "duplicate_level")?.path).toEqual(["levels", 3, "name"]);
    });
  });

  test("cycle", () => {
    const p = base();
    const issues = validatePolicy(withSteps([...p.steps, { from: "C", to: "B", paths: std({ field: "perf", op: ">=", value: 1 }) }]));
    expect(issues).toEqual([{ code: "cycle", path: ["steps", 2], detail: { from: "C", to: "B", cycle: "B -> C -> B" } }]);
  });

  test("cycle: a step to itself", () => {
    const p = base();
    const issues = validatePolicy(withSteps([...p.steps, { from: "C", to: "C", paths: std({ field: "perf", op: ">=", value: 1 }) }]));
    expect(codes(issues)).toEqual(["cycle"]);
  });

  describe("unreachable", () => {
    test("a level with no step into it", () => {
      const p = base();
      const issues = validatePolicy({ ...p, levels: [...p.levels, { name: "D" }] });
      expect(issues).toEqual([{ code: "unreachable", path: ["levels", 3], detail: { level: "D", reason: "no_step_in" } }]);
    });
    test("a branch that does not start from the first level", () => {
      const p = base();
      const levels = [...p.levels, { name: "X" }, { name: "Y" }];
      const steps = [...p.steps, { from: "X", to: "Y", paths: std({ field: "perf", op: ">=", value: 1 }) }];
      expect(validatePolicy(withSteps(steps, levels))).toEqual([
        { code: "unreachable", path: ["levels", 3], detail: { level: "X", reason: "no_step_in" } },
        { code: "unreachable", path: ["levels", 4], detail: { level: "Y", reason: "not_from_first_level" } },
      ]);
    });
    test("a branching ladder reachable from the first level is fine", () => {
      const p = base();
      const levels = [...p.levels, { name: "E1", track: "专业通道" }, { name: "E2", track: "专业通道" }];
      const steps = [
        ...p.steps,
        { from: "A", to: "E1", paths: std({ field: "skill", op: ">=", value: 90 }) },
        { from: "E1", to: "E2", paths: std({ field: "skill", op: ">=", value: 95 }) },
      ];
      expect(validatePolicy(withSteps(steps, levels))).toEqual([]);
    });
  });

  test("no_paths: a step without paths, and an empty path", () => {
    const p = base();
    const issues = validatePolicy(
      withSteps([
        { ...p.steps[0], paths: [] },
        { ...p.steps[1], paths: [...p.steps[1].paths, { id: "fast_track", label: "破格", criteria: [] }] },
      ]),
    );
    expect(issues).toEqual([
      { code: "no_paths", path: ["steps", 0, "paths"], detail: { from: "A", to: "B" } },
      { code: "no_paths", path: ["steps", 1, "paths", 1, "criteria"], detail: { from: "B", to: "C", pathId: "fast_track" } },
    ]);
  });

  test("score_without_weights", () => {
    const issues = validatePolicy(withCriterion({ field: "score", op: ">=", value: 75 }));
    expect(issues).toEqual([
      { code: "score_without_weights", path: ["steps", 0, "paths", 0, "criteria", 1, "field"], detail: { from: "A", to: "B" } },
    ]);
  });

  test("duplicate_step, also through an alias", () => {
    const p = base();
    const issues = validatePolicy(withSteps([p.steps[0], p.steps[1], { ...p.steps[0], from: "甲" }]));
    expect(issues).toEqual([{ code: "duplicate_step", path: ["steps", 2], detail: { from: "甲", to: "B", firstStep: 0 } }]);
  });

  describe("bad_allowance", () => {
    test.each<[string, unknown]>([
      ["negative", -30],
      ["missing", undefined],
      ["text", "30"],
      ["infinite", Infinity],
    ])("%s", (_label, allowance) => {
      const p = base();
      const levels = [p.levels[0], { name: "B", reserve: true, allowance: allowance as number }, p.levels[2]];
      const issues = validatePolicy({ ...p, levels });
      expect(codes(issues)).toEqual(["bad_allowance"]);
      expect(issues[0]?.path).toEqual(["levels", 1, "allowance"]);
      expect(issues[0]?.detail.level).toBe("B");
    });
    test("zero and positive allowances are fine; non-reserve levels are not checked", () => {
      const p = base();
      const levels = [p.levels[0], { name: "B", reserve: true, allowance: 0 }, { name: "C", reserve: true, allowance: 100 }];
      expect(validatePolicy({ ...p, levels })).toEqual([]);
    });
  });

  test("several issues at once", () => {
    const policy: Policy = {
      id: "broken",
      name: "坏",
      nameEn: "Broken",
      version: "1.0",
      levels: [
        { name: "A" },
        { name: "B", reserve: true, allowance: -1 },
        { name: "b" },
        { name: "C" },
        { name: "D" },
      ],
      steps: [
        {
          from: "A",
          to: "B",
          score: { weights: { perf: 0.6, dept: 0.6 } },
          paths: std({ field: "", op: ">=", value: 1 }, { field: "perf", op: "~" as never, value: 1 }, { field: "score", op: ">=", value: "x" }),
        },
        { from: "B", to: "C", paths: std({ field: "score", op: ">=", value: 80 }) },
        { from: "C", to: "B", paths: [] },
        { from: "A", to: "B", paths: std({ field: "perf", op: ">=", value: 1 }) },
        { from: "C", to: "Nowhere", paths: std({ field: "education", op: ">=", value: "大学" }) },
      ],
    };
    const issues = validatePolicy(policy);
    expect(new Set(codes(issues))).toEqual(
      new Set([
        "duplicate_level",
        "bad_allowance",
        "unknown_field",
        "unknown_op",
        "bad_value",
        "weights_sum",
        "weight_field",
        "score_without_weights",
        "no_paths",
        "duplicate_step",
        "unknown_level",
        "cycle",
        "unreachable",
      ]),
    );
    expect(issues.filter((i) => i.code === "unreachable").map((i) => i.detail)).toEqual([
      { level: "b", reason: "no_step_in" },
      { level: "D", reason: "no_step_in" },
    ]);
    expect(issues.find((i) => i.code === "duplicate_level")?.path).toEqual(["levels", 2, "name"]);
    expect(issues.filter((i) => i.code === "bad_value").map((i) => i.path)).toEqual([
      ["steps", 0, "paths", 0, "criteria", 2, "value"],
      ["steps", 4, "paths", 0, "criteria", 0, "value"],
    ]);
  });

  test("an empty policy does not throw", () => {
    expect(validatePolicy({ id: "e", name: "空", nameEn: "Empty", version: "1.0", levels: [], steps: [] })).toEqual([]);
  });
});
