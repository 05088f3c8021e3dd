// tuning: threshold recommendations with their evidence, score drift and calibration shift.
export {
  thresholdPoints,
  type ThresholdPoint,
  type ThresholdPointsOptions,
} from "./thresholdPoints.js";
export {
  chooseThreshold,
  type ThresholdObjectiveName,
  type ThresholdConstraints,
  type ConstraintName,
} from "./chooseThreshold.js";
export type {
  ThresholdRecommendation,
  ThresholdOutlook,
  Estimate,
  ThresholdVerdictName,
} from "./ThresholdRecommendation.js";
export { recommendThreshold, type RecommendThresholdOptions } from "./recommendThreshold.js";
export { recommendationRationale } from "./recommendationRationale.js";
export { demoteRecommendation } from "./demoteRecommendation.js";
export {
  recommendThresholdBy,
  type RecommendThresholdByOptions,
  type SegmentRecommendation,
} from "./recommendThresholdBy.js";
export {
  recommendationBacktest,
  type RecommendationBacktest,
  type RecommendationBacktestOptions,
} from "./recommendationBacktest.js";
export { scoreDrift, type ScoreDrift, type ScoreDriftOptions } from "./scoreDrift.js";
export { calibrationShift, type CalibrationShift } from "./calibrationShift.js";
export {
  thresholdBands,
  type ThresholdBand,
  type ThresholdBandsOptions,
} from "./thresholdBands.js";
export { scoredListingsSql } from "./scoredListingsSql.js";
export {
  modelInventory,
  type ModelInfo,
  type ModelRollout,
  type ModelInventory,
} from "./modelInventory.js";
export {
  modelScoreWindow,
  type ModelScoreWindow,
  type ModelScoreWindowOptions,
} from "./modelScoreWindow.js";
export {
  partialLabelQuery,
  type PartialLabels,
  type PartialLabelQueryOptions,
} from "./partialLabelQuery.js";
export {
  thresholdReadout,
  thresholdCard,
  type ThresholdReadout,
  type ThresholdReadoutOptions,
  type ModelThresholdReadout,
} from "./thresholdReadout.js";
export { thresholdRecommendationRows } from "./thresholdRecommendationRows.js";
export {
  partialLabelComparison,
  type PartialLabelComparison,
  type PartialLabelComparisonOptions,
} from "./partialLabelComparison.js";
export { rolloutShift, type RolloutShift, type RolloutShiftOptions } from "./rolloutShift.js";
export {
  segmentRecommendations,
  type SegmentRecommendationsOptions,
} from "./segmentRecommendations.js";
