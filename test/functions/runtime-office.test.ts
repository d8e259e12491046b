/**
 * The shared runtime against a double of Office that keeps the documented behaviour the
 * functions depend on (test/functions/office-runtime-fake.ts): one settings store for the pane
 * and the formulas, no change to the workbook while a formula is being evaluated, a scoped
 * recalculation when the policy changes, and the workbook set to load the add-in on open.
 * The functions module is loaded fresh in each test, after the double is installed, as Excel
 * loads the page.
 */
import { getTemplate, policyToSheets, type Cell } from "../../src/core";
import type * as Functions from "../../src/functions/functions";
import type * as Watcher from "../../src/excel/read-policy-sheets";
import type * as Settings from "../../src/excel/settings";
import { AS_OF, CS_HEADERS, OMITTED, csRow, serial, thrown } from "./fixtures";
import { FakeOffice, FLOOR, NO_SHARED_RUNTIME } from "./office-runtime-fake";

interface Loaded {
  F: typeof Functions;
  W: typeof Watcher;
  S: typeof Settings;
}

/** Loads the add-in's modules over the installed double (Office.onReady starts the runtime). */
function load(): Loaded {
  let loaded: Loaded | undefined;
  jest.isolateModules(() => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    loaded = {
      F: require("../../src/functions/functions") as typeof Functions,
      W: require("../../src/excel/read-policy-sheets") as typeof Watcher,
      S: require("../../src/excel/settings") as typeof Settings,
    };
    /* eslint-enable @typescript-eslint/no-require-imports */
  });
  return loaded!;
}

/** Lets start-up, debounced re-reads and the deferred key record run (well past their delays). */
const settle = (): Promise<void> => jest.advanceTimersByTimeAsync(5000);

/** A roster sheet with PROMO formulas, a sheet without formulas, and, optionally, policy sheets. */
function workbook(profile = FLOOR, withPolicySheets = true): FakeOffice {
  const wb = new FakeOffice(profile);
  wb.addSheet({ name: "客服部", rows: [CS_HEADERS[0] as Cell[], csRow()[0] as Cell[]] }, true);
  wb.addSheet({ name: "说明", rows: [["本表说明"]] });
  if (withPolicySheets) for (const sheet of policyToSheets(getTemplate("taobao-cs")!)) wb.addSheet(sheet);
  return wb;
}

/** Sets the 中级客服 -> 高级客服 客户满意度 threshold in the 规则 sheet. */
function setCsat(wb: FakeOffice, value: Cell): void {
  const row = wb.sheet("规则").rows.find((r) => r[0] === "中级客服" && r[3] === "客户满意度")!;
  row[5] = value;
}

const LEVEL_HEADERS = [["工号", "姓名", "部门", "职级", "入职日期"]];
/** 客服主管 is a level of 电商客服 (ecom-cs) only. */
const SUPERVISOR = [["KF9", "李四", "售前组", "客服主管", serial("2026-01-01")]];

