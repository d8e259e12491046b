/** The pane's {@link ExcelPort} in Excel: the `src/excel` adapter and the policy-sheet watcher. */
import type { Locale } from "../core";
import { probeRosterSources, readLogCycles, readRoster, saveMapping, selectCell, selectedRow, showSheet, writeReviewOutput, writeShortlistOutput, writeSummaryOutput } from "../excel";
import { setWorkbookDateSystem } from "../excel/cells";
import { notifyPolicyChanged, policySheetsWatcher } from "../excel/read-policy-sheets";
import { readAppliedPolicy, readBudget, saveBudget, savePolicyChoice } from "../excel/settings";
import type { ExcelPort } from "./port";

/**
 * Learns the workbook's date system (read with the policy sheets, once) before the adapter reads
 * or writes dates: a 1904-system workbook's serials are 1462 days smaller.
 */
async function knowDateSystem(locale: Locale): Promise<void> {
  const watcher = policySheetsWatcher(() => locale);
  await watcher.ready();
  setWorkbookDateSystem(watcher.uses1904());
}

/** The adapter behind the pane, in `locale` (policy-sheet messages). */
export function officePort(locale: Locale): ExcelPort {
  return {
    probe: probeRosterSources,
    read: async (...args: Parameters<typeof readRoster>) => {
      await knowDateSystem(locale);
      return readRoster(...args);
    },
    saveMapping,
    policySheets: async (fresh) => {
      // The same watcher as the PROMO formulas (shared runtime): one read, kept fresh.
      const watcher = policySheetsWatcher(() => locale);
      await watcher.ready();
      if (fresh) await watcher.refresh();
      return watcher.state();
    },
    appliedPolicy: readAppliedPolicy,
    writeReview: async (review, loc, recordedAt, onProgress, extras) => {
      await knowDateSystem(locale);
      return writeReviewOutput(review, loc, { recordedAt, onProgress, ...(extras?.insights ? { insights: extras.insights } : {}), ...(extras?.applied ? { applied: extras.applied } : {}) });
    },
    logCycles: async (roster, before) => {
      await knowDateSystem(locale);
      return (await readLogCycles(roster, before)).cycles;
    },
    writeSummary: async (...args: Parameters<typeof writeSummaryOutput>) => {
      await knowDateSystem(locale);
      return writeSummaryOutput(...args);
    },
    budget: readBudget,
    saveBudget,
    writeShortlist: async (...args: Parameters<typeof writeShortlistOutput>) => {
      await knowDateSystem(locale);
      return writeShortlistOutput(...args);
    },
    rememberPolicy: async (templateId) => {
      await savePolicyChoice(templateId);
      await notifyPolicyChanged(() => locale);
    },
    selectCell,
    selectedRow,
    showSheet,
  };
}
