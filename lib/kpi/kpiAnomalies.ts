import { formatKpiValue } from "./formatKpiValue.js";
import type { KpiValue } from "./KpiValue.js";
import { quantileSorted } from "./quantileSorted.js";

/** One KPI value far from its recent history, with the numbers and a sentence explaining it. */
export interface KpiAnomaly {
  kpi: string;
  period: string;
  dimensions: Record<string, string>;
  value: number;
  /** Median of the previous `window` periods. */
  median: number;
  /** Scaled median absolute deviation (1.4826 × MAD) of those periods. */
  scale: number;
  /** (value − median) / scale: positive above the median. */
  score: number;
  explanation: string;
}

/** Options for {@link kpiAnomalies}. */
export interface KpiAnomaliesOptions {
  /** Previous periods in the baseline. Default 28. */
  window?: number;
  /** Fewest previous finite values before a period can be flagged. Default 7. */
  minHistory?: number;
  /** Flag |score| at or above this. Default 3.5 (Iglewicz and Hoaglin's cut-off). */
  threshold?: number;
}

/**
 * Flags KPI values that sit far from a robust baseline: the median and scaled MAD of the previous
 * `window` values of the same KPI and dimensions (the current value is not in its own baseline, so
 * one outlier cannot hide itself). When the MAD is 0 the mean absolute deviation × 1.2533 is used;
 * when that is 0 too, any departure from the median is flagged.
 * @example kpiAnomalies(values.filter((v) => v.kpi === "precision_by_queue"))[0].explanation
 */
export function kpiAnomalies(
  values: readonly KpiValue[],
  options: KpiAnomaliesOptions = {},
): KpiAnomaly[] {
  const { window = 28, minHistory = 7, threshold = 3.5 } = options;
  const series = new Map<string, KpiValue[]>();
  for (const v of values) {
    const id = v.kpi + JSON.stringify(v.dimensions);
    series.set(id, [...(series.get(id) ?? []), v]);
  }
  const anomalies: KpiAnomaly[] = [];
  for (const rows of series.values()) {
    const sorted = [...rows].sort((a, b) => (a.period < b.period ? -1 : 1));
    sorted.forEach((row, i) => {
      if (!Number.isFinite(row.value)) return;
      const history = sorted
        .slice(Math.max(0, i - window), i)
        .map((r) => r.value)
        .filter(Number.isFinite);
      if (history.length < minHistory) return;
      const baseline = Float64Array.from(history).sort();
      const median = quantileSorted(baseline, 0.5);
      const deviations = Float64Array.from(history, (v) => Math.abs(v - median)).sort();
      let scale = 1.4826 * quantileSorted(deviations, 0.5);
      if (scale === 0) scale = (1.2533 * deviations.reduce((s, d) => s + d, 0)) / deviations.length;
      const diff = row.value - median;
      const score = scale > 0 ? diff / scale : diff === 0 ? 0 : Math.sign(diff) * Infinity;
      if (Math.abs(score) < threshold) return;
      const f = (x: number) => formatKpiValue(x, row.format);
      const dims = Object.entries(row.dimensions)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ");
      const size = Number.isFinite(score) ? Math.abs(score).toFixed(1) : "∞";
      anomalies.push({
        kpi: row.kpi,
        period: row.period,
        dimensions: row.dimensions,
        value: row.value,
        median,
        scale,
        score,
        explanation: `${row.title}${dims ? ` (${dims})` : ""} ${f(row.value)} on ${row.period}, ${size} MADs ${score > 0 ? "over" : "under"} the ${history.length}-period median (${f(median)})`,
      });
    });
  }
  return anomalies.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}
