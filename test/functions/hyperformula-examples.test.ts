/**
 * Every sample roster (one per template family) in HyperFormula: beside each row
 * =PROMO.STATUS, =PROMO.NEXT and =PROMO.GAPS with no policy argument, and one spilled
 * =PROMO.REVIEW, against the core's batch review. Percent-formatted cells reach the functions
 * as plain fractions, as in Excel (mall-ops and taobao-ops have 销售达成率 above 100%).
 */
import * as path from "node:path";
import { HyperFormula, type CellValue, DetailedCellError } from "hyperformula";
import { loadWorkbook, rosterFromWorksheet } from "../../src/cli/io/read-xlsx";
import {
  TEMPLATES,
  columnLetters,
  findHeaderRow,
  formatGaps,
  pickTemplate,
  reviewRoster,
  rosterLevelTexts,
  statusLabel,
  type RosterInput,
  type RowResult,
} from "../../src/core";
import { localToday, NO_WORKBOOK_POLICY } from "../../src/functions/logic";
import { hfContent } from "./hyperformula/content";
import { registerPromoPlugin } from "./hyperformula/promo-plugin";

const EXAMPLES = ["taobao-ops", "taobao-cs", "ecom-cs", "store-ops", "mall-ops", "ops-general", "ops-dual", "erp", "user-ops"];
const FUNCTIONS = ["STATUS", "NEXT", "GAPS"] as const;


async function roster(name: string): Promise<RosterInput> {
  const workbook = await loadWorkbook(path.join(__dirname, "..", "..", "examples", `${name}.xlsx`));
  const sheet = workbook.worksheets.find((ws) => findHeaderRow(rosterFromWorksheet(ws, 20).rows) !== null)!;
  return rosterFromWorksheet(sheet);
}

function expectedOf(r: RowResult): Record<(typeof FUNCTIONS)[number], string> {
  const met = r.targets.filter((t) => t.met);
  const unmet = r.targets.filter((t) => t.unmet.length > 0);
  const gaps =
    met.length > 0 || unmet.length === 0
      ? ""
      : r.targets.length === 1
        ? formatGaps(unmet[0]!.unmet, "zh-CN")
        : unmet.map((t) => `${t.level}：${formatGaps(t.unmet, "zh-CN")}`).join(" | ");
  return { STATUS: statusLabel(r.status, "zh-CN"), NEXT: (met.length > 0 ? met : r.targets).map((t) => t.level).join("/"), GAPS: gaps };
}

beforeAll(() => registerPromoPlugin({ locale: "zh-CN", today: () => localToday(), workbook: NO_WORKBOOK_POLICY }));

describe.each(EXAMPLES)("examples/%s.xlsx in HyperFormula", (name) => {
  let input: RosterInput;
  let hf: HyperFormula;
  let rows: readonly RowResult[];

  beforeAll(async () => {
    input = await roster(name);
    const policy = pickTemplate(rosterLevelTexts(input), TEMPLATES)!.policy;
    expect(policy.id).toBe(name);
    const review = reviewRoster(input, policy, { asOf: "2026-11-23" });
    rows = review.rows;
    const width = Math.max(...input.rows.map((r) => r.length));
    const first = input.firstColumn ?? 0;
    const left = columnLetters(first);
    const right = columnLetters(first + width - 1);
    const h = review.headerRow;
    const data = input.rows.map((r, i) => {
      const out: unknown[] = Array.from({ length: first + width + FUNCTIONS.length + 1 }, () => null);
      r.forEach((c, j) => (out[first + j] = hfContent(c)));
      const sheetRow = (input.firstRow ?? 1) + i;
      if (sheetRow > h) {
        FUNCTIONS.forEach((fn, k) => {
          out[first + width + 1 + k] = `=PROMO.${fn}(${left}${sheetRow}:${right}${sheetRow},${left}$${h}:${right}$${h},,DATE(2026,11,23))`;
        });
      }
      return out;
    });
    const last = (input.firstRow ?? 1) + input.rows.length - 1;
    for (let i = 1; i < (input.firstRow ?? 1); i++) data.unshift([]); // keep sheet row numbers
    hf = HyperFormula.buildFromSheets(
      { Roster: data as never, Review: [[`=PROMO.REVIEW(Roster!${left}${input.firstRow ?? 1}:${right}${last},,DATE(2026,11,23))`]] as never },
      { licenseKey: "gpl-v3" },
    );
  }, 60_000);

  afterAll(() => hf?.destroy());

  const at = (sheet: string, row1: number, col0: number): CellValue => hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row: row1 - 1, col: col0 });

  it("per-row formulas agree with the review on every row without data errors", () => {
    const width = Math.max(...input.rows.map((r) => r.length));
    const col = (input.firstColumn ?? 0) + width + 1;
    let checked = 0;
    for (const r of rows.filter((x) => x.errors.length === 0)) {
      const want = expectedOf(r);
      FUNCTIONS.forEach((fn, k) => expect([r.row, fn, at("Roster", r.row, col + k)]).toEqual([r.row, fn, want[fn]]));
      checked++;
    }
    expect(checked).toBeGreaterThan(15);
  });

  it("rows with unreadable cells or unknown levels are 数据错误 / an Excel error with the message", () => {
    const width = Math.max(...input.rows.map((r) => r.length));
    const col = (input.firstColumn ?? 0) + width + 1;
    const bad = rows.filter((r) => r.errors.some((e) => e.code !== "duplicate_id"));
    expect(bad.length).toBeGreaterThanOrEqual(4);
    for (const r of bad) {
      expect(at("Roster", r.row, col)).toBe("数据错误");
      const next = at("Roster", r.row, col + 1);
      expect(next).toBeInstanceOf(DetailedCellError);
      for (const e of r.errors.filter((x) => x.code !== "duplicate_id")) expect((next as DetailedCellError).message).toContain(e.message);
    }
  });

  it("the spilled REVIEW lists every person with the review's status, next level and gaps", () => {
    expect(at("Review", 1, 0)).toBe("工号");
    rows.forEach((r, i) => {
      const want = expectedOf(r);
      expect([r.row, at("Review", i + 2, 0), at("Review", i + 2, 3), at("Review", i + 2, 4)]).toEqual([r.row, r.id, want.STATUS, want.NEXT]);
      if (r.status !== "error") expect(at("Review", i + 2, 6)).toBe(want.GAPS);
    });
  });
});
