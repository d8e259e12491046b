/** Pay per level and calibration settings in the policy sheets and JSON: round trips, fingerprint, problems by cell. */
import { getTemplate, parseBands, policyFingerprint, policyFromJson, policyFromSheets, policyToJson, policyToSheets, type Policy, type SheetData } from "../../src/core";
import { PAY_POLICY } from "./fixture";

const plain = (p: Policy): Policy => JSON.parse(JSON.stringify(p)) as Policy;

function edit(sheets: SheetData[], name: string, f: (rows: unknown[][]) => void): SheetData[] {
  return sheets.map((s) => {
    if (s.name !== name) return s;
    const rows = s.rows.map((r) => [...r]);
    f(rows);
    return { ...s, rows } as SheetData;
  });
}

describe("pay and calibration settings", () => {
  it.each(["zh-CN", "en-US"] as const)("round-trip through the sheets (%s) and JSON exactly", (locale) => {
    const back = policyFromSheets(policyToSheets(PAY_POLICY, locale), locale);
    expect(back.ok && back.policy).toStrictEqual(plain(PAY_POLICY));
    const json = policyFromJson(policyToJson(PAY_POLICY));
    expect(json.ok && json.policy).toStrictEqual(plain(PAY_POLICY));
  });

  it("write the pay columns and the 校准 rows only when set", () => {
    const sheets = policyToSheets(PAY_POLICY);
    expect(sheets.find((s) => s.name === "职级")!.rows[0]).toEqual(["通道", "顺序", "职级", "别名", "储备", "月津贴（元）", "月薪（元）", "薪资最低（元）", "薪资中位（元）", "薪资最高（元）", "下一职级", "关键岗位"]);
    const head = sheets.find((s) => s.name === "晋升方案")!.rows.map((r) => r.slice(0, 2));
    expect(head).toContainEqual(["目标分布", "优秀 >=90 20%；合格 >=70 70%；待改进 10%"]);
    expect(head).toContainEqual(["校准容差", 5]);
    expect(head).toContainEqual(["分布容差", "5%"]);
    const plainTemplate = policyToSheets(getTemplate("store-ops")!);
    expect(plainTemplate.find((s) => s.name === "职级")!.rows[0]).toEqual(["通道", "顺序", "职级", "别名", "储备", "月津贴（元）", "下一职级", "关键岗位"]);
  });

  it("change the fingerprint when set, and leave templates' fingerprints alone", () => {
    const { calibration, ...without } = PAY_POLICY;
    expect(calibration).toBeDefined();
    expect(policyFingerprint(PAY_POLICY)).not.toBe(policyFingerprint(without));
    expect(policyFingerprint(getTemplate("taobao-cs")!)).toBe("taobao-cs@1.0#79a4d2b2");
  });

  it("report a bad pay, a band out of order and a bad target distribution by cell", () => {
    let sheets = edit(policyToSheets(PAY_POLICY), "职级", (rows) => {
      rows[1]![6] = "五千"; // 专员 月薪
      rows[2]![7] = 9500; // 主管 薪资最低 above its 中位 8000
    });
    sheets = edit(sheets, "晋升方案", (rows) => {
      const at = rows.findIndex((r) => r[0] === "目标分布");
      rows[at]![1] = "优秀 >=90 30%；合格 >=70 60%；待改进 20%";
    });
    const r = policyFromSheets(sheets);
    expect(r.ok).toBe(false);
    const issues = r.ok ? [] : r.issues.map((i) => `${i.cell} ${i.code} ${i.message}`);
    expect(issues).toEqual([
      expect.stringMatching(/^晋升方案!B\d+ bad_calibration 目标分布的比例合计为 110%，应为 100%/),
      "职级!G2 bad_pay 职级「专员」的月薪「五千」无效：请填写不小于 0 的金额（元/月），例如 6000，或留空",
      "职级!H3 bad_pay 职级「主管」的薪资带 9500 / 8000 / 9000 顺序不对：应为 薪资最低 <= 薪资中位 <= 薪资最高",
    ]);
  });

  it("parse the target distribution as HR writes it", () => {
    expect(parseBands("优秀≥90 20%; 合格 >= 60 70%；待改进 10%")).toEqual([
      { label: "优秀", min: 90, share: 0.2 },
      { label: "合格", min: 60, share: 0.7 },
      { label: "待改进", min: null, share: 0.1 },
    ]);
    expect(parseBands("优秀 20")).toBeNull();
  });

  it("JSON problems name the path", () => {
    const text = policyToJson({ ...PAY_POLICY, calibration: { tolerance: -1 } });
    const r = policyFromJson(text);
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(["calibration.tolerance bad_calibration"]);
  });
});
