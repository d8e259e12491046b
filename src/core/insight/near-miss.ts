/**
 * Near misses: the employees a manager coaches from. An employee who is `not_eligible` is a near
 * miss when, for some next level, the step fails on exactly one criterion, or every unmet
 * criterion is within a margin (score points, percentage points, months, counts).
 */
import { resolveLevel, stepTo, windowKey, type CompiledCriterion, type CompiledPath, type CompiledPolicy } from "../evaluate/compile";
import { fieldDef } from "../model/fields";
import { OPERATORS } from "../model/operators";
import type { PersonRef, Review, RowResult, TargetResult, Unmet } from "../model/review";
import type { RosterInput } from "../model/roster";
import type { Locale } from "../i18n/locale";
import { coreMessages } from "../i18n/messages";
import { otherPathOutcomes, type OtherPaths } from "./other-paths";
import { mustExist } from "../util/must";

/**
 * The unit a shortfall is measured in: score points (绩效 78 vs 80 -> 2), percentage points
 * (满意度 93% vs 95% -> 2), months (任现职 9 of 12 months -> 3), counts and custom numbers in their
 * own unit (工单量 1800 vs 2000 -> 200), or `none` for what has no distance (是/否, 学历, text).
 */
export type GapUnit = "points" | "percent_points" | "months" | "count" | "none";

/** How far each kind of criterion may miss and still count as near. Absent means 0 (never near). */
export interface NearMissMargin {
  /** Score points (绩效, 技能考核, 综合得分...). */
  readonly points?: number;
  /** Percentage points (客户满意度, 差错率, 销售达成率...). */
  readonly percentPoints?: number;
  /** Months (任现职, 司龄, 工作年限). */
  readonly months?: number;
  /** Counts (工单量, 低质评价) and custom number columns, in their own unit. */
  readonly count?: number;
}

/** Options of {@link nearMisses}. */
export interface NearMissOptions {
  /**
   * A number N means N score points, N percentage points and N months (counts are never
   * within a plain-number margin: 5 tickets is no useful margin); an object sets each unit.
   * Default 0: only the employees who fail exactly one criterion.
   */
  readonly margin?: number | NearMissMargin;
  /**
   * The roster the review read: with it, every path of a step is judged (a near miss on a fast
   * track, 破格, is found too); without it, only the path the review reports.
   */
  readonly roster?: RosterInput;
}

/** One unmet criterion with how far it misses. */
export interface NearMissGap {
  readonly unmet: Unmet;
  readonly unit: GapUnit;
  /** Shortfall in `unit` (always > 0), or null when not measurable (missing data, 是/否, 学历). */
  readonly gap: number | null;
  /** The shortfall is at most the margin of its unit. */
  readonly withinMargin: boolean;
}

/** An employee close to a next level. */
export interface NearMiss extends PersonRef {
  /** The next level they are closest to. */
  readonly target: string;
  /** The path judged: the reported one (standard unless another is met), or a further one when the roster was given. */
  readonly path: { readonly id: string; readonly label: string; readonly standard: boolean };
  /** The unmet criteria of that step (one, unless all are within the margin). */
  readonly gaps: readonly NearMissGap[];
  /** Composite score of the step, where it has one. */
  readonly score: number | null;
  /** When the time-based criteria will be met, given only when every other criterion holds. */
  readonly readyDate: string | null;
  /**
   * Sum over the unmet criteria of shortfall / required (a unit-free distance; an unmeasurable
   * gap counts 1). Lower is closer.
   */
  readonly distance: number;
}

const EPS = 1e-9;

