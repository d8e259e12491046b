/**
 * Formula errors: what a PROMO function returns instead of a value when it cannot answer.
 *
 * The logic layer throws {@link FormulaError}; each host turns it into its own error value
 * (Excel: `CustomFunctions.Error`, HyperFormula: `CellError`). Only `#VALUE!` and `#N/A` carry
 * a message in Excel, so those are the two codes used for anything HR can fix.
 */
import type { Locale } from "../../core";
import { formulaMessages } from "./messages";

/** Excel error codes a PROMO function returns. */
export type FormulaErrorCode = "#VALUE!" | "#N/A" | "#NUM!";

/**
 * A PROMO function's answer when there is no value: an Excel error code and a message for HR.
 *
 * A value, like HyperFormula's `CellError`, not an `Error`: a sheet can hold thousands of
 * `#N/A` answers (no ready date, no composite score) and capturing a stack trace for each
 * would cost more than evaluating the row.
 */
export class FormulaError {
  readonly name = "FormulaError";
  constructor(
    readonly code: FormulaErrorCode,
    readonly message: string,
  ) {}
}

/** `#VALUE!`: an argument or cell that cannot be read. */
export function valueError(message: string): FormulaError {
  return new FormulaError("#VALUE!", message);
}

/** `#N/A`: an unknown level or template, or no value to give (e.g. no ready date). */
export function notAvailable(message: string): FormulaError {
  return new FormulaError("#N/A", message);
}

/**
 * Any thrown value as a {@link FormulaError}: formula errors pass through, everything else
 * (a bug, an unexpected host value) becomes `#VALUE!` naming what went wrong, so a cell never
 * shows a raw exception.
 */
export function toFormulaError(error: unknown, locale: Locale): FormulaError {
  if (error instanceof FormulaError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return valueError(formulaMessages(locale).internalError(detail));
}
