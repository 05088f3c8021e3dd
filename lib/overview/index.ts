// overview: the detection-overview queries over a report window — volumes, flag rates, reviewed precision.
export type { ReportWindow } from "./ReportWindow.js";
export { dailyDetectionVolumes, type DailyVolume } from "./dailyDetectionVolumes.js";
export { weeklyFlagRates, type WeeklyFlagRate } from "./weeklyFlagRates.js";
export {
  reviewPrecisionQuery,
  type ReviewGroupName,
  type ReviewPrecisionQueryOptions,
} from "./reviewPrecisionQuery.js";
export {
  clearedReviews,
  type ClearedReviews,
  type ClearedReviewsOptions,
} from "./clearedReviews.js";
export { lastCompleteWeek, type CompleteWeek } from "./lastCompleteWeek.js";
export { precisionRows, type PrecisionRow } from "./precisionRows.js";
export {
  precisionColumns,
  type PrecisionColumnsOptions,
  type PrecisionCounts,
} from "./precisionColumns.js";
