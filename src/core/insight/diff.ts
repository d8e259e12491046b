/**
 * Policy what-if: the same roster reviewed under two policies (a template and an edited copy,
 * two versions of the workbook's policy sheets), compared employee by employee.
 */
import type { PolicyStamp, Review, RowResult, Status, TargetResult, Unmet } from "../model/review";

/** How an employee's outcome changed from review A to review B. */
export type ChangeKind = "newly_eligible" | "no_longer_eligible" | "status_changed";

/** One next level whose outcome or unmet criteria differ between the two reviews. */
export interface TargetChange {
  readonly level: string;
  /** Met under A; null when A's ladder has no such step for this employee. */
  readonly metA: boolean | null;
  /** Met under B; null when B's ladder has no such step for this employee. */
  readonly metB: boolean | null;
  /** Unmet under A and no longer unmet under B (as A reported them). */
  readonly cleared: readonly Unmet[];
  /** Unmet under B and not unmet under A (as B reported them). */
  readonly appeared: readonly Unmet[];
}

/** An employee whose status differs between the reviews. */
export interface EmployeeChange {
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly dept: string;
  /** Level as review A resolved it (B's when A could not resolve it). */
  readonly level: string;
  readonly kind: ChangeKind;
  readonly statusA: Status;
  readonly statusB: Status;
  /**
   * The next level that explains the change: met under B for the newly eligible, met under A
   * for those no longer eligible, else the first whose outcome flipped or whose unmet criteria
   * changed; null when none did (e.g. B cannot resolve the level).
   */
  readonly target: string | null;
  /** Every next level whose met flag or unmet criteria changed, in ladder order (A's, then B's new ones). */
  readonly targets: readonly TargetChange[];
}

/** Who a row is, for employees found in only one review. */
export interface DiffRowRef {
  readonly row: number;
  readonly id: string;
  readonly name: string;
}

/** The comparison of review A (before) with review B (after). */
export interface ReviewDiff {
  readonly a: PolicyStamp;
  readonly b: PolicyStamp;
  readonly asOfA: string;
  readonly asOfB: string;
  /** Employees whose status changed, in sheet row order. */
  readonly changes: readonly EmployeeChange[];
  readonly counts: {
    readonly newlyEligible: number;
    readonly noLongerEligible: number;
    readonly statusChanged: number;
    /** Matched employees with the same status under both. */
    readonly unchanged: number;
  };
  /** Rows of A with no row of B with the same id and sheet row (and the reverse). */
  readonly onlyInA: readonly DiffRowRef[];
  readonly onlyInB: readonly DiffRowRef[];
}

function key(r: RowResult): string {
  return `${r.id}\u0000${r.row}`;
}

function criterionKey(u: Unmet): string {
  return `${u.field}\u0000${u.op}\u0000${u.window ? JSON.stringify(u.window) : ""}\u0000${u.blocker ? "blocker" : ""}`;
}

function targetChange(level: string, ta: TargetResult | undefined, tb: TargetResult | undefined): TargetChange | null {
  const ua = ta?.unmet ?? [];
  const ub = tb?.unmet ?? [];
  const inA = new Set(ua.map(criterionKey));
  const inB = new Set(ub.map(criterionKey));
  const cleared = ua.filter((u) => !inB.has(criterionKey(u)));
  const appeared = ub.filter((u) => !inA.has(criterionKey(u)));
  const metA = ta ? ta.met : null;
  const metB = tb ? tb.met : null;
  if (metA === metB && cleared.length === 0 && appeared.length === 0) return null;
  return { level, metA, metB, cleared, appeared };
}

function kindOf(a: Status, b: Status): ChangeKind {
  if (b === "eligible") return "newly_eligible";
  if (a === "eligible") return "no_longer_eligible";
  return "status_changed";
}

function compareRows(a: RowResult, b: RowResult): EmployeeChange | null {
  if (a.status === b.status) return null;
  const kind = kindOf(a.status, b.status);
  const levels = [...a.targets.map((t) => t.level), ...b.targets.map((t) => t.level).filter((l) => !a.targets.some((t) => t.level === l))];
  const targets: TargetChange[] = [];
  for (const level of levels) {
    const change = targetChange(
      level,
      a.targets.find((t) => t.level === level),
      b.targets.find((t) => t.level === level),
    );
    if (change) targets.push(change);
  }
  const explains = (t: TargetChange): boolean =>
    kind === "newly_eligible"
      ? t.metB === true && b.targets.find((x) => x.level === t.level)?.vacancy === false
      : kind === "no_longer_eligible"
        ? t.metA === true && a.targets.find((x) => x.level === t.level)?.vacancy === false
        : t.metA !== t.metB;
  const target = targets.find(explains) ?? targets.find((t) => t.metA !== t.metB) ?? targets[0] ?? null;
  return {
    row: a.row,
    id: a.id,
    name: a.name || b.name,
    dept: a.dept,
    level: a.status === "error" && b.status !== "error" ? b.level : a.level,
    kind,
    statusA: a.status,
    statusB: b.status,
    target: target?.level ?? null,
    targets,
  };
}

/**
 * Compares two reviews of the same roster. Employees are matched by id and sheet row (so a
 * duplicated 工号 is still one employee per row); a status change is `newly_eligible` when B
 * says 可晋升 and A did not, `no_longer_eligible` for the reverse, else `status_changed` (for
 * example 未达标 -> 待空缺, or a level B does not know). For each change, the next levels whose
 * outcome or unmet criteria differ are listed with the criteria that cleared or appeared
 * (matched by field and operator: a threshold that moved but still fails is not a change).
 */
export function diffReviews(a: Review, b: Review): ReviewDiff {
  const rowsB = new Map(b.rows.map((r) => [key(r), r] as const));
  const matched = new Set<string>();
  const changes: EmployeeChange[] = [];
  const onlyInA: DiffRowRef[] = [];
  let unchanged = 0;
  for (const ra of a.rows) {
    const rb = rowsB.get(key(ra));
    if (!rb) {
      onlyInA.push({ row: ra.row, id: ra.id, name: ra.name });
      continue;
    }
    matched.add(key(ra));
    const change = compareRows(ra, rb);
    if (change) changes.push(change);
    else unchanged++;
  }
  const onlyInB = b.rows.filter((r) => !matched.has(key(r))).map((r) => ({ row: r.row, id: r.id, name: r.name }));
  changes.sort((x, y) => x.row - y.row);
  const count = (k: ChangeKind): number => changes.filter((c) => c.kind === k).length;
  return {
    a: a.policy,
    b: b.policy,
    asOfA: a.asOf,
    asOfB: b.asOf,
    changes,
    counts: { newlyEligible: count("newly_eligible"), noLongerEligible: count("no_longer_eligible"), statusChanged: count("status_changed"), unchanged },
    onlyInA,
    onlyInB,
  };
}
