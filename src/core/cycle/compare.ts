/**
 * Cycle over cycle (issue #21): this review against earlier ones — who is newly eligible, who is
 * still eligible but not promoted (overdue, for how many cycles), who was promoted since, who is
 * no longer eligible (and which criterion now fails), and the median months from first eligible
 * to promoted.
 */
import type { Policy } from "../model/policy";
import type { PersonRef, Review, RowResult, Status, Unmet } from "../model/review";
import type { RosterInput } from "../model/roster";
import { dayFromIso, isoFromDay, monthsCompleted } from "../evaluate/calendar";
import { columnFinder, type RosterColumn } from "../insight/roster-column";
import { readDate } from "../read/date";
import { foldText } from "../read/text";
import type { CycleRecord, PastCycle } from "./past-cycles";
import { must, mustExist } from "../util/must";

/**
 * What happened to an employee since the previous cycle:
 * `newly_eligible` (达标 now, not then, same level), `overdue` (达标 then and now, same level: not
 * promoted), `promoted` (level higher on the ladder), `no_longer_eligible` (达标 then, not now, same
 * level), `demoted` (level lower, or changed to one off the ladder), `still_not_eligible`, `new`
 * (not in the previous cycle).
 */
export type CycleCategory = "newly_eligible" | "overdue" | "promoted" | "no_longer_eligible" | "demoted" | "still_not_eligible" | "new";

/** Categories in report order. */
export const CYCLE_CATEGORIES: readonly CycleCategory[] = ["newly_eligible", "overdue", "promoted", "no_longer_eligible", "demoted", "still_not_eligible", "new"];

/**
 * 达标: passed the bar, 可晋升 or 待空缺 (a reserve awaiting a vacancy).
 * @example passed("awaiting_vacancy") //=> true
 */
export function passed(status: Status | null): boolean {
  return status === "eligible" || status === "awaiting_vacancy";
}

/** One employee of this review and what changed. */
export interface CycleEntry extends PersonRef {
  readonly status: Status;
  readonly previousLevel: string | null;
  readonly previousStatus: Status | null;
  readonly category: CycleCategory;
  /** Consecutive cycles 达标 at this level, this one included (0 when not 达标 now). */
  readonly cycles: number;
  /** As-of date of the first cycle of that run (for `promoted`: of the run before the promotion); null when none. */
  readonly firstEligible: string | null;
  /** For `promoted`: the 任现职日期 when it falls after the first eligible cycle, else this review's date. */
  readonly promotedOn: string | null;
  /** For `promoted` with a first eligible date: whole months from it to `promotedOn`. */
  readonly monthsToPromotion: number | null;
  /** For `no_longer_eligible`: the next level and the criteria it now fails. */
  readonly target: string | null;
  readonly unmet: readonly Unmet[];
}

/** The comparison of this review with earlier cycles. */
export interface CycleReport {
  readonly asOf: string;
  /** The previous cycle's date. */
  readonly previousAsOf: string;
  /** Earlier cycles read (1 from a 晋升评审 sheet, more from a 晋升档案 log). */
  readonly pastCycles: number;
  /** Every employee of this review with an id (first row of a repeated 工号), in row order. */
  readonly entries: readonly CycleEntry[];
  readonly counts: Readonly<Record<CycleCategory, number>>;
  /** In the previous cycle, not in this review. */
  readonly left: readonly CycleRecord[];
  /** Median of `monthsToPromotion` over the promoted who have one; null when none. */
  readonly medianMonthsToPromotion: number | null;
  /** How many promoted employees the median is over. */
  readonly promotedMeasured: number;
}

/** Thrown when no earlier cycle is before this review's date. */
export class CycleOrderError extends Error {
  constructor(
    readonly previousAsOf: string,
    readonly asOf: string,
  ) {
    super(`the previous review (${previousAsOf}) is not before this one (${asOf})`);
    this.name = "CycleOrderError";
  }
}

/** Level name or alias -> ladder index. */
function levelResolver(policy: Policy): (text: string) => number | null {
  const index = new Map<string, number>();
  policy.levels.forEach((l, i) => [l.name, ...(l.aliases ?? [])].forEach((n) => index.set(foldText(n), i)));
  return (text) => index.get(foldText(text)) ?? null;
}

