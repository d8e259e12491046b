#!/usr/bin/env bash
# Renders the talent sheets of a CLI review (needs LibreOffice and poppler):
# examples/ecom-cs-talent.csv reviewed with ecom-cs as of 2026-11-23; 继任梯队 to
# docs/succession-sheet.png, the page of 发展计划 for 陈三 (C03) to docs/plan-sheet.png and the
# readiness and forecast tables of 晋升汇总 to docs/forecast-table.png, each cropped to its content.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=crop-page.sh
source scripts/crop-page.sh
render_setup

node dist/cli/index.js review examples/ecom-cs-talent.csv --policy ecom-cs --as-of 2026-11-23 --out "$work/review.xlsx" 2>/dev/null
# One workbook per picture, holding that sheet alone, printed one page wide.
node -e '
  const ExcelJS = require("exceljs");
  (async () => {
    for (const [sheet, out, fromRow] of [["继任梯队", "succession", 0], ["发展计划", "plan", 0], ["晋升汇总", "forecast", 1]]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(process.argv[1]);
      for (const ws of [...wb.worksheets]) if (ws.name !== sheet) wb.removeWorksheet(ws.id);
      const ws = wb.getWorksheet(sheet);
      if (fromRow) {
        // The summary: only the rows from the readiness heading down.
        let first = 1;
        ws.eachRow((row, r) => { if (String(row.getCell(1).value ?? "").startsWith("准备度")) first = first === 1 ? r : first; });
        for (let r = 1; r < first; r++) ws.getRow(r).hidden = true;
        ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 1, paperSize: 9 };
      } else {
        ws.pageSetup = { ...ws.pageSetup, orientation: "landscape", paperSize: 9 };
        // exceljs does not read page breaks back: put one above each employee block again.
        if (sheet === "发展计划") ws.eachRow((row, r) => { if (r > 1 && /（C\d+）$/.test(String(row.getCell(1).value ?? ""))) ws.getRow(r - 1).addPageBreak(); });
      }
      await wb.xlsx.writeFile(`${process.argv[2]}/${out}.xlsx`);
    }
  })();
' "$work/review.xlsx" "$work"
for name in succession plan forecast; do
  soffice --headless --convert-to pdf --outdir "$work" "$work/$name.xlsx" >/dev/null 2>&1
done
crop_page "$work/succession.pdf" 1 docs/succession-sheet.png "$DPI" "$work"
crop_page "$work/plan.pdf" 3 docs/plan-sheet.png "$DPI" "$work"
crop_page "$work/forecast.pdf" 1 docs/forecast-table.png "$DPI" "$work"
ls -l docs/succession-sheet.png docs/plan-sheet.png docs/forecast-table.png
