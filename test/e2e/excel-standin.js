/* An Excel stand-in for the end-to-end tests, as strict as Microsoft's documentation: `Office`
 * and `Excel` globals implementing the part of the Excel JavaScript API the add-in uses, over an
 * in-memory workbook. It is built from the documentation (each rule below cites the page it comes
 * from), not from the add-in's code. The test injects it (in place of office.js from the CDN) with
 * `window.__standin`: { locale, profile, sheets: [{ name, cells: { "r,c": { v, f } } }], active,
 * selection, syncDelayMs, apiSets }.
 *
 * Rules (the docs they come from):
 * - Proxy objects and the request queue ("Excel JavaScript object model in Office Add-ins",
 *   docs/excel/excel-add-ins-core-concepts.md; "Application-specific API model",
 *   docs/develop/application-specific-api-model.md): calls on proxy objects only queue commands;
 *   `context.sync()` runs them in order. A property is readable only after `load` and `sync`, else
 *   office.js throws PropertyNotLoaded at the read; writes reach the workbook at `sync`.
 * - Errors ("Error handling with the application-specific JavaScript APIs",
 *   docs/testing/application-specific-api-error-handling.md): a failed command rejects the
 *   `sync` with an OfficeExtension.Error whose `code` is one of the documented codes
 *   (ItemNotFound, InvalidArgument, InvalidSelection, RequestPayloadSizeLimitExceeded, ...);
 *   commands before it in the batch stay applied.
 * - Limits ("Resource limits and performance optimization for Office Add-ins",
 *   docs/concepts/resource-limits-and-performance-optimization.md#excel-add-ins): Excel on the
 *   web refuses requests and responses over 5 MB; a read is limited to 5,000,000 cells.
 * - Unbounded ranges ("Read or write to an unbounded range", docs/excel/excel-add-ins-ranges-unbounded.md):
 *   cell-level properties of an entire-column/row range read as null; setting them is an error.
 * - Sheet bounds (Excel specifications: 1,048,576 rows by 16,384 columns).
 * - Multiple selection (`Workbook.getSelectedRange` in @types/office-js: "If multiple ranges are
 *   selected, this method will throw an error"): InvalidSelection.
 * - Typed input (`Range.values` in @types/office-js; "Set and get range values, text, or formulas",
 *   docs/excel/excel-add-ins-ranges-set-get-values.md): a string set on a General cell is read as if
 *   typed (numbers, percentages, booleans, dates, formulas); a text (`@`) cell keeps it. Dates and
 *   numbers are read in the culture's order and separators (`Excel.CultureInfo`, ExcelApi 1.11:
 *   `datetimeFormat.shortDatePattern`, `numberFormat.numberDecimalSeparator`; the CultureInfo
 *   sample "writes the day or month first in the string based on system settings"): en-US
 *   month/day/year, zh-CN year/month/day (also 2026年11月23日), de-DE day.month.year with a decimal
 *   comma. Every string that was stored as something else is logged (`converted()`).
 * - Formulas (`Range.formulas`, ExcelApi 1.1): set through `formulas` (or a string starting with
 *   "=" through `values`, see above) a cell holds a formula; `formulas` reads it back, `values`
 *   read its last calculated value (none here: 0 until calculated, "Set and get range values, text,
 *   or formulas"). `Worksheet.calculate` (ExcelApi 1.6), `Application.calculate` (1.1) and
 *   `getSpecialCellsOrNullObject(formulas)` (1.9) are logged / answered from those cells.
 * - Events ("Work with events using the Excel JavaScript API", docs/excel/excel-add-ins-events.md;
 *   `[Api set]` of each event in @types/office-js): `worksheets.onChanged` (1.9), `onAdded` /
 *   `onDeleted` (1.7), `onNameChanged` (1.17), `settings.onSettingsChanged` (1.4) exist only where
 *   the profile has their set (member presence, below); registering is queued like any command
 *   and takes effect at sync; a handler runs after the change, outside any request, with the
 *   documented event arguments (`worksheetId`, `address`, `changeType`, `source`).
 * - The Common API settings (`Office.context.document.settings`, "Persist add-in state and
 *   settings", docs/develop/persisting-add-in-state-and-settings.md; `Office.Settings` in
 *   @types/office-js): an in-memory copy loaded when the add-in starts; `get` reads the copy,
 *   stale after `workbook.settings` changes until `refreshAsync`; `saveAsync` writes the whole
 *   copy back over the document's settings. Every call is logged (`commonSettingsCalls()`).
 * - Tables grow when values are written directly below their body ("Excel JavaScript API
 *   performance optimization", docs/excel/performance.md#importing-data-into-tables; co-authoring
 *   article: "table automatically expands").
 * - Requirement sets ("Office versions and requirement sets", docs/develop/office-versions-and-requirement-sets.md):
 *   `isSetSupported` follows the host profile, and members whose `[Api set: ExcelApi 1.x]`
 *   annotation (@types/office-js) is above the profile are absent (office.js of an older host has
 *   no such member: "is not a function").
 */
