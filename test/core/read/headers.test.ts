import { FIELDS } from "../../../src/core/model/fields";
import type { Cell } from "../../../src/core/model/cell";
import { applyOverride, findHeaderRow, matchHeader } from "../../../src/core/read/headers";

describe("matchHeader", () => {
  it("matches every synonym of the catalogue", () => {
    for (const f of FIELDS) for (const s of [...f.zh, ...f.en]) expect(matchHeader(s)).toBe(f.key);
  });

  it("folds case, full-width characters and spaces", () => {
    expect(matchHeader(" employee   id ")).toBe("id");
    expect(matchHeader("ＩＤ")).toBe("id");
    expect(matchHeader("HIRE DATE")).toBe("hire_date");
    expect(matchHeader(" 工号\u3000")).toBe("id");
  });

  it("returns null for unknown headers", () => {
    expect(matchHeader("备注")).toBeNull();
    expect(matchHeader("")).toBeNull();
  });
});

const HEADER: Cell[] = ["工号", "姓名", "部门", "当前职级", "入职日期", "绩效得分", "备注"];

describe("findHeaderRow", () => {
  it("finds a header row on the first row", () => {
    const m = findHeaderRow([HEADER, ["E1", "张三", "一店", "初级客服", "2023-05-01", 85, ""]]);
    expect(m).toEqual({
      index: 0,
      fields: ["id", "name", "dept", "level", "hire_date", "perf", null],
      headers: ["工号", "姓名", "部门", "当前职级", "入职日期", "绩效得分", "备注"],
    });
  });

  it("skips title and blank rows above the header row", () => {
    const rows: Cell[][] = [["2025年晋升评审名单"], [], [null, " ", null], ["制表：行政部", "", "日期"], HEADER];
    expect(findHeaderRow(rows)?.index).toBe(4);
  });

  it("reads English headers and trims header text", () => {
    const m = findHeaderRow([[" Employee ID ", "Name", "Level", "Performance", "Skill", "CSAT"]]);
    expect(m?.fields).toEqual(["id", "name", "level", "perf", "skill", "csat"]);
    expect(m?.headers[0]).toBe("Employee ID");
  });

  it("finds no header row when the id column is missing", () => {
    expect(findHeaderRow([["姓名", "部门", "职级", "入职日期", "绩效"]])).toBeNull();
  });

  it("finds no header row when the level column is missing", () => {
    expect(findHeaderRow([["工号", "姓名", "部门", "入职日期", "绩效"]])).toBeNull();
  });

  it("needs three other known fields besides id and level", () => {
    expect(findHeaderRow([["工号", "职级", "姓名", "部门", "备注"]])).toBeNull();
    expect(findHeaderRow([["工号", "职级", "姓名", "部门", "绩效"]])?.index).toBe(0);
  });

  it("looks only within the first 20 rows by default", () => {
    const blank: Cell[][] = Array.from({ length: 20 }, () => []);
    expect(findHeaderRow([...blank, HEADER])).toBeNull();
    expect(findHeaderRow([...blank.slice(1), HEADER])?.index).toBe(19);
    expect(findHeaderRow([...blank, HEADER], 21)?.index).toBe(20);
  });

  describe("two-row headers (merged header cells)", () => {
    // Row 1: 工号, 姓名, 职级, 入职日期 merged down over rows 1-2; 考核成绩 merged across D1:F1.
    const TOP: Cell[] = ["工号", "姓名", "职级", "考核成绩", null, null, "入职日期"];
    const SUB: Cell[] = [null, null, null, "绩效", "技能考核", "团队协作", null];
    const DATA: Cell[] = ["E1", "张三", "初级客服", 85, 80, 90, "2023-05-01"];

    it("reads the row under a group title as part of the header; the data starts below it", () => {
      expect(findHeaderRow([["2026 名单"], TOP, SUB, DATA])).toEqual({
        index: 2,
        fields: ["id", "name", "level", "perf", "skill", "teamwork", "hire_date"],
        headers: ["工号", "姓名", "职级", "绩效", "技能考核", "团队协作", "入职日期"],
      });
    });

    it("a second row wider than the first gives dense fields and headers", () => {
      const m = findHeaderRow([TOP, [...SUB, null, "技能证书"]]);
      expect(m?.fields).toEqual(["id", "name", "level", "perf", "skill", "teamwork", "hire_date", null, "certificate"]);
      expect(m?.headers).toEqual(["工号", "姓名", "职级", "绩效", "技能考核", "团队协作", "入职日期", "", "技能证书"]);
    });

    it("completes a top row that is not a header row on its own", () => {
      const m = findHeaderRow([["工号", "职级", "考核", null, null], [null, null, "绩效", "技能考核", "团队协作"], ["E1", "初级客服", 1, 2, 3]]);
      expect(m?.index).toBe(1);
      expect(m?.fields).toEqual(["id", "level", "perf", "skill", "teamwork"]);
    });

    it("never takes a data row, or a row naming id, level or a mapped field again, for a second header row", () => {
      expect(findHeaderRow([HEADER, ["E1", "张三", "一店", "初级客服", "2023-05-01", 85, "技能考核"]])?.index).toBe(0);
      expect(findHeaderRow([HEADER, [null, null, null, null, null, null, "绩效"]])?.index).toBe(0);
      expect(findHeaderRow([["花名册"], HEADER])?.index).toBe(1);
      expect(findHeaderRow([TOP, [null, null, "职级", "绩效"]])).toBeNull();
      expect(findHeaderRow([TOP, [null, null, null, "备注", "说明"]])).toBeNull();
    });
  });

  describe("edge cases", () => {
    it("maps a field twice only on its leftmost column", () => {
      const m = findHeaderRow([["工号", "姓名", "职级", "绩效", "绩效考核", "编号", "部门"]]);
      expect(m?.fields).toEqual(["id", "name", "level", "perf", null, null, "dept"]);
      expect(m?.headers).toEqual(["工号", "姓名", "职级", "绩效", "绩效考核", "编号", "部门"]);
    });

    it("counts duplicate fields once towards the three other fields", () => {
      expect(findHeaderRow([["工号", "职级", "绩效", "绩效得分", "绩效考核"]])).toBeNull();
    });

    it("keeps empty and non-text header cells as text", () => {
      const m = findHeaderRow([["工号", null, "职级", 2025, "姓名", "部门", "绩效", { kind: "error", code: "#REF!" }]]);
      expect(m?.headers).toEqual(["工号", "", "职级", "2025", "姓名", "部门", "绩效", ""]);
      expect(m?.fields).toEqual(["id", null, "level", null, "name", "dept", "perf", null]);
    });

    it("handles no rows, sparse rows and a zero limit", () => {
      expect(findHeaderRow([])).toBeNull();
      // eslint-disable-next-line no-sparse-arrays
      expect(findHeaderRow([[, "x"], HEADER])?.index).toBe(1);
      expect(findHeaderRow([HEADER], 0)).toBeNull();
    });
  });
});

