/**
 * Header matching and header-row detection (catalogue §1, §6 "Header row").
 */
import type { Cell } from "../model/cell";
import { FIELDS } from "../model/fields";
import { foldText, readText } from "./text";

/** Folded synonym -> canonical field key; the first field listing a synonym keeps it. */
const SYNONYMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const f of FIELDS) {
    for (const s of [...f.zh, ...f.en]) {
      const k = foldText(s);
      if (!map.has(k)) map.set(k, f.key);
    }
  }
  return map;
})();

const FIELD_KEYS: ReadonlySet<string> = new Set(FIELDS.map((f) => f.key));

/** Known fields other than `id` and `level` a header row must map (catalogue §6). */
const MIN_OTHER_FIELDS = 3;

/** The header row of a roster and what each of its columns maps to. */
export interface HeaderMatch {
  /** 0-based index of the header row in the rows searched. */
  readonly index: number;
  /** Per column: the canonical field key, or null (custom or empty column). */
  readonly fields: (string | null)[];
  /** Per column: the header text as written, trimmed; `""` for an empty cell. */
  readonly headers: string[];
}

/**
 * The canonical field key whose Chinese or English synonym equals `text` after
 * {@link foldText} on both sides (`" employee ＩＤ "` -> `"id"`), or null.
 */
export function matchHeader(text: string): string | null {
  return SYNONYMS.get(foldText(text)) ?? null;
}

/** Header text of a cell as written, trimmed; `""` for empty and unreadable cells. */
function headerText(cell: Cell): string {
  const t = readText(cell);
  return typeof t === "string" ? t : "";
}

/** One row's headers and the fields they map. */
interface MappedRow {
  readonly fields: (string | null)[];
  readonly headers: string[];
}

/** Folded header text -> field key (or null: ignore the column), from a user's override. */
type FoldedOverride = ReadonlyMap<string, string | null>;

/** The override's usable entries, keyed by folded header text (see {@link applyOverride}). */
function foldOverride(override: Readonly<Record<string, string | null>> | undefined): FoldedOverride {
  const wanted = new Map<string, string | null>();
  for (const k of Object.keys(override ?? {})) {
    const v: unknown = override?.[k];
    if (v === null || (typeof v === "string" && FIELD_KEYS.has(v))) wanted.set(foldText(k), v);
  }
  return wanted;
}

/** The field a header maps to: the user's override first, then the synonyms. */
function headerField(text: string, override: FoldedOverride): string | null {
  if (text === "") return null;
  const folded = foldText(text);
  return override.has(folded) ? (override.get(folded) ?? null) : matchHeader(text);
}

/** Maps one row's headers; a field mapped twice keeps only its leftmost column. */
function mapRow(row: ReadonlyArray<Cell>, override: FoldedOverride): MappedRow {
  const fields: (string | null)[] = [];
  const headers: string[] = [];
  const seen = new Set<string>();
  for (let j = 0; j < row.length; j++) {
    const text = headerText(row[j]);
    headers.push(text);
    const key = headerField(text, override);
    if (key !== null && !seen.has(key)) {
      seen.add(key);
      fields.push(key);
    } else {
      fields.push(null);
    }
  }
  return { fields, headers };
}

/**
 * One row read as headers, each mapped as {@link findHeaderRow} would (override first, leftmost
 * column of a field wins), whether or not it qualifies as the header row.
 * @example mapHeaderRow(["工号", "岗位级别"]).fields //=> ["id", "level"]
 */
export function mapHeaderRow(row: ReadonlyArray<Cell>, override?: Readonly<Record<string, string | null>>): { fields: (string | null)[]; headers: string[] } {
  return mapRow(row, foldOverride(override));
}

/**
 * The header continued by a second header row: `row` (the row right under `top`) names further
 * columns only where `top`'s cell is empty or unmapped, as under a merged group title
 * (`考核成绩` over 绩效 | 团队协作 | 学习成长) in a two-row header whose other cells are merged down.
 * It must add at least one known field and may not name `id`, `level` or a field `top` maps.
 * @returns the combined fields and headers (the second row's text wins), or null when `row` is
 *   not such a row (a data row always has values under mapped columns).
 */
