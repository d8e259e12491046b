/**
 * The pane's view models, pure: the column mapping rows, the policy choices and the vacancy
 * levels, computed from core data. No DOM, no Office.
 */
import {
  applyOverride,
  columnLetters,
  FIELDS,
  fieldLabel,
  findHeaderRow,
  isoFromDay,
  localDay,
  pickTemplate,
  policyFingerprint,
  rosterLevelTexts,
  TEMPLATES,
  type Locale,
  type MappingOverride,
  type Policy,
  type Review,
  type RosterInput,
} from "../core";
import { must } from "../core/util/must";
import { MONTHS_EN, stringsFor } from "./strings";

/** One roster column as the mapping list shows it. */
export interface MappingRow {
  /** Column letters in the sheet (`F`). */
  readonly column: string;
  readonly header: string;
  /** The field it maps to after corrections, or null (ignored / custom). */
  readonly field: string | null;
  /** The field it would map to without corrections. */
  readonly detected: string | null;
  /** The user corrected this column. */
  readonly corrected: boolean;
}

/** The roster's detected header row and its columns. */
export interface MappingView {
  /** Sheet row number (1-based) of the header row. */
  readonly headerRow: number;
  /** Data rows below it. */
  readonly dataRows: number;
  readonly rows: readonly MappingRow[];
}

/**
 * The mapping the review will use: the header row found by the core and, per non-empty header,
 * the detected field and the field after the user's corrections. Null without a header row.
 */
export function mappingView(roster: RosterInput, override: MappingOverride): MappingView | null {
  const found = findHeaderRow(roster.rows);
  if (!found) return null;
  const applied = applyOverride(found, override);
  const firstColumn = roster.firstColumn ?? 0;
  const rows: MappingRow[] = [];
  found.headers.forEach((header, j) => {
    if (header === "") return;
    rows.push({
      column: columnLetters(firstColumn + j),
      header,
      field: applied.fields[j] ?? null,
      detected: found.fields[j] ?? null,
      corrected: Object.prototype.hasOwnProperty.call(override, header),
    });
  });
  return { headerRow: (roster.firstRow ?? 1) + found.index, dataRows: dataRowCount(roster.rows, found.index), rows };
}

/**
 * Rows below the header row that hold anything: what HR counts as people (a blank separator row
 * is not one; the review skips it too).
 * @example
 * dataRowCount([["工号", "职级"], ["A1", "初级"], [null, ""], ["A2", "中级"]], 0) // 2
 */
export function dataRowCount(rows: RosterInput["rows"], headerIndex: number): number {
  let n = 0;
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i];
    if (row && row.some((c) => c !== null && c !== undefined && !(typeof c === "string" && c.trim() === ""))) n++;
  }
  return n;
}

/** The fields a column can be mapped to, with their labels in the locale. */
export function fieldOptions(locale: Locale): { key: string; label: string }[] {
  return FIELDS.map((f) => ({ key: f.key, label: `${fieldLabel(f.key, locale)}` }));
}

/**
 * The corrections after choosing `field` for `header`: choosing what the core detects by itself
 * drops the correction, so only real corrections are stored.
 */
export function correct(override: MappingOverride, row: MappingRow, field: string | null): MappingOverride {
  const next: Record<string, string | null> = { ...override };
  if (field === row.detected) delete next[row.header];
  else next[row.header] = field;
  return next;
}

/** A policy the pane can run. */
export interface PolicyChoice {
  /** `sheets` for the workbook's policy sheets, else the template id. */
  readonly key: string;
  readonly label: string;
  readonly policy: Policy;
  readonly fingerprint: string;
  readonly fromSheets: boolean;
}

/** The built-in templates as choices. */
export function templateChoices(locale: Locale): PolicyChoice[] {
  return TEMPLATES.map((p) => ({
    key: p.id,
    label: `${stringsFor(locale).policyName(p)} (${p.id})`,
    policy: p,
    fingerprint: policyFingerprint(p),
    fromSheets: false,
  }));
}

/** The template whose levels match the roster best, with how many of its level names match. */
export function suggestTemplate(roster: RosterInput): { id: string; matched: number; total: number } | null {
  const texts = rosterLevelTexts(roster);
  const match = pickTemplate(texts, TEMPLATES);
  if (!match) return null;
  return { id: match.policy.id, matched: match.levelsMatched, total: new Set(texts.map((t) => t.trim())).size };
}

/** A level with a vacancy and the number of people who meet its step. */
export interface VacancyLevel {
  readonly level: string;
  readonly candidates: number;
  /** The step into it waits for a vacancy (a reserve-fed level). */
  readonly vacancy: boolean;
}

/**
 * Levels someone could fill, in ladder order: every level that a reviewed employee meets the
 * step into (error rows excluded), vacancy-gated levels first.
 */
