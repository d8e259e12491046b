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

// The same job as the core's explained review, as HR would write it by hand: beside the three
// columns above, a "未达标项" column listing every unmet criterion in words and a "可晋升日期"
// column (EDATE of the level date) when time in level is all that is missing.

const STEPS: ReadonlyArray<{ level: string; months: number; checks: ReadonlyArray<readonly [string, string]> }> = [
  { level: "初级客服", months: 6, checks: [["L{r}>=2000", "工单量<2000"], ["K{r}>=0.9", "满意度<90%"], ["Q{r}>=75", "综合得分<75"]] },
  {
    level: "中级客服",
    months: 12,
    checks: [["L{r}>=5000", "工单量<5000"], ["K{r}>=0.95", "满意度<95%"], ["M{r}<=0.01", "差错率>1%"], ["J{r}>=80", "技能考核<80"], ["Q{r}>=80", "综合得分<80"]],
  },
  { level: "高级客服", months: 12, checks: [['N{r}="是"', "无技能证书"], ["M{r}<=0.01", "差错率>1%"], ["O{r}<=2", "低质评价>2"], ["Q{r}>=85", "综合得分<85"]] },
];

function explainedFormulas(r: number): string[] {
  const at = (f: string): string => f.replace(/\{r\}/g, String(r));
  const base = `IF(F${r}="",E${r},F${r})`;
  const nest = (each: (s: (typeof STEPS)[number]) => string, otherwise: string): string =>
    STEPS.reduceRight((inner, s) => `IF(D${r}="${s.level}",${each(s)},${inner})`, otherwise);
  const gaps = nest((s) => [`IF(P${r}<${s.months},"任现职不足${s.months}个月；","")`, ...s.checks.map(([ok, why]) => `IF(${at(ok)},"","${why}；")`)].join("&"), '""');
  const ready = nest((s) => `IF(AND(P${r}<${s.months},${s.checks.map(([ok]) => at(ok)).join(",")}),EDATE(${base},${s.months}),"")`, '""');
  return [...formulas(r), `=${gaps}`, `=${ready}`];
}

/** The explained sheet: data + months, score, eligible, unmet criteria and ready date per row. */
export function hyperFormulaExplained(rows: readonly (readonly Cell[])[]): { eligible: number; withReadyDate: number } {
  const data = rows.map((row, i) => (i === 0 ? [...row, "任现职月数", "综合得分", "可晋升", "未达标项", "可晋升日期"] : [...row, ...explainedFormulas(i + 1)]));
  const hf = HyperFormula.buildFromArray(data as (string | number | null)[][], { licenseKey: "gpl-v3", maxRows: rows.length + 10 });
  let eligible = 0;
  let withReadyDate = 0;
  for (let i = 1; i < rows.length; i++) {
    if (hf.getCellValue({ sheet: 0, row: i, col: 17 }) === true) eligible++;
    if (typeof hf.getCellValue({ sheet: 0, row: i, col: 19 }) === "number") withReadyDate++;
  }
  hf.destroy();
  return { eligible, withReadyDate };
}
