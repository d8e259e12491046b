/**
 * The PROMO.* functions called as Excel calls them: ranges as `any[][]`, dates as serial
 * numbers, "" or null for empty cells, Excel error objects, `null` for omitted optional
 * arguments, and errors thrown as `CustomFunctions.Error` with a message. No Office.js here
 * (Excel's language unknown: Chinese; no workbook policy: templates are picked by level names).
 */
import * as core from "../../src/core";
import * as F from "../../src/functions/functions";
import { AS_OF, CS_HEADERS, DUAL_HEADERS, OMITTED, STORE_HEADERS, csRow, excelError, serial, thrown } from "./fixtures";

const H = CS_HEADERS;

describe("PROMO.ELIGIBLE", () => {
  it("is TRUE when every criterion of the next level holds (Table[@], Table[#Headers] are 1xN ranges)", async () => {
    await expect(F.eligible(csRow(), H, OMITTED, AS_OF, OMITTED)).resolves.toBe(true);
  });

  it("is FALSE when a criterion is unmet, and at the top of the ladder", async () => {
    await expect(F.eligible(csRow({ 任现职日期: serial("2026-02-23") }), H, OMITTED, AS_OF, OMITTED)).resolves.toBe(false);
    await expect(F.eligible(csRow({ 职级: "资深客服" }), H, OMITTED, AS_OF, OMITTED)).resolves.toBe(false);
  });

  it("answers for a target level, and names the next levels when the target is not one", async () => {
    await expect(F.eligible(csRow(), H, "高级客服", AS_OF, OMITTED)).resolves.toBe(true);
    const e = await thrown(() => F.eligible(csRow(), H, "资深客服", AS_OF, OMITTED));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("高级客服");
    const unknown = await thrown(() => F.eligible(csRow(), H, "总经理", AS_OF, OMITTED));
    expect(unknown.code).toBe("#N/A");
    expect(unknown.message).toContain("总经理");
  });

  it("accepts the policy as a template id or name (a 1x1 matrix, as Excel passes a literal)", async () => {
    await expect(F.eligible(csRow(), H, OMITTED, AS_OF, [["taobao-cs"]])).resolves.toBe(true);
    await expect(F.eligible(csRow(), H, OMITTED, AS_OF, [["淘宝客服"]])).resolves.toBe(true);
    await expect(F.eligible(csRow(), H, "", AS_OF, [[""]])).resolves.toBe(true); // empty cells = omitted
  });

  it("reads a record and header row given as columns", async () => {
    const col = (rows: unknown[][]) => rows[0]!.map((v) => [v]);
    await expect(F.eligible(col(csRow()), col(H), OMITTED, AS_OF, OMITTED)).resolves.toBe(true);
  });

  it("treats null and \"\" alike as empty cells", async () => {
    const a = await F.gaps(csRow({ 学习成长: "" }), H, OMITTED, AS_OF, OMITTED);
    const b = await F.gaps(csRow({ 学习成长: null }), H, OMITTED, AS_OF, OMITTED);
    expect(a).toBe(b);
    expect(a).toContain("缺少数据");
  });
});

