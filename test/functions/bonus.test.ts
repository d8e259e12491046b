/**
 * PROMO.BONUS in a real formula engine over examples/ecom-cs.xlsx with the workbook's policy
 * sheets holding example bonus tiers: beside every row, =PROMO.BONUS(A2:L2,A$1:L$1,DATE(2026,11,23))
 * must pay what the batch review (`promo review --json`) pays.
 */
import * as path from "node:path";
import { DetailedCellError, HyperFormula, type CellValue } from "hyperformula";
import { loadWorkbook, rosterFromWorksheet } from "../../src/cli/io/read-xlsx";
import {
  getTemplate,
  policyFingerprint,
  reviewRoster,
  type Policy,
  type Review,
} from "../../src/core";
import { localToday, type WorkbookPolicy } from "../../src/functions/logic";
import { hfContent } from "./hyperformula/content";
import { registerPromoPlugin } from "./hyperformula/promo-plugin";

const SAMPLE = path.join(__dirname, "..", "..", "examples", "ecom-cs.xlsx");

/** The example tiers of test/cli/bonus.test.ts (amounts are examples). */
const POLICY: Policy = {
  ...getTemplate("ecom-cs")!,
  id: "ecom-cs-bonus",
  bonus: {
    tiers: [
      { name: "A档", criteria: [{ field: "tickets", op: ">=", value: 6000 }, { field: "csat", op: ">=", value: 0.97 }], amount: 800 },
      { name: "B档", criteria: [{ field: "tickets", op: ">=", value: 4000 }, { field: "csat", op: ">=", value: 0.95 }], amount: 500 },
      { name: "C档", levels: ["初级客服", "中级客服"], criteria: [{ field: "tickets", op: ">=", value: 2000 }, { field: "csat", op: ">=", value: 0.92 }], amount: 200 },
    ],
  },
};

const SHEETS: WorkbookPolicy = { sheets: () => ({ kind: "ok", policy: POLICY, fingerprint: policyFingerprint(POLICY) }), setting: () => null };


let hf: HyperFormula;
let review: Review;
const BONUS_COL = 13; // column N

beforeAll(async () => {
  const wb = await loadWorkbook(SAMPLE);
  const input = rosterFromWorksheet(wb.getWorksheet("Sheet1")!);
  review = reviewRoster(input, POLICY, { asOf: "2026-11-23" });
  registerPromoPlugin({ locale: "zh-CN", today: () => localToday(), workbook: SHEETS });
  const rows = input.rows.map((r, i) => {
    const out: unknown[] = Array.from({ length: BONUS_COL + 2 }, () => null);
    r.forEach((c, j) => (out[j] = hfContent(c)));
    if (i > 0) {
      out[BONUS_COL] = `=PROMO.BONUS(A${i + 1}:L${i + 1},A$1:L$1,DATE(2026,11,23))`;
      out[BONUS_COL + 1] = `=PROMO.BONUS(A${i + 1}:L${i + 1},A$1:L$1,DATE(2026,11,23),"ecom-cs")`;
    }
    return out;
  });
  hf = HyperFormula.buildFromSheets({ Sheet1: rows as never }, { licenseKey: "gpl-v3" });
}, 60_000);

afterAll(() => hf?.destroy());

function cell(row1: number, col: number): CellValue {
  return hf.getCellValue({ sheet: 0, row: row1 - 1, col });
}

describe("PROMO.BONUS", () => {
  it("pays what the batch review pays on every clean row, and the same total", () => {
    let total = 0;
    for (const r of review.rows) {
      const got = cell(r.row, BONUS_COL);
      if (r.errors.some((e) => e.code === "duplicate_id")) continue; // a formula sees one row: no duplicate
      if (r.status === "error") {
        expect(got instanceof DetailedCellError && got.value).toBe(r.errors.some((e) => e.code === "unknown_level") ? "#N/A" : "#VALUE!");
        continue;
      }
      expect([r.row, got]).toEqual([r.row, r.bonus!.amount]);
      total += got as number;
    }
    expect(total).toBe(5300);
    expect(review.summary.bonusTotal).toBe(5300);
    expect(cell(34, BONUS_COL)).toBe(200); // 陈洋, C档
    expect(cell(13, BONUS_COL)).toBe(800); // 陈欣然, A档
  });

  it("is #N/A under a policy without bonus tiers", () => {
    const v = cell(13, BONUS_COL + 1);
    expect(v instanceof DetailedCellError && v.value).toBe("#N/A");
    expect(v instanceof DetailedCellError && v.message).toContain("没有奖金档位");
  });
});
