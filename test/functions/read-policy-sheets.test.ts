/**
 * Staleness: the policy sheets are read once, re-read after an edit to them (debounced), and the
 * workbook is recalculated exactly when the policy changed. Excel is an in-memory stand-in that
 * implements the few Office.js calls the watcher makes (worksheets, used ranges, events,
 * application.calculate).
 */
import { getTemplate, isPercentCell, policyFingerprint, policyToSheets, type Cell, type SheetData } from "../../src/core";
import { DEBOUNCE_MS, PolicySheetsWatcher, policyKey, sheetRows, stateSignature, type ExcelHost } from "../../src/excel/read-policy-sheets";
import * as L from "../../src/functions/logic";
import { AS_OF, CS_HEADERS, csRow, testEnv } from "./fixtures";

interface FakeSheet {
  id: string;
  name: string;
  rows: Cell[][];
}

type Handler = (event: { worksheetId: string }) => Promise<void>;

/** An in-memory workbook behind a fake `Excel.run`. */
class FakeWorkbook {
  sheets: FakeSheet[] = [];
  handlers: Record<"changed" | "added" | "deleted" | "renamed", Handler[]> = { changed: [], added: [], deleted: [], renamed: [] };
  calculations = 0;
  runs = 0;
  failNext = false;

  add(data: SheetData, id = `id-${data.name}`): void {
    this.sheets.push({ id, name: data.name, rows: data.rows.map((r) => [...r]) });
  }

  sheet(name: string): FakeSheet {
    return this.sheets.find((s) => s.name === name)!;
  }

  async fire(kind: keyof FakeWorkbook["handlers"], worksheetId: string): Promise<void> {
    for (const h of this.handlers[kind]) await h({ worksheetId });
  }

  private usedRange(sheet: FakeSheet): unknown {
    if (sheet.rows.length === 0) return { isNullObject: true, load: () => undefined };
    const width = Math.max(...sheet.rows.map((r) => r.length));
    const grid = sheet.rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null));
    return {
      isNullObject: false,
      load: () => undefined,
      rowIndex: 0,
      columnIndex: 0,
      values: grid.map((r) => r.map((c) => (c === null || c === undefined ? "" : isPercentCell(c) ? c.value : c))),
      valueTypes: grid.map((r) => r.map((c) => (c === null || c === undefined ? "Empty" : typeof c === "number" || isPercentCell(c) ? "Double" : typeof c === "boolean" ? "Boolean" : "String"))),
      numberFormat: grid.map((r) => r.map((c) => (isPercentCell(c) ? "0%" : "General"))),
    };
  }

  host(): ExcelHost {
    const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      this.runs++;
      if (this.failNext) {
        this.failNext = false;
        throw new Error("RichApi.Error: the workbook is busy");
      }
      const event = (kind: keyof FakeWorkbook["handlers"]) => ({ add: (h: Handler) => this.handlers[kind].push(h) });
      const context = {
        workbook: {
          worksheets: {
            load: () => undefined,
            items: this.sheets.map((s) => ({ id: s.id, name: s.name, getUsedRangeOrNullObject: () => this.usedRange(s) })),
            onChanged: event("changed"),
            onAdded: event("added"),
            onDeleted: event("deleted"),
            onNameChanged: event("renamed"),
          },
          application: { calculate: () => this.calculations++ },
        },
        sync: async () => undefined,
      };
      return batch(context as unknown as Excel.RequestContext);
    };
    return { run, supports: () => true, locale: () => "zh-CN", warn: () => undefined };
  }
}

function workbookWithPolicy(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.add({ name: "客服部", rows: [CS_HEADERS[0] as Cell[], csRow()[0] as Cell[]] });
  for (const sheet of policyToSheets(getTemplate("taobao-cs")!)) wb.add(sheet);
  return wb;
}

/** Sets the 中级客服 -> 高级客服 客户满意度 threshold in the 规则 sheet. */
function setCsat(wb: FakeWorkbook, value: Cell): void {
  const rules = wb.sheet("规则").rows;
  const row = rules.find((r) => r[0] === "中级客服" && r[3] === "客户满意度")!;
  row[5] = value;
}

