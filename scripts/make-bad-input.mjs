#!/usr/bin/env node
/**
 * Writes the bad-input catalogue: one messy roster per case in test/fixtures/bad-input/, their
 * clean twin (clean.xlsx), the expected outcome of every case as data (cases.json) and the
 * table in docs/bad-input.md.
 *
 *   node scripts/make-bad-input.mjs
 *
 * Deterministic: no randomness, fixed document dates and zip entry times, so a re-run writes
 * byte-identical files. Every case is a rendering of the same twelve employees (BASE below,
 * policy taobao-cs, as of 2026-11-23), so every good row of a case must evaluate exactly as
 * the same employee does in clean.xlsx; the rows a case breaks are listed with the cells and
 * message fragments the review must name (test/bad-input/catalogue.test.ts checks both).
 */
import { Buffer } from "node:buffer";
import { createRequire } from "node:module";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ExcelJS = require("exceljs");
const iconv = require("iconv-lite");
const JSZip = require("jszip");

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "test/fixtures/bad-input");
const DOC = join(ROOT, "docs/bad-input.md");
const FIXED_TIME = new Date(Date.UTC(2026, 10, 23, 9, 0, 0));
const POLICY = "taobao-cs";
const AS_OF = "2026-11-23";
const SHEET = "名单";

/* ---------------------------------------------------------------------------- the people */

/** Column keys in sheet order, with their clean headers. */
const COLUMNS = [
  ["id", "工号"], ["name", "姓名"], ["dept", "部门"], ["level", "职级"], ["hire", "入职日期"], ["since", "任现职日期"],
  ["perf", "绩效"], ["team", "团队协作"], ["learn", "学习成长"], ["csat", "客户满意度"], ["tickets", "工单量"],
  ["err", "差错率"], ["skill", "技能考核"], ["cert", "技能证书"], ["lowq", "低质评价"], ["note", "备注"],
];
const KEYS = COLUMNS.map(([k]) => k);
const col = (key) => KEYS.indexOf(key);
const DATE_KEYS = new Set(["hire", "since"]);
const PERCENT_KEYS = new Set(["csat", "err"]);

/**
 * Twelve employees of a taobao-cs roster as of 2026-11-23 and the status each gets
 * (catalogue §4: -> 中级客服 years >= 0.5, tickets >= 2000, csat >= 90%, score >= 75; ...).
 */
const BASE = [
  { id: "E001", name: "张三", dept: "客服一部", level: "初级客服", hire: "2025-03-01", since: "2025-03-01", perf: 90, team: 85, learn: 80, csat: 0.965, tickets: 3000, err: 0.005, skill: 85, cert: true, lowq: 0, note: "", expect: "eligible" },
  { id: "E002", name: "李四", dept: "客服一部", level: "中级客服", hire: "2024-01-08", since: "2026-06-01", perf: 90, team: 85, learn: 80, csat: 0.97, tickets: 6000, err: 0.005, skill: 85, cert: true, lowq: 0, note: "", expect: "not_eligible" },
  { id: "E003", name: "王五", dept: "客服二部", level: "资深客服", hire: "2019-04-01", since: "2022-01-01", perf: 95, team: 90, learn: 90, csat: 0.99, tickets: 9000, err: 0.001, skill: 95, cert: true, lowq: 0, note: "", expect: "top" },
  { id: "E004", name: "赵六", dept: "客服二部", level: "高级客服", hire: "2021-07-01", since: "2024-05-10", perf: 92, team: 88, learn: 90, csat: 0.98, tickets: 8000, err: 0.008, skill: 88, cert: true, lowq: 1, note: "", expect: "eligible" },
  { id: "E005", name: "孙七", dept: "客服一部", level: "初级客服", hire: "2026-09-15", since: "2026-09-15", perf: 80, team: 75, learn: 75, csat: 0.93, tickets: 2500, err: 0.01, skill: 70, cert: false, lowq: 2, note: "新人", expect: "not_eligible" },
  { id: "E006", name: "周八", dept: "客服三部", level: "中级客服", hire: "2023-03-01", since: "2024-01-08", perf: 88, team: 80, learn: 82, csat: 0.94, tickets: 5200, err: 0.006, skill: 82, cert: true, lowq: 0, note: "", expect: "not_eligible" },
  { id: "E007", name: "吴九", dept: "客服三部", level: "高级客服", hire: "2020-10-10", since: "2025-02-20", perf: 90, team: 90, learn: 88, csat: 0.97, tickets: 7000, err: 0.004, skill: 90, cert: false, lowq: 0, note: "", expect: "not_eligible" },
  { id: "E008", name: "郑十", dept: "客服一部", level: "初级客服", hire: "2024-11-30", since: "2024-11-30", perf: 85, team: 80, learn: 80, csat: 0.95, tickets: 1500, err: 0.003, skill: 80, cert: false, lowq: 0, note: "", expect: "not_eligible" },
  { id: "E009", name: "钱多多", dept: "客服二部", level: "中级客服", hire: "2022-06-06", since: "2025-01-01", perf: 95, team: 90, learn: 92, csat: 0.99, tickets: 8000, err: 0.002, skill: 90, cert: true, lowq: 0, note: "", expect: "eligible" },
  { id: "E010", name: "陈一", dept: "客服二部", level: "资深客服", hire: "2018-02-28", since: "2021-03-01", perf: 93, team: 91, learn: 90, csat: 0.98, tickets: 9500, err: 0.002, skill: 92, cert: true, lowq: 0, note: "", expect: "top" },
  { id: "E011", name: "林小雨", dept: "客服三部", level: "初级客服", hire: "2025-08-31", since: null, perf: 75, team: 75, learn: 75, csat: 0.9, tickets: 2200, err: 0.009, skill: 75, cert: false, lowq: 1, note: "", expect: "eligible" },
  { id: "E012", name: "黄小明", dept: "客服三部", level: "中级客服", hire: "2023-05-31", since: "2025-05-31", perf: null, team: 85, learn: 85, csat: 0.96, tickets: 5500, err: 0.004, skill: 85, cert: true, lowq: 0, note: "", expect: "not_eligible" },
];

/* ------------------------------------------------------------------------------ rendering */

const utcDate = (iso) => new Date(`${iso}T00:00:00Z`);
const serialOf = (iso) => (utcDate(iso).getTime() - Date.UTC(1899, 11, 30)) / 86400000;
const [Y, M, D] = [(iso) => Number(iso.slice(0, 4)), (iso) => Number(iso.slice(5, 7)), (iso) => Number(iso.slice(8, 10))];
const slashDate = (iso) => `${Y(iso)}/${M(iso)}/${D(iso)}`;
const pct = (f) => `${Number((f * 100).toPrecision(12))}%`;

/** A clean .xlsx cell: real dates, percent-formatted fractions, numbers, 是/否. */
function xlsxCell(key, v) {
  if (v === null || v === "") return null;
  if (DATE_KEYS.has(key)) return { v: utcDate(v), numFmt: "yyyy-mm-dd" };
  if (PERCENT_KEYS.has(key)) return { v, numFmt: "0.0%" };
  if (key === "cert") return v ? "是" : "否";
  return v;
}

/** A cell as Excel saves it in a CSV: dates 2025/3/1, percents 96.5%, everything text. */
function csvCell(key, v) {
  if (v === null || v === "") return "";
  if (DATE_KEYS.has(key)) return slashDate(v);
  if (PERCENT_KEYS.has(key)) return pct(v);
  if (key === "cert") return v ? "是" : "否";
  return String(v);
}

/** One employee's row, each cell rendered by `render` unless `over` gives it. */
function personRow(p, render, over = {}) {
  return KEYS.map((k) => (k in over ? over[k] : render(k, p[k])));
}

const byId = (id) => BASE.find((p) => p.id === id);
const HEADERS = COLUMNS.map(([, h]) => h);

/** Excel's column letters. */
function letter(index0) {
  let n = index0 + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * `Sheet!A1`, the sheet quoted as Excel quotes it: names with other than letters, digits, _ and
 * CJK, a leading digit, or a name that reads as a cell reference (`utf8` is column UTF, row 8).
 */
function addr(sheet, key, row) {
  const plain = /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(sheet) && !/^\d/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet}'`}!${letter(col(key))}${row}`;
}

