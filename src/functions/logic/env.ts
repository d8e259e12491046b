/**
 * What a PROMO function needs from its host besides its arguments: the display language, today's
 * date and the workbook's policy (sheets or setting). Excel provides it from Office.js
 * (`src/functions/host.ts`); tests and the HyperFormula harness provide plain objects.
 */
import type { Locale, SheetsPolicyState } from "../../core";

// Their home is the core (src/core/policy/sheets/types.ts); re-exported as part of the formulas' host interface.
export type { PolicySheetIssue, SheetsPolicyState } from "../../core";

/** The workbook's own policy: its policy sheets, then its `promo.policy` setting. */
export interface WorkbookPolicy {
  sheets(): SheetsPolicyState;
  /** The `promo.policy` workbook setting (a template id), or null when not set. */
  setting(): string | null;
}

/** The host context of a PROMO function call. */
export interface FormulaEnv {
  readonly locale: Locale;
  /** Today as a day number (days since 1970-01-01), for an omitted as-of date. */
  today(): number;
  readonly workbook: WorkbookPolicy;
  /**
   * True when the workbook counts dates from 1904 (Excel for Mac's old default): its date serials
   * are 1462 days smaller than the same dates in the 1900 system. Omitted: the 1900 system.
   */
  readonly date1904?: boolean;
}

/** A workbook without policy sheets or setting (tests, hosts without Office.js). */
export const NO_WORKBOOK_POLICY: WorkbookPolicy = {
  sheets: () => ({ kind: "none" }),
  setting: () => null,
};