export function vacancyLevels(review: Review, policy: Policy): VacancyLevel[] {
  const counts = new Map<string, { n: number; vacancy: boolean }>();
  for (const r of review.rows) {
    if (r.status === "error") continue;
    for (const t of r.targets) {
      if (!t.met) continue;
      const c = counts.get(t.level) ?? { n: 0, vacancy: t.vacancy };
      c.n++;
      counts.set(t.level, c);
    }
  }
  const order = new Map(policy.levels.map((l, i) => [l.name, i]));
  return [...counts.entries()]
    .map(([level, c]) => ({ level, candidates: c.n, vacancy: c.vacancy }))
    .sort((a, b) => Number(b.vacancy) - Number(a.vacancy) || (order.get(a.level) ?? 999) - (order.get(b.level) ?? 999));
}

/** `[y, m, d]` of a valid calendar date, else null. */
function validYmd(y: number, m: number, d: number): [number, number, number] | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 9999 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? [y, m, d] : null;
}

/**
 * A date (`YYYY-MM-DD`) as the pane shows it, in the pane's language, never the browser's: ISO in
 * Chinese (`2026-11-23`, the form Chinese HR types and the CLI prints), the English medium form
 * (`Nov 23, 2026`: no day/month order to guess) in English. Anything else is shown as it is.
 * @example
 * displayDate("2026-11-23", "zh-CN") // "2026-11-23"
 * displayDate("2026-11-23", "en-US") // "Nov 23, 2026"
 */
export function displayDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || locale === "zh-CN") return iso;
  return `${MONTHS_EN[Number(m[2]) - 1]} ${Number(m[3])}, ${m[1]}`;
}

/**
 * Reads a date typed into the pane: the forms `--as-of` takes (`2026-11-23`, `2026/11/23`,
 * `2026.11.23`, `2026年11月23日`, `20261123`) in either language, and in English also `Nov 23, 2026`,
 * `23 Nov 2026` and month-first `11/23/2026`. Resolves to `YYYY-MM-DD`, or null when not a date.
 * @example
 * parseDateInput("2026年11月23日", "zh-CN") // "2026-11-23"
 * parseDateInput("Nov 23, 2026", "en-US") // "2026-11-23"
 */
export function parseDateInput(text: string, locale: Locale): string | null {
  const t = text.trim();
  let ymd: [number, number, number] | null = null;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) ymd = validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  else if (locale === "en-US") {
    const month = (name: string): number => MONTHS_EN.findIndex((x) => name.toLowerCase().startsWith(x.toLowerCase())) + 1;
    if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t))) ymd = validYmd(Number(m[3]), Number(m[1]), Number(m[2]));
    else if ((m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(t))) ymd = validYmd(Number(m[3]), month(must(m[1], "month name")), Number(m[2]));
    else if ((m = /^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})$/.exec(t))) ymd = validYmd(Number(m[3]), month(must(m[2], "month name")), Number(m[1]));
  }
  if (!ymd) return null;
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${ymd[0]}-${p(ymd[1])}-${p(ymd[2])}`;
}

/** What the pane shows of a policy: its version and revision date; the fingerprint goes in a tooltip. */
export interface PolicyTag {
  /** `版本 1.0 · 修订于 2026-11-23` / `version 1.0 · revised Nov 23, 2026` (the date only when the policy has one). */
  readonly text: string;
  /** `id@version#hash`, for the tooltip and for telling two policies apart. */
  readonly fingerprint: string;
}

/**
 * The policy's version and revision date in the pane's language, with its fingerprint kept for the
 * tooltip; from a policy, or from a fingerprint alone (`id@version#hash`: the version only).
 * @example
 * policyTag({ version: "1.0", revised: "2026-11-23" }, "taobao-cs@1.0#79a4d2b2", "zh-CN").text // "版本 1.0 · 修订于 2026-11-23"
 */
export function policyTag(policy: { readonly version: string; readonly revised?: string } | null, fingerprint: string, locale: Locale): PolicyTag {
  const version = policy?.version ?? /@([^#]+)#/.exec(fingerprint)?.[1] ?? "?";
  const revised = policy?.revised ? displayDate(policy.revised, locale) : null;
  return { text: stringsFor(locale).policyVersion(version, revised), fingerprint };
}

/**
 * A sheet the product wrote under another name because a sheet it did not write has the name
 * (Excel sheet names are unique; the product never touches a user's sheet): `人才库 (2)` beside
 * the user's `人才库`. Returns the name taken, or null.
 * @example
 * displacedBy("人才库 (2)") // "人才库"
 */
export function displacedBy(written: string): string | null {
  const m = /^(.*) \((\d+)\)$/.exec(written);
  return m && Number(m[2]) >= 2 ? must(m[1], "sheet name") : null;
}

/** Today as `YYYY-MM-DD` in local time. */
export function todayIso(now: Date = new Date()): string {
  return isoFromDay(localDay(now));
}

/** Local time as `YYYY-MM-DD HH:mm`, for the log. */
export function stampNow(now: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${todayIso(now)} ${p(now.getHours())}:${p(now.getMinutes())}`;
}