/* ---------------------------------------------------------------------------------- grids */

/**
 * A sheet being laid out: rows of cells (a cell is an exceljs value or `{ v, numFmt }`),
 * merges, hidden rows and columns. `row` is the sheet row number of the next row.
 */
class Grid {
  constructor() {
    this.rows = [];
    this.merges = [];
    this.hiddenRows = [];
    this.hiddenCols = [];
    /** Rows that are employees (what a review lists). */
    this.persons = 0;
  }
  get row() {
    return this.rows.length + 1;
  }
  add(cells) {
    this.rows.push(cells);
    return this.rows.length;
  }
  /** Adds an employee's row, returns its sheet row. */
  person(cells) {
    this.persons++;
    return this.add(cells);
  }
  /** Adds the rows of `people` (ids), each rendered by `render` with its overrides; returns their sheet rows by id. */
  people(ids, render, overrides = {}) {
    const at = {};
    for (const id of ids) at[id] = this.person(personRow(byId(id), render, overrides[id]));
    return at;
  }
}

const ALL = BASE.map((p) => p.id);

/* ---------------------------------------------------------------------------------- cases */

/**
 * Every case: `file`, the case in words (`title`, `example`, `does`: what PromoLadder does),
 * how it is built, and what the review must give. `bad` lists the rows that are errors
 * (sheet row, id, the cells named and fragments of the messages); `extra` lists rows with no
 * twin in clean.xlsx and their expected status (an id too long to list is given by its length); every other row must evaluate exactly as the
 * same id in clean.xlsx. `exit: 2` cases expect one line on stderr naming the file.
 */
const CASES = [];
const reviewCase = (c) => CASES.push({ exit: 0, bad: [], extra: [], ...c });
const failCase = (c) => CASES.push({ exit: 2, ...c });

reviewCase({
  id: "title-rows",
  file: "title-rows.xlsx",
  title: "Title and blank rows above the header",
  example: "row 1 `2026年客服晋升花名册` merged across A1:P1, row 2 a note, row 3 empty, header in row 4",
  does: "The header row is found below them (the first of the first 20 rows with 工号, 职级 and three other known columns); row numbers and cell addresses stay the sheet's own.",
  build() {
    const g = new Grid();
    g.add(["2026年客服晋升花名册"]);
    g.merges.push("A1:P1");
    g.add(["制表：人力资源部", null, null, "日期：2026-11-20"]);
    g.add([]);
    g.add(HEADERS);
    g.people(ALL, xlsxCell);
    return { xlsx: g };
  },
  headerRow: 4,
});

reviewCase({
  id: "merged-header",
  file: "merged-header.xlsx",
  title: "Merged header cells (a two-row header)",
  example: "工号…任现职日期 merged down over rows 2-3; `考核成绩` merged across G2:I2 above 绩效/团队协作/学习成长 in row 3; `服务指标` across J2:L2",
  does: "A row right under the header row that only names further known columns, under group titles or empty cells, is read as part of the header; the data starts below it.",
  build() {
    const g = new Grid();
    g.add(["2026年客服晋升花名册"]);
    g.merges.push("A1:P1");
    const top = HEADERS.map((h, j) => (j >= col("perf") && j <= col("err") ? null : h));
    top[col("perf")] = "考核成绩";
    top[col("csat")] = "服务指标";
    g.add(top);
    const sub = HEADERS.map((h, j) => (j >= col("perf") && j <= col("err") ? h : null));
    g.add(sub);
    for (const k of KEYS) if (col(k) < col("perf") || col(k) > col("err")) g.merges.push(`${letter(col(k))}2:${letter(col(k))}3`);
    g.merges.push("G2:I2", "J2:L2");
    g.people(ALL, xlsxCell);
    return { xlsx: g };
  },
  headerRow: 3,
});

reviewCase({
  id: "blank-rows",
  file: "blank-rows.xlsx",
  title: "Blank rows inside the data",
  example: "an empty row 5, a row of spaces and ideographic spaces (row 9), two empty rows 13-14",
  does: "A row whose cells are all empty or white space gives no result and is not counted; the rows below keep their sheet row numbers.",
  build() {
    const g = new Grid();
    g.add(HEADERS);
    g.people(ALL.slice(0, 3), xlsxCell);
    g.add([]);
    g.people(ALL.slice(3, 6), xlsxCell);
    g.add(KEYS.map((_, j) => (j % 2 === 0 ? "  " : "\u3000")));
    g.people(ALL.slice(6, 9), xlsxCell);
    g.add([]);
    g.add([]);
    g.people(ALL.slice(9), xlsxCell);
    return { xlsx: g };
  },
  expectRows: 12,
});

reviewCase({
  id: "hidden-rows",
  file: "hidden-rows.xlsx",
  title: "Hidden rows (and a hidden column)",
  example: "rows 3 and 6 (E002, E005) hidden, column P (备注) hidden",
  does: "Hidden rows and columns are data like any other: they are evaluated and listed.",
  build() {
    const g = new Grid();
    g.add(HEADERS);
    const at = g.people(ALL, xlsxCell);
    g.hiddenRows.push(at.E002, at.E005);
    g.hiddenCols.push(col("note") + 1);
    return { xlsx: g };
  },
});

reviewCase({
  id: "header-spelling",
  file: "header-spelling.xlsx",
  title: "Trailing spaces and full-width characters in headers",
  example: "`工号 `, `　姓名`, `部门　`, `Ｌｅｖｅｌ`, `入职日期  `, ` 绩效`, `ＣＳＡＴ`, `Ｔｉｃｋｅｔｓ `, `ERROR RATE`",
  does: "Headers are matched after trimming, folding full-width characters (NFKC), white space runs and case.",
  build() {
    const h = [...HEADERS];
    Object.assign(h, {
      [col("id")]: "工号 ", [col("name")]: "\u3000姓名", [col("dept")]: "部门\u3000", [col("level")]: "Ｌｅｖｅｌ",
      [col("hire")]: "入职日期  ", [col("perf")]: " 绩效", [col("csat")]: "ＣＳＡＴ", [col("tickets")]: "Ｔｉｃｋｅｔｓ ", [col("err")]: "ERROR RATE",
    });
    const g = new Grid();
    g.add(h);
    g.people(ALL, xlsxCell);
    return { xlsx: g };
  },
});

reviewCase({
  id: "duplicate-ids",
  file: "duplicate-ids.xlsx",
  title: "Duplicate employee IDs",
  example: "`E003` on rows 4 and 14; `10021` typed as a number (row 15) and as text (row 16); `E005 ` with a trailing space (row 17) next to `E005` (row 6)",
  does: "Each occurrence is a row error on its 工号 cell naming the id and every row it is on; ids are text (10021 = \"10021\") and trimmed. The other rows are evaluated as usual.",
  build() {
    const g = new Grid();
    g.add(HEADERS);
    const at = g.people(ALL, xlsxCell);
    const e003b = g.person(personRow({ ...byId("E001"), id: "E003", name: "王五二" }, xlsxCell));
    const n1 = g.person(personRow({ ...byId("E001"), name: "数字工号" }, xlsxCell, { id: 10021 }));
    const n2 = g.person(personRow({ ...byId("E001"), name: "文本工号" }, xlsxCell, { id: "10021" }));
    const e005b = g.person(personRow({ ...byId("E008"), id: "E005 ", name: "孙七二" }, xlsxCell));
    const dup = (row, id, rows) => ({ row, id, cells: [addr(SHEET, "id", row)], codes: ["duplicate_id"], message: [id, ...rows.map(String)] });
    return {
      xlsx: g,
      bad: [
        dup(at.E003, "E003", [at.E003, e003b]),
        dup(e003b, "E003", [at.E003, e003b]),
        dup(n1, "10021", [n1, n2]),
        dup(n2, "10021", [n1, n2]),
        dup(at.E005, "E005", [at.E005, e005b]),
        dup(e005b, "E005", [at.E005, e005b]),
      ],
    };
  },
});

