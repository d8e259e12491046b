/**
 * PROMO formulas computed by a real formula engine over the sample roster, agreeing row for row
 * with the core's batch review (what `promo review --json` prints).
 *
 * examples/taobao-cs.xlsx (sheet 客服部: title in row 1, header in row 3, 80 people in rows
 * 4-84 with one blank row and six messy ones) is loaded into HyperFormula as Excel holds it:
 * text stays text, dates are serial numbers, percents are fractions, #N/A is an error value.
 * Beside each row: =PROMO.ELIGIBLE(A4:Q4,A$3:Q$3,,DATE(2026,11,23)) and the other per-row
 * functions, with no policy argument (the template is picked from the level names); on a second
 * sheet one spilled =PROMO.REVIEW('客服部'!A1:Q84,,DATE(2026,11,23)).
 */
import * as path from "node:path";
import { HyperFormula, type CellValue, DetailedCellError } from "hyperformula";
import { loadWorkbook, rosterFromWorksheet } from "../../src/cli/io/read-xlsx";
import {
  formatGaps,
  pickTemplate,
  reviewRoster,
  rosterLevelTexts,
  TEMPLATES,
  statusLabel,
  type Policy,
  type Review,
  type RosterInput,
  type RowResult,
} from "../../src/core";
import { localToday, NO_WORKBOOK_POLICY } from "../../src/functions/logic";
import { serial } from "./fixtures";
import { hfContent } from "./hyperformula/content";
import { registerPromoPlugin } from "./hyperformula/promo-plugin";

const SAMPLE = path.join(__dirname, "..", "..", "examples", "taobao-cs.xlsx");
const AS_OF = "DATE(2026,11,23)";
const LAST_COLUMN = "Q";
const PER_ROW = ["ELIGIBLE", "STATUS", "NEXT", "GAPS", "SCORE", "READYDATE", "ALLOWANCE"] as const;
/** Formula columns start at S (index 18), one per function, then TENURE of 任现职日期 (column G). */
const FIRST_FORMULA_COL = 18;

let input: RosterInput;
let policy: Policy;
let review: Review;
let hf: HyperFormula;
let dataSheet: number;
let reviewSheet: number;
let headerRow: number;

/** A roster cell as HyperFormula content, the way Excel holds it. */

function value(sheet: number, row1: number, col0: number): CellValue {
  return hf.getCellValue({ sheet, row: row1 - 1, col: col0 });
}

function isError(v: CellValue): v is DetailedCellError {
  return v instanceof DetailedCellError;
}

/** The expected values of the per-row functions for one reviewed row (computed from the review, not by the functions' code). */
function expected(r: RowResult): Record<(typeof PER_ROW)[number], unknown> {
  const met = r.targets.filter((t) => t.met);
  const scored = r.targets.find((t) => t.met && t.score !== null) ?? r.targets.find((t) => t.score !== null);
  const ready = r.targets.find((t) => t.readyDate !== null)?.readyDate ?? null;
  const unmet = r.targets.filter((t) => t.unmet.length > 0);
  return {
    ELIGIBLE: met.length > 0,
    STATUS: statusLabel(r.status, "zh-CN"),
    NEXT: (met.length > 0 ? met : r.targets).map((t) => t.level).join("/"),
    GAPS: met.length > 0 || unmet.length === 0 ? "" : formatGaps(unmet[0]!.unmet, "zh-CN"),
    SCORE: r.targets.length === 0 || !scored ? "#N/A" : scored.score,
    READYDATE: r.targets.length === 0 || ready === null ? "#N/A" : serial(ready),
    ALLOWANCE: r.allowance,
  };
}

