// The kit's public surface: one namespace per folder of lib/ (`rules.loadRuleFile`, `kpi.kpiScorecard`, …).
// Notebooks import the built file: `import { dataset, rules } from "../dist/lib/index.js"`. Namespaces, not
// subpath exports: tslab's TypeScript 5.0 resolves types with Node10 rules, which ignore "exports".
export * as data from "./data/index.js";
export * as table from "./table/index.js";
export * as dataset from "./dataset/index.js";
export * as rules from "./rules/index.js";
export * as metrics from "./metrics/index.js";
export * as tuning from "./tuning/index.js";
export * as kpi from "./kpi/index.js";
export * as checks from "./checks/index.js";
export * as stream from "./stream/index.js";
export * as rca from "./rca/index.js";
export * as charts from "./charts/index.js";
export * as report from "./report/index.js";
export * as time from "./time/index.js";
export * as format from "./format/index.js";
export * as privacy from "./privacy/index.js";
export * as overview from "./overview/index.js";
export * as postmortem from "./postmortem/index.js";
export * as deck from "./deck/index.js";
export * as i18n from "./i18n/index.js";
export * as errors from "./errors/index.js";
export * as engine from "./engine/index.js";

// Names the notebooks import directly today; they move to the namespaces above.
export {
  type KpiCard,
  type RecommendationCard,
  htmlTable,
  kpiCardsHtml,
  leadSentences,
  numberPairs,
  recommendationCardsHtml,
  reportInfo,
  reportInfoMimeType,
} from "./report/index.js";
export {
  type KpiValue,
  computeKpisFromDataset,
  formatKpiValue,
  kpiAnomalies,
  kpiScorecard,
  kpiText,
  loadKpis,
  precisionFloor,
} from "./kpi/index.js";
export {
  type RatioDecomposition,
  type RcaCause,
  type Segment,
  adtributor,
  decidedReviewsSql,
  leafCubeQuery,
  precisionWeeks,
  ratioDecomposition,
  rippleSearch,
  segmentExamplesQuery,
} from "./rca/index.js";
export {
  clearedReviews,
  dailyDetectionVolumes,
  lastCompleteWeek,
  reportWindow,
  reviewPrecisionQuery,
  weeklyFlagRates,
} from "./overview/index.js";
export {
  averagePrecision,
  brierScore,
  labelledSample,
  precisionRecallCurve,
  reliabilityTable,
  rocAuc,
  thresholdEstimate,
  topKTable,
  wilsonInterval,
} from "./metrics/index.js";
export {
  barChart,
  beforeAfterChart,
  calibrationChart,
  contributionWaterfallChart,
  precisionRecallChart,
  scoreDistributionChart,
  thresholdCurveChart,
  thresholdTradeoffChart,
  timeSeriesChart,
} from "./charts/index.js";
export {
  calibrationShift,
  modelScoreWindow,
  partialLabelQuery,
  recommendThreshold,
  recommendThresholdBy,
  scoreDrift,
  thresholdBands,
  thresholdReadout,
} from "./tuning/index.js";
export { checkDataset } from "./checks/index.js";
export {
  checkRules,
  formatRuleDiagnostic,
  loadRuleFile,
  missedViolations,
  relationRuleSchema,
  ruleChangeReadout,
  shadowArrivalSeries,
  shadowRecommendationCards,
  shadowRulesReadout,
  verifyDecisionTable,
  withShadowRules,
} from "./rules/index.js";
export {
  chooseIncident,
  formatInstant,
  hoursAfter,
  incidentEvidence,
  segmentText,
} from "./postmortem/index.js";
export {
  datasetFiles,
  incidentText,
  openDataset,
  periodOfInterest,
  readIncidents,
  timeSpan,
} from "./dataset/index.js";
export { deckMimeType, deckPart, deckTrend } from "./deck/index.js";
export {
  dedupeEvents,
  jsonlEvents,
  monitorStream,
  parseDuration,
  streamKpis,
  teeEvents,
} from "./stream/index.js";
export { messages } from "./i18n/index.js";
export { addDays, periodStart } from "./time/index.js";
export { formatCount, formatDay, formatValue } from "./format/index.js";
