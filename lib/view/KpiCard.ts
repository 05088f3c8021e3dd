/**
 * Status of a KPI against its target; "partial" is a period the data covers only in part, shown
 * but not judged.
 */
export type KpiStatusName = "met" | "at_risk" | "missed" | "no_data" | "partial";

/** One KPI card: the value against its target, with the numbers behind it. */
export interface KpiCard {
  name: string;
  /** The value as shown, e.g. "81.2%". */
  value: string;
  /** The target as shown, e.g. "≥ 80%". */
  target?: string;
  status: KpiStatusName;
  /** One line under the value: n, interval, change, e.g. "n = 1,204 · 95% CI 79–83%". */
  detail?: string;
}
