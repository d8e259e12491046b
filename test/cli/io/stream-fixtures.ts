/** Workbooks for the streaming-mode tests: a messy roster with every kind of cell the readers convert. */
import ExcelJS from "exceljs";
import { HEADER } from "./fixtures";

/** Data rows (taobao-cs fields) written under a title and a header row, from sheet row 4. */
const ROWS: readonly (readonly ExcelJS.CellValue[])[] = [
  ["E001", "张三", "客服一部", "初级客服", new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 0, 1)), 90, 85, 80, 0.96, 3000, 0.005, 85, "是", 0],
  ["E002", "李四", "客服一部", "中级客服", new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2026, 5, 1)), 90, 85, 80, 0.96, 6000, 0.005, 85, "是", 0],
  ["E003", "王五", "客服二部", "资深客服", new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2022, 0, 1)), 95, 90, 90, 0.99, 9000, 0.001, 95, "是", 0],
  ["E004", "赵六", "客服二部", "初级客服", new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 0, 1)), "优秀", 85, 80, 0.96, 3000, 0.005, 85, "是", 0],
  ["E005", "钱七", "客服二部", "初级客服", new Date(Date.UTC(2026, 9, 1)), new Date(Date.UTC(2026, 9, 1)), 70, 70, 70, 0.8, 100, 0.02, 60, "否", 5],
  ["E006", "孙八", "客服三部", "中级客服", new Date(Date.UTC(2023, 2, 1)), new Date(Date.UTC(2024, 2, 1)), 88, 86, 84, 0.97, 5000, 0.004, 88, "是", 1],
  ["E007", "周九", "客服三部", "高级客服", new Date(Date.UTC(2021, 6, 1)), new Date(Date.UTC(2023, 6, 1)), 92, 91, 89, 0.98, 8000, 0.002, 93, "是", 0],
  ["E008", "吴十", "客服三部", "中级客服", new Date(Date.UTC(2022, 6, 1)), new Date(Date.UTC(2024, 6, 1)), 86, 84, 83, 0.95, 5500, 0.003, 87, "是", 0],
];

/**
 * A roster workbook with what real ones have: a notes sheet first, a hidden sheet that also has
 * a header row (not picked: visible sheets come first), a merged title row, percent and date
 * formats, an Excel error, rich text, a hyperlink, formulas with number, text, boolean, error
 * and date results, a shared formula, a hidden row, a custom row height, column widths, a
 * frozen header, an autoFilter, and a sheet of the user's own named 晋升评审.
 */
export function messyWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "HR";
  wb.title = "2026 晋升名单";
  wb.keywords = "客服; 2026";
  wb.addWorksheet("说明").addRow(["晋升评审用名单", 2026]);
  const ws = wb.addWorksheet("名单", { views: [{ state: "frozen", xSplit: 2, ySplit: 3, topLeftCell: "C4", activeCell: "C4" }] });
  ws.getCell("A1").value = "2026 年客服晋升名单（内部）";
  ws.mergeCells("A1:F1");
  ws.getRow(1).height = 28;
  ws.getRow(3).values = [...HEADER];
  ROWS.forEach((r, i) => {
    const row = ws.getRow(4 + i);
    row.values = [...r];
    row.getCell(5).numFmt = "yyyy-mm-dd";
    row.getCell(6).numFmt = "yyyy\"年\"m\"月\"d\"日\"";
    row.getCell(10).numFmt = "0.0%";
    row.getCell(12).numFmt = "0.00%";
  });
  ws.getCell("B5").value = { richText: [{ text: "李" }, { font: { bold: true, color: { argb: "FFFF0000" } }, text: "四" }] };
  ws.getCell("A6").value = { text: "E003", hyperlink: "mailto:e003@example.com" };
  ws.getCell("M7").value = { error: "#N/A" };
  ws.getCell("I8").value = { formula: "H8-2", result: 84 };
  ws.getCell("C9").value = { formula: "\"客服\"&\"三部\"", result: "客服三部" };
  ws.getCell("N9").value = { formula: "IF(TRUE(),\"是\",\"否\")", result: "是" };
  ws.getCell("P4").value = { formula: "G4>80", result: true };
  ws.getCell("G10").value = { formula: "VLOOKUP(\"x\",A:A,2,0)", result: { error: "#N/A" } };
  ws.getCell("F11").value = { formula: "DATE(2024,7,1)", result: new Date(Date.UTC(2024, 6, 1)) };
  ws.getCell("F11").numFmt = "yyyy-mm-dd";
  ws.getCell("Q4").value = { formula: "G4*2", result: 180, shareType: "shared", ref: "Q4:Q8" } as ExcelJS.CellValue;
  for (let r = 5; r <= 8; r++) ws.getCell(`Q${r}`).value = { sharedFormula: "Q4", result: Number(ws.getCell(`G${r}`).value) * 2 || 0 } as ExcelJS.CellValue;
  ws.getRow(9).hidden = true;
  ws.getColumn(2).width = 14;
  ws.getColumn(4).width = 12;
  ws.autoFilter = "A3:O3";
  const hidden = wb.addWorksheet("旧名单", { state: "hidden" });
  hidden.addRow([...HEADER]);
  hidden.addRow(["X001", "旧人", "客服一部", "初级客服", new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2020, 0, 1)), 60, 60, 60, 0.9, 1, 0.01, 60, "否", 0]);
  wb.addWorksheet("晋升评审").addRow(["我的笔记"]);
  return wb;
}
