#!/usr/bin/env bash
# Renders issue #21's blocks of the 晋升汇总 sheet to docs/round-cost.png, docs/round-calibration.png
# and docs/round-history.png (needs LibreOffice and poppler): examples/store-ops-pay.xlsx reviewed
# as of 2026-11-23 with --budget 3000 and --previous examples/store-ops-pay-review-2026-05.xlsx,
# each block printed alone (a print area) one page wide, cropped to its content.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=crop-page.sh
source scripts/crop-page.sh
render_setup

node dist/cli/index.js review examples/store-ops-pay.xlsx --as-of 2026-11-23 --budget 3000 \
  --previous examples/store-ops-pay-review-2026-05.xlsx --out "$work/review.xlsx" 2>/dev/null
for block in cost calibration history; do
  node -e '
    const ExcelJS = require("exceljs");
    const [src, out, block] = process.argv.slice(1);
    const HEAD = { cost: "晋升成本", calibration: "校准", history: "与上轮比较" };
    // The heading after each block (the talent forecast follows 与上轮比较 on the sheet).
    const NEXT = { cost: "校准", calibration: "与上轮比较", history: "准备度" };
    (async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(src);
      for (const ws of [...wb.worksheets]) if (ws.name !== "晋升汇总") wb.removeWorksheet(ws.id);
      const ws = wb.getWorksheet("晋升汇总");
      let start = 0, end = ws.rowCount;
      ws.eachRow((row, r) => {
        const a = row.getCell(1).value;
        if (a === HEAD[block] && !start) start = r;
        else if (start && typeof a === "string" && a.startsWith(NEXT[block]) && end === ws.rowCount) end = r - 2;
      });
      // A fresh sheet with the block rows only (values, styles, widths): LibreOffice prints it whole.
      const outWb = new ExcelJS.Workbook();
      const o = outWb.addWorksheet("晋升汇总");
      for (let c = 1; c <= 13; c++) o.getColumn(c).width = ws.getColumn(c).width;
      for (let r = start; r <= end; r++) {
        const from = ws.getRow(r);
        const to = o.getRow(r - start + 1);
        from.eachCell({ includeEmpty: false }, (cell, c) => {
          to.getCell(c).value = cell.value;
          to.getCell(c).style = cell.style;
        });
        if (from.height) to.height = from.height;
      }
      o.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 1, paperSize: 8 };
      await outWb.xlsx.writeFile(out);
    })();
  ' "$work/review.xlsx" "$work/$block.xlsx" "$block"
  soffice -env:UserInstallation="file://$work/lo" --headless --convert-to pdf --outdir "$work" "$work/$block.xlsx" >/dev/null 2>&1
  crop_page "$work/$block.pdf" 1 "docs/round-$block.png" "$DPI" "$work"
done
ls -l docs/round-*.png