let wb: FakeOffice;
// queueMicrotask stays real: the functions batch the rows of one burst of calls in a microtask.
beforeEach(() => jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick"] }));
afterEach(() => {
  wb.uninstall();
  jest.useRealTimers();
});

describe("one settings store (workbook.settings) for the pane and the formulas", () => {
  it("formulas follow the promo.policy the pane saves, not the copy Office loaded at start", async () => {
    wb = workbook(FLOOR, false);
    wb.settings["promo.policy"] = "taobao-cs";
    wb.install();
    const { F, W, S } = load();
    await settle();
    const before = await thrown(() => wb.evaluate(() => F.next(SUPERVISOR, LEVEL_HEADERS, OMITTED, AS_OF, OMITTED)));
    expect(before.code).toBe("#N/A"); // 客服主管 is not a level of 淘宝客服

    await S.savePolicyChoice("ecom-cs"); // what the pane's rememberPolicy does
    await W.notifyPolicyChanged();
    await expect(wb.evaluate(() => F.next(SUPERVISOR, LEVEL_HEADERS, OMITTED, AS_OF, OMITTED))).resolves.toBe("客服经理");
  });

  it("never writes a stale copy back: the pane's ownership, mapping and applied policy survive", async () => {
    wb = workbook();
    wb.settings["PromoLadder.mapping"] = JSON.stringify({ 客服部: { 备注: null } });
    wb.install();
    const { F } = load();
    await settle();
    // A review in the pane records its sheets and the applied policy (product-sheets.ts).
    await Excel.run(async (context) => {
      context.workbook.settings.add("PromoLadder.sheets", JSON.stringify({ review: "{SHEET-9}" }));
      context.workbook.settings.add("PromoLadder.appliedPolicy", JSON.stringify({ fingerprint: "f", source: "sheets", asOf: "2026-11-23" }));
      await context.sync();
    });
    await expect(wb.evaluate(() => F.status(csRow(), CS_HEADERS, OMITTED, AS_OF, OMITTED))).resolves.toBe("可晋升");
    await settle();
    expect(Object.keys(wb.settings).sort()).toEqual(["PromoLadder.appliedPolicy", "PromoLadder.mapping", "PromoLadder.sheets", "promo.formulaPolicy"]);
    expect(wb.changes.map((c) => c.what)).not.toContain("document.settings.saveAsync");
  });
});

describe("no change to the workbook while a formula is evaluated", () => {
  it("the first PROMO call only reads; the policy key is recorded after the evaluations", async () => {
    wb = workbook();
    wb.install();
    const { F } = load();
    await settle();
    expect(wb.changes).toEqual([]); // a workbook that never computed a PROMO formula is not touched
    await expect(wb.evaluate(() => F.status(csRow(), CS_HEADERS, OMITTED, AS_OF, OMITTED))).resolves.toBe("可晋升");
    expect(wb.changesDuringEvaluation()).toEqual([]);
    await settle();
    expect(wb.changes.map((c) => c.what)).toContain("settings.add promo.formulaPolicy");
    expect(wb.changesDuringEvaluation()).toEqual([]);
  });

  it("a changed policy range is read before answering; the other formulas are recalculated on the change event, sheet by sheet", async () => {
    wb = workbook();
    wb.install();
    const { F } = load();
    await settle();
    const rules = (): unknown[][] => wb.sheet("规则").rows.map((r) => r.map((c) => (c === null ? "" : typeof c === "object" ? (c as { value: number }).value : c)));
    await expect(wb.evaluate(() => F.status(csRow(), CS_HEADERS, OMITTED, AS_OF, rules()))).resolves.toBe("可晋升");
    setCsat(wb, { kind: "percent", value: 0.97 });
    await expect(wb.evaluate(() => F.status(csRow(), CS_HEADERS, OMITTED, AS_OF, rules()))).resolves.toBe("未达标");
    expect(wb.changesDuringEvaluation()).toEqual([]);

    await wb.fire("changed", "id-规则"); // the same edit raises the workbook's change event
    await settle();
    const changes = wb.changes.map((c) => c.what);
    expect(changes).toContain("calculate 客服部");
    expect(changes).not.toContain("calculate 说明"); // no formulas there
    expect(changes.filter((c) => c.startsWith("application.calculate"))).toEqual([]); // every open workbook
    expect(wb.changesDuringEvaluation()).toEqual([]);
  });

  it("at start-up, recalculates the formula sheets of a workbook computed with another policy", async () => {
    wb = workbook();
    wb.settings["promo.formulaPolicy"] = "ok:12-oldkey";
    wb.install();
    load();
    await settle();
    const changes = wb.changes.map((c) => c.what);
    expect(changes).toContain("calculate 客服部");
    expect(changes.filter((c) => c.startsWith("application.calculate") || c === "calculate 说明")).toEqual([]);
    expect(wb.settings["promo.formulaPolicy"]).not.toBe("ok:12-oldkey");
  });
});

describe("the stale-policy check on open (Office.addin.setStartupBehavior, SharedRuntime 1.1)", () => {
  it("sets a workbook with PROMO formulas to load the add-in when it opens, once", async () => {
    wb = workbook(FLOOR);
    wb.install();
    const { F } = load();
    await settle();
    await wb.evaluate(() => F.status(csRow(), CS_HEADERS, OMITTED, AS_OF, OMITTED));
    await wb.evaluate(() => F.status(csRow({ 工号: "KF002" }), CS_HEADERS, OMITTED, AS_OF, OMITTED));
    await settle();
    expect(wb.changes).toEqual([
      { what: "settings.add promo.formulaPolicy", duringEvaluation: false },
      { what: "setStartupBehavior Load", duringEvaluation: false },
    ]);
    expect(wb.startupBehavior).toBe("Load");

    // Reopened: the add-in loads with the workbook and checks; nothing to change.
    wb.uninstall();
    wb.changes.length = 0;
    wb.install();
    const again = load();
    await settle();
    await wb.evaluate(() => again.F.status(csRow(), CS_HEADERS, OMITTED, AS_OF, OMITTED));
    await settle();
    expect(wb.changes).toEqual([]);
  });

  it("where the host has no shared runtime API, records the key and asks nothing", async () => {
    wb = workbook(NO_SHARED_RUNTIME);
    wb.install();
    const { F } = load();
    await settle();
    await wb.evaluate(() => F.status(csRow(), CS_HEADERS, OMITTED, AS_OF, OMITTED));
    await settle();
    expect(wb.changes.map((c) => c.what)).toEqual(["settings.add promo.formulaPolicy"]);
  });
});
