/**
 * The talent settings in the policy sheets and JSON: written with the defaults, read back to the
 * same policy and fingerprint, an edit kept (and the fingerprint changed), bad cells named.
 */
import { TEMPLATES, getTemplate, policyFingerprint, policyFromJson, policyFromSheets, policyToJson, policyToSheets, talentSettings, type Cell, type SheetData } from "../../src/core";

function edit(sheets: SheetData[], name: string, change: (rows: Cell[][]) => void): SheetData[] {
  return sheets.map((s) => {
    if (s.name !== name) return s;
    const rows = s.rows.map((r) => [...r]);
    change(rows);
    return { name: s.name, rows };
  });
}

function read(sheets: SheetData[]) {
  const result = policyFromSheets(sheets);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.cell}: ${i.message}`).join("\n"));
  return result.policy;
}

describe("talent settings in the policy sheets", () => {
  it.each(TEMPLATES.map((t) => t.id))("%s: written with its defaults, read back to the same policy and fingerprint", (id) => {
    const t = getTemplate(id)!;
    const sheets = policyToSheets(t);
    expect(sheets.map((s) => s.name)).toContain("发展措施");
    const back = read(sheets);
    expect(back).toEqual(t);
    expect(policyFingerprint(back)).toBe(policyFingerprint(t));
    const json = policyFromJson(policyToJson(back));
    expect(json.ok && policyFingerprint(json.policy)).toBe(policyFingerprint(t));
  });

  it("ships the key levels the issue names", () => {
    expect(talentSettings(getTemplate("store-ops")!).keyLevels).toEqual(["四级店长", "三级店长", "二级店长", "一级店长", "特级店长", "区域经理"]);
    expect(talentSettings(getTemplate("ecom-cs")!).keyLevels).toEqual(["客服主管", "客服经理"]);
    expect(talentSettings(getTemplate("ops-dual")!).keyLevels).toEqual(["运营主管", "运营经理", "运营总监"]);
    expect(talentSettings(getTemplate("ecom-cs")!).actions.find((a) => a.field === "csat")?.action).toBe("客户服务与满意度管理（第六周）");
    expect(talentSettings(getTemplate("taobao-cs")!).actions.find((a) => a.field === "skill")?.action).toBe("技能考核（培训中期综合考核）");
  });

  it("keeps an edited band limit, key level and action, and the fingerprint changes", () => {
    const t = getTemplate("ecom-cs")!;
    let sheets = policyToSheets(t);
    sheets = edit(sheets, "晋升方案", (rows) => {
      const r = rows.findIndex((row) => row[0] === "准备度分界（月）");
      rows[r]![1] = "6, 18";
      const f = rows.findIndex((row) => row[0] === "预测月数");
      rows[f]![1] = 18;
    });
    sheets = edit(sheets, "职级", (rows) => {
      const key = rows[0]!.indexOf("关键岗位");
      const high = rows.findIndex((row) => row[2] === "高级客服");
      rows[high]![key] = "是";
    });
    sheets = edit(sheets, "发展措施", (rows) => {
      const r = rows.findIndex((row) => row[0] === "客户满意度");
      rows[r]![3] = 6;
    });
    const p = read(sheets);
    expect(p.talent?.bands).toEqual([6, 18]);
    expect(p.talent?.forecastMonths).toBe(18);
    expect(p.talent?.keyLevels).toEqual(["高级客服", "客服主管", "客服经理"]);
    expect(p.talent?.actions?.find((a) => a.field === "csat")?.weeks).toBe(6);
    expect(policyFingerprint(p)).not.toBe(policyFingerprint(t));
    // JSON round trip keeps the edits and the fingerprint; the sheets again too.
    const json = policyFromJson(policyToJson(p));
    expect(json.ok && json.policy).toEqual(p);
    expect(read(policyToSheets(p))).toEqual(p);
    expect(read(policyToSheets(p, "en-US"))).toEqual(p);
  });

  it("names the cell of each bad talent setting", () => {
    let sheets = policyToSheets(getTemplate("ecom-cs")!);
    sheets = edit(sheets, "晋升方案", (rows) => {
      rows[rows.findIndex((row) => row[0] === "准备度分界（月）")]![1] = "24, 12";
    });
    sheets = edit(sheets, "发展措施", (rows) => {
      rows[1]![3] = "两周";
      rows.push(["客户满意度", "重复的一行", "本人", 2, null]);
      rows.push(["满意读", "拼错的字段", "本人", 2, null]);
    });
    sheets = edit(sheets, "职级", (rows) => {
      rows[1]![rows[0]!.indexOf("关键岗位")] = "也许";
    });
    const result = policyFromSheets(sheets);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues.map((i) => `${i.cell} ${i.code}`);
    // 晋升方案 row 8 is the first row below the header block's seven rows; ecom-cs has three actions (rows 2-4).
    expect(issues).toEqual(["晋升方案!B8 bad_bands", "职级!H2 bad_flag", "发展措施!D2 bad_action", "发展措施!A5 duplicate_action", "发展措施!A6 unknown_field"]);
    const message = result.ok ? "" : result.issues[0]!.message;
    expect(message).toContain("24, 12");
  });

  it("reports bad talent JSON by path", () => {
    const t = getTemplate("ecom-cs")!;
    const json = policyToJson({ ...t, talent: { bands: [12, 12], forecastMonths: 0, keyLevels: ["店长"], actions: [{ field: "csat", action: "", owner: "本人", weeks: -1 }] } });
    const result = policyFromJson(json);
    expect(result.ok ? [] : result.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      "talent.bands bad_bands",
      "talent.forecastMonths bad_forecast",
      "talent.keyLevels[0] key_level",
      "talent.actions[0].action bad_action",
      "talent.actions[0].weeks bad_action",
    ]);
  });
});