reviewCase({
  id: "unknown-levels",
  file: "unknown-levels.xlsx",
  title: "Unknown levels",
  example: "`中级课服` (typo, row 14), `客服主管` (another scheme's level, row 15), `实习生` (row 16); `中级客服 ` with a trailing space (row 3) is known",
  does: "A level that is neither a level nor an alias of the policy is a row error on its 职级 cell naming the closest known level; surrounding spaces and full-width forms are ignored.",
  build() {
    const g = new Grid();
    g.add(HEADERS);
    const at = g.people(ALL, xlsxCell, { E002: { level: "中级客服 " }, E004: { level: "高级客服\u3000" } });
    const typo = g.person(personRow({ ...byId("E002"), id: "E101", level: "中级课服" }, xlsxCell));
    const other = g.person(personRow({ ...byId("E002"), id: "E102", level: "客服主管" }, xlsxCell));
    const intern = g.person(personRow({ ...byId("E002"), id: "E103", level: "实习生" }, xlsxCell));
    const lv = (row, id, words) => ({ row, id, cells: [addr(SHEET, "level", row)], codes: ["unknown_level"], message: words });
    void at;
    return { xlsx: g, bad: [lv(typo, "E101", ["中级课服", "中级客服"]), lv(other, "E102", ["客服主管"]), lv(intern, "E103", ["实习生"])] };
  },
});

reviewCase({
  id: "excel-errors",
  file: "excel-errors.xlsx",
  title: "Excel error values in cells",
  example: "`#N/A` in 绩效 (G5), `#REF!` in 入职日期 (E7), a VLOOKUP whose cached result is `#N/A` in 工单量 (K9), `#DIV/0!` in 客户满意度 (J10), `#NAME?` in 姓名 (B8), `#REF!` in 工号 (A11)",
  does: "Every mapped column is read, so an error value in any of them makes that row an error naming the cell and the error; a formula's cached value is used (E001's 工单量 `=1500*2` reads 3000).",
  build() {
    const g = new Grid();
    g.add(HEADERS);
    const e = (code) => ({ error: code });
    const at = g.people(ALL, xlsxCell, {
      E001: { tickets: { formula: "1500*2", result: 3000 } },
      E004: { perf: e("#N/A") },
      E006: { hire: e("#REF!") },
      E007: { name: e("#NAME?") },
      E008: { tickets: { formula: "VLOOKUP(A9,工单!A:B,2,FALSE)", result: e("#N/A") } },
      E009: { csat: e("#DIV/0!") },
      E010: { id: e("#REF!") },
    });
    const bad = (id, key, code) => ({ row: at[id], id: key === "id" ? "" : id, cells: [addr(SHEET, key, at[id])], codes: ["unreadable"], message: [code] });
    return {
      xlsx: g,
      bad: [bad("E004", "perf", "#N/A"), bad("E006", "hire", "#REF!"), bad("E007", "name", "#NAME?"), bad("E008", "tickets", "#N/A"), bad("E009", "csat", "#DIV/0!"), bad("E010", "id", "#REF!")],
    };
  },
});

reviewCase({
  id: "numbers-as-text",
  file: "numbers-as-text.xlsx",
  title: "Numbers stored as text",
  example: "` 90 `, `８５`, `80分`, `3,000`, `6000单`, `2,500件`, `96.5%`, `0.97`, `97`, `９３％`, `0.5%`, `0.005`, `1个`",
  does: "Read as the numbers they show: spaces trimmed, full-width folded, thousands separators in groups of three, a trailing unit dropped; in a percent column `%` text is a percentage, a bare number <= 1 a fraction and > 1 percent points.",
  build() {
    const g = new Grid();
    g.add(HEADERS);
    const text = {
      E001: { perf: " 90 ", team: "８５", learn: "80分", tickets: "3,000", csat: "96.5%", err: "0.5%" },
      E002: { perf: "90", tickets: "6000单", csat: "0.97", err: "0.005", skill: "85分" },
      E003: { tickets: "9,000", csat: "99%", lowq: "0个" },
      E004: { perf: "９２", tickets: "8,000件", csat: "98", err: "0.8%", lowq: "1个" },
      E005: { tickets: "2,500件", csat: "９３％" },
      E006: { tickets: "5,200", csat: "94%" },
      E007: { perf: "90.0", tickets: "7000", csat: "97%" },
      E008: { tickets: "1,500", csat: "0.95" },
      E009: { perf: "95分", tickets: "8000", csat: "99%", skill: " 90 " },
      E010: { tickets: "9,500", csat: "98%" },
      E011: { perf: "75", team: "75", learn: "75", tickets: "2,200", csat: "90%", err: "0.9%" },
      E012: { tickets: "5,500单", csat: "96%" },
    };
    g.people(ALL, xlsxCell, text);
    return { xlsx: g };
  },
});

reviewCase({
  id: "date-forms",
  file: "date-forms.xlsx",
  title: "Dates as text in every catalogue form, and as serials",
  example: "`2025-03-01`, `2024/1/8`, `2019.4.1`, `2021年7月1日`, `20260915`, `2023-03-01 09:30`, `２０２４／１／８`, serial 45047 (a number without a date format), `45047` as text, a date-time cell 15:30",
  does: "Every form reads as the same day; a number in a date column is a 1900-system serial; the time of day is dropped.",
  build() {
    const g = new Grid();
    g.add(HEADERS);
    const p = (id) => byId(id);
    const forms = {
      E001: { hire: "2025-03-01", since: { v: serialOf("2025-03-01") } },
      E002: { hire: slashDate(p("E002").hire), since: String(serialOf(p("E002").since)) },
      E003: { hire: "2019.4.1", since: "2022年1月1日" },
      E004: { hire: "20210701", since: "2024-05-10 09:30" },
      E005: { hire: "２０２６／９／１５", since: { v: new Date(Date.UTC(2026, 8, 15, 15, 30)), numFmt: "yyyy-mm-dd hh:mm" } },
      E006: { hire: "2023-03-01T08:00:00Z", since: "2024/01/08" },
      E007: { hire: "2020年10月10日", since: "2025.02.20" },
      E008: { hire: serialOf("2024-11-30"), since: "20241130" },
      E009: { hire: " 2022-06-06 ", since: "2025年1月1号" },
      E010: { hire: "2018/2/28", since: String(serialOf("2021-03-01")) },
      E011: { hire: "2025年8月31日" },
      E012: { hire: "2023.5.31", since: "2025/5/31" },
    };
    g.people(ALL, xlsxCell, forms);
    return { xlsx: g };
  },
});

reviewCase({
  id: "impossible-dates",
  file: "impossible-dates.xlsx",
  title: "Impossible dates",
  example: "`2023-02-29`, `2026-13-01`, `2024/2/30`, `2023年2月30日`, `20230231`, serial 60 (Excel's fictitious 1900-02-29), `明年`",
  does: "Each is a row error naming the cell and the value (expected a date); the other rows are evaluated as usual.",
  build() {
    const g = new Grid();
    g.add(HEADERS);
    const broken = {
      E001: { hire: "2023-02-29" },
      E002: { since: "2026-13-01" },
      E004: { since: "2024/2/30" },
      E005: { hire: "2023年2月30日" },
      E006: { since: "20230231" },
      E007: { hire: 60 },
      E008: { since: "明年" },
    };
    const at = g.people(ALL, xlsxCell, broken);
    const bad = Object.entries(broken).map(([id, o]) => {
      const [key, value] = Object.entries(o)[0];
      return { row: at[id], id, cells: [addr(SHEET, key, at[id])], codes: ["unreadable"], message: [String(value)] };
    });
    return { xlsx: g, bad };
  },
});

const LONG = 10000;
reviewCase({
  id: "long-cells",
  file: "long-cells.xlsx",
  title: "10,000-character cells",
  example: "a 10,000-character 姓名 (E001) and 备注 (E002), `优优优…` × 10,000 in 绩效 (G5), a 10,000-character level (row 14), a 10,000-character 工号 (row 15)",
  does: "Long text is kept as text (names, notes, ids); an unreadable long value is a row error whose message quotes only its first 37 characters; the output workbook stays valid.",
  build() {
    const g = new Grid();
    g.add(HEADERS);
    const at = g.people(ALL, xlsxCell, {
      E001: { name: "张".repeat(LONG) },
      E002: { note: "备注很长".repeat(LONG / 4) },
      E004: { perf: "优".repeat(LONG) },
    });
    const lv = g.person(personRow({ ...byId("E002"), id: "E101" }, xlsxCell, { level: "中级客服".repeat(LONG / 4) }));
    const longId = "K".repeat(LONG);
    const idRow = g.person(personRow({ ...byId("E001"), id: longId, name: "长工号" }, xlsxCell));
    return {
      xlsx: g,
      bad: [
        { row: at.E004, id: "E004", cells: [addr(SHEET, "perf", at.E004)], codes: ["unreadable"], message: ["优优优"] },
        { row: lv, id: "E101", cells: [addr(SHEET, "level", lv)], codes: ["unknown_level"], message: ["中级客服中级客服"] },
      ],
      extra: [{ row: idRow, id: `K × ${LONG}`, idLength: longId.length, status: "eligible" }],
    };
  },
  maxMessageLength: 200,
});