describe("applyOverride", () => {
  const base = findHeaderRow([["工号", "姓名", "职级", "绩效", "员工等级", "备注", "部门"]])!;

  it("maps a custom header to a field", () => {
    const m = applyOverride(base, { 员工等级: "skill" });
    expect(m.fields).toEqual(["id", "name", "level", "perf", "skill", null, "dept"]);
  });

  it("ignores a column mapped to null", () => {
    const m = applyOverride(base, { 部门: null });
    expect(m.fields[6]).toBeNull();
  });

  it("does not change the match it was given", () => {
    applyOverride(base, { 部门: null, 备注: "quality" });
    expect(base.fields).toEqual(["id", "name", "level", "perf", null, null, "dept"]);
  });

  describe("edge cases", () => {
    it("lets an overridden column win a field over an automatic one", () => {
      const m = applyOverride(base, { 员工等级: "level" });
      expect(m.fields).toEqual(["id", "name", null, "perf", "level", null, "dept"]);
    });

    it("lets the user swap two columns", () => {
      const m = applyOverride(base, { 员工等级: "level", 职级: "skill" });
      expect(m.fields).toEqual(["id", "name", "skill", "perf", "level", null, "dept"]);
    });

    it("matches override keys after folding", () => {
      const m = applyOverride(base, { " 备注 ": "quality" });
      expect(m.fields[5]).toBe("quality");
    });

    it("ignores unknown field keys", () => {
      const m = applyOverride(base, { 备注: "no_such_field", 部门: "score" });
      expect(m.fields).toEqual(base.fields);
    });
  });
});
