// Section 6: the task pane's Office.js adapter reviewing a roster against the office-addin-mock
// workbook of the unit tests (test/excel/mock-excel.ts), which counts requests (context.sync
// calls) and measures each request's and response's JSON payload itself.
import { reviewRoster, getTemplate, type Cell } from "../src/core";
import { MockExcel } from "../test/excel/mock-excel";
import { AS_OF, generateRoster } from "./roster-gen";

/** What one adapter review cost. */
export interface AdapterFigures {
  rows: number;
  /** Requests (context.sync calls) of the whole review: probe, read, write. */
  requests: number;
  probeRequests: number;
  readRequests: number;
  writeRequests: number;
  /** Largest payload of any request or response, as the mock measured it (JSON bytes of values and number formats). */
  maxRequestBytes: number;
  /** Payload of all requests and responses, as the mock measured it. */
  totalBytes: number;
  /** Largest payload by the adapter's own estimate (what it budgets against, 4 MB). */
  maxEstimateBytes: number;
  eligible: number;
}

/** Excel's values and number formats for a bench roster: dates as serials, percents formatted. */
function excelSheet(rows: readonly (readonly Cell[])[]): { values: (string | number)[][]; formats: string[][] } {
  const values = rows.map((r) => r.map((c) => (c === null || c === undefined ? "" : (c as string | number))));
  const formats = rows.map((r, i) => r.map((_, j) => (i === 0 ? "General" : j === 4 || j === 5 ? "yyyy-mm-dd" : j === 10 ? "0.0%" : j === 12 ? "0.00%" : "General")));
  return { values, formats };
}

/**
 * Reviews an `n`-row roster through the adapter as the task pane does: probe the workbook for
 * roster ranges, read the used range, review it with the core, write 晋升评审, 人才库, 晋升汇总
 * and the 晋升档案 log.
 */
export async function adapterReview(n: number): Promise<AdapterFigures> {
  const mock = new MockExcel();
  (globalThis as Record<string, unknown>).Excel = mock.excel;
  const { values, formats } = excelSheet(generateRoster(n));
  mock.addSheet("花名册", values, formats);
  mock.selection = { sheet: "花名册", r0: 0, c0: 0, nr: 1, nc: 1 };
  // The adapter reads the `Excel` global when called; load it once the mock is in place.
  const adapter = await import("../src/excel");
  const probe = await adapter.probeRosterSources();
  const probeRequests = mock.syncs;
  const source = probe.sources.find((s) => s.kind === "used");
  if (!source) throw new Error("adapter bench: the probe found no used range");
  const read = await adapter.readRoster(source);
  const readRequests = mock.syncs - probeRequests;
  const review = reviewRoster(read.roster, getTemplate("taobao-cs")!, { asOf: AS_OF, locale: "zh-CN" });
  const written = await adapter.writeReviewOutput(review, "zh-CN", { recordedAt: `${AS_OF} 10:00` });
  const writeRequests = mock.syncs - probeRequests - readRequests;
  if (mock.values("晋升评审").length !== n + 2) throw new Error(`adapter bench: 晋升评审 has ${mock.values("晋升评审").length} rows, expected ${n + 2}`);
  return {
    rows: n,
    requests: mock.syncs,
    probeRequests,
    readRequests,
    writeRequests,
    maxRequestBytes: Math.max(...mock.requests.map((r) => Math.max(r.sent, r.received))),
    totalBytes: mock.requests.reduce((n, r) => n + r.sent + r.received, 0),
    maxEstimateBytes: Math.max(probe.stats.maxBytes, read.stats.maxBytes, written.stats.maxBytes),
    eligible: review.summary.byStatus.eligible,
  };
}
