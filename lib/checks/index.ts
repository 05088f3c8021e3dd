// checks: data checks — references, ranges, daily volumes, freshness and schema drift.
export type { DataCheckResult, DataCheckStatusName } from "./DataCheckResult.js";
export { checkData, type CheckDataOptions, type DataCheckReport } from "./checkData.js";
export { checkDataset, type CheckDatasetOptions } from "./checkDataset.js";
export { tableChecks } from "./tableChecks.js";
export { referenceCheck } from "./referenceCheck.js";
export { valueRangeCheck } from "./valueRangeCheck.js";
export { dailyVolumeCheck } from "./dailyVolumeCheck.js";
export { freshnessCheck } from "./freshnessCheck.js";
export { schemaDriftCheck } from "./schemaDriftCheck.js";
