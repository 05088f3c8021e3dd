// report: notebooks rendered to static HTML pages, tables, cards and the report suite.
export type { ReportResult } from "./ReportResult.js";
export { htmlTable, type HtmlTableOptions } from "./htmlTable.js";
export { escapeHtml } from "./escapeHtml.js";
export { sanitizeHtml } from "./sanitizeHtml.js";
export { renderMarkdown, headingSlug, type Heading } from "./markdown.js";
export { readNotebook, parseNotebook, NotebookError } from "./readNotebook.js";
export {
  injectParameters,
  parseParameterArgs,
  type InjectParametersOptions,
} from "./injectParameters.js";
export {
  parameterDeclarations,
  type ParameterDeclaration,
  type ParameterKind,
} from "./parameterDeclarations.js";
export {
  executeNotebook,
  type ExecuteNotebookOptions,
  type ExecutionResult,
} from "./executeNotebook.js";
export { runNotebook, type RunNotebookOptions } from "./runNotebook.js";
export { renderNotebookHtml, type RenderNotebookHtmlOptions } from "./renderNotebookHtml.js";
export {
  renderNotebookFile,
  titleOf,
  type RenderNotebookFileOptions,
} from "./renderNotebookFile.js";
export { renderReportSuite, type RenderReportSuiteOptions } from "./renderReportSuite.js";
export { renderIndexHtml } from "./renderIndexHtml.js";
export { reportDocument, type ReportDocumentParts } from "./reportDocument.js";
export { printPdf, type PrintPdfOptions } from "./printPdf.js";
export type { LaunchChromiumOptions } from "./launchChromium.js";
export { collectReportInfo } from "./collectReportInfo.js";
export { notebookSummary } from "./notebookSummary.js";
export { reportInfo, reportInfoMimeType, type ReportInfo } from "./reportInfo.js";
export { reportCoverage, type ReportCoverage } from "./reportCoverage.js";
export {
  reportWindow,
  type ReportWindowCoverage,
  type ReportWindowOptions,
} from "./reportWindow.js";
export { leadSentences } from "./leadSentences.js";
export { numberPairs } from "./numberPairs.js";
export { kpiCardsHtml } from "./kpiCardsHtml.js";
export { recommendationCardsHtml } from "./recommendationCardsHtml.js";
export { scorecardKpiCards, type ScorecardKpiCardsOptions } from "./scorecardKpiCards.js";
export { dashboardKpiCards } from "./dashboardKpiCards.js";
export { missedKpiCard, type MissedKpiCardOptions } from "./missedKpiCard.js";
export {
  incidentBriefs,
  type IncidentBrief,
  type IncidentBriefsOptions,
} from "./incidentBriefs.js";
export { summaryDecisionCard, type SummaryDecisionSourceName } from "./summaryDecisionCard.js";
export { collectRunContext, type CollectRunContextOptions } from "./collectRunContext.js";
export { notebookDataset } from "./notebookDataset.js";
export type { RunContext, DataFileHash } from "./RunContext.js";
export type { RunManifest } from "./RunManifest.js";
export { withholdPersonalData, type CellPersonalData } from "./withholdPersonalData.js";
export type * from "./Notebook.js";
export { partialLabelTable } from "./partialLabelTable.js";
export { partialLabelFinding } from "./partialLabelFinding.js";
export { rolloutShiftTable } from "./rolloutShiftTable.js";
export { rolloutFinding, type RolloutFindingOptions } from "./rolloutFinding.js";
export { thresholdStabilityRows } from "./thresholdStabilityRows.js";
export { segmentRecommendationRows } from "./segmentRecommendationRows.js";
export { topKRows } from "./topKRows.js";
export { monitorAlertsTable, type MonitorAlertsTableOptions } from "./monitorAlertsTable.js";
export { streamMonitorFindings, type StreamMonitorFindingsInput } from "./streamMonitorFindings.js";
export { monitorRecommendation } from "./monitorRecommendation.js";
export { postMortemSummary } from "./postMortemSummary.js";
export { postMortemTimelineTable } from "./postMortemTimelineTable.js";
export { causeValueText } from "./causeValueText.js";
export { rootCauseKpiText } from "./rootCauseKpiText.js";
export { rootCauseTable } from "./rootCauseTable.js";
export { ruleBacktestColumns } from "./ruleBacktestColumns.js";
export { ruleSegmentColumns } from "./ruleSegmentColumns.js";
export { candidateOverlapColumns, type CandidateOverlapRow } from "./candidateOverlapColumns.js";
export { robustnessColumns } from "./robustnessColumns.js";
export { kpiStatusColumns } from "./kpiStatusColumns.js";
export { ruleSetColumns } from "./ruleSetColumns.js";
export { shadowOverlapColumns } from "./shadowOverlapColumns.js";
export { decompositionColumns, type DecompositionRow } from "./decompositionColumns.js";
export { drillDownColumns } from "./drillDownColumns.js";
export { decompositionWaterfallSteps } from "./decompositionWaterfallSteps.js";
export { rateBeforeAfterRows } from "./rateBeforeAfterRows.js";
export { causeSummary } from "./causeSummary.js";