beforeAll(() => {
  (globalThis as Record<string, unknown>).Excel = { CalculationType: { full: "Full" } };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).Excel;
});
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("PolicySheetsWatcher", () => {
  it("reads the sheets once on first use and subscribes to the workbook's events", async () => {
    const wb = workbookWithPolicy();
    const watcher = new PolicySheetsWatcher(wb.host());
    expect(watcher.state().kind).toBe("none");
    await Promise.all([watcher.ready(), watcher.ready(), watcher.ready()]);
    const state = watcher.state();
    expect(state.kind).toBe("ok");
    expect(state.kind === "ok" && state.fingerprint).toBe(policyFingerprint(getTemplate("taobao-cs")!));
    await watcher.ready();
    expect(wb.runs).toBe(1);
    expect(wb.handlers.changed).toHaveLength(1);
    expect(wb.handlers.added).toHaveLength(1);
    expect(wb.handlers.deleted).toHaveLength(1);
    expect(wb.calculations).toBe(0);
  });

  it("re-reads after an edit to a policy sheet and recalculates every formula once when the policy changed", async () => {
    const wb = workbookWithPolicy();
    const watcher = new PolicySheetsWatcher(wb.host());
    const env = testEnv({ workbook: { sheets: () => watcher.state() } });
    const args = { record: csRow(), headers: CS_HEADERS, asOf: AS_OF };
    await watcher.ready();
    expect(L.status(args, env)).toBe("可晋升");

    setCsat(wb, { kind: "percent", value: 0.97 });
    await wb.fire("changed", "id-规则");
    await wb.fire("changed", "id-规则"); // a second keystroke inside the debounce window
    expect(wb.runs).toBe(1);
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS + 50);
    expect(wb.runs).toBe(3); // one re-read + one recalculation
    expect(wb.calculations).toBe(1);
    expect(L.status(args, env)).toBe("未达标");
    expect(L.gaps(args, env)).toBe("客户满意度 96% < 97%");
  });

  it("ignores edits to other sheets, and recalculates nothing when an edit leaves the policy unchanged", async () => {
    const wb = workbookWithPolicy();
    const watcher = new PolicySheetsWatcher(wb.host());
    await watcher.ready();
    await wb.fire("changed", "id-客服部");
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS + 50);
    expect(wb.runs).toBe(1);
    wb.sheet("规则").rows[1]![8] = "a note HR added";
    await wb.fire("changed", "id-规则");
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS + 50);
    expect(wb.runs).toBe(2);
    expect(wb.calculations).toBe(0);
  });

  it("reports broken sheets with their cells, then recovers when they are fixed", async () => {
    const wb = workbookWithPolicy();
    const watcher = new PolicySheetsWatcher(wb.host());
    await watcher.ready();
    setCsat(wb, "很高");
    await wb.fire("changed", "id-规则");
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS + 50);
    const broken = watcher.state();
    expect(broken.kind).toBe("invalid");
    expect(broken.kind === "invalid" && broken.issues.map((i) => i.cell).join()).toMatch(/规则!F\d+/);
    expect(wb.calculations).toBe(1);
    setCsat(wb, { kind: "percent", value: 0.95 });
    await wb.fire("changed", "id-规则");
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS + 50);
    expect(watcher.state().kind).toBe("ok");
    expect(wb.calculations).toBe(2);
  });

  it("notices policy sheets deleted and added", async () => {
    const wb = workbookWithPolicy();
    const watcher = new PolicySheetsWatcher(wb.host());
    await watcher.ready();
    const removed = wb.sheets.filter((s) => s.name === "职级" || s.name === "规则");
    wb.sheets = wb.sheets.filter((s) => !removed.includes(s));
    await wb.fire("deleted", "id-规则");
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS + 50);
    expect(watcher.state().kind).toBe("none");
    expect(wb.calculations).toBe(1);
    wb.sheets.push(...removed);
    await wb.fire("added", "id-规则");
    await jest.advanceTimersByTimeAsync(DEBOUNCE_MS + 50);
    expect(watcher.state().kind).toBe("ok");
    expect(wb.calculations).toBe(2);
  });

  it("re-reads before answering when a formula's policy range changed (Excel's own dependency tracking)", async () => {
    const wb = workbookWithPolicy();
    const watcher = new PolicySheetsWatcher(wb.host());
    await watcher.ready("range-v1");
    setCsat(wb, { kind: "percent", value: 0.97 });
    await watcher.ready("range-v2"); // no event needed
    const state = watcher.state();
    expect(state.kind === "ok" && state.policy.version).toBe("1.0");
    expect(state.kind === "ok" && state.fingerprint).not.toBe(policyFingerprint(getTemplate("taobao-cs")!));
    await watcher.ready("range-v2");
    expect(wb.runs).toBe(3); // read v1, read v2, then the recalculation of the other formulas
    expect(wb.calculations).toBe(1);
  });

  it("turns a failed read into an 'unreadable' state that formulas report, and tries again later", async () => {
    const wb = workbookWithPolicy();
    wb.failNext = true;
    const watcher = new PolicySheetsWatcher(wb.host());
    await watcher.ready();
    expect(watcher.state()).toEqual({ kind: "unreadable", message: "RichApi.Error: the workbook is busy" });
    await watcher.ready();
    expect(wb.runs).toBe(1); // not before the retry delay
    jest.setSystemTime(Date.now() + 5000);
    await watcher.ready();
    expect(watcher.state().kind).toBe("ok");
  });

  it("recalculates on first use when the workbook's results were computed with another policy (edited without the add-in)", async () => {
    const wb = workbookWithPolicy();
    const saved: { key: string | null } = { key: "old-key" };
    const host = { ...wb.host(), savedPolicyKey: () => saved.key, savePolicyKey: (k: string) => (saved.key = k) };
    const watcher = new PolicySheetsWatcher(host);
    await watcher.ready();
    expect(saved.key).toBe(policyKey(stateSignature(watcher.state())));
    expect(wb.calculations).toBe(1);
    const again = new PolicySheetsWatcher(host); // the workbook reopened with the same policy
    await again.ready();
    expect(wb.calculations).toBe(1);
  });

  it("does not recalculate a workbook that never recorded a policy, but records it", async () => {
    const wb = workbookWithPolicy();
    const saved: { key: string | null } = { key: null };
    const watcher = new PolicySheetsWatcher({ ...wb.host(), savedPolicyKey: () => saved.key, savePolicyKey: (k: string) => (saved.key = k) });
    await watcher.ready();
    expect(wb.calculations).toBe(0);
    expect(saved.key).not.toBeNull();
  });

  it("does nothing outside Excel", async () => {
    const watcher = new PolicySheetsWatcher({ run: null, supports: () => false, locale: () => "zh-CN", warn: () => undefined });
    await watcher.ready();
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
