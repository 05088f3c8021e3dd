import * as Plot from "@observablehq/plot";
import type { BarDatum } from "./BarDatum.js";

/** Options of `errorBarMarks`. */
export interface ErrorBarMarksOptions {
  /** Bars run along x, categories down y; default false. */
  horizontal?: boolean;
  /** Approximate band width in px, to size the caps; default 24. */
  band?: number;
}

/**
 * Plot marks drawing each bar's [lower, upper] interval as a line with end caps; bars missing
 * either bound get none.
 * @example marks.push(...errorBarMarks(bars, { band: 160 }))
 */
export function errorBarMarks(
  bars: readonly BarDatum[],
  options: ErrorBarMarksOptions = {},
): Plot.Markish[] {
  const { horizontal = false, band = 24 } = options;
  const c = horizontal ? "y" : "x";
  const v = horizontal ? "x" : "y";
  const withInterval = bars.filter((bar) => bar.lower !== null && bar.upper !== null);
  const rule = horizontal ? Plot.ruleY : Plot.ruleX;
  const tick = horizontal ? Plot.tickX : Plot.tickY;
  // Caps span the middle 30% of the band.
  const inset = Math.max(0, band * 0.35);
  const caps = horizontal
    ? { insetTop: inset, insetBottom: inset }
    : { insetLeft: inset, insetRight: inset };
  return [
    rule(withInterval, {
      [c]: "category",
      [`${v}1`]: "lower",
      [`${v}2`]: "upper",
      strokeWidth: 1.5,
    }),
    tick(withInterval, { [c]: "category", [v]: "lower", strokeWidth: 1.5, ...caps }),
    tick(withInterval, { [c]: "category", [v]: "upper", strokeWidth: 1.5, ...caps }),
  ];
}