function continuedHeader(top: MappedRow, row: ReadonlyArray<Cell> | undefined, override: FoldedOverride): MappedRow | null {
  if (!Array.isArray(row)) return null;
  const fields = top.fields.slice();
  const headers = top.headers.slice();
  while (fields.length < row.length) {
    fields.push(null);
    headers.push("");
  }
  const seen = new Set(top.fields.filter((f): f is string => f !== null));
  let added = 0;
  for (let j = 0; j < row.length; j++) {
    const text = headerText(row[j]);
    if (text === "") continue;
    if ((top.fields[j] ?? null) !== null) return null;
    const key = headerField(text, override);
    if (key === "id" || key === "level" || (key !== null && seen.has(key))) return null;
    if (key !== null) {
      seen.add(key);
      added++;
    }
    fields[j] = key;
    headers[j] = text;
  }
  return added > 0 ? { fields, headers } : null;
}

/** True when the mapped fields include `id`, `level` and three other distinct fields. */
function isHeaderRow(fields: ReadonlyArray<string | null>): boolean {
  let id = false;
  let level = false;
  let others = 0;
  for (const f of fields) {
    if (f === "id") id = true;
    else if (f === "level") level = true;
    else if (f !== null) others++; // fields are already distinct
  }
  return id && level && others >= MIN_OTHER_FIELDS;
}

/**
 * Finds the header row (catalogue §6): the first row, within the first `maxRows`, that maps an
 * `id` column, a `level` column and at least three other distinct known fields; title and
 * blank rows above it are skipped. When two columns map to the same field the leftmost wins and
 * the others get `null` (kept as custom columns under their header text).
 *
 * A two-row header (cells merged down over both rows, group titles merged across above their
 * columns' own headers) is read as one: when the row below names further columns only under
 * empty or unmapped cells (see {@link continuedHeader}), both rows are the header, `index` is
 * the second one's and the data starts below it.
 *
 * `override` (the user's corrections, as for {@link applyOverride}) is applied while searching,
 * so a roster whose level column is headed by a word of its own is found once the user maps it.
 * @returns the match, or null when no row qualifies.
 * @example findHeaderRow(rows, 20, { 级别: "level" }) // a header row with 工号 | 姓名 | 级别 | ...
 */
export function findHeaderRow(rows: ReadonlyArray<ReadonlyArray<Cell>>, maxRows = 20, override?: Readonly<Record<string, string | null>>): HeaderMatch | null {
  const limit = Math.min(rows.length, maxRows);
  const folded = foldOverride(override);
  for (let i = 0; i < limit; i++) {
    const row = rows[i];
    if (!Array.isArray(row)) continue;
    const top = mapRow(row, folded);
    const two = i + 1 < rows.length ? continuedHeader(top, rows[i + 1], folded) : null;
    if (isHeaderRow(top.fields)) return two ? { index: i + 1, ...two } : { index: i, ...top };
    if (two && isHeaderRow(two.fields)) return { index: i + 1, ...two };
  }
  return null;
}

/**
 * Applies the user's header overrides: each key is a header text (matched after
 * {@link foldText}), each value a canonical field key, or null to ignore the column.
 * Values that are not canonical field keys are ignored (the column keeps its automatic
 * mapping); empty headers cannot be overridden. When a field ends up on several columns, an
 * overridden column wins over an automatically mapped one, then the leftmost wins; the others
 * get `null`. Returns a new match; the input is not changed.
 */
export function applyOverride(match: HeaderMatch, override: Readonly<Record<string, string | null>>): HeaderMatch {
  const wanted = foldOverride(override);
  const n = match.fields.length;
  const fields: (string | null)[] = match.fields.slice();
  const overridden: boolean[] = new Array<boolean>(n).fill(false);
  for (let j = 0; j < n; j++) {
    const h = match.headers[j] ?? "";
    if (h === "") continue;
    const folded = foldText(h);
    if (wanted.has(folded)) {
      fields[j] = wanted.get(folded) ?? null;
      overridden[j] = true;
    }
  }
  const owner = new Map<string, number>();
  for (const pass of [true, false]) {
    for (let j = 0; j < n; j++) {
      const f = fields[j];
      if (f === null || f === undefined || overridden[j] !== pass) continue;
      if (owner.has(f)) fields[j] = null;
      else owner.set(f, j);
    }
  }
  return { index: match.index, fields, headers: match.headers.slice() };
}
