/**
 * Staleness: the policy sheets are read once, re-read after an edit to them (debounced), and the
 * formula sheets are recalculated exactly when the policy changed, never during a formula's
 * evaluation. Excel is the double of test/functions/office-runtime-fake.ts.
 */
import { getTemplate, policyFingerprint, policyToSheets, type Cell } from "../../src/core";
import { DEBOUNCE_MS, POLICY_KEY_SETTING, PolicySheetsWatcher, RECORD_MS, policyKey, sheetRows, stateSignature } from "../../src/excel/read-policy-sheets";
import * as L from "../../src/functions/logic";
import { AS_OF, CS_HEADERS, csRow, testEnv } from "./fixtures";
import { FakeOffice, FLOOR } from "./office-runtime-fake";

function workbookWithPolicy(): FakeOffice {
  const wb = new FakeOffice(FLOOR);
  wb.addSheet({ name: "客服部", rows: [CS_HEADERS[0] as Cell[], csRow()[0] as Cell[]] }, true);
  for (const sheet of policyToSheets(getTemplate("taobao-cs")!)) wb.addSheet(sheet);
  return wb;
}

/** Sets the 中级客服 -> 高级客服 客户满意度 threshold in the 规则 sheet. */
function setCsat(wb: FakeOffice, value: Cell): void {
  const rules = wb.sheet("规则").rows;
  const row = rules.find((r) => r[0] === "中级客服" && r[3] === "客户满意度")!;
  row[5] = value;
}

/** The recalculations made: one per formula sheet recalculated. */
const calculations = (wb: FakeOffice): number => wb.changes.filter((c) => c.what.startsWith("calculate ")).length;

