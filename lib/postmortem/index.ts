// postmortem: the evidence of one incident, computed in the engine, section by section.
export type {
  PostMortem,
  PostMortemFix,
  PostMortemRootCause,
  TimelineEvent,
  EvidenceContext,
} from "./PostMortem.js";
export { chooseIncident, type ChooseIncidentOptions } from "./chooseIncident.js";
export {
  incidentWindow,
  type IncidentWindow,
  type IncidentWindowOptions,
} from "./incidentWindow.js";
export { incidentEvidence, type IncidentEvidenceOptions } from "./incidentEvidence.js";
export { formatInstant, hoursAfter, segmentText } from "./incidentText.js";
export { incidentListingsSql } from "./incidentListingsSql.js";
export { incidentFlagsSql } from "./incidentFlagsSql.js";
export { affectedListingsCondition, type AffectedListings } from "./affectedListingsCondition.js";
export { incidentRootCause, type IncidentRootCauseOptions } from "./incidentRootCause.js";
export { flagCosts, type FlagCosts } from "./flagCosts.js";
export { evasionEvidence } from "./evasionEvidence.js";
export { ruleChangeEvidence } from "./ruleChangeEvidence.js";
export { calibrationShiftEvidence } from "./calibrationShiftEvidence.js";
export { pipelineEvidence } from "./pipelineEvidence.js";
export {
  normalizedTextRuleFix,
  type NormalizedTextRuleFix,
  type NormalizedTextRuleFixOptions,
} from "./normalizedTextRuleFix.js";
export {
  ruleVersionsFix,
  type RuleVersion,
  type RuleVersionsFixOptions,
} from "./ruleVersionsFix.js";
export { thresholdFix, type ThresholdFixOptions } from "./thresholdFix.js";
export { flagCostCards } from "./flagCostCards.js";
export { evasionStats } from "./evasionStats.js";
export {
  evasionSections,
  type EvasionStats,
  type EvasionReplaySummary,
} from "./evasionSections.js";
export { evasionActions, type EvasionActionsInput } from "./evasionActions.js";
export { evasionExamples } from "./evasionExamples.js";
export { ruleChangeStats } from "./ruleChangeStats.js";
export { ruleChangeSections, type RuleChangeStats } from "./ruleChangeSections.js";
export { calibrationShiftStats } from "./calibrationShiftStats.js";
export {
  calibrationShiftSections,
  type CalibrationShiftStats,
} from "./calibrationShiftSections.js";
export { recordOnlyEvidence } from "./recordOnlyEvidence.js";
