#!/usr/bin/env bash
# Renders exported policy sheets to the PNGs the README shows (needs LibreOffice and poppler):
#   docs/policy-sheet-policy.png (晋升方案 of taobao-cs), docs/policy-sheet-levels.png (职级 of
#   store-ops), docs/policy-sheet-rules.png (规则 of taobao-cs). Each sheet prints on one page;
#   the page is cropped to its content plus a small margin.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=crop-page.sh
source scripts/crop-page.sh
render_setup

# shot PDF PAGE OUT.png
shot() { crop_page "$1" "$2" "$3" "$DPI" "$work"; }

for id in taobao-cs store-ops; do
  node dist/cli/index.js policy export "$id" --out "$work/$id.xlsx" 2>/dev/null
  soffice --headless --convert-to pdf --outdir "$work" "$work/$id.xlsx" >/dev/null 2>&1
done
shot "$work/taobao-cs.pdf" 1 docs/policy-sheet-policy.png
shot "$work/store-ops.pdf" 2 docs/policy-sheet-levels.png
shot "$work/taobao-cs.pdf" 3 docs/policy-sheet-rules.png
ls -l docs/policy-sheet-*.png