(function () {
  "use strict";
  const cfg = window.__standin || {};

  // ---- host profiles ----------------------------------------------------------------------------
  /* Requirement sets per host ("Excel JavaScript API requirement sets"): the manifest's floor
   * (SharedRuntime 1.1: Excel builds with ExcelApi 1.10), and Microsoft 365 on the web (ExcelApi
   * 1.20 as of 2025-09). Only the web has the 5 MB payload limit (error codes table: "This error
   * only occurs in Office on the web"). */
  const PROFILES = {
    floor: { platform: "PC", sets: { CustomFunctionsRuntime: "1.1", DialogApi: "1.1", ...(cfg.floor || { ExcelApi: "1.10", SharedRuntime: "1.1" }) }, web: false },
    web: { platform: "OfficeOnline", sets: { ExcelApi: "1.20", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.4", DialogApi: "1.2", ExcelApiOnline: "1.1" }, web: true },
  };
  const profile = PROFILES[cfg.profile || "web"];
  /* Cultures (`Excel.CultureInfo`: name, `numberFormat` separators, `datetimeFormat.shortDatePattern`). */
  const CULTURES = {
    "en-US": { name: "en-US", decimal: ".", group: ",", order: "mdy", dateSep: "/" },
    "zh-CN": { name: "zh-CN", decimal: ".", group: ",", order: "ymd", dateSep: "/" },
    "de-DE": { name: "de-DE", decimal: ",", group: ".", order: "dmy", dateSep: "." },
  };
  const culture = CULTURES[cfg.culture || cfg.locale] || (String(cfg.culture || cfg.locale || "").startsWith("zh") ? CULTURES["zh-CN"] : CULTURES["en-US"]);
  const MB5 = 5 * 1024 * 1024;
  const MAX_READ_CELLS = 5000000;
  const ROWS = 1048576;
  const COLS = 16384;

  function versionAtMost(want, have) {
    const a = String(want).split(".").map(Number);
    const b = String(have).split(".").map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) < (b[i] || 0);
    }
    return true;
  }
  function isSetSupported(name, version) {
    const have = profile.sets[name];
    return have !== undefined && versionAtMost(version === undefined ? "1.1" : version, have);
  }

  // ---- errors -----------------------------------------------------------------------------------
  /** An OfficeExtension.Error as office.js rejects `sync` with: name, code, message, debugInfo. */
  class OfficeError extends Error {
    constructor(code, message, location) {
      super(message);
      this.name = "RichApi.Error";
      this.code = code;
      this.debugInfo = { code, message, errorLocation: location || "" };
    }
  }
  const MESSAGES = {
    ItemNotFound: "The requested resource doesn't exist.",
    InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
    InvalidSelection: "The current selection is invalid for this operation.",
    InvalidOperation: "The operation attempted is invalid on the object.",
    ItemAlreadyExists: "The resource being created already exists.",
    RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
    ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
    RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
    GeneralException: "There was an internal error while processing the request.",
  };
  const fail = (code, location) => { throw new OfficeError(code, MESSAGES[code] || code, location); };

  // ---- the in-memory workbook ---------------------------------------------------------------------
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
    requests: [],
    responses: [],
    refused: [],
    handlers: 0,
    converted: [],
    calculated: [],
    reads: {},
    events: [],
    commonCalls: [],
  };
  /** Event handlers registered (at sync) by event name. */
  const listeners = { onChanged: [], onAdded: [], onDeleted: [], onNameChanged: [], onActivated: [], onSettingsChanged: [] };
  /** Raises an event after the current change, outside any request (handlers are async). */
  function raise(name, args) {
    const hs = listeners[name].slice();
    book.events.push({ event: name, handlers: hs.length, ...(args && args.worksheetId ? { worksheetId: args.worksheetId } : {}) });
    if (hs.length > 0) setTimeout(() => { for (const h of hs) Promise.resolve().then(() => h(args)).catch(() => undefined); }, 0);
  }
  function newSheet(name) {
    return { name, id: `{SHEET-${nextId++}}`, cells: new Map(), charts: [], cfs: [], freezeRows: 0, widths: {}, fonts: new Map(), fills: new Map(), wraps: new Map(), heights: {} };
  }
  for (const s of cfg.sheets || []) {
    const sheet = newSheet(s.name);
    for (const [k, c] of Object.entries(s.cells || {})) sheet.cells.set(k, { v: c.v, f: c.f || "General" });
    book.sheets.push(sheet);
  }
  // Sheets generated in the page (a large roster would be too slow to pass as JSON).
  if (typeof window.__standinGenerate === "function") for (const s of window.__standinGenerate()) { const sheet = newSheet(s.name); sheet.cells = s.cells; book.sheets.push(sheet); }
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
  /** "A1:B2", "A:A", "3:3", "B7" -> {r0,c0,nr,nc}; an invalid address is InvalidArgument. */
  function parseAddress(addr) {
    const a = addr.includes("!") ? addr.slice(addr.lastIndexOf("!") + 1) : addr;
    const [p, q] = a.replace(/\$/g, "").split(":");
    const cell = (t) => {
      const m = /^([A-Z]{1,3})?(\d+)?$/i.exec(t || "");
      if (!m || (!m[1] && !m[2])) fail("InvalidArgument", addr);
      return { c: m[1] ? colIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
    };
    const x = cell(p);
    const y = q ? cell(q) : x;
    const r0 = x.r === null ? 0 : x.r;
    const r1 = y.r === null ? ROWS - 1 : y.r;
    const c0 = x.c === null ? 0 : x.c;
    const c1 = y.c === null ? COLS - 1 : y.c;
    return inBounds({ r0, c0, nr: r1 - r0 + 1, nc: c1 - c0 + 1 }, addr);
  }
  /** Sheet bounds: 1,048,576 rows by 16,384 columns. */
  function inBounds(g, where) {
    if (!(g.r0 >= 0 && g.c0 >= 0 && g.nr >= 1 && g.nc >= 1 && g.r0 + g.nr <= ROWS && g.c0 + g.nc <= COLS)) fail("InvalidArgument", where);
    return g;
  }
  const unbounded = (g) => (g.r0 === 0 && g.nr === ROWS) || (g.c0 === 0 && g.nc === COLS);
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
      const i = k.indexOf(",");
      const r = +k.slice(0, i), col = +k.slice(i + 1);
      if (r < r0) r0 = r;
      if (col < c0) c0 = col;
      if (r > r1) r1 = r;
      if (col > c1) c1 = col;
    }
    return r1 < 0 ? null : { r0, c0, nr: r1 - r0 + 1, nc: c1 - c0 + 1 };
  }
  function regionOf(sheet, r, c) {
    const g = { r0: r, c0: c, r1: r, c1: c };
    const filled = (rr, cc) => rr >= 0 && cc >= 0 && !isEmpty(sheet.cells.get(key(rr, cc)));
    for (let changed = true; changed; ) {
      changed = false;
      const rowHas = (rr) => { for (let cc = g.c0 - 1; cc <= g.c1 + 1; cc++) if (filled(rr, cc)) return true; return false; };
      const colHas = (cc) => { for (let rr = g.r0 - 1; rr <= g.r1 + 1; rr++) if (filled(rr, cc)) return true; return false; };
      // Rows first, as far as they go (a column check scans every row of the region).
      while (g.r0 > 0 && rowHas(g.r0 - 1)) { g.r0--; changed = true; }
      while (g.r1 < ROWS - 1 && rowHas(g.r1 + 1)) { g.r1++; changed = true; }
      while (g.c0 > 0 && colHas(g.c0 - 1)) { g.c0--; changed = true; }
      while (g.c1 < COLS - 1 && colHas(g.c1 + 1)) { g.c1++; changed = true; }
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

  /* A string set through `Range.values` on a cell that is not text-formatted is read as typed
   * input (`Range.values` in @types/office-js: "If the returned value starts with a plus ("+"),
   * minus ("-"), or equal sign ("="), Excel interprets this value as a formula"; typed numbers,
   * percentages, TRUE/FALSE and dates become numbers and booleans). A leading apostrophe keeps
   * the rest as text. Returns the stored value and the number format it implies. */
  function typedInput(s, format) {
    if (format === "@") return { v: s };
    if (s.startsWith("'")) return { v: s.slice(1) };
    if (/^[=+\-@]/.test(s) && s.length > 1 && numberOf(s.trim()) === null) return { formula: true, v: s };
    const t = s.trim();
    const n = numberOf(t);
    if (n !== null) return { v: n };
    const pct = /^(.+)%$/.exec(t);
    if (pct && numberOf(pct[1]) !== null) return { v: numberOf(pct[1]) / 100, f: format === "General" ? "0%" : undefined };
    if (/^(true|false)$/i.test(t)) return { v: /^true$/i.test(t) };
    const serial = dateOf(t);
    if (serial !== null) return { v: serial, f: format === "General" ? (culture.order === "ymd" ? "yyyy/m/d" : culture.order === "mdy" ? "m/d/yyyy" : "d.m.yyyy") : undefined };
    return { v: s };
  }
  /** A number typed in the culture: its decimal separator, optional group separators. */
  function numberOf(t) {
    const esc = (c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const d = esc(culture.decimal), g = esc(culture.group);
    const plain = new RegExp(`^[+-]?(\\d+(${d}\\d*)?|${d}\\d+)([eE][+-]?\\d+)?$`);
    const grouped = new RegExp(`^[+-]?\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`);
    if (!plain.test(t) && !grouped.test(t)) return null;
    return Number(t.split(culture.group).join("").replace(culture.decimal, "."));
  }
  /** A date typed in the culture's order (ISO year-month-day is read in every culture); its serial, or null. */
  function dateOf(t) {
    let y, m, d;
    let x = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
    if (x) [y, m, d] = [+x[1], +x[2], +x[3]];
    else if (culture.order === "ymd" && (x = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(t))) [y, m, d] = [+x[1], +x[2], +x[3]];
    else if (culture.order === "mdy" && (x = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t))) [m, d, y] = [+x[1], +x[2], +x[3]];
    else if (culture.order === "dmy" && (x = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t))) [d, m, y] = [+x[1], +x[2], +x[3]];
    else return null;
    const ms = Date.UTC(y, m - 1, d);
    const back = new Date(ms);
    if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d || y < 1900) return null;
    return Math.round((ms - Date.UTC(1899, 11, 30)) / 86400000);
  }

  // ---- wire sizes ---------------------------------------------------------------------------------
  /* What a request or response weighs on the wire: office.js serializes the batch with
   * JSON.stringify and its host envelope stringifies that text again (every quote and backslash
   * escaped twice), sent as UTF-8. */
  function utf8(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; } else n += 3;
    }
    return n;
  }
  function wireBytes(value) {
    const json = JSON.stringify(value === undefined ? null : value);
    let extra = 0;
    for (let i = 0; i < json.length; i++) { const c = json.charCodeAt(i); if (c === 34 || c === 92) extra++; }
    return utf8(json) + extra + 2;
  }
  /** Bytes of one queued action besides its arguments (id, type, name, object path). */
  const ACTION_WIRE = 120;

  // ---- load/sync ----------------------------------------------------------------------------------
  class Context {
    constructor() {
      this.queue = [];
      this.workbook = new Workbook(this);
      this.application = new Application(this);
      this.workbook.application = this.application;
      this.trackedObjects = { add: () => undefined, remove: () => undefined };
    }
    /** Queues a command: `run` is called at sync (it may throw an Office error); its result is response bytes. */
    _q(args, run) {
      this.queue.push({ bytes: ACTION_WIRE + (args === undefined ? 0 : wireBytes(args)), run, data: args !== undefined });
    }
    async sync() {
      book.syncs++;
      const batch = this.queue;
      this.queue = [];
      const delay = (window.__standin && window.__standin.syncDelayMs) || 0;
      await new Promise((r) => setTimeout(r, delay));
      // A test's failure is meant for the add-in's next change, not for a read the add-in makes
      // meanwhile on its own (e.g. after a workbook event): only a batch carrying data fails.
      if (book.failSync && batch.some((a) => a.data)) {
        const text = book.failSync;
        book.failSync = null;
        throw new OfficeError("GeneralException", text);
      }
      const request = 200 + batch.reduce((n, a) => n + a.bytes, 0);
      book.requests.push(request);
      if (profile.web && request > MB5) { book.refused.push(`request ${request}`); fail("RequestPayloadSizeLimitExceeded"); }
      let response = 200;
      const loaded = [];
      for (const a of batch) {
        const out = a.run();
        if (out && typeof out.commit === "function") { response += out.bytes; loaded.push(out.commit); }
      }
      book.responses.push(response);
      if (profile.web && response > MB5) { book.refused.push(`response ${response}`); fail("ResponsePayloadSizeLimitExceeded"); }
      for (const commit of loaded) commit();
    }
  }

  /** Splits load arguments into top-level names and nested paths (`items/name` -> items: [name]). */
  function loadTree(props) {
    let names = [];
    if (props === undefined || props === null) names = ["*"];
    else if (typeof props === "string") names = props.split(",");
    else if (Array.isArray(props)) names = props;
    else if (typeof props === "object") names = props.select ? String(props.select).split(",") : Object.keys(props);
    const tree = {};
    for (const raw of names) {
      const parts = raw.trim().split("/");
      let node = tree;
      for (const p of parts) node = node[p] = node[p] || {};
    }
    return tree;
  }

  class Proxy0 {
    /** `ref` resolves the target at sync time (and may fail there, as Excel does). */
    constructor(ctx, ref) { this.context = ctx; this._ref = ref; this._snap = null; }
    load(props) {
      const tree = this._tree(loadTree(props));
      this.context._q(undefined, () => {
        const snap = this._snapshot(this._ref(), tree);
        return { bytes: wireBytes(snap.wire), commit: () => { this._snap = Object.assign(this._snap || {}, snap.values); } };
      });
      return this;
    }
    /** PropertyNotLoaded, as office.js throws on reading a property that was not loaded and synced. */
    _get(name) {
      if (!this._snap || !(name in this._snap)) {
        throw new OfficeError("PropertyNotLoaded", `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
      }
      return this._snap[name];
    }
    /** Loaded values and their wire form for `tree` (names this class can load). */
    _snapshot(target, tree) {
      const values = {};
      const wire = {};
      const names = tree["*"] ? this._scalars() : Object.keys(tree);
      for (const n of names) {
        const v = this._read(target, n, tree[n] || {});
        values[n] = v.value;
        wire[n] = v.wire === undefined ? v.value : v.wire;
      }
      return { values, wire };
    }
    _tree(tree) { return tree; }
    _scalars() { return []; }
    _read(_target, name) { fail("InvalidArgument", `load ${name}`); return null; }
    toJSON() { return this._snap || {}; }
  }

  /** A loaded navigation property: a child proxy whose own snapshot was taken with the parent's. */
  function loadedChild(child, target, tree) {
    const snap = child._snapshot(target, tree);
    child._snap = snap.values;
    return { value: child, wire: snap.wire };
  }

  /** Null objects (`...OrNullObject`): `isNullObject` is a property like any other. */
  function nullable(proxy, isNull) { proxy._isNull = isNull; return proxy; }

  // ---- ranges -----------------------------------------------------------------------------------
  const CELL_PROPS = new Set(["values", "text", "numberFormat", "valueTypes", "formulas"]);
  function cellsOf(t, fn) {
    const out = [];
    for (let r = t.g.r0; r < t.g.r0 + t.g.nr; r++) {
      const row = [];
      for (let c = t.g.c0; c < t.g.c0 + t.g.nc; c++) row.push(fn(t.s.cells.get(key(r, c))));
      out.push(row);
    }
    return out;
  }
  const valueOf = (c) => (isEmpty(c) ? "" : c.v);
  const typeOf = (c) => (isEmpty(c) ? "Empty" : typeof c.v === "number" ? "Double" : typeof c.v === "boolean" ? "Boolean" : /^#[A-Z/0!?]+[!?A]?$/.test(c.v) ? "Error" : "String");

  class Range extends Proxy0 {
    /** `ref` resolves to { s: sheet, g: geometry } or null (a null object). */
    constructor(ctx, ref) {
      super(ctx, ref);
      this.format = new RangeFormat(this);
      this.conditionalFormats = new CfCollection(this);
      strip(this, "Range");
    }
    get worksheet() { return (this._snap && this._snap.worksheet) || this._ws || (this._ws = new Worksheet(this.context, () => this._target().s)); }
    _target() { const t = this._ref(); if (!t) fail("ItemNotFound", "null object"); return t; }
    _scalars() { return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount", "values", "text", "numberFormat", "valueTypes"]; }
    _read(t, name, tree) {
      if (name === "isNullObject") return { value: !t };
      if (!t) return { value: null };
      if (name === "worksheet") return loadedChild(new Worksheet(this.context, () => t.s), t.s, tree);
      if (CELL_PROPS.has(name)) {
        if (unbounded(t.g)) return { value: null };
        if (t.g.nr * t.g.nc > MAX_READ_CELLS) fail("RangeExceedsLimit", a1(t.g));
        if (name === "values") { book.reads[t.s.name] = (book.reads[t.s.name] || 0) + 1; return { value: cellsOf(t, valueOf) }; }
        if (name === "formulas") return { value: cellsOf(t, (c) => (c && c.formula ? c.formula : valueOf(c))) };
        if (name === "text") return { value: cellsOf(t, displayText) };
        if (name === "numberFormat") return { value: cellsOf(t, (c) => (c ? c.f : "General")) };
        return { value: cellsOf(t, typeOf) };
      }
      switch (name) {
        case "address": return { value: `${quoted(t.s.name)}!${a1(t.g)}` };
        case "rowIndex": return { value: t.g.r0 };
        case "columnIndex": return { value: t.g.c0 };
        case "rowCount": return { value: t.g.nr };
        case "columnCount": return { value: t.g.nc };
        case "cellCount": return { value: t.cells !== undefined ? t.cells : t.g.nr * t.g.nc };
        default: return super._read(t, name);
      }
    }
    /** `isNullObject` comes with every load (a null object's other properties read as null). */
    _tree(tree) { tree.isNullObject = {}; return tree; }
    get isNullObject() { return this._get("isNullObject"); }
    get address() { return this._get("address"); }
    get rowIndex() { return this._get("rowIndex"); }
    get columnIndex() { return this._get("columnIndex"); }
    get rowCount() { return this._get("rowCount"); }
    get columnCount() { return this._get("columnCount"); }
    get cellCount() { return this._get("cellCount"); }
    get values() { return this._get("values"); }
    get text() { return this._get("text"); }
    get numberFormat() { return this._get("numberFormat"); }
    get valueTypes() { return this._get("valueTypes"); }
    get formulas() { return this._get("formulas"); }
    set values(value) {
      this.context._q(value, () => writeValues(this._target(), value));
    }
    set formulas(value) {
      this.context._q(value, () => writeFormulas(this._target(), value));
    }
    /** [Api set: ExcelApi 1.9] The formula cells of the range (a RangeAreas; only `cellCount` and `isNullObject` here), or a null object. */
    getSpecialCellsOrNullObject(cellType) {
      return nullable(new Range(this.context, () => {
        const t = this._target();
        if (cellType !== "Formulas") fail("InvalidArgument", `special cells ${cellType}`);
        let n = 0;
        for (const [k, c] of t.s.cells) { const [r, col] = k.split(",").map(Number); if (c.formula && r >= t.g.r0 && r < t.g.r0 + t.g.nr && col >= t.g.c0 && col < t.g.c0 + t.g.nc) n++; }
        return n === 0 ? null : { s: t.s, g: t.g, cells: n };
      }), true);
    }
    set numberFormat(value) {
      this.context._q(value, () => {
        const t = this._target();
        if (unbounded(t.g)) fail("InvalidArgument", "numberFormat on an unbounded range");
        const at = grid(value, t.g);
        for (let i = 0; i < t.g.nr; i++) for (let j = 0; j < t.g.nc; j++) {
          const k = key(t.g.r0 + i, t.g.c0 + j);
          const cell = t.s.cells.get(k) || { v: "", f: "General" };
          cell.f = at(i, j);
          t.s.cells.set(k, cell);
        }
      });
    }
    _derived(fn) { return new Range(this.context, () => { const t = this._target(); return { s: t.s, g: inBounds(fn(t), "range") }; }); }
    getSurroundingRegion() { return this._derived((t) => regionOf(t.s, t.g.r0, t.g.c0)); }
    getResizedRange(dr, dc) { return this._derived((t) => ({ ...t.g, nr: t.g.nr + dr, nc: t.g.nc + dc })); }
    getRow(i) { return this._derived((t) => ({ ...t.g, r0: t.g.r0 + i, nr: 1 })); }
    getCell(i, j) { return this._derived((t) => ({ r0: t.g.r0 + i, c0: t.g.c0 + j, nr: 1, nc: 1 })); }
    getRowsBelow(n) { return this._derived((t) => ({ ...t.g, r0: t.g.r0 + t.g.nr, nr: n === undefined ? 1 : n })); }
    getIntersectionOrNullObject(other) {
      const o = typeof other === "string" ? null : other;
      return nullable(new Range(this.context, () => {
        const t = this._ref();
        const u = o ? o._ref() : { s: t && t.s, g: parseAddress(other) };
        if (!t || !u || t.s !== u.s) return null;
        const r0 = Math.max(t.g.r0, u.g.r0), c0 = Math.max(t.g.c0, u.g.c0);
        const r1 = Math.min(t.g.r0 + t.g.nr, u.g.r0 + u.g.nr), c1 = Math.min(t.g.c0 + t.g.nc, u.g.c0 + u.g.nc);
        return r1 > r0 && c1 > c0 ? { s: t.s, g: { r0, c0, nr: r1 - r0, nc: c1 - c0 } } : null;
      }), true);
    }
    getTables(fullyContained) {
      return new TableCollection(this.context, () => {
        const { s, g } = this._target();
        return book.tables.filter((t) => t.sheet === s && (fullyContained
          ? t.r0 >= g.r0 && t.c0 >= g.c0 && t.r0 + t.nr <= g.r0 + g.nr && t.c0 + t.nc <= g.c0 + g.nc
          : t.r0 < g.r0 + g.nr && g.r0 < t.r0 + t.nr && t.c0 < g.c0 + g.nc && g.c0 < t.c0 + t.nc));
      }, this);
    }
    select() { this.context._q(undefined, () => { const t = this._target(); book.active = t.s; book.selection = { sheet: t.s.name, ...t.g }; }); }
    // Range.merge(across): "Merge the range cells into one region in the worksheet", applied at sync
    // like every queued change [Api set: ExcelApi 1.2, within both profiles]
    // (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)).
    merge(across) {
      this.context._q(undefined, () => {
        const t = this._target();
        if (unbounded(t.g)) fail("InvalidArgument", "merge on an unbounded range");
        (t.s.merges || (t.s.merges = [])).push({ ...t.g, across: across === true });
      });
    }
  }

  function grid(value, g) {
    if (!Array.isArray(value)) return () => value;
    if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 && (g.nr > 1 || g.nc > 1)) return () => value[0][0];
    if (value.length !== g.nr || value.some((row) => !Array.isArray(row) || row.length !== g.nc)) fail("InvalidArgument", `a ${value.length}x${(value[0] || []).length} array for a ${g.nr}x${g.nc} range`);
    return (i, j) => value[i][j];
  }

  /** Applies a `Range.values` write: typed input on non-text cells, tables growing below. */
  function writeValues(t, value) {
    if (unbounded(t.g)) fail("InvalidArgument", "values on an unbounded range");
    const at = grid(value, t.g);
    let written = false;
    for (let i = 0; i < t.g.nr; i++) for (let j = 0; j < t.g.nc; j++) {
      const v = at(i, j);
      if (v === null) continue; // null leaves a cell as it is ("Work with blank or null values")
      const k = key(t.g.r0 + i, t.g.c0 + j);
      const cell = t.s.cells.get(k) || { v: "", f: "General" };
      if (typeof v === "string") {
        const typed = typedInput(v, cell.f);
        const where = `${t.s.name}!${colName(t.g.c0 + j)}${t.g.r0 + i + 1}`;
        if (typed.formula) { book.formulas.push(where); cell.formula = v; cell.v = 0; }
        else { delete cell.formula; cell.v = typed.v; }
        if (typed.formula || typed.v !== v) book.converted.push({ cell: where, from: v, to: typed.formula ? "formula" : typed.v });
        if (typed.f) cell.f = typed.f;
      } else { delete cell.formula; cell.v = v; }
      if (!isEmpty(cell)) written = true;
      t.s.cells.set(k, cell);
    }
    if (written) growTables(t);
    changed(t, "RangeEdited", "Local");
  }
  /** `worksheets.onChanged` for a change to range `t` (WorksheetChangedEventArgs). */
  function changed(t, changeType, source) {
    raise("onChanged", { type: "WorksheetChanged", changeType, source, worksheetId: t.s.id, address: a1(t.g) });
  }
  /** Sets formulas (`Range.formulas`): a string starting with "=" is a formula, anything else is typed input. */
  function writeFormulas(t, value) {
    if (unbounded(t.g)) fail("InvalidArgument", "formulas on an unbounded range");
    const at = grid(value, t.g);
    for (let i = 0; i < t.g.nr; i++) for (let j = 0; j < t.g.nc; j++) {
      const v = at(i, j);
      if (v === null) continue;
      const k = key(t.g.r0 + i, t.g.c0 + j);
      const cell = t.s.cells.get(k) || { v: "", f: "General" };
      if (typeof v === "string" && v.startsWith("=") && v.length > 1) { cell.formula = v; cell.v = 0; }
      else { delete cell.formula; cell.v = typeof v === "string" ? typedInput(v, cell.f).v : v; }
      t.s.cells.set(k, cell);
    }
    changed(t, "RangeEdited", "Local");
  }

  /* "For existing tables, set values on table.getDataBodyRange() in bulk. The table expands
   * automatically" (performance.md, "Importing data into tables"): values written from the row
   * just below a table (no total row) within its columns grow it over the rows written. */
  function growTables(t) {
    for (const tb of book.tables) {
      if (tb.sheet !== t.s || tb.showTotals) continue;
      const below = tb.r0 + tb.nr;
      const overlaps = t.g.c0 < tb.c0 + tb.nc && tb.c0 < t.g.c0 + t.g.nc;
      if (overlaps && t.g.r0 === below) tb.nr += t.g.nr;
    }
  }

  class RangeFormat {
    constructor(range) {
      const set = (fn) => (v) => range.context._q(v, () => { const t = range._target(); forEach(t, (r, c) => fn(t.s, key(r, c), v)); });
      const font = (prop) => set((s, k, v) => { const f = s.fonts.get(k) || {}; f[prop] = v; s.fonts.set(k, f); });
      this.fill = {};
      Object.defineProperty(this.fill, "color", { set: set((s, k, v) => s.fills.set(k, v)) });
      this.font = {};
      for (const p of ["bold", "color", "size"]) Object.defineProperty(this.font, p, { set: font(p) });
      this._range = range;
    }
    set wrapText(v) { this._range.context._q(v, () => { const t = this._range._target(); for (let c = t.g.c0; c < t.g.c0 + Math.min(t.g.nc, 64); c++) t.s.wraps.set(`${t.g.r0},${c},${t.g.nr}`, v); }); }
    set verticalAlignment(v) { this._range.context._q(v, () => this._range._target()); }
    set columnWidth(v) { this._range.context._q(v, () => { const t = this._range._target(); for (let c = t.g.c0; c < t.g.c0 + Math.min(t.g.nc, 64); c++) t.s.widths[c] = v; }); }
    set rowHeight(v) { this._range.context._q(v, () => { const t = this._range._target(); t.s.heights[t.g.r0] = v; }); }
  }
  function forEach(t, fn) {
    const nr = Math.min(t.g.nr, 2000000), nc = Math.min(t.g.nc, 64);
    for (let r = t.g.r0; r < t.g.r0 + nr; r++) for (let c = t.g.c0; c < t.g.c0 + nc; c++) fn(r, c);
  }

  class CfCollection {
    constructor(range) { this._range = range; }
    add(type) {
      const cf = { type, range: null, cellValue: { format: { fill: { color: null }, font: { color: null } }, rule: null } };
      this._range.context._q(type, () => { const t = this._range._target(); cf.range = a1(t.g); t.s.cfs.push(cf); });
      return cf;
    }
  }

  // ---- tables -------------------------------------------------------------------------------------
  class Table extends Proxy0 {
    get worksheet() { return (this._snap && this._snap.worksheet) || (this._ws = this._ws || new Worksheet(this.context, () => this._ref().sheet)); }
    _scalars() { return ["name", "style", "showTotals", "id"]; }
    _read(t, name, tree) {
      switch (name) {
        case "name": return { value: t.name };
        case "id": return { value: t.id };
        case "style": return { value: t.style };
        case "showTotals": return { value: t.showTotals };
        case "worksheet": return loadedChild(new Worksheet(this.context, () => t.sheet), t.sheet, tree);
        default: return super._read(t, name);
      }
    }
    get name() { return this._get("name"); }
    set name(v) {
      this.context._q(v, () => {
        const t = this._ref();
        if (book.tables.some((o) => o !== t && o.name.toLowerCase() === String(v).toLowerCase())) fail("InvalidArgument", `table name ${v}`);
        t.name = v;
      });
    }
    set style(v) { this.context._q(v, () => { this._ref().style = v; }); }
    set showTotals(v) { this.context._q(v, () => { this._ref().showTotals = v; }); }
    _rangeOf(fn) { return new Range(this.context, () => { const t = this._ref(); return { s: t.sheet, g: fn(t) }; }); }
    getRange() { return this._rangeOf((t) => ({ r0: t.r0, c0: t.c0, nr: t.nr + (t.showTotals ? 1 : 0), nc: t.nc })); }
    getHeaderRowRange() { return this._rangeOf((t) => ({ r0: t.r0, c0: t.c0, nr: 1, nc: t.nc })); }
    getDataBodyRange() { return this._rangeOf((t) => ({ r0: t.r0 + 1, c0: t.c0, nr: Math.max(1, t.nr - 1), nc: t.nc })); }
    getTotalRowRange() { return this._rangeOf((t) => { if (!t.showTotals) fail("InvalidOperation", "no total row"); return { r0: t.r0 + t.nr, c0: t.c0, nr: 1, nc: t.nc }; }); }
    /** [Api set: ExcelApi 1.13] */
    resize(range) {
      this.context._q(undefined, () => {
        const t = this._ref();
        const g = typeof range === "string" ? parseAddress(range) : range._target().g;
        if (g.r0 !== t.r0) fail("InvalidArgument", "the header row must stay");
        Object.assign(t, { c0: g.c0, nr: g.nr, nc: g.nc });
      });
    }
  }
  class TableCollection extends Proxy0 {
    /** `list` resolves (at sync) to the tables of this collection; `owner` is the sheet or range it hangs off. */
    constructor(ctx, list, owner) { super(ctx, list); this._owner = owner; }
    _scalars() { return ["count"]; }
    _read(list, name, tree) {
      if (name === "count") return { value: list.length };
      if (name === "items") {
        const items = list.map((t) => loadedChild(new Table(this.context, () => t), t, Object.keys(tree).length ? tree : { "*": {} }));
        return { value: items.map((i) => i.value), wire: items.map((i) => i.wire) };
      }
      return super._read(list, name);
    }
    get items() { return this._get("items"); }
    get count() { return this._get("count"); }
    getItem(name) { return new Table(this.context, () => this._ref().find((x) => x.name.toLowerCase() === String(name).toLowerCase()) || fail("ItemNotFound", `table ${name}`)); }
    getItemAt(i) { return new Table(this.context, () => this._ref()[i] || fail("ItemNotFound", `table #${i}`)); }
    add(range, hasHeaders) {
      let created = null;
      this.context._q(typeof range === "string" ? range : undefined, () => {
        const r = typeof range === "string" ? { s: this._owner ? this._owner._ref() : book.active, g: parseAddress(range) } : range._target();
        const g = r.g;
        if (book.tables.some((t) => t.sheet === r.s && t.r0 < g.r0 + g.nr && g.r0 < t.r0 + t.nr + (t.showTotals ? 1 : 0) && t.c0 < g.c0 + g.nc && g.c0 < t.c0 + t.nc)) fail("InvalidOperation", "tables overlap");
        created = { name: `Table${book.tables.length + 1}`, id: String(nextId++), sheet: r.s, r0: g.r0, c0: g.c0, nr: g.nr, nc: g.nc, hasHeaders, style: "TableStyleMedium2", showTotals: false };
        book.tables.push(created);
      });
      return new Table(this.context, () => created || fail("ItemNotFound", "table not created"));
    }
  }

  // ---- worksheets ---------------------------------------------------------------------------------
  /** An event of the API (`onChanged`...): `add` is queued and registers the handler at sync. */
  function eventOf(ctx, name) {
    return {
      add: (h) => {
        ctx._q(undefined, () => { book.handlers++; listeners[name].push(h); });
        return { remove: () => ctx._q(undefined, () => { const i = listeners[name].indexOf(h); if (i >= 0) listeners[name].splice(i, 1); }) };
      },
    };
  }

  class Worksheet extends Proxy0 {
    constructor(ctx, ref) {
      super(ctx, ref);
      this.tables = new TableCollection(ctx, () => { const s = this._alive(); return book.tables.filter((t) => t.sheet === s); }, this);
      this.freezePanes = { freezeRows: (n) => ctx._q(n, () => { this._alive().freezeRows = n; }) };
      this.charts = {
        add: (type, range, seriesBy) => {
          const chart = { type, source: null, seriesBy, title: { text: "" }, legend: { visible: true }, position: null, setPosition(a, b) { this.position = [a, b]; } };
          ctx._q(type, () => { const t = range._target(); chart.source = a1(t.g); this._alive().charts.push(chart); });
          return chart;
        },
      };      strip(this, "Worksheet");
    }
    _alive() { const s = this._ref(); if (!s || !book.sheets.includes(s)) fail("ItemNotFound", "worksheet"); return s; }
    _scalars() { return ["name", "id", "position", "visibility"]; }
    _tree(tree) { if (this._isNull) tree.isNullObject = {}; return tree; }
    _read(s, name) {
      if (name === "isNullObject") return { value: !s };
      if (!s) return { value: null };
      switch (name) {
        case "name": return { value: s.name };
        case "id": return { value: s.id };
        case "position": return { value: book.sheets.indexOf(s) };
        case "visibility": return { value: "Visible" };
        default: return super._read(s, name);
      }
    }
    get name() { return this._get("name"); }
    get id() { return this._get("id"); }
    get position() { return this._get("position"); }
    get isNullObject() { return this._get("isNullObject"); }
    set position(p) {
      this.context._q(p, () => { const s = this._alive(); const i = book.sheets.indexOf(s); book.sheets.splice(i, 1); book.sheets.splice(Math.min(p, book.sheets.length), 0, s); });
    }
    _range(fn) { return new Range(this.context, () => { const s = this._alive(); return { s, g: fn(s) }; }); }
    getRange(addr) { return this._range(() => parseAddress(addr || "A1:XFD1048576")); }
    getRangeByIndexes(r, c, nr, nc) { return this._range(() => inBounds({ r0: r, c0: c, nr, nc }, "getRangeByIndexes")); }
    getUsedRangeOrNullObject() { return nullable(new Range(this.context, () => { const s = this._alive(); const g = usedBox(s); return g ? { s, g } : null; }), true); }
    getUsedRange() { return this._range((s) => usedBox(s) || { r0: 0, c0: 0, nr: 1, nc: 1 }); }
    activate() { this.context._q(undefined, () => { book.active = this._alive(); }); }
    /** [Api set: ExcelApi 1.6] Calculates this worksheet only (logged by name). */
    calculate(markAllDirty) { this.context._q(markAllDirty, () => { book.calculated.push(`sheet:${this._alive().name}`); }); }
    delete() {
      this.context._q(undefined, () => {
        const s = this._alive();
        book.sheets.splice(book.sheets.indexOf(s), 1);
        book.tables = book.tables.filter((t) => t.sheet !== s);
        if (book.active === s) book.active = book.sheets[0];
        raise("onDeleted", { type: "WorksheetDeleted", source: "Local", worksheetId: s.id });
      });
    }
  }
  class WorksheetCollection extends Proxy0 {
    constructor(ctx) {
      super(ctx, () => book.sheets);
      this.onChanged = eventOf(ctx, "onChanged");
      this.onAdded = eventOf(ctx, "onAdded");
      this.onDeleted = eventOf(ctx, "onDeleted");
      this.onNameChanged = eventOf(ctx, "onNameChanged");
      this.onActivated = eventOf(ctx, "onActivated");
      strip(this, "WorksheetCollection");
    }
    _read(list, name, tree) {
      if (name === "items") {
        const items = list.map((s) => loadedChild(new Worksheet(this.context, () => s), s, Object.keys(tree).length ? tree : { "*": {} }));
        return { value: items.map((i) => i.value), wire: items.map((i) => i.wire) };
      }
      return super._read(list, name);
    }
    get items() { return this._get("items"); }
    getItem(name) { return new Worksheet(this.context, () => sheetByName(name) || fail("ItemNotFound", `worksheet ${name}`)); }
    getItemOrNullObject(name) { return nullable(new Worksheet(this.context, () => sheetByName(name) || null), true); }
    getActiveWorksheet() { return new Worksheet(this.context, () => book.active); }
    add(name) {
      let created = null;
      this.context._q(name, () => {
        if (sheetByName(name)) fail("ItemAlreadyExists", `worksheet ${name}`);
        created = newSheet(name);
        book.sheets.push(created);
        raise("onAdded", { type: "WorksheetAdded", source: "Local", worksheetId: created.id });
      });
      return new Worksheet(this.context, () => created || fail("ItemNotFound", "worksheet not created"));
    }
  }

  // ---- settings, application, workbook ----------------------------------------------------------------
  class Setting extends Proxy0 {
    _read(k, name) {
      if (name === "isNullObject") return { value: !(k in book.settings) };
      if (name === "value") return { value: k in book.settings ? book.settings[k] : null };
      if (name === "key") return { value: k };
      return super._read(k, name);
    }
    _tree(tree) { tree.isNullObject = {}; return tree; }
    get isNullObject() { return this._get("isNullObject"); }
    get value() { return this._get("value"); }
  }
  class SettingCollection {
    constructor(ctx) { this.context = ctx; this.onSettingsChanged = eventOf(ctx, "onSettingsChanged"); strip(this, "SettingCollection"); }
    getItemOrNullObject(k) { return new Setting(this.context, () => k); }
    getItem(k) { return new Setting(this.context, () => (k in book.settings ? k : fail("ItemNotFound", `setting ${k}`))); }
    add(k, v) { this.context._q([k, v], () => { book.settings[k] = JSON.parse(JSON.stringify(v)); raise("onSettingsChanged", { type: "SettingsChanged" }); }); }
  }
  class Application {
    constructor(ctx) { this.context = ctx; }
    suspendApiCalculationUntilNextSync() { this.context._q(undefined, () => { book.calcSuspended++; }); }
    suspendScreenUpdatingUntilNextSync() { this.context._q(undefined, () => undefined); }
    calculate(type) { this.context._q(type, () => { book.calculated.push(`application:${type}`); }); }
  }
  class Workbook {
    constructor(ctx) {
      this.context = ctx;
      this.worksheets = new WorksheetCollection(ctx);
      this.tables = new TableCollection(ctx, () => book.tables, null);
      this.settings = new SettingCollection(ctx);
      strip(this, "Workbook");
    }
    /** "If multiple ranges are selected, this method will throw an error" (Workbook.getSelectedRange). */
    getSelectedRange() {
      return new Range(this.context, () => {
        const sel = book.selection;
        if (sel.areas && sel.areas.length > 1) fail("InvalidSelection");
        const g = sel.areas ? sel.areas[0] : sel;
        return { s: sheetByName(sel.sheet), g: { r0: g.r0, c0: g.c0, nr: g.nr, nc: g.nc } };
      });
    }
  }

  // ---- member presence by requirement set ---------------------------------------------------------
  /* `apiSets` (made by the harness from @types/office-js) maps `Excel.Class.member` to the
   * ExcelApi version that introduced it; members above the profile are removed, as an older
   * host's office.js does not have them. */
  const ABSENT = {};
  for (const [member, version] of Object.entries(cfg.apiSets || {})) {
    const [, cls, name] = member.split(".");
    if (!isSetSupported("ExcelApi", version)) (ABSENT[cls] = ABSENT[cls] || []).push(name);
  }
  for (const [cls, C] of Object.entries({ Range, Table, TableCollection, Worksheet, WorksheetCollection, Workbook, Setting, SettingCollection, Application })) {
    for (const name of ABSENT[cls] || []) if (Object.prototype.hasOwnProperty.call(C.prototype, name)) delete C.prototype[name];
  }
  /** Removes instance members (made in a constructor) that the profile does not have. */
  function strip(obj, cls) { for (const name of ABSENT[cls] || []) if (Object.prototype.hasOwnProperty.call(obj, name)) delete obj[name]; return obj; }

  // ---- globals ----------------------------------------------------------------------------------------
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
  window.OfficeExtension = { Error: OfficeError, ErrorCodes: Object.fromEntries(Object.keys(MESSAGES).concat(["PropertyNotLoaded"]).map((c) => [c, c])) };
  window.Excel = {
    SpecialCellType: { formulas: "Formulas", constants: "Constants", blanks: "Blanks", visible: "Visible", conditionalFormats: "ConditionalFormats", dataValidations: "DataValidations", sameConditionalFormat: "SameConditionalFormat", sameDataValidation: "SameDataValidation" },
    /* Excel.run: the batch's pending commands are sent when it returns ("Excel.run" in
     * @types/office-js: the context syncs at the end of the batch). */
    run: async (batch) => { const ctx = new Context(); const out = await batch(ctx); if (ctx.queue.length > 0) await ctx.sync(); return out; },
    CalculationType: { full: "Full", recalculate: "Recalculate", recalculateFull: "RecalculateFull", fullRebuild: "FullRebuild" },
    ErrorCodes: window.OfficeExtension.ErrorCodes,
  };
  let ready = null;
  function commonSettings() {
    let copy = JSON.parse(JSON.stringify(book.settings));
    const log = (call, k) => book.commonCalls.push(k === undefined ? call : `${call} ${k}`);
    const done = (cb) => setTimeout(() => cb && cb({ status: "succeeded", value: undefined }), 0);
    return {
      get: (k) => { log("get", k); return k in copy ? copy[k] : null; },
      set: (k, v) => { log("set", k); copy[k] = JSON.parse(JSON.stringify(v)); },
      remove: (k) => { log("remove", k); delete copy[k]; },
      saveAsync: (opts, cb) => { log("saveAsync"); book.settings = JSON.parse(JSON.stringify(copy)); done(typeof opts === "function" ? opts : cb); },
      refreshAsync: (cb) => { log("refreshAsync"); copy = JSON.parse(JSON.stringify(book.settings)); done(cb); },
      addHandlerAsync: (type, h, opts, cb) => { log("addHandlerAsync", type); done(typeof opts === "function" ? opts : cb); },
    };
  }
  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC" },
    context: {
      displayLanguage: cfg.locale || "zh-CN",
      requirements: { isSetSupported },
      // ---- Common API document settings (Office.context.document.settings) ----------------------
      // "Persist add-in state and settings" (docs/develop/persisting-add-in-state-and-settings.md):
      // "an in-memory copy ... loaded when the add-in is initialized"; `refreshAsync` "reads all
      // settings persisted in the document and refreshes the content add-in's copy"; `saveAsync`
      // "persists the in-memory copy of the settings property bag in the document" (the whole copy,
      // over what another writer put there since).
      document: { settings: commonSettings() },
    },
    onReady(cb) {
      if (!ready) ready = new Promise((resolve) => setTimeout(() => resolve({ host: "Excel", platform: profile.platform }), 0));
      return ready.then((info) => { if (cb) cb(info); return info; });
    },
  };

  // ---- what the tests inspect ---------------------------------------------------------------------------
  window.__standinBook = {
    get syncs() { return book.syncs; },
    /** The next context.sync that carries data (a write, an add, a setting) fails with this message (as Excel's GeneralException does). */
    failNextSync(text) { book.failSync = text; },
    get formulas() { return book.formulas.slice(); },
    /** Wire size of each request and response so far (bytes), and those refused for size. */
    payloads: () => ({ requests: book.requests.slice(), responses: book.responses.slice(), refused: book.refused.slice(), maxRequest: Math.max(0, ...book.requests), maxResponse: Math.max(0, ...book.responses) }),
    profile: () => cfg.profile || "web",
    sheetNames: () => book.sheets.map((s) => s.name),
    active: () => book.active.name,
    selection: () => `${book.selection.sheet}!${a1(book.selection)}`,
    /** Selects ranges of the active sheet as a user would ({r0,c0,nr,nc}; several for a multiple selection). */
    select(sheet, areas) { book.selection = { sheet, ...areas[0], areas: areas.length > 1 ? areas : undefined }; book.active = sheetByName(sheet); },
    settings: () => JSON.parse(JSON.stringify(book.settings)),
    /** Strings written through `values` that Excel stored as something else (typed input), with where and what. */
    converted: () => book.converted.slice(),
    /** Calculations asked for: `sheet:NAME` (Worksheet.calculate) or `application:TYPE`. */
    calculated: () => book.calculated.slice(),
    /** Loads of `values` per sheet name. */
    reads: () => ({ ...book.reads }),
    /** Events raised, with how many handlers each reached. */
    events: () => book.events.slice(),
    /** Handlers registered per event. */
    listeners: () => Object.fromEntries(Object.entries(listeners).map(([k, v]) => [k, v.length])),
    /** Calls to the Common API settings (Office.context.document.settings). */
    commonSettingsCalls: () => book.commonCalls.slice(),
    /** A setting changed by another writer (co-authoring, another add-in): raises onSettingsChanged. */
    setSettingRemotely(k, v) { book.settings[k] = v; raise("onSettingsChanged", { type: "SettingsChanged" }); },
    /** A formula typed by a user (recorded as a formula cell). */
    setFormula(name, address, formula) { const s = sheetByName(name); const g = parseAddress(address); const k = key(g.r0, g.c0); const c = s.cells.get(k) || { v: "", f: "General" }; c.formula = formula; c.v = 0; s.cells.set(k, c); },
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
    /** A digest of a sheet's cells (values and formats), to check that a sheet was not changed. */
    digest(name) {
      const s = sheetByName(name);
      if (!s) return null;
      let h = 0;
      const keys = [...s.cells.keys()].sort();
      for (const k of keys) { const c = s.cells.get(k); const t = `${k}=${typeof c.v}:${c.v}|${c.f};`; for (let i = 0; i < t.length; i++) h = (Math.imul(h, 31) + t.charCodeAt(i)) | 0; }
      return `${keys.length}:${h}`;
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
    setCell(name, address, value) { const s = sheetByName(name); const g = parseAddress(address); const k = key(g.r0, g.c0); const c = s.cells.get(k) || { v: "", f: "General" }; c.v = value; s.cells.set(k, c); changed({ s, g }, "RangeEdited", "Local"); },
    /** Renames a sheet as a user would (raises onNameChanged). */
    renameSheet(from, to) { const s = sheetByName(from); const old = s.name; s.name = to; raise("onNameChanged", { type: "WorksheetNameChanged", source: "Local", worksheetId: s.id, nameBefore: old, nameAfter: to }); },
  };
})();