beforeAll(async () => {
  const workbook = await loadWorkbook(SAMPLE);
  input = rosterFromWorksheet(workbook.getWorksheet("客服部")!);
  expect(input.firstRow).toBe(1);
  expect(input.firstColumn).toBe(0);
  policy = pickTemplate(rosterLevelTexts(input), TEMPLATES)!.policy; // what the CLI picks without --policy
  expect(policy.id).toBe("taobao-cs");
  review = reviewRoster(input, policy, { asOf: "2026-11-23" });
  headerRow = review.headerRow;
  expect(headerRow).toBe(3);

  registerPromoPlugin({ locale: "zh-CN", today: () => localToday(), workbook: NO_WORKBOOK_POLICY });
  const rows = input.rows.map((r) => {
    const out: unknown[] = Array.from({ length: FIRST_FORMULA_COL + PER_ROW.length + 1 }, () => null);
    r.forEach((c, j) => (out[j] = hfContent(c)));
    return out;
  });
  for (let i = headerRow; i < rows.length; i++) {
    const r = i + 1;
    PER_ROW.forEach((fn, k) => (rows[i]![FIRST_FORMULA_COL + k] = `=PROMO.${fn}(A${r}:${LAST_COLUMN}${r},A$${headerRow}:${LAST_COLUMN}$${headerRow},,${AS_OF})`));
    rows[i]![FIRST_FORMULA_COL + PER_ROW.length] = `=PROMO.TENURE(G${r},${AS_OF})`;
  }
  const last = input.rows.length;
  hf = HyperFormula.buildFromSheets(
    {
      客服部: rows as never,
      // A1: the template picked from the level names; J1: the template named.
      评审: [
        [
          `=PROMO.REVIEW('客服部'!A1:${LAST_COLUMN}${last},,${AS_OF})`,
          ...Array.from({ length: 8 }, () => null),
          `=PROMO.REVIEW('客服部'!A1:${LAST_COLUMN}${last},"taobao-cs",${AS_OF})`,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          // an aggregate over the ELIGIBLE column (HyperFormula wants TRUE(), not a bare TRUE)
          `=COUNTIF('客服部'!S${headerRow + 1}:S${last},TRUE())`,
        ],
      ] as never,
    },
    { licenseKey: "gpl-v3" },
  );
  dataSheet = hf.getSheetId("客服部")!;
  reviewSheet = hf.getSheetId("评审")!;
}, 60_000);

afterAll(() => hf?.destroy());

