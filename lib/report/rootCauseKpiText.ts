import type { PostMortemRootCause } from "../postmortem/PostMortem.js";
import { causeValueText } from "./causeValueText.js";

/**
 * The line above a root-cause table, in markdown: the KPI searched, its baseline (over the
 * `baselineDays` before, and the factor an additive KPI was scaled by to the window's length) and
 * its value during the window, and how many segments were scored; "" when the search has no KPI.
 * @example rootCauseKpiText(pm.rootCause, 14) // "KPI: **counterfeit recall**. Baseline 92.1% (the 14 days before), during 59.4%. 1,204 segments scored."
 */
export function rootCauseKpiText(rootCause: PostMortemRootCause, baselineDays: number): string {
  const { kpi, candidates } = rootCause.result;
  if (!kpi) return "";
  const value = (x: number | null) => causeValueText(x, kpi.kind);
  const scaled =
    kpi.kind === "additive" && kpi.baselineScale !== 1
      ? `, scaled ×${kpi.baselineScale.toFixed(2)} to the window's length`
      : "";
  return `KPI: **${rootCause.kpi}**. Baseline ${value(kpi.baseline)} (the ${baselineDays} days before${scaled}), during ${value(kpi.current)}. ${candidates.toLocaleString("en-US")} segments scored.`;
}