/** An earlier cycle with its records by id (all records of a repeated 工号, in sheet order). */
interface IndexedCycle {
  readonly asOf: string;
  readonly byId: ReadonlyMap<string, readonly CycleRecord[]>;
}

function indexCycle(c: PastCycle): IndexedCycle {
  const byId = new Map<string, CycleRecord[]>();
  for (const r of c.records) {
    const same = byId.get(r.id);
    if (same) same.push(r);
    else byId.set(r.id, [r]);
  }
  return { asOf: c.asOf, byId };
}

/**
 * The record of `id` in a cycle: for a 工号 repeated there (a typing error the review flags), the
 * one with the same 姓名, else the first; so the match does not depend on how the sheet is sorted.
 */
function recordOf(cycle: IndexedCycle | undefined, id: string, name: string): CycleRecord | undefined {
  const same = cycle?.byId.get(id);
  if (!same || same.length < 2) return same?.[0];
  const folded = foldText(name);
  return same.find((r) => foldText(r.name) === folded) ?? same[0];
}

/** Consecutive earlier cycles (latest first) in which `id` was 达标 at level index `level`, and the first one's date. */
function eligibleRun(cycles: readonly IndexedCycle[], person: { readonly id: string; readonly name: string }, level: number | null, resolve: (t: string) => number | null): { count: number; first: string | null } {
  let count = 0;
  let first: string | null = null;
  for (let c = cycles.length - 1; c >= 0; c--) {
    const cycle = cycles[c];
    const rec = recordOf(cycle, person.id, person.name);
    if (!cycle || !rec || !passed(rec.status) || resolve(rec.level) !== level) break;
    count++;
    first = cycle.asOf;
  }
  return { count, first };
}

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = xs.slice().sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  const upper = must(s[m], "middle value");
  return s.length % 2 === 1 ? upper : (must(s[m - 1], "lower middle value") + upper) / 2;
}

function categoryOf(now: number | null, then: number | null, rec: CycleRecord | undefined, r: RowResult): CycleCategory {
  if (!rec) return "new";
  const sameLevel = now !== null && then !== null ? now === then : foldText(rec.level) === foldText(r.level);
  if (!sameLevel) return now !== null && then !== null && now > then ? "promoted" : "demoted";
  if (passed(r.status)) return passed(rec.status) ? "overdue" : "newly_eligible";
  return passed(rec.status) ? "no_longer_eligible" : "still_not_eligible";
}

/** The promotion date: 任现职日期 when readable and after the first eligible date (not after as-of), else as-of. */
function promotionDate(levelDate: number | null, first: string, asOf: string): string {
  const f = mustExist(dayFromIso(first), `day of ${first}`);
  const a = mustExist(dayFromIso(asOf), `day of ${asOf}`);
  return levelDate !== null && levelDate > f && levelDate <= a ? isoFromDay(levelDate) : asOf;
}

function failing(r: RowResult): { target: string | null; unmet: readonly Unmet[] } {
  const t = r.targets.find((x) => !x.met && x.unmet.length > 0);
  if (t) return { target: t.level, unmet: t.unmet };
  return { target: null, unmet: [] };
}

/**
 * Compares `review` with the earlier cycles (oldest first; the last before the review date is the
 * previous one; cycles on or after it are left out), matching employees by 工号 and levels by name or
 * alias on the policy's ladder.
 * @example compareCycles(review, input, policy, [{ asOf: "2026-05-23", records }]).counts.overdue //=> 3
 * @throws {@link CycleOrderError} when the previous cycle is not before the review date
 */
export function compareCycles(review: Pick<Review, "rows" | "columns" | "asOf">, input: RosterInput | null, policy: Policy, all: readonly PastCycle[]): CycleReport {
  const comparer = new CycleComparer(review.asOf, policy, all, input ? columnFinder(review, input)("level_date") : null);
  for (const r of review.rows) comparer.add(r);
  return comparer.report();
}

