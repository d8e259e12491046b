#!/usr/bin/env bash
# Renders the output sheets (晋升评审, 人才库, 晋升汇总) of a CLI review with LibreOffice, one PNG per
# page, to look for cut text and misaligned columns (issue 18). Needs LibreOffice and poppler.
# Usage: scripts/render-review-sheets.sh ROSTER OUT_DIR [promo review options...]
set -euo pipefail
cd "$(dirname "$0")/.."
roster="$1"; out="$2"; shift 2
npx tsc -p tsconfig.cli.json
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
node dist/cli/index.js review "$roster" --as-of 2026-11-23 --out "$work/review.xlsx" "$@" 2>/dev/null
for sheet in 晋升评审 人才库 晋升汇总; do
  node -e '
    const ExcelJS = require("exceljs");
    (async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(process.argv[1]);
      for (const ws of [...wb.worksheets]) if (ws.name !== process.argv[3]) wb.removeWorksheet(ws.id);
      const ws = wb.getWorksheet(process.argv[3]);
      ws.pageSetup = { ...ws.pageSetup, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
      await wb.xlsx.writeFile(process.argv[2]);
    })();
  ' "$work/review.xlsx" "$work/$sheet.xlsx" "$sheet"
  soffice --headless --convert-to pdf --outdir "$work" "$work/$sheet.xlsx" >/dev/null 2>&1
  pdftoppm -r 80 -png "$work/$sheet.pdf" "$out/$sheet"
done
ls "$out"
