/**
 * PROMO.COST in a real formula engine over examples/store-ops-pay.xlsx (sheet 营运部: header row 3,
 * A:N, 现月薪 in N) with the workbook's own policy sheets (pay per level on 职级): beside every row,
 * =PROMO.COST(A4:N4,A$3:N$3,,DATE(2026,11,23)) must cost what the core's `promotionCost` (the
 * figures of `promo cost`) costs that person, and 0 for everyone it does not cost.
 */
import * as path from "node:path";
import { readFileSync } from "node:fs";
import { DetailedCellError, HyperFormula, type CellValue } from "hyperformula";
import { readPolicySheets } from "../../src/cli/io/policy-workbook";
import { loadWorkbook, rosterFromWorksheet } from "../../src/cli/io/read-xlsx";
import { levelPayAmount, policyFingerprint, policyFromSheets, promotionCost, reviewRoster, type CostReport, type Policy, type Review, type RosterInput } from "../../src/core";
import * as L from "../../src/functions/logic";
import { localToday, type WorkbookPolicy } from "../../src/functions/logic";
import { hfContent } from "./hyperformula/content";
import { registerPromoPlugin } from "./hyperformula/promo-plugin";
import { AS_OF, testEnv, thrown } from "./fixtures";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "examples", "store-ops-pay.xlsx");

const COST_COL = 15; // P: the workbook's policy, 现月薪 read
const TEMPLATE_COL = 16; // Q: the store-ops template, which has no pay
const NO_PAY_COL = 17; // R: headers A:M, without 现月薪
const TARGET_COL = 18; // S: target 储备店长
const T1 = 19; // T1 holds the review date, as in the README

let hf: HyperFormula;
let input: RosterInput;
let policy: Policy;
let review: Review;
let report: CostReport;
let sheets: WorkbookPolicy;

/** Sheet rows (1-based) as Excel-shaped values, for calling the logic directly. */
let excelRows: unknown[][];

beforeAll(async () => {
  const wb = await loadWorkbook(SAMPLE);
  const read = policyFromSheets(readPolicySheets(wb));
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join("; "));
  policy = read.policy;
  sheets = { sheets: () => ({ kind: "ok", policy, fingerprint: policyFingerprint(policy) }), setting: () => null };
  input = rosterFromWorksheet(wb.getWorksheet("营运部")!);
  expect([input.firstRow, input.firstColumn]).toEqual([1, 0]);
  review = reviewRoster(input, policy, { asOf: "2026-11-23" });
  report = promotionCost(review, input, policy);
  registerPromoPlugin({ locale: "zh-CN", today: () => localToday(), workbook: sheets });
  excelRows = input.rows.map((r) => r.map((c) => (typeof c === "string" ? c : c === null || c === undefined ? null : (hfContent(c) as unknown))));
  const rows = input.rows.map((r, i) => {
    const out: unknown[] = Array.from({ length: T1 + 1 }, () => null);
    r.forEach((c, j) => (out[j] = hfContent(c)));
    const n = i + 1;
    if (n > 3) {
      out[COST_COL] = `=PROMO.COST(A${n}:N${n},A$3:N$3,,DATE(2026,11,23))`;
      out[TEMPLATE_COL] = `=PROMO.COST(A${n}:N${n},A$3:N$3,,DATE(2026,11,23),"store-ops")`;
      out[NO_PAY_COL] = `=PROMO.COST(A${n}:M${n},A$3:M$3,,DATE(2026,11,23))`;
      out[TARGET_COL] = `=PROMO.COST(A${n}:N${n},A$3:N$3,"储备店长",DATE(2026,11,23))`;
    }
    return out;
  });
  rows[0]![T1] = "=DATE(2026,11,23)";
  rows[1]![T1] = "=PROMO.COST(A27:N27,A$3:N$3,,$T$1)"; // the README's example
  hf = HyperFormula.buildFromSheets({ 营运部: rows as never }, { licenseKey: "gpl-v3" });
}, 60_000);

afterAll(() => hf?.destroy());

function cell(row1: number, col: number): CellValue {
  return hf.getCellValue({ sheet: 0, row: row1 - 1, col });
}

function errorOf(v: CellValue): [string, string] | null {
  return v instanceof DetailedCellError ? [v.value, v.message] : null;
}

