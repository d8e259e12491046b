/**
 * The vacancy cascade as report blocks and texts, shared by the 空缺候选 sheet, the task pane
 * and `promo vacancy --cascade`: one line per step (the numbers the CLI prints), and for each
 * level freed by an appointment its own ranked shortlist.
 */
import type { CascadeStep, Locale } from "../core";
import type { ReportBlock } from "./model";
import { shortlistTable } from "./shortlist-table";
import { reportMessages } from "./messages";

/** The heading of the cascade, as `promo vacancy --cascade` prints it (with the colon). */
export function cascadeHeading(locale: Locale): string {
  return reportMessages(locale).cascadeHeading;
}

/**
 * One step in words: level, places, whose appointment opened them, how many candidates, who is
 * appointed and how many places no internal candidate fills.
 * @example cascadeStepText(steps[1]!, "zh-CN") //=> "2. 储备店长 1 个（230134 升任后空出）：候选 2 人，入选 230124 丁梓涵"
 */
export function cascadeStepText(s: CascadeStep, locale: Locale): string {
  const m = reportMessages(locale);
  const opened = s.openedBy.length === 0 ? "" : m.cascadeOpened(s.openedBy);
  const who = s.appointed.map((a) => `${a.id} ${a.name}`.trim()).join(m.listSep);
  const unfilled = s.unfilled === 0 ? "" : m.cascadeUnfilled(s.unfilled);
  return m.cascadeStep(s.step, s.level, s.places, opened, s.candidates.length, who, unfilled);
}

/** Who each step appoints, by name (工号 when nameless), or the "no internal candidate" word. */
export function cascadeAppointees(s: CascadeStep, locale: Locale): string {
  const names = s.appointed.map((a) => a.name || a.id);
  const m = reportMessages(locale);
  return names.length === 0 ? m.noInternalCandidate : names.join(m.listSep);
}

/**
 * The chain in one line: the appointees step by step.
 * @example cascadeChain(steps, "zh-CN") //=> "陶帆 → 丁梓涵 → 段静怡 → 蔡嘉豪 → 欧阳海涛 → 无内部候选"
 */
export function cascadeChain(steps: readonly CascadeStep[], locale: Locale): string {
  return steps.map((s) => cascadeAppointees(s, locale)).join(" → ");
}

/** The summary line above the steps on the sheet: how many steps, and the chain. */
export function cascadeSummary(steps: readonly CascadeStep[], locale: Locale): string {
  return reportMessages(locale).cascadeSummary(steps.length, cascadeChain(steps, locale));
}

/** Name of the Excel table of step `n` (`PromoCascade2`). */
export function cascadeTableName(step: number): string {
  return `PromoCascade${step}`;
}

/**
 * The cascade below a shortlist: a blank row, the summary and heading lines, then per step its
 * line ({@link cascadeStepText}) and, from step 2 on, its ranked candidates as a table (step 1's
 * candidates are the shortlist above). A step without candidates has its line only.
 */
export function cascadeBlocks(steps: readonly CascadeStep[], locale: Locale): ReportBlock[] {
  const blocks: ReportBlock[] = [
    { kind: "blank" },
    { kind: "line", cells: [cascadeSummary(steps, locale)], styles: ["title"] },
    { kind: "line", cells: [cascadeHeading(locale)], styles: ["plain"] },
  ];
  for (const s of steps) {
    if (s.step > 1) blocks.push({ kind: "blank" });
    blocks.push({ kind: "line", cells: [cascadeStepText(s, locale)], styles: ["bold"] });
    if (s.step > 1 && s.candidates.length > 0) blocks.push({ kind: "table", table: shortlistTable(s.candidates, locale, cascadeTableName(s.step)) });
  }
  return blocks;
}