describe("errors: an Excel error with a message, never a raw exception", () => {
  it("#VALUE! for an unreadable cell, naming the header and the value", async () => {
    const e = await thrown(() => F.eligible(csRow({ 绩效得分: "优秀" }), H, OMITTED, AS_OF, OMITTED));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("绩效得分");
    expect(e.message).toContain("优秀");
  });

  it("#VALUE! for an Excel error value in the row (allowErrorForDataTypeAny)", async () => {
    const e = await thrown(() => F.score(csRow({ 绩效得分: excelError("#N/A") }), H, OMITTED, AS_OF, OMITTED));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("#N/A");
    expect(e.message).toContain("绩效得分");
  });

  it("#N/A for an unknown level, naming the closest one", async () => {
    const e = await thrown(() => F.next(csRow({ 职级: "中级课服" }), H, OMITTED, AS_OF, [["taobao-cs"]]));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("中级课服");
    expect(e.message).toContain("中级客服");
  });

  it("#N/A for an unknown template, listing the built-in ones", async () => {
    const e = await thrown(() => F.status(csRow(), H, OMITTED, AS_OF, [["taobao"]]));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("taobao-cs");
  });

  it("#VALUE! for a policy that is not text, a bad as-of date, a header row that is not a roster's, rows of different widths", async () => {
    expect((await thrown(() => F.status(csRow(), H, OMITTED, AS_OF, [[5]]))).code).toBe("#VALUE!");
    const date = await thrown(() => F.status(csRow(), H, OMITTED, "next week" as never, OMITTED));
    expect(date.code).toBe("#VALUE!");
    expect(date.message).toContain("next week");
    const headers = await thrown(() => F.status(csRow(), [["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o"]], OMITTED, AS_OF, OMITTED));
    expect(headers.code).toBe("#VALUE!");
    expect(headers.message).toContain("工号");
    const width = await thrown(() => F.status([csRow()[0]!.slice(0, 5)], H, OMITTED, AS_OF, OMITTED));
    expect(width.code).toBe("#VALUE!");
    expect(width.message).toContain("5");
  });

  it("#N/A for an empty row and for a policy range when the workbook has no policy sheets", async () => {
    expect((await thrown(() => F.status([H[0]!.map(() => "")], H, OMITTED, AS_OF, OMITTED))).code).toBe("#N/A");
    expect((await thrown(() => F.status(csRow(), H, OMITTED, AS_OF, [["a", "b"], ["c", "d"]]))).code).toBe("#N/A");
  });

  it("turns an unexpected exception into #VALUE! with a message", async () => {
    const hostile = Object.defineProperty({}, "code", { enumerable: true, get: () => { throw new Error("boom"); } });
    const e = await thrown(() => F.status(csRow(), [[...H[0]!.slice(0, 14), hostile]], OMITTED, AS_OF, OMITTED));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("boom");
  });
});

describe("PROMO.STATUS", () => {
  it("gives the five statuses", async () => {
    const s = (row: unknown[][], headers = H, policy: unknown[][] | null = null) => F.status(row, headers, OMITTED, AS_OF, policy as never);
    await expect(s(csRow())).resolves.toBe("可晋升");
    await expect(s(csRow({ 客户满意度: 0.9 }))).resolves.toBe("未达标");
    await expect(s(csRow({ 职级: "资深客服" }))).resolves.toBe("已最高");
    await expect(s(csRow({ 技能考核: "良好" }))).resolves.toBe("数据错误");
    const reserve = [["M01", "王五", "一店", "储备领班", serial("2023-01-01"), serial("2025-01-01"), 85, 85, "是"]];
    await expect(s(reserve, STORE_HEADERS)).resolves.toBe("待空缺");
  });

  it("with a target, gives the status towards that level", async () => {
    await expect(F.status(csRow(), H, "高级客服", AS_OF, OMITTED)).resolves.toBe("可晋升");
  });
});

describe("PROMO.NEXT", () => {
  it("gives the next level, several joined with / on a dual ladder, empty at the top", async () => {
    await expect(F.next(csRow(), H, OMITTED, AS_OF, OMITTED)).resolves.toBe("高级客服");
    await expect(F.next(csRow({ 职级: "资深客服" }), H, OMITTED, AS_OF, OMITTED)).resolves.toBe("");
    const dual = [["Y01", "赵六", "运营部", "运营专员", serial("2024-01-01"), serial("2025-06-01"), 80, 70, 60]];
    await expect(F.next(dual, DUAL_HEADERS, OMITTED, AS_OF, [["ops-dual"]])).resolves.toBe("运营主管/运营专家");
    await expect(F.next(dual, DUAL_HEADERS, "运营专家", AS_OF, [["ops-dual"]])).resolves.toBe("运营专家");
  });
});