reviewCase({
  id: "long-cells-csv",
  file: "long-cells.csv",
  title: "Cells longer than Excel allows (CSV)",
  example: "a 40,000-character 备注 on line 3 (a CSV field has no limit; an Excel cell holds 32,767 characters)",
  does: "The review is unaffected; the copy of the roster in the review workbook cuts the text at 32,767 characters, as Excel does when it opens the CSV, so the workbook opens without a repair prompt.",
  build() {
    const lines = [HEADERS, ...csvPeople({ E002: { note: "很长的备注".repeat(8000) } })];
    return { csv: { lines, encoding: "utf8-bom" } };
  },
});

reviewCase({
  id: "headers-only",
  file: "headers-only.xlsx",
  title: "Roster with headers only",
  example: "the header row and nothing below it",
  does: "A review of nobody: exit 0, no rows, every count 0, and an output workbook with empty tables.",
  build() {
    const g = new Grid();
    g.add(["2026年客服晋升花名册"]);
    g.add(HEADERS);
    return { xlsx: g, twinless: true };
  },
  expectRows: 0,
});

reviewCase({
  id: "headers-only-csv",
  file: "headers-only.csv",
  title: "Roster with headers only (CSV)",
  example: "one line of headers",
  does: "As for .xlsx: exit 0 and no rows.",
  build() {
    return { csv: { lines: [HEADERS], encoding: "utf8-bom" }, twinless: true };
  },
  expectRows: 0,
});

/** CSV lines of the twelve people as Excel saves them, with a few messy cells. */
function csvPeople(over = {}) {
  return ALL.map((id) => personRow(byId(id), csvCell, over[id]));
}

reviewCase({
  id: "csv-utf8",
  file: "utf8.csv",
  title: "CSV in UTF-8 without BOM",
  example: "what most tools other than Excel save; error values as Excel writes them in a CSV: `#N/A` in 绩效 (line 5), `#REF!` in 姓名 (line 8)",
  does: "Read as UTF-8; an error literal is the Excel error it stands for (as in .xlsx and in the task pane), a row error naming the cell by column letter and line number under the file's name (`'utf8'!G5`: quoted, as Excel quotes a sheet name that reads as a cell reference).",
  build() {
    const lines = [HEADERS, ...csvPeople({ E004: { perf: "#N/A" }, E007: { name: "#REF!" } })];
    const excel = "Excel 错误值";
    return {
      csv: { lines, encoding: "utf8" },
      bad: [
        { row: 5, id: "E004", cells: [addr("utf8", "perf", 5)], codes: ["unreadable"], message: ["#N/A", excel] },
        { row: 8, id: "E007", cells: [addr("utf8", "name", 8)], codes: ["unreadable"], message: ["#REF!", excel] },
      ],
    };
  },
});

reviewCase({
  id: "csv-utf8-bom",
  file: "utf8-bom.csv",
  title: "CSV in UTF-8 with BOM",
  example: "Excel's \"CSV UTF-8\"; the BOM must not stick to the first header (`\\uFEFF工号`)",
  does: "The BOM is dropped, so the first column is still 工号.",
  build() {
    return { csv: { lines: [HEADERS, ...csvPeople()], encoding: "utf8-bom" } };
  },
});

reviewCase({
  id: "csv-gbk",
  file: "gbk.csv",
  title: "CSV in GBK (Chinese Excel's default \"CSV\")",
  example: "a title line and an empty line above the header; `优秀` in 技能考核 on line 7",
  does: "Bytes that are not UTF-8 are decoded as GB18030 (a superset of GBK); the header is found on line 3.",
  build() {
    const title = ["2026年客服晋升花名册", ...Array(KEYS.length - 1).fill("")];
    const lines = [title, Array(KEYS.length).fill(""), HEADERS, ...csvPeople({ E004: { skill: "优秀" } })];
    return { csv: { lines, encoding: "gbk" }, bad: [{ row: 7, id: "E004", cells: [addr("gbk", "skill", 7)], codes: ["unreadable"], message: ["优秀"] }] };
  },
  headerRow: 3,
});

reviewCase({
  id: "csv-utf16",
  file: "utf16-tab.csv",
  title: "CSV in UTF-16 with tabs (Excel's \"Unicode text\")",
  example: "UTF-16LE with a BOM, tab-separated",
  does: "A UTF-16 BOM decodes UTF-16; a first line with more tabs than commas is tab-separated.",
  build() {
    return { csv: { lines: [HEADERS, ...csvPeople()], encoding: "utf16le", delimiter: "\t" } };
  },
});

reviewCase({
  id: "csv-stray-quotes",
  file: "stray-quotes.csv",
  title: "CSV with stray quotes",
  example: "`\"王\"五` (text after a closing quote) on line 4, `\"赵六` (a quote never closed) on line 5",
  does: "Text after a closing quote is kept (`王五`) and a quote not closed on its line is an ordinary character (`\"赵六`), instead of failing the whole file; every row is evaluated. (In such a file a quoted field cannot span lines.)",
  build() {
    const lines = [HEADERS, ...csvPeople()];
    const raw = lines.map((cells) => cells.map((c) => csvField(c)).join(","));
    raw[3] = raw[3].replace("王五", '"王"五');
    raw[4] = raw[4].replace("赵六", '"赵六');
    return { csv: { raw, encoding: "utf8" } };
  },
});

failCase({
  id: "empty-workbook",
  file: "empty-workbook.xlsx",
  title: "Empty workbook",
  example: "a workbook whose only sheet is empty",
  does: "Exit 2 with one line naming the file: no roster found (no sheet has a header row).",
  build: () => ({ xlsx: new Grid() }),
  stderr: ["no roster found"],
});

failCase({
  id: "no-header",
  file: "no-header.xlsx",
  title: "No header row",
  example: "a sheet of notes with names and numbers but no 工号/职级 header",
  does: "Exit 2 with one line naming the file and what a header row needs.",
  build() {
    const g = new Grid();
    g.add(["本表为部门备忘"]);
    g.add(["张三", 90, "好"]);
    g.add(["李四", 85, "一般"]);
    return { xlsx: g };
  },
  stderr: ["no roster found", "工号"],
});

failCase({
  id: "empty-csv",
  file: "empty.csv",
  title: "Empty CSV",
  example: "a 0-byte file",
  does: "Exit 2 with one line naming the file: the file is empty.",
  build: () => ({ bytes: Buffer.alloc(0) }),
  stderr: ["no roster found"],
});

failCase({
  id: "password-protected",
  file: "password-protected.xlsx",
  title: "Password-protected .xlsx",
  example: "an encrypted workbook: an OLE compound file (D0 CF 11 E0 A1 B1 1A E1 …), not a zip",
  does: "Exit 2 with one line naming the file: it may be password-protected or damaged; remove the password.",
  build() {
    const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const filler = Buffer.alloc(4088);
    for (let i = 0; i < filler.length; i++) filler[i] = (i * 37) & 0xff;
    return { bytes: Buffer.concat([head, filler]) };
  },
  stderr: ["password-protected"],
});

failCase({
  id: "corrupt-xlsx",
  file: "corrupt.xlsx",
  title: "Corrupt .xlsx (truncated download)",
  example: "the first half of a valid .xlsx",
  does: "Exit 2 with one line naming the file: it may be password-protected or damaged; save it again in Excel.",
  build: () => ({ truncatedOf: "clean.xlsx" }),
  stderr: ["damaged"],
});

