// metrics: score counts, precision/recall/ROC curves, calibration, intervals and labelled samples.
export {
  wilsonInterval,
  type ProportionInterval,
  type WilsonIntervalOptions,
} from "./wilsonInterval.js";
export {
  precisionByGroup,
  type GroupPrecision,
  type PrecisionByGroupOptions,
} from "./precisionByGroup.js";
export { MetricsError } from "./MetricsError.js";
export { countTotals, type ScoreCounts } from "./ScoreCounts.js";
export { countScores, type CountScoresOptions } from "./countScores.js";
export {
  scoreCountsBy,
  type ScoreCountsByOptions,
  type SegmentScoreCounts,
} from "./scoreCountsBy.js";
export { scoreCountsSql, type ScoreCountsSqlOptions } from "./scoreCountsSql.js";
export { scoreCountsFromBins, type ScoreBinRow } from "./scoreCountsFromBins.js";
export { mergeScoreCounts } from "./mergeScoreCounts.js";
export { thresholdSweep, type ThresholdSweep } from "./thresholdSweep.js";
export { precisionRecallCurve, type PrecisionRecallCurve } from "./precisionRecallCurve.js";
export { rocCurve, type RocCurve } from "./rocCurve.js";
export { rocAuc, type CurveArea } from "./rocAuc.js";
export { averagePrecision } from "./averagePrecision.js";
export { confusionMatrix, type ConfusionMatrix } from "./confusionMatrix.js";
export {
  detectionRates,
  type DetectionRates,
  type DetectionRatesOptions,
} from "./detectionRates.js";
export {
  reliabilityTable,
  type ReliabilityBin,
  type ReliabilityTableOptions,
} from "./reliabilityTable.js";
export { brierScore } from "./brierScore.js";
export { topKTable, type TopKRow, type TopKTableOptions } from "./topKTable.js";
export {
  clopperPearsonInterval,
  type ClopperPearsonIntervalOptions,
} from "./clopperPearsonInterval.js";
export { labelledSample, type LabelledSample, type LabelledStratum } from "./LabelledSample.js";
export { populationCounts } from "./populationCounts.js";
export { resampleSample } from "./resampleSample.js";
export {
  bootstrapInterval,
  percentileInterval,
  type BootstrapInterval,
  type BootstrapIntervalOptions,
} from "./bootstrapInterval.js";
export { maxReplicates } from "./checkReplicates.js";
export {
  partialLabelSample,
  type PartialLabelSampleOptions,
  type LabelledScore,
  type AuditedScore,
} from "./partialLabelSample.js";
export { thresholdEstimate, type ThresholdEstimate } from "./thresholdEstimate.js";
export { scoreCountsQuery, type ScoreCountsQueryOptions } from "./scoreCountsQuery.js";