/**
 * {@link compareCycles} one review row at a time, in review order (a streaming review never holds
 * its rows at once).
 * @example
 * const c = new CycleComparer(review.asOf, policy, cycles, null);
 * for (const r of run.eachRow()) c.add(r);
 * c.report().counts.overdue //=> 3
 */
export class CycleComparer {
  private readonly cycles: readonly IndexedCycle[];
  private readonly previous: PastCycle;
  private readonly resolve: (text: string) => number | null;
  private readonly seen = new Set<string>();
  private readonly entries: CycleEntry[] = [];

  /**
   * @param levelDate - the roster's 任现职日期 column (the promotion date), or null
   * @throws {@link CycleOrderError} when no cycle is before `asOf`
   */
  constructor(
    private readonly asOf: string,
    policy: Policy,
    all: readonly PastCycle[],
    private readonly levelDate: RosterColumn | null,
  ) {
    // A log may already hold this cycle (the pane appends each run): only earlier cycles count.
    const cycles = all.filter((c) => c.asOf < asOf);
    const previous = cycles[cycles.length - 1];
    if (!previous) throw new CycleOrderError(all[all.length - 1]?.asOf ?? "", asOf);
    this.previous = previous;
    this.cycles = cycles.map(indexCycle);
    this.resolve = levelResolver(policy);
  }

  /** Adds a review row (rows without an id, and repeats of an id, are skipped). */
  add(r: RowResult): void {
    if (r.id === "" || this.seen.has(r.id)) return;
    this.seen.add(r.id);
    const prev = recordOf(this.cycles[this.cycles.length - 1], r.id, r.name);
    this.entries.push(entryOf(r, prev, this.cycles, this.resolve, this.asOf, this.levelDate ? dateOf(this.levelDate.cell(r.row)) : null));
  }

  /** The comparison of the rows added. */
  report(): CycleReport {
    const entries = this.entries;
    const counts = Object.fromEntries(CYCLE_CATEGORIES.map((c) => [c, 0])) as Record<CycleCategory, number>;
    for (const e of entries) counts[e.category]++;
    const months = entries.flatMap((e) => (e.monthsToPromotion === null ? [] : [e.monthsToPromotion]));
    return {
      asOf: this.asOf,
      previousAsOf: this.previous.asOf,
      pastCycles: this.cycles.length,
      entries,
      counts,
      left: this.previous.records.filter((x) => !this.seen.has(x.id)),
      medianMonthsToPromotion: median(months),
      promotedMeasured: months.length,
    };
  }
}

function dateOf(cell: Parameters<typeof readDate>[0]): number | null {
  const d = readDate(cell);
  return typeof d === "number" ? d : null;
}

function entryOf(r: RowResult, rec: CycleRecord | undefined, cycles: readonly IndexedCycle[], resolve: (t: string) => number | null, asOf: string, levelDate: number | null): CycleEntry {
  const now = resolve(r.level);
  const then = rec ? resolve(rec.level) : null;
  const category = categoryOf(now, then, rec, r);
  const base = { row: r.row, id: r.id, name: r.name, dept: r.dept, level: r.level, status: r.status, previousLevel: rec?.level ?? null, previousStatus: rec?.status ?? null, category };
  const none = { promotedOn: null, monthsToPromotion: null, target: null, unmet: [] as readonly Unmet[] };
  if (category === "promoted") {
    const run = eligibleRun(cycles, r, then, resolve);
    const promotedOn = run.first === null ? asOf : promotionDate(levelDate, run.first, asOf);
    const months = run.first === null ? null : monthsCompleted(mustExist(dayFromIso(run.first), `day of ${run.first}`), mustExist(dayFromIso(promotedOn), `day of ${promotedOn}`));
    return { ...base, ...none, cycles: passed(r.status) ? 1 : 0, firstEligible: run.first, promotedOn, monthsToPromotion: months };
  }
  if (passed(r.status)) {
    const run = category === "overdue" ? eligibleRun(cycles, r, then, resolve) : { count: 0, first: null };
    return { ...base, ...none, cycles: run.count + 1, firstEligible: run.first ?? asOf };
  }
  return { ...base, ...none, cycles: 0, firstEligible: null, ...(category === "no_longer_eligible" ? failing(r) : {}) };
}