describe("PROMO.GAPS", () => {
  it("lists the unmet criteria in words", async () => {
    const row = csRow({ 任现职日期: serial("2026-02-23"), 客户满意度: 0.93 });
    await expect(F.gaps(row, H, OMITTED, AS_OF, OMITTED)).resolves.toBe("任现职 0.75年 < 1年；客户满意度 93% < 95%");
    await expect(F.gaps(csRow(), H, OMITTED, AS_OF, OMITTED)).resolves.toBe("");
  });

  it("prefixes each level's gaps on a dual ladder", async () => {
    const dual = [["Y01", "赵六", "运营部", "运营专员", serial("2024-01-01"), serial("2025-06-01"), 80, 70, 60]];
    const text = await F.gaps(dual, DUAL_HEADERS, OMITTED, AS_OF, [["ops-dual"]]);
    expect(text).toMatch(/^运营主管：.* \| 运营专家：/);
  });
});

describe("PROMO.SCORE", () => {
  it("gives the composite score (0.5 绩效 + 0.25 协作 + 0.25 学习)", async () => {
    await expect(F.score(csRow(), H, OMITTED, AS_OF, OMITTED)).resolves.toBe(87.5);
  });

  it("is #N/A when a component is empty, when the step has none, and at the top", async () => {
    const empty = await thrown(() => F.score(csRow({ 学习成长: "" }), H, OMITTED, AS_OF, OMITTED));
    expect(empty.code).toBe("#N/A");
    expect(empty.message).toContain("缺少数据");
    const reserve = [["M01", "王五", "一店", "储备领班", serial("2023-01-01"), serial("2025-01-01"), 85, 85, "是"]];
    expect((await thrown(() => F.score(reserve, STORE_HEADERS, OMITTED, AS_OF, OMITTED))).code).toBe("#N/A");
    expect((await thrown(() => F.score(csRow({ 职级: "资深客服" }), H, OMITTED, AS_OF, OMITTED))).code).toBe("#N/A");
  });
});

describe("PROMO.READYDATE", () => {
  it("gives the date the time criteria are met as an Excel serial number", async () => {
    const row = csRow({ 任现职日期: serial("2026-02-23") });
    await expect(F.readydate(row, H, OMITTED, AS_OF, OMITTED)).resolves.toBe(serial("2027-02-23"));
  });

  it("is #N/A while another criterion is unmet", async () => {
    const row = csRow({ 任现职日期: serial("2026-02-23"), 客户满意度: 0.93 });
    const e = await thrown(() => F.readydate(row, H, OMITTED, AS_OF, OMITTED));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("PROMO.GAPS");
  });
});

describe("PROMO.ALLOWANCE", () => {
  it("pays a reserve awaiting a vacancy, nobody else", async () => {
    const reserve = [["M01", "王五", "一店", "储备领班", serial("2023-01-01"), serial("2025-01-01"), 85, 85, "是"]];
    await expect(F.allowance(reserve, STORE_HEADERS, OMITTED, AS_OF, OMITTED)).resolves.toBe(30);
    await expect(F.allowance(reserve, STORE_HEADERS, "领班", AS_OF, OMITTED)).resolves.toBe(30);
    await expect(F.allowance(csRow(), H, OMITTED, AS_OF, OMITTED)).resolves.toBe(0);
  });
});

describe("PROMO.TENURE", () => {
  it("counts completed months / 12", async () => {
    await expect(F.tenure(serial("2025-05-23"), AS_OF)).resolves.toBe(1.5);
    await expect(F.tenure(serial("2025-05-24"), AS_OF)).resolves.toBeCloseTo(17 / 12, 12);
    await expect(F.tenure(serial("2025-03-31"), serial("2025-09-30"))).resolves.toBe(0.5);
  });

  it("is #VALUE! with a message for an empty start, a non-date and a start after the as-of date", async () => {
    expect((await thrown(() => F.tenure(OMITTED, AS_OF))).code).toBe("#VALUE!");
    expect((await thrown(() => F.tenure("abc" as never, AS_OF))).message).toContain("abc");
    expect((await thrown(() => F.tenure(serial("2027-01-01"), AS_OF))).code).toBe("#VALUE!");
  });
});

