/**
 * Rows as Excel hands them to a custom function: `any[][]` with dates as serial numbers, "" for
 * empty cells, Excel error objects, and `null` for omitted optional arguments.
 */
import { dayFromIso, serialFromDay } from "../../src/core";
import { NO_WORKBOOK_POLICY, type FormulaEnv, type WorkbookPolicy } from "../../src/functions/logic";

/** Excel serial number of an ISO date. */
export function serial(iso: string): number {
  return serialFromDay(dayFromIso(iso)!);
}

/** The as-of date of every test, 2026-11-23, as Excel passes DATE(2026,11,23). */
export const AS_OF = serial("2026-11-23");

/** What Excel passes for an omitted optional argument: null (typed for the wrappers' `arg?: T`). */
export const OMITTED = null as never;

/** An Excel error value as custom functions receive it with allowErrorForDataTypeAny. */
export function excelError(code: string): unknown {
  const CF = (globalThis as unknown as { CustomFunctions: { Error: new (code: string, message?: string) => unknown } }).CustomFunctions;
  return new CF.Error(code);
}

/** A 淘宝客服 header row (a 1xN range: Table[#Headers]). */
export const CS_HEADERS: unknown[][] = [
  ["工号", "姓名", "部门", "职级", "入职日期", "任现职日期", "接待量", "客户满意度", "差错率", "低质评价", "技能考核", "绩效得分", "协作能力", "学习成长", "技能证书"],
];

/** One 淘宝客服 row; `over` replaces cells by header text. */
export function csRow(over: Record<string, unknown> = {}): unknown[][] {
  const base: Record<string, unknown> = {
    工号: "KF001",
    姓名: "张三",
    部门: "售前组",
    职级: "中级客服",
    入职日期: serial("2023-03-01"),
    任现职日期: serial("2025-11-23"),
    接待量: 6000,
    客户满意度: 0.96,
    差错率: 0.005,
    低质评价: 0,
    技能考核: 85,
    绩效得分: 90,
    协作能力: 85,
    学习成长: 85,
    技能证书: "有",
  };
  const cells = { ...base, ...over };
  return [CS_HEADERS[0]!.map((h) => cells[h as string])];
}

/** A 营运部门店 header row. */
export const STORE_HEADERS: unknown[][] = [["工号", "姓名", "门店", "岗位", "入职日期", "任现职日期", "绩效", "技能考核", "培训结业"]];

/** A 运营双通道 header row. */
export const DUAL_HEADERS: unknown[][] = [["工号", "姓名", "部门", "当前岗位", "入职日期", "任现职日期", "绩效", "技能得分", "管理能力"]];

/** A test host: Chinese, today = 2026-11-23, no policy sheets or setting unless given. */
export function testEnv(over: { locale?: "zh-CN" | "en-US"; workbook?: Partial<WorkbookPolicy> } = {}): FormulaEnv {
  return {
    locale: over.locale ?? "zh-CN",
    today: () => dayFromIso("2026-11-23")!,
    workbook: { ...NO_WORKBOOK_POLICY, ...over.workbook },
  };
}

/** Runs `fn` and returns the thrown error (fails when nothing is thrown). */
export async function thrown(fn: () => unknown): Promise<{ code: string; message: string }> {
  try {
    await fn();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("expected an error");
}
