/** What the pane needs from Excel, as one interface: the adapter in Excel, fakes in tests. */
import type { Locale, MappingOverride, Review, ShortlistEntry } from "../core";
import type { MappingStore, RosterProbe, RosterRead, RosterSource, WriteProgress, WriteSheetsResult } from "../excel";
import type { SheetsPolicyState } from "../functions/logic/env";

/** The pane's view of the workbook. */
export interface ExcelPort {
  probe(): Promise<RosterProbe>;
  read(source: RosterSource): Promise<RosterRead>;
  saveMapping(sheet: string, override: MappingOverride, known: MappingStore): Promise<MappingStore>;
  /** The workbook's policy sheets (晋升方案 / 职级 / 规则), read and checked. */
  policySheets(): Promise<SheetsPolicyState>;
  writeReview(review: Review, locale: Locale, recordedAt: string, onProgress: WriteProgress): Promise<WriteSheetsResult>;
  writeShortlist(review: Review, level: string, count: number, entries: readonly ShortlistEntry[], locale: Locale): Promise<WriteSheetsResult>;
  /** Remembers a built-in template as the workbook's scheme for PROMO formulas, and recalculates them. */
  rememberPolicy(templateId: string): Promise<void>;
  selectCell(address: string): Promise<void>;
  showSheet(name: string): Promise<void>;
}
