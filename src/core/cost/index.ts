/** Promotion cost and the budget what-if (issue #21). */
export { promotionCost, costRow, costReport, promotionTarget, PayColumnError, MONTHS_PER_YEAR, yuan } from "./cost";
export type { CostReport, CostRow, CostLine, CostGroup, CostBasis, CostOptions, AllowanceCost } from "./cost";
export { budgetWhatIf } from "./budget";
export type { BudgetResult, LeftCandidate, LeftReason } from "./budget";
export { levelPayAmount, currentPayColumn, currentPayOf, CURRENT_PAY_HEADERS } from "./pay";
export type { LevelPayAmount, PayBasis } from "./pay";