failCase({
  id: "not-xlsx",
  file: "not-a-workbook.xlsx",
  title: "Not a workbook at all",
  example: "a CSV file renamed to .xlsx",
  does: "Exit 2 with one line naming the file: not an .xlsx file.",
  build: () => ({ bytes: Buffer.from(`${HEADERS.join(",")}\r\n`, "utf8") }),
  stderr: ["not an .xlsx file"],
});

failCase({
  id: "legacy-xls",
  file: "legacy.xls",
  title: "Old .xls file",
  example: "a file ending in .xls",
  does: "Exit 2 with one line naming the file: save it as .xlsx in Excel first.",
  build: () => ({ bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)]) }),
  stderr: [".xlsx"],
});

/* ------------------------------------------------------------- hostile and unusual files (issue 19) */

/**
 * Hostile cases are also reviewed with `--stream` by test/bad-input/hostile.test.ts, which checks
 * that each run ends within a minute, never prints a stack, an internal error or a control
 * character from the roster, and writes parts that a strict XML parser accepts.
 */
const hostileCase = (c) => (c.exit === 2 ? failCase : reviewCase)({ hostile: true, ...c });

const serial1904 = (iso) => serialOf(iso) - 1462;

/** A raw .xlsx cell for an employee's value: dates as serials under a date format (or as given by `date`), percents under 0.00%. */
function rawCell(key, v, date = (iso) => ({ serial: serialOf(iso) })) {
  if (v === null || v === "") return null;
  if (DATE_KEYS.has(key)) return date(v);
  if (PERCENT_KEYS.has(key)) return { pct: v };
  if (key === "cert") return v ? "是" : "否";
  return v;
}

/** Rows of a raw sheet: the header in row 1, then the twelve people, each with `over` applied. */
function rawPeople(render = rawCell, over = {}) {
  return [{ r: 1, cells: HEADERS }, ...ALL.map((id, i) => ({ r: i + 2, cells: personRow(byId(id), render, over[id]) }))];
}

/** A number with a decimal comma and, above 999, dots between groups of three (`3.000`, `0,965`). */
function commaNumber(n) {
  const [int, frac] = String(n).split(".");
  return `${int.replace(/\B(?=(\d{3})+$)/g, ".")}${frac === undefined ? "" : `,${frac}`}`;
}

hostileCase({
  id: "far-footer",
  file: "far-footer.xlsx",
  title: "A footer row far below the roster",
  example: "`制表：人力资源部` in R1048576, Excel's last row, under a 12-row roster",
  does: "Reviewed in both modes in seconds: the streaming copy jumps the gap in one step (exceljs's writer shifted an array once per missing row: a quadratic hang of over 590 s). The footer row, with no 工号 or 职级, is a row error naming A1048576 and D1048576; the employees are reviewed as usual.",
  build: () => ({
    raw: { rows: [...rawPeople(), { r: 1048576, cells: [...Array(17).fill(null), "制表：人力资源部"] }] },
    bad: [{ row: 1048576, id: "", cells: [addr(SHEET, "id", 1048576), addr(SHEET, "level", 1048576)], codes: ["empty_id", "empty_level"], message: ["工号为空"] }],
  }),
  expectRows: 13,
});

hostileCase({
  id: "blank-lines-csv",
  file: "blank-lines.csv",
  title: "A CSV with 30,000 blank lines inside the data",
  example: "six employees, 30,000 empty lines, six more",
  does: "Reviewed in both modes in about a second; the blank lines give no rows and the employees below keep their line numbers.",
  build() {
    const people = csvPeople();
    return { csv: { lines: [HEADERS, ...people.slice(0, 6), ...Array(30000).fill([]), ...people.slice(6)], encoding: "utf8" } };
  },
});

hostileCase({
  id: "iso-dates",
  file: "iso-dates.xlsx",
  title: "ISO 8601 date cells (`t=\"d\"`)",
  example: "every date stored as `<c t=\"d\"><v>2025-03-01</v></c>` (openpyxl with iso_dates, SheetJS with cellDates, Strict OOXML); E005's hire date with a time `2026-09-15T00:00:00`; E002's 任现职日期 `2023-02-30`",
  does: "Read as the dates they are in both modes (exceljs read them through parseFloat: 2025-03-01 became serial 2025, 1905-07-17, and 19 eligible became 36 on the sample); an impossible ISO date is a row error naming the cell.",
  build: () => ({
    raw: {
      rows: rawPeople((k, v) => rawCell(k, v, (iso) => ({ iso })), {
        E002: { since: { iso: "2023-02-30" } },
        E005: { hire: { iso: "2026-09-15T00:00:00" } },
      }),
    },
    bad: [{ row: 3, id: "E002", cells: [addr(SHEET, "since", 3)], codes: ["unreadable"], message: ["2023-02-30"] }],
  }),
});

hostileCase({
  id: "decimal-comma-csv",
  file: "decimal-comma.csv",
  title: "Semicolon CSV with decimal commas",
  example: "what Excel saves where the decimal separator is a comma: `;` between fields, 客户满意度 `0,965`, 差错率 `0,005`, 工单量 `3.000`; E004's 客户满意度 `98,0%`",
  does: "In a semicolon-separated file a number's comma is its decimal point and dots group thousands: `0,965` is 96.5% (was read as 965%), `3.000` is 3000 tickets (was 3), `0,005` is 0.5%.",
  build() {
    const render = (k, v) => {
      if (v === null || v === "") return "";
      if (PERCENT_KEYS.has(k) || k === "tickets") return commaNumber(v);
      return csvCell(k, v);
    };
    const lines = [HEADERS, ...ALL.map((id) => personRow(byId(id), render, id === "E004" ? { csat: "98,0%" } : {}))];
    return { csv: { lines, encoding: "utf8-bom", delimiter: ";" } };
  },
});

hostileCase({
  id: "xml-illegal-xlsx",
  file: "xml-illegal.xlsx",
  title: "Characters XML forbids, and literal `_xHHHH_`, in shared strings",
  example: "E001's 姓名 `张_xFFFE_三` (U+FFFE), E002's 部门 `客服一部_xFFFF_` (U+FFFF), E003's 备注 the literal text `_x0041_` (stored `_x005F_x0041_`)",
  does: "Exit 0 and an output whose every part is well-formed XML (U+FFFE/U+FFFF are written escaped as `_xFFFE_`, other illegal characters as U+FFFD; a literal `_x0041_` stays `_x0041_`, not `A`), so later runs read it back.",
  build() {
    const sst = ["张_xFFFE_三", "客服一部_xFFFF_", "_x005F_x0041_"];
    return { raw: { sst, rows: rawPeople(rawCell, { E001: { name: { sst: 0 } }, E002: { dept: { sst: 1 } }, E003: { note: { sst: 2 } } }) } };
  },
});

hostileCase({
  id: "xml-illegal-csv",
  file: "xml-illegal.csv",
  title: "Characters XML forbids, raw in a CSV",
  example: "U+FFFE in E001's 姓名, U+FFFF in E002's 备注, U+0001 in E003's 部门",
  does: "Exit 0 and an output whose every part is well-formed XML; the review is unaffected.",
  build: () => ({ csv: { lines: [HEADERS, ...csvPeople({ E001: { name: "张\uFFFE三" }, E002: { note: "备注\uFFFF" }, E003: { dept: "客服二部\u0001" } })], encoding: "utf8" } }),
});

hostileCase({
  id: "date1904",
  file: "date1904.xlsx",
  title: "1904 date system",
  example: "`<workbookPr date1904=\"1\"/>` (old Mac Excel): every date a 1904 serial (2025-03-01 is 43888)",
  does: "Read as the same dates in both modes, and the streaming copy keeps the 1904 system (it dropped it, moving every copied date 4 years and 1 day earlier).",
  build: () => ({ raw: { date1904: true, rows: rawPeople((k, v) => rawCell(k, v, (iso) => ({ serial: serial1904(iso) }))) } }),
});

hostileCase({
  id: "formula-no-cache",
  file: "formula-no-cache.xlsx",
  title: "Formula cells saved without their result",
  example: "E001's 工单量 `=1500*2` with no cached value (openpyxl writes none), E004's 姓名 `=\"赵六\"` with its cached text, E005's 备注 a text formula whose result is empty",
  does: "A formula without a result in a column the policy reads is a row error naming the cell and saying to open and save the file in Excel (it was read as empty: 缺少数据, eligible became 未达标 in silence); a cached result is used as before.",
  build: () => ({
    raw: { rows: rawPeople(rawCell, { E001: { tickets: { f: "1500*2" } }, E004: { name: { f: "\"赵六\"", t: "str", v: "赵六" } }, E005: { note: { f: "\"\"", t: "str", v: "" } } }) },
    bad: [{ row: 2, id: "E001", cells: [addr(SHEET, "tickets", 2)], codes: ["unreadable"], message: ["Excel 中打开并保存"] }],
  }),
});