function clean(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function marginOf(option: NearMissOptions["margin"]): Required<NearMissMargin> {
  if (option === undefined) return { points: 0, percentPoints: 0, months: 0, count: 0 };
  if (typeof option === "number") return { points: option, percentPoints: option, months: option, count: 0 };
  return { points: option.points ?? 0, percentPoints: option.percentPoints ?? 0, months: option.months ?? 0, count: option.count ?? 0 };
}

/** The path of `row`'s step to `target` with this id (the first path when none is given or found). */
function pathOf(compiled: CompiledPolicy, row: RowResult, target: TargetResult, id: string | null): CompiledPath | null {
  const step = stepTo(compiled, resolveLevel(compiled, row.level), target.level);
  return step?.paths.find((p) => p.id === id) ?? step?.paths[0] ?? null;
}

/** The compiled criterion behind an unmet entry of a path. */
function criterionOf(path: CompiledPath | null, u: Unmet): CompiledCriterion | null {
  const window = u.window ? windowKey(u.field, u.window) : undefined;
  return path?.criteria.find((c) => c.field === u.field && c.op === u.op && c.window?.key === window && !c.blocker === !u.blocker) ?? null;
}

/** The unit a criterion is measured in. */
export function gapUnit(field: string, kind: CompiledCriterion["kind"] | null): GapUnit {
  if (kind === "time") return "months";
  if (kind !== null && kind !== "number") return "none";
  switch (fieldDef(field)?.type) {
    case "score":
      return "points";
    case "percent":
      return "percent_points";
    case "years":
      return "months";
    case "count":
      return "count";
    case undefined:
      return kind === "number" ? "count" : "none";
    default:
      return "none";
  }
}

/** The threshold(s) of an unmet criterion as numbers: [a, b] for a range, [a, NaN] else; null when not numeric. */
function thresholds(u: Unmet): readonly [number, number] | null {
  const r = u.required;
  if (typeof r === "number") return [r, NaN];
  return OPERATORS[u.op].operand === "range" && Array.isArray(r) && typeof r[0] === "number" && typeof r[1] === "number" ? [r[0], r[1]] : null;
}

/** The shortfall of one unmet criterion in its unit, or null when it has no distance. */
export function gapOf(u: Unmet, unit: GapUnit): number | null {
  const t = thresholds(u);
  const gap = OPERATORS[u.op].gap;
  if (u.reason !== "below" || unit === "none" || typeof u.actual !== "number" || t === null || gap === null) return null;
  const scale = unit === "percent_points" ? 100 : 1;
  if (unit === "months") {
    const need = (years: number): number => Math.ceil(years * 12 - EPS);
    return gap(Math.round(u.actual * 12), need(t[0]), need(t[1]));
  }
  return clean(gap(u.actual, t[0], t[1]) * scale);
}

/** The bound a below-threshold value misses: the nearer one of a range. */
function missedBound(u: Unmet): number {
  const t = mustExist(thresholds(u), "threshold of a below-threshold criterion");
  return Number.isNaN(t[1]) || (typeof u.actual === "number" && u.actual < t[0]) ? t[0] : t[1];
}

function relative(g: NearMissGap): number {
  if (g.gap === null) return 1;
  const req = missedBound(g.unmet);
  const base = g.unit === "months" ? Math.ceil(req * 12 - EPS) : g.unit === "percent_points" ? req * 100 : req;
  return Math.abs(base) < EPS ? g.gap : Math.min(1, g.gap / Math.abs(base));
}

function compareMiss(a: NearMiss, b: NearMiss): number {
  return (
    a.gaps.length - b.gaps.length ||
    a.distance - b.distance ||
    (a.readyDate ?? "9999") .localeCompare(b.readyDate ?? "9999") ||
    a.row - b.row
  );
}

/** Between two near misses of one row: fewer unmet criteria, then the standard path, then closer. */
function closerForRow(a: NearMiss, b: NearMiss): boolean {
  if (a.gaps.length !== b.gaps.length) return a.gaps.length < b.gaps.length;
  if (a.path.standard !== b.path.standard) return a.path.standard;
  return compareMiss(a, b) < 0;
}

/**
 * The near misses of a review, closest first: fewest unmet criteria, then the smallest
 * {@link NearMiss.distance}, then the earliest ready date, then sheet row.
 *
 * Only `not_eligible` employees are considered (error, top, eligible and awaiting rows are
 * not). For each, the closest next level and path that qualify are reported (a dual ladder has
 * two levels, a step with a fast track two paths; with as many unmet criteria, the standard path
 * is preferred to a fast track). Without `options.roster` only the unmet
 * criteria the review reports are judged: the standard path's when no path is met (catalogue
 * §3), so a near miss on a 破格 path is not found.
 * @param review - a finished review
 * @param compiled - the policy the review used (to know how each criterion is measured)
 */
export function nearMisses(review: Pick<Review, "rows" | "asOf" | "columns">, compiled: CompiledPolicy, options: NearMissOptions = {}): NearMiss[] {
  const margin = marginOf(options.margin);
  const limit: Readonly<Record<GapUnit, number>> = {
    points: margin.points,
    percent_points: margin.percentPoints,
    months: margin.months,
    count: margin.count,
    none: -1,
  };
  const others: OtherPaths = options.roster ? otherPathOutcomes(review, options.roster, compiled) : new Map();
  const out: NearMiss[] = [];
  for (const row of review.rows) {
    if (row.status !== "not_eligible") continue;
    let best: NearMiss | null = null;
    const consider = (t: TargetResult, pathId: string | null): void => {
      if (t.met || t.unmet.length === 0) return;
      const path = pathOf(compiled, row, t, pathId);
      const gaps = t.unmet.map((u): NearMissGap => {
        const unit = u.window?.agg === "count_at_least" ? "count" : gapUnit(u.field, criterionOf(path, u)?.kind ?? null);
        const gap = gapOf(u, unit);
        return { unmet: u, unit, gap, withinMargin: gap !== null && gap <= limit[unit] + EPS };
      });
      if (gaps.length > 1 && !gaps.every((g) => g.withinMargin)) return;
      const miss: NearMiss = {
        row: row.row,
        id: row.id,
        name: row.name,
        dept: row.dept,
        level: row.level,
        target: t.level,
        path: { id: path?.id ?? "", label: path?.label ?? "", standard: pathId === null || path === pathOf(compiled, row, t, null) },
        gaps,
        score: t.score,
        readyDate: t.readyDate,
        distance: clean(gaps.reduce((s, g) => s + relative(g), 0)),
      };
      if (best === null || closerForRow(miss, best)) best = miss;
    };
    for (const t of row.targets) {
      consider(t, null);
      for (const o of others.get(row.row)?.get(t.level) ?? []) consider(o.target, o.path);
    }
    if (best) out.push(best);
  }
  return out.sort(compareMiss);
}

/** A shortfall in words: `差 2 分`, `差 3 个月`, `short by 2 pp`; empty when not measurable. */
export function formatGap(g: NearMissGap, locale: Locale): string {
  if (g.gap === null) return "";
  return coreMessages(locale).gap(String(Math.round(g.gap * 100) / 100))[g.unit];
}