describe("PROMO.REVIEW", () => {
  it("spills a header row and one row per employee; blank rows are skipped, duplicate ids flagged", async () => {
    const table = [
      ["淘宝客服花名册", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
      H[0]!,
      csRow()[0]!,
      csRow({ 工号: "KF002", 任现职日期: serial("2026-02-23"), 客户满意度: 0.93 })[0]!,
      H[0]!.map(() => ""),
      csRow({ 工号: "KF003", 职级: "资深客服" })[0]!,
      csRow({ 工号: "KF003", 绩效得分: excelError("#N/A") })[0]!,
    ];
    const out = await F.review(table, OMITTED, AS_OF);
    expect(out[0]).toEqual(["工号", "姓名", "当前职级", "状态", "下一职级", "综合得分", "未达标项", "预计达标日期"]);
    expect(out).toHaveLength(5);
    expect(out[1]).toEqual(["KF001", "张三", "中级客服", "可晋升", "高级客服", 87.5, "", serial("2026-11-23")]);
    expect(out[2]).toEqual(["KF002", "张三", "中级客服", "未达标", "高级客服", 87.5, "任现职 0.75年 < 1年；客户满意度 93% < 95%", ""]);
    expect(out[3]![3]).toBe("数据错误");
    expect(out[3]![6]).toContain("KF003");
    expect(out[4]![3]).toBe("数据错误");
    expect(out[4]![6]).toContain("#N/A");
    for (const row of out) for (const cell of row) expect(cell === null || cell === undefined).toBe(false);
  });

  it("a result over 5 MB on the wire (Excel on the web cannot return it) is #VALUE! saying how to split", async () => {
    const long = "客户反馈良好，处理工单及时。".repeat(4);
    const rows = Array.from({ length: 60_000 }, (_, i) => csRow({ 工号: `KF${100000 + i}`, 姓名: `${long}${i}`, 客户满意度: 0.5 })[0]!);
    const e = await thrown(() => F.review([H[0]!, ...rows], OMITTED, AS_OF));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/结果有 60000 行（约 \d+\.\d MB），超过 Excel 网页版一次能返回的 5 MB/);
    expect(e.message).toContain("每段各带表头行");
    const fits = await F.review([H[0]!, ...rows.slice(0, 2_000)], OMITTED, AS_OF);
    expect(fits).toHaveLength(2_001);
  }, 60_000);

  it("is #VALUE! when the range has no header row (an Excel table's data body without [#All])", async () => {
    const e = await thrown(() => F.review([csRow()[0]!], OMITTED, AS_OF));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("[#全部]");
  });
});

describe("a recalculation of many rows", () => {
  afterEach(() => jest.restoreAllMocks());

  it("evaluates the rows of one burst of calls in one review, with the same answers as one by one", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => csRow({ 工号: `B${i}`, 接待量: 4000 + i * 10, 绩效得分: 60 + (i % 40) }));
    const alone = [];
    for (const row of rows.slice(0, 20)) alone.push(await F.status(row, H, OMITTED, AS_OF, OMITTED));
    const spy = jest.spyOn(core, "startReview");
    const together = await Promise.all(rows.map((row) => F.status(row, H, OMITTED, AS_OF, OMITTED)));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(together.slice(0, 20)).toEqual(alone);
    expect(new Set(together)).toEqual(new Set(["可晋升", "未达标"]));
  });

  it("does not let two rows of a burst flag each other as duplicate ids", async () => {
    const a = csRow({ 工号: "SAME", 接待量: 6100 });
    const b = csRow({ 工号: "SAME", 接待量: 6200 });
    await expect(Promise.all([F.status(a, H, OMITTED, AS_OF, OMITTED), F.status(b, H, OMITTED, AS_OF, OMITTED)])).resolves.toEqual(["可晋升", "可晋升"]);
  });

  it("reports each call's own error in a burst", async () => {
    const results = await Promise.allSettled([
      F.eligible(csRow({ 工号: "C1" }), H, OMITTED, AS_OF, OMITTED),
      F.eligible(csRow({ 工号: "C2", 绩效得分: "优秀" }), H, OMITTED, AS_OF, OMITTED),
      F.eligible(csRow({ 工号: "C3" }), [["x"]], OMITTED, AS_OF, OMITTED),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "rejected"]);
  });
});
