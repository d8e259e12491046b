/** The pane's {@link ExcelPort} in Excel: the `src/excel` adapter and the policy-sheet watcher. */
import type { Locale } from "../core";
import { probeRosterSources, readRoster, saveMapping, selectCell, showSheet, writeReviewOutput, writeShortlistOutput } from "../excel";
import { notifyPolicyChanged, policySheetsWatcher } from "../excel/read-policy-sheets";
import { readAppliedPolicy, savePolicyChoice } from "../excel/settings";
import type { ExcelPort } from "./port";

/** The adapter behind the pane, in `locale` (policy-sheet messages). */
export function officePort(locale: Locale): ExcelPort {
  return {
    probe: probeRosterSources,
    read: readRoster,
    saveMapping,
    policySheets: async (fresh) => {
      // The same watcher as the PROMO formulas (shared runtime): one read, kept fresh.
      const watcher = policySheetsWatcher(() => locale);
      await watcher.ready();
      if (fresh) await watcher.refresh();
      return watcher.state();
    },
    appliedPolicy: readAppliedPolicy,
    writeReview: (review, loc, recordedAt, onProgress, extras) =>
      writeReviewOutput(review, loc, { recordedAt, onProgress, ...(extras?.insights ? { insights: extras.insights } : {}), ...(extras?.applied ? { applied: extras.applied } : {}) }),
    writeShortlist: writeShortlistOutput,
    rememberPolicy: async (templateId) => {
      await savePolicyChoice(templateId);
      await notifyPolicyChanged(() => locale);
    },
    selectCell,
    showSheet,
  };
}
