// The kit's public surface: re-exports only. Notebooks import the built file: "../dist/lib/index.js".

// data
export { loadCsv } from "./data/loadCsv.js";
export { loadJsonl } from "./data/loadJsonl.js";
export { loadParquet } from "./data/loadParquet.js";
export { loadTable } from "./data/loadTable.js";
export {
  loadDataset,
  type Dataset as SampleTables,
  type LoadDatasetOptions,
} from "./data/loadDataset.js";
export { sampleSchemas, type SampleTableName } from "./data/sampleSchemas.js";
export type { TableSchema, ColumnSpec, ColumnKind } from "./data/TableSchema.js";
export type { LoadOptions, ExtraColumnsKind } from "./data/LoadOptions.js";
export { DataLoadError, type DataLoadErrorDetails } from "./data/DataLoadError.js";
export { toTable, type TableInput } from "./data/toTable.js";
export { toDanfo } from "./data/toDanfo.js";
export { fromDanfo } from "./data/fromDanfo.js";
export { timestampParser } from "./data/timestampParser.js";
export { closestName } from "./data/closestName.js";

// errors
export { TnsError, type TnsErrorOptions } from "./errors/TnsError.js";
export { FileSystemError, fileSystemCodes } from "./errors/FileSystemError.js";

// time
export { checkZone } from "./time/checkZone.js";
export { periodStart, type GrainName, type PeriodStartOptions } from "./time/periodStart.js";
export { periodEnd } from "./time/periodEnd.js";
export { isCalendarDay } from "./time/isCalendarDay.js";
export { strictTimestampParser } from "./time/strictTimestampParser.js";
export { timestampProblem } from "./time/timestampProblem.js";

// metrics
export {
  wilsonInterval,
  type ProportionInterval,
  type WilsonIntervalOptions,
} from "./metrics/wilsonInterval.js";
export {
  precisionByGroup,
  type GroupPrecision,
  type PrecisionByGroupOptions,
} from "./metrics/precisionByGroup.js";
export { MetricsError } from "./metrics/MetricsError.js";
export { countTotals, type ScoreCounts } from "./metrics/ScoreCounts.js";
export { countScores, type CountScoresOptions } from "./metrics/countScores.js";
export {
  scoreCountsBy,
  type ScoreCountsByOptions,
  type SegmentScoreCounts,
} from "./metrics/scoreCountsBy.js";
export type { MetricsAccessor, MetricsData } from "./metrics/rowAccessor.js";
export { scoreCountsSql, type ScoreCountsSqlOptions } from "./metrics/scoreCountsSql.js";
export { scoreCountsFromBins, type ScoreBinRow } from "./metrics/scoreCountsFromBins.js";
export { mergeScoreCounts } from "./metrics/mergeScoreCounts.js";
export { thresholdSweep, type ThresholdSweep } from "./metrics/thresholdSweep.js";
export { precisionRecallCurve, type PrecisionRecallCurve } from "./metrics/precisionRecallCurve.js";
export { rocCurve, type RocCurve } from "./metrics/rocCurve.js";
export { rocAuc, type CurveArea } from "./metrics/rocAuc.js";
export { averagePrecision } from "./metrics/averagePrecision.js";
export { confusionMatrix, type ConfusionMatrix } from "./metrics/confusionMatrix.js";
export {
  detectionRates,
  type DetectionRates,
  type DetectionRatesOptions,
} from "./metrics/detectionRates.js";
export {
  reliabilityTable,
  type ReliabilityBin,
  type ReliabilityTableOptions,
} from "./metrics/reliabilityTable.js";
export { brierScore } from "./metrics/brierScore.js";
export { topKTable, type TopKRow, type TopKTableOptions } from "./metrics/topKTable.js";
export {
  clopperPearsonInterval,
  type ClopperPearsonIntervalOptions,
} from "./metrics/clopperPearsonInterval.js";
export {
  labelledSample,
  type LabelledSample,
  type LabelledStratum,
} from "./metrics/LabelledSample.js";
export { populationCounts } from "./metrics/populationCounts.js";
export { resampleSample } from "./metrics/resampleSample.js";
export {
  bootstrapInterval,
  percentileInterval,
  type BootstrapInterval,
  type BootstrapIntervalOptions,
} from "./metrics/bootstrapInterval.js";
export { maxReplicates } from "./metrics/checkReplicates.js";
export {
  partialLabelSample,
  type PartialLabelSampleOptions,
  type LabelledScore,
  type AuditedScore,
} from "./metrics/partialLabelSample.js";
export { thresholdEstimate, type ThresholdEstimate } from "./metrics/thresholdEstimate.js";