hostileCase({
  id: "control-chars-csv",
  file: "control-chars.csv",
  title: "Terminal control sequences in names and departments",
  example: "E008's 姓名 `郑十` followed by ESC ] 0 ; pwned BEL (sets the terminal title) and ESC [ 2 J (clears the screen); E001's 部门 with ESC [ 8 m (hides text); U+009B (8-bit CSI) in E002's 姓名",
  does: "Every control character of roster text is printed as a visible `\\u001b` escape by every command (review, near-miss, fairness...), never raw; the review is unaffected.",
  build: () => ({
    csv: {
      lines: [HEADERS, ...csvPeople({ E008: { name: "郑十\u001b]0;pwned\u0007\u001b[2J" }, E001: { dept: "客服一部\u001b[8m" }, E002: { name: "李四\u009b2J" } })],
      encoding: "utf8",
    },
  }),
});

hostileCase({
  id: "history-csv",
  file: "History.csv",
  title: "A CSV named History.csv",
  example: "the roster saved as `History.csv`; Excel reserves the sheet name History",
  does: "Reviewed: the copied roster sheet is named `History_` (exceljs refused the name: exit 1, internal error).",
  build: () => ({ csv: { lines: [HEADERS, ...csvPeople()], encoding: "utf8-bom" } }),
});

hostileCase({
  id: "wide-row-csv",
  file: "wide-row.csv",
  exit: 2,
  title: "A CSV line with more fields than Excel has columns",
  example: "line 14 has 16,400 fields (Excel's last column is XFD, 16,384)",
  does: "Exit 2 with one line naming the file, the line and the count (was exit 1, internal error).",
  build: () => ({ csv: { lines: [HEADERS, ...csvPeople(), Array(16400).fill("x")], encoding: "utf8" } }),
  stderr: ["14", "16400"],
});

hostileCase({
  id: "core-bomb",
  file: "core-bomb.xlsx",
  title: "Document properties inflating to 64 MB (a core.xml bomb)",
  example: "`docProps/core.xml` is 64 MB of spaces in `<dc:title>`, 64 KB compressed",
  does: "The properties are read only up to 16 MB, so they are ignored and the roster is reviewed in both modes (stream mode ran out of memory: exit 1).",
  build: () => ({ raw: { rows: rawPeople(), core: `<dc:title>${" ".repeat(64 * 1024 * 1024)}</dc:title>` } }),
});

hostileCase({
  id: "chart-sheet",
  file: "chart-sheet.xlsx",
  title: "A chart sheet beside the roster",
  example: "a chart sheet `图表` after the roster sheet, its drawing in a default XML namespace (`<wsDr xmlns=…>`)",
  does: "Reviewed in both modes; the chart sheet is not a roster and is not copied (workbook mode refused the whole file as \"password-protected or damaged\": exceljs failed on the drawing).",
  build: () => ({ raw: { rows: rawPeople(), chartSheet: "图表" } }),
});

hostileCase({
  id: "row-beyond-limit",
  file: "row-beyond-limit.xlsx",
  exit: 2,
  title: "A row beyond Excel's last row",
  example: "a cell in row 1,048,577 (a 1.6 MB file of 10 million rows ran for 400 s at 2.6 GB and rising)",
  does: "Exit 2 with one line naming the file and the row, as soon as the row is read (a crafted or damaged file).",
  build: () => ({ raw: { rows: [...rawPeople(), { r: 1048577, cells: ["E999"] }] } }),
  stderr: ["1048577"],
});

hostileCase({
  id: "sst-bomb",
  file: "sst-bomb.xlsx",
  exit: 2,
  title: "More shared strings than the sheets can use",
  example: "a shared-string table declaring and holding 400,000 strings beside a 3 KB sheet (a 1.3 MB file of 31 million strings took 265 s)",
  does: "Exit 2 with one line naming the file, before the strings are read into memory: each used string needs a cell of at least 16 bytes of sheet XML.",
  build: () => ({ raw: { rows: rawPeople(), sst: Array.from({ length: 400000 }, () => "x") } }),
  stderr: ["400000"],
});

hostileCase({
  id: "rows-out-of-order",
  file: "rows-out-of-order.xlsx",
  title: "Rows out of order in the sheet XML",
  example: "rows stored 1-5, 8, 6, 7, 9-13 (a damaged or hand-made file; Excel writes rows in order)",
  does: "Every row is reviewed in both modes. The workbook-mode copy keeps every row; the streaming copy cannot write a row above one already written, and says which rows it could not copy, on one line (they were dropped without a word).",
  build() {
    const rows = rawPeople();
    return { raw: { rows: [...rows.slice(0, 5), rows[7], rows[5], rows[6], ...rows.slice(8)] } };
  },
});

hostileCase({
  id: "percent-range",
  file: "percent-range.xlsx",
  title: "Percentages out of range",
  example: "客户满意度 `150` (E001, J2: 150%), `9500%` typed for 95% (E003, J4), a percent cell of 250% (E004, J5) and `-5%` (E006, J7); 差错率 `101%` (E009, L10); E010's 客户满意度 `100%` and E002's `0` are at the limits",
  does: "A percentage read below 0% or above 100% in 客户满意度, 差错率 or 培训出勤率 (1000% in 销售达成率) is a row error naming the cell, the value and what it reads as (`“客户满意度”列的值“9500%”读作 9500%，不在 0%–100% 之间`), in both modes; it was 150% met in silence. 100% and 0 are read as usual.",
  build() {
    const g = new Grid();
    g.add(HEADERS);
    const at = g.people(ALL, xlsxCell, {
      E001: { csat: 150 },
      E002: { err: 0 },
      E003: { csat: "9500%" },
      E004: { csat: { v: 2.5, numFmt: "0%" } },
      E006: { csat: "-5%" },
      E009: { err: "101%" },
      E010: { csat: "100%" },
    });
    const bad = (id, key, words) => ({ row: at[id], id, cells: [addr(SHEET, key, at[id])], codes: ["unreadable"], message: words });
    return {
      xlsx: g,
      bad: [bad("E001", "csat", ["150", "150%"]), bad("E003", "csat", ["9500%", "100%"]), bad("E004", "csat", ["250%"]), bad("E006", "csat", ["-5%"]), bad("E009", "err", ["101%"])],
      // E002's 差错率 0 and E010's 客户满意度 100% do not change what they get.
    };
  },
});

hostileCase({
  id: "percent-range-csv",
  file: "percent-range.csv",
  title: "Percentages out of range in a decimal-comma CSV",
  example: "a semicolon CSV with decimal commas: 客户满意度 `150,0` on line 2 (E001: 150%), `9.500%` on line 4 (E003: 9500%); every other percentage as `0,965`",
  does: "Decimal commas are read first (`0,965` is 96.5%), then the range is checked: `150,0` and `9.500%` are row errors naming the cell and quoting the number as read (`150.0`, `9500%`); the other rows are as in `decimal-comma.csv`.",
  build() {
    const render = (k, v) => {
      if (v === null || v === "") return "";
      if (PERCENT_KEYS.has(k) || k === "tickets") return commaNumber(v);
      return csvCell(k, v);
    };
    const over = { E001: { csat: "150,0" }, E003: { csat: "9.500%" } };
    const lines = [HEADERS, ...ALL.map((id) => personRow(byId(id), render, over[id] ?? {}))];
    const sheet = "percent-range";
    return {
      csv: { lines, encoding: "utf8-bom", delimiter: ";" },
      bad: [
        { row: 2, id: "E001", cells: [addr(sheet, "csat", 2)], codes: ["unreadable"], message: ["150.0", "150%"] },
        { row: 4, id: "E003", cells: [addr(sheet, "csat", 4)], codes: ["unreadable"], message: ["9500%", "100%"] },
      ],
    };
  },
});

