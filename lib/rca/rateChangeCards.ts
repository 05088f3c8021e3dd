import type { KpiCard } from "../view/KpiCard.js";
import { formatPointChange } from "../format/formatPointChange.js";
import { formatRange } from "../format/formatRange.js";
import { formatValue } from "../format/formatValue.js";
import { wilsonInterval } from "../metrics/wilsonInterval.js";

/** Successes (`numerator`) out of trials (`denominator`) in one period. */
export interface RateCount {
  numerator: number;
  denominator: number;
}

/** Options of {@link rateChangeCards}. */
export interface RateChangeCardsOptions {
  /** What the rate is, first word of each card's name. Default "Precision". */
  name?: string;
  /** The baseline period as named on its card. Default "baseline". */
  baselineLabel?: string;
  /** The current period as named on its card. Default "current". */
  currentLabel?: string;
}

/**
 * Three KPI cards for a rate where higher is better (precision): the baseline and current rates
 * with n and 95% Wilson intervals, and the change in percentage points. The current card and the
 * change are "missed" when the current interval lies wholly below the baseline's, else the
 * current card is "at_risk" and the change "met" (within noise).
 * @example rateChangeCards({ numerator: 90, denominator: 100 }, { numerator: 60, denominator: 100 })[2].value // "−30.0 pp"
 */
export function rateChangeCards(
  baseline: RateCount,
  current: RateCount,
  options: RateChangeCardsOptions = {},
): KpiCard[] {
  const { name = "Precision", baselineLabel = "baseline", currentLabel = "current" } = options;
  const before = wilsonInterval(baseline.numerator, baseline.denominator);
  const after = wilsonInterval(current.numerator, current.denominator);
  const pct = (x: number) => formatValue(x, "percent");
  const dropped = after.upper < before.lower;
  return [
    {
      name: `${name}, ${baselineLabel}`,
      value: pct(before.estimate),
      status: "met",
      detail: `n = ${baseline.denominator} · 95% CI ${formatRange(before.lower, before.upper)}`,
    },
    {
      name: `${name}, ${currentLabel}`,
      value: pct(after.estimate),
      status: dropped ? "missed" : "at_risk",
      detail: `n = ${current.denominator} · 95% CI ${formatRange(after.lower, after.upper)}`,
    },
    {
      name: "Change",
      value: formatPointChange(after.estimate - before.estimate),
      status: dropped ? "missed" : "met",
      detail: dropped ? "the intervals do not overlap" : "within noise",
    },
  ];
}