// charts
export { renderPlot } from "./charts/renderPlot.js";
export { themedPlotOptions } from "./charts/themedPlotOptions.js";
export { theme, type ChartTheme } from "./charts/theme.js";
export type { ChartOptions } from "./charts/ChartOptions.js";
export type { ChartData } from "./charts/chartRows.js";
export type { ChartAccessor } from "./charts/accessorValues.js";
export { timeSeriesChart, type TimeSeriesChartOptions } from "./charts/timeSeriesChart.js";
export { barChart, type BarChartOptions } from "./charts/barChart.js";
export type { BarSortName } from "./charts/barCategoryOrder.js";
export { histogramChart, type HistogramChartOptions } from "./charts/histogramChart.js";
export {
  scoreDistributionChart,
  type ScoreDistributionChartOptions,
  type ScoreLayoutName,
} from "./charts/scoreDistributionChart.js";
export {
  histogramBins,
  type HistogramBin,
  type HistogramBinsOptions,
} from "./charts/histogramBins.js";
export {
  targetMarks,
  targetLabel,
  type ChartTarget,
  type TargetMarksOptions,
} from "./charts/targetMarks.js";
export { valueFormatter, type ValueFormat } from "./charts/valueFormatter.js";
export { wallClockTime } from "./charts/wallClockTime.js";
export { formatWallClock } from "./charts/formatWallClock.js";

// report
export type * from "./report/Notebook.js";
export type { ReportResult } from "./report/ReportResult.js";
export { htmlTable, type HtmlTableColumn, type HtmlTableOptions } from "./report/htmlTable.js";
export { formatValue, type FormatName } from "./report/formatValue.js";
export { formatInterval } from "./report/formatInterval.js";
export { escapeHtml } from "./report/escapeHtml.js";
export { sanitizeHtml } from "./report/sanitizeHtml.js";
export { renderMarkdown, headingSlug, type Heading } from "./report/markdown.js";
export { readNotebook, parseNotebook, NotebookError } from "./report/readNotebook.js";
export {
  injectParameters,
  parseParameterArgs,
  type InjectParametersOptions,
} from "./report/injectParameters.js";
export {
  parameterDeclarations,
  parametersCellIndex,
  type ParameterDeclaration,
  type ParameterKind,
} from "./report/parameterDeclarations.js";
export {
  executeNotebook,
  type ExecuteNotebookOptions,
  type ExecutionResult,
} from "./report/executeNotebook.js";
export { runNotebook, type RunNotebookOptions } from "./report/runNotebook.js";
export { renderNotebookHtml, type RenderNotebookHtmlOptions } from "./report/renderNotebookHtml.js";
export {
  renderNotebookFile,
  titleOf,
  type RenderNotebookFileOptions,
} from "./report/renderNotebookFile.js";
export { renderReportSuite, type RenderReportSuiteOptions } from "./report/renderReportSuite.js";
export { renderIndexHtml } from "./report/renderIndexHtml.js";
export {
  reportDocument,
  reportContentSecurityPolicy,
  type ReportDocumentParts,
} from "./report/reportDocument.js";
export { reportStyles } from "./report/reportStyles.js";
export { writeFileAtomic } from "./report/writeFileAtomic.js";
export { printPdf, type PrintPdfOptions } from "./report/printPdf.js";
export { launchChromium, type LaunchChromiumOptions } from "./report/launchChromium.js";
export { collectReportInfo } from "./report/collectReportInfo.js";
export { notebookSummary } from "./report/notebookSummary.js";
export { reportInfo, reportInfoMimeType, type ReportInfo } from "./report/reportInfo.js";
export { reportCoverage, type ReportCoverage } from "./report/reportCoverage.js";
export { leadSentences } from "./report/leadSentences.js";
export { numberPairs } from "./report/numberPairs.js";
export { previousReports } from "./report/previousReports.js";
export { kpiCardsHtml, type KpiCard, type KpiStatusName } from "./report/kpiCardsHtml.js";
export {
  recommendationCardsHtml,
  type RecommendationCard,
} from "./report/recommendationCardsHtml.js";
export { collectRunContext, type CollectRunContextOptions } from "./report/collectRunContext.js";
export { notebookDataset } from "./report/notebookDataset.js";
export type { RunContext, DataFileHash } from "./report/RunContext.js";
export type { RunManifest } from "./report/RunManifest.js";
export { withholdPersonalData, type CellPersonalData } from "./report/withholdPersonalData.js";