hostileCase({
  id: "product-named-roster",
  file: "product-named-roster.xlsx",
  exit: 2,
  title: "A roster sheet named 晋升评审",
  example: "the workbook's only sheet, the roster, is named `晋升评审`, the name PromoLadder gives its results sheet",
  does: "Exit 2 with one line naming the file and the sheet and saying to add `--sheet 晋升评审` (it said \"none of the sheets ()\"); with `--sheet 晋升评审` it is reviewed in both modes, the copy keeps the name and the results go to `晋升评审 (2)`.",
  build() {
    const g = new Grid();
    g.sheetName = "晋升评审";
    g.add(HEADERS);
    g.people(ALL, xlsxCell);
    return { xlsx: g };
  },
  stderr: ["晋升评审", "--sheet 晋升评审"],
});

const LONG_SHEET = `${"名".repeat(30)}😀尾巴`;
hostileCase({
  id: "long-sheet-name",
  file: "long-sheet-name.xlsx",
  title: "A sheet name longer than Excel allows",
  example: "the roster sheet named `名` × 30 followed by 😀尾巴 (34 characters; Excel stops at 31, a crafted or foreign file)",
  does: "Reviewed in both modes; the name is cut to 31 characters before exceljs sees it, never inside the emoji (`名` × 30), so no raw exceljs warning is printed and the copy's name has no U+FFFD (workbook mode refused the file as damaged: \"Worksheet name already exists\"; stream mode wrote a name exceljs could not read back).",
  build: () => ({ raw: { rows: rawPeople(), sheetName: LONG_SHEET } }),
});

const LONG_CSV = `${"晋升花名册".repeat(6)}😀`;
hostileCase({
  id: "long-csv-name",
  file: `${LONG_CSV}.csv`,
  title: "A CSV whose name is longer than a sheet name",
  example: "`晋升花名册` × 6 followed by 😀 (32 UTF-16 units: the emoji straddles Excel's 31-character limit)",
  does: "Reviewed in both modes; the copied roster sheet is named with the first 30 characters (the emoji is dropped whole, never half of it: no U+FFFD); row errors name cells under the file's name, as for every CSV.",
  build: () => ({ csv: { lines: [HEADERS, ...csvPeople()], encoding: "utf8-bom" } }),
});

hostileCase({
  id: "leading-whitespace-csv",
  file: "leading-whitespace.csv",
  title: "Text starting with a tab or spaces, and a literal `_x0041_`, in a CSV",
  example: "E001's 备注 a tab then `缩进`, E002's 姓名 `  李四` (two leading spaces), E003's 备注 the text `_x0041_`",
  does: "The copy of the roster keeps each text as it is in both modes: the streaming writer writes inline strings with `xml:space=\"preserve\"` (it wrote `t=\"str\"`: LibreOffice dropped the leading tab) and escapes `_x0041_` as `_x005F_x0041_`, as OOXML asks of every string item (it was written bare, which a reader decoding escapes shows as `A`); LibreOffice reads both back as they were.",
  build: () => ({ csv: { lines: [HEADERS, ...csvPeople({ E001: { note: "\t缩进" }, E002: { name: "  李四" }, E003: { note: "_x0041_" } })], encoding: "utf8-bom" } }),
});

/* ----------------------------------------------------------------------------- raw .xlsx parts */

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const xmlEsc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One cell of a raw sheet: text (inline), number, `{ iso }` (t="d"), `{ serial }` (date format), `{ pct }`, `{ f, t, v }`, `{ sst }`. */
function rawCellXml(ref, c) {
  if (c === null || c === undefined || c === "") return "";
  if (typeof c === "number") return `<c r="${ref}"><v>${c}</v></c>`;
  if (typeof c === "string") return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEsc(c)}</t></is></c>`;
  if (c.iso !== undefined) return `<c r="${ref}" t="d"><v>${c.iso}</v></c>`;
  if (c.serial !== undefined) return `<c r="${ref}" s="1"><v>${c.serial}</v></c>`;
  if (c.pct !== undefined) return `<c r="${ref}" s="2"><v>${c.pct}</v></c>`;
  if (c.sst !== undefined) return `<c r="${ref}" t="s"><v>${c.sst}</v></c>`;
  if (c.f !== undefined) return `<c r="${ref}"${c.t ? ` t="${c.t}"` : ""}><f>${xmlEsc(c.f)}</f>${c.v === undefined ? "" : `<v>${xmlEsc(c.v)}</v>`}</c>`;
  throw new Error(`raw cell ${ref}: ${JSON.stringify(c)}`);
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** The parts of a hand-made .xlsx: one sheet 名单 with `rows` in file order, optional shared strings, 1904 dates, a chart sheet, a core.xml. */
function rawParts({ rows, sst, date1904, chartSheet, core, sheetName = SHEET }) {
  const sheetData = rows.map(({ r, cells }) => `<row r="${r}">${cells.map((c, j) => rawCellXml(`${letter(j)}${r}`, c)).join("")}</row>`).join("");
  const parts = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sst ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ""}${chartSheet ? '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' : ""}${core ? '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' : ""}</Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>${core ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' : ""}</Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook ${NS}>${date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>"}<bookViews><workbookView/></bookViews><sheets><sheet name="${xmlEsc(sheetName)}" sheetId="1" r:id="rId1"/>${chartSheet ? `<sheet name="${chartSheet}" sheetId="2" r:id="rId4"/>` : ""}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>${sst ? `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ""}${chartSheet ? `<Relationship Id="rId4" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>` : ""}</Relationships>`,
    "xl/styles.xml": STYLES,
    "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet ${NS}><sheetData>${sheetData}</sheetData></worksheet>`,
  };
  if (sst) {
    parts["xl/sharedStrings.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sst.length}" uniqueCount="${sst.length}">${sst.map((t) => `<si><t xml:space="preserve">${t}</t></si>`).join("")}</sst>`;
  }
  if (chartSheet) {
    parts["xl/chartsheets/sheet1.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<chartsheet ${NS}><sheetPr/><sheetViews><sheetView workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`;
    parts["xl/chartsheets/_rels/sheet1.xml.rels"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`;
    // The drawing in a default namespace (`<wsDr xmlns=…>`), valid OOXML that exceljs's drawing reader does not recognise.
    parts["xl/drawings/drawing1.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><absoluteAnchor><pos x="0" y="0"/><ext cx="9000000" cy="6000000"/><graphicFrame macro=""><nvGraphicFramePr><cNvPr id="1" name="Chart 1"/><cNvGraphicFramePr/></nvGraphicFramePr><xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1" xmlns:r="${REL}"/></a:graphicData></a:graphic></graphicFrame><clientData/></absoluteAnchor></wsDr>`;
    parts["xl/drawings/_rels/drawing1.xml.rels"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`;
    parts["xl/charts/chart1.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'${SHEET}'!$G$2:$G$13</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;
  }
  if (core) {
    parts["docProps/core.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">${core}</cp:coreProperties>`;
  }
  return parts;
}

async function rawXlsxBytes(raw) {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(rawParts(raw))) zip.file(name, text, { date: FIXED_TIME });
  return fixZipTimes(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } }));
}

/* -------------------------------------------------------------------------------- writers */

/** Sets every zip entry's DOS time stamp to 2026-11-23 09:00, so re-runs are byte-identical. */
function fixZipTimes(buf) {
  const time = 9 << 11;
  const date = ((2026 - 1980) << 9) | (11 << 5) | 23;
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0; i--) if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  if (eocd < 0) throw new Error("zip: no end of central directory");
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let k = 0; k < count; k++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error("zip: bad central directory");
    buf.writeUInt16LE(time, p + 12);
    buf.writeUInt16LE(date, p + 14);
    const local = buf.readUInt32LE(p + 42);
    buf.writeUInt16LE(time, local + 10);
    buf.writeUInt16LE(date, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}

async function xlsxBytes(grid) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "PromoLadder bad-input fixtures";
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  const ws = wb.addWorksheet(grid.sheetName ?? SHEET);
  grid.rows.forEach((cells, i) => {
    const row = ws.getRow(i + 1);
    cells.forEach((c, j) => {
      if (c === null || c === undefined) return;
      const cell = row.getCell(j + 1);
      if (typeof c === "object" && "v" in c) {
        cell.value = c.v;
        if (c.numFmt) cell.numFmt = c.numFmt;
      } else cell.value = c;
    });
  });
  for (const m of grid.merges) ws.mergeCells(m);
  for (const r of grid.hiddenRows) ws.getRow(r).hidden = true;
  for (const c of grid.hiddenCols) ws.getColumn(c).hidden = true;
  return fixZipTimes(Buffer.from(await wb.xlsx.writeBuffer()));
}