describe("PROMO formulas in HyperFormula over examples/taobao-cs.xlsx", () => {
  it("has a result beside every data row, and the review has 80 people", () => {
    expect(review.rows).toHaveLength(80);
    for (let r = headerRow + 1; r <= input.rows.length; r++) expect(value(dataSheet, r, FIRST_FORMULA_COL)).not.toBeNull();
  });

  it("agrees with the batch review row for row on clean rows", () => {
    let checked = 0;
    for (const r of review.rows.filter((x) => x.errors.length === 0)) {
      const want = expected(r);
      PER_ROW.forEach((fn, k) => {
        const got = value(dataSheet, r.row, FIRST_FORMULA_COL + k);
        const w = want[fn];
        if (w === "#N/A") {
          expect(isError(got) && got.value).toBe("#N/A");
        } else {
          expect([r.row, fn, got]).toEqual([r.row, fn, w]);
        }
      });
      checked++;
    }
    expect(checked).toBe(74);
  });

  it("counts the same eligible people as the review summary (the two duplicate-id rows aside)", () => {
    const rows = review.rows.filter((r) => !r.errors.some((e) => e.code === "duplicate_id"));
    const statuses = rows.map((r) => value(dataSheet, r.row, FIRST_FORMULA_COL + 1));
    expect(statuses.filter((s) => s === "可晋升")).toHaveLength(review.summary.byStatus.eligible);
    expect(statuses.filter((s) => s === "已最高")).toHaveLength(review.summary.byStatus.top);
    expect(statuses.filter((s) => s === "数据错误")).toHaveLength(review.summary.byStatus.error - 2);
    const eligible = review.rows.filter((r) => value(dataSheet, r.row, FIRST_FORMULA_COL) === true).length;
    expect(hf.getCellValue({ sheet: reviewSheet, row: 0, col: 18 })).toBe(eligible);
    const qualifies = (r: RowResult) => r.targets.some((t) => t.met);
    const duplicates = review.rows.filter((r) => r.errors.length > 0 && r.errors.every((e) => e.code === "duplicate_id"));
    expect(eligible).toBe(rows.filter((r) => r.errors.length === 0 && qualifies(r)).length + duplicates.filter(qualifies).length);
  });

  it("gives 数据错误 and an Excel error naming the cell's header and value on rows with unreadable cells", () => {
    const bad = review.rows.filter((r) => r.errors.some((e) => e.code !== "duplicate_id"));
    expect(bad).toHaveLength(4); // 优秀, 2023-02-30, #N/A, 中级课服
    for (const r of bad) {
      expect(value(dataSheet, r.row, FIRST_FORMULA_COL + 1)).toBe("数据错误");
      const eligible = value(dataSheet, r.row, FIRST_FORMULA_COL);
      expect(isError(eligible)).toBe(true);
      const e = eligible as DetailedCellError;
      expect(e.value).toBe(r.errors.some((x) => x.code === "unknown_level") ? "#N/A" : "#VALUE!");
      for (const x of r.errors) expect(e.message).toContain(x.message);
    }
  });

  it("cannot see duplicate 工号 row by row: those rows are evaluated like any other (REVIEW flags them)", () => {
    const dups = review.rows.filter((r) => r.errors.length > 0 && r.errors.every((e) => e.code === "duplicate_id"));
    expect(dups).toHaveLength(2);
    for (const r of dups) {
      const alone = reviewRoster({ sheet: "客服部", rows: [input.rows[headerRow - 1]!, input.rows[r.row - 1]!] }, policy, { asOf: "2026-11-23" }).rows[0]!;
      expect(alone.errors).toEqual([]);
      expect(value(dataSheet, r.row, FIRST_FORMULA_COL + 1)).toBe(statusLabel(alone.status, "zh-CN"));
    }
  });

  it("gives #N/A for the blank row inside the data", () => {
    const reviewed = new Set(review.rows.map((r) => r.row));
    const blank = Array.from({ length: input.rows.length - headerRow }, (_, i) => headerRow + 1 + i).filter((r) => !reviewed.has(r));
    expect(blank).toEqual([52]);
    const v = value(dataSheet, 52, FIRST_FORMULA_COL);
    expect(isError(v) && v.value).toBe("#N/A");
  });

  it("computes TENURE of the date-in-level column like the review's years in level", () => {
    let checked = 0;
    for (const r of review.rows) {
      const start = input.rows[r.row - 1]![6];
      if (!(start instanceof Date) || r.yearsInLevel === null) continue;
      expect(value(dataSheet, r.row, FIRST_FORMULA_COL + PER_ROW.length)).toBeCloseTo(r.yearsInLevel, 9); // HyperFormula rounds results to 10 digits
      checked++;
    }
    expect(checked).toBeGreaterThan(60);
  });

  it("spills =PROMO.REVIEW(...) as the review: a header row, then one row per person, as the CLI lists them", () => {
    for (const left of [0, 9]) {
      expect(hf.getCellValue({ sheet: reviewSheet, row: 0, col: left })).toBe("工号");
      review.rows.forEach((r, i) => {
        const row = Array.from({ length: 8 }, (_, c) => hf.getCellValue({ sheet: reviewSheet, row: 1 + i, col: left + c }));
        const want = expected(r);
        const errors = r.errors.map((e) => e.message).join("；");
        expect(row[0]).toBe(r.id);
        expect(row[1]).toBe(r.name);
        expect(row[2]).toBe(r.level);
        expect(row[3]).toBe(want.STATUS);
        expect(row[4]).toBe(want.NEXT);
        expect(row[5]).toBe(typeof want.SCORE === "number" ? want.SCORE : "");
        expect(row[6]).toBe(r.status === "error" ? errors : want.GAPS);
        expect(row[7]).toBe(typeof want.READYDATE === "number" ? want.READYDATE : "");
      });
    }
  });
});
