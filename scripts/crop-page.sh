# Sourced by the render-*.sh scripts from the repository root (needs LibreOffice and poppler).

# `render_setup` builds the CLI and sets `work` (a temp folder removed on exit) and `DPI`.
render_setup() {
  npx tsc -p tsconfig.cli.json
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  DPI=96
}

# `crop_page PDF PAGE OUT.png DPI WORKDIR` renders one page of a PDF to PNG, cropped to its
# non-white content plus a 12-pixel margin.
crop_page() {
  local pdf="$1" page="$2" out="$3" dpi="$4" work="$5"
  pdftoppm -r "$dpi" -f "$page" -l "$page" -singlefile "$pdf" "$work/page"
  local x y w h
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
  pdftoppm -png -r "$dpi" -f "$page" -l "$page" -singlefile -x "$x" -y "$y" -W "$w" -H "$h" "$pdf" "${out%.png}"
}