describe("PROMO.COST", () => {
  it("costs every row as the core's promotionCost costs that person, 0 for everyone not costed", () => {
    expect(report.payColumn).toEqual({ header: "现月薪", column: "N" });
    expect(report.candidates).toHaveLength(10);
    const byRow = new Map(report.candidates.map((c) => [c.row, c]));
    let total = 0;
    let compared = 0;
    for (const r of review.rows) {
      const got = cell(r.row, COST_COL);
      if (r.errors.some((e) => e.code === "duplicate_id")) continue; // a formula sees one row: no duplicate
      compared++;
      if (r.status === "error") {
        expect([r.row, errorOf(got)?.[0]]).toEqual([r.row, r.errors.some((e) => e.code === "unknown_level") ? "#N/A" : "#VALUE!"]);
        continue;
      }
      const line = byRow.get(r.row);
      expect([r.row, r.id, got]).toEqual([r.row, r.id, line ? line.monthly : 0]);
      total += got as number;
    }
    expect(compared).toBeGreaterThan(40);
    expect(total).toBe(report.monthlyTotal);
    expect(total).toBe(4700); // test/cli/round.test.ts: promo cost's 每月 4,700 元
    expect(cell(27, COST_COL)).toBe(700); // 丁梓涵 领班 -> 储备店长: 5800 - 5100
    expect(cell(12, COST_COL)).toBe(1000); // 谭晓东 三级 -> 二级店长: 8500 - 7500
  });

  it("without a current-pay column, costs the new level's 月薪 or band minimum, as the core does", () => {
    const bare: RosterInput = { ...input, rows: input.rows.map((r) => r.slice(0, 13)) };
    const plain = promotionCost(reviewRoster(bare, policy, { asOf: "2026-11-23" }), bare, policy);
    expect(plain.payColumn).toBeNull();
    const byRow = new Map(plain.candidates.map((c) => [c.row, c]));
    for (const c of report.candidates) {
      const want = byRow.get(c.row)!;
      expect([c.id, cell(c.row, NO_PAY_COL)]).toEqual([c.id, want.monthly]);
      expect(want.monthly).toBe(levelPayAmount(policy.levels.find((l) => l.name === c.target))!.amount);
    }
    expect(cell(27, NO_PAY_COL)).toBe(5800);
    expect(cell(4, NO_PAY_COL)).toBe(0); // 汪子涵, not eligible
  });

  it("with a target: the cost of that level when eligible for it now, else 0; #N/A when it is not a next level", () => {
    expect(cell(27, TARGET_COL)).toBe(700); // 丁梓涵's next level is 储备店长
    const v = errorOf(cell(12, TARGET_COL)); // 谭晓东 is a 三级店长
    expect(v?.[0]).toBe("#N/A");
    expect(v?.[1]).toContain("不是“三级店长”的下一职级");
    const notMet = review.rows.find((r) => r.status !== "error" && !r.errors.length && r.targets.some((t) => t.level === "储备店长" && !t.met))!;
    expect(cell(notMet.row, TARGET_COL)).toBe(0);
  });

  it("is #N/A, saying which level has no pay, for an eligible employee under a policy without pay; 0 for the others", () => {
    for (const c of report.candidates) {
      const v = errorOf(cell(c.row, TEMPLATE_COL));
      expect([c.id, v?.[0]]).toEqual([c.id, "#N/A"]);
      expect(v?.[1]).toContain(`没有职级“${c.target}”的薪资`);
    }
    expect(cell(4, TEMPLATE_COL)).toBe(0);
    expect(errorOf(cell(27, TEMPLATE_COL))?.[1]).toBe("方案“营运部门店”没有职级“储备店长”的薪资，无法计算晋升成本：请在「职级」表填写该职级的 月薪（元）或 薪资最低（元）");
  });

  it("says so in English in an English Excel", async () => {
    const record = [excelRows[26]!.slice(0, 14)];
    const headers = [excelRows[2]!.slice(0, 14)];
    const en = testEnv({ locale: "en-US", workbook: sheets });
    expect(L.cost({ record, headers, asOf: AS_OF }, en)).toBe(700);
    const e = await thrown(() => L.cost({ record, headers, asOf: AS_OF, policy: "store-ops" }, en));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/^The policy ".+" sets no pay for 储备店长, so the promotion cannot be costed/);
  });

  it("gives the README's example", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(readme).toContain("`=PROMO.COST(A27:N27,A$3:N$3,,$T$1)`");
    expect(cell(2, T1)).toBe(700);
  });
});
