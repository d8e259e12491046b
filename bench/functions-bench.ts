import type { Cell } from "../src/core";
import { measure } from "./measure";

// Custom functions as Excel calls them in a recalculation: one burst of PROMO.ELIGIBLE calls
// (one per row, values as any[][] with serial dates and "" for empty) and one PROMO.REVIEW.

class CustomFunctionsError extends Error {
  constructor(
    public code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

/** Installs the CustomFunctions global Excel provides at run time (errors only are used). */
function installExcelGlobals(): void {
  const g = globalThis as Record<string, unknown>;
  g.CustomFunctions ??= {
    Error: CustomFunctionsError,
    associate: () => undefined,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
}

/** Timings of a 10,000-row sheet of ELIGIBLE formulas and of one REVIEW over the same rows. */
export async function measureFunctions(rows: readonly (readonly Cell[])[], asOfSerial: number): Promise<{
  eligible: { medianMs: number; minMs: number; maxMs: number; trueCount: number };
  review: { medianMs: number; minMs: number; maxMs: number; rows: number };
}> {
  installExcelGlobals();
  const F = await import("../src/functions/functions");
  const headers = [rows[0]!.map((c) => c ?? "")] as unknown[][];
  const records = rows.slice(1).map((r) => [r.map((c) => c ?? "")] as unknown[][]);
  const policy = [["taobao-cs"]];
  let trueCount = 0;
  // Distinct asOf per pass defeats the per-row result cache, as a changed input would in Excel.
  let pass = 0;
  const eligible = await measure(async () => {
    const asOf = asOfSerial + (pass++ % 2);
    const results = await Promise.all(records.map((rec) => F.eligible(rec, headers, null as never, asOf, policy)));
    trueCount = results.filter(Boolean).length;
  }, 5);
  const table = [headers[0]!, ...records.map((r) => r[0]!)];
  let spilled = 0;
  const review = await measure(async () => {
    const asOf = asOfSerial + (pass++ % 2);
    spilled = (await F.review(table, policy, asOf)).length - 1;
  }, 5);
  return { eligible: { ...eligible, trueCount }, review: { ...review, rows: spilled } };
}
