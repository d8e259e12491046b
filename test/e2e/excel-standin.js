/* An Excel stand-in for the end-to-end tests: `Office` and `Excel` globals implementing the
 * subset of the Excel JavaScript API the task pane's adapter uses, over an in-memory workbook.
 * It keeps Office.js's load/sync contract (a loaded property can be read only after
 * `context.sync()`), counts requests and flags any text that would have been written as a
 * formula. The test injects it (instead of office.js from the CDN) with `window.__standin`:
 * { locale, sheets: [{ name, cells: { "r,c": { v, f } } }], active, selection, syncDelayMs }. */
(function () {
  "use strict";
  const cfg = window.__standin || {};

  // ---- the in-memory workbook ------------------------------------------------------------
  let nextId = 1;
  const book = {
    sheets: [],
    tables: [],
    settings: {},
    active: null,
    selection: null,
    syncs: 0,
    failSync: null,
    calcSuspended: 0,
    formulas: [],
  };
  function newSheet(name) {
    return { name, id: `{SHEET-${nextId++}}`, cells: new Map(), charts: [], cfs: [], freezeRows: 0, widths: {}, fonts: new Map(), fills: new Map(), wraps: new Map(), heights: {} };
  }
  for (const s of cfg.sheets || []) {
    const sheet = newSheet(s.name);
    for (const [k, c] of Object.entries(s.cells || {})) sheet.cells.set(k, { v: c.v, f: c.f || "General" });
    book.sheets.push(sheet);
  }
  if (book.sheets.length === 0) book.sheets.push(newSheet("Sheet1"));
  book.active = book.sheets.find((s) => s.name === cfg.active) || book.sheets[0];
  book.selection = cfg.selection || { sheet: book.active.name, r0: 0, c0: 0, nr: 1, nc: 1 };

  const key = (r, c) => `${r},${c}`;
  const sheetByName = (name) => book.sheets.find((s) => s.name.toLowerCase() === String(name).toLowerCase());
  function colName(i) {
    let s = "";
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }
  function colIndex(letters) {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  }
  /** "A1:B2", "A:A", "B7" -> {r0,c0,nr,nc} */
  function parseAddress(addr) {
    const a = addr.includes("!") ? addr.slice(addr.lastIndexOf("!") + 1) : addr;
    const [p, q] = a.replace(/\$/g, "").split(":");
    const cell = (t) => {
      const m = /^([A-Z]+)?(\d+)?$/i.exec(t);
      return { c: m[1] ? colIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
    };
    const x = cell(p);
    const y = q ? cell(q) : x;
    const r0 = x.r === null ? 0 : x.r;
    const r1 = y.r === null ? 1048575 : y.r;
    const c0 = x.c === null ? 0 : x.c;
    const c1 = y.c === null ? 16383 : y.c;
    return { r0, c0, nr: r1 - r0 + 1, nc: c1 - c0 + 1 };
  }
  function a1(g) {
    const first = `${colName(g.c0)}${g.r0 + 1}`;
    const last = `${colName(g.c0 + g.nc - 1)}${g.r0 + g.nr}`;
    return first === last ? first : `${first}:${last}`;
  }
  function quoted(name) {
    return /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
  }
  const isEmpty = (c) => !c || c.v === "" || c.v === null || c.v === undefined;
  function usedBox(sheet) {
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    for (const [k, c] of sheet.cells) {
      if (isEmpty(c)) continue;
      const [r, col] = k.split(",").map(Number);
      r0 = Math.min(r0, r); c0 = Math.min(c0, col); r1 = Math.max(r1, r); c1 = Math.max(c1, col);
    }
    return r1 < 0 ? null : { r0, c0, nr: r1 - r0 + 1, nc: c1 - c0 + 1 };
  }
  function regionOf(sheet, r, c) {
    let g = { r0: r, c0: c, r1: r, c1: c };
    const filled = (rr, cc) => rr >= 0 && cc >= 0 && !isEmpty(sheet.cells.get(key(rr, cc)));
    for (let changed = true; changed; ) {
      changed = false;
      const rowHas = (rr) => { for (let cc = g.c0 - 1; cc <= g.c1 + 1; cc++) if (filled(rr, cc)) return true; return false; };
      const colHas = (cc) => { for (let rr = g.r0 - 1; rr <= g.r1 + 1; rr++) if (filled(rr, cc)) return true; return false; };
      if (g.r0 > 0 && rowHas(g.r0 - 1)) { g.r0--; changed = true; }
      if (rowHas(g.r1 + 1)) { g.r1++; changed = true; }
      if (g.c0 > 0 && colHas(g.c0 - 1)) { g.c0--; changed = true; }
      if (colHas(g.c1 + 1)) { g.c1++; changed = true; }
    }
    return { r0: g.r0, c0: g.c0, nr: g.r1 - g.r0 + 1, nc: g.c1 - g.c0 + 1 };
  }
  function serialToIso(n) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(n) * 86400000);
    return d.toISOString().slice(0, 10);
  }
  function displayText(c) {
    if (isEmpty(c)) return "";
    if (typeof c.v === "number" && /yy|dd/i.test(c.f)) return serialToIso(c.v);
    if (typeof c.v === "number" && /%/.test(c.f)) return `${Math.round(c.v * 1000) / 10}%`;
    return String(c.v);
  }

  // ---- load/sync contract ------------------------------------------------------------------
  class Context {
    constructor() {
      this.pending = new Set();
      this.workbook = new Workbook(this);
      this.application = { suspendApiCalculationUntilNextSync: () => { book.calcSuspended++; }, calculate: () => undefined };
      this.requestBytes = 0;
    }
    async sync() {
      book.syncs++;
      if (book.failSync) {
        const text = book.failSync;
        book.failSync = null;
        throw Object.assign(new Error(text), { code: "GeneralException" });
      }
      for (const p of this.pending) { for (const n of p._pendingProps) p._loaded.add(n); p._pendingProps.clear(); }
      this.pending.clear();
      const delay = (window.__standin && window.__standin.syncDelayMs) || 0;
      await new Promise((r) => setTimeout(r, delay));
    }
  }
  class Proxy0 {
    constructor(ctx) { this.context = ctx; this._loaded = new Set(); this._pendingProps = new Set(); }
    load(props) {
      let names = [];
      if (props === undefined) names = ["*"];
      else if (typeof props === "string") names = props.split(",");
      else if (Array.isArray(props)) names = props;
      else names = Object.keys(props);
      for (const n of names) this._pendingProps.add(n.trim().split("/")[0]);
      this.context.pending.add(this);
      return this;
    }
    _get(name, value) {
      if (!this._loaded.has(name) && !this._loaded.has("*")) throw new Error(`PropertyNotLoaded: ${name} (call load("${name}") and context.sync() first)`);
      return value;
    }
  }

  /** Items of a loaded collection: their loaded properties (`items/name`) are readable. */
  function loadedAll(p) {
    p._loaded = new Set(["*"]);
    if (p.worksheet) p.worksheet._loaded = new Set(["*"]);
    return p;
  }

  class RangeFormat {
    constructor(sheet, g) {
      this.fill = { set color(v) { forEach(g, (r, c) => sheet.fills.set(key(r, c), v)); } };
      this.font = {
        set bold(v) { forEach(g, (r, c) => { const f = sheet.fonts.get(key(r, c)) || {}; f.bold = v; sheet.fonts.set(key(r, c), f); }); },
        set color(v) { forEach(g, (r, c) => { const f = sheet.fonts.get(key(r, c)) || {}; f.color = v; sheet.fonts.set(key(r, c), f); }); },
        set size(v) { forEach(g, (r, c) => { const f = sheet.fonts.get(key(r, c)) || {}; f.size = v; sheet.fonts.set(key(r, c), f); }); },
      };
      this._sheet = sheet; this._g = g;
    }
    set wrapText(v) { for (let c = this._g.c0; c < this._g.c0 + Math.min(this._g.nc, 64); c++) this._sheet.wraps.set(`${this._g.r0},${c},${this._g.nr}`, v); }
    set verticalAlignment(_v) { /* kept only as a setter */ }
    set columnWidth(v) { for (let c = this._g.c0; c < this._g.c0 + Math.min(this._g.nc, 64); c++) this._sheet.widths[c] = v; }
    set rowHeight(v) { this._sheet.heights[this._g.r0] = v; }
  }
  function forEach(g, fn) {
    const nr = Math.min(g.nr, 2000000), nc = Math.min(g.nc, 64);
    for (let r = g.r0; r < g.r0 + nr; r++) for (let c = g.c0; c < g.c0 + nc; c++) fn(r, c);
  }
  function grid(value, g) {
    if (!Array.isArray(value)) return () => value;
    if (value.length === 1 && value[0].length === 1 && (g.nr > 1 || g.nc > 1)) return () => value[0][0];
    if (value.length !== g.nr || value.some((row) => row.length !== g.nc)) throw new Error(`InvalidArgument: a ${value.length}x${(value[0] || []).length} array for a ${g.nr}x${g.nc} range`);
    return (i, j) => value[i][j];
  }

  class Range extends Proxy0 {
    constructor(ctx, sheet, g, isNull) { super(ctx); this._s = sheet; this._g = g; this._null = !!isNull; this.format = new RangeFormat(sheet, g); this.worksheet = new Worksheet(ctx, sheet); this.conditionalFormats = new CfCollection(sheet, g); }
    get isNullObject() { return this._get(this._loaded.size > 0 ? [...this._loaded][0] : "isNullObject", this._null); }
    get address() { return this._get("address", `${quoted(this._s.name)}!${a1(this._g)}`); }
    get rowIndex() { return this._get("rowIndex", this._g.r0); }
    get columnIndex() { return this._get("columnIndex", this._g.c0); }
    get rowCount() { return this._get("rowCount", this._g.nr); }
    get columnCount() { return this._get("columnCount", this._g.nc); }
    _map(fn) {
      const out = [];
      for (let r = this._g.r0; r < this._g.r0 + this._g.nr; r++) {
        const row = [];
        for (let c = this._g.c0; c < this._g.c0 + this._g.nc; c++) row.push(fn(this._s.cells.get(key(r, c))));
        out.push(row);
      }
      return out;
    }
    get values() { return this._get("values", this._map((c) => (isEmpty(c) ? "" : c.v))); }
    get text() { return this._get("text", this._map(displayText)); }
    get numberFormat() { return this._get("numberFormat", this._map((c) => (c ? c.f : "General"))); }
    get valueTypes() { return this._get("valueTypes", this._map((c) => (isEmpty(c) ? "Empty" : typeof c.v === "number" ? "Double" : typeof c.v === "boolean" ? "Boolean" : /^#[A-Z/0!?]+[!?A]?$/.test(c.v) ? "Error" : "String"))); }
    set values(value) {
      this.context.requestBytes += JSON.stringify(value).length;
      const at = grid(value, this._g);
      for (let i = 0; i < this._g.nr; i++) for (let j = 0; j < this._g.nc; j++) {
        const k = key(this._g.r0 + i, this._g.c0 + j);
        const v = at(i, j);
        if (v === null) continue; // null leaves a cell as it is
        const cell = this._s.cells.get(k) || { v: "", f: "General" };
        if (typeof v === "string" && /^[=+\-@]/.test(v) && cell.f !== "@") book.formulas.push(`${this._s.name}!${colName(this._g.c0 + j)}${this._g.r0 + i + 1}`);
        cell.v = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
        this._s.cells.set(k, cell);
      }
    }
    set numberFormat(value) {
      const at = grid(value, this._g);
      for (let i = 0; i < this._g.nr; i++) for (let j = 0; j < this._g.nc; j++) {
        const k = key(this._g.r0 + i, this._g.c0 + j);
        const cell = this._s.cells.get(k) || { v: "", f: "General" };
        cell.f = at(i, j);
        this._s.cells.set(k, cell);
      }
    }
    getSurroundingRegion() { return new Range(this.context, this._s, regionOf(this._s, this._g.r0, this._g.c0)); }
    getResizedRange(dr, dc) { return new Range(this.context, this._s, { ...this._g, nr: this._g.nr + dr, nc: this._g.nc + dc }); }
    getRow(i) { return new Range(this.context, this._s, { ...this._g, r0: this._g.r0 + i, nr: 1 }); }
    getTables() {
      const g = this._g;
      const hit = book.tables.filter((t) => t.sheet === this._s && t.r0 < g.r0 + g.nr && g.r0 < t.r0 + t.nr && t.c0 < g.c0 + g.nc && g.c0 < t.c0 + t.nc);
      return new TableCollection(this.context, () => hit, this._s);
    }
    select() { book.active = this._s; book.selection = { sheet: this._s.name, ...this._g }; }
  }

  class CfCollection {
    constructor(sheet, g) { this._s = sheet; this._g = g; }
    add(type) {
      const cf = { type, range: a1(this._g), cellValue: { format: { fill: { color: null }, font: { color: null } }, rule: null } };
      this._s.cfs.push(cf);
      return cf;
    }
  }

  class Table extends Proxy0 {
    constructor(ctx, t) { super(ctx); this._t = t; this.worksheet = new Worksheet(ctx, t.sheet); }
    get name() { return this._get("name", this._t.name); }
    set name(v) { if (book.tables.some((o) => o !== this._t && o.name.toLowerCase() === v.toLowerCase())) throw new Error(`InvalidArgument: table name ${v} is taken`); this._t.name = v; }
    set style(v) { this._t.style = v; }
    set showTotals(v) { this._t.showTotals = v; }
    getRange() { const t = this._t; return new Range(this.context, t.sheet, { r0: t.r0, c0: t.c0, nr: t.nr + (t.showTotals ? 1 : 0), nc: t.nc }); }
    getHeaderRowRange() { const t = this._t; return new Range(this.context, t.sheet, { r0: t.r0, c0: t.c0, nr: 1, nc: t.nc }); }
    getTotalRowRange() { const t = this._t; if (!t.showTotals) throw new Error("InvalidOperation: no total row"); return new Range(this.context, t.sheet, { r0: t.r0 + t.nr, c0: t.c0, nr: 1, nc: t.nc }); }
    resize(range) { const g = range._g; Object.assign(this._t, { r0: g.r0, c0: g.c0, nr: g.nr, nc: g.nc }); }
  }
  class TableCollection extends Proxy0 {
    constructor(ctx, list, sheet) { super(ctx); this._list = list; this._s = sheet; }
    get items() { return this._get("items", this._list().map((t) => loadedAll(new Table(this.context, t)))); }
    getItem(name) { const t = this._list().find((x) => x.name.toLowerCase() === name.toLowerCase()); if (!t) throw new Error(`ItemNotFound: table ${name}`); return new Table(this.context, t); }
    getItemAt(i) { const t = this._list()[i]; if (!t) throw new Error(`ItemNotFound: table #${i}`); return new Table(this.context, t); }
    add(range, hasHeaders) {
      const r = typeof range === "string" ? new Range(this.context, this._s, parseAddress(range)) : range;
      const g = r._g;
      if (book.tables.some((t) => t.sheet === r._s && t.r0 < g.r0 + g.nr && g.r0 < t.r0 + t.nr + 1 && t.c0 < g.c0 + g.nc && g.c0 < t.c0 + t.nc)) throw new Error("InvalidOperation: tables overlap");
      const t = { name: `Table${book.tables.length + 1}`, sheet: r._s, r0: g.r0, c0: g.c0, nr: g.nr, nc: g.nc, hasHeaders, style: "TableStyleMedium2", showTotals: false };
      book.tables.push(t);
      return new Table(this.context, t);
    }
  }

  class Worksheet extends Proxy0 {
    constructor(ctx, sheet) {
      super(ctx);
      this._s = sheet;
      this.tables = new TableCollection(ctx, () => book.tables.filter((t) => t.sheet === sheet), sheet);
      this.freezePanes = { freezeRows: (n) => { sheet.freezeRows = n; } };
      this.charts = {
        add: (type, range, seriesBy) => {
          const chart = { type, source: a1(range._g), seriesBy, title: { text: "" }, legend: { visible: true }, position: null, setPosition(a, b) { this.position = [a, b]; } };
          sheet.charts.push(chart);
          return chart;
        },
      };
    }
    _alive() { if (!book.sheets.includes(this._s)) throw new Error(`ItemNotFound: sheet ${this._s.name} was deleted`); return this._s; }
    get name() { return this._get("name", this._s.name); }
    get id() { return this._get("id", this._s.id); }
    get position() { return this._get("position", book.sheets.indexOf(this._s)); }
    set position(p) { const i = book.sheets.indexOf(this._alive()); book.sheets.splice(i, 1); book.sheets.splice(Math.min(p, book.sheets.length), 0, this._s); }
    getRange(addr) { return new Range(this.context, this._alive(), parseAddress(addr || "A1")); }
    getRangeByIndexes(r, c, nr, nc) { if (nr < 1 || nc < 1) throw new Error("InvalidArgument: empty range"); return new Range(this.context, this._alive(), { r0: r, c0: c, nr, nc }); }
    getUsedRangeOrNullObject() { const g = usedBox(this._alive()); return new Range(this.context, this._s, g || { r0: 0, c0: 0, nr: 1, nc: 1 }, !g); }
    getUsedRange() { return new Range(this.context, this._alive(), usedBox(this._s) || { r0: 0, c0: 0, nr: 1, nc: 1 }); }
    activate() { book.active = this._alive(); }
    delete() {
      const i = book.sheets.indexOf(this._alive());
      book.sheets.splice(i, 1);
      book.tables = book.tables.filter((t) => t.sheet !== this._s);
      if (book.active === this._s) book.active = book.sheets[0];
    }
  }
  class WorksheetCollection extends Proxy0 {
    get items() { return this._get("items", book.sheets.map((s) => loadedAll(new Worksheet(this.context, s)))); }
    getItem(name) { const s = sheetByName(name); if (!s) throw new Error(`ItemNotFound: sheet ${name}`); return new Worksheet(this.context, s); }
    getItemOrNullObject(name) { const s = sheetByName(name); const w = new Worksheet(this.context, s || newSheet(name)); w._nullSheet = !s; return w; }
    getActiveWorksheet() { return new Worksheet(this.context, book.active); }
    add(name) {
      if (sheetByName(name)) throw new Error(`ItemAlreadyExists: sheet ${name}`);
      const s = newSheet(name);
      book.sheets.push(s);
      return new Worksheet(this.context, s);
    }
  }
  class Setting extends Proxy0 {
    constructor(ctx, k) { super(ctx); this._k = k; }
    get isNullObject() { return this._get(this._loaded.size > 0 ? [...this._loaded][0] : "isNullObject", !(this._k in book.settings)); }
    get value() { return this._get("value", book.settings[this._k]); }
  }
  class Workbook {
    constructor(ctx) {
      this.context = ctx;
      this.worksheets = new WorksheetCollection(ctx);
      this.tables = new TableCollection(ctx, () => book.tables, null);
      this.settings = {
        getItemOrNullObject: (k) => new Setting(ctx, k),
        add: (k, v) => { book.settings[k] = JSON.parse(JSON.stringify(v)); },
      };
      this.application = ctx.application;
    }
    getSelectedRange() { const sel = book.selection; return new Range(this.context, sheetByName(sel.sheet), sel); }
  }

  // ---- globals ----------------------------------------------------------------------------------
  // The shared runtime's custom-functions registry (the functions bundle loads in this page too).
  // `associate` keeps each function by id in `window.__standinFunctions`, so a test can call
  // PROMO.* in the page as Excel would.
  const functions = {};
  window.__standinFunctions = functions;
  window.CustomFunctions = {
    associate: (id, fn) => { functions[id] = fn; },
    Error: class extends Error { constructor(code, message) { super(message || code); this.code = code; } },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  };
  window.Excel = {
    run: async (batch) => batch(new Context()),
    CalculationType: { full: "Full", recalculate: "Recalculate" },
  };
  let ready = null;
  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    context: { displayLanguage: cfg.locale || "zh-CN", requirements: { isSetSupported: () => false } },
    onReady(cb) {
      if (!ready) ready = new Promise((resolve) => setTimeout(() => resolve({ host: "Excel", platform: "OfficeOnline" }), 0));
      return ready.then((info) => { if (cb) cb(info); return info; });
    },
  };

  // ---- what the tests inspect ---------------------------------------------------------------
  window.__standinBook = {
    get syncs() { return book.syncs; },
    /** The next context.sync fails with this message (as Excel's GeneralException does). */
    failNextSync(text) { book.failSync = text; },
    get formulas() { return book.formulas.slice(); },
    sheetNames: () => book.sheets.map((s) => s.name),
    active: () => book.active.name,
    selection: () => `${book.selection.sheet}!${a1(book.selection)}`,
    settings: () => JSON.parse(JSON.stringify(book.settings)),
    /** The used range's values from A1 (dates as serials), or null for a missing sheet. */
    values(name) {
      const s = sheetByName(name);
      if (!s) return null;
      const g = usedBox(s);
      if (!g) return [];
      const out = [];
      for (let r = 0; r < g.r0 + g.nr; r++) { const row = []; for (let c = 0; c < g.c0 + g.nc; c++) { const cell = s.cells.get(key(r, c)); row.push(isEmpty(cell) ? null : cell.v); } out.push(row); }
      return out;
    },
    format(name, address) { const s = sheetByName(name); const g = parseAddress(address); const c = s.cells.get(key(g.r0, g.c0)); return c ? c.f : "General"; },
    info(name) {
      const s = sheetByName(name);
      if (!s) return null;
      return {
        id: s.id,
        freezeRows: s.freezeRows,
        widths: { ...s.widths },
        charts: s.charts.map((c) => ({ type: c.type, source: c.source, title: c.title.text, position: c.position })),
        conditionalFormats: s.cfs.map((c) => ({ range: c.range, fill: c.cellValue.format.fill.color, font: c.cellValue.format.font.color, rule: c.cellValue.rule })),
        tables: book.tables.filter((t) => t.sheet === s).map((t) => ({ name: t.name, address: a1({ r0: t.r0, c0: t.c0, nr: t.nr, nc: t.nc }), style: t.style, showTotals: t.showTotals })),
        titleFont: s.fonts.get("0,0") || null,
      };
    },
    /** Writes a cell as a user would (used to sign off between runs). */
    setCell(name, address, value) { const s = sheetByName(name); const g = parseAddress(address); const k = key(g.r0, g.c0); const c = s.cells.get(k) || { v: "", f: "General" }; c.v = value; s.cells.set(k, c); },
  };
})();
