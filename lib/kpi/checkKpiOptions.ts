import { isCalendarDay } from "../time/isCalendarDay.js";
import { KpiError } from "./KpiError.js";
import * as msg from "./messages.js";

const grains = ["day", "week", "month"];

/**
 * Checks the report window and grain of a KPI computation (`from`/`to` calendar days, a known
 * grain), the one check `computeKpis` and `computeKpisFromDataset` share. Throws {@link KpiError}.
 * @example checkKpiOptions({ from: "2026-10-01", grain: "week" })
 */
export function checkKpiOptions(options: { from?: string; to?: string; grain?: string }): void {
  for (const [option, value] of [
    ["from", options.from],
    ["to", options.to],
  ] as const)
    if (value !== undefined && !isCalendarDay(value))
      throw new KpiError(msg.badPeriod(option, value));
  if (options.grain !== undefined && !grains.includes(options.grain))
    throw new KpiError(msg.badGrain(options.grain));
}
