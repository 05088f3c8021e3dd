// rules: rule files and decision tables, evaluation in-process and in the engine, backtests, diffs and shadow rules.
export type {
  RuleExpression,
  RulePredicate,
  RuleLiteral,
  RuleListOperand,
  RuleSpan,
  ComparisonOperator,
} from "./RuleExpression.js";
export type { RuleToken, RuleTokenKind } from "./RuleToken.js";
export { parseRuleExpression } from "./parseRuleExpression.js";
export { RuleSyntaxError } from "./RuleSyntaxError.js";
export { RuleError } from "./RuleError.js";
export type { RuleDiagnostic, DiagnosticSeverity } from "./RuleDiagnostic.js";
export { formatRuleDiagnostic } from "./formatRuleDiagnostic.js";
export type { RuleDefinition, RuleSet } from "./RuleDefinition.js";
export type { RuleActionName } from "./RuleActionName.js";
export type { RuleStatusName } from "./RuleStatusName.js";
export { parseRuleFile, type ParseRuleFileOptions } from "./parseRuleFile.js";
export { loadRuleFile, type LoadRuleFileOptions } from "./loadRuleFile.js";
export type {
  DecisionTable,
  DecisionTableSheet,
  DecisionTableValue,
  DecisionTableOperator,
  DecisionTableColumn,
  DecisionTableCondition,
  DecisionTableCell,
  DecisionTableRow,
  DecisionTableFixedName,
} from "./DecisionTable.js";
export {
  readDecisionTableSheet,
  type ReadDecisionTableSheetOptions,
} from "./readDecisionTableSheet.js";
export { parseDecisionTable, type ParseDecisionTableOptions } from "./parseDecisionTable.js";
export { isDecisionTableFile } from "./isDecisionTableFile.js";
export {
  ruleSetToDecisionTable,
  type RuleSetTable,
  type RuleConversionNote,
} from "./ruleSetToDecisionTable.js";
export { writeDecisionTable } from "./writeDecisionTable.js";
export { formatRuleFile } from "./formatRuleFile.js";
export {
  convertRuleFile,
  type ConvertRuleFileOptions,
  type RuleFileConversion,
} from "./convertRuleFile.js";
export { ruleStatusNames, isEvaluatedStatus } from "./ruleStatus.js";
export { verifyDecisionTable } from "./verifyDecisionTable.js";
export {
  verifyDecisionTableOnData,
  type VerifyDecisionTableOnDataOptions,
} from "./verifyDecisionTableOnData.js";
export {
  resolveActions,
  actionSeverity,
  matchModeNames,
  type ResolvedAction,
} from "./resolveActions.js";
export type { MatchModeName } from "./MatchModeName.js";
export type {
  ShadowReadout,
  ShadowRuleReadout,
  ShadowLabelCounts,
  ShadowArrivalRow,
  ShadowOverlapRow,
  ShadowQueueLoad,
  ShadowRecommendation,
  ShadowDecisionName,
} from "./ShadowReadout.js";
export { shadowRulesReadout, type ShadowRulesReadoutOptions } from "./shadowRulesReadout.js";
export { shadowRecommendation, type ShadowRecommendationOptions } from "./shadowRecommendation.js";
export { shadowRecommendationCards } from "./shadowRecommendationCards.js";
export { shadowArrivalSeries, type ShadowArrivalPoint } from "./shadowArrivalSeries.js";
export { shadowRuleColumns } from "./shadowRuleColumns.js";
export { shadowQueueLoadColumns } from "./shadowQueueLoadColumns.js";
export { ShadowStreamReadout, type ShadowStreamReadoutOptions } from "./ShadowStreamReadout.js";
export { withShadowRules } from "./withShadowRules.js";
export type { LabelEvents } from "./labelEventsSql.js";
export type { WriteRuleHitsTableOptions, RuleHitsTable } from "./writeRuleHitsTable.js";
export {
  diffRuleSets,
  type RuleSetDiff,
  type RuleChange,
  type RuleDiffEntry,
} from "./diffRuleSets.js";
export { wordDiff, type WordDiffPart } from "./wordDiff.js";
export { formatWordDiff } from "./formatWordDiff.js";
export { parseKeywordList } from "./parseKeywordList.js";
export { normalizeText, normalizationSteps, type NormalizationStep } from "./normalizeText.js";
export { ruleFieldSchema, type RuleFieldKind, type RuleFieldSchema } from "./ruleFieldSchema.js";
export { checkRules, type CheckRulesOptions, type RuleCheck } from "./checkRules.js";
export { compileRules, type CompileRulesOptions } from "./compileRules.js";
export type {
  CompiledRuleSet,
  CompiledRule,
  CompiledNode,
  TextAtom,
  TextChannel,
} from "./CompiledRuleSet.js";
export { evaluateRules, type EvaluateRulesOptions } from "./evaluateRules.js";
export { evaluateEvent } from "./evaluateEvent.js";
export { evaluateEvents } from "./evaluateEvents.js";
export { ruleHit, type RuleHits } from "./RuleHits.js";
export { rowRuleIds } from "./rowRuleIds.js";
export { hitRows } from "./hitRows.js";
export { rulesToSql, type RulesToSqlOptions } from "./rulesToSql.js";
export { evaluateRulesDuckDb, type DuckDbFileSource } from "./evaluateRulesDuckDb.js";
export { labelValues } from "./labelValues.js";
export { hitStats } from "./hitStats.js";
export { backtestRules, type BacktestRulesOptions } from "./backtestRules.js";
export type {
  RuleBacktest,
  RuleBacktestRow,
  ActionBacktest,
  HitStats,
  SegmentBacktestRow,
  PeriodBacktestRow,
} from "./RuleBacktest.js";
export {
  compareRuleSets,
  type CompareRuleSetsOptions,
  type RuleSetChange,
} from "./compareRuleSets.js";
export { evasionVariants, evasionKinds, type EvasionKind } from "./evasionVariants.js";
export {
  evasionRobustness,
  type EvasionRobustnessOptions,
  type EvasionRobustnessRow,
} from "./evasionRobustness.js";
export { backtestDataset, type BacktestDatasetOptions } from "./backtestDataset.js";
export {
  ruleChangeReadout,
  type RuleChangeReadout,
  type RuleChangeReadoutOptions,
} from "./ruleChangeReadout.js";
export { relationRuleSchema } from "./relationRuleSchema.js";
export {
  compareRuleSetsDataset,
  type CompareRuleSetsDatasetOptions,
} from "./compareRuleSetsDataset.js";
export {
  missedViolations,
  type MissedViolations,
  type MissedViolationsOptions,
} from "./missedViolations.js";
