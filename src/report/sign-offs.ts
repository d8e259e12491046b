/**
 * Managers' sign-offs (主管确认) tied to the decision they were given for (issue 19, class 13).
 *
 * A sign-off is typed next to a results row: the row's 当前职级, 状态 and 下一职级 are the
 * decision it approves. A re-run carries it by 工号 only while that decision is unchanged; when
 * the level, the status or the next level changed (同意晋升 next to a row that is now 已最高), the
 * sign-off is not carried silently: the 主管确认 cell says it needs review, quoting the old
 * sign-off, the review date and the decision it was given for. That note is carried as it is
 * until the manager replaces it.
 */
import { statusLabel, type Locale, type RowResult } from "../core";
import { reportMessages } from "./messages";

/** The decision a sign-off sat next to: the results row's level, status label and next level. */
export interface SignedDecision {
  readonly level: string;
  readonly status: string;
  readonly next: string;
}

/** What a previous output holds besides its sign-offs (see {@link SignOffs.previous}). */
export interface PreviousOutput {
  readonly file: string;
  readonly sheets: readonly string[];
  readonly owned: readonly string[];
  readonly reviewSheet: string;
  readonly addedColumns: readonly string[];
}

/** How a note for a sign-off whose decision changed starts, in each language (so a re-run recognises it). */
export const STALE_SIGN_OFF_PREFIXES: readonly string[] = [reportMessages("zh-CN").staleSignOffPrefix, reportMessages("en-US").staleSignOffPrefix];

/**
 * Sign-offs by employee id (the map every writer takes), with the decision each was given for
 * when the previous results sheet showed it, and that sheet's review date.
 * @example
 * const s = new SignOffs();
 * s.record("E001", "同意晋升", { level: "初级客服", status: "可晋升", next: "中级客服" });
 * signOffFor(rowNowTop, s, "zh-CN", "") // "需复核：上次确认“同意晋升”…"
 */
export class SignOffs extends Map<string, string> {
  /** The decision each sign-off sat next to, by id (absent: unknown, the sign-off is carried). */
  readonly decisions = new Map<string, SignedDecision>();
  /** The previous review's date (YYYY-MM-DD), when its title gave one. */
  asOf: string | null = null;
  /**
   * The previous output these sign-offs were read from, when read from a file: its sheets, those
   * PromoLadder wrote, its results sheet and the columns the user added there (`面谈意见（O）`).
   */
  previous: PreviousOutput | null = null;
  /** Ids whose sign-off was not carried because its decision changed (filled as rows are drawn). */
  readonly stale = new Set<string>();

  /** Records a sign-off and, when known, the decision it sat next to. */
  record(id: string, text: string, decision?: SignedDecision): void {
    this.set(id, text);
    if (decision) this.decisions.set(id, decision);
    else this.decisions.delete(id);
  }

  /** Adds `other`'s sign-offs (and decisions, review date), replacing those of the same ids. */
  absorb(other: ReadonlyMap<string, string> | undefined): this {
    if (!other) return this;
    const signed = other instanceof SignOffs ? other : null;
    for (const [id, text] of other) this.record(id, text, signed?.decisions.get(id));
    if (signed?.asOf) this.asOf = signed.asOf;
    return this;
  }
}

/** True when `signed` is the decision of `r` whose next level is `next` (its status compared in either language). */
function sameDecision(signed: SignedDecision, r: RowResult, next: string): boolean {
  const status = signed.status.trim();
  return signed.level.trim() === r.level.trim() && (status === statusLabel(r.status, "zh-CN") || status === statusLabel(r.status, "en-US")) && signed.next.trim() === next.trim();
}

/** A decision in words: `初级客服 · 可晋升 → 中级客服`. */
function decisionText(d: SignedDecision): string {
  return `${d.level || "?"} · ${d.status}${d.next ? ` → ${d.next}` : ""}`;
}

/**
 * What the 主管确认 cell of `r` shows on a re-run: the previous sign-off when the decision it was
 * given for is unchanged (or unknown; `next` is the row's 下一职级 as the sheet shows it), a note saying it needs review when the decision changed
 * (the id is added to `signOffs.stale`), a previous note as it was, or null.
 * @example
 * signOffFor(row, signOffs, "zh-CN", nextLevels(row))
 * // "需复核：上次确认“同意晋升”是对 2026-11-23 评审结论“初级客服 · 可晋升 → 中级客服”的，结论已变"
 */
export function signOffFor(r: RowResult, signOffs: ReadonlyMap<string, string>, locale: Locale, next: string): string | null {
  if (r.id === "") return null;
  const text = signOffs.get(r.id);
  if (text === undefined || text === "") return null;
  if (!(signOffs instanceof SignOffs)) return text;
  if (STALE_SIGN_OFF_PREFIXES.some((p) => text.startsWith(p))) return text; // an earlier note, until the manager replaces it
  const signed = signOffs.decisions.get(r.id);
  if (signed === undefined || sameDecision(signed, r, next)) return text;
  signOffs.stale.add(r.id);
  const when = signOffs.asOf ?? "?";
  return reportMessages(locale).staleSignOff(text, when, decisionText(signed));
}
