/**
 * The PROMO.* functions in an English Excel whose workbook saved a policy (the `promo.policy`
 * setting in `workbook.settings`): labels and messages follow `Office.context.displayLanguage`,
 * the setting decides the template. Office.js is the double of office-runtime-fake.ts, installed
 * before the functions module is loaded; the pane re-reads the setting after changing it
 * (`notifyPolicyChanged`), as here.
 */
import type * as Functions from "../../src/functions/functions";
import type * as Watcher from "../../src/excel/read-policy-sheets";
import { RECORD_MS } from "../../src/excel/read-policy-sheets";
import { AS_OF, CS_HEADERS, OMITTED, csRow, serial, thrown } from "./fixtures";
import { FakeOffice } from "./office-runtime-fake";

const office = new FakeOffice();
const settings = office.settings;
settings["promo.policy"] = "taobao-cs";
office.install("en-US");

/* eslint-disable @typescript-eslint/no-require-imports */
const F = require("../../src/functions/functions") as typeof Functions;
const W = require("../../src/excel/read-policy-sheets") as typeof Watcher;
/* eslint-enable @typescript-eslint/no-require-imports */

afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, RECORD_MS + 100)); // the deferred key record, before the double goes
  office.uninstall();
});

describe("in an English Excel", () => {
  it("labels statuses and gaps in English", async () => {
    await expect(F.status(csRow(), CS_HEADERS, OMITTED, AS_OF, OMITTED)).resolves.toBe("Eligible");
    await expect(F.status(csRow({ 职级: "资深客服" }), CS_HEADERS, OMITTED, AS_OF, OMITTED)).resolves.toBe("Top of ladder");
    const gaps = await F.gaps(csRow({ 任现职日期: serial("2026-02-23") }), CS_HEADERS, OMITTED, AS_OF, OMITTED);
    expect(gaps).toBe("Years in level 0.75 yr < 1 yr");
  });

  it("writes error messages in English", async () => {
    const e = await thrown(() => F.eligible(csRow({ 绩效得分: "excellent" }), CS_HEADERS, OMITTED, AS_OF, OMITTED));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^绩效得分: cannot read "excellent"/);
  });

  it("spills REVIEW with English headers", async () => {
    const out = await F.review([CS_HEADERS[0]!, csRow()[0]!], OMITTED, AS_OF);
    expect(out[0]).toEqual(["ID", "Name", "Level", "Status", "Next level", "Score", "Gaps", "Ready date"]);
    expect(out[1]![3]).toBe("Eligible");
  });
});

describe("the workbook setting promo.policy", () => {
  it("decides the template when the level alone is ambiguous (初级客服 is in taobao-cs and ecom-cs)", async () => {
    const headers = [["工号", "姓名", "部门", "职级", "入职日期"]];
    const row = [["KF9", "李四", "售前组", "初级客服", serial("2026-01-01")]];
    await expect(F.next(row, headers, OMITTED, AS_OF, OMITTED)).resolves.toBe("中级客服");
    settings["promo.policy"] = "ecom-cs";
    await W.notifyPolicyChanged();
    await expect(F.next([["KF9", "李四", "售前组", "客服主管", serial("2026-01-01")]], headers, OMITTED, AS_OF, OMITTED)).resolves.toBe("客服经理");
    delete settings["promo.policy"];
    await W.notifyPolicyChanged();
    const e = await thrown(() => F.next(row, headers, OMITTED, AS_OF, OMITTED));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("taobao-cs");
    expect(e.message).toContain("ecom-cs");
    settings["promo.policy"] = "no-such";
    await W.notifyPolicyChanged();
    expect((await thrown(() => F.next(row, headers, OMITTED, AS_OF, OMITTED))).message).toContain("promo.policy");
    settings["promo.policy"] = "taobao-cs";
    await W.notifyPolicyChanged();
  });
});
