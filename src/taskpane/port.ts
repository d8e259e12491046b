/** What the pane needs from Excel, as one interface: the adapter in Excel, fakes in tests. */
import type { CascadeStep, Locale, MappingOverride, PastCycle, Review, ShortlistEntry } from "../core";
import type { MappingStore, RosterProbe, RosterRead, RosterSource, WriteProgress, WriteSheetsResult } from "../excel";
import type { AppliedPolicy } from "../excel/settings";
import type { SummaryInsights } from "../report";
import type { SheetsPolicyState } from "../core";

/** What a review write adds beyond the review itself. */
export interface ReviewWriteExtras {
  readonly insights?: SummaryInsights;
  readonly applied?: AppliedPolicy;
}

/** The pane's view of the workbook. */
export interface ExcelPort {
  probe(): Promise<RosterProbe>;
  read(source: RosterSource): Promise<RosterRead>;
  saveMapping(sheet: string, override: MappingOverride, known: MappingStore): Promise<MappingStore>;
  /** The workbook's policy sheets (晋升方案 / 职级 / 规则), read and checked; `fresh` reads them again now. */
  policySheets(fresh?: boolean): Promise<SheetsPolicyState>;
  /** The policy the last review recorded as applied, or null. */
  appliedPolicy(): Promise<AppliedPolicy | null>;
  /** Writes a review's sheets; `extras` adds the summary's insights and records the applied policy. */
  writeReview(review: Review, locale: Locale, recordedAt: string, onProgress: WriteProgress, extras?: ReviewWriteExtras): Promise<WriteSheetsResult>;
  /** The cycles of the product's 晋升档案 log dated before `before` (YYYY-MM-DD), oldest first. */
  logCycles(roster: string, before: string): Promise<readonly PastCycle[]>;
  /** Rewrites only the product's 晋升汇总 from a review and its insights. */
  writeSummary(review: Review, locale: Locale, insights: SummaryInsights): Promise<WriteSheetsResult>;
  /** The monthly budget remembered in the workbook, or null. */
  budget(): Promise<number | null>;
  /** Remembers the monthly budget in the workbook; null clears it. */
  saveBudget(budget: number | null): Promise<void>;
  /** Writes a vacancy shortlist to 空缺候选; with `cascade`, the vacancy cascade below it. */
  writeShortlist(review: Review, level: string, count: number, entries: readonly ShortlistEntry[], locale: Locale, cascade?: readonly CascadeStep[]): Promise<WriteSheetsResult>;
  /** Remembers a built-in template as the workbook's scheme for PROMO formulas, and recalculates them. */
  rememberPolicy(templateId: string): Promise<void>;
  selectCell(address: string): Promise<void>;
  /** The sheet and values of the selected cell's row, or null (the 发展计划 view's "selected row"). */
  selectedRow(): Promise<{ sheet: string; values: unknown[] } | null>;
  showSheet(name: string): Promise<void>;
}
