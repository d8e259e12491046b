#!/usr/bin/env bash
# Renders the 晋升汇总 (summary) sheet of a CLI review to docs/summary-sheet.png (needs
# LibreOffice and poppler): examples/user-ops.xlsx reviewed as of 2026-11-23, the summary sheet
# alone printed one page wide, the page cropped to its content plus a small margin.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=crop-page.sh
source scripts/crop-page.sh
render_setup

node dist/cli/index.js review examples/user-ops.xlsx --policy user-ops --as-of 2026-11-23 --out "$work/review.xlsx" 2>/dev/null
# Keep only the summary sheet, one page wide, so the PDF has one page.
node -e '
  const ExcelJS = require("exceljs");
  (async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(process.argv[1]);
    for (const ws of [...wb.worksheets]) if (ws.name !== "晋升汇总") wb.removeWorksheet(ws.id);
    const ws = wb.getWorksheet("晋升汇总");
    ws.pageSetup = { orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 1, paperSize: 8 };
    await wb.xlsx.writeFile(process.argv[2]);
  })();
' "$work/review.xlsx" "$work/summary.xlsx"
soffice --headless --convert-to pdf --outdir "$work" "$work/summary.xlsx" >/dev/null 2>&1

crop_page "$work/summary.pdf" 1 docs/summary-sheet.png "$DPI" "$work"
ls -l docs/summary-sheet.png
