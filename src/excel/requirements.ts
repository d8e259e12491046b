/**
 * Requirement-set checks. The add-in's floor is the manifest's `<Requirements>` (SharedRuntime
 * 1.1, hosts with ExcelApi 1.10); a member above it is called only behind
 * {@link supportsExcelApi}, with a fallback ("Office versions and requirement sets": check at
 * runtime with `Office.context.requirements.isSetSupported`). test/excel/api-floor.test.ts
 * checks every Office.js member in src/ against the floor.
 */

/**
 * True when the host supports ExcelApi at `version` (false outside Office or when unsure).
 * @example
 * if (supportsExcelApi("1.13")) table.resize(range);
 */
export function supportsExcelApi(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}