// privacy
export { maskPersonalData } from "./privacy/maskPersonalData.js";
export { findPersonalData, type PersonalDataFinding } from "./privacy/findPersonalData.js";
export type { PersonalDataKind } from "./privacy/PersonalDataKind.js";

// rca
export { RcaError } from "./rca/RcaError.js";
export type { Segment, PeriodName, RowAccessor } from "./rca/Segment.js";
export {
  leafCube,
  type LeafCube,
  type LeafCubeOptions,
  type KpiKind,
  type PeriodSums,
  type PeriodTotals,
} from "./rca/leafCube.js";
export {
  leafCubeFromDataset,
  type LeafCubeFromDatasetOptions,
  type SqlMeasure,
} from "./rca/leafCubeFromDataset.js";
export { parsePeriodRange, type PeriodRange } from "./rca/PeriodRange.js";
export { parseTimeValue } from "./rca/parseTimeValue.js";
export {
  ratioDecomposition,
  type RatioDecomposition,
  type RateMixSegment,
  type RateMixSide,
} from "./rca/ratioDecomposition.js";
export {
  additiveContributions,
  type AdditiveContributions,
  type SegmentContribution,
} from "./rca/additiveContributions.js";
export type { RcaCause } from "./rca/RcaCause.js";
export type { RcaResult, KpiChange } from "./rca/RcaResult.js";
export { kpiChange } from "./rca/kpiChange.js";
export { adtributor, type AdtributorOptions } from "./rca/adtributor.js";
export { rippleSearch, type RippleSearchOptions } from "./rca/rippleSearch.js";
export { rootCause, type RootCauseOptions, type RcaMethodName } from "./rca/rootCause.js";
export { matchesSegment } from "./rca/matchesSegment.js";
export { drillDown, type DrillDown, type DrillDownOptions } from "./rca/drillDown.js";
export { segmentExamples, type SegmentExamplesOptions } from "./rca/segmentExamples.js";
export {
  contributionWaterfallChart,
  type ContributionWaterfallChartOptions,
  type WaterfallStep,
} from "./rca/contributionWaterfallChart.js";
export {
  beforeAfterChart,
  type BeforeAfterChartOptions,
  type BeforeAfterRow,
} from "./rca/beforeAfterChart.js";

