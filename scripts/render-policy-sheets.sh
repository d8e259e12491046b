#!/usr/bin/env bash
# Renders exported policy sheets to the PNGs the README shows (needs LibreOffice and poppler):
#   docs/policy-sheet-policy.png (晋升方案 of taobao-cs), docs/policy-sheet-levels.png (职级 of
#   store-ops), docs/policy-sheet-rules.png (规则 of taobao-cs). Each sheet prints on one page;
#   the page is cropped to its content plus a small margin.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc -p tsconfig.cli.json
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
DPI=96

# "x y w h" of the non-white content of a binary PPM (P6), with a 12-pixel margin.
bbox() {
  node -e '
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
  ' "$1"
}

# shot PDF PAGE OUT.png
shot() {
  pdftoppm -r "$DPI" -f "$2" -l "$2" -singlefile "$1" "$work/page"
  read -r x y w h < <(bbox "$work/page.ppm")
  pdftoppm -png -r "$DPI" -f "$2" -l "$2" -singlefile -x "$x" -y "$y" -W "$w" -H "$h" "$1" "${3%.png}"
}

for id in taobao-cs store-ops; do
  node dist/cli/index.js policy export "$id" --out "$work/$id.xlsx" 2>/dev/null
  soffice --headless --convert-to pdf --outdir "$work" "$work/$id.xlsx" >/dev/null 2>&1
done
shot "$work/taobao-cs.pdf" 1 docs/policy-sheet-policy.png
shot "$work/store-ops.pdf" 2 docs/policy-sheet-levels.png
shot "$work/taobao-cs.pdf" 3 docs/policy-sheet-rules.png
ls -l docs/policy-sheet-*.png
