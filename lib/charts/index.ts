// charts: Observable Plot charts with the report theme, rendered to SVG for static pages.
export { renderPlot } from "./renderPlot.js";
export { themedPlotOptions } from "./themedPlotOptions.js";
export { theme, type ChartTheme } from "./theme.js";
export type { ChartOptions } from "./ChartOptions.js";
export { timeSeriesChart, type TimeSeriesChartOptions } from "./timeSeriesChart.js";
export { kpiTimeSeriesChart, type KpiTimeSeriesChartOptions } from "./kpiTimeSeriesChart.js";
export { barChart, type BarChartOptions } from "./barChart.js";
export type { BarSortName } from "./barCategoryOrder.js";
export { histogramChart, type HistogramChartOptions } from "./histogramChart.js";
export {
  contributionWaterfallChart,
  type ContributionWaterfallChartOptions,
  type WaterfallStep,
} from "./contributionWaterfallChart.js";
export {
  beforeAfterChart,
  type BeforeAfterChartOptions,
  type BeforeAfterRow,
} from "./beforeAfterChart.js";
export {
  scoreDistributionChart,
  type ScoreDistributionChartOptions,
  type ScoreLayoutName,
} from "./scoreDistributionChart.js";
export { histogramBins, type HistogramBin, type HistogramBinsOptions } from "./histogramBins.js";
export {
  targetMarks,
  targetLabel,
  type ChartTarget,
  type TargetMarksOptions,
} from "./targetMarks.js";
export {
  thresholdTradeoffChart,
  type ThresholdTradeoffChartOptions,
  type TradeoffRow,
} from "./thresholdTradeoffChart.js";
export {
  precisionRecallChart,
  type PrecisionRecallChartOptions,
  type PrCurveInput,
  type CurveMarker,
} from "./precisionRecallChart.js";
export { thresholdCurveChart, type ThresholdCurveChartOptions } from "./thresholdCurveChart.js";
export { calibrationChart, type CalibrationRow } from "./calibrationChart.js";
export { modelTradeoffChart, type ModelTradeoffChartOptions } from "./modelTradeoffChart.js";
export {
  modelPrecisionRecallChart,
  type ModelPrecisionRecallChartOptions,
} from "./modelPrecisionRecallChart.js";
export { modelCapacityChart } from "./modelCapacityChart.js";
export { modelCostChart, type ModelCostChartOptions } from "./modelCostChart.js";
export { rolloutCalibrationChart } from "./rolloutCalibrationChart.js";
export { rolloutScoreChart } from "./rolloutScoreChart.js";
export { dailyEventsChart } from "./dailyEventsChart.js";
export { psiChart, type PsiChartOptions } from "./psiChart.js";
export { rootCauseChart } from "./rootCauseChart.js";
export { precisionBarChart, type PrecisionBarChartOptions } from "./precisionBarChart.js";
export { dailyCountChart, type DailyCountChartOptions } from "./dailyCountChart.js";
export { weeklyPrecisionChart, type WeeklyPrecisionChartOptions } from "./weeklyPrecisionChart.js";
export { robustnessChart } from "./robustnessChart.js";
export {
  precisionArrivalChart,
  type PrecisionArrivalChartOptions,
} from "./precisionArrivalChart.js";