// kpi
export type {
  KpiDefinition,
  KpiText,
  KpiFormula,
  KpiTerm,
  KpiTarget,
  KpiCondition,
  KpiSet,
  KpiDirectionName,
} from "./kpi/KpiDefinition.js";
export type { KpiValue } from "./kpi/KpiValue.js";
export { KpiError } from "./kpi/KpiError.js";
export { parseKpis } from "./kpi/parseKpis.js";
export { loadKpis } from "./kpi/loadKpis.js";
export { loadKpiTables } from "./kpi/loadKpiTables.js";
export { kpiTableColumns } from "./kpi/kpiTableColumns.js";
export {
  computeKpisFromDataset,
  type ComputeKpisFromDatasetOptions,
  type DatasetKpis,
} from "./kpi/computeKpisFromDataset.js";
export {
  compileKpi,
  type CompiledKpi,
  type CompileKpiOptions,
  type KpiFeed,
} from "./kpi/compileKpi.js";
export { KpiAccumulator, type KpiValuesOptions, type KpiDataRange } from "./kpi/KpiAccumulator.js";
export {
  kpiScorecard,
  type KpiScorecardEntry,
  type KpiScorecardOptions,
} from "./kpi/kpiScorecard.js";
export { kpiTarget } from "./kpi/kpiTarget.js";
export {
  precisionFloor,
  type PrecisionFloor,
  type PrecisionFloorOptions,
} from "./kpi/precisionFloor.js";
export { kpiDataRange } from "./kpi/kpiDataRange.js";
export { shareProblem } from "./kpi/shareProblem.js";
export {
  computeKpis,
  kpiAccumulator,
  addTable,
  type ComputeKpisOptions,
} from "./kpi/computeKpis.js";
export { kpiStatus, type KpiStatusKind } from "./kpi/kpiStatus.js";
export { kpiAnomalies, type KpiAnomaly, type KpiAnomaliesOptions } from "./kpi/kpiAnomalies.js";
export { formatKpiValue } from "./kpi/formatKpiValue.js";
export { kpiText } from "./kpi/kpiText.js";
export { periodKeys, periodRange, nextPeriod, periodStartMs } from "./kpi/periodKeys.js";
export { quantileSorted } from "./kpi/quantileSorted.js";

// stream
export type { StreamEvent } from "./stream/StreamEvent.js";
export { StreamError } from "./stream/StreamError.js";
export { jsonlEvents, type JsonlEventsOptions, type JsonlStats } from "./stream/jsonlEvents.js";
export { dedupeEvents, type DedupeEventsOptions, type DedupeStats } from "./stream/dedupeEvents.js";
export type { EventBatch, BatchedEventStream } from "./stream/EventBatch.js";
export { eventBatches } from "./stream/eventBatches.js";
export { StreamClock, type StreamClockOptions, type QuarantineKind } from "./stream/StreamClock.js";
export {
  quarantineRecorder,
  type QuarantineReport,
  type QuarantinedEvent,
} from "./stream/QuarantineReport.js";
export { parseDropLimit, type DropLimit } from "./stream/parseDropLimit.js";
export { teeEvents, type TeeEventsOptions } from "./stream/teeEvents.js";
export { eventRow, eventTables } from "./stream/eventRow.js";
export { parseDuration } from "./stream/parseDuration.js";
export { CountAccumulator } from "./stream/CountAccumulator.js";
export { ScoreHistogram } from "./stream/ScoreHistogram.js";
export {
  EventTimeWindows,
  type EventTimeWindowsOptions,
  type ClosedWindow,
} from "./stream/EventTimeWindows.js";
export {
  populationStabilityIndex,
  type PopulationStabilityIndexOptions,
} from "./stream/populationStabilityIndex.js";
export { PageHinkley, type PageHinkleyOptions } from "./stream/PageHinkley.js";
export { streamKpis, type StreamKpisOptions, type StreamKpisResult } from "./stream/streamKpis.js";
export { monitorStream, type MonitorStreamOptions } from "./stream/monitorStream.js";
export type {
  MonitorWindow,
  MonitorAlert,
  MonitorAlertKind,
  MonitorResult,
} from "./stream/MonitorTypes.js";

// checks
export type { DataCheckResult, DataCheckStatusName } from "./checks/DataCheckResult.js";
export { checkData, type CheckDataOptions, type DataCheckReport } from "./checks/checkData.js";
export { checkDataset, type CheckDatasetOptions } from "./checks/checkDataset.js";
export { tableChecks } from "./checks/tableChecks.js";
export { referenceCheck } from "./checks/referenceCheck.js";
export { valueRangeCheck } from "./checks/valueRangeCheck.js";
export { dailyVolumeCheck } from "./checks/dailyVolumeCheck.js";
export { freshnessCheck } from "./checks/freshnessCheck.js";
export { schemaDriftCheck } from "./checks/schemaDriftCheck.js";

