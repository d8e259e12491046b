import { HyperFormula } from "hyperformula";
import type { Cell } from "../src/core";

// What HR does today: the same rules as native formulas beside the roster (IF/AND + SUMPRODUCT
// weights + DATEDIF), computed by HyperFormula, a real spreadsheet engine. Constants are inlined:
// a column of formulas referencing one shared cell builds in quadratic time there.

function formulas(r: number): string[] {
  const months = `DATEDIF(IF(F${r}="",E${r},F${r}),DATE(2026,11,23),"M")`;
  const score = `SUMPRODUCT(G${r}:I${r},{0.5,0.25,0.25})`;
  return [
    `=${months}`,
    `=${score}`,
    `=IF(D${r}="初级客服",AND(P${r}>=6,L${r}>=2000,K${r}>=0.9,Q${r}>=75),` +
      `IF(D${r}="中级客服",AND(P${r}>=12,L${r}>=5000,K${r}>=0.95,M${r}<=0.01,J${r}>=80,Q${r}>=80),` +
      `IF(D${r}="高级客服",AND(P${r}>=12,N${r}="是",M${r}<=0.01,O${r}<=2,Q${r}>=85),FALSE())))`,
  ];
}

/** Builds the sheet (data + 3 formula columns per row) and counts TRUE in the result column. */
export function hyperFormulaEligible(rows: readonly (readonly Cell[])[]): number {
  const data = rows.map((row, i) => (i === 0 ? [...row, "任现职月数", "综合得分", "可晋升"] : [...row, ...formulas(i + 1)]));
  const hf = HyperFormula.buildFromArray(data as (string | number | null)[][], { licenseKey: "gpl-v3", maxRows: rows.length + 10 });
  let eligible = 0;
  for (let i = 1; i < rows.length; i++) if (hf.getCellValue({ sheet: 0, row: i, col: 17 }) === true) eligible++;
  hf.destroy();
  return eligible;
}
