import type { RcaResult } from "../rca/RcaResult.js";
import { beforeAfterChart } from "./beforeAfterChart.js";
import type { ChartOptions } from "./ChartOptions.js";

/**
 * A root-cause search's causes before and during, as a dumbbell chart in the search's order: each
 * row a segment named by its values ("bags · new · CN"), percentages for a ratio KPI, numbers for
 * an additive one.
 * @example rootCauseChart(pm.rootCause.result, { title: "Root-cause segments before and during" })
 */
export function rootCauseChart(result: RcaResult, options: ChartOptions): string {
  const rows = result.causes.map((c) => ({
    label: Object.values(c.segment).join(" · "),
    baseline: c.baseline,
    current: c.current,
  }));
  return beforeAfterChart(rows, {
    ...options,
    format: result.kpi?.kind === "ratio" ? "percent" : "number",
  });
}
