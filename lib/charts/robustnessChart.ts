import type { EvasionRobustnessRow } from "../rules/evasionRobustness.js";
import type { ChartOptions } from "./ChartOptions.js";
import { barChart } from "./barChart.js";

/**
 * The share of what each rule catches that it still catches once titles are disguised, as
 * written: one horizontal bar per disguise and rule (`leetspeak · cf_keywords`), coloured by rule, on a
 * 0–100% axis. Rows as `rules.evasionRobustness` gives them.
 * @example robustnessChart(readout.robustness, { title: "Still caught after obfuscation" })
 */
export function robustnessChart(
  rows: readonly EvasionRobustnessRow[],
  options: ChartOptions,
): string {
  return barChart(
    rows.map((r) => ({ ...r, bar: `${r.kind} · ${r.rule}` })),
    {
      xLabel: "disguise · rule",
      yLabel: "still caught, rule as written",
      ...options,
      x: "bar",
      y: "as_written",
      fill: "rule",
      horizontal: true,
      valueLabels: true,
      yFormat: "percent",
      yDomain: [0, 1],
    },
  );
}