// rules
export type {
  RuleExpression,
  RulePredicate,
  RuleLiteral,
  RuleListOperand,
  RuleSpan,
  ComparisonOperator,
} from "./rules/RuleExpression.js";
export type { RuleToken, RuleTokenKind } from "./rules/RuleToken.js";
export { tokenizeRuleExpression } from "./rules/tokenizeRuleExpression.js";
export { parseRuleExpression } from "./rules/parseRuleExpression.js";
export { RuleSyntaxError } from "./rules/RuleSyntaxError.js";
export { RuleError } from "./rules/RuleError.js";
export type { RuleDiagnostic, DiagnosticSeverity } from "./rules/RuleDiagnostic.js";
export { formatRuleDiagnostic } from "./rules/formatRuleDiagnostic.js";
export type {
  RuleDefinition,
  RuleSet,
  RuleActionName,
  RuleStatusName,
} from "./rules/RuleDefinition.js";
export { parseRuleFile, type ParseRuleFileOptions } from "./rules/parseRuleFile.js";
export { loadRuleFile, type LoadRuleFileOptions } from "./rules/loadRuleFile.js";
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
} from "./rules/DecisionTable.js";
export {
  readDecisionTableSheet,
  type ReadDecisionTableSheetOptions,
} from "./rules/readDecisionTableSheet.js";
export { parseDecisionTable, type ParseDecisionTableOptions } from "./rules/parseDecisionTable.js";
export { isDecisionTableFile } from "./rules/isDecisionTableFile.js";
export { cellAddress } from "./rules/cellAddress.js";
export {
  ruleSetToDecisionTable,
  type RuleSetTable,
  type RuleConversionNote,
} from "./rules/ruleSetToDecisionTable.js";
export { writeDecisionTable } from "./rules/writeDecisionTable.js";
export { formatRuleFile } from "./rules/formatRuleFile.js";
export {
  convertRuleFile,
  type ConvertRuleFileOptions,
  type RuleFileConversion,
} from "./rules/convertRuleFile.js";
export { ruleStatusNames, isEvaluatedStatus } from "./rules/ruleStatus.js";
export { verifyDecisionTable, maxVerifiedRows } from "./rules/verifyDecisionTable.js";
export {
  verifyDecisionTableOnData,
  type VerifyDecisionTableOnDataOptions,
} from "./rules/verifyDecisionTableOnData.js";
export {
  resolveActions,
  actionSeverity,
  matchModeNames,
  type MatchModeName,
  type ResolvedAction,
} from "./rules/resolveActions.js";
export type {
  ShadowReadout,
  ShadowRuleReadout,
  ShadowLabelCounts,
  ShadowArrivalRow,
  ShadowOverlapRow,
  ShadowQueueLoad,
  ShadowRecommendation,
  ShadowDecisionName,
} from "./rules/ShadowReadout.js";
export { shadowRulesReadout, type ShadowRulesReadoutOptions } from "./rules/shadowRulesReadout.js";
export {
  shadowRecommendation,
  type ShadowRecommendationOptions,
} from "./rules/shadowRecommendation.js";
export { shadowRecommendationCards } from "./rules/shadowRecommendationCards.js";
export { shadowArrivalSeries, type ShadowArrivalPoint } from "./rules/shadowArrivalSeries.js";
export {
  ShadowStreamReadout,
  type ShadowStreamReadoutOptions,
} from "./rules/ShadowStreamReadout.js";
export { withShadowRules } from "./rules/withShadowRules.js";
export { labelEventsSql, type LabelEvents } from "./rules/labelEventsSql.js";
export {
  writeRuleHitsTable,
  type WriteRuleHitsTableOptions,
  type RuleHitsTable,
} from "./rules/writeRuleHitsTable.js";
export {
  diffRuleSets,
  type RuleSetDiff,
  type RuleChange,
  type RuleDiffEntry,
} from "./rules/diffRuleSets.js";
export { wordDiff, type WordDiffPart } from "./rules/wordDiff.js";
export { formatWordDiff } from "./rules/formatWordDiff.js";
export { parseKeywordList } from "./rules/parseKeywordList.js";
export {
  normalizeText,
  normalizationSteps,
  type NormalizationStep,
} from "./rules/normalizeText.js";
export {
  ruleFieldSchema,
  type RuleFieldKind,
  type RuleFieldSchema,
} from "./rules/ruleFieldSchema.js";
export { checkRules, type CheckRulesOptions, type RuleCheck } from "./rules/checkRules.js";
export { compileRules, type CompileRulesOptions } from "./rules/compileRules.js";
export type {
  CompiledRuleSet,
  CompiledRule,
  CompiledNode,
  TextAtom,
  TextChannel,
} from "./rules/CompiledRuleSet.js";
export { evaluateRules, type EvaluateRulesOptions } from "./rules/evaluateRules.js";
export { evaluateEvent } from "./rules/evaluateEvent.js";
export { evaluateEvents } from "./rules/evaluateEvents.js";
export { ruleHit, type RuleHits } from "./rules/RuleHits.js";
export { rowRuleIds } from "./rules/rowRuleIds.js";
export { hitRows } from "./rules/hitRows.js";
export { rulesToSql, type RulesToSqlOptions } from "./rules/rulesToSql.js";
export { evaluateRulesDuckDb, type DuckDbFileSource } from "./rules/evaluateRulesDuckDb.js";
export { labelValues } from "./rules/labelValues.js";
export { hitStats } from "./rules/hitStats.js";
export { backtestRules, type BacktestRulesOptions } from "./rules/backtestRules.js";
export type {
  RuleBacktest,
  RuleBacktestRow,
  ActionBacktest,
  HitStats,
  SegmentBacktestRow,
  PeriodBacktestRow,
} from "./rules/RuleBacktest.js";
export {
  compareRuleSets,
  type CompareRuleSetsOptions,
  type RuleSetChange,
} from "./rules/compareRuleSets.js";
export { evasionVariants, evasionKinds, type EvasionKind } from "./rules/evasionVariants.js";
export {
  evasionRobustness,
  type EvasionRobustnessOptions,
  type EvasionRobustnessRow,
} from "./rules/evasionRobustness.js";