function csvField(s, delimiter = ",") {
  return /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvBytes({ lines, raw, encoding, delimiter = "," }) {
  const text = (raw ?? lines.map((cells) => cells.map((c) => csvField(c ?? "", delimiter)).join(delimiter))).join("\r\n") + "\r\n";
  if (encoding === "gbk") return iconv.encode(text, "gbk");
  if (encoding === "utf16le") return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf16le")]);
  if (encoding === "utf8-bom") return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
  return Buffer.from(text, "utf8");
}

/* -------------------------------------------------------------------------------- docs */

function docTable(cases) {
  const cell = (s) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const out = [
    "# Bad input: what PromoLadder does with messy rosters",
    "",
    "Generated by `node scripts/make-bad-input.mjs` from the same case list as the fixtures in",
    "`test/fixtures/bad-input/` and their expected outcomes (`cases.json`); do not edit by hand.",
    "`test/bad-input/catalogue.test.ts` runs `promo review FIXTURE --policy taobao-cs --as-of 2026-11-23 --json`",
    "on every fixture and checks the exit code, that every good row evaluates exactly as the same",
    "employee in the clean twin `clean.xlsx`, that every bad row names the right cell, and that the",
    "review workbook opens cleanly.",
    "",
    "Rule of thumb: a bad **cell** is a row error naming the cell (`名单!G5`, in a CSV the column",
    "letter and the line number under the file's name) and never stops the run (exit 0); a file",
    "that cannot be read as a roster is one line on stderr naming the file (exit 2).",
    "",
    "| Case | Example | What PromoLadder does | Fixture | Exit |",
    "|---|---|---|---|---|",
  ];
  for (const c of cases) out.push(`| ${cell(c.title)} | ${cell(c.example)} | ${cell(c.does)} | \`${c.file}\` | ${c.exit} |`);
  out.push(
    "",
    "## Also guaranteed (tests in `test/bad-input/`)",
    "",
    "- **Formula injection**: names and free text starting with `=`, `+`, `-` or `@` are written as",
    "  text cells in every workbook the CLI writes (晋升评审, 人才库, 晋升汇总, the copied CSV roster and",
    "  `promo policy export`), and LibreOffice reads them back literally.",
    "- **Nothing lost**: the roster (.xlsx or .csv) is byte-for-byte unchanged after a review. The",
    "  review is written to `.<name>.<pid>-<host>-<random>.tmp` beside the output (created exclusively, so",
    "  two runs in different PID namespaces never share it), checked to be a complete zip and renamed over",
    "  it, so a run killed while writing leaves the previous output intact and never touches the input; the",
    "  only leftover is that dot-temp file, which the next `promo review` writing the same output removes",
    "  (when the process that wrote it, on the same machine, is gone). A re-run keeps the 主管确认 sign-offs",
    "  by 工号, even after the roster's rows are re-ordered. An `--out` that is a symbolic link: the file it",
    "  points to is replaced (atomically, beside it) and the link kept; a link loop is exit 2 with one line.",
    "- **Re-runs over an edited output** (issue 19, class 13; `test/bad-input/rerun-edits.test.ts`, both",
    "  modes): a sign-off is tied to the decision it sat next to (当前职级, 状态, 下一职级) and the review date",
    "  of its sheet. It is carried while that decision holds; when it changed (同意晋升 next to a row that",
    "  is now 已最高) the cell reads `需复核：上次确认“同意晋升”是对 2026-11-23 评审结论“高级客服 · 可晋升 →",
    "  资深客服”的，结论已变`, stderr names the employees, and later runs keep the note until the manager",
    "  replaces it. The task pane reads sign-offs with the same rule (`src/excel/previous-sheets.ts`).",
    "  An output holding a sheet the user added (one PromoLadder did not write and the roster",
    "  does not have) or a column with values added to 晋升评审 is not replaced: exit 2 with one line naming",
    "  them, the file untouched; `--discard-edits` rewrites it and says on one line what it dropped. Not",
    "  detected: edits to the copied roster sheet and to 人才库 / 晋升汇总 (the copy is rebuilt from the",
    "  roster, the product's sheets from the review).",
    "- **Class 14 leftovers** (`test/bad-input/leftovers.test.ts`): a policy JSON in UTF-16 (with a BOM, or",
    "  Notepad's without one) is decoded, and a JSON syntax error is one line whatever the bytes; a policy",
    "  with thousands of problems lists the first 50 and counts the rest (a 100,000-row 规则 sheet printed",
    "  ~300,000 lines); the streaming writer writes text as inline strings with `xml:space=\"preserve\"`",
    "  (a leading tab or line break was lost with `t=\"str\"`) and a literal `_x0041_` as `_x005F_x0041_`,",
    "  which both readers decode back to `_x0041_`.",
    "- **Hostile files** (issue 19; the cases above from `far-footer.xlsx` on): `test/bad-input/hostile.test.ts`",
    "  also reviews each with `--stream`; every run",
    "  ends within a minute, prints no stack, no internal error and no control character, and every part of",
    "  every output parses with a strict XML parser (the catalogue checks the same in workbook mode).",
    "- **Terminal output**: control characters in roster text (ESC, BEL, OSC and CSI sequences, C1",
    "  controls) are printed as visible escapes (`\\u001b`) by every command, never raw.",
    "- **Arguments**: an unknown option, a bad option value or a missing roster is one line on stderr,",
    "  exit 2 (`promo: 参数错误：unknown option '--bogus'（promo --help 查看用法）`). A read-only folder, an",
    "  output name too long, a stack overflow on a huge policy and a CSV over 500 MB are exit 2 with one line too.",
    "- **Properties**: the readers never throw on arbitrary cell values, bytes or text; the CLI's",
    "  JSON is the same for the same input; the CLI's `--json` on random rosters saved as .xlsx and",
    "  .csv agrees with the core review and with the independent reference evaluator (test/oracle).",
    "",
  );
  return out.join("\n");
}

/* ---------------------------------------------------------------------------------- main */

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const twin = new Grid();
  twin.add(HEADERS);
  twin.people(ALL, xlsxCell);
  const clean = await xlsxBytes(twin);
  writeFileSync(join(OUT, "clean.xlsx"), clean);

  const out = [];
  for (const c of CASES) {
    const built = c.build();
    let bytes;
    if (built.xlsx) bytes = await xlsxBytes(built.xlsx);
    else if (built.raw) bytes = await rawXlsxBytes(built.raw);
    else if (built.csv) bytes = csvBytes(built.csv);
    else if (built.truncatedOf) bytes = clean.subarray(0, Math.floor(clean.length / 2));
    else bytes = built.bytes;
    writeFileSync(join(OUT, c.file), bytes);
    const entry = { id: c.id, file: c.file, title: c.title, example: c.example, does: c.does, exit: c.exit, ...(c.hostile ? { hostile: true } : {}) };
    if (c.exit === 0) {
      Object.assign(entry, {
        twin: built.twinless ? null : "clean.xlsx",
        bad: built.bad ?? [],
        extra: built.extra ?? [],
      });
      if (c.headerRow !== undefined) entry.headerRow = c.headerRow;
      entry.rows = c.expectRows ?? built.xlsx?.persons ?? BASE.length;
      if (c.maxMessageLength) entry.maxMessageLength = c.maxMessageLength;
    } else {
      entry.stderr = c.stderr;
    }
    out.push(entry);
  }
  const expected = Object.fromEntries(BASE.map((p) => [p.id, p.expect]));
  const cases = { policy: POLICY, asOf: AS_OF, twin: { file: "clean.xlsx", statuses: expected }, cases: out };
  writeFileSync(join(OUT, "cases.json"), `${JSON.stringify(cases, null, 2)}\n`);
  writeFileSync(DOC, docTable(CASES));
  process.stdout.write(`wrote ${CASES.length} cases and clean.xlsx to ${OUT}, and ${DOC}\n`);
}

await main();
