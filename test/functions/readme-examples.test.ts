/**
 * The formula examples of the README's "Formulas" section, computed in HyperFormula over the
 * sample rosters they name, with T1 holding the review date: the README shows what HR will see.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { HyperFormula, DetailedCellError, type CellValue } from "hyperformula";
import { loadWorkbook, rosterFromWorksheet } from "../../src/cli/io/read-xlsx";
import { dayFromDate, findHeaderRow, isErrorCell, isPercentCell, serialFromDay, type Cell } from "../../src/core";
import { localToday, NO_WORKBOOK_POLICY } from "../../src/functions/logic";
import { registerPromoPlugin } from "./hyperformula/promo-plugin";

const ROOT = path.join(__dirname, "..", "..");

/** [sample, formula as the README writes it, expected value or error code + message]. */
const EXAMPLES: [string, string, CellValue | { error: string; message: string }][] = [
  ["taobao-cs", "=PROMO.ELIGIBLE(A4:Q4,A$3:Q$3,,$T$1)", true],
  ["taobao-cs", "=PROMO.STATUS(A4:Q4,A$3:Q$3,,$T$1)", "可晋升"],
  ["taobao-cs", "=PROMO.NEXT(A4:Q4,A$3:Q$3,,$T$1)", "资深客服"],
  ["taobao-cs", "=PROMO.GAPS(A22:Q22,A$3:Q$3,,$T$1)", "任现职 0.42年 < 0.5年；工单量 1620 < 2000；客户满意度 89.1% < 90%"],
  ["taobao-cs", '=PROMO.GAPS(A13:Q13,A$3:Q$3,"高级客服",$T$1)', "任现职 0.75年 < 1年"],
  ["taobao-cs", "=PROMO.SCORE(A4:Q4,A$3:Q$3,,$T$1)", 91.25],
  ["taobao-cs", "=PROMO.READYDATE(A13:Q13,A$3:Q$3,,$T$1)", 46430],
  ["taobao-cs", "=PROMO.TENURE(G13,$T$1)", 0.75],
  ["taobao-cs", "=PROMO.READINESS(A38:Q38,A$3:Q$3,,$T$1)", "1 年内"],
  ["taobao-cs", "=PROMO.PLAN(A8:Q8,A$3:Q$3,,$T$1)", "1. 技能考核（培训中期综合考核）（培训部，6 周，2027-01-04 完成）；完成「技能考核（培训中期综合考核）」后，预计 2027-01-04 可晋升为高级客服"],
  ["taobao-cs", "=PROMO.NEXT(A56:Q56,A$3:Q$3,,$T$1)", { error: "#N/A", message: "职级“中级课服”不在方案“淘宝客服”中，最接近的是“中级客服”" }],
  ["taobao-cs", "=PROMO.SCORE(A51:Q51,A$3:Q$3,,$T$1)", { error: "#VALUE!", message: "“协作能力”列的值“优秀”无法读取：应为 0-100 的分数" }],
  ["store-ops", "=PROMO.ALLOWANCE(A5:M5,A$3:M$3,,$T$1)", 30],
  ["ops-dual", "=PROMO.NEXT(A6:I6,A$1:I$1,,$T$1)", "运营主管/运营专家"],
  ["ops-dual", "=PROMO.GAPS(A7:I7,A$1:I$1,,$T$1)", "运营主管：管理能力 64 < 75 | 运营专家：技能考核 85 < 90"],
];

const FORMULA_COL = 21; // V
const REVIEW = "=PROMO.REVIEW(A3:Q84,,$T$1)";

function content(cell: Cell): unknown {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") return `'${cell}`;
  if (cell instanceof Date) return serialFromDay(dayFromDate(cell)!);
  if (isPercentCell(cell)) return cell.value;
  if (isErrorCell(cell)) return "=NA()";
  return cell;
}

let hf: HyperFormula;
const results = new Map<string, CellValue>();

beforeAll(async () => {
  registerPromoPlugin({ locale: "zh-CN", today: () => localToday(), workbook: NO_WORKBOOK_POLICY });
  const sheets: Record<string, unknown[][]> = {};
  for (const name of new Set(EXAMPLES.map((e) => e[0]))) {
    const workbook = await loadWorkbook(path.join(ROOT, "examples", `${name}.xlsx`));
    const ws = workbook.worksheets.find((w) => findHeaderRow(rosterFromWorksheet(w, 20).rows) !== null)!;
    const input = rosterFromWorksheet(ws);
    expect(input.firstColumn).toBe(0);
    const rows: unknown[][] = input.rows.map((r) => r.map(content));
    for (let i = 1; i < (input.firstRow ?? 1); i++) rows.unshift([]);
    while (rows.length < EXAMPLES.length) rows.push([]);
    rows[0]![19] = "=DATE(2026,11,23)"; // T1
    EXAMPLES.filter((e) => e[0] === name).forEach((e, i) => (rows[i]![FORMULA_COL] = e[1]));
    if (name === "taobao-cs") rows[0]![23] = REVIEW; // X1, spills X1:AE81
    sheets[name] = rows;
  }
  hf = HyperFormula.buildFromSheets(sheets as never, { licenseKey: "gpl-v3" });
  for (const name of Object.keys(sheets)) {
    EXAMPLES.filter((e) => e[0] === name).forEach((e, i) => results.set(e[1], hf.getCellValue({ sheet: hf.getSheetId(name)!, row: i, col: FORMULA_COL })));
  }
}, 60_000);

afterAll(() => hf?.destroy());

describe("README formula examples", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");

  it.each(EXAMPLES)("%s: %s", (_sample, formula, want) => {
    expect(readme).toContain(`\`${formula}\``);
    const got = results.get(formula);
    if (typeof want === "object" && want !== null && "error" in want) {
      expect(got).toBeInstanceOf(DetailedCellError);
      expect([(got as DetailedCellError).value, (got as DetailedCellError).message]).toEqual([want.error, want.message]);
    } else {
      expect(got).toEqual(want);
    }
  });

  it(`${REVIEW} spills the header row and 80 people`, () => {
    expect(readme).toContain(`\`${REVIEW}\``);
    const sheet = hf.getSheetId("taobao-cs")!;
    expect(hf.getCellValue({ sheet, row: 0, col: 23 })).toBe("工号");
    expect(hf.getCellValue({ sheet, row: 0, col: 30 })).toBe("预计达标日期");
    expect(hf.getCellValue({ sheet, row: 80, col: 23 })).not.toBe("");
    expect(hf.getCellValue({ sheet, row: 81, col: 23 })).toBe("");
  });
});
