// rca: root cause of a KPI change — leaf cubes, segment search (Adtributor, ripple), drill-down and examples.
export { RcaError } from "./RcaError.js";
export type { Segment, PeriodName } from "./Segment.js";
export { leafCube, type LeafCube, type KpiKind } from "./leafCube.js";
export type { LeafCubeOptions } from "./LeafCubeOptions.js";
export type { PeriodSums, PeriodTotals } from "./PeriodSums.js";
export {
  leafCubeFromDataset,
  type LeafCubeFromDatasetOptions,
  type SqlMeasure,
} from "./leafCubeFromDataset.js";
export { parsePeriodRange, type PeriodRange } from "./PeriodRange.js";
export {
  ratioDecomposition,
  type RatioDecomposition,
  type RateMixSegment,
  type RateMixSide,
} from "./ratioDecomposition.js";
export {
  additiveContributions,
  type AdditiveContributions,
  type SegmentContribution,
} from "./additiveContributions.js";
export type { RcaCause } from "./RcaCause.js";
export type { RcaResult, KpiChange } from "./RcaResult.js";
export { kpiChange } from "./kpiChange.js";
export { adtributor, type AdtributorOptions } from "./adtributor.js";
export { rippleSearch, type RippleSearchOptions } from "./rippleSearch.js";
export { rootCause, type RootCauseOptions, type RcaMethodName } from "./rootCause.js";
export { matchesSegment } from "./matchesSegment.js";
export { drillDown, type DrillDown, type DrillDownOptions } from "./drillDown.js";
export { segmentExamples, type SegmentExamplesOptions } from "./segmentExamples.js";
export { decidedReviewsSql, type DecidedReviews } from "./decidedReviewsSql.js";
export { leafCubeQuery, type LeafCubeQueryOptions } from "./leafCubeQuery.js";
export { segmentSql, dimensionTextSql } from "./segmentSql.js";
export { segmentExamplesQuery, type SegmentExamplesQueryOptions } from "./segmentExamplesQuery.js";
export {
  precisionWeeks,
  type PrecisionWeek,
  type PrecisionWeeks,
  type PrecisionWeeksOptions,
} from "./precisionWeeks.js";
export { rateChangeCards, type RateChangeCardsOptions, type RateCount } from "./rateChangeCards.js";
export { rateMixColumns } from "./rateMixColumns.js";
export { drillDimension, defaultDrillOrder } from "./drillDimension.js";
export { leadingDimensionCauses } from "./leadingDimensionCauses.js";
