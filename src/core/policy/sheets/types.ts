import type { Cell } from "../../model/cell";
import type { Policy } from "../../model/policy";

/** A worksheet's cells: `rows[0]` is sheet row 1, `rows[r][0]` is column A. */
export interface SheetData {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<Cell>>;
}

/** A problem in the policy sheets, on one cell. */
export interface PolicySheetIssue {
  /** The cell (or header cell) to fix, e.g. `规则!F7`. */
  readonly cell: string;
  /** Machine-readable kind (`unknown_field`, `bad_value`, `weights_sum`, `cycle`...). */
  readonly code: string;
  /** What is wrong and how to fix it, in the requested locale. */
  readonly message: string;
}

/** The result of reading policy sheets: a valid policy, or every issue found (never a partial policy). */
export type PolicySheetResult = { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly issues: PolicySheetIssue[] };

/**
 * A workbook's policy sheets as last read, for the front ends that watch them (the PROMO
 * formulas and the task pane through `src/excel/read-policy-sheets.ts`).
 * @example
 * const state: SheetsPolicyState = { kind: "ok", policy, fingerprint: policyFingerprint(policy) };
 */
export type SheetsPolicyState =
  /** The workbook has no policy sheets. */
  | { readonly kind: "none" }
  /** The sheets hold a valid policy; `fingerprint` identifies its content. */
  | { readonly kind: "ok"; readonly policy: Policy; readonly fingerprint: string }
  /** The sheets exist but do not make a valid policy: never half-applied. */
  | { readonly kind: "invalid"; readonly issues: readonly PolicySheetIssue[] }
  /** The sheets could not be read (an Office.js failure); the next call tries again. */
  | { readonly kind: "unreadable"; readonly message: string };

/** A problem in a policy JSON document. */
export interface PolicyJsonIssue {
  /** Where in the document, e.g. `steps[1].paths[0].criteria[2].value` (`$` for the whole text). */
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** The result of reading policy JSON: a valid policy, or every issue found. */
export type PolicyJsonResult = { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly issues: PolicyJsonIssue[] };
