/**
 * The task pane's Office.js adapter: the only place (besides the custom functions) that calls
 * `Excel.run`. It takes and returns core and report types; the pane never sees Excel objects.
 */
export { probeRosterSources, readRoster, addressOf } from "./roster";
export type { RosterSource, RosterSourceKind, RosterProbe, RosterRead } from "./roster";
export { saveMapping, OWNERSHIP_KEY, MAPPING_KEY } from "./settings";
export type { MappingStore, Ownership } from "./settings";
export { writeReviewOutput, writeShortlistOutput, writeSummaryOutput } from "./outputs";
export { readLogCycles } from "./log-cycles";
export type { LogCycles } from "./log-cycles";
export type { ReviewOutputOptions } from "./outputs";
export { writeProductSheets } from "./product-sheets";
export type { WriteSheetsOptions, WriteSheetsResult, WriteProgress } from "./product-sheets";
export { selectCell, selectedRow, showSheet, splitAddress } from "./navigate";
export type { RequestStats } from "./request-batcher";
export { REQUEST_BUDGET } from "./payload";
export { cellFromRange, rangeValue, serialFromIso } from "./cells";
