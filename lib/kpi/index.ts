// kpi: KPI definitions (kpis.yaml), values per period, targets, scorecards and anomalies.
export type {
  KpiDefinition,
  KpiText,
  KpiFormula,
  KpiTerm,
  KpiTarget,
  KpiCondition,
  KpiSet,
  KpiDirectionName,
} from "./KpiDefinition.js";
export type { KpiValue } from "./KpiValue.js";
export { KpiError } from "./KpiError.js";
export { parseKpis } from "./parseKpis.js";
export { loadKpis } from "./loadKpis.js";
export { loadKpiTables } from "./loadKpiTables.js";
export { kpiTableColumns } from "./kpiTableColumns.js";
export {
  computeKpisFromDataset,
  type ComputeKpisFromDatasetOptions,
  type DatasetKpis,
} from "./computeKpisFromDataset.js";
export {
  compileKpi,
  type CompiledKpi,
  type CompileKpiOptions,
  type KpiFeed,
} from "./compileKpi.js";
export { KpiAccumulator, type KpiValuesOptions, type KpiDataRange } from "./KpiAccumulator.js";
export { kpiScorecard, type KpiScorecardEntry, type KpiScorecardOptions } from "./kpiScorecard.js";
export { kpiTarget } from "./kpiTarget.js";
export {
  precisionFloor,
  type PrecisionFloor,
  type PrecisionFloorOptions,
} from "./precisionFloor.js";
export { kpiDataRange } from "./kpiDataRange.js";
export { computeKpis, type ComputeKpisOptions } from "./computeKpis.js";
export { kpiStatus, type KpiStatusKind } from "./kpiStatus.js";
export { kpiAnomalies, type KpiAnomaly, type KpiAnomaliesOptions } from "./kpiAnomalies.js";
export { formatKpiValue } from "./formatKpiValue.js";
export { kpiText } from "./kpiText.js";
export { kpiTargetText } from "./kpiTargetText.js";
export { kpiStatusRows, type KpiStatusRow } from "./kpiStatusRows.js";
export { kpiTrendRows, type KpiTrendRow, type KpiTrendRowsOptions } from "./kpiTrendRows.js";
export { quantileSorted } from "./quantileSorted.js";
export { differingKpiValues } from "./differingKpiValues.js";
export { kpiDimensionValues } from "./kpiDimensionValues.js";
