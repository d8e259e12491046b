/**
 * PROMO.READINESS and PROMO.PLAN in a real formula engine over examples/taobao-cs.xlsx (sheet
 * 客服部, header row 3, A:Q): beside every row, the formulas must give what `promo pipeline` and
 * `promo plan` give for that row (the core's talent report of the batch review).
 */
import * as path from "node:path";
import { DetailedCellError, HyperFormula, type CellValue } from "hyperformula";
import { loadWorkbook, rosterFromWorksheet } from "../../src/cli/io/read-xlsx";
import { bandLabel, getTemplate, planSentence, reviewRoster, talentReport, type Review, type TalentReport } from "../../src/core";
import { localToday, NO_WORKBOOK_POLICY } from "../../src/functions/logic";
import { hfContent } from "./hyperformula/content";
import { registerPromoPlugin } from "./hyperformula/promo-plugin";

const SAMPLE = path.join(__dirname, "..", "..", "examples", "taobao-cs.xlsx");
const POLICY = getTemplate("taobao-cs")!;
const READINESS_COL = 19; // column T
const PLAN_COL = 20; // column U

let hf: HyperFormula;
let review: Review;
let talent: TalentReport;

beforeAll(async () => {
  const wb = await loadWorkbook(SAMPLE);
  const input = rosterFromWorksheet(wb.getWorksheet("客服部")!);
  review = reviewRoster(input, POLICY, { asOf: "2026-11-23" });
  talent = talentReport(review, input, POLICY);
  registerPromoPlugin({ locale: "zh-CN", today: () => localToday(), workbook: NO_WORKBOOK_POLICY });
  const first = input.firstRow ?? 1;
  const rows: unknown[][] = [];
  input.rows.forEach((r, i) => {
    const sheetRow = first + i;
    const out: unknown[] = Array.from({ length: PLAN_COL + 1 }, () => null);
    r.forEach((c, j) => (out[(input.firstColumn ?? 0) + j] = hfContent(c)));
    if (sheetRow > 3) {
      out[READINESS_COL] = `=PROMO.READINESS(A${sheetRow}:Q${sheetRow},A$3:Q$3,,DATE(2026,11,23),"taobao-cs")`;
      out[PLAN_COL] = `=PROMO.PLAN(A${sheetRow}:Q${sheetRow},A$3:Q$3,,DATE(2026,11,23),"taobao-cs")`;
    }
    rows[sheetRow - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  hf = HyperFormula.buildFromSheets({ 客服部: rows as never }, { licenseKey: "gpl-v3" });
}, 60_000);

afterAll(() => hf?.destroy());

function cell(row1: number, col: number): CellValue {
  return hf.getCellValue({ sheet: 0, row: row1 - 1, col });
}

describe("PROMO.READINESS", () => {
  it("gives the band promo pipeline gives on every row that is not a duplicate", () => {
    const seen: Record<string, number> = {};
    for (const r of talent.readiness) {
      const row = review.rows.find((x) => x.row === r.row)!;
      if (row.errors.some((e) => e.code === "duplicate_id")) continue; // a formula sees one row: no duplicate
      const got = cell(r.row, READINESS_COL);
      expect([r.row, got]).toEqual([r.row, bandLabel(r.band, [12, 24], "zh-CN")]);
      seen[r.band] = (seen[r.band] ?? 0) + 1;
    }
    expect(seen.ready_now).toBe(19);
    expect(seen.within_1y).toBe(17);
  });

  it("names the band of a hand-checked row", () => {
    expect(cell(38, READINESS_COL)).toBe("1 年内"); // 唐娟: only 任现职 missing, met 2027-01-06
  });
});

describe("PROMO.PLAN", () => {
  it("ends with the sentence promo plan gives, and is empty when ready now", () => {
    for (const p of talent.plans) {
      const got = cell(p.row, PLAN_COL);
      if (got instanceof DetailedCellError) throw new Error(`row ${p.row}: ${got.message}`);
      for (const t of p.targets) expect(String(got)).toContain(planSentence(t, "zh-CN"));
    }
    const ready = talent.readiness.find((r) => r.band === "ready_now")!;
    expect(cell(ready.row, PLAN_COL)).toBe("");
    expect(cell(8, PLAN_COL)).toBe("1. 技能考核（培训中期综合考核）（培训部，6 周，2027-01-04 完成）；完成「技能考核（培训中期综合考核）」后，预计 2027-01-04 可晋升为高级客服");
  });

  it("is #N/A at the top of the ladder", () => {
    const top = talent.readiness.find((r) => r.band === "top")!;
    const v = cell(top.row, PLAN_COL);
    expect(v instanceof DetailedCellError && v.value).toBe("#N/A");
  });
});
