import { writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { chooseSheetName, isProductKeywords, isProductSheetName, ownedSheetNames, stampKeywords } from "../../../src/cli/io/ownership";
import { readXlsxKeywords } from "../../../src/cli/io/xlsx-props";
import { makeTempDir, removeTempDir } from "./fixtures";

describe("keywords", () => {
  test("stamping keeps the user's keywords and replaces PromoLadder's", () => {
    const first = stampKeywords("HR; 2026", ["晋升评审", "人才库", "晋升汇总"]);
    expect(first).toBe("HR; 2026; PromoLadder; PromoLadder:晋升评审|人才库|晋升汇总");
    const second = stampKeywords(first, ["晋升评审 (2)", "人才库", "晋升汇总"]);
    expect(second).toBe("HR; 2026; PromoLadder; PromoLadder:晋升评审 (2)|人才库|晋升汇总");
    expect(ownedSheetNames(second)).toEqual(["晋升评审 (2)", "人才库", "晋升汇总"]);
    expect(isProductKeywords(second)).toBe(true);
    expect(isProductKeywords("HR; PromoLadderish")).toBe(false);
    expect(isProductKeywords(undefined)).toBe(false);
    expect(ownedSheetNames("HR")).toEqual([]);
  });

  test("product sheet names", () => {
    expect(isProductSheetName("晋升评审")).toBe(true);
    expect(isProductSheetName("人才库 (2)")).toBe(true);
    expect(isProductSheetName("晋升汇总 (12)")).toBe(true);
    expect(isProductSheetName("晋升评审表")).toBe(false);
    expect(isProductSheetName("名单")).toBe(false);
  });

  test("choosing a name: free or owned, else numbered", () => {
    const none = new Set<string>();
    expect(chooseSheetName("晋升评审", new Set(["名单"]), none)).toBe("晋升评审");
    expect(chooseSheetName("晋升评审", new Set(["晋升评审"]), none)).toBe("晋升评审 (2)");
    expect(chooseSheetName("晋升评审", new Set(["晋升评审"]), new Set(["晋升评审"]))).toBe("晋升评审");
    expect(chooseSheetName("晋升评审", new Set(["晋升评审", "晋升评审 (2)"]), new Set(["晋升评审 (2)"]))).toBe("晋升评审 (2)");
    expect(chooseSheetName("人才库", new Set(["人才库", "人才库 (2)"]), none)).toBe("人才库 (3)");
  });
});

describe("readXlsxKeywords", () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => removeTempDir(dir));

  test("reads the keywords without loading the workbook; null for non-xlsx files", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").addRow(["x"]);
    wb.keywords = "A & B; PromoLadder; PromoLadder:晋升评审|人才库|晋升汇总";
    const file = path.join(dir, "k.xlsx");
    await wb.xlsx.writeFile(file);
    expect(await readXlsxKeywords(file)).toBe("A & B; PromoLadder; PromoLadder:晋升评审|人才库|晋升汇总");
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("S");
    const plainFile = path.join(dir, "p.xlsx");
    await plain.xlsx.writeFile(plainFile);
    expect(await readXlsxKeywords(plainFile)).toBe("");
    const text = path.join(dir, "t.xlsx");
    writeFileSync(text, "not a zip");
    expect(await readXlsxKeywords(text)).toBeNull();
    await expect(readXlsxKeywords(path.join(dir, "none.xlsx"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});
