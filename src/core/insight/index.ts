/**
 * Decision support beyond yes/no (issue 8): near misses, policy what-if, fairness check, 9-box
 * and vacancy cascade. Pure functions over a finished review; none of them changes an
 * outcome.
 */
export { nearMisses, formatGap, gapUnit, gapOf } from "./near-miss";
export type { NearMiss, NearMissGap, NearMissMargin, NearMissOptions, GapUnit } from "./near-miss";
export { diffReviews } from "./diff";
export type { ReviewDiff, EmployeeChange, TargetChange, ChangeKind, DiffRowRef } from "./diff";
export { fairness, fairnessWarningText, FairnessColumnError } from "./fairness";
export type { FairnessOptions, FairnessReport, FairnessWarning, GroupRate } from "./fairness";
export { nineBox, bandOf, boxName, DEFAULT_NINE_BOX, NineBoxThresholdError } from "./nine-box";
export type { NineBox, NineBoxCell, NineBoxPerson, NineBoxThresholds, BandLimits, Band, UnplacedReason } from "./nine-box";
export { cascade, CascadeLevelError } from "./cascade";
export type { CascadeStep } from "./cascade";
export { findRosterColumn, findColumnMapping, cellGroupText, columnFinder } from "./roster-column";
export type { RosterColumn, ColumnFinder } from "./roster-column";
export { columnReport, explainHeaderless, neededFields } from "./columns";
export type { ColumnReport, ColumnReportOptions, HeaderlessReport, IgnoredColumn, MissingField, UsedColumn } from "./columns";
export { columnMessages } from "../i18n/column-messages";
export type { ColumnMessages } from "../i18n/column-messages";