beforeAll(() => {
  (globalThis as Record<string, unknown>).Excel = { CalculationType: { full: "Full" }, SpecialCellType: { formulas: "Formulas" } };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).Excel;
});
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("PolicySheetsWatcher", () => {
  it("reads the sheets once on first use; subscribes to the workbook's events at start-up", async () => {
    const wb = workbookWithPolicy();
    const watcher = new PolicySheetsWatcher(wb.host());
    expect(watcher.state().kind).toBe("none");
    await Promise.all([watcher.ready(), watcher.ready(), watcher.ready()]);
    const state = watcher.state();
    expect(state.kind).toBe("ok");
    expect(state.kind === "ok" && state.fingerprint).toBe(policyFingerprint(getTemplate("taobao-cs")!));
    await watcher.ready();
    expect(wb.runs).toBe(1);
    expect(wb.handlers.changed).toHaveLength(0); // a formula's evaluation registers nothing
    await watcher.start();
    expect(wb.handlers.changed).toHaveLength(1);
    expect(wb.handlers.added).toHaveLength(1);
    expect(wb.handlers.deleted).toHaveLength(1);
    expect(wb.handlers.settings).toHaveLength(1);
    expect(calculations(wb)).toBe(0);
  });

  it("re-reads after an edit to a policy sheet and recalculates the formula sheets once when the policy changed", async () => {
    const wb = workbookWithPolicy();
    const watcher = new PolicySheetsWatcher(wb.host());
    const env = testEnv({ workbook: { sheets: () => watcher.state() } });
    const args = { record: csRow(), headers: CS_HEADERS, asOf: AS_OF };
    await watcher.start();
    expect(L.status(args, env)).toBe("可晋升");

    setCsat(wb, { kind: "percent", value: 0.97 });
    await wb.fire("changed", "id-规则");
    await wb.fire("changed", "id-规则"); // a second keystroke inside the debounce window
    const runs = wb.runs;
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS + 50);
    expect(wb.runs).toBe(runs + 2); // one re-read + one recalculation, which records the new key
    expect(wb.changes.map((c) => c.what)).toEqual(["calculate 客服部", "settings.add promo.formulaPolicy"]);
    expect(L.status(args, env)).toBe("未达标");
    expect(L.gaps(args, env)).toBe("客户满意度 96% < 97%");
  });

  it("ignores edits to other sheets, and recalculates nothing when an edit leaves the policy unchanged", async () => {
    const wb = workbookWithPolicy();
    const watcher = new PolicySheetsWatcher(wb.host());
    await watcher.start();
    const runs = wb.runs;
    await wb.fire("changed", "id-客服部");
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS + 50);
    expect(wb.runs).toBe(runs);
    wb.sheet("规则").rows[1]![8] = "a note HR added";
    await wb.fire("changed", "id-规则");
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS + 50);
    expect(wb.runs).toBe(runs + 1);
    expect(calculations(wb)).toBe(0);
  });

  it("reports broken sheets with their cells, then recovers when they are fixed", async () => {
    const wb = workbookWithPolicy();
    const watcher = new PolicySheetsWatcher(wb.host());
    await watcher.start();
    setCsat(wb, "很高");
    await wb.fire("changed", "id-规则");
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS + 50);
    const broken = watcher.state();
    expect(broken.kind).toBe("invalid");
    expect(broken.kind === "invalid" && broken.issues.map((i) => i.cell).join()).toMatch(/规则!F\d+/);
    expect(calculations(wb)).toBe(1);
    setCsat(wb, { kind: "percent", value: 0.95 });
    await wb.fire("changed", "id-规则");
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS + 50);
    expect(watcher.state().kind).toBe("ok");
    expect(calculations(wb)).toBe(2);
  });

  it("notices policy sheets deleted and added", async () => {
    const wb = workbookWithPolicy();
    const watcher = new PolicySheetsWatcher(wb.host());
    await watcher.start();
    const removed = wb.sheets.filter((s) => s.name === "职级" || s.name === "规则");
    wb.sheets = wb.sheets.filter((s) => !removed.includes(s));
    await wb.fire("deleted", "id-规则");
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS + 50);
    expect(watcher.state().kind).toBe("none");
    expect(calculations(wb)).toBe(1);
    wb.sheets.push(...removed);
    await wb.fire("added", "id-规则");
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS + 50);
    expect(watcher.state().kind).toBe("ok");
    expect(calculations(wb)).toBe(2);
  });

  it("re-reads before answering when a formula's policy range changed, without recalculating during the evaluation", async () => {
    const wb = workbookWithPolicy();
    const watcher = new PolicySheetsWatcher(wb.host());
    await watcher.ready("range-v1");
    setCsat(wb, { kind: "percent", value: 0.97 });
    await watcher.ready("range-v2"); // no event needed
    const state = watcher.state();
    expect(state.kind === "ok" && state.policy.version).toBe("1.0");
    expect(state.kind === "ok" && state.fingerprint).not.toBe(policyFingerprint(getTemplate("taobao-cs")!));
    await watcher.ready("range-v2");
    expect(wb.runs).toBe(2); // read v1, read v2
    expect(calculations(wb)).toBe(0);
    // The edit's change event recalculates the other formulas, outside any evaluation.
    expect(await watcher.refresh()).toBe(true);
    expect(calculations(wb)).toBe(1);
  });

  it("turns a failed read into an 'unreadable' state that formulas report, and tries again later", async () => {
    const wb = workbookWithPolicy();
    const host = wb.host();
    let fail = true;
    const watcher = new PolicySheetsWatcher({
      ...host,
      run: (batch) => {
        if (!fail) return host.run!(batch);
        fail = false;
        return Promise.reject(new Error("RichApi.Error: the workbook is busy"));
      },
    });
    await watcher.ready();
    expect(watcher.state()).toEqual({ kind: "unreadable", message: "RichApi.Error: the workbook is busy" });
    await watcher.ready();
    expect(wb.runs).toBe(0); // not before the retry delay
    jest.setSystemTime(Date.now() + 5000);
    await watcher.ready();
    expect(watcher.state().kind).toBe("ok");
  });

  it("at start-up, recalculates when the workbook's results were computed with another policy (edited without the add-in)", async () => {
    const wb = workbookWithPolicy();
    wb.settings[POLICY_KEY_SETTING] = "old-key";
    const watcher = new PolicySheetsWatcher(wb.host());
    await watcher.start();
    expect(wb.settings[POLICY_KEY_SETTING]).toBe(policyKey(stateSignature(watcher.state())));
    expect(calculations(wb)).toBe(1);
    const again = new PolicySheetsWatcher(wb.host()); // the workbook reopened with the same policy
    await again.start();
    expect(calculations(wb)).toBe(1);
  });

  it("does not recalculate a workbook that never recorded a policy; records it after a formula used it", async () => {
    const wb = workbookWithPolicy();
    const watcher = new PolicySheetsWatcher(wb.host());
    await watcher.start();
    expect(wb.changes).toEqual([]);
    await watcher.ready(); // the pane reads: no formula yet, nothing recorded
    await jest.advanceTimersByTimeAsync(RECORD_MS + 50);
    expect(wb.changes).toEqual([]);
    await watcher.forFormula();
    expect(wb.changes).toEqual([]);
    await jest.advanceTimersByTimeAsync(RECORD_MS + 50);
    expect(calculations(wb)).toBe(0);
    expect(wb.settings[POLICY_KEY_SETTING]).toBe(policyKey(stateSignature(watcher.state())));
  });

  it("reads the workbook's date system (DATE(2000,1,1) in the workbook's own system)", async () => {
    const wb = workbookWithPolicy();
    wb.date1904 = true;
    const watcher = new PolicySheetsWatcher(wb.host());
    await watcher.ready();
    expect(watcher.uses1904()).toBe(true);
  });

  it("does nothing outside Excel", async () => {
    const watcher = new PolicySheetsWatcher({ run: null, supports: () => false, locale: () => "zh-CN", warn: () => undefined });
    await watcher.ready();
    await watcher.start();
    expect(watcher.state().kind).toBe("none");
  });
});

describe("sheetRows", () => {
  it("pads the used range's offset so rows[0] is sheet row 1 and reads errors and percents", () => {
    const rows = sheetRows({
      rowIndex: 1,
      columnIndex: 2,
      values: [["a", 0.95, "#N/A", ""]],
      valueTypes: [["String", "Double", "Error", "Empty"]],
      numberFormat: [["General", "0.0%", "General", "General"]],
    });
    expect(rows).toEqual([[], [null, null, "a", { kind: "percent", value: 0.95 }, { kind: "error", code: "#N/A" }, null]]);
  });
});