// tuning
export {
  thresholdPoints,
  type ThresholdPoint,
  type ThresholdPointsOptions,
} from "./tuning/thresholdPoints.js";
export {
  chooseThreshold,
  type ThresholdObjectiveName,
  type ThresholdConstraints,
  type ConstraintName,
} from "./tuning/chooseThreshold.js";
export type {
  ThresholdRecommendation,
  ThresholdOutlook,
  Estimate,
  ThresholdVerdictName,
} from "./tuning/ThresholdRecommendation.js";
export { recommendThreshold, type RecommendThresholdOptions } from "./tuning/recommendThreshold.js";
export { recommendationRationale } from "./tuning/recommendationRationale.js";
export { demoteRecommendation } from "./tuning/demoteRecommendation.js";
export {
  recommendThresholdBy,
  type RecommendThresholdByOptions,
  type SegmentRecommendation,
} from "./tuning/recommendThresholdBy.js";
export {
  recommendationBacktest,
  type RecommendationBacktest,
  type RecommendationBacktestOptions,
} from "./tuning/recommendationBacktest.js";
export { scoreDrift, type ScoreDrift, type ScoreDriftOptions } from "./tuning/scoreDrift.js";
export { calibrationShift, type CalibrationShift } from "./tuning/calibrationShift.js";
export {
  thresholdBands,
  type ThresholdBand,
  type ThresholdBandsOptions,
} from "./tuning/thresholdBands.js";
export {
  thresholdTradeoffChart,
  type ThresholdTradeoffChartOptions,
  type TradeoffRow,
} from "./charts/thresholdTradeoffChart.js";
export {
  precisionRecallChart,
  type PrecisionRecallChartOptions,
  type PrCurveInput,
  type CurveMarker,
} from "./charts/precisionRecallChart.js";
export {
  thresholdCurveChart,
  type ThresholdCurveChartOptions,
} from "./charts/thresholdCurveChart.js";
export { calibrationChart, type CalibrationRow } from "./charts/calibrationChart.js";

