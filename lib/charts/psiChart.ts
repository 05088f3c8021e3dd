import type { PsiPoint } from "../stream/psiSeries.js";
import type { ChartOptions } from "./ChartOptions.js";
import { timeSeriesChart } from "./timeSeriesChart.js";

/** Options for {@link psiChart}: a chart's title, caption and labels, and the alarm threshold. */
export interface PsiChartOptions extends ChartOptions {
  /** The drift alarm's PSI, drawn as a dashed rule labelled "alarm at PSI …"; required. */
  threshold: number;
}

/**
 * Score drift over time: one line per model family of its PSI at the end of each window (no
 * dots), against the alarm threshold; the value axis is labelled "PSI" unless `yLabel` says
 * otherwise.
 * @example psiChart(psiSeries(monitor.windows), { title: "Score drift per model family", threshold: 0.3 })
 */
export function psiChart(points: readonly PsiPoint[], options: PsiChartOptions): string {
  const { threshold, ...chart } = options;
  return timeSeriesChart(points, {
    yLabel: "PSI",
    ...chart,
    x: "end",
    y: "psi",
    z: "family",
    dots: false,
    target: threshold,
    targetLabel: `alarm at PSI ${threshold}`,
  });
}
