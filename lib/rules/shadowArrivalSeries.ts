import type { ShadowRuleReadout } from "./ShadowReadout.js";

/** One point of a shadow rule's precision as labels arrived: a day, a series, a value. */
export interface ShadowArrivalPoint {
  day: string;
  series: "precision" | "95% lower bound" | "95% upper bound";
  value: number;
  /** Labeled hits behind the point. */
  labeled: number;
}

/**
 * A shadow rule's precision as labels arrived, in long form for a time-series chart: per as-of
 * day the estimate and both ends of its 95 % interval (days without a labeled hit are left out).
 * @example timeSeriesChart(shadowArrivalSeries(readout.rules[0]), { x: "day", y: "value", z: "series", title: "…" });
 */
export function shadowArrivalSeries(rule: ShadowRuleReadout): ShadowArrivalPoint[] {
  return rule.arrival.flatMap((row) =>
    row.labeled === 0
      ? []
      : (
          [
            ["precision", row.precision.estimate],
            ["95% lower bound", row.precision.lower],
            ["95% upper bound", row.precision.upper],
          ] as const
        ).map(([series, value]) => ({ day: row.day, series, value, labeled: row.labeled })),
  );
}