// dataset
export * as dataset from "./dataset/index.js";
export { openDataset, type OpenDatasetOptions } from "./dataset/openDataset.js";
export { Dataset, type DatasetSource } from "./dataset/Dataset.js";
export { DatasetError } from "./dataset/DatasetError.js";
export { folderDefinition, type FolderDefinitionOptions } from "./dataset/folderDefinition.js";
export { sqlIdent } from "./dataset/sqlTemplate.js";
export { datasetFiles, type DatasetFiles } from "./dataset/datasetFiles.js";
export { backtestDataset, type BacktestDatasetOptions } from "./rules/backtestDataset.js";
export { scoreCountsQuery, type ScoreCountsQueryOptions } from "./metrics/scoreCountsQuery.js";
export { readIncidents, type Incident } from "./dataset/readIncidents.js";
export { incidentText, type IncidentText } from "./dataset/incidentText.js";
export { decidedReviewsSql, type DecidedReviews } from "./rca/decidedReviewsSql.js";
export { leafCubeQuery, type LeafCubeQueryOptions } from "./rca/leafCubeQuery.js";
export { segmentSql, dimensionTextSql } from "./rca/segmentSql.js";
export {
  segmentExamplesQuery,
  type SegmentExamplesQueryOptions,
} from "./rca/segmentExamplesQuery.js";
export {
  precisionWeeks,
  type PrecisionWeek,
  type PrecisionWeeks,
  type PrecisionWeeksOptions,
} from "./rca/precisionWeeks.js";
// overview: detection volumes and reviewer precision computed in the engine
export * from "./overview/index.js";
// tuning over the engine: models, score windows and partial labels from SQL
export { scoredListingsSql } from "./tuning/scoredListingsSql.js";
export {
  modelInventory,
  type ModelInfo,
  type ModelRollout,
  type ModelInventory,
} from "./tuning/modelInventory.js";
export {
  modelScoreWindow,
  type ModelScoreWindow,
  type ModelScoreWindowOptions,
} from "./tuning/modelScoreWindow.js";
export {
  partialLabelQuery,
  type PartialLabels,
  type PartialLabelQueryOptions,
} from "./tuning/partialLabelQuery.js";
export {
  ruleChangeReadout,
  type RuleChangeReadout,
  type RuleChangeReadoutOptions,
} from "./rules/ruleChangeReadout.js";
export {
  thresholdReadout,
  thresholdCard,
  type ThresholdReadout,
  type ThresholdReadoutOptions,
  type ModelThresholdReadout,
} from "./tuning/thresholdReadout.js";
export { timeSpan, type TimeSpan, type TimeSpanOptions } from "./dataset/timeSpan.js";
export {
  periodOfInterest,
  type PeriodOfInterest,
  type PeriodOfInterestOptions,
} from "./dataset/periodOfInterest.js";
export {
  periodListingRowsSql,
  type PeriodListingRowsOptions,
} from "./dataset/periodListingRowsSql.js";
export { relationRuleSchema } from "./rules/relationRuleSchema.js";
export {
  compareRuleSetsDataset,
  type CompareRuleSetsDatasetOptions,
} from "./rules/compareRuleSetsDataset.js";
export {
  missedViolations,
  type MissedViolations,
  type MissedViolationsOptions,
} from "./rules/missedViolations.js";
// postmortem: one incident's evidence (timeline, impact, root cause, fix replayed) from the engine;
// the per-kind statistics and sections stay in the namespace
export * as postmortem from "./postmortem/index.js";
export { chooseIncident, type ChooseIncidentOptions } from "./postmortem/chooseIncident.js";
export { incidentEvidence, type IncidentEvidenceOptions } from "./postmortem/incidentEvidence.js";
export { formatInstant, hoursAfter, segmentText } from "./postmortem/incidentText.js";
export type { PostMortem, TimelineEvent } from "./postmortem/PostMortem.js";
export * from "./deck/index.js";

// i18n: the report language (lang parameter), its catalog and formatters
export {
  type Lang,
  langs,
  checkLang,
  I18nError,
  messages,
  type Messages,
  formatDay,
  formatCount,
  formatKrw,
} from "./i18n/index.js";
