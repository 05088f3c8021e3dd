import type { DailyEventCount } from "../stream/dailyEventCounts.js";
import type { ChartOptions } from "./ChartOptions.js";
import { timeSeriesChart } from "./timeSeriesChart.js";

/**
 * Events per day, one line per event type and no dots (a day is one point among many), counts
 * on the value axis: a stream's volumes from {@link dailyEventCounts}.
 * @example dailyEventsChart(dailyEventCounts(monitor.windows, ["flagged"]), { title: "Events per day", yLabel: "per day" })
 */
export function dailyEventsChart(rows: readonly DailyEventCount[], options: ChartOptions): string {
  return timeSeriesChart(rows, {
    ...options,
    x: "day",
    y: "events",
    z: "type",
    dots: false,
    yFormat: "integer",
  });
}
