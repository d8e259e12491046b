/**
 * A 工号 typed twice (store-ops-pay's 230111: 陈丽娟, 二级店长, and 江鑫, 普通员工) is matched with the
 * previous cycle's record of the same 姓名, whatever order the previous sheet lists them in (the
 * pane's 晋升档案 log and a 晋升评审 sheet are not in roster order).
 */
import { compareCycles, cyclesFromLog, policyFromSheets, reviewRoster, type Cell, type PastCycle } from "../../src/core";
import { logTable } from "../../src/report";
import { rowsOf, sheetFromXlsx } from "../e2e/workbook-fixture";

test("a repeated 工号 is compared with the previous record of the same name, in either sheet order", async () => {
  const file = "examples/store-ops-pay.xlsx";
  const roster = await sheetFromXlsx(file, "营运部");
  const sheets = await Promise.all(["晋升方案", "职级", "规则"].map((n) => sheetFromXlsx(file, n)));
  const read = policyFromSheets(sheets.map((s) => ({ name: s.name, rows: rowsOf(s).rows as Cell[][] })));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  const input = { sheet: roster.name, rows: rowsOf(roster).rows as Cell[][] };
  const may = reviewRoster(input, read.policy, { asOf: "2026-05-23", locale: "zh-CN" });
  const nov = reviewRoster(input, read.policy, { asOf: "2026-11-23", locale: "zh-CN" });
  const records = may.rows.filter((r) => r.id !== "").map((r) => ({ id: r.id, name: r.name, level: r.level, status: r.status }));
  expect(records.filter((r) => r.id === "230111").map((r) => r.name)).toEqual(["陈丽娟", "江鑫"]);
  const inOrder: PastCycle = { asOf: may.asOf, records };
  const reversed: PastCycle = { asOf: may.asOf, records: [...records].reverse() };
  const a = compareCycles(nov, input, read.policy, [inOrder]);
  const b = compareCycles(nov, input, read.policy, [reversed]);
  expect(b.counts).toEqual(a.counts);
  const entry = (r: typeof a) => r.entries.find((e) => e.id === "230111");
  expect(entry(a)).toMatchObject({ name: "陈丽娟", previousLevel: "二级店长", category: "still_not_eligible" });
  expect(entry(b)).toEqual(entry(a));
});

test("a 晋升档案 log keeps both people of a 工号 typed twice, and compares as the review rows do", async () => {
  const file = "examples/store-ops-pay.xlsx";
  const roster = await sheetFromXlsx(file, "营运部");
  const sheets = await Promise.all(["晋升方案", "职级", "规则"].map((n) => sheetFromXlsx(file, n)));
  const read = policyFromSheets(sheets.map((s) => ({ name: s.name, rows: rowsOf(s).rows as Cell[][] })));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  const input = { sheet: roster.name, rows: rowsOf(roster).rows as Cell[][] };
  const may = reviewRoster(input, read.policy, { asOf: "2026-05-23", locale: "zh-CN" });
  const nov = reviewRoster(input, read.policy, { asOf: "2026-11-23", locale: "zh-CN" });
  const log = logTable(may, "zh-CN", "2026-05-23 10:00");
  const cycles = cyclesFromLog({ name: "晋升档案", rows: [log.columns.map((c) => c.header), ...log.rows] as Cell[][] });
  if (!cycles) throw new Error("the log was not read");
  expect(cycles[0]?.records.filter((r) => r.id === "230111").map((r) => r.name).sort()).toEqual(["江鑫", "陈丽娟"].sort());
  const direct: PastCycle = { asOf: may.asOf, records: may.rows.filter((r) => r.id !== "").map((r) => ({ id: r.id, name: r.name, level: r.level, status: r.status })) };
  expect(compareCycles(nov, input, read.policy, cycles).counts).toEqual(compareCycles(nov, input, read.policy, [direct]).counts);
});
