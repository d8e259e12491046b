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
  return { headerRow: (roster.firstRow ?? 1) + found.index, dataRows: Math.max(0, roster.rows.length - found.index - 1), rows };
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
    label: `${locale === "zh-CN" ? p.name : p.nameEn} (${p.id})`,
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

/** Today as `YYYY-MM-DD` in local time. */
export function todayIso(now: Date = new Date()): string {
  return isoFromDay(localDay(now));
}

/** Local time as `YYYY-MM-DD HH:mm`, for the log. */
export function stampNow(now: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${todayIso(now)} ${p(now.getHours())}:${p(now.getMinutes())}`;
}
