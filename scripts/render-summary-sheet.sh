#!/usr/bin/env bash
# Renders the 晋升汇总 (summary) sheet of a CLI review to docs/summary-sheet.png (needs
# LibreOffice and poppler): examples/user-ops.xlsx reviewed as of 2026-11-23, the summary sheet
# alone printed one page wide, the page cropped to its content plus a small margin.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc -p tsconfig.cli.json
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
DPI=96

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

pdftoppm -r "$DPI" -f 1 -l 1 -singlefile "$work/summary.pdf" "$work/page"
read -r x y w h < <(node -e '
  const b = require("fs").readFileSync(process.argv[1]);
  const head = b.toString("latin1", 0, 64).split(/\s+/);
  const w = +head[1], h = +head[2];
  let off = 0; for (let n = 0; n < 4; off++) if (/\s/.test(String.fromCharCode(b[off])) && !/\s/.test(String.fromCharCode(b[off - 1] ?? 32))) n++;
  let x0 = w, y0 = h, x1 = 0, y1 = 0;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const i = off + 3 * (y * w + x);
    if (b[i] < 245 || b[i + 1] < 245 || b[i + 2] < 245) { x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y); }
  }
  const m = 12; x0 = Math.max(0, x0 - m); y0 = Math.max(0, y0 - m);
  console.log(x0, y0, Math.min(w, x1 + m + 1) - x0, Math.min(h, y1 + m + 1) - y0);
' "$work/page.ppm")
pdftoppm -png -r "$DPI" -f 1 -l 1 -singlefile -x "$x" -y "$y" -W "$w" -H "$h" "$work/summary.pdf" docs/summary-sheet
ls -l docs/summary-sheet.png
