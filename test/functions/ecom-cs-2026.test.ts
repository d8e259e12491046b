/**
 * examples/ecom-cs-2026.xlsx (blockers and rolling windows) in a real formula engine: with the
 * workbook's own policy sheets and no policy argument, =PROMO.STATUS / ELIGIBLE / GAPS / READYDATE
 * beside every row, given the header row as a range (monthly headers included), must agree with
 * `promo review --json` row for row, and with the hand-checked rows.
 */
import * as path from "node:path";
import { DetailedCellError, HyperFormula, type CellValue } from "hyperformula";
import { readPolicySheets } from "../../src/cli/io/policy-workbook";
import { loadWorkbook, rosterFromWorksheet } from "../../src/cli/io/read-xlsx";
import {
  columnLetters,
  dayFromIso,
  formatGaps,
  policyFingerprint,
  policyFromSheets,
  serialFromDay,
  statusLabel,
  type Review,
} from "../../src/core";
import { localToday, type WorkbookPolicy } from "../../src/functions/logic";
import { FILE, FINGERPRINT, PINNED } from "../cli/ecom-cs-2026-pinned";
import { ensureCliBuilt, promo } from "../cli/run-cli";
import { hfContent } from "./hyperformula/content";
import { registerPromoPlugin } from "./hyperformula/promo-plugin";

const FUNCTIONS = ["STATUS", "ELIGIBLE", "GAPS", "READYDATE"] as const;


let hf: HyperFormula;
let review: Review;
let firstFormulaCol = 0;

beforeAll(async () => {
  ensureCliBuilt();
  const cli = await promo(["review", FILE, "--as-of", "2026-11-23", "--json"]);
  expect(cli.code).toBe(0);
  review = JSON.parse(cli.stdout) as Review;

  const wb = await loadWorkbook(path.join(__dirname, "..", "..", FILE));
  const read = policyFromSheets(readPolicySheets(wb));
  if (!read.ok) throw new Error("the sample's policy sheets do not read");
  expect(policyFingerprint(read.policy)).toBe(FINGERPRINT);
  const sheets: WorkbookPolicy = { sheets: () => ({ kind: "ok", policy: read.policy, fingerprint: FINGERPRINT }), setting: () => null };
  registerPromoPlugin({ locale: "zh-CN", today: () => localToday(), workbook: sheets });

  const input = rosterFromWorksheet(wb.getWorksheet("客服部")!);
  const width = Math.max(...input.rows.map((r) => r.length));
  const right = columnLetters(width - 1);
  firstFormulaCol = width + 1;
  const data: unknown[][] = [];
  for (let i = 1; i < (input.firstRow ?? 1); i++) data.push([]);
  input.rows.forEach((r, i) => {
    const sheetRow = (input.firstRow ?? 1) + i;
    const out: unknown[] = Array.from({ length: firstFormulaCol + FUNCTIONS.length }, () => null);
    r.forEach((c, j) => (out[j] = hfContent(c)));
    if (sheetRow > review.headerRow) {
      FUNCTIONS.forEach((fn, k) => {
        out[firstFormulaCol + k] = `=PROMO.${fn}(A${sheetRow}:${right}${sheetRow},A$${review.headerRow}:${right}$${review.headerRow},,DATE(2026,11,23))`;
      });
    }
    data.push(out);
  });
  hf = HyperFormula.buildFromSheets({ 客服部: data as never }, { licenseKey: "gpl-v3" });
}, 120_000);

afterAll(() => hf?.destroy());

const at = (row1: number, k: number): CellValue => hf.getCellValue({ sheet: hf.getSheetId("客服部")!, row: row1 - 1, col: firstFormulaCol + k });

test("the review has the header row the formulas are given", () => {
  expect(review.headerRow).toBe(2);
  expect(review.rows).toHaveLength(48);
});

test("every row: STATUS, ELIGIBLE, GAPS and READYDATE agree with promo review --json", () => {
  for (const r of review.rows) {
    expect([r.row, "STATUS", at(r.row, 0)]).toEqual([r.row, "STATUS", statusLabel(r.status, "zh-CN")]);
    if (r.status === "error") {
      expect(at(r.row, 1)).toBeInstanceOf(DetailedCellError);
      continue;
    }
    const t = r.targets[0];
    expect([r.row, "ELIGIBLE", at(r.row, 1)]).toEqual([r.row, "ELIGIBLE", r.status === "eligible"]);
    const gaps = t && !t.met ? formatGaps(t.unmet, "zh-CN") : "";
    expect([r.row, "GAPS", at(r.row, 2)]).toEqual([r.row, "GAPS", gaps]);
    const ready = at(r.row, 3);
    if (t?.readyDate) expect([r.row, "READYDATE", ready]).toEqual([r.row, "READYDATE", serialFromDay(dayFromIso(t.readyDate)!)]);
    else expect(ready).toBeInstanceOf(DetailedCellError);
  }
});

test.each(PINNED)("row %i %s: the formulas give the hand-checked outcome", (row, _id, status, _path, ready, gaps) => {
  expect(at(row, 0)).toBe(statusLabel(status as never, "zh-CN"));
  if (status === "error") return expect((at(row, 1) as DetailedCellError).message).toContain("“客户满意度(2026/09)”列的值“请假”无法读取");
  if (status !== "top") expect(at(row, 2)).toBe(gaps);
  if (ready) expect(at(row, 3)).toBe(serialFromDay(dayFromIso(ready)!));
});
