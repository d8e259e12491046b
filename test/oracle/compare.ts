/**
 * Compares the main review (`reviewRoster`) with the reference evaluator, row by row, and
 * describes every disagreement with the input row that produced it.
 */
import { must } from "../util/must";
import type { Cell } from "../../src/core/model/cell";
import type { Review, RowResult, TargetResult } from "../../src/core/model/review";
import { referenceReview, type RefRowResult, type RefTarget } from "./reference";
import type { GeneratedRoster } from "./roster-gen";

export interface Disagreement {
  /** Category, e.g. "status", "target.readyDate". */
  readonly kind: string;
  readonly row: number;
  readonly expected: unknown;
  readonly actual: unknown;
  readonly context: string;
}

function near(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function showCell(c: Cell): string {
  if (c instanceof Date) return `Date(${c.toISOString()})`;
  if (c === undefined) return "undefined";
  return JSON.stringify(c);
}

/** The header and one data row of a generated roster, as text for a failure message. */
export function describeRow(g: GeneratedRoster, row: number): string {
  const cells = g.rows[row - 1] ?? [];
  const pairs = g.headers.map((h, i) => `${JSON.stringify(h)}=${showCell(cells[i])}`);
  return `[${g.policy.id} asOf=${g.asOf} row=${row} columns=${[...g.ref.columns].join(",")}] ${pairs.join(" ")}`;
}

function unmetKey(u: { field: string; reason: string }): string {
  return `${u.field}:${u.reason}`;
}

function compareTarget(push: (kind: string, e: unknown, a: unknown) => void, ref: RefTarget, main: TargetResult): void {
  if (ref.met !== main.met) push("target.met", ref.met, main.met);
  if (ref.path !== main.path) push("target.path", ref.path, main.path);
  const refKeys = ref.unmet.map(unmetKey).sort();
  const mainKeys = main.unmet.map(unmetKey).sort();
  if (JSON.stringify(refKeys) !== JSON.stringify(mainKeys)) push("target.unmet", refKeys, mainKeys);
  else {
    for (const u of ref.unmet) {
      const m = main.unmet.find((x) => unmetKey(x) === unmetKey(u))!;
      if (!near(u.actual, m.actual)) push(`target.unmet.actual(${u.field})`, u.actual, m.actual);
      if (!near(u.required, m.required)) push(`target.unmet.required(${u.field})`, u.required, m.required);
      if (u.op !== m.op) push(`target.unmet.op(${u.field})`, u.op, m.op);
    }
  }
  if (ref.readyDate !== main.readyDate) {
    // Several met paths: either the standard path's date or another met path's is a defensible reading.
    if (ref.readyDateAlternatives.includes(main.readyDate)) push("ambiguous.readyDate(several paths met)", ref.readyDate, main.readyDate);
    else push("target.readyDate", ref.readyDate, main.readyDate);
  }
  if (!near(ref.score, main.score)) push("target.score", ref.score, main.score);
  if (ref.vacancy !== main.vacancy) push("target.vacancy", ref.vacancy, main.vacancy);
}

function compareRow(push: (kind: string, e: unknown, a: unknown, where?: string) => void, ref: RefRowResult, main: RowResult): void {
  if (ref.id !== main.id) push("id", ref.id, main.id);
  if (ref.level !== main.level) push("level", ref.level, main.level);
  if (ref.status !== main.status) push("status", ref.status, main.status);
  if (ref.allowance !== main.allowance) push("allowance", ref.allowance, main.allowance);
  const refErr = ref.errors.map((e) => `${e.code}@${e.cell}`).sort();
  const mainErr = main.errors.map((e) => `${e.code}@${e.cell}`).sort();
  if (JSON.stringify(refErr) !== JSON.stringify(mainErr)) push("errors", refErr, mainErr);
  if (ref.status === "error" || main.status === "error") return; // targets of an error row are not specified
  const refLevels = ref.targets.map((t) => t.level);
  const mainLevels = main.targets.map((t) => t.level);
  if (JSON.stringify(refLevels) !== JSON.stringify(mainLevels)) {
    push("targets", refLevels, mainLevels);
    return;
  }
  ref.targets.forEach((t, i) => compareTarget((k, e, a) => push(k, e, a, `target ${t.level}`), t, must(main.targets[i], `target ${t.level}`)));
}

/** Every disagreement between the main review and the reference for a generated roster. */
export function compareWithReference(g: GeneratedRoster, review: Review): Disagreement[] {
  const out: Disagreement[] = [];
  const refRows = referenceReview(g.ref, g.policy, g.asOf);
  const mainByRow = new Map(review.rows.map((r) => [r.row, r]));
  const refByRow = new Map(refRows.map((r) => [r.row, r]));
  for (const r of refRows) {
    const push = (kind: string, expected: unknown, actual: unknown, where?: string) =>
      out.push({ kind, row: r.row, expected, actual, context: `${where ? `${where} ` : ""}${describeRow(g, r.row)}` });
    const m = mainByRow.get(r.row);
    if (!m) {
      push("row.absent", r.status, undefined);
      continue;
    }
    compareRow(push, r, m);
  }
  for (const m of review.rows)
    if (!refByRow.has(m.row)) out.push({ kind: "row.extra", row: m.row, expected: undefined, actual: m.status, context: describeRow(g, m.row) });
  return out;
}

export function formatDisagreements(ds: readonly Disagreement[]): string {
  return ds
    .map((d) => `${d.kind}: expected ${JSON.stringify(d.expected)} got ${JSON.stringify(d.actual)}\n    ${d.context}`)
    .join("\n");
}

/** Disagreements that are real failures (not the documented ambiguity). */
export function failures(ds: readonly Disagreement[]): Disagreement[] {
  return ds.filter((d) => !d.kind.startsWith("ambiguous."));
}
